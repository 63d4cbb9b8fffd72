// PlanFile::validate: every problem of a plan's JSON, one line each, with its path
// ("$.column.name") and why; the names, labels and expressions held to the limits of the plan's own
// server.
#include "planfile.h"

#include "base/inerttext.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace {

const QStringList &indexMethods()
{
    static const QStringList methods = {QStringLiteral("btree"), QStringLiteral("hash"),
                                        QStringLiteral("gin"), QStringLiteral("gist"),
                                        QStringLiteral("brin")};
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
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return PlanFile::tr("a boolean");
    case QJsonValue::Double:
        return PlanFile::tr("a number");
    case QJsonValue::String:
        return PlanFile::tr("a string");
    case QJsonValue::Array:
        return PlanFile::tr("a list");
    case QJsonValue::Object:
        return PlanFile::tr("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    }
    return {};
}

// The longest name the plan's server takes: PostgreSQL NAMEDATALEN - 1 bytes, MySQL 64
// characters; SQLite has no limit and gets PostgreSQL's, so a plan moves between them.
bool nameFits(const QString &name, DialectKind dialect)
{
    if (dialect == DialectKind::MySQL)
        return name.size() <= PlanFile::MaxNameChars;
    return name.toUtf8().size() <= PlanFile::MaxNameBytes;
}

QString nameLimitText(DialectKind dialect)
{
    return dialect == DialectKind::MySQL
               ? PlanFile::tr("MySQL names are at most %1 characters").arg(PlanFile::MaxNameChars)
               : PlanFile::tr("PostgreSQL names are at most %1 bytes").arg(PlanFile::MaxNameBytes);
}

// Collects "SOURCE: $.path: reason" lines while walking the document.
class Checker
{
public:
    explicit Checker(const QString &source) : m_source(source) {}
    QStringList problems;

    void fail(const QString &path, const QString &reason)
    {
        problems << QStringLiteral("%1: %2: %3").arg(m_source, path, reason);
    }

    // Returns the object at `key`, or nullopt (with a problem when required or of the wrong type).
    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &path,
                                      const QString &key, bool required)
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

    void string(const QJsonObject &parent, const QString &path, const QString &key, bool required,
                bool allowNull = true)
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
        // std::floor, not a cast to qint64: 1e118 does not fit one (undefined behaviour, found by
        // fuzz_compiler; tests/fuzz/corpus/plans/huge-number.json).
        if (!value.isDouble() || !std::isfinite(value.toDouble()) ||
            value.toDouble() != std::floor(value.toDouble()))
            fail(path + u'.' + key,
                 PlanFile::tr("must be a whole number, not %1").arg(typeName(value)));
        else if (value.toDouble() < minimum || value.toDouble() > 2147483647.0)
            fail(path + u'.' + key,
                 PlanFile::tr("must be at least %1 (got %2)").arg(minimum).arg(value.toDouble()));
    }

    // A text that must stay on one line (title, names, labels, the comment): no control
    // character, at most `limit` characters. False (with a problem) when it is not.
    bool oneLine(const QString &path, const QString &text, qsizetype limit)
    {
        const qsizetype at = InertText::firstControl(text);
        if (at >= 0) {
            fail(path,
                 PlanFile::tr("\"%1\" holds a control character (%2 at character %3); "
                              "write it on one line of printable text")
                     .arg(InertText::quoted(text, 40), InertText::commentLine(text.mid(at, 1)))
                     .arg(at + 1));
            return false;
        }
        if (text.size() > limit) {
            fail(path, PlanFile::tr("\"%1\" is %2 characters long; at most %3")
                           .arg(InertText::quoted(text, 40))
                           .arg(text.size())
                           .arg(limit));
            return false;
        }
        return true;
    }

    // A name of a table, schema, column or key part: one line, within the server's limit.
    bool name(const QString &path, const QString &text, DialectKind dialect)
    {
        if (!oneLine(path, text, 1024))
            return false;
        if (!nameFits(text, dialect)) {
            fail(path, PlanFile::tr("\"%1\" is %2 bytes; %3")
                           .arg(InertText::quoted(text, 40))
                           .arg(text.toUtf8().size())
                           .arg(nameLimitText(dialect)));
            return false;
        }
        return true;
    }

    // The string at `key`, when it is one: checked with name() or oneLine().
    void nameAt(const QJsonObject &parent, const QString &path, const QString &key,
                DialectKind dialect)
    {
        const QJsonValue value = parent.value(key);
        if (value.isString())
            name(path + u'.' + key, value.toString(), dialect);
    }
    void lineAt(const QJsonObject &parent, const QString &path, const QString &key, qsizetype limit)
    {
        const QJsonValue value = parent.value(key);
        if (value.isString())
            oneLine(path + u'.' + key, value.toString(), limit);
    }

private:
    QString m_source;
};

// $.format and $.title.
void checkFormat(Checker &c, const QJsonObject &json)
{
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (format.isUndefined())
        c.fail(QStringLiteral("$.format"),
               QStringLiteral("required, \"%1\"").arg(QLatin1String(PlanFile::Format)));
    else if (format.toString() != QLatin1String(PlanFile::Format))
        c.fail(QStringLiteral("$.format"),
               PlanFile::tr("unsupported format %1, expected \"%2\"")
                   .arg(format.isString() ? u'"' + format.toString() + u'"' : typeName(format),
                        QLatin1String(PlanFile::Format)));
    c.string(json, QStringLiteral("$"), QStringLiteral("title"), false);
    c.lineAt(json, QStringLiteral("$"), QStringLiteral("title"), PlanFile::MaxTitleChars);
}

// $.target: the dialect and the server version.
void checkTarget(Checker &c, const QJsonObject &json)
{
    if (const auto target = c.object(json, QStringLiteral("$"), QStringLiteral("target"), true)) {
        const QJsonValue dialect = target->value(QStringLiteral("dialect"));
        if (!dialect.isString())
            c.fail(QStringLiteral("$.target.dialect"),
                   PlanFile::tr("required, one of postgresql, sqlite, mysql, mariadb"));
        else if (!dialectFromName(dialect.toString()))
            c.fail(
                QStringLiteral("$.target.dialect"),
                PlanFile::tr("unknown dialect \"%1\", choose postgresql, sqlite, mysql or mariadb")
                    .arg(dialect.toString()));
        const QJsonValue version = target->value(QStringLiteral("server_version"));
        if (!version.isUndefined() && !version.isNull() && !version.isString() &&
            !version.isDouble())
            c.fail(QStringLiteral("$.target.server_version"),
                   PlanFile::tr("must be a string such as \"15\" or \"8.0.35\", not %1")
                       .arg(typeName(version)));
        c.lineAt(*target, QStringLiteral("$.target"), QStringLiteral("server_version"), 64);
    }
}

// $.table: names within the server's limits, the primary key's columns.
void checkTable(Checker &c, const QJsonObject &json, DialectKind dialect)
{
    if (const auto table = c.object(json, QStringLiteral("$"), QStringLiteral("table"), true)) {
        c.string(*table, QStringLiteral("$.table"), QStringLiteral("name"), true);
        c.string(*table, QStringLiteral("$.table"), QStringLiteral("schema"), false);
        c.nameAt(*table, QStringLiteral("$.table"), QStringLiteral("name"), dialect);
        c.nameAt(*table, QStringLiteral("$.table"), QStringLiteral("schema"), dialect);
        const QJsonValue key = table->value(QStringLiteral("primary_key"));
        if (!key.isUndefined() && !key.isNull()) {
            const QJsonArray parts = key.toArray();
            bool ok = key.isArray() && !parts.isEmpty();
            for (const QJsonValue &part : parts)
                ok = ok && part.isString() && !part.toString().isEmpty();
            if (!ok) {
                c.fail(QStringLiteral("$.table.primary_key"),
                       PlanFile::tr("must be a non-empty list of column names"));
            } else if (parts.size() > PlanFile::MaxKeyColumns) {
                c.fail(QStringLiteral("$.table.primary_key"),
                       PlanFile::tr(
                           "has %1 columns; a key has at most %2 (PostgreSQL's INDEX_MAX_KEYS)")
                           .arg(parts.size())
                           .arg(PlanFile::MaxKeyColumns));
            } else {
                QSet<QString> seen;
                for (qsizetype i = 0; i < parts.size(); ++i) {
                    const QString path = QStringLiteral("$.table.primary_key[%1]").arg(i);
                    const QString part = parts.at(i).toString();
                    if (!c.name(path, part, dialect))
                        continue;
                    if (seen.contains(part))
                        c.fail(path, PlanFile::tr("duplicate column \"%1\"").arg(part));
                    seen.insert(part);
                }
            }
        }
    }
}

// $.column.enum_values: a list of distinct one-line labels within PostgreSQL's limit.
void checkEnumValues(Checker &c, const QJsonObject &column, const QString &p)
{
    const QJsonValue values = column.value(QStringLiteral("enum_values"));
    if (!values.isUndefined() && !values.isNull()) {
        const QJsonArray array = values.toArray();
        if (!values.isArray() || array.isEmpty()) {
            c.fail(p + QStringLiteral(".enum_values"),
                   PlanFile::tr("must be null or a non-empty list of strings"));
        } else if (array.size() > PlanFile::MaxEnumValues) {
            c.fail(
                p + QStringLiteral(".enum_values"),
                PlanFile::tr("has %1 values; at most %2 (a longer list belongs in a lookup table)")
                    .arg(array.size())
                    .arg(PlanFile::MaxEnumValues));
        } else {
            QSet<QString> seen;
            seen.reserve(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString path = QStringLiteral("%1.enum_values[%2]").arg(p).arg(i);
                const QString value = array.at(i).toString();
                if (!array.at(i).isString() || value.isEmpty())
                    c.fail(path, PlanFile::tr("must be a non-empty string"));
                else if (!c.oneLine(path, value, 1024))
                    continue;
                else if (value.toUtf8().size() > PlanFile::MaxNameBytes)
                    c.fail(path, PlanFile::tr("\"%1\" is %2 bytes; an enum label is at most %3 "
                                              "bytes (PostgreSQL's limit)")
                                     .arg(InertText::quoted(value, 40))
                                     .arg(value.toUtf8().size())
                                     .arg(PlanFile::MaxNameBytes));
                else if (seen.contains(value))
                    c.fail(path, PlanFile::tr("duplicate value \"%1\"").arg(value));
                seen.insert(value);
                if (c.problems.size() > 20)
                    break; // enough to fix; the first one is shown
            }
        }
    }
}

// $.column.references: the referenced table and column, ON DELETE.
void checkReference(Checker &c, const QJsonObject &column, const QString &p, DialectKind dialect)
{
    if (const auto references = c.object(column, p, QStringLiteral("references"), false)) {
        c.string(*references, p + QStringLiteral(".references"), QStringLiteral("table"), true);
        c.string(*references, p + QStringLiteral(".references"), QStringLiteral("column"), false);
        const QString referenced = references->value(QStringLiteral("table")).toString();
        const qsizetype dot = referenced.indexOf(u'.');
        if (dot > 0) {
            c.name(p + QStringLiteral(".references.table"), referenced.left(dot), dialect);
            c.name(p + QStringLiteral(".references.table"), referenced.mid(dot + 1), dialect);
        } else {
            c.nameAt(*references, p + QStringLiteral(".references"), QStringLiteral("table"),
                     dialect);
        }
        c.nameAt(*references, p + QStringLiteral(".references"), QStringLiteral("column"), dialect);
        const QJsonValue action = references->value(QStringLiteral("on_delete"));
        if (!action.isUndefined() && !action.isNull() &&
            !deleteActions().contains(action.toString().toLower()))
            c.fail(
                p + QStringLiteral(".references.on_delete"),
                PlanFile::tr("must be one of %1").arg(deleteActions().join(QStringLiteral(", "))));
    }
}

// $.column.index: method and uniqueness.
void checkIndex(Checker &c, const QJsonObject &column, const QString &p)
{
    if (const auto index = c.object(column, p, QStringLiteral("index"), false)) {
        const QJsonValue method = index->value(QStringLiteral("method"));
        if (!method.isUndefined() && !indexMethods().contains(method.toString()))
            c.fail(
                p + QStringLiteral(".index.method"),
                PlanFile::tr("must be one of %1").arg(indexMethods().join(QStringLiteral(", "))));
        const QJsonValue unique = index->value(QStringLiteral("unique"));
        if (!unique.isUndefined() && !unique.isBool())
            c.fail(p + QStringLiteral(".index.unique"),
                   PlanFile::tr("must be true or false, not %1").arg(typeName(unique)));
    }
}

// $.column: name, type, explicit nullability, expressions within their limits.
void checkColumn(Checker &c, const QJsonObject &json, DialectKind dialect)
{
    if (const auto column = c.object(json, QStringLiteral("$"), QStringLiteral("column"), true)) {
        const QString p = QStringLiteral("$.column");
        c.string(*column, p, QStringLiteral("name"), true);
        c.string(*column, p, QStringLiteral("type"), true);
        const QJsonValue nullableValue = column->value(QStringLiteral("nullable"));
        if (!nullableValue.isBool())
            c.fail(
                p + QStringLiteral(".nullable"),
                nullableValue.isUndefined() || nullableValue.isNull()
                    ? PlanFile::tr("required, choose true or false (no silent default)")
                    : PlanFile::tr("must be true or false, not %1").arg(typeName(nullableValue)));
        for (const char *key : {"default", "backfill", "check", "comment"})
            c.string(*column, p, QLatin1String(key), false);
        c.nameAt(*column, p, QStringLiteral("name"), dialect);
        c.lineAt(*column, p, QStringLiteral("type"), PlanFile::MaxTitleChars);
        c.lineAt(*column, p, QStringLiteral("comment"), PlanFile::MaxCommentChars);
        for (const char *key : {"default", "backfill", "check"})
            if (column->value(QLatin1String(key)).toString().size() > PlanFile::MaxExpressionChars)
                c.fail(p + u'.' + QLatin1String(key),
                       PlanFile::tr("is %1 characters long; an expression has at most %2")
                           .arg(column->value(QLatin1String(key)).toString().size())
                           .arg(PlanFile::MaxExpressionChars));
        checkEnumValues(c, *column, p);
        checkReference(c, *column, p, dialect);
        checkIndex(c, *column, p);
    }
}

// $.backfill: the pacing numbers and the sync trigger.
void checkBackfill(Checker &c, const QJsonObject &json)
{
    if (const auto backfill =
            c.object(json, QStringLiteral("$"), QStringLiteral("backfill"), false)) {
        const QString p = QStringLiteral("$.backfill");
        c.integer(*backfill, p, QStringLiteral("target_batch_ms"), 1);
        c.integer(*backfill, p, QStringLiteral("max_batch_rows"), 1);
        c.integer(*backfill, p, QStringLiteral("pause_ms"), 0);
        c.integer(*backfill, p, QStringLiteral("max_replication_lag_ms"), 0);
        c.integer(*backfill, p, QStringLiteral("lock_timeout_ms"), 1);
        c.integer(*backfill, p, QStringLiteral("statement_timeout_ms"), 0);
        const QJsonValue sync = backfill->value(QStringLiteral("sync_trigger"));
        if (!sync.isUndefined() && !sync.isBool())
            c.fail(p + QStringLiteral(".sync_trigger"),
                   PlanFile::tr("must be true or false, not %1").arg(typeName(sync)));
        else if (sync.toBool(false)) {
            const QJsonValue expression =
                json.value(QStringLiteral("column")).toObject().value(QStringLiteral("backfill"));
            if (!expression.isString() || expression.toString().trimmed().isEmpty())
                c.fail(p + QStringLiteral(".sync_trigger"),
                       PlanFile::tr("needs column.backfill: the trigger writes the backfill "
                                    "expression into new and updated rows"));
        }
    }
}

// $.checks: each with a name, one query and the value it must return.
void checkChecks(Checker &c, const QJsonObject &json)
{
    const QJsonValue checks = json.value(QStringLiteral("checks"));
    if (!checks.isUndefined() && !checks.isNull()) {
        if (!checks.isArray()) {
            c.fail(QStringLiteral("$.checks"),
                   PlanFile::tr("must be a list, not %1").arg(typeName(checks)));
        } else {
            const QJsonArray array = checks.toArray();
            if (array.size() > PlanFile::MaxChecks)
                c.fail(QStringLiteral("$.checks"), PlanFile::tr("has %1 checks; at most %2")
                                                       .arg(array.size())
                                                       .arg(PlanFile::MaxChecks));
            for (qsizetype i = 0; i < std::min(array.size(), qsizetype(PlanFile::MaxChecks)); ++i) {
                const QString p = QStringLiteral("$.checks[%1]").arg(i);
                if (!array.at(i).isObject()) {
                    c.fail(p, PlanFile::tr("must be an object with name, sql and expect"));
                    continue;
                }
                const QJsonObject check = array.at(i).toObject();
                c.string(check, p, QStringLiteral("name"), true);
                c.string(check, p, QStringLiteral("sql"), true);
                c.lineAt(check, p, QStringLiteral("name"), PlanFile::MaxTitleChars);
                c.lineAt(check, p, QStringLiteral("expect"), PlanFile::MaxTitleChars);
                const QJsonValue expect = check.value(QStringLiteral("expect"));
                if (!expect.isString() && !expect.isDouble())
                    c.fail(p + QStringLiteral(".expect"),
                           PlanFile::tr(
                               "required, the value the query must return (string or number)"));
            }
        }
    }
}

// $.overrides: hand-edited SQL of known phases.
void checkOverrides(Checker &c, const QJsonObject &json)
{
    if (const auto overrides =
            c.object(json, QStringLiteral("$"), QStringLiteral("overrides"), false)) {
        for (auto it = overrides->begin(); it != overrides->end(); ++it) {
            const QString p = QStringLiteral("$.overrides.") + it.key();
            if (!PlanFile::phaseNames().contains(it.key()))
                c.fail(p, PlanFile::tr("unknown phase, choose %1")
                              .arg(PlanFile::phaseNames().join(QStringLiteral(", "))));
            else if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                c.fail(p, PlanFile::tr("must be the phase's SQL as a non-empty string"));
        }
    }
}

} // namespace

QStringList PlanFile::validate(const QJsonObject &json, const QString &sourceName)
{
    Checker c(sourceName);
    checkFormat(c, json);
    // Names are held to the limits of the plan's own server.
    const DialectKind dialect = dialectFromName(json.value(QStringLiteral("target"))
                                                    .toObject()
                                                    .value(QStringLiteral("dialect"))
                                                    .toString())
                                    .value_or(DialectKind::PostgreSQL);
    checkTarget(c, json);
    checkTable(c, json, dialect);
    checkColumn(c, json, dialect);
    checkBackfill(c, json);
    checkChecks(c, json);
    checkOverrides(c, json);
    return c.problems;
}
