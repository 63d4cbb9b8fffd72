#include "planfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

const QStringList &indexMethods()
{
    static const QStringList methods = {QStringLiteral("btree"), QStringLiteral("hash"), QStringLiteral("gin"),
                                        QStringLiteral("gist"), QStringLiteral("brin")};
    return methods;
}

const QStringList &deleteActions()
{
    static const QStringList actions = {QStringLiteral("restrict"), QStringLiteral("cascade"),
                                        QStringLiteral("set null"), QStringLiteral("set default"),
                                        QStringLiteral("no action")};
    return actions;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return PlanFile::tr("a boolean");
    case QJsonValue::Double: return PlanFile::tr("a number");
    case QJsonValue::String: return PlanFile::tr("a string");
    case QJsonValue::Array: return PlanFile::tr("a list");
    case QJsonValue::Object: return PlanFile::tr("an object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return {};
}

// Collects "SOURCE: $.path: reason" lines while walking the document.
class Checker
{
public:
    explicit Checker(const QString &source) : m_source(source) {}
    QStringList problems;

    void fail(const QString &path, const QString &reason) { problems << QStringLiteral("%1: %2: %3").arg(m_source, path, reason); }

    // Returns the object at `key`, or nullopt (with a problem when required or of the wrong type).
    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &path, const QString &key, bool required)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || (value.isNull() && !required)) {
            if (required)
                fail(path + u'.' + key, PlanFile::tr("required, an object"));
            return std::nullopt;
        }
        if (!value.isObject()) {
            fail(path + u'.' + key, PlanFile::tr("must be an object, not %1").arg(typeName(value)));
            return std::nullopt;
        }
        return value.toObject();
    }

    void string(const QJsonObject &parent, const QString &path, const QString &key, bool required, bool allowNull = true)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(path + u'.' + key, PlanFile::tr("required, a string"));
            return;
        }
        if (value.isNull()) {
            if (required || !allowNull)
                fail(path + u'.' + key, PlanFile::tr("required, a string (null given)"));
            return;
        }
        if (!value.isString())
            fail(path + u'.' + key, PlanFile::tr("must be a string, not %1").arg(typeName(value)));
        else if (value.toString().trimmed().isEmpty() && required)
            fail(path + u'.' + key, PlanFile::tr("must not be empty"));
        else if (value.toString().trimmed().isEmpty())
            fail(path + u'.' + key, PlanFile::tr("is empty; write null or leave the key out"));
    }

    void integer(const QJsonObject &parent, const QString &path, const QString &key, int minimum)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return;
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            fail(path + u'.' + key, PlanFile::tr("must be a whole number, not %1").arg(typeName(value)));
        else if (value.toDouble() < minimum || value.toDouble() > 2147483647.0)
            fail(path + u'.' + key, PlanFile::tr("must be at least %1 (got %2)").arg(minimum).arg(value.toDouble()));
    }

private:
    QString m_source;
};

QString optionalString(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

std::optional<QString> nullableString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

PlanError::PlanError(const QStringList &problems)
    : std::runtime_error(problems.value(0).toStdString()), m_problems(problems)
{
}

const QStringList &PlanFile::phaseNames()
{
    static const QStringList names = {QStringLiteral("expand"), QStringLiteral("backfill"),
                                      QStringLiteral("enforce"), QStringLiteral("verify")};
    return names;
}

QStringList PlanFile::validate(const QJsonObject &json, const QString &sourceName)
{
    Checker c(sourceName);
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (format.isUndefined())
        c.fail(QStringLiteral("$.format"), QStringLiteral("required, \"%1\"").arg(QLatin1String(Format)));
    else if (format.toString() != QLatin1String(Format))
        c.fail(QStringLiteral("$.format"), PlanFile::tr("unsupported format %1, expected \"%2\"")
                                               .arg(format.isString() ? u'"' + format.toString() + u'"' : typeName(format),
                                                    QLatin1String(Format)));
    c.string(json, QStringLiteral("$"), QStringLiteral("title"), false);

    if (const auto target = c.object(json, QStringLiteral("$"), QStringLiteral("target"), true)) {
        const QJsonValue dialect = target->value(QStringLiteral("dialect"));
        if (!dialect.isString())
            c.fail(QStringLiteral("$.target.dialect"), PlanFile::tr("required, one of postgresql, sqlite, mysql, mariadb"));
        else if (!dialectFromName(dialect.toString()))
            c.fail(QStringLiteral("$.target.dialect"), PlanFile::tr("unknown dialect \"%1\", choose postgresql, sqlite, mysql or mariadb").arg(dialect.toString()));
        const QJsonValue version = target->value(QStringLiteral("server_version"));
        if (!version.isUndefined() && !version.isNull() && !version.isString() && !version.isDouble())
            c.fail(QStringLiteral("$.target.server_version"), PlanFile::tr("must be a string such as \"15\" or \"8.0.35\", not %1").arg(typeName(version)));
    }

    if (const auto table = c.object(json, QStringLiteral("$"), QStringLiteral("table"), true)) {
        c.string(*table, QStringLiteral("$.table"), QStringLiteral("name"), true);
        c.string(*table, QStringLiteral("$.table"), QStringLiteral("schema"), false);
        const QJsonValue key = table->value(QStringLiteral("primary_key"));
        if (!key.isUndefined() && !key.isNull()) {
            bool ok = key.isArray() && !key.toArray().isEmpty();
            for (const QJsonValue &part : key.toArray())
                ok = ok && part.isString() && !part.toString().isEmpty();
            if (!ok)
                c.fail(QStringLiteral("$.table.primary_key"), PlanFile::tr("must be a non-empty list of column names"));
        }
    }

    if (const auto column = c.object(json, QStringLiteral("$"), QStringLiteral("column"), true)) {
        const QString p = QStringLiteral("$.column");
        c.string(*column, p, QStringLiteral("name"), true);
        c.string(*column, p, QStringLiteral("type"), true);
        const QJsonValue nullableValue = column->value(QStringLiteral("nullable"));
        if (!nullableValue.isBool())
            c.fail(p + QStringLiteral(".nullable"),
                   nullableValue.isUndefined() || nullableValue.isNull()
                       ? PlanFile::tr("required, choose true or false (no silent default)")
                       : PlanFile::tr("must be true or false, not %1").arg(typeName(nullableValue)));
        for (const char *key : {"default", "backfill", "check", "comment"})
            c.string(*column, p, QLatin1String(key), false);
        const QJsonValue values = column->value(QStringLiteral("enum_values"));
        if (!values.isUndefined() && !values.isNull()) {
            if (!values.isArray() || values.toArray().isEmpty()) {
                c.fail(p + QStringLiteral(".enum_values"), PlanFile::tr("must be null or a non-empty list of strings"));
            } else {
                QStringList seen;
                const QJsonArray array = values.toArray();
                for (int i = 0; i < array.size(); ++i) {
                    const QString path = QStringLiteral("%1.enum_values[%2]").arg(p).arg(i);
                    if (!array.at(i).isString() || array.at(i).toString().isEmpty())
                        c.fail(path, PlanFile::tr("must be a non-empty string"));
                    else if (seen.contains(array.at(i).toString()))
                        c.fail(path, PlanFile::tr("duplicate value \"%1\"").arg(array.at(i).toString()));
                    seen << array.at(i).toString();
                }
            }
        }
        if (const auto references = c.object(*column, p, QStringLiteral("references"), false)) {
            c.string(*references, p + QStringLiteral(".references"), QStringLiteral("table"), true);
            c.string(*references, p + QStringLiteral(".references"), QStringLiteral("column"), false);
            const QJsonValue action = references->value(QStringLiteral("on_delete"));
            if (!action.isUndefined() && !action.isNull()
                && !deleteActions().contains(action.toString().toLower()))
                c.fail(p + QStringLiteral(".references.on_delete"),
                       PlanFile::tr("must be one of %1").arg(deleteActions().join(QStringLiteral(", "))));
        }
        if (const auto index = c.object(*column, p, QStringLiteral("index"), false)) {
            const QJsonValue method = index->value(QStringLiteral("method"));
            if (!method.isUndefined() && !indexMethods().contains(method.toString()))
                c.fail(p + QStringLiteral(".index.method"),
                       PlanFile::tr("must be one of %1").arg(indexMethods().join(QStringLiteral(", "))));
            const QJsonValue unique = index->value(QStringLiteral("unique"));
            if (!unique.isUndefined() && !unique.isBool())
                c.fail(p + QStringLiteral(".index.unique"), PlanFile::tr("must be true or false, not %1").arg(typeName(unique)));
        }
    }

    if (const auto backfill = c.object(json, QStringLiteral("$"), QStringLiteral("backfill"), false)) {
        const QString p = QStringLiteral("$.backfill");
        c.integer(*backfill, p, QStringLiteral("target_batch_ms"), 1);
        c.integer(*backfill, p, QStringLiteral("max_batch_rows"), 1);
        c.integer(*backfill, p, QStringLiteral("pause_ms"), 0);
        c.integer(*backfill, p, QStringLiteral("max_replication_lag_ms"), 0);
        c.integer(*backfill, p, QStringLiteral("lock_timeout_ms"), 1);
        c.integer(*backfill, p, QStringLiteral("statement_timeout_ms"), 0);
        const QJsonValue sync = backfill->value(QStringLiteral("sync_trigger"));
        if (!sync.isUndefined() && !sync.isBool())
            c.fail(p + QStringLiteral(".sync_trigger"), PlanFile::tr("must be true or false, not %1").arg(typeName(sync)));
        else if (sync.toBool(false)) {
            const QJsonValue expression = json.value(QStringLiteral("column")).toObject().value(QStringLiteral("backfill"));
            if (!expression.isString() || expression.toString().trimmed().isEmpty())
                c.fail(p + QStringLiteral(".sync_trigger"),
                       PlanFile::tr("needs column.backfill: the trigger writes the backfill expression into new and updated rows"));
        }
    }

    const QJsonValue checks = json.value(QStringLiteral("checks"));
    if (!checks.isUndefined() && !checks.isNull()) {
        if (!checks.isArray()) {
            c.fail(QStringLiteral("$.checks"), PlanFile::tr("must be a list, not %1").arg(typeName(checks)));
        } else {
            const QJsonArray array = checks.toArray();
            for (int i = 0; i < array.size(); ++i) {
                const QString p = QStringLiteral("$.checks[%1]").arg(i);
                if (!array.at(i).isObject()) {
                    c.fail(p, PlanFile::tr("must be an object with name, sql and expect"));
                    continue;
                }
                const QJsonObject check = array.at(i).toObject();
                c.string(check, p, QStringLiteral("name"), true);
                c.string(check, p, QStringLiteral("sql"), true);
                const QJsonValue expect = check.value(QStringLiteral("expect"));
                if (!expect.isString() && !expect.isDouble())
                    c.fail(p + QStringLiteral(".expect"), PlanFile::tr("required, the value the query must return (string or number)"));
            }
        }
    }

    if (const auto overrides = c.object(json, QStringLiteral("$"), QStringLiteral("overrides"), false)) {
        for (auto it = overrides->begin(); it != overrides->end(); ++it) {
            const QString p = QStringLiteral("$.overrides.") + it.key();
            if (!phaseNames().contains(it.key()))
                c.fail(p, PlanFile::tr("unknown phase, choose %1").arg(phaseNames().join(QStringLiteral(", "))));
            else if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                c.fail(p, PlanFile::tr("must be the phase's SQL as a non-empty string"));
        }
    }
    return c.problems;
}

Plan PlanFile::fromJson(const QJsonObject &json, const QString &sourceName)
{
    const QStringList problems = validate(json, sourceName);
    if (!problems.isEmpty())
        throw PlanError(problems);

    Plan plan;
    plan.source = json;
    plan.title = optionalString(json, QStringLiteral("title"));
    const QJsonObject target = json.value(QStringLiteral("target")).toObject();
    const QString dialect = target.value(QStringLiteral("dialect")).toString();
    plan.dialect = *dialectFromName(dialect);
    plan.mariadb = dialect.trimmed().compare(QStringLiteral("mariadb"), Qt::CaseInsensitive) == 0;
    const QJsonValue version = target.value(QStringLiteral("server_version"));
    plan.serverVersion = version.isDouble() ? QString::number(version.toDouble()) : version.toString();

    const QJsonObject table = json.value(QStringLiteral("table")).toObject();
    plan.schema = optionalString(table, QStringLiteral("schema"));
    plan.table = optionalString(table, QStringLiteral("name"));
    for (const QJsonValue &part : table.value(QStringLiteral("primary_key")).toArray())
        plan.primaryKey << part.toString();

    const QJsonObject column = json.value(QStringLiteral("column")).toObject();
    ColumnSpec &spec = plan.column;
    spec.name = column.value(QStringLiteral("name")).toString();
    spec.type = column.value(QStringLiteral("type")).toString().trimmed();
    spec.nullable = column.value(QStringLiteral("nullable")).toBool();
    spec.defaultExpr = nullableString(column, QStringLiteral("default"));
    spec.backfill = nullableString(column, QStringLiteral("backfill"));
    spec.check = nullableString(column, QStringLiteral("check"));
    spec.comment = optionalString(column, QStringLiteral("comment"));
    for (const QJsonValue &value : column.value(QStringLiteral("enum_values")).toArray())
        spec.enumValues << value.toString();
    if (column.value(QStringLiteral("references")).isObject()) {
        const QJsonObject references = column.value(QStringLiteral("references")).toObject();
        ReferenceSpec reference;
        reference.table = references.value(QStringLiteral("table")).toString();
        if (references.value(QStringLiteral("column")).isString())
            reference.column = references.value(QStringLiteral("column")).toString();
        if (references.value(QStringLiteral("on_delete")).isString())
            reference.onDelete = references.value(QStringLiteral("on_delete")).toString().toLower();
        spec.references = reference;
    }
    if (column.value(QStringLiteral("index")).isObject()) {
        const QJsonObject index = column.value(QStringLiteral("index")).toObject();
        IndexSpec indexSpec;
        indexSpec.method = index.value(QStringLiteral("method")).toString(QStringLiteral("btree"));
        indexSpec.unique = index.value(QStringLiteral("unique")).toBool(false);
        spec.index = indexSpec;
    }

    const QJsonObject backfill = json.value(QStringLiteral("backfill")).toObject();
    BackfillSettings &settings = plan.backfill;
    settings.targetBatchMs = backfill.value(QStringLiteral("target_batch_ms")).toInt(settings.targetBatchMs);
    settings.maxBatchRows = backfill.value(QStringLiteral("max_batch_rows")).toInt(settings.maxBatchRows);
    settings.pauseMs = backfill.value(QStringLiteral("pause_ms")).toInt(settings.pauseMs);
    settings.maxReplicationLagMs = backfill.value(QStringLiteral("max_replication_lag_ms")).toInt(settings.maxReplicationLagMs);
    settings.lockTimeoutMs = backfill.value(QStringLiteral("lock_timeout_ms")).toInt(settings.lockTimeoutMs);
    settings.statementTimeoutMs = backfill.value(QStringLiteral("statement_timeout_ms")).toInt(settings.statementTimeoutMs);
    settings.syncTrigger = backfill.value(QStringLiteral("sync_trigger")).toBool(false);

    for (const QJsonValue &value : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        const QJsonValue expect = check.value(QStringLiteral("expect"));
        plan.checks << CheckSpec{check.value(QStringLiteral("name")).toString(), check.value(QStringLiteral("sql")).toString(),
                                 expect.isDouble() ? QString::number(expect.toDouble(), 'g', 17) : expect.toString()};
    }
    const QJsonObject overrides = json.value(QStringLiteral("overrides")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        plan.overrides.insert(it.key(), it.value().toString());
    return plan;
}

Plan PlanFile::parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column of the offset, so the message points at the typo.
        const QByteArray head = json.left(error.offset);
        const int line = int(head.count('\n')) + 1;
        const int column = int(error.offset - head.lastIndexOf('\n'));
        throw PlanError({PlanFile::tr("%1: line %2, column %3: not valid JSON (%4)")
                             .arg(sourceName).arg(line).arg(column).arg(error.errorString())});
    }
    if (!document.isObject())
        throw PlanError({PlanFile::tr("%1: $: a plan must be a JSON object").arg(sourceName)});
    return fromJson(document.object(), sourceName);
}

Plan PlanFile::load(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        throw PlanError({PlanFile::tr("%1: cannot read the plan (%2)").arg(path, file.errorString())});
    return parse(file.readAll(), name);
}

QJsonObject PlanFile::toJson(const Plan &plan)
{
    QJsonObject json = plan.source;
    json.insert(QStringLiteral("format"), QLatin1String(Format));
    if (!plan.title.isEmpty())
        json.insert(QStringLiteral("title"), plan.title);
    else
        json.remove(QStringLiteral("title"));

    QJsonObject target = json.value(QStringLiteral("target")).toObject();
    target.insert(QStringLiteral("dialect"), plan.mariadb ? QStringLiteral("mariadb") : dialectName(plan.dialect));
    if (plan.serverVersion.isEmpty())
        target.remove(QStringLiteral("server_version"));
    else
        target.insert(QStringLiteral("server_version"), plan.serverVersion);
    json.insert(QStringLiteral("target"), target);

    QJsonObject table = json.value(QStringLiteral("table")).toObject();
    if (plan.schema.isEmpty())
        table.remove(QStringLiteral("schema"));
    else
        table.insert(QStringLiteral("schema"), plan.schema);
    table.insert(QStringLiteral("name"), plan.table);
    if (plan.primaryKey.isEmpty())
        table.remove(QStringLiteral("primary_key"));
    else
        table.insert(QStringLiteral("primary_key"), QJsonArray::fromStringList(plan.primaryKey));
    json.insert(QStringLiteral("table"), table);

    const ColumnSpec &spec = plan.column;
    QJsonObject column = json.value(QStringLiteral("column")).toObject();
    column.insert(QStringLiteral("name"), spec.name);
    column.insert(QStringLiteral("type"), spec.type);
    column.insert(QStringLiteral("nullable"), spec.nullable);
    column.insert(QStringLiteral("default"), nullable(spec.defaultExpr));
    column.insert(QStringLiteral("backfill"), nullable(spec.backfill));
    column.insert(QStringLiteral("check"), nullable(spec.check));
    column.insert(QStringLiteral("enum_values"), spec.enumValues.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                           : QJsonValue(QJsonArray::fromStringList(spec.enumValues)));
    if (spec.references) {
        QJsonObject references = column.value(QStringLiteral("references")).toObject();
        references.insert(QStringLiteral("table"), spec.references->table);
        references.insert(QStringLiteral("column"), spec.references->column);
        references.insert(QStringLiteral("on_delete"), spec.references->onDelete);
        column.insert(QStringLiteral("references"), references);
    } else {
        column.insert(QStringLiteral("references"), QJsonValue::Null);
    }
    if (spec.index) {
        QJsonObject index = column.value(QStringLiteral("index")).toObject();
        index.insert(QStringLiteral("method"), spec.index->method);
        index.insert(QStringLiteral("unique"), spec.index->unique);
        column.insert(QStringLiteral("index"), index);
    } else {
        column.insert(QStringLiteral("index"), QJsonValue::Null);
    }
    column.insert(QStringLiteral("comment"), spec.comment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(spec.comment));
    json.insert(QStringLiteral("column"), column);

    QJsonObject backfill = json.value(QStringLiteral("backfill")).toObject();
    backfill.insert(QStringLiteral("target_batch_ms"), plan.backfill.targetBatchMs);
    backfill.insert(QStringLiteral("max_batch_rows"), plan.backfill.maxBatchRows);
    backfill.insert(QStringLiteral("pause_ms"), plan.backfill.pauseMs);
    backfill.insert(QStringLiteral("max_replication_lag_ms"), plan.backfill.maxReplicationLagMs);
    backfill.insert(QStringLiteral("lock_timeout_ms"), plan.backfill.lockTimeoutMs);
    backfill.insert(QStringLiteral("statement_timeout_ms"), plan.backfill.statementTimeoutMs);
    // Written when on, or when the document already had it: plans that never used it stay as they were.
    if (plan.backfill.syncTrigger || backfill.contains(QStringLiteral("sync_trigger")))
        backfill.insert(QStringLiteral("sync_trigger"), plan.backfill.syncTrigger);
    json.insert(QStringLiteral("backfill"), backfill);

    QJsonArray checks;
    const QJsonArray oldChecks = json.value(QStringLiteral("checks")).toArray();
    for (int i = 0; i < plan.checks.size(); ++i) {
        QJsonObject check = oldChecks.at(i).toObject();   // keeps unknown keys of each check
        check.insert(QStringLiteral("name"), plan.checks.at(i).name);
        check.insert(QStringLiteral("sql"), plan.checks.at(i).sql);
        check.insert(QStringLiteral("expect"), plan.checks.at(i).expect);
        checks << check;
    }
    json.insert(QStringLiteral("checks"), checks);

    if (plan.overrides.isEmpty()) {
        json.remove(QStringLiteral("overrides"));
    } else {
        QJsonObject overrides;
        for (auto it = plan.overrides.begin(); it != plan.overrides.end(); ++it)
            overrides.insert(it.key(), it.value());
        json.insert(QStringLiteral("overrides"), overrides);
    }
    return json;
}

QByteArray PlanFile::serialize(const Plan &plan)
{
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

void PlanFile::save(const Plan &plan, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw PlanError({PlanFile::tr("%1: cannot write the plan (%2)").arg(path, file.errorString())});
    file.write(serialize(plan));
    if (!file.commit())
        throw PlanError({PlanFile::tr("%1: cannot write the plan (%2)").arg(path, file.errorString())});
}
