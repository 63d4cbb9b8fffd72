#include "postgresdialect.h"

#include "base/identifierrules.h"
#include "base/inerttext.h"
#include "postgresbackfill.h"

#include <algorithm>

namespace {

Statement ddl(const QString &sql, const QString &purpose, const QString &lock,
              bool transactional = true)
{
    return Statement::make(Statement::Ddl, sql, purpose, lock, transactional);
}

QString dropConstraint(const CompileContext &ctx, const QString &name)
{
    return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
        .arg(ctx.qTable, ctx.q(name));
}

QList<Statement> timeouts(const CompileContext &ctx, int statementTimeoutMs, const QString &why)
{
    return {
        Statement::make(
            Statement::Setting,
            QStringLiteral("SET lock_timeout = '%1ms'").arg(ctx.plan.backfill.lockTimeoutMs),
            QStringLiteral(
                "give up instead of queueing behind a long transaction (and blocking the table)"),
            QStringLiteral("none")),
        Statement::make(Statement::Setting,
                        QStringLiteral("SET statement_timeout = '%1ms'").arg(statementTimeoutMs),
                        why, QStringLiteral("none"))};
}

QString regclass(const CompileContext &ctx)
{
    return ctx.literal(ctx.qTable) + QStringLiteral("::regclass");
}

// The sync trigger (backfill.sync_trigger): a function that evaluates the backfill expression
// over the row being written, and a BEFORE INSERT OR UPDATE trigger that calls it. The
// expression names the row's columns bare, so it is evaluated over (SELECT NEW.*) under the
// table's name. Always recomputed: the column is derived. A session that sets
// column_planner.sync_trigger = 'off' (the backfill's rollback) writes the column itself.
QString syncFunction(const CompileContext &ctx)
{
    return quoteQualified(ctx.schema, ctx.syncName, ctx.dialect);
}

QList<Statement> createSync(const CompileContext &ctx)
{
    const QString body =
        QStringLiteral(
            "\n#variable_conflict use_column\nBEGIN\n"
            "    IF current_setting('column_planner.sync_trigger', true) = 'off' THEN\n        "
            "RETURN NEW;\n    END IF;\n"
            "    SELECT (%1)::%2 INTO NEW.%3 FROM (SELECT NEW.*) AS %4;\n    RETURN NEW;\nEND\n")
            .arg(*ctx.column.backfill, ctx.typeSql, ctx.qColumn, ctx.q(ctx.tableName));
    const QString tag = InertText::dollarTag(body, QStringLiteral("cp_sync"));
    const QString function =
        QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger\nLANGUAGE plpgsql AS ")
            .arg(syncFunction(ctx)) +
        tag + body + tag;
    Statement createFunction =
        ddl(function,
            QStringLiteral("the trigger function: computes %1 from the row being written")
                .arg(ctx.column.name),
            QStringLiteral("none on the table"));
    const bool replace = ctx.version >= 140000;
    Statement trigger = ddl(
        QStringLiteral(
            "CREATE %1TRIGGER %2 BEFORE INSERT OR UPDATE ON %3 FOR EACH ROW EXECUTE %4 %5()")
            .arg(replace ? QStringLiteral("OR REPLACE ") : QString(), ctx.q(ctx.syncName),
                 ctx.qTable,
                 ctx.version >= 110000 ? QStringLiteral("FUNCTION") : QStringLiteral("PROCEDURE"),
                 syncFunction(ctx)),
        QStringLiteral("keep rows the application inserts or updates during the backfill in sync "
                       "(dropped in enforce)"),
        QStringLiteral("SHARE ROW EXCLUSIVE (brief)"));
    if (!replace)
        trigger.skipIf =
            QStringLiteral(
                "SELECT count(*) FROM pg_trigger WHERE tgrelid = %1::regclass AND tgname = %2")
                .arg(ctx.literal(ctx.qTable), ctx.literal(ctx.syncName));
    trigger.warnings << QStringLiteral("every INSERT and UPDATE on the table evaluates the "
                                       "backfill expression until enforce drops the trigger");
    return {createFunction, trigger};
}

QList<Statement> dropSync(const CompileContext &ctx, const QString &why)
{
    QString drop =
        QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(ctx.q(ctx.syncName), ctx.qTable);
    // On a partitioned table DROP TRIGGER drops the partitions' clones before locking the table
    // itself, the reverse of the application's INSERT and UPDATE: a deadlock, whose victim may be
    // the application. Locking the table first (and with it every partition) keeps the order.
    if (ctx.table && !ctx.table->partitionKey.isEmpty())
        drop = QStringLiteral("BEGIN; LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE; %2; COMMIT")
                   .arg(ctx.qTable, drop);
    return {ddl(drop, why, QStringLiteral("ACCESS EXCLUSIVE (brief, metadata only)")),
            ddl(QStringLiteral("DROP FUNCTION IF EXISTS %1()").arg(syncFunction(ctx)),
                QStringLiteral("drop the trigger function"), QStringLiteral("none on the table"))};
}

Statement setting(const QString &sql, const QString &purpose)
{
    return Statement::make(Statement::Setting, sql, purpose, QStringLiteral("none"));
}

// Whether the named constraint exists on the table already (a rerun skips adding it).
QString constraintExists(const CompileContext &ctx, const QString &name)
{
    return QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = %1 AND conname = %2")
        .arg(regclass(ctx), ctx.literal(name));
}

// What the phases read: the context with what existing rows get decided, and whether ADD COLUMN
// makes the column NOT NULL already.
struct PhaseInputs
{
    CompileContext c;
    int timeoutMs = 0;
    bool notNullInAdd = false;
};

PhaseInputs phaseInputs(const CompileContext &ctx)
{
    PhaseInputs in;
    in.c = ctx;
    CompileContext &c = in.c;
    const ColumnSpec &col = ctx.column;
    in.timeoutMs = ctx.plan.backfill.statementTimeoutMs;
    // What existing rows get: the backfill expression; or the default when ADD COLUMN cannot
    // attach it for free (PostgreSQL 10, a volatile default) or a backfill is also given.
    c.defaultInAddColumn =
        col.defaultExpr && !col.backfill && ctx.version >= 110000 && !c.defaultVolatile;
    if (col.backfill)
        c.fill = col.backfill;
    else if (col.defaultExpr && !c.defaultInAddColumn)
        c.fill = col.defaultExpr;
    // NOT NULL with a fast default: every existing row reads the (non-NULL) default, so PostgreSQL
    // 11+ adds the column NOT NULL without a scan; no helper constraint is needed.
    in.notNullInAdd =
        !col.nullable && c.defaultInAddColumn &&
        col.defaultExpr->trimmed().compare(QStringLiteral("null"), Qt::CaseInsensitive) != 0;
    return in;
}

// ---- expand

// CREATE TYPE has no IF NOT EXISTS: a DO block creates the enum type unless it exists.
Statement createEnumType(const CompileContext &c)
{
    QStringList values;
    for (const QString &value : c.column.enumValues)
        values << c.literal(value);
    const QString body =
        QStringLiteral("\nBEGIN\n    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace "
                       "n ON n.oid = t.typnamespace\n"
                       "                   WHERE n.nspname = %1 AND t.typname = %2) THEN\n"
                       "        CREATE TYPE %3 AS ENUM (%4);\n    END IF;\nEND\n")
            .arg(c.literal(c.schema), c.literal(c.enumTypeName), c.typeSql,
                 values.join(QStringLiteral(", ")));
    // Labels and names come from the plan: the tag is one the body does not contain.
    const QString tag = InertText::dollarTag(body, QStringLiteral("cp_type"));
    return ddl(QStringLiteral("DO ") + tag + body + tag,
               QStringLiteral(
                   "create the enum type %1 unless it exists (CREATE TYPE has no IF NOT EXISTS)")
                   .arg(c.enumTypeName),
               QStringLiteral("none on the table"));
}

// ADD COLUMN, with the default and NOT NULL where the server version makes them free.
Statement addColumn(const PhaseInputs &in)
{
    const CompileContext &c = in.c;
    QString add = QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 %3")
                      .arg(c.qTable, c.qColumn, c.typeSql);
    if (in.notNullInAdd)
        add += QStringLiteral(" NOT NULL");
    if (c.defaultInAddColumn)
        add += QStringLiteral(" DEFAULT %1").arg(*c.column.defaultExpr);
    return ddl(
        add,
        in.notNullInAdd
            ? QStringLiteral("add the column NOT NULL with a non-volatile default: PostgreSQL 11+ "
                             "stores the default in the catalog, "
                             "existing rows read it, so there is neither a rewrite nor a scan")
        : c.defaultInAddColumn
            ? QStringLiteral("add the column with a non-volatile default: PostgreSQL 11+ stores it "
                             "in the catalog, existing rows read it without a rewrite")
            : QStringLiteral(
                  "add the column, nullable and without a default: a catalog change only"),
        QStringLiteral("ACCESS EXCLUSIVE (brief, metadata only)"));
}

// The default for new rows, set after ADD COLUMN where attaching it there would rewrite the table.
Statement setDefault(const CompileContext &c)
{
    Statement statement =
        ddl(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3")
                .arg(c.qTable, c.qColumn, *c.column.defaultExpr),
            QStringLiteral(
                "new rows get the default from now on; existing rows are filled by the backfill"),
            QStringLiteral("ACCESS EXCLUSIVE (brief, metadata only)"));
    if (c.version < 110000)
        statement.warnings << QStringLiteral(
            "PostgreSQL 10 rewrites the whole table for ADD COLUMN ... DEFAULT, so the default "
            "is set separately");
    else if (c.defaultVolatile)
        statement.warnings << QStringLiteral(
            "the default is volatile (evaluated per row): in ADD COLUMN it would rewrite the "
            "table, so it is set separately");
    return statement;
}

// Drops the sync trigger, the column and the enum type expand created.
void addExpandRollback(const PhaseInputs &in, Phase &expand)
{
    const CompileContext &c = in.c;
    expand.rollback << timeouts(c, in.timeoutMs,
                                QStringLiteral("dropping a column is a catalog change only"));
    if (!c.syncName.isEmpty())
        expand.rollback << dropSync(
            c, QStringLiteral("drop the sync trigger before the column it writes"));
    expand.rollback << ddl(
        QStringLiteral("ALTER TABLE %1 DROP COLUMN IF EXISTS %2").arg(c.qTable, c.qColumn),
        QStringLiteral("drop the new column with its default, comment and values (a catalog "
                       "change; space is reclaimed by later rewrites)"),
        QStringLiteral("ACCESS EXCLUSIVE (brief, metadata only)"));
    if (c.createEnum)
        expand.rollback << ddl(
            QStringLiteral("DROP TYPE IF EXISTS %1").arg(c.typeSql),
            QStringLiteral(
                "drop the enum type created by expand (refused if something else uses it)"),
            QStringLiteral("none on the table"));
    expand.rollbackNote =
        c.createEnum ? QStringLiteral("drops the column and the enum type it created: undoes "
                                      "expand and, with it, the backfill")
                     : QStringLiteral("drops the column: undoes expand and, with it, the backfill");
    if (!c.syncName.isEmpty())
        expand.rollbackNote.replace(
            QStringLiteral("drops the column"),
            QStringLiteral("drops the sync trigger and function, the column"));
}

Phase expandPhase(const PhaseInputs &in)
{
    const CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    Phase expand;
    expand.name = QStringLiteral("expand");
    expand.purpose =
        in.notNullInAdd
            ? QStringLiteral(
                  "add %1 NOT NULL with its default (metadata only, no rewrite, no scan)")
                  .arg(col.name)
            : QStringLiteral("add %1 as a nullable column (metadata only, no table rewrite)")
                  .arg(col.name);
    expand.statements << timeouts(c, in.timeoutMs,
                                  QStringLiteral("no DDL here should take long; stop if one does"));
    if (c.createEnum)
        expand.statements << createEnumType(c);
    expand.statements << addColumn(in);
    // The sync trigger before the default: a row the application inserts in between gets NULL,
    // which the backfill fills, never the default, which it would leave as it is.
    if (!c.syncName.isEmpty())
        expand.statements << createSync(c);
    if (col.defaultExpr && !c.defaultInAddColumn)
        expand.statements << setDefault(c);
    if (!col.comment.isEmpty())
        expand.statements << ddl(QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                                     .arg(c.qTable, c.qColumn, c.literal(col.comment)),
                                 QStringLiteral("document the column"),
                                 QStringLiteral("SHARE UPDATE EXCLUSIVE (brief)"));
    addExpandRollback(in, expand);
    return expand;
}

// ---- enforce

// The enforce phase as its steps build it: the phase, what it enforces (for its purpose line)
// and the constraints verify must then find validated.
struct Enforcement
{
    Phase phase;
    QStringList what;
    QStringList validated;
};

// VALIDATE and CREATE INDEX CONCURRENTLY run without a time limit, between these two.
Statement noTimeout()
{
    return setting(QStringLiteral("SET statement_timeout = 0"),
                   QStringLiteral("VALIDATE and CREATE INDEX CONCURRENTLY scan the table "
                                  "but let reads and writes continue: no time limit"));
}

Statement backToTimeout(int timeoutMs)
{
    return setting(QStringLiteral("SET statement_timeout = '%1ms'").arg(timeoutMs),
                   QStringLiteral("back to short catalog changes"));
}

// The backfill is done: the sync trigger goes, and comes back if enforce fails after.
QList<Statement> dropSyncAfterBackfill(const CompileContext &c)
{
    QList<Statement> drops = dropSync(
        c, QStringLiteral("the backfill is done: from now on the application writes %1 itself "
                          "(to keep the trigger, delete these two statements from the plan's "
                          "enforce)")
               .arg(c.column.name));
    // A failed enforce puts the trigger back: the application's rows keep getting the value.
    const QList<Statement> recreate = createSync(c);
    drops[0].undo << recreate[1].sql;
    drops[1].undo << recreate[0].sql;
    return drops;
}

// CHECK ... NOT VALID, then VALIDATE without blocking writers.
void enforceCheck(const PhaseInputs &in, Enforcement &e)
{
    const CompileContext &c = in.c;
    const QString check = *c.column.check;
    e.what << QStringLiteral("check");
    Statement add =
        ddl(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3) NOT VALID")
                .arg(c.qTable, c.q(c.checkName), check),
            QStringLiteral("add the CHECK for new and updated rows without scanning existing ones"),
            QStringLiteral("ACCESS EXCLUSIVE (brief, no scan)"));
    add.violation = QStringLiteral("NOT (%1)").arg(check);
    add.undo << dropConstraint(c, c.checkName);
    add.skipIf = constraintExists(c, c.checkName);
    e.phase.statements << add << noTimeout()
                       << ddl(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                                  .arg(c.qTable, c.q(c.checkName)),
                              QStringLiteral("prove existing rows satisfy the CHECK"),
                              QStringLiteral(
                                  "SHARE UPDATE EXCLUSIVE (scans; reads and writes continue)"))
                       << backToTimeout(in.timeoutMs);
    e.validated << c.checkName;
}

// PostgreSQL 18: a NOT NULL constraint NOT VALID, then VALIDATE.
void enforceNotNullConstraint(const PhaseInputs &in, Enforcement &e)
{
    const CompileContext &c = in.c;
    Statement add = ddl(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 NOT NULL %3 NOT VALID")
                            .arg(c.qTable, c.q(c.notNullName), c.qColumn),
                        QStringLiteral("PostgreSQL 18: a NOT NULL constraint that new rows "
                                       "obey, existing rows not yet scanned"),
                        QStringLiteral("ACCESS EXCLUSIVE (brief, no scan)"));
    add.violation = QStringLiteral("%1 IS NULL").arg(c.qColumn);
    add.undo << dropConstraint(c, c.notNullName);
    e.phase.statements << add << noTimeout()
                       << ddl(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                                  .arg(c.qTable, c.q(c.notNullName)),
                              QStringLiteral("prove no row is NULL; the column becomes NOT NULL"),
                              QStringLiteral(
                                  "SHARE UPDATE EXCLUSIVE (scans; reads and writes continue)"))
                       << backToTimeout(in.timeoutMs);
    e.validated << c.notNullName;
}

// PostgreSQL 12 to 17: SET NOT NULL proven by the validated CHECK, so no scan; then the helper
// CHECK goes.
void setNotNullFromCheck(const CompileContext &c, Enforcement &e)
{
    Statement set =
        ddl(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL").arg(c.qTable, c.qColumn),
            QStringLiteral("mark the column NOT NULL: the validated CHECK proves it, so no scan"),
            QStringLiteral("ACCESS EXCLUSIVE (brief, no scan)"));
    set.violation = QStringLiteral("%1 IS NULL").arg(c.qColumn);
    set.undo
        << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL").arg(c.qTable, c.qColumn);
    e.phase.statements << set
                       << ddl(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                                  .arg(c.qTable, c.q(c.notNullName)),
                              QStringLiteral("drop the helper CHECK: NOT NULL now holds"),
                              QStringLiteral("ACCESS EXCLUSIVE (brief)"));
}

// Before 12, SET NOT NULL ignores the CHECK and scans the table under ACCESS EXCLUSIVE: the
// validated CHECK enforces the rule without that lock, and the script says how to finish later.
void keepNotNullCheck(const CompileContext &c, Enforcement &e, QStringList &scriptWarnings)
{
    const int v = c.version;
    e.validated << c.notNullName;
    const QString later = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT "
                                         "NULL; ALTER TABLE %1 DROP CONSTRAINT %3;")
                              .arg(c.qTable, c.qColumn, c.q(c.notNullName));
    e.phase.statements << Statement::make(
        Statement::Comment,
        QStringLiteral("after upgrading to PostgreSQL 12 or later (instant there, "
                       "proven by the CHECK):\n") +
            later,
        QStringLiteral("NOT NULL stays a validated CHECK (%1 IS NOT NULL): PostgreSQL %2 "
                       "would scan the whole table "
                       "under ACCESS EXCLUSIVE for SET NOT NULL, blocking reads and writes")
            .arg(c.qColumn)
            .arg(v / 10000),
        QStringLiteral("none"));
    scriptWarnings << QStringLiteral("PostgreSQL %1: NOT NULL is enforced by the validated "
                                     "CHECK %2, not by the column's "
                                     "NOT NULL flag (SET NOT NULL would scan the table under "
                                     "ACCESS EXCLUSIVE); see the enforce phase")
                          .arg(v / 10000)
                          .arg(c.notNullName);
}

// Before PostgreSQL 18: a helper CHECK (col IS NOT NULL) NOT VALID, validated without blocking
// writers, then turned into the column's NOT NULL where the server allows it without a scan.
void enforceNotNullThroughCheck(const PhaseInputs &in, Enforcement &e, QStringList &scriptWarnings)
{
    const CompileContext &c = in.c;
    Statement add =
        ddl(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IS NOT NULL) NOT VALID")
                .arg(c.qTable, c.q(c.notNullName), c.qColumn),
            QStringLiteral("helper CHECK (col IS NOT NULL) for new rows, without a scan"),
            QStringLiteral("ACCESS EXCLUSIVE (brief, no scan)"));
    add.violation = QStringLiteral("%1 IS NULL").arg(c.qColumn);
    add.undo << dropConstraint(c, c.notNullName);
    add.skipIf = constraintExists(c, c.notNullName);
    e.phase.statements
        << add << noTimeout()
        << ddl(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                   .arg(c.qTable, c.q(c.notNullName)),
               QStringLiteral("prove no row is NULL while reads and writes continue"),
               QStringLiteral("SHARE UPDATE EXCLUSIVE (scans; reads and writes continue)"))
        << backToTimeout(in.timeoutMs);
    if (c.version >= 120000)
        setNotNullFromCheck(c, e);
    else
        keepNotNullCheck(c, e, scriptWarnings);
}

// FOREIGN KEY ... NOT VALID, then VALIDATE.
void enforceForeignKey(const PhaseInputs &in, Enforcement &e)
{
    const CompileContext &c = in.c;
    e.what << QStringLiteral("foreign key");
    Statement add =
        ddl(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) REFERENCES %4 "
                           "(%5) ON DELETE %6 NOT VALID")
                .arg(c.qTable, c.q(c.foreignKeyName), c.qColumn, c.qReferencedTable,
                     c.qReferencedColumn, c.onDeleteSql),
            QStringLiteral("add the foreign key for new rows without checking existing ones"),
            QStringLiteral("SHARE ROW EXCLUSIVE on both tables (brief, no scan)"));
    add.violation =
        QStringLiteral("%1 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %2 AS cp_referenced "
                       "WHERE cp_referenced.%3 = %4.%1)")
            .arg(c.qColumn, c.qReferencedTable, c.qReferencedColumn, c.qTable);
    add.undo << dropConstraint(c, c.foreignKeyName);
    add.skipIf = constraintExists(c, c.foreignKeyName);
    e.phase.statements << add << noTimeout()
                       << ddl(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                                  .arg(c.qTable, c.q(c.foreignKeyName)),
                              QStringLiteral("prove existing rows reference existing keys"),
                              QStringLiteral(
                                  "SHARE UPDATE EXCLUSIVE here, ROW SHARE on the referenced table"))
                       << backToTimeout(in.timeoutMs);
    e.validated << c.foreignKeyName;
}

// CREATE INDEX CONCURRENTLY; a unique one then becomes a UNIQUE constraint.
void enforceIndex(const PhaseInputs &in, Enforcement &e)
{
    const CompileContext &c = in.c;
    const bool unique = c.column.index->unique;
    e.what << (unique ? QStringLiteral("unique index") : QStringLiteral("index"));
    const QString qIndex = quoteQualified(c.schema, c.indexName, c.dialect);
    Statement index =
        ddl(QStringLiteral("CREATE %1INDEX CONCURRENTLY IF NOT EXISTS %2 ON %3 USING %4 (%5)")
                .arg(unique ? QStringLiteral("UNIQUE ") : QString(), c.q(c.indexName), c.qTable,
                     c.column.index->method, c.qColumn),
            QStringLiteral("build the index while reads and writes continue"),
            QStringLiteral("SHARE UPDATE EXCLUSIVE (waits for older transactions)"), false);
    index.warnings << QStringLiteral("cannot run inside a transaction block; if it fails it "
                                     "leaves an INVALID index: "
                                     "DROP INDEX CONCURRENTLY IF EXISTS %1 and run it again")
                          .arg(qIndex);
    if (unique) // a failed build leaves an INVALID unique index that still rejects duplicates
        index.undo << QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1").arg(qIndex);
    e.phase.statements << noTimeout() << index << backToTimeout(in.timeoutMs);
    if (!unique)
        return;
    Statement constraint =
        ddl(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 UNIQUE USING INDEX %2")
                .arg(c.qTable, c.q(c.uniqueName)),
            QStringLiteral("turn the unique index into a UNIQUE constraint without rebuilding it"),
            QStringLiteral("ACCESS EXCLUSIVE (brief)"));
    constraint.undo << dropConstraint(c, c.uniqueName);
    constraint.skipIf = constraintExists(c, c.uniqueName);
    e.phase.statements << constraint;
}

// A partitioned table cannot build an index CONCURRENTLY: its index is created ON ONLY the
// partitioned tables (invalid, no scan), each leaf's built CONCURRENTLY and attached to its
// parent's, then each sub-partitioned table's attached bottom-up; the root's becomes valid when
// the last of its partitions' is attached.
void enforcePartitionedIndex(const PhaseInputs &in, Enforcement &e)
{
    const CompileContext &c = in.c;
    e.what << QStringLiteral("index on every partition");
    const QString method = c.column.index->method;
    auto qIndexOf = [&](const QString &schema, const QString &name) {
        return quoteQualified(schema, name, c.dialect);
    };
    QHash<QString, QString> qIndexOfTable; // qualified table name -> its index, quoted
    qIndexOfTable.insert(c.table->qualifiedName(), qIndexOf(c.schema, c.indexName));
    for (const PartitionInfo &partition : c.table->partitions)
        qIndexOfTable.insert(
            partition.qualifiedName(),
            qIndexOf(partition.schema, c.partitionIndexNames.value(partition.qualifiedName())));
    auto onOnly = [&](const QString &qTable, const QString &indexName, const QString &what) {
        return ddl(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON ONLY %2 USING %3 (%4)")
                       .arg(c.q(indexName), qTable, method, c.qColumn),
                   QStringLiteral("create the index on %1 alone, invalid until its partitions' "
                                  "are attached (no scan)")
                       .arg(what),
                   QStringLiteral("SHARE on %1 (brief, no scan)").arg(what));
    };
    auto attach = [&](const PartitionInfo &partition) {
        return ddl(QStringLiteral("ALTER INDEX %1 ATTACH PARTITION %2")
                       .arg(qIndexOfTable.value(partition.parent),
                            qIndexOfTable.value(partition.qualifiedName())),
                   QStringLiteral("attach the index of %1 to its parent's").arg(partition.name),
                   QStringLiteral("SHARE UPDATE EXCLUSIVE on the tables, ACCESS EXCLUSIVE on the "
                                  "indexes (brief, no scan)"));
    };
    e.phase.statements << onOnly(c.qTable, c.indexName, QStringLiteral("the partitioned table"));
    for (const PartitionInfo &partition : c.table->partitions)
        if (partition.partitioned)
            e.phase.statements << onOnly(
                quoteQualified(partition.schema, partition.name, c.dialect),
                c.partitionIndexNames.value(partition.qualifiedName()), partition.name);
    for (const PartitionInfo &partition : c.table->partitions) {
        if (partition.partitioned)
            continue;
        Statement build =
            ddl(QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2 USING %3 (%4)")
                    .arg(c.q(c.partitionIndexNames.value(partition.qualifiedName())),
                         quoteQualified(partition.schema, partition.name, c.dialect), method,
                         c.qColumn),
                QStringLiteral("build the index of partition %1 while reads and writes continue")
                    .arg(partition.name),
                QStringLiteral("SHARE UPDATE EXCLUSIVE on %1 (waits for older transactions)")
                    .arg(partition.name),
                false);
        build.warnings << QStringLiteral("cannot run inside a transaction block; if it fails it "
                                         "leaves an INVALID index: DROP INDEX CONCURRENTLY IF "
                                         "EXISTS %1 and run it again")
                              .arg(qIndexOfTable.value(partition.qualifiedName()));
        e.phase.statements << noTimeout() << build << backToTimeout(in.timeoutMs)
                           << attach(partition);
    }
    // Sub-partitioned tables' indexes are valid once their leaves' are attached: deepest first.
    QList<PartitionInfo> middle;
    for (const PartitionInfo &partition : c.table->partitions)
        if (partition.partitioned)
            middle << partition;
    std::stable_sort(
        middle.begin(), middle.end(),
        [](const PartitionInfo &a, const PartitionInfo &b) { return a.level > b.level; });
    for (const PartitionInfo &partition : middle)
        e.phase.statements << attach(partition);
}

// Drops what enforce added, newest first.
QList<Statement> enforceRollback(const PhaseInputs &in)
{
    const CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    const int v = c.version;
    QList<Statement> rollback =
        timeouts(c, in.timeoutMs, QStringLiteral("dropping constraints is a catalog change"));
    if (col.index) {
        if (col.index->unique)
            rollback << ddl(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                                .arg(c.qTable, c.q(c.uniqueName)),
                            QStringLiteral("drop the UNIQUE constraint (and its index)"),
                            QStringLiteral("ACCESS EXCLUSIVE (brief)"));
        if (c.table && !c.table->partitionKey.isEmpty())
            rollback << ddl(QStringLiteral("DROP INDEX IF EXISTS %1")
                                .arg(quoteQualified(c.schema, c.indexName, c.dialect)),
                            QStringLiteral("drop the index of the partitioned table and, with it, "
                                           "every partition's (no CONCURRENTLY there)"),
                            QStringLiteral("ACCESS EXCLUSIVE on the table and every partition "
                                           "(brief)"));
        else
            rollback << setting(QStringLiteral("SET statement_timeout = 0"),
                                QStringLiteral(
                                    "DROP INDEX CONCURRENTLY waits for running transactions"))
                     << ddl(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1")
                                .arg(quoteQualified(c.schema, c.indexName, c.dialect)),
                            QStringLiteral("drop the index without blocking reads and writes"),
                            QStringLiteral("SHARE UPDATE EXCLUSIVE"), false)
                     << backToTimeout(in.timeoutMs);
    }
    if (col.references)
        rollback << ddl(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                            .arg(c.qTable, c.q(c.foreignKeyName)),
                        QStringLiteral("drop the foreign key"),
                        QStringLiteral("SHARE ROW EXCLUSIVE on both tables (brief)"));
    if (!col.nullable && !in.notNullInAdd) {
        if (v >= 120000)
            rollback << ddl(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL")
                                .arg(c.qTable, c.qColumn),
                            QStringLiteral("allow NULL again"),
                            QStringLiteral("ACCESS EXCLUSIVE (brief)"));
        rollback << ddl(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                            .arg(c.qTable, c.q(c.notNullName)),
                        v >= 120000
                            ? QStringLiteral("drop the helper constraint if a partial run left it")
                            : QStringLiteral("drop the CHECK that enforces NOT NULL"),
                        QStringLiteral("ACCESS EXCLUSIVE (brief)"));
    }
    if (col.check)
        rollback << ddl(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                            .arg(c.qTable, c.q(c.checkName)),
                        QStringLiteral("drop the CHECK"),
                        QStringLiteral("ACCESS EXCLUSIVE (brief)"));
    return rollback;
}

// The rollback of enforce: what it added dropped, and the sync trigger it dropped recreated.
void addEnforceRollback(const PhaseInputs &in, Enforcement &e)
{
    const CompileContext &c = in.c;
    Phase &enforce = e.phase;
    const bool sync = !c.syncName.isEmpty();
    if (!e.what.isEmpty()) {
        enforce.rollback << enforceRollback(in);
        enforce.rollbackNote = QStringLiteral("drops what enforce added (%1), newest first")
                                   .arg(e.what.join(QStringLiteral(", ")));
    } else if (!sync) {
        enforce.rollbackNote = QStringLiteral("nothing to undo");
    }
    if (!sync)
        return;
    if (e.what.isEmpty()) {
        enforce.rollback << timeouts(
            c, in.timeoutMs, QStringLiteral("CREATE TRIGGER waits at most this long for its lock"));
        enforce.rollbackNote = QStringLiteral("recreates the sync trigger and its function");
    } else {
        enforce.rollbackNote +=
            QStringLiteral(", then recreates the sync trigger and its function");
    }
    enforce.rollback << createSync(c);
}

// validated: the constraints enforce validates; scriptWarnings: notes for the whole script.
Phase enforcePhase(const PhaseInputs &in, QStringList &validated, QStringList &scriptWarnings)
{
    const CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    const bool notNull = !col.nullable && !in.notNullInAdd;
    Enforcement e;
    e.phase.name = QStringLiteral("enforce");
    const bool sync = !c.syncName.isEmpty();
    if (sync)
        e.phase.statements << timeouts(c, in.timeoutMs,
                                       QStringLiteral("catalog changes must be quick"))
                           << dropSyncAfterBackfill(c);
    if (col.check || notNull || col.references || col.index) {
        if (!sync)
            e.phase.statements << timeouts(c, in.timeoutMs,
                                           QStringLiteral("catalog changes must be quick"));
        if (col.check)
            enforceCheck(in, e);
        if (notNull) {
            e.what << QStringLiteral("NOT NULL");
            if (c.version >= 180000)
                enforceNotNullConstraint(in, e);
            else
                enforceNotNullThroughCheck(in, e, scriptWarnings);
        }
        if (col.references)
            enforceForeignKey(in, e);
        if (col.index && c.table && !c.table->partitionKey.isEmpty())
            enforcePartitionedIndex(in, e);
        else if (col.index)
            enforceIndex(in, e);
    }
    e.phase.purpose =
        e.what.isEmpty()
            ? (sync ? QStringLiteral("drop the sync trigger")
                    : QStringLiteral("nothing to enforce"))
            : QStringLiteral("%1enforce %2 without long locks")
                  .arg(sync ? QStringLiteral("drop the sync trigger, then ") : QString(),
                       e.what.join(QStringLiteral(", ")));
    addEnforceRollback(in, e);
    validated = e.validated;
    return e.phase;
}

// ---- verify

Phase verifyPhase(const PhaseInputs &in, const QStringList &validated)
{
    const CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    Phase verify;
    verify.name = QStringLiteral("verify");
    verify.purpose = QStringLiteral(
        "check the result: column, constraints, index, backfilled rows, the plan's own checks");
    const bool notNullFlag = !col.nullable && (in.notNullInAdd || c.version >= 120000);
    verify.statements << Statement::check(
        QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = %1 AND attname = %2 AND "
                       "NOT attisdropped%3")
            .arg(regclass(c), c.literal(col.name),
                 notNullFlag ? QStringLiteral(" AND attnotnull") : QString()),
        notNullFlag ? QStringLiteral("the column exists and is NOT NULL")
                    : QStringLiteral("the column exists"),
        QStringLiteral("1"));
    if (c.fill)
        verify.statements << Statement::check(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL AND (%3) IS NOT NULL")
                .arg(c.qTable, c.qColumn, *c.fill),
            QStringLiteral("every row is backfilled"), QStringLiteral("0"));
    if (!validated.isEmpty()) {
        QStringList names;
        for (const QString &name : validated)
            names << c.literal(name);
        verify.statements << Statement::check(
            QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = %1 AND conname IN "
                           "(%2) AND convalidated")
                .arg(regclass(c), names.join(QStringLiteral(", "))),
            QStringLiteral("the new constraints exist and are validated"),
            QString::number(validated.size()));
    }
    if (col.index)
        verify.statements << Statement::check(
            QStringLiteral(
                "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %1 AND c.relname "
                "= %2 AND i.indisvalid")
                .arg(c.literal(c.schema), c.literal(c.indexName)),
            QStringLiteral("the index exists and is valid"), QStringLiteral("1"));
    for (const CheckSpec &user : c.plan.checks)
        verify.statements << Statement::check(user.sql, user.name, user.expect);
    verify.rollbackNote = QStringLiteral("verify only reads: nothing to undo");
    return verify;
}

} // namespace

Script PostgresDialect::compile(const CompileContext &ctx)
{
    const PhaseInputs in = phaseInputs(ctx);
    Script script;
    if (!in.c.syncName.isEmpty())
        for (const Statement &drop : dropSync(in.c, QString()))
            script.removeSync << drop.sql;
    QStringList validated; // constraints verify must find validated
    script.phases << expandPhase(in);
    script.phases << PostgresBackfill::phase(in.c, script.backfill);
    script.phases << enforcePhase(in, validated, script.warnings);
    script.phases << verifyPhase(in, validated);
    script.warnings << in.c.warnings.mid(ctx.warnings.size());
    return script;
}
