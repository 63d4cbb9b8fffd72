#include "lockforecaster.h"

#include "columnrules.h"
#include "reviewcontext.h"

using namespace parsetree;

namespace {

using L = LockMode;

QString defElemOption(NodeList options, const char *name)
{
    for (const Node *option : options) {
        if (option->node_case != PG_QUERY__NODE__NODE_DEF_ELEM ||
            qstrcmp(option->def_elem->defname, name) != 0)
            continue;
        return option->def_elem->arg ? constText(option->def_elem->arg) : QStringLiteral("true");
    }
    return {};
}

bool optionOn(NodeList options, const char *name)
{
    const QString value = defElemOption(options, name).toLower();
    return !value.isEmpty() && value != u"false" && value != u"off" && value != u"0";
}

// Relations a query reads: RangeVars in FROM clauses, joins and subqueries.
void collectReadRelations(const Node *node, StatementForecast &forecast, LockMode mode)
{
    forEachNode(node, [&](const Node *n) {
        if (n->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
            forecast.addLock(relationName(n->range_var), mode);
    });
}

void collectReadRelations(NodeList list, StatementForecast &forecast, LockMode mode)
{
    for (const Node *node : list)
        collectReadRelations(node, forecast, mode);
}

bool buildsIndex(PgQuery__ConstrType kind)
{
    return kind == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
           kind == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ||
           kind == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION;
}

void forecastAlterTable(const PgQuery__AlterTableStmt *stmt, const ReviewContext &context,
                        StatementForecast &f)
{
    const QString table = relationName(stmt->relation);
    f.command = stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX ? QStringLiteral("ALTER INDEX")
                : stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW
                    ? QStringLiteral("ALTER MATERIALIZED VIEW")
                : stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW
                    ? QStringLiteral("ALTER VIEW")
                    : QStringLiteral("ALTER TABLE");
    LockMode mode = L::ShareUpdateExclusive; // the weakest any subcommand takes
    QStringList notes;
    for (const Node *item : nodes(stmt->n_cmds, stmt->cmds)) {
        if (item->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
            continue;
        const PgQuery__AlterTableCmd *cmd = item->alter_table_cmd;
        mode = std::max(mode, LockForecaster::alterTableCommandLock(cmd));
        const Node *def = cmd->def;
        const PgQuery__ColumnDef *columnDef =
            def && def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF ? def->column_def : nullptr;
        const PgQuery__Constraint *constraint =
            def && def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT ? def->constraint : nullptr;
        const PgQuery__PartitionCmd *partition =
            def && def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD ? def->partition_cmd
                                                                        : nullptr;
        const QString column = text(cmd->name);
        switch (cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
            if (!columnDef)
                break;
            QString why;
            if (ColumnRules::addColumnRewrites(columnDef, context.serverVersion(), &why)) {
                f.rewritesTable = true;
                notes << why;
            }
            for (const Node *node : nodes(columnDef->n_constraints, columnDef->constraints)) {
                if (node->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
                    continue;
                const PgQuery__Constraint *c = node->constraint;
                if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
                    f.addLock(table, L::AccessExclusive);
                    f.addLock(relationName(c->pktable), L::ShareRowExclusive);
                    f.scansTable = true;
                } else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK ||
                           c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
                           c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ||
                           (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL &&
                            *columnDef->identity)) {
                    f.scansTable = true;
                }
            }
            break;
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
            if (!columnDef)
                break;
            const auto from = context.columnType(table, column);
            const TypeInfo to = typeInfo(columnDef->type_name);
            if (!from || columnDef->raw_default || !ColumnRules::isBinaryCoercible(*from, to)) {
                f.rewritesTable = true;
                notes << LockForecaster::tr(
                    "the column type changes: the table and its indexes are rewritten");
            }
            break;
        }
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
            if (!(context.serverVersion() >= 12 && context.hasValidatedNotNull(table, column))) {
                f.scansTable = true;
                notes << LockForecaster::tr("SET NOT NULL scans every row");
            }
            break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
            if (!constraint)
                break;
            if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
                f.addLock(relationName(constraint->pktable), L::ShareRowExclusive);
                if (!constraint->skip_validation) {
                    f.scansTable = true;
                    notes << LockForecaster::tr("the foreign key is validated by a scan");
                }
            } else if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK &&
                       !constraint->skip_validation) {
                f.scansTable = true;
                notes << LockForecaster::tr("the check is validated by a scan");
            } else if (buildsIndex(constraint->contype) && !*constraint->indexname) {
                f.scansTable = true;
                notes << LockForecaster::tr("an index is built");
            }
            break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
            f.scansTable = true;
            notes << LockForecaster::tr(
                "VALIDATE scans the table but lets reads and writes continue");
            break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_SetAccessMethod:
            f.rewritesTable = true;
            notes << LockForecaster::tr("the table is copied");
            break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
            if (partition)
                f.addLock(relationName(partition->name), L::AccessExclusive);
            if (stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX) {
                // An index attached to a partitioned index: a catalog change, no scan.
                notes << LockForecaster::tr("the partition's index joins its parent's (the parent "
                                            "turns valid once every partition's is attached)");
                break;
            }
            f.scansTable = true;
            notes << LockForecaster::tr("the partition is scanned unless a CHECK proves the bound");
            break;
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition: {
            const bool concurrent = partition && partition->concurrent;
            if (partition)
                f.addLock(relationName(partition->name),
                          concurrent ? L::ShareUpdateExclusive : L::AccessExclusive);
            if (concurrent)
                f.transactionAllowed = false;
            break;
        }
        default:
            break;
        }
    }
    f.addLock(table, mode);
    // keep the table first
    std::stable_partition(f.locks.begin(), f.locks.end(),
                          [&](const RelationLock &l) { return l.relation == table; });
    f.note = notes.join(QStringLiteral("; "));
}

LockMode lockStatementMode(int mode)
{
    return mode >= 1 && mode <= 8 ? LockMode(mode) : L::AccessExclusive;
}

void forecastIndex(const PgQuery__IndexStmt *stmt, StatementForecast &f)
{
    const bool concurrent = stmt->concurrent;
    f.command =
        concurrent ? QStringLiteral("CREATE INDEX CONCURRENTLY") : QStringLiteral("CREATE INDEX");
    f.addLock(relationName(stmt->relation), concurrent ? L::ShareUpdateExclusive : L::Share);
    if (stmt->relation && !stmt->relation->inh) {
        // ON ONLY a partitioned table: an empty, invalid index its partitions' attach to.
        f.command = QStringLiteral("CREATE INDEX ON ONLY");
        f.transactionAllowed = true;
        f.note = LockForecaster::tr("the partitioned table alone: nothing is built or scanned");
        return;
    }
    f.scansTable = true;
    f.transactionAllowed = !concurrent;
    f.note =
        concurrent
            ? LockForecaster::tr("two scans; waits for transactions that could see the old state")
            : LockForecaster::tr("writes wait for the whole index build");
}

void forecastDrop(const PgQuery__DropStmt *stmt, StatementForecast &f)
{
    QStringList names;
    for (const Node *item : nodes(stmt->n_objects, stmt->objects))
        names << objectName(item);
    switch (stmt->remove_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
        f.command = stmt->concurrent ? QStringLiteral("DROP INDEX CONCURRENTLY")
                                     : QStringLiteral("DROP INDEX");
        for (const QString &name : names)
            f.addLock(name, stmt->concurrent ? L::ShareUpdateExclusive : L::AccessExclusive);
        f.transactionAllowed = !stmt->concurrent;
        f.note = stmt->concurrent
                     ? QString()
                     : LockForecaster::tr("the index's table is locked ACCESS EXCLUSIVE too");
        break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
        f.command = QStringLiteral("DROP");
        for (const QString &name : names)
            f.addLock(name, L::AccessExclusive);
        break;
    case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
    case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
    case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
        f.command = QStringLiteral("DROP");
        for (const QString &name : names) {
            const int dot = name.lastIndexOf(u'.');
            f.addLock(dot > 0 ? name.left(dot) : name,
                      L::AccessExclusive); // the table it belongs to
        }
        break;
    default:
        f.command = QStringLiteral("DROP");
        break;
    }
}

// The tables it references by foreign key and the parent it inherits from or is a partition of.
void forecastCreateTable(const PgQuery__CreateStmt *stmt, StatementForecast &f)
{
    f.command = QStringLiteral("CREATE TABLE");
    auto foreignKeys = [&](const Node *n) {
        if (n->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
            n->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
            f.addLock(relationName(n->constraint->pktable), L::ShareRowExclusive);
    };
    forEachNode(nodes(stmt->n_table_elts, stmt->table_elts), foreignKeys);
    forEachNode(nodes(stmt->n_constraints, stmt->constraints), foreignKeys);
    for (const Node *parent : nodes(stmt->n_inh_relations, stmt->inh_relations))
        if (parent->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
            f.addLock(relationName(parent->range_var),
                      stmt->partbound ? L::AccessExclusive : L::ShareUpdateExclusive);
}

void forecastComment(const PgQuery__CommentStmt *stmt, StatementForecast &f)
{
    f.command = QStringLiteral("COMMENT ON");
    const auto object = stmt->objtype;
    if (object == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ||
        object == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN ||
        object == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW ||
        object == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW ||
        object == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX) {
        QString name = objectName(stmt->object);
        if (object == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN)
            name = name.left(std::max<qsizetype>(0, name.lastIndexOf(u'.')));
        f.addLock(name, L::ShareUpdateExclusive);
    }
}

// Statements that change the schema: tables, indexes, triggers, comments, names, rules,
// policies, views. False when the statement is not one of them.
bool forecastSchemaChange(const Node *node, const ReviewContext &context, StatementForecast &f)
{
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
        forecastAlterTable(node->alter_table_stmt, context, f);
        return true;
    case PG_QUERY__NODE__NODE_INDEX_STMT:
        forecastIndex(node->index_stmt, f);
        return true;
    case PG_QUERY__NODE__NODE_DROP_STMT:
        forecastDrop(node->drop_stmt, f);
        return true;
    case PG_QUERY__NODE__NODE_CREATE_STMT:
        forecastCreateTable(node->create_stmt, f);
        return true;
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
        f.command = QStringLiteral("CREATE TRIGGER");
        f.addLock(relationName(node->create_trig_stmt->relation), L::ShareRowExclusive);
        return true;
    case PG_QUERY__NODE__NODE_COMMENT_STMT:
        forecastComment(node->comment_stmt, f);
        return true;
    case PG_QUERY__NODE__NODE_RENAME_STMT: {
        f.command = QStringLiteral("RENAME");
        // ALTER INDEX ... RENAME takes SHARE UPDATE EXCLUSIVE since PostgreSQL 12
        const bool index = node->rename_stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX;
        f.addLock(relationName(node->rename_stmt->relation), index && context.serverVersion() >= 12
                                                                 ? L::ShareUpdateExclusive
                                                                 : L::AccessExclusive);
        return true;
    }
    case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
        f.command = QStringLiteral("SET SCHEMA");
        f.addLock(relationName(node->alter_object_schema_stmt->relation), L::AccessExclusive);
        return true;
    case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
        f.command = QStringLiteral("CREATE STATISTICS");
        for (const Node *item :
             nodes(node->create_stats_stmt->n_relations, node->create_stats_stmt->relations))
            if (item->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
                f.addLock(relationName(item->range_var), L::ShareUpdateExclusive);
        return true;
    case PG_QUERY__NODE__NODE_RULE_STMT:
        f.command = QStringLiteral("CREATE RULE");
        f.addLock(relationName(node->rule_stmt->relation), L::AccessExclusive);
        return true;
    case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
        f.command = QStringLiteral("POLICY");
        f.addLock(relationName(node->create_policy_stmt->table), L::AccessExclusive);
        return true;
    case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
        f.command = QStringLiteral("POLICY");
        f.addLock(relationName(node->alter_policy_stmt->table), L::AccessExclusive);
        return true;
    case PG_QUERY__NODE__NODE_VIEW_STMT:
        f.command = QStringLiteral("CREATE VIEW");
        if (node->view_stmt->replace)
            f.addLock(relationName(node->view_stmt->view), L::AccessExclusive);
        return true;
    default:
        return false;
    }
}

// Statements that read or write rows, lock tables or empty them. False when the statement is
// not one of them.
bool forecastRowAccess(const Node *node, StatementForecast &f)
{
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
        f.command = QStringLiteral("UPDATE");
        f.addLock(relationName(node->update_stmt->relation), L::RowExclusive);
        collectReadRelations(
            nodes(node->update_stmt->n_from_clause, node->update_stmt->from_clause), f,
            L::AccessShare);
        collectReadRelations(node->update_stmt->where_clause, f, L::AccessShare);
        f.duration = DurationClass::RowsTouched;
        return true;
    case PG_QUERY__NODE__NODE_DELETE_STMT:
        f.command = QStringLiteral("DELETE");
        f.addLock(relationName(node->delete_stmt->relation), L::RowExclusive);
        collectReadRelations(
            nodes(node->delete_stmt->n_using_clause, node->delete_stmt->using_clause), f,
            L::AccessShare);
        collectReadRelations(node->delete_stmt->where_clause, f, L::AccessShare);
        f.duration = DurationClass::RowsTouched;
        return true;
    case PG_QUERY__NODE__NODE_INSERT_STMT:
        f.command = QStringLiteral("INSERT");
        f.addLock(relationName(node->insert_stmt->relation), L::RowExclusive);
        collectReadRelations(node->insert_stmt->select_stmt, f, L::AccessShare);
        f.duration = DurationClass::RowsTouched;
        return true;
    case PG_QUERY__NODE__NODE_MERGE_STMT:
        f.command = QStringLiteral("MERGE");
        f.addLock(relationName(node->merge_stmt->relation), L::RowExclusive);
        collectReadRelations(node->merge_stmt->source_relation, f, L::AccessShare);
        f.duration = DurationClass::RowsTouched;
        return true;
    case PG_QUERY__NODE__NODE_SELECT_STMT: {
        const PgQuery__SelectStmt *stmt = node->select_stmt;
        f.command = QStringLiteral("SELECT");
        collectReadRelations(nodes(stmt->n_from_clause, stmt->from_clause), f,
                             stmt->n_locking_clause > 0 ? L::RowShare : L::AccessShare);
        f.duration = f.locks.isEmpty() ? DurationClass::Instant : DurationClass::RowsTouched;
        return true;
    }
    case PG_QUERY__NODE__NODE_LOCK_STMT:
        f.command = QStringLiteral("LOCK TABLE");
        for (const Node *item : nodes(node->lock_stmt->n_relations, node->lock_stmt->relations))
            if (item->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
                f.addLock(relationName(item->range_var), lockStatementMode(node->lock_stmt->mode));
        return true;
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
        f.command = QStringLiteral("TRUNCATE");
        for (const Node *item :
             nodes(node->truncate_stmt->n_relations, node->truncate_stmt->relations))
            if (item->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
                f.addLock(relationName(item->range_var), L::AccessExclusive);
        return true;
    default:
        return false;
    }
}

void forecastVacuum(const PgQuery__VacuumStmt *stmt, StatementForecast &f)
{
    const bool full = optionOn(nodes(stmt->n_options, stmt->options), "full");
    f.command = stmt->is_vacuumcmd
                    ? (full ? QStringLiteral("VACUUM FULL") : QStringLiteral("VACUUM"))
                    : QStringLiteral("ANALYZE");
    for (const Node *item : nodes(stmt->n_rels, stmt->rels))
        if (item->node_case == PG_QUERY__NODE__NODE_VACUUM_RELATION)
            f.addLock(relationName(item->vacuum_relation->relation),
                      full ? L::AccessExclusive : L::ShareUpdateExclusive);
    f.transactionAllowed = !stmt->is_vacuumcmd;
    f.scansTable = true;
    f.rewritesTable = full;
}

void forecastReindex(const PgQuery__ReindexStmt *stmt, StatementForecast &f)
{
    const bool concurrent = optionOn(nodes(stmt->n_params, stmt->params), "concurrently");
    f.command = concurrent ? QStringLiteral("REINDEX CONCURRENTLY") : QStringLiteral("REINDEX");
    const bool index = stmt->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_INDEX;
    f.addLock(relationName(stmt->relation), concurrent ? L::ShareUpdateExclusive
                                            : index    ? L::AccessExclusive
                                                       : L::Share);
    f.transactionAllowed = !concurrent;
    f.scansTable = true;
    f.note = index && !concurrent
                 ? LockForecaster::tr("the index's table is locked SHARE (writes wait)")
                 : QString();
}

// Statements that scan or rewrite whole tables for upkeep: VACUUM, ANALYZE, REINDEX, CLUSTER,
// REFRESH MATERIALIZED VIEW. False when the statement is not one of them.
bool forecastMaintenance(const Node *node, StatementForecast &f)
{
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_VACUUM_STMT:
        forecastVacuum(node->vacuum_stmt, f);
        return true;
    case PG_QUERY__NODE__NODE_REINDEX_STMT:
        forecastReindex(node->reindex_stmt, f);
        return true;
    case PG_QUERY__NODE__NODE_CLUSTER_STMT:
        f.command = QStringLiteral("CLUSTER");
        f.addLock(relationName(node->cluster_stmt->relation), L::AccessExclusive);
        f.rewritesTable = true;
        return true;
    case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
        f.command = QStringLiteral("REFRESH MATERIALIZED VIEW");
        f.addLock(relationName(node->refresh_mat_view_stmt->relation),
                  node->refresh_mat_view_stmt->concurrent ? L::Exclusive : L::AccessExclusive);
        f.rewritesTable = true;
        return true;
    default:
        return false;
    }
}

// Everything else: procedural blocks, transaction control, settings, and statements named by
// their parse node.
void forecastOther(const Node *node, StatementForecast &f)
{
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_DO_STMT:
        f.command = QStringLiteral("DO");
        f.duration = DurationClass::RowsTouched;
        f.note = LockForecaster::tr("a procedural block: locks are taken by the statements inside");
        break;
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
        f.command = QStringLiteral("TRANSACTION");
        break;
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
        f.command = QStringLiteral("SET");
        break;
    default: {
        const QString kind = typeName(node);
        f.command = kind.endsWith(QLatin1String("Stmt")) ? kind.chopped(4) : kind;
        break;
    }
    }
}

} // namespace

LockMode LockForecaster::alterTableCommandLock(const PgQuery__AlterTableCmd *cmd)
{
    const Node *def = cmd->def;
    // ALTER TABLE page of the PostgreSQL 15 documentation / AlterTableGetLockLevel()
    switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartitionFinalize:
        return L::ShareUpdateExclusive;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition:
        return def && def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD &&
                       def->partition_cmd->concurrent
                   ? L::ShareUpdateExclusive
                   : L::AccessExclusive;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser:
        return L::ShareRowExclusive;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
        return def && def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
                       def->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN
                   ? L::ShareRowExclusive
                   : L::AccessExclusive;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions: {
        // autovacuum, fillfactor, toast_tuple_target, parallel_workers... take SHARE UPDATE
        // EXCLUSIVE
        static const QStringList light = {
            QStringLiteral("fillfactor"),       QStringLiteral("toast_tuple_target"),
            QStringLiteral("parallel_workers"), QStringLiteral("vacuum_index_cleanup"),
            QStringLiteral("vacuum_truncate"),  QStringLiteral("user_catalog_table")};
        LockMode mode = L::ShareUpdateExclusive;
        const NodeList options = def && def->node_case == PG_QUERY__NODE__NODE_LIST
                                     ? nodes(def->list->n_items, def->list->items)
                                     : NodeList();
        for (const Node *option : options) {
            if (option->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
                continue;
            const QString name = text(option->def_elem->defname);
            const bool isLight = light.contains(name) ||
                                 name.startsWith(QLatin1String("autovacuum_")) ||
                                 name.startsWith(QLatin1String("log_autovacuum"));
            if (!isLight)
                mode = L::AccessExclusive;
        }
        return mode;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_CheckNotNull:
        return L::AccessShare;
    default:
        return L::AccessExclusive; // everything else, ADD/DROP COLUMN, ALTER TYPE, SET/DROP
                                   // DEFAULT, NOT NULL, ...
    }
}

StatementForecast LockForecaster::forecast(const Node *node, const ReviewContext &context)
{
    StatementForecast f;
    if (!forecastSchemaChange(node, context, f) && !forecastRowAccess(node, f) &&
        !forecastMaintenance(node, f))
        forecastOther(node, f);
    if (f.rewritesTable || f.scansTable)
        f.duration = DurationClass::TableSize;
    return f;
}
