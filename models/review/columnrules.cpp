#include "columnrules.h"

#include "base/identifierrules.h"
#include "reviewcontext.h"

#include <QSet>

using namespace parsetree;

namespace {

bool isSmallInteger(const QString &type)
{
    static const QSet<QString> types = {
        QStringLiteral("int2"),    QStringLiteral("int4"),        QStringLiteral("smallint"),
        QStringLiteral("integer"), QStringLiteral("int"),         QStringLiteral("serial"),
        QStringLiteral("serial4"), QStringLiteral("smallserial"), QStringLiteral("serial2")};
    return types.contains(type);
}

QString smallLimit(const QString &type)
{
    const bool small =
        type == u"int2" || type == u"smallint" || type == u"smallserial" || type == u"serial2";
    return small ? QStringLiteral("32,767") : QStringLiteral("2,147,483,647");
}

bool isIdOrCounter(const QString &column)
{
    const QString name = column.toLower();
    return name == u"id" || name.endsWith(QLatin1String("_id")) ||
           name.endsWith(QLatin1String("_count")) || name == u"count";
}

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

struct ColumnParts
{
    bool notNull = false;
    bool hasDefault = false;
    bool nullDefault = false;
    const Node *defaultExpr = nullptr;
    bool identity = false;
    bool generatedStored = false;
    int checkLocation = -1;
    int foreignLocation = -1;
    int uniqueLocation = -1;
    QString uniqueKind;
};

ColumnParts columnParts(const PgQuery__ColumnDef *columnDef)
{
    ColumnParts parts;
    if (*columnDef->identity)
        parts.identity = true;
    for (const Node *node : nodes(columnDef->n_constraints, columnDef->constraints)) {
        if (node->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
            continue;
        const PgQuery__Constraint *constraint = node->constraint;
        switch (constraint->contype) {
        case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
            parts.notNull = true;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
            parts.hasDefault = true;
            parts.defaultExpr = constraint->raw_expr;
            parts.nullDefault = parts.defaultExpr &&
                                parts.defaultExpr->node_case == PG_QUERY__NODE__NODE_A_CONST &&
                                parts.defaultExpr->a_const->isnull;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY:
            parts.identity = true;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
            parts.generatedStored = true; // the PostgreSQL 15 grammar only accepts STORED
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
            parts.checkLocation = constraint->location;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
            parts.foreignLocation = constraint->location;
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
        case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
        case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
            parts.uniqueLocation = constraint->location;
            parts.uniqueKind = constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY
                                   ? QStringLiteral("PRIMARY KEY")
                                   : QStringLiteral("UNIQUE");
            break;
        default:
            break;
        }
    }
    return parts;
}

} // namespace

ColumnRules::Volatility ColumnRules::volatility(const Node *expression, QString *culprit)
{
    static const QSet<QString> volatileFunctions = {QStringLiteral("random"),
                                                    QStringLiteral("random_normal"),
                                                    QStringLiteral("clock_timestamp"),
                                                    QStringLiteral("timeofday"),
                                                    QStringLiteral("gen_random_uuid"),
                                                    QStringLiteral("uuid_generate_v1"),
                                                    QStringLiteral("uuid_generate_v1mc"),
                                                    QStringLiteral("uuid_generate_v4"),
                                                    QStringLiteral("uuidv4"),
                                                    QStringLiteral("uuidv7"),
                                                    QStringLiteral("nextval"),
                                                    QStringLiteral("setval"),
                                                    QStringLiteral("currval"),
                                                    QStringLiteral("lastval"),
                                                    QStringLiteral("txid_current"),
                                                    QStringLiteral("pg_current_xact_id"),
                                                    QStringLiteral("gen_random_bytes"),
                                                    QStringLiteral("setseed"),
                                                    QStringLiteral("pg_backend_pid")};
    static const QSet<QString> stableFunctions = {QStringLiteral("now"),
                                                  QStringLiteral("transaction_timestamp"),
                                                  QStringLiteral("statement_timestamp"),
                                                  QStringLiteral("current_setting"),
                                                  QStringLiteral("to_char"),
                                                  QStringLiteral("date_trunc"),
                                                  QStringLiteral("to_timestamp"),
                                                  QStringLiteral("timezone"),
                                                  QStringLiteral("age"),
                                                  QStringLiteral("current_database"),
                                                  QStringLiteral("current_schema"),
                                                  QStringLiteral("version")};
    static const QSet<QString> immutableFunctions = {QStringLiteral("lower"),
                                                     QStringLiteral("upper"),
                                                     QStringLiteral("length"),
                                                     QStringLiteral("abs"),
                                                     QStringLiteral("round"),
                                                     QStringLiteral("trunc"),
                                                     QStringLiteral("floor"),
                                                     QStringLiteral("ceil"),
                                                     QStringLiteral("md5"),
                                                     QStringLiteral("concat"),
                                                     QStringLiteral("concat_ws"),
                                                     QStringLiteral("btrim"),
                                                     QStringLiteral("trim"),
                                                     QStringLiteral("substring"),
                                                     QStringLiteral("substr"),
                                                     QStringLiteral("replace"),
                                                     QStringLiteral("jsonb_build_object"),
                                                     QStringLiteral("jsonb_build_array"),
                                                     QStringLiteral("json_build_object"),
                                                     QStringLiteral("make_interval"),
                                                     QStringLiteral("make_date"),
                                                     QStringLiteral("greatest"),
                                                     QStringLiteral("least"),
                                                     QStringLiteral("array_length"),
                                                     QStringLiteral("to_jsonb"),
                                                     QStringLiteral("jsonb_typeof"),
                                                     QStringLiteral("int8"),
                                                     QStringLiteral("numeric"),
                                                     QStringLiteral("text")};
    Volatility result = Volatility::Immutable;
    forEachNode(expression, [&](const Node *node) {
        Volatility found = Volatility::Immutable;
        QString name;
        if (node->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {
            name = lastName(nodes(node->func_call->n_funcname, node->func_call->funcname));
            if (volatileFunctions.contains(name))
                found = Volatility::Volatile;
            else if (stableFunctions.contains(name))
                found = Volatility::Stable;
            else if (immutableFunctions.contains(name))
                found = Volatility::Immutable;
            else
                found = Volatility::Unknown;
        } else if (node->node_case == PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION) {
            found = Volatility::Stable; // CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_USER, ...
        } else if (node->node_case == PG_QUERY__NODE__NODE_SUB_LINK) {
            found = Volatility::Unknown;
            name = ColumnRules::tr("a subquery");
        }
        // Volatile wins over Unknown, which wins over Stable
        auto rank = [](Volatility v) {
            switch (v) {
            case Volatility::Immutable:
                return 0;
            case Volatility::Stable:
                return 1;
            case Volatility::Unknown:
                return 2;
            case Volatility::Volatile:
                return 3;
            }
            return 0;
        };
        if (rank(found) > rank(result)) {
            result = found;
            if (culprit)
                *culprit = name;
        }
    });
    return result;
}

bool ColumnRules::isSerialType(const QString &typeName)
{
    static const QSet<QString> serials = {QStringLiteral("serial"),      QStringLiteral("serial4"),
                                          QStringLiteral("bigserial"),   QStringLiteral("serial8"),
                                          QStringLiteral("smallserial"), QStringLiteral("serial2")};
    return serials.contains(typeName);
}

bool ColumnRules::addColumnRewrites(const PgQuery__ColumnDef *columnDef, int serverVersion,
                                    QString *why)
{
    const ColumnParts parts = columnParts(columnDef);
    const TypeInfo type = typeInfo(columnDef->type_name);
    auto say = [why](const QString &text) {
        if (why)
            *why = text;
        return true;
    };
    if (isSerialType(type.name))
        return say(ColumnRules::tr("a serial column fills every existing row from its sequence"));
    if (parts.identity)
        return say(
            ColumnRules::tr("an identity column fills every existing row from its sequence"));
    if (parts.generatedStored)
        return say(
            ColumnRules::tr("a stored generated column is computed and written for every row"));
    if (parts.hasDefault && !parts.nullDefault) {
        if (serverVersion < 11)
            return say(
                ColumnRules::tr("before PostgreSQL 11 any default is written into every row"));
        if (volatility(parts.defaultExpr) == Volatility::Volatile)
            return say(
                ColumnRules::tr("a volatile default is evaluated and written for every row"));
    }
    return false;
}

void ColumnRules::checkDesign(ReviewContext &context, const QString &column,
                              const PgQuery__TypeName *typeName, int at)
{
    const TypeInfo type = typeInfo(typeName);
    const int typeAt = typeName && typeName->location >= 0 ? typeName->location : at;
    if (isSmallInteger(type.name) && isIdOrCounter(column) && !type.isArray) {
        const bool serial = isSerialType(type.name);
        context.report(
            QStringLiteral("prefer-bigint"), typeAt,
            ColumnRules::tr("Column %1 is %2: an id or counter that outgrows %3 forces a table "
                            "rewrite under ACCESS EXCLUSIVE later.")
                .arg(quoted(column), type.display(), smallLimit(type.name)),
            serial ? ColumnRules::tr("Use bigint GENERATED ALWAYS AS IDENTITY (or bigserial).")
                   : tr("Use bigint."));
    }
    if (type.name == u"timestamp")
        context.report(
            QStringLiteral("prefer-timestamptz"), typeAt,
            ColumnRules::tr("Column %1 is timestamp without time zone: the stored value depends on "
                            "the writer's time zone and is ambiguous across DST changes.")
                .arg(quoted(column)),
            tr("Use timestamptz."));
    if (type.name == u"bpchar")
        context.report(
            QStringLiteral("ban-char-type"), typeAt,
            ColumnRules::tr("Column %1 is %2: values are blank-padded to the full length and "
                            "compare surprisingly.")
                .arg(quoted(column), type.modifiers.isEmpty()
                                         ? QStringLiteral("char(1)")
                                         : QStringLiteral("char(%1)").arg(type.modifiers.first())),
            ColumnRules::tr("Use text or varchar(n)."));
    if (type.name == u"json")
        context.report(
            QStringLiteral("prefer-jsonb"), typeAt,
            ColumnRules::tr("Column %1 is json: stored as text, re-parsed on every access, no "
                            "equality operator and no GIN index.")
                .arg(quoted(column)),
            tr("Use jsonb."));

    static const QSet<QString> nameRules = {QStringLiteral("reserved-word-identifier"),
                                            QStringLiteral("vague-column-name")};
    for (const NameIssue &issue : reviewColumnName(column, context.options().dialect, type.name)) {
        if (!nameRules.contains(issue.rule))
            continue;
        context.report(issue.rule, at, issue.message,
                       issue.suggestion.isEmpty() ? QString()
                                                  : tr("Call it %1.").arg(quoted(issue.suggestion)),
                       Finding::severityFromName(issue.severity));
    }
}

void ColumnRules::checkAddColumn(ReviewContext &context, const QString &table,
                                 const PgQuery__ColumnDef *columnDef, bool live)
{
    const QString column = text(columnDef->colname);
    const int at = columnDef->location;
    checkDesign(context, column, columnDef->type_name, at);
    const TypeInfo type = typeInfo(columnDef->type_name);
    context.setColumnType(table, column, type);
    if (!live)
        return;

    const ColumnParts parts = columnParts(columnDef);
    const QString target = QStringLiteral("%1.%2").arg(table, column);
    const bool serial = isSerialType(type.name);
    if (serial || parts.identity) {
        context.report(
            QStringLiteral("identity-or-serial-rewrite"), at,
            ColumnRules::tr("Adding %1 as %2 on existing table %3 rewrites the whole table under "
                            "ACCESS EXCLUSIVE: every existing row gets a value from the sequence, "
                            "reads and writes wait until it is done.")
                .arg(quoted(column), serial ? type.name : ColumnRules::tr("an identity column"),
                     table));
    } else if (parts.generatedStored) {
        context.report(
            QStringLiteral("stored-generated-column-rewrite"), at,
            ColumnRules::tr("Adding stored generated column %1 to existing table %2 computes and "
                            "writes it for every row, rewriting the table under ACCESS EXCLUSIVE.")
                .arg(quoted(column), table));
    } else if (parts.hasDefault && !parts.nullDefault) {
        QString culprit;
        const Volatility v = volatility(parts.defaultExpr, &culprit);
        if (context.serverVersion() < 11) {
            context.report(
                QStringLiteral("volatile-default-rewrite"), at,
                ColumnRules::tr(
                    "On PostgreSQL %1 ADD COLUMN %2 with a default writes the default into "
                    "every row of %3: a full rewrite under ACCESS EXCLUSIVE (the fast "
                    "default arrived in PostgreSQL 11).")
                    .arg(context.serverVersion())
                    .arg(quoted(column), table),
                ColumnRules::tr("Add the column without a default, SET DEFAULT for new rows, then "
                                "backfill existing rows in batches."));
        } else if (v == Volatility::Volatile) {
            context.report(
                QStringLiteral("volatile-default-rewrite"), at,
                ColumnRules::tr(
                    "The default of %1 calls %2(), which is volatile: PostgreSQL evaluates "
                    "it for every existing row of %3 and rewrites the table under ACCESS "
                    "EXCLUSIVE.")
                    .arg(quoted(column), culprit, table));
        } else if (v == Volatility::Unknown) {
            context.report(
                QStringLiteral("volatile-default-rewrite"), at,
                ColumnRules::tr(
                    "The default of %1 calls %2, whose volatility the review cannot see: if "
                    "it is volatile, adding the column rewrites %3 under ACCESS EXCLUSIVE.")
                    .arg(quoted(column),
                         culprit.contains(u' ') ? culprit : culprit + QStringLiteral("()"), table),
                ColumnRules::tr(
                    "Check the function is STABLE or IMMUTABLE, or add the column without "
                    "a default and backfill in batches."),
                Severity::Warning);
        }
    }
    if (parts.notNull && !parts.hasDefault && !serial && !parts.identity &&
        !parts.generatedStored) {
        context.report(QStringLiteral("adding-required-column"), at,
                       ColumnRules::tr(
                           "ADD COLUMN %1 NOT NULL without a default fails on %2 as soon as it has "
                           "a row (existing rows would be NULL).")
                           .arg(quoted(column), table));
    }
    if (parts.checkLocation >= 0 || parts.foreignLocation >= 0) {
        const bool foreign = parts.foreignLocation >= 0;
        context.report(
            QStringLiteral("constraint-missing-not-valid"),
            foreign ? parts.foreignLocation : parts.checkLocation,
            ColumnRules::tr("The %1 on new column %2 is validated by scanning all of %3 while ADD "
                            "COLUMN holds ACCESS EXCLUSIVE: reads and writes wait for the scan.")
                .arg(foreign ? QStringLiteral("REFERENCES") : QStringLiteral("CHECK"), target,
                     table),
            ColumnRules::tr("Add the column bare, then ADD CONSTRAINT ... NOT VALID and VALIDATE "
                            "CONSTRAINT in a later transaction."));
    }
    if (parts.uniqueLocation >= 0) {
        context.report(QStringLiteral("unique-constraint-builds-index"), parts.uniqueLocation,
                       ColumnRules::tr(
                           "%1 on new column %2 builds a unique index over all of %3 while holding "
                           "ACCESS EXCLUSIVE.")
                           .arg(parts.uniqueKind, target, table));
    }
}

bool ColumnRules::isBinaryCoercible(const TypeInfo &from, const TypeInfo &to)
{
    if (from.isArray != to.isArray)
        return false;
    auto canonical = [](QString name) {
        if (name == u"character varying")
            return QStringLiteral("varchar");
        if (name == u"decimal")
            return QStringLiteral("numeric");
        return name;
    };
    const QString a = canonical(from.name), b = canonical(to.name);
    if (a == b && from.modifiers == to.modifiers)
        return true;
    if ((a == u"varchar" || a == u"text") && b == u"text")
        return true;
    if (a == u"text" && b == u"varchar" && to.modifiers.isEmpty())
        return true;
    if (a == u"varchar" && b == u"varchar")
        return to.modifiers.isEmpty() ||
               (!from.modifiers.isEmpty() && to.modifiers.first() >= from.modifiers.first());
    if ((a == u"varbit" && b == u"varbit"))
        return to.modifiers.isEmpty() ||
               (!from.modifiers.isEmpty() && to.modifiers.first() >= from.modifiers.first());
    if (a == u"numeric" && b == u"numeric") {
        if (to.modifiers.isEmpty())
            return true;
        if (from.modifiers.isEmpty())
            return false;
        const int fromScale = from.modifiers.value(1, 0), toScale = to.modifiers.value(1, 0);
        return fromScale == toScale && to.modifiers.first() >= from.modifiers.first();
    }
    if (a == u"cidr" && b == u"inet")
        return true;
    return false;
}

void ColumnRules::checkTypeChange(ReviewContext &context, const QString &table,
                                  const QString &column, const PgQuery__ColumnDef *columnDef,
                                  int at)
{
    const TypeInfo to = typeInfo(columnDef->type_name);
    checkDesign(context, column, columnDef->type_name, at);
    const std::optional<TypeInfo> from = context.columnType(table, column);
    context.setColumnType(table, column, to);
    if (!context.isLive(table))
        return;
    const bool hasUsing = columnDef->raw_default != nullptr;
    const QString target = QStringLiteral("%1.%2").arg(table, quoted(column));
    if (from && !hasUsing && isBinaryCoercible(*from, to))
        return;
    if (from || hasUsing) {
        context.report(
            QStringLiteral("column-type-rewrite"), at,
            ColumnRules::tr("Changing %1 %2to %3 rewrites all of %4 and rebuilds its indexes under "
                            "ACCESS EXCLUSIVE: reads and writes wait until it is done.")
                .arg(target, from ? QStringLiteral("from %1 ").arg(from->display()) : QString(),
                     to.display(), table));
        return;
    }
    // Old type unknown: only a few targets can be free.
    const bool maybeFree = to.name == u"text" || to.name == u"varchar" || to.name == u"numeric" ||
                           to.name == u"varbit" || to.name == u"inet";
    context.report(
        QStringLiteral("column-type-rewrite"), at,
        maybeFree
            ? ColumnRules::tr("Changing %1 to %2 rewrites %3 under ACCESS EXCLUSIVE unless the old "
                              "type is binary-coercible (varchar(n) to a longer varchar or text, "
                              "numeric to a higher precision); the review cannot see the old type.")
                  .arg(target, to.display(), table)
            : ColumnRules::tr("Changing %1 to %2 rewrites all of %3 and rebuilds its indexes under "
                              "ACCESS EXCLUSIVE: reads and writes wait until it is done.")
                  .arg(target, to.display(), table),
        {}, maybeFree ? std::optional<Severity>(Severity::Warning) : std::nullopt);
}
