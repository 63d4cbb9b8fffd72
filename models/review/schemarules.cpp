#include "schemarules.h"

#include "base/identifierrules.h"
#include "columnrules.h"
#include "parse/parsetree.h"
#include "reviewcontext.h"

using namespace parsetree;

namespace {

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

// The column of a CHECK (col IS NOT NULL), or empty.
QString notNullCheckColumn(const PgQuery__Constraint *constraint)
{
    const Node *expr = constraint->raw_expr;
    if (!expr || expr->node_case != PG_QUERY__NODE__NODE_NULL_TEST ||
        expr->null_test->nulltesttype != PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL)
        return {};
    return columnRefName(expr->null_test->arg);
}

} // namespace

void SchemaRules::check(ReviewContext &context, const Node *statement, const StatementForecast &)
{
    switch (statement->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT:
        createTable(context, statement->create_stmt);
        break;
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
        alterTable(context, statement->alter_table_stmt);
        break;
    case PG_QUERY__NODE__NODE_RENAME_STMT:
        rename(context, statement->rename_stmt);
        break;
    case PG_QUERY__NODE__NODE_INDEX_STMT:
        createIndex(context, statement->index_stmt);
        break;
    case PG_QUERY__NODE__NODE_DROP_STMT:
        if (statement->drop_stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX)
            dropIndex(context, statement->drop_stmt);
        break;
    case PG_QUERY__NODE__NODE_REINDEX_STMT:
        reindex(context, statement->reindex_stmt);
        break;
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
        if (const PgQuery__IntoClause *into = statement->create_table_as_stmt->into)
            context.addCreatedTable(relationName(into->rel));
        break;
    default:
        break;
    }
}

void SchemaRules::identifier(ReviewContext &context, const QString &name, const QString &what,
                             int location)
{
    for (const NameIssue &issue : reviewIdentifier(name, context.options().dialect, what))
        if (issue.rule == u"reserved-word-identifier")
            context.report(issue.rule, location, issue.message, {},
                           Finding::severityFromName(issue.severity));
}

void SchemaRules::createTable(ReviewContext &context, const PgQuery__CreateStmt *stmt)
{
    const PgQuery__RangeVar *relation = stmt->relation;
    const QString table = relationName(relation);
    if (relation)
        identifier(context, text(relation->relname), tr("table"), relation->location);
    context.addCreatedTable(table);
    if (stmt->partspec)
        context.addPartitionedTable(table);
    for (const Node *element : nodes(stmt->n_table_elts, stmt->table_elts)) {
        if (element->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
            continue;
        const PgQuery__ColumnDef *columnDef = element->column_def;
        const QString column = text(columnDef->colname);
        ColumnRules::checkDesign(context, column, columnDef->type_name, columnDef->location);
        context.setColumnType(table, column, typeInfo(columnDef->type_name));
    }
}

void SchemaRules::alterTable(ReviewContext &context, const PgQuery__AlterTableStmt *stmt)
{
    if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
        return;
    const QString table = relationName(stmt->relation);
    const bool live = context.isLive(table);
    for (const Node *item : nodes(stmt->n_cmds, stmt->cmds)) {
        if (item->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
            continue;
        const PgQuery__AlterTableCmd *cmd = item->alter_table_cmd;
        const auto subtype = cmd->subtype;
        const QString column = text(cmd->name);
        const Node *def = cmd->def;
        const PgQuery__ColumnDef *columnDef =
            def && def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF ? def->column_def : nullptr;
        const PgQuery__Constraint *constraint =
            def && def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT ? def->constraint : nullptr;
        // subcommands carry no location of their own: point at the column or constraint
        const int at = columnDef ? columnDef->location : constraint ? constraint->location : -1;
        if (subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && columnDef) {
            ColumnRules::checkAddColumn(context, table, columnDef, live);
        } else if (subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType && columnDef) {
            ColumnRules::checkTypeChange(context, table, column, columnDef, at);
        } else if (subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && constraint) {
            addConstraint(context, table, constraint, live);
        } else if (subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition && live &&
                   context.serverVersion() >= 14 && def &&
                   def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD &&
                   !def->partition_cmd->concurrent) {
            context.report(
                QStringLiteral("detach-partition-blocking"), -1,
                SchemaRules::tr("DETACH PARTITION %1 takes ACCESS EXCLUSIVE on %2: every query on "
                                "the partitioned table waits until it is done.")
                    .arg(relationName(def->partition_cmd->name), table),
                SchemaRules::tr("DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+), outside a "
                                "transaction block: only SHARE UPDATE EXCLUSIVE on the parent."));
        } else if (subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint) {
            context.validateConstraint(table, column);
        } else if (subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull && live) {
            if (context.serverVersion() < 12) {
                context.report(
                    QStringLiteral("set-not-null-scan"), -1,
                    SchemaRules::tr(
                        "SET NOT NULL on %1.%2 scans the whole table under ACCESS EXCLUSIVE: "
                        "PostgreSQL %3 cannot use a validated CHECK to skip the scan (12+ can).")
                        .arg(table, quoted(column))
                        .arg(context.serverVersion()),
                    SchemaRules::tr(
                        "On PostgreSQL %1 prefer keeping a validated CHECK (%2 IS NOT NULL) "
                        "NOT VALID + VALIDATE constraint instead of SET NOT NULL, or run it in a "
                        "quiet window.")
                        .arg(context.serverVersion())
                        .arg(quoted(column)));
            } else if (!context.hasValidatedNotNull(table, column)) {
                context.report(
                    QStringLiteral("set-not-null-scan"), -1,
                    SchemaRules::tr(
                        "SET NOT NULL on %1.%2 scans every row while holding ACCESS EXCLUSIVE: "
                        "reads and writes wait for the whole scan.")
                        .arg(table, quoted(column)));
            }
        } else if (subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn && live) {
            context.report(
                QStringLiteral("drop-column"), -1,
                SchemaRules::tr(
                    "DROP COLUMN %1 on %2: code that still selects or inserts the column "
                    "fails at once (the drop itself is instant).")
                    .arg(quoted(column), table));
        }
    }
}

void SchemaRules::addConstraint(ReviewContext &context, const QString &table,
                                const PgQuery__Constraint *constraint, bool live)
{
    const auto kind = constraint->contype;
    const QString name = text(constraint->conname);
    const bool notValid = constraint->skip_validation;
    const int at = constraint->location;
    if (!name.isEmpty())
        identifier(context, name, tr("constraint"), at);
    if (kind == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) {
        const QString column = notNullCheckColumn(constraint);
        if (!column.isEmpty())
            context.addNotNullCheck(table, column, name, !notValid);
    }
    if (!live)
        return;
    const bool foreign = kind == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN;
    if ((kind == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK || foreign) && !notValid) {
        context.report(
            QStringLiteral("constraint-missing-not-valid"), at,
            foreign ? SchemaRules::tr(
                          "ADD FOREIGN KEY %1 on %2 validates every row while holding SHARE ROW "
                          "EXCLUSIVE on %2 and the referenced table: writes to both wait for the "
                          "scan.")
                          .arg(name.isEmpty() ? QString() : quoted(name), table)
                    : SchemaRules::tr(
                          "ADD CHECK %1 on %2 validates every row while holding ACCESS EXCLUSIVE: "
                          "reads and writes wait for the scan.")
                          .arg(name.isEmpty() ? QString() : quoted(name), table),
            SchemaRules::tr(
                "ADD CONSTRAINT %1 ... NOT VALID, then ALTER TABLE %2 VALIDATE CONSTRAINT %1 in "
                "its own transaction (SHARE UPDATE EXCLUSIVE, reads and writes continue).")
                .arg(name.isEmpty() ? QStringLiteral("name") : quoted(name), table));
    }
    const bool exclusion = kind == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION;
    if ((kind == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
         kind == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE || exclusion) &&
        !*constraint->indexname) {
        const QString what =
            kind == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY  ? QStringLiteral("PRIMARY KEY")
            : kind == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ? QStringLiteral("UNIQUE")
                                                           : QStringLiteral("EXCLUDE");
        context.report(
            QStringLiteral("unique-constraint-builds-index"), at,
            SchemaRules::tr(
                "ADD %1 on %2 builds its index while holding ACCESS EXCLUSIVE: reads and writes "
                "wait for the whole build.")
                .arg(what, table),
            exclusion
                ? QString()
                : SchemaRules::tr(
                      "CREATE UNIQUE INDEX CONCURRENTLY idx ON %1 (...); then ALTER TABLE %1 ADD "
                      "CONSTRAINT %2 %3 USING INDEX idx.")
                      .arg(table, name.isEmpty() ? QStringLiteral("name") : quoted(name), what));
    }
}

void SchemaRules::rename(ReviewContext &context, const PgQuery__RenameStmt *stmt)
{
    const auto object = stmt->rename_type;
    const QString table = relationName(stmt->relation);
    const QString newName = text(stmt->newname);
    const bool live = context.isLive(table);
    if (object == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN) {
        for (const NameIssue &issue : reviewColumnName(newName, context.options().dialect))
            if (issue.rule == u"reserved-word-identifier" || issue.rule == u"vague-column-name")
                context.report(issue.rule, -1, issue.message, {},
                               Finding::severityFromName(issue.severity));
        if (live)
            context.report(
                QStringLiteral("rename-column"), -1,
                SchemaRules::tr(
                    "RENAME COLUMN %1 TO %2 on %3: running code that uses the old name fails "
                    "the moment this commits.")
                    .arg(quoted(text(stmt->subname)), quoted(newName), table));
    } else if (object == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
        identifier(context, newName, tr("table"), -1);
        if (live)
            context.report(
                QStringLiteral("rename-table"), stmt->relation ? stmt->relation->location : -1,
                SchemaRules::tr(
                    "RENAME %1 TO %2: running code that uses the old name fails the moment "
                    "this commits.")
                    .arg(table, quoted(newName)));
        context.renameTable(table, newName);
    }
}

void SchemaRules::createIndex(ReviewContext &context, const PgQuery__IndexStmt *stmt)
{
    const QString table = relationName(stmt->relation);
    const QString name = text(stmt->idxname);
    const bool concurrent = stmt->concurrent;
    if (!name.isEmpty()) {
        identifier(context, name, tr("index"), -1);
        const QString schema = stmt->relation ? text(stmt->relation->schemaname) : QString();
        context.addCreatedIndex(schema.isEmpty() ? name : schema + u'.' + name);
    }
    if (concurrent && context.isPartitioned(table))
        context.report(
            QStringLiteral("concurrent-index-on-partitioned"), -1,
            SchemaRules::tr("CREATE INDEX CONCURRENTLY on partitioned table %1 fails: PostgreSQL "
                            "cannot build an index on a partitioned table concurrently.")
                .arg(table),
            SchemaRules::tr("CREATE INDEX ... ON ONLY %1 (invalid, builds nothing), then CREATE "
                            "INDEX CONCURRENTLY on each partition and ALTER INDEX ... ATTACH "
                            "PARTITION it; the parent's turns valid with the last one.")
                .arg(table));
    if (concurrent && context.inTransaction())
        context.report(
            QStringLiteral("concurrent-index-in-transaction"), -1,
            SchemaRules::tr(
                "CREATE INDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses to "
                "run it in a transaction block."));
    // ON ONLY a partitioned table builds nothing: an empty, invalid index its partitions' attach
    // to (on a plain table ONLY changes nothing, but nobody writes it there).
    const bool onlyParent = stmt->relation && !stmt->relation->inh;
    if (!concurrent && !onlyParent && context.isLive(table))
        context.report(
            QStringLiteral("non-concurrent-index"), -1,
            SchemaRules::tr(
                "CREATE %1INDEX on existing table %2 holds a SHARE lock for the whole build: "
                "every INSERT, UPDATE and DELETE waits until it is done.")
                .arg(stmt->unique ? QStringLiteral("UNIQUE ") : QString(), table),
            SchemaRules::tr(
                "CREATE INDEX CONCURRENTLY, outside a transaction block (if it fails, drop the "
                "INVALID index and retry)."));
}

void SchemaRules::dropIndex(ReviewContext &context, const PgQuery__DropStmt *stmt)
{
    const bool concurrent = stmt->concurrent;
    for (const Node *item : nodes(stmt->n_objects, stmt->objects)) {
        const QString name = objectName(item);
        if (concurrent && context.inTransaction())
            context.report(
                QStringLiteral("concurrent-index-in-transaction"), -1,
                SchemaRules::tr(
                    "DROP INDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses "
                    "to run it in a transaction block."));
        if (!concurrent && !context.isNewIndex(name))
            context.report(
                QStringLiteral("non-concurrent-index"), -1,
                SchemaRules::tr(
                    "DROP INDEX %1 takes ACCESS EXCLUSIVE on its table: reads and writes wait, "
                    "and queue behind any long transaction.")
                    .arg(name),
                SchemaRules::tr("DROP INDEX CONCURRENTLY, outside a transaction block."));
    }
}

void SchemaRules::reindex(ReviewContext &context, const PgQuery__ReindexStmt *stmt)
{
    bool concurrent = false;
    for (const Node *param : nodes(stmt->n_params, stmt->params))
        concurrent = concurrent || (param->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
                                    qstrcmp(param->def_elem->defname, "concurrently") == 0);
    if (concurrent && context.inTransaction())
        context.report(
            QStringLiteral("concurrent-index-in-transaction"), -1,
            SchemaRules::tr(
                "REINDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses to run "
                "it in a transaction block."));
}
