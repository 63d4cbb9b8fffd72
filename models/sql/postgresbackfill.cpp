#include "postgresbackfill.h"

#include "base/identifierrules.h"
#include "base/inerttext.h"
#include "compiler.h"
#include "keysetbatch.h"

namespace {

Statement setting(const QString &sql, const QString &purpose)
{
    return Statement::make(Statement::Setting, sql, purpose, QStringLiteral("none"));
}

// The keyset loop as a DO block: bounds found on the key index, one UPDATE and one COMMIT per
// batch, so locks are held for one batch only and the script can be stopped and rerun.
QString doBlock(const CompileContext &ctx, const QString &qTable, const QStringList &qKeys,
                const QString &setClause, const QString &guard, const QString &label)
{
    const BackfillJob job = KeysetBatch::job(qTable, qKeys, ctx.qColumn, {},
                                             ctx.plan.backfill.maxBatchRows, setClause, guard);
    QStringList lo, hi, declarations;
    for (int i = 0; i < qKeys.size(); ++i) {
        lo << QStringLiteral("cp_lo_%1").arg(i + 1);
        hi << QStringLiteral("cp_hi_%1").arg(i + 1);
        declarations << QStringLiteral("    %1 %2.%3%TYPE;").arg(lo.last(), qTable, qKeys.at(i))
                     << QStringLiteral("    %1 %2.%3%TYPE;").arg(hi.last(), qTable, qKeys.at(i));
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
    const QString tag =
        InertText::dollarTag(text, label.startsWith(u"unfill") ? QStringLiteral("cp_unfill")
                                                               : QStringLiteral("cp_backfill"));
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

// The tables the backfill walks: the table itself, or each leaf of a partitioned one (qualified
// name and quoted name), so that no batch crosses partitions.
QList<std::pair<QString, QString>> walkedTables(const CompileContext &c)
{
    QList<std::pair<QString, QString>> tables;
    if (c.table && !c.table->partitionKey.isEmpty())
        for (const PartitionInfo &partition : c.table->partitions)
            if (!partition.partitioned)
                tables << std::pair{partition.qualifiedName(),
                                    quoteQualified(partition.schema, partition.name, c.dialect)};
    if (tables.isEmpty())
        tables << std::pair{QString(), c.qTable};
    return tables;
}

// PostgreSQL 11+: the whole walk in one DO block that commits after every batch, and its undo.
void walkInDoBlock(const CompileContext &c, const QStringList &qKeys, const QString &value,
                   const QString &guard, Phase &backfill)
{
    backfill.statements << setting(
        QStringLiteral("SET statement_timeout = 0"),
        QStringLiteral("the DO block runs as one statement for the whole table; each batch "
                       "inside is short"));
    backfill.rollback << setting(QStringLiteral("SET statement_timeout = 0"),
                                 QStringLiteral("each batch is short"));
    for (const auto &[name, qTable] : walkedTables(c)) {
        const QString label =
            name.isEmpty() ? QStringLiteral("backfill") : QStringLiteral("backfill ") + name;
        Statement loop = Statement::make(
            Statement::Backfill,
            doBlock(c, qTable, qKeys, QStringLiteral("%1 = %2").arg(c.qColumn, value), guard,
                    InertText::commentLine(label).replace(u'\'', u'_')),
            name.isEmpty()
                ? QStringLiteral("walk the primary key in batches; rows already filled are "
                                 "skipped (safe to rerun)")
                : QStringLiteral("walk partition %1 on its primary key in batches; rows already "
                                 "filled are skipped (safe to rerun)")
                      .arg(name),
            QStringLiteral("ROW EXCLUSIVE; row locks of one batch at a time"), false);
        loop.warnings << QStringLiteral("run outside a transaction block (psql autocommit): "
                                        "the DO block commits after every batch");
        if (c.keyAssumed)
            loop.warnings << QStringLiteral("the primary key is assumed to be \"id\"");
        backfill.statements << loop;
        backfill.rollback << Statement::make(
            Statement::Backfill,
            doBlock(c, qTable, qKeys, QStringLiteral("%1 = NULL").arg(c.qColumn),
                    QStringLiteral("%1 IS NOT NULL").arg(c.qColumn),
                    name.isEmpty() ? QStringLiteral("unfill")
                                   : QStringLiteral("unfill ") +
                                         InertText::commentLine(name).replace(u'\'', u'_')),
            QStringLiteral("set the column back to NULL in the same batches"),
            QStringLiteral("ROW EXCLUSIVE; row locks of one batch at a time"), false);
    }
}

// PostgreSQL 10 has no COMMIT inside DO: one batch per statement, repeated until it updates 0
// rows, and its undo.
void walkInRepeatedBatches(const CompileContext &c, const QStringList &qKeys, const QString &value,
                           const QString &guard, Phase &backfill)
{
    const int timeoutMs = c.plan.backfill.statementTimeoutMs;
    backfill.statements << setting(
        QStringLiteral("SET statement_timeout = '%1ms'").arg(timeoutMs),
        QStringLiteral("each batch is short; the limit applies to the whole DO block on "
                       "PostgreSQL, so raise it for huge tables"));
    backfill.rollback << setting(QStringLiteral("SET statement_timeout = '%1ms'").arg(timeoutMs),
                                 QStringLiteral("each batch is short"));
    Statement batch = Statement::make(
        Statement::BatchRepeat,
        repeatableBatch(c, qKeys, value, guard, QStringLiteral(" AND %1 IS NOT NULL").arg(value)),
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
    backfill.rollback << Statement::make(
        Statement::BatchRepeat,
        repeatableBatch(c, qKeys, QStringLiteral("NULL"),
                        QStringLiteral("%1 IS NOT NULL").arg(c.qColumn), {}),
        QStringLiteral("one batch back to NULL; repeat until it updates 0 rows"),
        QStringLiteral("ROW EXCLUSIVE; row locks of one batch"), true);
}

} // namespace

Phase PostgresBackfill::phase(const CompileContext &c, BackfillJob &job)
{
    Phase backfill;
    backfill.name = QStringLiteral("backfill");
    if (!c.fill) {
        backfill.purpose =
            c.defaultInAddColumn
                ? QStringLiteral(
                      "nothing to write: existing rows read the default from the catalog")
                : QStringLiteral("nothing to write: existing rows stay NULL");
        backfill.rollbackNote = QStringLiteral("nothing to undo");
        return backfill;
    }
    QStringList qKeys;
    for (const QString &key : c.keyColumns)
        qKeys << c.q(key);
    if (c.connected && qKeys.isEmpty())
        throw CompileError(
            QStringLiteral(
                "table %1 has no primary key: the keyset backfill needs one "
                "(add a primary key, or write the backfill phase by hand as a plan override)")
                .arg(c.tableName));
    const QString guard = QStringLiteral("%1 IS NULL").arg(c.qColumn);
    // Cast to the column's type, as the server-side check does: a CASE of text literals
    // fills an enum column, a numeric expression an integer one.
    const QString value = QStringLiteral("(%1)::%2").arg(*c.fill, c.typeSql);
    backfill.purpose = QStringLiteral("fill existing rows in keyset batches of at most %1 "
                                      "rows, one short transaction each")
                           .arg(c.plan.backfill.maxBatchRows);
    job = KeysetBatch::job(c.qTable, qKeys, c.qColumn, *c.fill, c.plan.backfill.maxBatchRows,
                           QStringLiteral("%1 = %2").arg(c.qColumn, value), guard);
    if (c.version >= 110000)
        for (const auto &[name, qTable] : walkedTables(c))
            if (!name.isEmpty()) {
                BackfillJob leaf = KeysetBatch::job(
                    qTable, qKeys, c.qColumn, *c.fill, c.plan.backfill.maxBatchRows,
                    QStringLiteral("%1 = %2").arg(c.qColumn, value), guard);
                leaf.partition = name;
                job.leaves << leaf;
            }
    backfill.statements << setting(
        QStringLiteral("SET lock_timeout = '%1ms'").arg(c.plan.backfill.lockTimeoutMs),
        QStringLiteral("a batch waits at most this long for a row lock"));
    if (c.version >= 110000)
        walkInDoBlock(c, qKeys, value, guard, backfill);
    else
        walkInRepeatedBatches(c, qKeys, value, guard, backfill);
    if (!c.syncName.isEmpty()) {
        backfill.rollback.insert(1,
                                 setting(QStringLiteral("SET column_planner.sync_trigger = 'off'"),
                                         QStringLiteral("this session only: the sync trigger "
                                                        "leaves the column as the rollback "
                                                        "writes it")));
        backfill.rollback << setting(
            QStringLiteral("RESET column_planner.sync_trigger"),
            QStringLiteral("the sync trigger applies to this session again"));
    }
    backfill.rollbackNote =
        c.syncName.isEmpty()
            ? QStringLiteral("sets the column back to NULL in batches; dropping the column "
                             "(expand rollback) undoes it too")
            : QStringLiteral("sets the column back to NULL in batches (rows the application "
                             "writes meanwhile still get the value "
                             "from the sync trigger); dropping the column (expand rollback) "
                             "undoes it too");
    return backfill;
}
