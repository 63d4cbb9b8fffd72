#include "schemarules.h"

#include "columnrules.h"
#include "parsetree.h"
#include "reviewcontext.h"
#include "sql/identifierrules.h"

using namespace parsetree;

namespace {

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

// The column of a CHECK (col IS NOT NULL), or empty.
QString notNullCheckColumn(const QJsonObject &constraint)
{
    const QJsonValue expr = constraint.value(QLatin1String("raw_expr"));
    if (type(expr) != QLatin1String("NullTest"))
        return {};
    const QJsonObject test = body(expr);
    if (str(test, QLatin1String("nulltesttype")) != u"IS_NOT_NULL")
        return {};
    return columnRefName(test.value(QLatin1String("arg")));
}

} // namespace

void SchemaRules::check(ReviewContext &context, const QString &kind, const QJsonObject &stmt,
                        const StatementForecast &)
{
    if (kind == u"CreateStmt")
        createTable(context, stmt);
    else if (kind == u"AlterTableStmt")
        alterTable(context, stmt);
    else if (kind == u"RenameStmt")
        rename(context, stmt);
    else if (kind == u"IndexStmt")
        createIndex(context, stmt);
    else if (kind == u"DropStmt" && str(stmt, QLatin1String("removeType")) == u"OBJECT_INDEX")
        dropIndex(context, stmt);
    else if (kind == u"ReindexStmt")
        reindex(context, stmt);
    else if (kind == u"CreateTableAsStmt") {
        const QJsonObject into = body(stmt.value(QLatin1String("into")));
        context.addCreatedTable(relationName(child(into, QLatin1String("rel"), QLatin1String("RangeVar"))));
    }
}

void SchemaRules::identifier(ReviewContext &context, const QString &name, const QString &what, int location)
{
    for (const NameIssue &issue : reviewIdentifier(name, context.options().dialect, what))
        if (issue.rule == u"reserved-word-identifier")
            context.report(issue.rule, location, issue.message, {}, Finding::severityFromName(issue.severity));
}

void SchemaRules::createTable(ReviewContext &context, const QJsonObject &stmt)
{
    const QJsonObject relation = child(stmt, QLatin1String("relation"), QLatin1String("RangeVar"));
    const QString table = relationName(relation);
    identifier(context, str(relation, QLatin1String("relname")), QStringLiteral("table"), location(relation));
    context.addCreatedTable(table);
    for (const QJsonValue &element : list(stmt, QLatin1String("tableElts"))) {
        if (type(element) != QLatin1String("ColumnDef"))
            continue;
        const QJsonObject columnDef = body(element);
        const QString column = str(columnDef, QLatin1String("colname"));
        const QJsonObject typeName = columnDef.value(QLatin1String("typeName")).toObject();
        ColumnRules::checkDesign(context, column, typeName, location(columnDef));
        context.setColumnType(table, column, typeInfo(typeName));
    }
}

void SchemaRules::alterTable(ReviewContext &context, const QJsonObject &stmt)
{
    if (str(stmt, QLatin1String("objtype")) != u"OBJECT_TABLE")
        return;
    const QString table = relationName(child(stmt, QLatin1String("relation"), QLatin1String("RangeVar")));
    const bool live = context.isLive(table);
    for (const QJsonValue &item : list(stmt, QLatin1String("cmds"))) {
        const QJsonObject cmd = body(item);
        const QString subtype = str(cmd, QLatin1String("subtype"));
        const QString column = str(cmd, QLatin1String("name"));
        const QJsonValue def = cmd.value(QLatin1String("def"));
        // subcommands carry no location of their own: point at the column or constraint
        const int at = location(body(def));
        if (subtype == u"AT_AddColumn") {
            ColumnRules::checkAddColumn(context, table, body(def), live);
        } else if (subtype == u"AT_AlterColumnType") {
            ColumnRules::checkTypeChange(context, table, column, body(def), at);
        } else if (subtype == u"AT_AddConstraint") {
            addConstraint(context, table, body(def), live);
        } else if (subtype == u"AT_ValidateConstraint") {
            context.validateConstraint(table, column);
        } else if (subtype == u"AT_SetNotNull" && live) {
            if (context.serverVersion() < 12) {
                context.report(QStringLiteral("set-not-null-scan"), -1,
                               QStringLiteral("SET NOT NULL on %1.%2 scans the whole table under ACCESS EXCLUSIVE: "
                                              "PostgreSQL %3 cannot use a validated CHECK to skip the scan (12+ can).")
                                   .arg(table, quoted(column)).arg(context.serverVersion()),
                               QStringLiteral("On PostgreSQL %1 prefer keeping a validated CHECK (%2 IS NOT NULL) "
                                              "NOT VALID + VALIDATE constraint instead of SET NOT NULL, or run it in a "
                                              "quiet window.").arg(context.serverVersion()).arg(quoted(column)));
            } else if (!context.hasValidatedNotNull(table, column)) {
                context.report(QStringLiteral("set-not-null-scan"), -1,
                               QStringLiteral("SET NOT NULL on %1.%2 scans every row while holding ACCESS EXCLUSIVE: "
                                              "reads and writes wait for the whole scan.")
                                   .arg(table, quoted(column)));
            }
        } else if (subtype == u"AT_DropColumn" && live) {
            context.report(QStringLiteral("drop-column"), -1,
                           QStringLiteral("DROP COLUMN %1 on %2: code that still selects or inserts the column "
                                          "fails at once (the drop itself is instant).")
                               .arg(quoted(column), table));
        }
    }
}

void SchemaRules::addConstraint(ReviewContext &context, const QString &table, const QJsonObject &constraint, bool live)
{
    const QString kind = str(constraint, QLatin1String("contype"));
    const QString name = str(constraint, QLatin1String("conname"));
    const bool notValid = flag(constraint, QLatin1String("skip_validation"));
    const int at = location(constraint);
    if (!name.isEmpty())
        identifier(context, name, QStringLiteral("constraint"), at);
    if (kind == u"CONSTR_CHECK") {
        const QString column = notNullCheckColumn(constraint);
        if (!column.isEmpty())
            context.addNotNullCheck(table, column, name, !notValid);
    }
    if (!live)
        return;
    if ((kind == u"CONSTR_CHECK" || kind == u"CONSTR_FOREIGN") && !notValid) {
        const bool foreign = kind == u"CONSTR_FOREIGN";
        context.report(QStringLiteral("constraint-missing-not-valid"), at,
                       foreign ? QStringLiteral("ADD FOREIGN KEY %1 on %2 validates every row while holding SHARE ROW "
                                                "EXCLUSIVE on %2 and the referenced table: writes to both wait for the "
                                                "scan.").arg(name.isEmpty() ? QString() : quoted(name), table)
                               : QStringLiteral("ADD CHECK %1 on %2 validates every row while holding ACCESS EXCLUSIVE: "
                                                "reads and writes wait for the scan.")
                                     .arg(name.isEmpty() ? QString() : quoted(name), table),
                       QStringLiteral("ADD CONSTRAINT %1 ... NOT VALID, then ALTER TABLE %2 VALIDATE CONSTRAINT %1 in "
                                      "its own transaction (SHARE UPDATE EXCLUSIVE, reads and writes continue).")
                           .arg(name.isEmpty() ? QStringLiteral("name") : quoted(name), table));
    }
    if ((kind == u"CONSTR_PRIMARY" || kind == u"CONSTR_UNIQUE" || kind == u"CONSTR_EXCLUSION")
        && !constraint.contains(QLatin1String("indexname"))) {
        const QString what = kind == u"CONSTR_PRIMARY" ? QStringLiteral("PRIMARY KEY")
                             : kind == u"CONSTR_UNIQUE" ? QStringLiteral("UNIQUE")
                                                        : QStringLiteral("EXCLUDE");
        context.report(QStringLiteral("unique-constraint-builds-index"), at,
                       QStringLiteral("ADD %1 on %2 builds its index while holding ACCESS EXCLUSIVE: reads and writes "
                                      "wait for the whole build.").arg(what, table),
                       kind == u"CONSTR_EXCLUSION"
                           ? QString()
                           : QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY idx ON %1 (...); then ALTER TABLE %1 ADD "
                                            "CONSTRAINT %2 %3 USING INDEX idx.")
                                 .arg(table, name.isEmpty() ? QStringLiteral("name") : quoted(name), what));
    }
}

void SchemaRules::rename(ReviewContext &context, const QJsonObject &stmt)
{
    const QString object = str(stmt, QLatin1String("renameType"));
    const QJsonObject relation = child(stmt, QLatin1String("relation"), QLatin1String("RangeVar"));
    const QString table = relationName(relation);
    const QString newName = str(stmt, QLatin1String("newname"));
    const bool live = context.isLive(table);
    if (object == u"OBJECT_COLUMN") {
        for (const NameIssue &issue : reviewColumnName(newName, context.options().dialect))
            if (issue.rule == u"reserved-word-identifier" || issue.rule == u"vague-column-name")
                context.report(issue.rule, -1, issue.message, {}, Finding::severityFromName(issue.severity));
        if (live)
            context.report(QStringLiteral("rename-column"), -1,
                           QStringLiteral("RENAME COLUMN %1 TO %2 on %3: running code that uses the old name fails "
                                          "the moment this commits.")
                               .arg(quoted(str(stmt, QLatin1String("subname"))), quoted(newName), table));
    } else if (object == u"OBJECT_TABLE") {
        identifier(context, newName, QStringLiteral("table"), -1);
        if (live)
            context.report(QStringLiteral("rename-table"), location(relation),
                           QStringLiteral("RENAME %1 TO %2: running code that uses the old name fails the moment "
                                          "this commits.").arg(table, quoted(newName)));
        context.renameTable(table, newName);
    }
}

void SchemaRules::createIndex(ReviewContext &context, const QJsonObject &stmt)
{
    const QJsonObject relation = child(stmt, QLatin1String("relation"), QLatin1String("RangeVar"));
    const QString table = relationName(relation);
    const QString name = str(stmt, QLatin1String("idxname"));
    const bool concurrent = flag(stmt, QLatin1String("concurrent"));
    if (!name.isEmpty()) {
        identifier(context, name, QStringLiteral("index"), -1);
        const QString schema = str(relation, QLatin1String("schemaname"));
        context.addCreatedIndex(schema.isEmpty() ? name : schema + u'.' + name);
    }
    if (concurrent && context.inTransaction())
        context.report(QStringLiteral("concurrent-index-in-transaction"), -1,
                       QStringLiteral("CREATE INDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses to "
                                      "run it in a transaction block."));
    if (!concurrent && context.isLive(table))
        context.report(QStringLiteral("non-concurrent-index"), -1,
                       QStringLiteral("CREATE %1INDEX on existing table %2 holds a SHARE lock for the whole build: "
                                      "every INSERT, UPDATE and DELETE waits until it is done.")
                           .arg(flag(stmt, QLatin1String("unique")) ? QStringLiteral("UNIQUE ") : QString(), table),
                       QStringLiteral("CREATE INDEX CONCURRENTLY, outside a transaction block (if it fails, drop the "
                                      "INVALID index and retry)."));
}

void SchemaRules::dropIndex(ReviewContext &context, const QJsonObject &stmt)
{
    const bool concurrent = flag(stmt, QLatin1String("concurrent"));
    for (const QJsonValue &item : list(stmt, QLatin1String("objects"))) {
        const QString name = strings(list(body(item), QLatin1String("items"))).join(u'.');
        if (concurrent && context.inTransaction())
            context.report(QStringLiteral("concurrent-index-in-transaction"), -1,
                           QStringLiteral("DROP INDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses "
                                          "to run it in a transaction block."));
        if (!concurrent && !context.isNewIndex(name))
            context.report(QStringLiteral("non-concurrent-index"), -1,
                           QStringLiteral("DROP INDEX %1 takes ACCESS EXCLUSIVE on its table: reads and writes wait, "
                                          "and queue behind any long transaction.").arg(name),
                           QStringLiteral("DROP INDEX CONCURRENTLY, outside a transaction block."));
    }
}

void SchemaRules::reindex(ReviewContext &context, const QJsonObject &stmt)
{
    bool concurrent = false;
    for (const QJsonValue &param : list(stmt, QLatin1String("params")))
        concurrent = concurrent || str(body(param), QLatin1String("defname")) == u"concurrently";
    if (concurrent && context.inTransaction())
        context.report(QStringLiteral("concurrent-index-in-transaction"), -1,
                       QStringLiteral("REINDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses to run "
                                      "it in a transaction block."));
}
