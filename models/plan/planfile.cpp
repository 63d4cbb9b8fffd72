#include "planfile.h"

#include "base/inerttext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <cmath>

namespace {

// JSON numbers as RFC 8259 writes them. QJsonDocument also takes "5." and "-.5"; a plan is
// read by other tools too, so it is held to the standard: every number outside a string is
// checked on the raw text before Qt parses it. Returns the offset of the first bad number, or -1.
qsizetype badNumberOffset(const QByteArray &json, qsizetype *length)
{
    const char *p = json.constData();
    const qsizetype n = json.size();
    bool inString = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (!(c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')))
            continue;
        qsizetype end = i;
        while (end < n && (p[end] == '-' || p[end] == '+' || p[end] == '.' || p[end] == 'e' ||
                           p[end] == 'E' || (p[end] >= '0' && p[end] <= '9')))
            ++end;
        // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        qsizetype k = i;
        bool ok = true;
        if (p[k] == '-')
            ++k;
        if (k < end && p[k] == '0') {
            ++k;
        } else if (k < end && p[k] >= '1' && p[k] <= '9') {
            while (k < end && p[k] >= '0' && p[k] <= '9')
                ++k;
        } else {
            ok = false;
        }
        if (ok && k < end && p[k] == '.') {
            ++k;
            const qsizetype digits = k;
            while (k < end && p[k] >= '0' && p[k] <= '9')
                ++k;
            ok = k > digits;
        }
        if (ok && k < end && (p[k] == 'e' || p[k] == 'E')) {
            ++k;
            if (k < end && (p[k] == '+' || p[k] == '-'))
                ++k;
            const qsizetype digits = k;
            while (k < end && p[k] >= '0' && p[k] <= '9')
                ++k;
            ok = k > digits;
        }
        if (!ok || k != end) {
            *length = end - i;
            return i;
        }
        i = end - 1;
    }
    return -1;
}

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
    plan.serverVersion =
        version.isDouble() ? QString::number(version.toDouble()) : version.toString();

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
    settings.targetBatchMs =
        backfill.value(QStringLiteral("target_batch_ms")).toInt(settings.targetBatchMs);
    settings.maxBatchRows =
        backfill.value(QStringLiteral("max_batch_rows")).toInt(settings.maxBatchRows);
    settings.pauseMs = backfill.value(QStringLiteral("pause_ms")).toInt(settings.pauseMs);
    settings.maxReplicationLagMs = backfill.value(QStringLiteral("max_replication_lag_ms"))
                                       .toInt(settings.maxReplicationLagMs);
    settings.lockTimeoutMs =
        backfill.value(QStringLiteral("lock_timeout_ms")).toInt(settings.lockTimeoutMs);
    settings.statementTimeoutMs =
        backfill.value(QStringLiteral("statement_timeout_ms")).toInt(settings.statementTimeoutMs);
    settings.syncTrigger = backfill.value(QStringLiteral("sync_trigger")).toBool(false);

    for (const QJsonValue &value : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = value.toObject();
        const QJsonValue expect = check.value(QStringLiteral("expect"));
        plan.checks << CheckSpec{check.value(QStringLiteral("name")).toString(),
                                 check.value(QStringLiteral("sql")).toString(),
                                 expect.isDouble() ? QString::number(expect.toDouble(), 'g', 17)
                                                   : expect.toString()};
    }
    const QJsonObject overrides = json.value(QStringLiteral("overrides")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        plan.overrides.insert(it.key(), it.value().toString());
    return plan;
}

Plan PlanFile::parse(const QByteArray &json, const QString &sourceName)
{
    if (json.size() > MaxPlanBytes)
        throw PlanError({PlanFile::tr("%1: the plan is %2 bytes; a plan file has at most %3 bytes")
                             .arg(sourceName)
                             .arg(json.size())
                             .arg(MaxPlanBytes)});
    qsizetype length = 0;
    if (const qsizetype at = badNumberOffset(json, &length); at >= 0) {
        const QByteArray head = json.left(at);
        const int line = int(head.count('\n')) + 1;
        const int column = int(at - head.lastIndexOf('\n'));
        throw PlanError(
            {PlanFile::tr("%1: line %2, column %3: not valid JSON (the number \"%4\" is not "
                          "written as JSON writes numbers, e.g. 5 or 5.0)")
                 .arg(sourceName)
                 .arg(line)
                 .arg(column)
                 .arg(InertText::quoted(
                     QString::fromLatin1(json.mid(at, std::min<qsizetype>(length, 40)))))});
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column of the offset, so the message points at the typo.
        const QByteArray head = json.left(error.offset);
        const int line = int(head.count('\n')) + 1;
        const int column = int(error.offset - head.lastIndexOf('\n'));
        throw PlanError({PlanFile::tr("%1: line %2, column %3: not valid JSON (%4)")
                             .arg(sourceName)
                             .arg(line)
                             .arg(column)
                             .arg(error.errorString())});
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
        throw PlanError(
            {PlanFile::tr("%1: cannot read the plan (%2)").arg(path, file.errorString())});
    // One byte more than allowed is enough to refuse: /dev/zero or a huge file is never read whole.
    return parse(file.read(MaxPlanBytes + 1), name);
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
    target.insert(QStringLiteral("dialect"),
                  plan.mariadb ? QStringLiteral("mariadb") : dialectName(plan.dialect));
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
    column.insert(QStringLiteral("enum_values"),
                  spec.enumValues.isEmpty()
                      ? QJsonValue(QJsonValue::Null)
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
    column.insert(QStringLiteral("comment"),
                  spec.comment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(spec.comment));
    json.insert(QStringLiteral("column"), column);

    QJsonObject backfill = json.value(QStringLiteral("backfill")).toObject();
    backfill.insert(QStringLiteral("target_batch_ms"), plan.backfill.targetBatchMs);
    backfill.insert(QStringLiteral("max_batch_rows"), plan.backfill.maxBatchRows);
    backfill.insert(QStringLiteral("pause_ms"), plan.backfill.pauseMs);
    backfill.insert(QStringLiteral("max_replication_lag_ms"), plan.backfill.maxReplicationLagMs);
    backfill.insert(QStringLiteral("lock_timeout_ms"), plan.backfill.lockTimeoutMs);
    backfill.insert(QStringLiteral("statement_timeout_ms"), plan.backfill.statementTimeoutMs);
    // Written when on, or when the document already had it: plans that never used it stay as they
    // were.
    if (plan.backfill.syncTrigger || backfill.contains(QStringLiteral("sync_trigger")))
        backfill.insert(QStringLiteral("sync_trigger"), plan.backfill.syncTrigger);
    json.insert(QStringLiteral("backfill"), backfill);

    QJsonArray checks;
    const QJsonArray oldChecks = json.value(QStringLiteral("checks")).toArray();
    for (int i = 0; i < plan.checks.size(); ++i) {
        QJsonObject check = oldChecks.at(i).toObject(); // keeps unknown keys of each check
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
        throw PlanError(
            {PlanFile::tr("%1: cannot write the plan (%2)").arg(path, file.errorString())});
    file.write(serialize(plan));
    if (!file.commit())
        throw PlanError(
            {PlanFile::tr("%1: cannot write the plan (%2)").arg(path, file.errorString())});
}
