#include "postgresdialect.h"

#include "base/identifierrules.h"
#include "base/inerttext.h"
#include "compiler.h"
#include "keysetbatch.h"

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

// The keyset loop as a DO block: bounds found on the key index, one UPDATE and one COMMIT per
// batch, so locks are held for one batch only and the script can be stopped and rerun.
QString doBlock(const CompileContext &ctx, const QStringList &qKeys, const QString &setClause,
                const QString &guard, const QString &label)
{
    const BackfillJob job = KeysetBatch::job(ctx.qTable, qKeys, ctx.qColumn, {},
                                             ctx.plan.backfill.maxBatchRows, setClause, guard);
    QStringList lo, hi, declarations;
    for (int i = 0; i < qKeys.size(); ++i) {
        lo << QStringLiteral("cp_lo_%1").arg(i + 1);
        hi << QStringLiteral("cp_hi_%1").arg(i + 1);
        declarations
            << QStringLiteral("    %1 %2.%3%TYPE;").arg(lo.last(), ctx.qTable, qKeys.at(i))
            << QStringLiteral("    %1 %2.%3%TYPE;").arg(hi.last(), ctx.qTable, qKeys.at(i));
    }
    const QString into = [](const QStringList &vars) {
        return QStringLiteral(" INTO ") + vars.join(QStringLiteral(", "));
    }(lo);
    auto withInto = [](QString select, const QStringList &vars) {
        const int from = int(select.indexOf(QStringLiteral(" FROM ")));
        return select.insert(from, QStringLiteral(" INTO ") + vars.join(QStringLiteral(", ")));
    };
    Q_UNUSED(into);
    const QString offset = QString::number(ctx.plan.backfill.maxBatchRows - 1);
    QString text;
    text += QStringLiteral("\n#variable_conflict use_column\nDECLARE\n");
    text += declarations.join(u'\n') + u'\n';
    text += QStringLiteral("    cp_batch_rows bigint;\n    cp_total_rows bigint := 0;\nBEGIN\n");
    text += QStringLiteral("    %1;\n").arg(withInto(job.firstKeySql, lo));
    text += QStringLiteral("    WHILE FOUND LOOP\n");
    text += QStringLiteral("        %1;\n")
                .arg(withInto(KeysetBatch::bind(job.batchEndSql, lo, hi, offset), hi));
    text += QStringLiteral("        IF NOT FOUND THEN\n            %1;\n        END IF;\n")
                .arg(withInto(KeysetBatch::bind(job.lastKeySql, lo, hi), hi));
    text += QStringLiteral("        %1;\n").arg(KeysetBatch::bind(job.updateSql, lo, hi));
    text += QStringLiteral("        GET DIAGNOSTICS cp_batch_rows = ROW_COUNT;\n");
    text += QStringLiteral("        cp_total_rows := cp_total_rows + cp_batch_rows;\n");
    text += QStringLiteral("        COMMIT;\n");
    text += QStringLiteral("        RAISE NOTICE '%1: % rows so far', cp_total_rows;\n").arg(label);
    if (ctx.plan.backfill.pauseMs > 0)
        text += QStringLiteral("        PERFORM pg_sleep(%1);\n")
                    .arg(ctx.plan.backfill.pauseMs / 1000.0, 0, 'f', 3);
    text += QStringLiteral("        %1;\n")
                .arg(withInto(KeysetBatch::bind(job.nextKeySql, lo, hi), lo));
    text += QStringLiteral("    END LOOP;\nEND\n");
    // Names and the expression come from the plan: the tag is one the body does not contain.
    const QString tag = InertText::dollarTag(text, QStringLiteral("cp_") + label);
    return QStringLiteral("DO ") + tag + text + tag;
}

// PostgreSQL 10 has no COMMIT inside DO: one batch per statement, repeated by the runner.
// (One arg() call: a second one would also replace "%1"-like text inside the user's expression.)
QString repeatableBatch(const CompileContext &ctx, const QStringList &qKeys, const QString &value,
                        const QString &guard, const QString &extraFilter)
{
    const QString keys = KeysetBatch::keyList(qKeys);
    return QStringLiteral("UPDATE %1 SET %2 = %3\nWHERE (%4) IN (SELECT %4 FROM %1 WHERE %5%6 "
                          "ORDER BY %4 LIMIT %7)\n  AND %5")
        .arg(ctx.qTable, ctx.qColumn, value, keys, guard, extraFilter,
             QString::number(ctx.plan.backfill.maxBatchRows));
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
    return {
        ddl(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(ctx.q(ctx.syncName), ctx.qTable),
            why, QStringLiteral("ACCESS EXCLUSIVE (brief, metadata only)")),
        ddl(QStringLiteral("DROP FUNCTION IF EXISTS %1()").arg(syncFunction(ctx)),
            QStringLiteral("drop the trigger function"), QStringLiteral("none on the table"))};
}

} // namespace

Script PostgresDialect::compile(const CompileContext &ctx)
{
    Script script;
    const ColumnSpec &col = ctx.column;
    const int v = ctx.version;
    const int timeoutMs = ctx.plan.backfill.statementTimeoutMs;
    QStringList qKeys;
    for (const QString &key : ctx.keyColumns)
        qKeys << ctx.q(key);

    // What existing rows get: the backfill expression; or the default when ADD COLUMN cannot
    // attach it for free (PostgreSQL 10, a volatile default) or a backfill is also given.
    CompileContext c = ctx;
    c.defaultInAddColumn = col.defaultExpr && !col.backfill && v >= 110000 && !c.defaultVolatile;
    if (col.backfill)
        c.fill = col.backfill;
    else if (col.defaultExpr && !c.defaultInAddColumn)
        c.fill = col.defaultExpr;
    // NOT NULL with a fast default: every existing row reads the (non-NULL) default, so PostgreSQL
    // 11+ adds the column NOT NULL without a scan; no helper constraint is needed.
    const bool notNullInAdd =
        !col.nullable && c.defaultInAddColumn &&
        col.defaultExpr->trimmed().compare(QStringLiteral("null"), Qt::CaseInsensitive) != 0;

    // ---- expand
    Phase expand;
    expand.name = QStringLiteral("expand");
    expand.purpose =
        notNullInAdd
            ? QStringLiteral(
                  "add %1 NOT NULL with its default (metadata only, no rewrite, no scan)")
                  .arg(col.name)
            : QStringLiteral("add %1 as a nullable column (metadata only, no table rewrite)")
                  .arg(col.name);
    expand.statements << timeouts(c, timeoutMs,
                                  QStringLiteral("no DDL here should take long; stop if one does"));
    if (c.createEnum) {
        QStringList values;
        for (const QString &value : col.enumValues)
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
        expand.statements << ddl(
            QStringLiteral("DO ") + tag + body + tag,
            QStringLiteral(
                "create the enum type %1 unless it exists (CREATE TYPE has no IF NOT EXISTS)")
                .arg(c.enumTypeName),
            QStringLiteral("none on the table"));
    }
    QString add = QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 %3")
                      .arg(c.qTable, c.qColumn, c.typeSql);
    if (notNullInAdd)
        add += QStringLiteral(" NOT NULL");
    if (c.defaultInAddColumn)
        add += QStringLiteral(" DEFAULT %1").arg(*col.defaultExpr);
    expand.statements << ddl(
        add,
        notNullInAdd
            ? QStringLiteral("add the column NOT NULL with a non-volatile default: PostgreSQL 11+ "
                             "stores the default in the catalog, "
                             "existing rows read it, so there is neither a rewrite nor a scan")
        : c.defaultInAddColumn
            ? QStringLiteral("add the column with a non-volatile default: PostgreSQL 11+ stores it "
                             "in the catalog, existing rows read it without a rewrite")
            : QStringLiteral(
                  "add the column, nullable and without a default: a catalog change only"),
        QStringLiteral("ACCESS EXCLUSIVE (brief, metadata only)"));
    if (col.defaultExpr && !c.defaultInAddColumn) {
        Statement setDefault = ddl(
            QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3")
                .arg(c.qTable, c.qColumn, *col.defaultExpr),
            QStringLiteral(
                "new rows get the default from now on; existing rows are filled by the backfill"),
            QStringLiteral("ACCESS EXCLUSIVE (brief, metadata only)"));
        if (v < 110000)
            setDefault.warnings << QStringLiteral(
                "PostgreSQL 10 rewrites the whole table for ADD COLUMN ... DEFAULT, so the default "
                "is set separately");
        else if (c.defaultVolatile)
            setDefault.warnings << QStringLiteral(
                "the default is volatile (evaluated per row): in ADD COLUMN it would rewrite the "
                "table, so it is set separately");
        expand.statements << setDefault;
    }
    if (!col.comment.isEmpty())
        expand.statements << ddl(QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                                     .arg(c.qTable, c.qColumn, c.literal(col.comment)),
                                 QStringLiteral("document the column"),
                                 QStringLiteral("SHARE UPDATE EXCLUSIVE (brief)"));
    if (!c.syncName.isEmpty()) {
        expand.statements << createSync(c);
        for (const Statement &drop : dropSync(c, QString()))
            script.removeSync << drop.sql;
    }
    expand.rollback << timeouts(c, timeoutMs,
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
    script.phases << expand;

    // ---- backfill
    Phase backfill;
    backfill.name = QStringLiteral("backfill");
    if (!c.fill) {
        backfill.purpose =
            c.defaultInAddColumn
                ? QStringLiteral(
                      "nothing to write: existing rows read the default from the catalog")
                : QStringLiteral("nothing to write: existing rows stay NULL");
        backfill.rollbackNote = QStringLiteral("nothing to undo");
    } else if (c.connected && qKeys.isEmpty()) {
        throw CompileError(
            QStringLiteral(
                "table %1 has no primary key: the keyset backfill needs one "
                "(add a primary key, or write the backfill phase by hand as a plan override)")
                .arg(c.tableName));
    } else {
        const QString guard = QStringLiteral("%1 IS NULL").arg(c.qColumn);
        // Cast to the column's type, as the server-side check does: a CASE of text literals
        // fills an enum column, a numeric expression an integer one.
        const QString value = QStringLiteral("(%1)::%2").arg(*c.fill, c.typeSql);
        backfill.purpose = QStringLiteral("fill existing rows in keyset batches of at most %1 "
                                          "rows, one short transaction each")
                               .arg(c.plan.backfill.maxBatchRows);
        script.backfill =
            KeysetBatch::job(c.qTable, qKeys, c.qColumn, *c.fill, c.plan.backfill.maxBatchRows,
                             QStringLiteral("%1 = %2").arg(c.qColumn, value), guard);
        backfill.statements << Statement::make(
            Statement::Setting,
            QStringLiteral("SET lock_timeout = '%1ms'").arg(c.plan.backfill.lockTimeoutMs),
            QStringLiteral("a batch waits at most this long for a row lock"),
            QStringLiteral("none"));
        backfill.statements << Statement::make(
            Statement::Setting, QStringLiteral("SET statement_timeout = '%1ms'").arg(timeoutMs),
            QStringLiteral("each batch is short; the limit applies to the whole DO block on "
                           "PostgreSQL, so raise it for huge tables"),
            QStringLiteral("none"));
        backfill.rollback << Statement::make(
            Statement::Setting, QStringLiteral("SET statement_timeout = '%1ms'").arg(timeoutMs),
            QStringLiteral("each batch is short"), QStringLiteral("none"));
        if (v >= 110000) {
            backfill.statements[1].sql = QStringLiteral("SET statement_timeout = 0");
            backfill.statements[1].purpose =
                QStringLiteral("the DO block runs as one statement for the whole table; each batch "
                               "inside is short");
            backfill.rollback[0].sql = QStringLiteral("SET statement_timeout = 0");
            Statement loop = Statement::make(
                Statement::Backfill,
                doBlock(c, qKeys, QStringLiteral("%1 = %2").arg(c.qColumn, value), guard,
                        QStringLiteral("backfill")),
                QStringLiteral("walk the primary key in batches; rows already filled are skipped "
                               "(safe to rerun)"),
                QStringLiteral("ROW EXCLUSIVE; row locks of one batch at a time"), false);
            loop.warnings << QStringLiteral("run outside a transaction block (psql autocommit): "
                                            "the DO block commits after every batch");
            if (c.keyAssumed)
                loop.warnings << QStringLiteral("the primary key is assumed to be \"id\"");
            backfill.statements << loop;
            Statement undo = Statement::make(
                Statement::Backfill,
                doBlock(c, qKeys, QStringLiteral("%1 = NULL").arg(c.qColumn),
                        QStringLiteral("%1 IS NOT NULL").arg(c.qColumn), QStringLiteral("unfill")),
                QStringLiteral("set the column back to NULL in the same batches"),
                QStringLiteral("ROW EXCLUSIVE; row locks of one batch at a time"), false);
            backfill.rollback << undo;
        } else {
            Statement batch =
                Statement::make(Statement::BatchRepeat,
                                repeatableBatch(c, qKeys, value, guard,
                                                QStringLiteral(" AND %1 IS NOT NULL").arg(value)),
                                QStringLiteral("one batch; repeat until it updates 0 rows"),
                                QStringLiteral("ROW EXCLUSIVE; row locks of one batch"), true);
            batch.warnings << QStringLiteral("PostgreSQL 10 cannot COMMIT inside a DO block: run "
                                             "this statement repeatedly, each time in its own "
                                             "transaction, until it reports UPDATE 0 (in psql: end "
                                             "it with \\watch 1 and stop at UPDATE 0; "
                                             "the runner repeats it for you)")
                           << QStringLiteral("each batch searches from the start of the key for "
                                             "rows still NULL, so later batches read more: "
                                             "fine for millions of rows, slow for billions");
            backfill.statements << batch;
            Statement undo = Statement::make(
                Statement::BatchRepeat,
                repeatableBatch(c, qKeys, QStringLiteral("NULL"),
                                QStringLiteral("%1 IS NOT NULL").arg(c.qColumn), {}),
                QStringLiteral("one batch back to NULL; repeat until it updates 0 rows"),
                QStringLiteral("ROW EXCLUSIVE; row locks of one batch"), true);
            backfill.rollback << undo;
        }
        if (!c.syncName.isEmpty()) {
            backfill.rollback.insert(
                1, Statement::make(Statement::Setting,
                                   QStringLiteral("SET column_planner.sync_trigger = 'off'"),
                                   QStringLiteral("this session only: the sync trigger leaves the "
                                                  "column as the rollback writes it"),
                                   QStringLiteral("none")));
            backfill.rollback << Statement::make(
                Statement::Setting, QStringLiteral("RESET column_planner.sync_trigger"),
                QStringLiteral("the sync trigger applies to this session again"),
                QStringLiteral("none"));
        }
        backfill.rollbackNote =
            c.syncName.isEmpty()
                ? QStringLiteral("sets the column back to NULL in batches; dropping the column "
                                 "(expand rollback) undoes it too")
                : QStringLiteral("sets the column back to NULL in batches (rows the application "
                                 "writes meanwhile still get the value "
                                 "from the sync trigger); dropping the column (expand rollback) "
                                 "undoes it too");
    }
    script.phases << backfill;

    // ---- enforce
    Phase enforce;
    enforce.name = QStringLiteral("enforce");
    QStringList what;
    const bool unique = col.index && col.index->unique;
    QStringList validated; // constraints verify must find validated
    const bool sync = !c.syncName.isEmpty();
    if (sync) {
        enforce.statements << timeouts(c, timeoutMs,
                                       QStringLiteral("catalog changes must be quick"));
        QList<Statement> drops = dropSync(
            c, QStringLiteral(
                   "the backfill is done: from now on the application writes %1 itself "
                   "(to keep the trigger, delete these two statements from the plan's enforce)")
                   .arg(col.name));
        // A failed enforce puts the trigger back: the application's rows keep getting the value.
        const QList<Statement> recreate = createSync(c);
        drops[0].undo << recreate[1].sql;
        drops[1].undo << recreate[0].sql;
        enforce.statements << drops;
    }
    if (col.check || (!col.nullable && !notNullInAdd) || col.references || col.index) {
        if (!sync)
            enforce.statements << timeouts(c, timeoutMs,
                                           QStringLiteral("catalog changes must be quick"));
        Statement noTimeout =
            Statement::make(Statement::Setting, QStringLiteral("SET statement_timeout = 0"),
                            QStringLiteral("VALIDATE and CREATE INDEX CONCURRENTLY scan the table "
                                           "but let reads and writes continue: no time limit"),
                            QStringLiteral("none"));
        Statement backToTimeout = Statement::make(
            Statement::Setting, QStringLiteral("SET statement_timeout = '%1ms'").arg(timeoutMs),
            QStringLiteral("back to short catalog changes"), QStringLiteral("none"));
        if (col.check) {
            what << QStringLiteral("check");
            enforce.statements << ddl(
                QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3) NOT VALID")
                    .arg(c.qTable, c.q(c.checkName), *col.check),
                QStringLiteral(
                    "add the CHECK for new and updated rows without scanning existing ones"),
                QStringLiteral("ACCESS EXCLUSIVE (brief, no scan)"));
            enforce.statements.last().violation = QStringLiteral("NOT (%1)").arg(*col.check);
            enforce.statements.last().undo << dropConstraint(c, c.checkName);
            enforce.statements.last().skipIf =
                QStringLiteral(
                    "SELECT count(*) FROM pg_constraint WHERE conrelid = %1 AND conname = %2")
                    .arg(regclass(c), c.literal(c.checkName));
            enforce.statements
                << noTimeout
                << ddl(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                           .arg(c.qTable, c.q(c.checkName)),
                       QStringLiteral("prove existing rows satisfy the CHECK"),
                       QStringLiteral("SHARE UPDATE EXCLUSIVE (scans; reads and writes continue)"))
                << backToTimeout;
            validated << c.checkName;
        }
        if (!col.nullable && !notNullInAdd) {
            what << QStringLiteral("NOT NULL");
            if (v >= 180000) {
                enforce.statements
                    << ddl(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 NOT NULL %3 NOT VALID")
                               .arg(c.qTable, c.q(c.notNullName), c.qColumn),
                           QStringLiteral("PostgreSQL 18: a NOT NULL constraint that new rows "
                                          "obey, existing rows not yet scanned"),
                           QStringLiteral("ACCESS EXCLUSIVE (brief, no scan)"))
                    << noTimeout;
                enforce.statements[enforce.statements.size() - 2].violation =
                    QStringLiteral("%1 IS NULL").arg(c.qColumn);
                enforce.statements[enforce.statements.size() - 2].undo
                    << dropConstraint(c, c.notNullName);
                enforce.statements
                    << ddl(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                               .arg(c.qTable, c.q(c.notNullName)),
                           QStringLiteral("prove no row is NULL; the column becomes NOT NULL"),
                           QStringLiteral(
                               "SHARE UPDATE EXCLUSIVE (scans; reads and writes continue)"))
                    << backToTimeout;
                validated << c.notNullName;
            } else {
                enforce.statements << ddl(
                    QStringLiteral(
                        "ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IS NOT NULL) NOT VALID")
                        .arg(c.qTable, c.q(c.notNullName), c.qColumn),
                    QStringLiteral("helper CHECK (col IS NOT NULL) for new rows, without a scan"),
                    QStringLiteral("ACCESS EXCLUSIVE (brief, no scan)"));
                enforce.statements.last().violation = QStringLiteral("%1 IS NULL").arg(c.qColumn);
                enforce.statements.last().undo << dropConstraint(c, c.notNullName);
                enforce.statements.last().skipIf =
                    QStringLiteral(
                        "SELECT count(*) FROM pg_constraint WHERE conrelid = %1 AND conname = %2")
                        .arg(regclass(c), c.literal(c.notNullName));
                enforce.statements
                    << noTimeout
                    << ddl(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                               .arg(c.qTable, c.q(c.notNullName)),
                           QStringLiteral("prove no row is NULL while reads and writes continue"),
                           QStringLiteral(
                               "SHARE UPDATE EXCLUSIVE (scans; reads and writes continue)"))
                    << backToTimeout;
                if (v >= 120000) {
                    enforce.statements << ddl(
                        QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL")
                            .arg(c.qTable, c.qColumn),
                        QStringLiteral(
                            "mark the column NOT NULL: the validated CHECK proves it, so no scan"),
                        QStringLiteral("ACCESS EXCLUSIVE (brief, no scan)"));
                    enforce.statements.last().violation =
                        QStringLiteral("%1 IS NULL").arg(c.qColumn);
                    enforce.statements.last().undo
                        << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL")
                               .arg(c.qTable, c.qColumn);
                    enforce.statements
                        << ddl(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                                   .arg(c.qTable, c.q(c.notNullName)),
                               QStringLiteral("drop the helper CHECK: NOT NULL now holds"),
                               QStringLiteral("ACCESS EXCLUSIVE (brief)"));
                } else {
                    // Before 12, SET NOT NULL ignores the CHECK and scans the table under ACCESS
                    // EXCLUSIVE: the validated CHECK enforces the rule without that lock.
                    validated << c.notNullName;
                    const QString later = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT "
                                                         "NULL; ALTER TABLE %1 DROP CONSTRAINT %3;")
                                              .arg(c.qTable, c.qColumn, c.q(c.notNullName));
                    enforce.statements << Statement::make(
                        Statement::Comment,
                        QStringLiteral("after upgrading to PostgreSQL 12 or later (instant there, "
                                       "proven by the CHECK):\n") +
                            later,
                        QStringLiteral(
                            "NOT NULL stays a validated CHECK (%1 IS NOT NULL): PostgreSQL %2 "
                            "would scan the whole table "
                            "under ACCESS EXCLUSIVE for SET NOT NULL, blocking reads and writes")
                            .arg(c.qColumn)
                            .arg(v / 10000),
                        QStringLiteral("none"));
                    script.warnings
                        << QStringLiteral("PostgreSQL %1: NOT NULL is enforced by the validated "
                                          "CHECK %2, not by the column's "
                                          "NOT NULL flag (SET NOT NULL would scan the table under "
                                          "ACCESS EXCLUSIVE); see the enforce phase")
                               .arg(v / 10000)
                               .arg(c.notNullName);
                }
            }
        }
        if (col.references) {
            what << QStringLiteral("foreign key");
            enforce.statements << ddl(
                QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) REFERENCES %4 "
                               "(%5) ON DELETE %6 NOT VALID")
                    .arg(c.qTable, c.q(c.foreignKeyName), c.qColumn, c.qReferencedTable,
                         c.qReferencedColumn, c.onDeleteSql),
                QStringLiteral("add the foreign key for new rows without checking existing ones"),
                QStringLiteral("SHARE ROW EXCLUSIVE on both tables (brief, no scan)"));
            enforce.statements.last().violation =
                QStringLiteral("%1 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %2 AS cp_referenced "
                               "WHERE cp_referenced.%3 = %4.%1)")
                    .arg(c.qColumn, c.qReferencedTable, c.qReferencedColumn, c.qTable);
            enforce.statements.last().undo << dropConstraint(c, c.foreignKeyName);
            enforce.statements.last().skipIf =
                QStringLiteral(
                    "SELECT count(*) FROM pg_constraint WHERE conrelid = %1 AND conname = %2")
                    .arg(regclass(c), c.literal(c.foreignKeyName));
            enforce.statements
                << noTimeout
                << ddl(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2")
                           .arg(c.qTable, c.q(c.foreignKeyName)),
                       QStringLiteral("prove existing rows reference existing keys"),
                       QStringLiteral(
                           "SHARE UPDATE EXCLUSIVE here, ROW SHARE on the referenced table"))
                << backToTimeout;
            validated << c.foreignKeyName;
        }
        if (col.index) {
            what << (unique ? QStringLiteral("unique index") : QStringLiteral("index"));
            Statement index = ddl(
                QStringLiteral("CREATE %1INDEX CONCURRENTLY IF NOT EXISTS %2 ON %3 USING %4 (%5)")
                    .arg(unique ? QStringLiteral("UNIQUE ") : QString(), c.q(c.indexName), c.qTable,
                         col.index->method, c.qColumn),
                QStringLiteral("build the index while reads and writes continue"),
                QStringLiteral("SHARE UPDATE EXCLUSIVE (waits for older transactions)"), false);
            index.warnings << QStringLiteral(
                                  "cannot run inside a transaction block; if it fails it leaves an "
                                  "INVALID index: "
                                  "DROP INDEX CONCURRENTLY IF EXISTS %1 and run it again")
                                  .arg(quoteQualified(c.schema, c.indexName, c.dialect));
            if (unique) // a failed build leaves an INVALID unique index that still rejects
                        // duplicates
                index.undo << QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1")
                                  .arg(quoteQualified(c.schema, c.indexName, c.dialect));
            enforce.statements << noTimeout << index << backToTimeout;
            if (unique) {
                enforce.statements << ddl(
                    QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 UNIQUE USING INDEX %2")
                        .arg(c.qTable, c.q(c.uniqueName)),
                    QStringLiteral(
                        "turn the unique index into a UNIQUE constraint without rebuilding it"),
                    QStringLiteral("ACCESS EXCLUSIVE (brief)"));
                enforce.statements.last().undo << dropConstraint(c, c.uniqueName);
                enforce.statements.last().skipIf =
                    QStringLiteral(
                        "SELECT count(*) FROM pg_constraint WHERE conrelid = %1 AND conname = %2")
                        .arg(regclass(c), c.literal(c.uniqueName));
            }
        }
    }
    enforce.purpose =
        what.isEmpty() ? (sync ? QStringLiteral("drop the sync trigger")
                               : QStringLiteral("nothing to enforce"))
                       : QStringLiteral("%1enforce %2 without long locks")
                             .arg(sync ? QStringLiteral("drop the sync trigger, then ") : QString(),
                                  what.join(QStringLiteral(", ")));
    // Rollback, newest first.
    if (!what.isEmpty()) {
        enforce.rollback << timeouts(c, timeoutMs,
                                     QStringLiteral("dropping constraints is a catalog change"));
        if (col.index) {
            if (unique)
                enforce.rollback << ddl(
                    QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                        .arg(c.qTable, c.q(c.uniqueName)),
                    QStringLiteral("drop the UNIQUE constraint (and its index)"),
                    QStringLiteral("ACCESS EXCLUSIVE (brief)"));
            enforce.rollback
                << Statement::make(
                       Statement::Setting, QStringLiteral("SET statement_timeout = 0"),
                       QStringLiteral("DROP INDEX CONCURRENTLY waits for running transactions"),
                       QStringLiteral("none"))
                << ddl(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1")
                           .arg(quoteQualified(c.schema, c.indexName, c.dialect)),
                       QStringLiteral("drop the index without blocking reads and writes"),
                       QStringLiteral("SHARE UPDATE EXCLUSIVE"), false)
                << Statement::make(Statement::Setting,
                                   QStringLiteral("SET statement_timeout = '%1ms'").arg(timeoutMs),
                                   QStringLiteral("back to short catalog changes"),
                                   QStringLiteral("none"));
        }
        if (col.references)
            enforce.rollback << ddl(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                                        .arg(c.qTable, c.q(c.foreignKeyName)),
                                    QStringLiteral("drop the foreign key"),
                                    QStringLiteral("SHARE ROW EXCLUSIVE on both tables (brief)"));
        if (!col.nullable && !notNullInAdd) {
            if (v >= 120000)
                enforce.rollback << ddl(
                    QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP NOT NULL")
                        .arg(c.qTable, c.qColumn),
                    QStringLiteral("allow NULL again"), QStringLiteral("ACCESS EXCLUSIVE (brief)"));
            enforce.rollback << ddl(
                QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                    .arg(c.qTable, c.q(c.notNullName)),
                v >= 120000 ? QStringLiteral("drop the helper constraint if a partial run left it")
                            : QStringLiteral("drop the CHECK that enforces NOT NULL"),
                QStringLiteral("ACCESS EXCLUSIVE (brief)"));
        }
        if (col.check)
            enforce.rollback << ddl(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                                        .arg(c.qTable, c.q(c.checkName)),
                                    QStringLiteral("drop the CHECK"),
                                    QStringLiteral("ACCESS EXCLUSIVE (brief)"));
        enforce.rollbackNote = QStringLiteral("drops what enforce added (%1), newest first")
                                   .arg(what.join(QStringLiteral(", ")));
    } else if (!sync) {
        enforce.rollbackNote = QStringLiteral("nothing to undo");
    }
    if (sync) {
        if (what.isEmpty()) {
            enforce.rollback << timeouts(
                c, timeoutMs,
                QStringLiteral("CREATE TRIGGER waits at most this long for its lock"));
            enforce.rollbackNote = QStringLiteral("recreates the sync trigger and its function");
        } else {
            enforce.rollbackNote +=
                QStringLiteral(", then recreates the sync trigger and its function");
        }
        enforce.rollback << createSync(c);
    }
    script.phases << enforce;

    // ---- verify
    Phase verify;
    verify.name = QStringLiteral("verify");
    verify.purpose = QStringLiteral(
        "check the result: column, constraints, index, backfilled rows, the plan's own checks");
    const bool notNullFlag = !col.nullable && (notNullInAdd || v >= 120000);
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
    script.phases << verify;
    script.warnings << c.warnings.mid(ctx.warnings.size());
    return script;
}
