#include "lockforecaster.h"

#include "columnrules.h"
#include "parsetree.h"
#include "reviewcontext.h"

using namespace parsetree;

namespace {

using L = LockMode;

const QLatin1String kRelation("relation");

QString rangeVarName(const QJsonObject &fields, QLatin1String key)
{
    return relationName(child(fields, key, QLatin1String("RangeVar")));
}

QString defElemOption(const QJsonArray &options, QLatin1String name)
{
    for (const QJsonValue &option : options) {
        const QJsonObject fields = body(option);
        if (str(fields, QLatin1String("defname")) == name)
            return fields.contains(QLatin1String("arg")) ? constText(fields.value(QLatin1String("arg")))
                                                         : QStringLiteral("true");
    }
    return {};
}

bool optionOn(const QJsonArray &options, QLatin1String name)
{
    const QString value = defElemOption(options, name).toLower();
    return !value.isEmpty() && value != u"false" && value != u"off" && value != u"0";
}

// Relations a query reads: RangeVars in FROM clauses, joins and subqueries.
void collectReadRelations(const QJsonValue &value, StatementForecast &forecast, LockMode mode)
{
    ColumnRules::forEachNode(value, [&](const QString &type, const QJsonObject &fields) {
        if (type == u"RangeVar")
            forecast.addLock(relationName(fields), mode);
    });
}

void forecastAlterTable(const QJsonObject &stmt, const ReviewContext &context, StatementForecast &f)
{
    const QString table = rangeVarName(stmt, kRelation);
    const QString objtype = str(stmt, QLatin1String("objtype"));
    f.command = objtype == u"OBJECT_INDEX" ? QStringLiteral("ALTER INDEX")
                : objtype == u"OBJECT_MATVIEW" ? QStringLiteral("ALTER MATERIALIZED VIEW")
                : objtype == u"OBJECT_VIEW"    ? QStringLiteral("ALTER VIEW")
                                               : QStringLiteral("ALTER TABLE");
    LockMode mode = L::ShareUpdateExclusive; // the weakest any subcommand takes
    QStringList notes;
    for (const QJsonValue &item : list(stmt, QLatin1String("cmds"))) {
        const QJsonObject cmd = body(item);
        const QString subtype = str(cmd, QLatin1String("subtype"));
        mode = std::max(mode, LockForecaster::alterTableCommandLock(cmd));
        const QJsonObject def = cmd.value(QLatin1String("def")).toObject();
        const QString column = str(cmd, QLatin1String("name"));
        if (subtype == u"AT_AddColumn") {
            QString why;
            const QJsonObject columnDef = body(def);
            if (ColumnRules::addColumnRewrites(columnDef, context.serverVersion(), &why)) {
                f.rewritesTable = true;
                notes << why;
            }
            for (const QJsonValue &constraint : list(columnDef, QLatin1String("constraints"))) {
                const QJsonObject fields = body(constraint);
                const QString kind = str(fields, QLatin1String("contype"));
                if (kind == u"CONSTR_FOREIGN") {
                    f.addLock(table, L::AccessExclusive);
                    f.addLock(rangeVarName(fields, QLatin1String("pktable")), L::ShareRowExclusive);
                    f.scansTable = true;
                } else if (kind == u"CONSTR_CHECK" || kind == u"CONSTR_PRIMARY" || kind == u"CONSTR_UNIQUE"
                           || kind == u"CONSTR_NOTNULL" && columnDef.contains(QLatin1String("identity"))) {
                    f.scansTable = true;
                }
            }
        } else if (subtype == u"AT_AlterColumnType") {
            const auto from = context.columnType(table, column);
            const TypeInfo to = typeInfo(body(def).value(QLatin1String("typeName")).toObject());
            if (!from || body(def).contains(QLatin1String("raw_default")) || !ColumnRules::isBinaryCoercible(*from, to)) {
                f.rewritesTable = true;
                notes << QStringLiteral("the column type changes: the table and its indexes are rewritten");
            }
        } else if (subtype == u"AT_SetNotNull") {
            if (!(context.serverVersion() >= 12 && context.hasValidatedNotNull(table, column))) {
                f.scansTable = true;
                notes << QStringLiteral("SET NOT NULL scans every row");
            }
        } else if (subtype == u"AT_AddConstraint") {
            const QJsonObject constraint = body(def);
            const QString kind = str(constraint, QLatin1String("contype"));
            const bool notValid = flag(constraint, QLatin1String("skip_validation"));
            if (kind == u"CONSTR_FOREIGN") {
                f.addLock(rangeVarName(constraint, QLatin1String("pktable")), L::ShareRowExclusive);
                if (!notValid) {
                    f.scansTable = true;
                    notes << QStringLiteral("the foreign key is validated by a scan");
                }
            } else if (kind == u"CONSTR_CHECK" && !notValid) {
                f.scansTable = true;
                notes << QStringLiteral("the check is validated by a scan");
            } else if ((kind == u"CONSTR_PRIMARY" || kind == u"CONSTR_UNIQUE" || kind == u"CONSTR_EXCLUSION")
                       && !constraint.contains(QLatin1String("indexname"))) {
                f.scansTable = true;
                notes << QStringLiteral("an index is built");
            }
        } else if (subtype == u"AT_ValidateConstraint") {
            f.scansTable = true;
            notes << QStringLiteral("VALIDATE scans the table but lets reads and writes continue");
        } else if (subtype == u"AT_SetTableSpace" || subtype == u"AT_SetLogged" || subtype == u"AT_SetUnLogged"
                   || subtype == u"AT_SetAccessMethod") {
            f.rewritesTable = true;
            notes << QStringLiteral("the table is copied");
        } else if (subtype == u"AT_AttachPartition") {
            f.addLock(rangeVarName(body(def), QLatin1String("name")), L::AccessExclusive);
            f.scansTable = true;
            notes << QStringLiteral("the partition is scanned unless a CHECK proves the bound");
        } else if (subtype == u"AT_DetachPartition") {
            const bool concurrent = flag(body(def), QLatin1String("concurrent"));
            f.addLock(rangeVarName(body(def), QLatin1String("name")),
                      concurrent ? L::ShareUpdateExclusive : L::AccessExclusive);
            if (concurrent)
                f.transactionAllowed = false;
        }
    }
    f.addLock(table, mode);
    // keep the table first
    std::stable_partition(f.locks.begin(), f.locks.end(), [&](const RelationLock &l) { return l.relation == table; });
    f.note = notes.join(QStringLiteral("; "));
}

LockMode lockStatementMode(int mode)
{
    return mode >= 1 && mode <= 8 ? LockMode(mode) : L::AccessExclusive;
}

} // namespace

LockMode LockForecaster::alterTableCommandLock(const QJsonObject &cmd)
{
    const QString subtype = str(cmd, QLatin1String("subtype"));
    // ALTER TABLE page of the PostgreSQL 15 documentation / AlterTableGetLockLevel()
    if (subtype == u"AT_SetStatistics" || subtype == u"AT_ClusterOn" || subtype == u"AT_DropCluster"
        || subtype == u"AT_SetOptions" || subtype == u"AT_ResetOptions" || subtype == u"AT_ValidateConstraint"
        || subtype == u"AT_AttachPartition" || subtype == u"AT_DetachPartitionFinalize")
        return L::ShareUpdateExclusive;
    if (subtype == u"AT_DetachPartition")
        return flag(body(cmd.value(QLatin1String("def"))), QLatin1String("concurrent")) ? L::ShareUpdateExclusive
                                                                                           : L::AccessExclusive;
    if (subtype.startsWith(QLatin1String("AT_EnableTrig")) || subtype.startsWith(QLatin1String("AT_DisableTrig"))
        || subtype == u"AT_EnableAlwaysTrig" || subtype == u"AT_EnableReplicaTrig")
        return L::ShareRowExclusive;
    if (subtype == u"AT_AddConstraint") {
        const QString kind = str(body(cmd.value(QLatin1String("def"))), QLatin1String("contype"));
        return kind == u"CONSTR_FOREIGN" ? L::ShareRowExclusive : L::AccessExclusive;
    }
    if (subtype == u"AT_SetRelOptions" || subtype == u"AT_ResetRelOptions") {
        // autovacuum, fillfactor, toast_tuple_target, parallel_workers... take SHARE UPDATE EXCLUSIVE
        static const QStringList light = {QStringLiteral("fillfactor"), QStringLiteral("toast_tuple_target"),
                                          QStringLiteral("parallel_workers"), QStringLiteral("vacuum_index_cleanup"),
                                          QStringLiteral("vacuum_truncate"), QStringLiteral("user_catalog_table")};
        LockMode mode = L::ShareUpdateExclusive;
        for (const QJsonValue &option : cmd.value(QLatin1String("def")).toArray()) {
            const QString name = str(body(option), QLatin1String("defname"));
            const bool isLight = light.contains(name) || name.startsWith(QLatin1String("autovacuum_"))
                                 || name.startsWith(QLatin1String("log_autovacuum"));
            if (!isLight)
                mode = L::AccessExclusive;
        }
        return mode;
    }
    if (subtype == u"AT_CheckNotNull")
        return L::AccessShare;
    return L::AccessExclusive; // everything else, ADD/DROP COLUMN, ALTER TYPE, SET/DROP DEFAULT, NOT NULL, ...
}

StatementForecast LockForecaster::forecast(const QJsonObject &node, const ReviewContext &context)
{
    StatementForecast f;
    const QString kind = type(node);
    const QJsonObject stmt = body(node);
    const QString relation = rangeVarName(stmt, kRelation);

    if (kind == u"AlterTableStmt") {
        forecastAlterTable(stmt, context, f);
    } else if (kind == u"IndexStmt") {
        const bool concurrent = flag(stmt, QLatin1String("concurrent"));
        f.command = concurrent ? QStringLiteral("CREATE INDEX CONCURRENTLY") : QStringLiteral("CREATE INDEX");
        f.addLock(relation, concurrent ? L::ShareUpdateExclusive : L::Share);
        f.scansTable = true;
        f.transactionAllowed = !concurrent;
        f.note = concurrent ? QStringLiteral("two scans; waits for transactions that could see the old state")
                            : QStringLiteral("writes wait for the whole index build");
    } else if (kind == u"DropStmt") {
        const QString object = str(stmt, QLatin1String("removeType"));
        const bool concurrent = flag(stmt, QLatin1String("concurrent"));
        QStringList names;
        for (const QJsonValue &item : list(stmt, QLatin1String("objects")))
            names << strings(body(item).isEmpty() ? item.toArray() : list(body(item), QLatin1String("items")))
                         .join(u'.');
        if (object == u"OBJECT_INDEX") {
            f.command = concurrent ? QStringLiteral("DROP INDEX CONCURRENTLY") : QStringLiteral("DROP INDEX");
            for (const QString &name : names)
                f.addLock(name, concurrent ? L::ShareUpdateExclusive : L::AccessExclusive);
            f.transactionAllowed = !concurrent;
            f.note = concurrent ? QString() : QStringLiteral("the index's table is locked ACCESS EXCLUSIVE too");
        } else if (object == u"OBJECT_TABLE" || object == u"OBJECT_VIEW" || object == u"OBJECT_MATVIEW"
                   || object == u"OBJECT_FOREIGN_TABLE" || object == u"OBJECT_SEQUENCE") {
            f.command = QStringLiteral("DROP");
            for (const QString &name : names)
                f.addLock(name, L::AccessExclusive);
        } else if (object == u"OBJECT_TRIGGER" || object == u"OBJECT_RULE" || object == u"OBJECT_POLICY") {
            f.command = QStringLiteral("DROP");
            for (QString name : names) {
                const int dot = name.lastIndexOf(u'.');
                f.addLock(dot > 0 ? name.left(dot) : name, L::AccessExclusive); // the table it belongs to
            }
        } else {
            f.command = QStringLiteral("DROP");
        }
    } else if (kind == u"CreateStmt") {
        f.command = QStringLiteral("CREATE TABLE");
        for (const QJsonValue &item : list(stmt, QLatin1String("tableElts")) + list(stmt, QLatin1String("constraints")))
            ColumnRules::forEachNode(item, [&](const QString &t, const QJsonObject &fields) {
                if (t == u"Constraint" && str(fields, QLatin1String("contype")) == u"CONSTR_FOREIGN")
                    f.addLock(rangeVarName(fields, QLatin1String("pktable")), L::ShareRowExclusive);
            });
        for (const QJsonValue &parent : list(stmt, QLatin1String("inhRelations")))
            f.addLock(relationName(body(parent)), stmt.contains(QLatin1String("partbound")) ? L::AccessExclusive
                                                                                             : L::ShareUpdateExclusive);
    } else if (kind == u"UpdateStmt" || kind == u"DeleteStmt" || kind == u"InsertStmt" || kind == u"MergeStmt") {
        f.command = kind.chopped(4).toUpper();
        f.addLock(relation, L::RowExclusive);
        for (QLatin1String key : {QLatin1String("fromClause"), QLatin1String("usingClause"),
                                  QLatin1String("whereClause"), QLatin1String("selectStmt"),
                                  QLatin1String("sourceRelation")})
            collectReadRelations(stmt.value(key), f, L::AccessShare);
        f.duration = DurationClass::RowsTouched;
    } else if (kind == u"SelectStmt") {
        f.command = QStringLiteral("SELECT");
        const bool locking = !list(stmt, QLatin1String("lockingClause")).isEmpty();
        collectReadRelations(stmt.value(QLatin1String("fromClause")), f, locking ? L::RowShare : L::AccessShare);
        f.duration = f.locks.isEmpty() ? DurationClass::Instant : DurationClass::RowsTouched;
    } else if (kind == u"CreateTrigStmt") {
        f.command = QStringLiteral("CREATE TRIGGER");
        f.addLock(relation, L::ShareRowExclusive);
    } else if (kind == u"CommentStmt") {
        f.command = QStringLiteral("COMMENT ON");
        const QString object = str(stmt, QLatin1String("objtype"));
        if (object == u"OBJECT_TABLE" || object == u"OBJECT_COLUMN" || object == u"OBJECT_VIEW"
            || object == u"OBJECT_MATVIEW" || object == u"OBJECT_INDEX") {
            QStringList names = strings(list(body(stmt.value(QLatin1String("object"))), QLatin1String("items")));
            if (object == u"OBJECT_COLUMN" && !names.isEmpty())
                names.removeLast();
            f.addLock(names.join(u'.'), L::ShareUpdateExclusive);
        }
    } else if (kind == u"LockStmt") {
        f.command = QStringLiteral("LOCK TABLE");
        for (const QJsonValue &item : list(stmt, QLatin1String("relations")))
            f.addLock(relationName(body(item)), lockStatementMode(integer(stmt, QLatin1String("mode"), 8)));
    } else if (kind == u"TruncateStmt") {
        f.command = QStringLiteral("TRUNCATE");
        for (const QJsonValue &item : list(stmt, QLatin1String("relations")))
            f.addLock(relationName(body(item)), L::AccessExclusive);
    } else if (kind == u"VacuumStmt") {
        const bool vacuum = flag(stmt, QLatin1String("is_vacuumcmd"));
        const bool full = optionOn(list(stmt, QLatin1String("options")), QLatin1String("full"));
        f.command = vacuum ? (full ? QStringLiteral("VACUUM FULL") : QStringLiteral("VACUUM")) : QStringLiteral("ANALYZE");
        for (const QJsonValue &item : list(stmt, QLatin1String("rels")))
            f.addLock(rangeVarName(body(item), kRelation), full ? L::AccessExclusive : L::ShareUpdateExclusive);
        f.transactionAllowed = !vacuum;
        f.scansTable = true;
        f.rewritesTable = full;
    } else if (kind == u"ReindexStmt") {
        const bool concurrent = optionOn(list(stmt, QLatin1String("params")), QLatin1String("concurrently"));
        f.command = concurrent ? QStringLiteral("REINDEX CONCURRENTLY") : QStringLiteral("REINDEX");
        const bool index = str(stmt, QLatin1String("kind")) == u"REINDEX_OBJECT_INDEX";
        f.addLock(relation, concurrent ? L::ShareUpdateExclusive : index ? L::AccessExclusive : L::Share);
        f.transactionAllowed = !concurrent;
        f.scansTable = true;
        f.note = index && !concurrent ? QStringLiteral("the index's table is locked SHARE (writes wait)") : QString();
    } else if (kind == u"ClusterStmt") {
        f.command = QStringLiteral("CLUSTER");
        f.addLock(relation, L::AccessExclusive);
        f.rewritesTable = true;
    } else if (kind == u"RenameStmt") {
        const QString object = str(stmt, QLatin1String("renameType"));
        f.command = QStringLiteral("RENAME");
        // ALTER INDEX ... RENAME takes SHARE UPDATE EXCLUSIVE since PostgreSQL 12
        const bool index = object == u"OBJECT_INDEX";
        f.addLock(relation, index && context.serverVersion() >= 12 ? L::ShareUpdateExclusive : L::AccessExclusive);
    } else if (kind == u"AlterObjectSchemaStmt") {
        f.command = QStringLiteral("SET SCHEMA");
        f.addLock(relation, L::AccessExclusive);
    } else if (kind == u"CreateStatsStmt") {
        f.command = QStringLiteral("CREATE STATISTICS");
        for (const QJsonValue &item : list(stmt, QLatin1String("relations")))
            f.addLock(relationName(body(item)), L::ShareUpdateExclusive);
    } else if (kind == u"RefreshMatViewStmt") {
        const bool concurrent = flag(stmt, QLatin1String("concurrent"));
        f.command = QStringLiteral("REFRESH MATERIALIZED VIEW");
        f.addLock(relation, concurrent ? L::Exclusive : L::AccessExclusive);
        f.rewritesTable = true;
    } else if (kind == u"RuleStmt" || kind == u"CreatePolicyStmt" || kind == u"AlterPolicyStmt") {
        f.command = kind == u"RuleStmt" ? QStringLiteral("CREATE RULE") : QStringLiteral("POLICY");
        f.addLock(relation.isEmpty() ? rangeVarName(stmt, QLatin1String("table")) : relation, L::AccessExclusive);
    } else if (kind == u"ViewStmt") {
        f.command = QStringLiteral("CREATE VIEW");
        if (flag(stmt, QLatin1String("replace")))
            f.addLock(rangeVarName(stmt, QLatin1String("view")), L::AccessExclusive);
    } else if (kind == u"DoStmt") {
        f.command = QStringLiteral("DO");
        f.duration = DurationClass::RowsTouched;
        f.note = QStringLiteral("a procedural block: locks are taken by the statements inside");
    } else if (kind == u"TransactionStmt") {
        f.command = QStringLiteral("TRANSACTION");
    } else if (kind == u"VariableSetStmt") {
        f.command = QStringLiteral("SET");
    } else {
        f.command = kind.endsWith(QLatin1String("Stmt")) ? kind.chopped(4) : kind;
    }

    if (f.rewritesTable || f.scansTable)
        f.duration = DurationClass::TableSize;
    return f;
}
