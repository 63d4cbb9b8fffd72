#include "backfillrunner.h"

#include "base/identifierrules.h"
#include "batchsizer.h"
#include "db/dberror.h"
#include "retrybackoff.h"
#include "runconnection.h"
#include "runcontrol.h"
#include "sql/keysetbatch.h"
#include "store/runjournal.h"

#include <algorithm>
#include <cmath>

namespace {

QString rowOf(const QStringList &values)
{
    return values.size() == 1 ? values.first() : u'(' + values.join(QStringLiteral(", ")) + u')';
}

QString keyText(const QStringList &key)
{
    return key.size() == 1 ? key.first() : u'(' + key.join(QStringLiteral(", ")) + u')';
}

} // namespace

BackfillRunner::BackfillRunner(RunEnvironment &env)
    : m_env(env), m_dialect(env.connection->dialect()),
      m_lagProbe(m_dialect.lagProbe(*env.connection)), m_job(&env.prepared->script.backfill)
{
    const CompileContext &ctx = env.prepared->context;
    for (const QString &key : ctx.keyColumns) {
        const ColumnInfo *column = ctx.table ? ctx.table->column(key) : nullptr;
        m_keyTypes << (column ? column->type : QString());
    }
}

QStringList BackfillRunner::typedLiterals(const QStringList &values) const
{
    QStringList out;
    for (int i = 0; i < values.size(); ++i)
        out << m_dialect.typedLiteral(values.at(i), m_keyTypes.value(i));
    return out;
}

BoundSql BackfillRunner::bindKeys(const QString &sql, const QStringList &lo, const QStringList &hi,
                                  const QString &offset) const
{
    return m_dialect.bindKeys(sql, m_keyTypes, lo, hi, offset);
}

BoundSql BackfillRunner::keyAfter(const QStringList &key, const QStringList &other) const
{
    QStringList placeholders, parameters;
    for (int pass = 0; pass < 2; ++pass) {
        const QStringList &values = pass == 0 ? key : other;
        QStringList row;
        for (int i = 0; i < values.size(); ++i) {
            parameters << values.at(i);
            row << m_dialect.typedParameter(int(parameters.size()), m_keyTypes.value(i));
        }
        placeholders << rowOf(row);
    }
    return {QStringLiteral("SELECT %1 > %2").arg(placeholders.at(0), placeholders.at(1)),
            parameters};
}

std::optional<QStringList> BackfillRunner::firstRow(const QueryResult &result) const
{
    if (result.rows.isEmpty())
        return std::nullopt;
    QStringList values;
    for (const QVariant &value : result.rows.first())
        values << value.toString();
    return values;
}

QString BackfillRunner::localSettings() const
{
    return m_dialect.batchSettings(m_env.prepared->plan.backfill);
}

QueryResult BackfillRunner::query(const BoundSql &bound)
{
    for (;;) {
        try {
            return m_env.connection->execute(bound);
        } catch (const DbError &error) {
            if (error.kind() != DbError::Kind::ConnectionLost)
                throw;
            m_env.connection->reconnect(QStringLiteral("backfill"), singleLine(error.message()),
                                        m_env.options.reconnectForMs);
        }
    }
}

void BackfillRunner::throttleOnLag(double &lagMs)
{
    for (;;) {
        const int limit = m_env.control->maxLagMs() >= 0
                              ? m_env.control->maxLagMs()
                              : m_env.prepared->plan.backfill.maxReplicationLagMs;
        ReplicationLag lag;
        for (;;) {
            try {
                lag = m_lagProbe->measure();
                break;
            } catch (const DbError &error) {
                if (error.kind() != DbError::Kind::ConnectionLost)
                    throw;
                m_env.connection->reconnect(QStringLiteral("backfill"), singleLine(error.message()),
                                            m_env.options.reconnectForMs);
            }
        }
        if (!lag.visible && !m_lagHiddenShown && limit > 0) {
            m_lagHiddenShown = true;
            RunEvent event;
            event.kind = RunEvent::Warning;
            event.phase = QStringLiteral("backfill");
            event.message = m_lagProbe->hiddenWarning();
            m_env.notify(event);
        }
        for (const QString &note : m_lagProbe->takeNotes()) {
            RunEvent event;
            event.kind = RunEvent::Warning;
            event.phase = QStringLiteral("backfill");
            event.message = note;
            m_env.notify(event);
        }
        // A replica that does not apply is infinitely behind: the run waits, the charts and the
        // JSON lines show no figure for it.
        lagMs = std::isinf(lag.ms) ? -1 : lag.ms;
        if (limit <= 0 || lag.ms < 0 || lag.ms <= limit)
            return;
        RunEvent event;
        event.kind = RunEvent::Throttle;
        event.phase = QStringLiteral("backfill");
        event.lagMs = lagMs;
        event.message = m_lagProbe->throttleMessage(lag, limit);
        m_env.notify(event);
        if (!m_env.control->sleep(500))
            throw RunAborted(BackfillRunner::tr("stopped while waiting for replication lag; run "
                                                "again to resume from the checkpoint"));
    }
}

BatchResult BackfillRunner::runBatch(const QStringList &lo, int rows, const QStringList &maxKey,
                                     BatchSizer &sizer)
{
    const BackfillJob &job = *m_job; // the table, or the leaf partition walked now
    RetryBackoff backoff(100, 2000);
    QElapsedTimer retrying;
    retrying.start();
    for (int attempt = 1;; ++attempt) {
        BatchResult batch;
        batch.lo = lo;
        batch.attempts = attempt;
        QElapsedTimer clock;
        clock.start();
        bool nothing = false;
        try {
            m_env.connection->transaction([&](const RunConnection::Exec &exec) {
                exec(localSettings());
                std::optional<QStringList> hi = firstRow(exec(
                    bindKeys(job.batchEndSql, lo, {}, QString::number(std::max(0, rows - 1)))));
                if (!hi) {
                    batch.reachedEnd = true;
                    hi = firstRow(exec(bindKeys(job.lastKeySql, lo, {})));
                    if (!hi) {
                        nothing = true;
                        return;
                    }
                }
                bool counted = !batch.reachedEnd;
                if (!maxKey.isEmpty() &&
                    m_dialect.isTrue(exec(keyAfter(*hi, maxKey)).value(0, 0))) {
                    hi = maxKey;
                    batch.reachedEnd = true;
                    counted = false;
                }
                batch.hi = *hi;
                // Shown to the user with its values; run with them bound.
                batch.sql =
                    KeysetBatch::bind(job.updateSql, typedLiterals(lo), typedLiterals(batch.hi));
                batch.rowsUpdated = exec(bindKeys(job.updateSql, lo, batch.hi)).affectedRows;
                if (counted) {
                    batch.rowsInRange = rows;
                } else {
                    batch.rowsInRange =
                        exec(bindKeys(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                          .arg(job.table, KeysetBatch::range(job.keyColumns)),
                                      lo, batch.hi))
                            .value(0, 0)
                            .toLongLong();
                }
                if (const QString blocked = m_dialect.blockedOthersSql(); !blocked.isEmpty())
                    batch.blockedOthers = exec(blocked).value(0, 0).toInt();
            });
            batch.ms = clock.nsecsElapsed() / 1e6;
            if (nothing) {
                batch.reachedEnd = true;
                batch.hi = {};
            }
            return batch;
        } catch (const DbError &error) {
            const QString where = BackfillRunner::tr("backfill batch from key %1").arg(keyText(lo));
            if (error.kind() == DbError::Kind::ConnectionLost) {
                m_env.connection->reconnect(QStringLiteral("backfill"), singleLine(error.message()),
                                            m_env.options.reconnectForMs);
                continue;
            }
            if (error.kind() == DbError::Kind::Canceled && m_env.control->isAborted())
                throw RunAborted(BackfillRunner::tr("stopped: %1 was canceled and rolled back; run "
                                                    "again to resume from the checkpoint")
                                     .arg(where));
            const QString state = error.sqlState();
            const bool timeout = error.kind() == DbError::Kind::Canceled;
            const bool locked = m_dialect.isLockTimeout(error);
            const bool retry = locked || m_dialect.isConflict(error) || timeout;
            if (!retry)
                throw DbError(
                    error.kind(),
                    BackfillRunner::tr("%1 failed: %2 (the run can be resumed from the checkpoint)")
                        .arg(where, singleLine(error.message())),
                    state);
            const int delay = backoff.delayMs(attempt);
            if ((m_env.options.maxAttempts > 0 && attempt >= m_env.options.maxAttempts) ||
                retrying.elapsed() + delay > m_env.options.maxWaitMs)
                throw RunAborted(
                    BackfillRunner::tr("%1 gave up after %2 attempts in %5 s: %3%4; run again to "
                                       "resume from the checkpoint")
                        .arg(where)
                        .arg(attempt)
                        .arg(singleLine(error.message()),
                             timeout
                                 ? BackfillRunner::tr(" (%1 %2 ms even for %3 rows: raise "
                                                      "backfill.statement_timeout_ms in the plan)")
                                       .arg(m_dialect.statementTimeoutSetting())
                                       .arg(m_env.prepared->plan.backfill.statementTimeoutMs)
                                       .arg(rows)
                                 : QString())
                        .arg(retrying.elapsed() / 1000));
            if (timeout || locked)
                rows = sizer.shrink(timeout ? 0.25 : 0.5);
            RunEvent event;
            event.kind = RunEvent::Attempt;
            event.phase = QStringLiteral("backfill");
            event.attempt = attempt;
            event.maxAttempts = m_env.options.maxAttempts;
            event.message =
                BackfillRunner::tr("%1: %2; retrying with %3 rows in %4 ms")
                    .arg(where, timeout ? BackfillRunner::tr("%1 reached")
                                              .arg(m_dialect.statementTimeoutSetting())
                                : locked
                                    ? BackfillRunner::tr("rows locked by another transaction (%1)")
                                          .arg(m_dialect.lockTimeoutSetting())
                                    : BackfillRunner::tr("deadlock or serialization failure"))
                    .arg(rows)
                    .arg(delay);
            m_env.notify(event);
            if (!m_env.control->sleep(delay))
                throw RunAborted(
                    BackfillRunner::tr(
                        "stopped before retrying %1; run again to resume from the checkpoint")
                        .arg(where));
        }
    }
}

void BackfillRunner::sampleMismatch(const BatchResult &batch)
{
    const BackfillJob &job = *m_job; // the table, or the leaf partition walked now
    if (batch.hi.isEmpty() || m_env.prepared->valueSql.isEmpty())
        return;
    const qint64 differing =
        query(bindKeys(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 AND %3")
                           .arg(job.table, KeysetBatch::range(job.keyColumns),
                                m_dialect.valueDiffers(job.column, *m_env.prepared)),
                       batch.lo, batch.hi))
            .value(0, 0)
            .toLongLong();
    if (differing > 0) {
        RunEvent event;
        event.kind = RunEvent::Warning;
        event.phase = QStringLiteral("backfill");
        event.message =
            BackfillRunner::tr("sample: %1 rows between keys %2 and %3 hold a value other than the "
                               "backfill expression (written by someone else?)")
                .arg(differing)
                .arg(keyText(batch.lo), keyText(batch.hi));
        m_env.notify(event);
    }
}

QString BackfillRunner::arrivingMessage(const QString &column, qint64 rows, const QString &where)
{
    return BackfillRunner::tr(
               "%1 not done: rows keep arriving without a value for %2 (%3 %4): the application "
               "does not "
               "write the column yet. Deploy the application version that writes %2, give the "
               "column a default, "
               "or turn on the sync trigger; then run again: it sweeps those rows and goes on")
        .arg(QStringLiteral("backfill"), column)
        .arg(rows)
        .arg(where);
}

SweepResult BackfillRunner::sweep()
{
    const BackfillJob &job = m_env.prepared->script.backfill;
    const QString value = m_env.prepared->valueSql;
    const int rows = std::max(1, m_env.prepared->plan.backfill.maxBatchRows);
    const QString sql = m_dialect.sweepSql(job.table, job.column, value, rows);
    SweepResult result;
    constexpr int passes = 20;
    for (int pass = 1; pass <= passes; ++pass) {
        m_env.control->throwIfAborted(
            BackfillRunner::tr("stopped during the final sweep; run again to finish it"));
        qint64 updated = 0;
        QElapsedTimer clock;
        clock.start();
        try {
            m_env.connection->transaction([&](const RunConnection::Exec &exec) {
                exec(localSettings());
                updated = exec(sql).affectedRows;
            });
        } catch (const DbError &error) {
            if (error.kind() == DbError::Kind::ConnectionLost) {
                m_env.connection->reconnect(QStringLiteral("backfill"), singleLine(error.message()),
                                            m_env.options.reconnectForMs);
                continue;
            }
            if (m_dialect.isLockTimeout(error) || m_dialect.isConflict(error)) {
                m_env.control->sleep(200 * pass);
                continue;
            }
            throw DbError(error.kind(),
                          BackfillRunner::tr("backfill final sweep failed: %1")
                              .arg(singleLine(error.message())),
                          error.sqlState());
        }
        if (m_env.journal) {
            JournalStatement s;
            s.runId = m_env.runId;
            s.phase = QStringLiteral("backfill");
            s.index = -1;
            s.sql = sql;
            s.durationMs = clock.nsecsElapsed() / 1e6;
            s.rows = updated;
            s.outcome = QStringLiteral("sweep");
            m_env.journal->recordStatement(s);
        }
        result.filled += updated;
        result.lastPassRows = updated;
        if (updated == 0)
            return result;
        RunEvent event;
        event.kind = RunEvent::Info;
        event.phase = QStringLiteral("backfill");
        event.rowsArriving = pass > 1 ? updated : -1;
        event.message = BackfillRunner::tr(
                            "final sweep pass %1: filled %2 rows that appeared behind the cursor")
                            .arg(pass)
                            .arg(updated);
        m_env.notify(event);
        // A moment for rows still arriving to show: a pass on a small table is quicker than the
        // gap between two of the application's inserts.
        if (!m_env.control->sleep(50))
            throw RunAborted(
                BackfillRunner::tr("stopped during the final sweep; run again to finish it"));
    }
    result.keptArriving = true;
    return result;
}

void BackfillRunner::dryRun(const std::optional<RunCheckpoint> &resumeFrom)
{
    const BackfillJob &job = m_env.prepared->script.backfill;
    const BackfillSettings &settings = m_env.prepared->plan.backfill;
    RunEvent event;
    event.kind = RunEvent::DryRun;
    event.phase = QStringLiteral("backfill");
    event.sql = job.updateSql;
    event.message =
        BackfillRunner::tr(
            "would fill %1 in keyset batches on %2 %3, each its own transaction (%4; batches sized "
            "to %5 ms, at most %6 rows), then sweep rows added behind the cursor")
            .arg(job.column, job.keyColumns.join(QStringLiteral(", ")),
                 resumeFrom ? BackfillRunner::tr("resuming after key %1 (%2 rows done)")
                                  .arg(keyText(resumeFrom->lastKey))
                                  .arg(resumeFrom->rowsDone)
                            : BackfillRunner::tr("from the first key"),
                 localSettings())
            .arg(settings.targetBatchMs)
            .arg(settings.maxBatchRows);
    m_env.notify(event);
}

// Where the walk stands: the keys that bound it, the next batch's first key, and the counts
// and clocks the progress, the journal and the final event are made of.
struct BackfillRunner::Walk
{
    QString phaseSha256;
    std::optional<QStringList> maxKey; // the largest key at the start: the walk stops there
    std::optional<QStringList> lo;     // first key of the next batch; none: nothing left
    qint64 total = 0;                  // rows expected, for the progress
    qint64 rowsDone = 0;
    qint64 rowsUpdated = 0;
    qint64 rowsAtStart = 0; // rows done by an earlier run this one resumes
    int batches = 0;
    double lagMs = -1;
    bool pausedShown = false;
    QElapsedTimer elapsed;
    QElapsedTimer sinceEmit;
};

int BackfillRunner::targetBatchMs() const
{
    return m_env.control->targetBatchMs() > 0 ? m_env.control->targetBatchMs()
                                              : m_env.prepared->plan.backfill.targetBatchMs;
}

BackfillRunner::Walk BackfillRunner::startWalk(const QString &phaseSha256,
                                               const std::optional<RunCheckpoint> &resumeFrom)
{
    const BackfillJob &job = *m_job; // the table, or the leaf partition walked now
    Walk walk;
    walk.phaseSha256 = phaseSha256;
    // How far to walk: the largest key now. Rows inserted later get the default or the sweep.
    const QString keys = KeysetBatch::keyList(job.keyColumns);
    walk.maxKey = firstRow(query(
        QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT 1")
            .arg(keys, job.table, KeysetBatch::keyList(job.keyColumns, QStringLiteral(" DESC")))));
    walk.total = query(m_dialect.rowEstimateSql(m_env.prepared->context)).value(0, 0).toLongLong();
    if (walk.total <= 0)
        walk.total = query(QStringLiteral("SELECT count(*) FROM %1")
                               .arg(m_env.prepared->script.backfill.table))
                         .value(0, 0)
                         .toLongLong();

    walk.rowsDone = resumeFrom ? resumeFrom->rowsDone : 0;
    walk.rowsUpdated = resumeFrom ? resumeFrom->rowsUpdated : 0;
    if (resumeFrom && !resumeFrom->lastKey.isEmpty()) {
        walk.lo = firstRow(query(bindKeys(job.nextKeySql, {}, resumeFrom->lastKey)));
        RunEvent event;
        event.kind = RunEvent::Info;
        event.phase = QStringLiteral("backfill");
        event.message =
            BackfillRunner::tr("resuming from the checkpoint after key %1 (%2 rows done)")
                .arg(keyText(resumeFrom->lastKey))
                .arg(walk.rowsDone);
        m_env.notify(event);
    } else {
        walk.lo = firstRow(query(job.firstKeySql));
    }
    if (walk.lo && walk.maxKey) {
        // A checkpoint past the largest key (rows deleted since): nothing left to walk.
        if (m_dialect.isTrue(query(keyAfter(*walk.lo, *walk.maxKey)).value(0, 0)))
            walk.lo.reset();
    }
    walk.elapsed.start();
    walk.sinceEmit.start();
    walk.rowsAtStart = walk.rowsDone;
    return walk;
}

void BackfillRunner::waitWhilePaused(Walk &walk)
{
    m_env.control->throwIfAborted(
        BackfillRunner::tr("stopped after a committed batch; %1 rows done; run again to resume "
                           "from the checkpoint")
            .arg(walk.rowsDone));
    if (m_env.control->isPaused() && !walk.pausedShown) {
        RunEvent event;
        event.kind = RunEvent::Throttle;
        event.phase = QStringLiteral("backfill");
        event.message =
            BackfillRunner::tr("paused after %1 rows; resume to go on").arg(walk.rowsDone);
        m_env.notify(event);
        walk.pausedShown = true;
    }
    if (!m_env.control->waitWhilePaused())
        throw RunAborted(
            BackfillRunner::tr(
                "stopped while paused; %1 rows done; run again to resume from the checkpoint")
                .arg(walk.rowsDone));
    walk.pausedShown = false;
}

// The batch and the checkpoint after it, in one journal write. nextRows: the size the sizer
// asks for next, so a resumed run starts there.
void BackfillRunner::journalBatch(const Walk &walk, const BatchResult &batch, int nextRows)
{
    if (!m_env.journal)
        return;
    JournalStatement s;
    s.runId = m_env.runId;
    s.phase = QStringLiteral("backfill");
    s.index = -1;
    s.sql = batch.sql;
    s.startedAt = QDateTime::currentDateTimeUtc().addMSecs(-qint64(batch.ms));
    s.durationMs = batch.ms;
    s.rows = batch.rowsUpdated;
    s.attempts = batch.attempts;
    s.outcome = QStringLiteral("batch");
    RunCheckpoint checkpoint;
    checkpoint.runId = m_env.runId;
    checkpoint.phaseSha256 = walk.phaseSha256;
    // A partitioned table's walk goes leaf by leaf: the checkpoint names the leaf first.
    checkpoint.lastKey =
        m_job->partition.isEmpty() ? batch.hi : QStringList{m_job->partition} + batch.hi;
    checkpoint.rowsDone = walk.rowsDone;
    checkpoint.rowsUpdated = walk.rowsUpdated;
    checkpoint.batchRows = nextRows;
    m_env.journal->recordBatch(s, checkpoint);
}

// Our batch made other sessions wait on its locks: smaller batches, and a pause.
void BackfillRunner::easeOff(const BatchResult &batch, BatchSizer &sizer)
{
    sizer.shrink(0.5);
    RunEvent event;
    event.kind = RunEvent::Throttle;
    event.phase = QStringLiteral("backfill");
    event.message = BackfillRunner::tr("our batch made %1 other session(s) wait on its "
                                       "locks: smaller batches (%2 rows) and a pause")
                        .arg(batch.blockedOthers)
                        .arg(sizer.next());
    m_env.notify(event);
    if (!m_env.control->sleep(std::max(500, int(batch.ms))))
        throw RunAborted(BackfillRunner::tr(
            "stopped after a committed batch; run again to resume from the checkpoint"));
}

// A progress event at most every 100 ms, and for the last batch.
void BackfillRunner::reportProgress(Walk &walk, const BatchResult &batch, const BatchSizer &sizer)
{
    const double seconds = std::max(walk.elapsed.nsecsElapsed() / 1e9, 1e-3);
    const double rate = (walk.rowsDone - walk.rowsAtStart) / seconds;
    walk.total = std::max(walk.total, walk.rowsDone);
    if (walk.sinceEmit.elapsed() < 100 && !batch.reachedEnd)
        return;
    RunEvent event;
    event.kind = RunEvent::Progress;
    event.phase = QStringLiteral("backfill");
    event.rowsDone = walk.rowsDone;
    event.rowsTotal = walk.total;
    event.rowsUpdated = walk.rowsUpdated;
    event.rowsPerSecond = rate;
    event.etaSeconds = rate > 0 ? (walk.total - walk.rowsDone) / rate : -1;
    event.batchMs = batch.ms;
    event.batchRows = int(batch.rowsInRange);
    event.nextBatchRows = sizer.next();
    event.targetBatchMs = sizer.targetMs();
    event.lagMs = walk.lagMs;
    event.lastKey = batch.hi;
    m_env.notify(event);
    walk.sinceEmit.restart();
}

// The pause between batches: the console's, else the plan's backfill.pause_ms.
void BackfillRunner::pauseBetweenBatches()
{
    const int pause = m_env.control->pauseMs() >= 0 ? m_env.control->pauseMs()
                                                    : m_env.prepared->plan.backfill.pauseMs;
    if (pause > 0 && !m_env.control->sleep(pause))
        throw RunAborted(BackfillRunner::tr(
            "stopped after a committed batch; run again to resume from the checkpoint"));
}

// The sweep for rows that appeared behind the cursor, then the last progress event; throws
// RunAborted when rows keep arriving without a value.
qint64 BackfillRunner::finishWalk(Walk &walk, const BatchSizer &sizer)
{
    const BackfillJob &job = m_env.prepared->script.backfill;
    const SweepResult swept = sweep();
    walk.rowsUpdated += swept.filled;
    if (swept.keptArriving) {
        RunEvent event;
        event.kind = RunEvent::Warning;
        event.phase = QStringLiteral("backfill");
        event.rowsArriving = swept.lastPassRows;
        event.message =
            BackfillRunner::tr(
                "rows keep arriving without a value: the last of 20 sweep passes still found %1")
                .arg(swept.lastPassRows);
        m_env.notify(event);
        throw RunAborted(
            arrivingMessage(job.column, swept.lastPassRows,
                            BackfillRunner::tr("still found by the last of 20 sweep passes")));
    }
    RunEvent event;
    event.kind = RunEvent::Progress;
    event.phase = QStringLiteral("backfill");
    event.rowsDone = std::max(walk.rowsDone, walk.total);
    event.rowsTotal = std::max(walk.rowsDone, walk.total);
    event.rowsUpdated = walk.rowsUpdated;
    event.etaSeconds = 0;
    event.rowsPerSecond =
        (walk.rowsDone - walk.rowsAtStart) / std::max(walk.elapsed.nsecsElapsed() / 1e9, 1e-3);
    event.nextBatchRows = sizer.next();
    event.targetBatchMs = sizer.targetMs();
    event.lagMs = walk.lagMs;
    m_env.notify(event);
    return walk.rowsUpdated;
}

qint64 BackfillRunner::run(const QString &phaseSha256,
                           const std::optional<RunCheckpoint> &resumeFrom)
{
    if (m_env.options.dryRun) {
        dryRun(resumeFrom);
        return 0;
    }
    const BackfillJob &root = m_env.prepared->script.backfill;
    const BackfillSettings &settings = m_env.prepared->plan.backfill;
    BatchSizer sizer(resumeFrom && resumeFrom->batchRows > 0
                         ? resumeFrom->batchRows
                         : std::min(m_env.options.initialBatchRows, settings.maxBatchRows),
                     settings.maxBatchRows, targetBatchMs());
    if (root.leaves.isEmpty()) {
        Walk walk = startWalk(phaseSha256, resumeFrom);
        walkTo(walk, sizer);
        return finishWalk(walk, sizer);
    }
    // A partitioned table: each leaf on its own key, in turn; a checkpoint names its leaf, and
    // the leaves before it are done.
    qsizetype first = 0;
    std::optional<RunCheckpoint> within = resumeFrom;
    if (resumeFrom && !resumeFrom->lastKey.isEmpty()) {
        first = -1;
        for (qsizetype i = 0; i < root.leaves.size(); ++i)
            if (root.leaves.at(i).partition == resumeFrom->lastKey.first())
                first = i;
        if (first < 0) { // that leaf is gone: walk every leaf again (filled rows are skipped)
            first = 0;
            within.reset();
        } else {
            within->lastKey.removeFirst();
        }
    }
    qint64 rowsDone = within ? within->rowsDone : 0;
    qint64 rowsUpdated = within ? within->rowsUpdated : 0;
    std::optional<Walk> last;
    for (qsizetype i = first; i < root.leaves.size(); ++i) {
        m_job = &root.leaves.at(i);
        RunEvent event;
        event.kind = RunEvent::Info;
        event.phase = QStringLiteral("backfill");
        event.message = BackfillRunner::tr("partition %1 (%2 of %3)")
                            .arg(m_job->partition)
                            .arg(i + 1)
                            .arg(root.leaves.size());
        m_env.notify(event);
        std::optional<RunCheckpoint> from = i == first ? within : std::nullopt;
        if (!from && (rowsDone > 0 || rowsUpdated > 0)) {
            from = RunCheckpoint{};
            from->rowsDone = rowsDone;
            from->rowsUpdated = rowsUpdated;
        }
        Walk walk = startWalk(phaseSha256, from);
        walkTo(walk, sizer);
        rowsDone = walk.rowsDone;
        rowsUpdated = walk.rowsUpdated;
        last.emplace(std::move(walk));
    }
    m_job = &root;
    return finishWalk(*last, sizer);
}

void BackfillRunner::walkTo(Walk &walk, BatchSizer &sizer)
{
    while (walk.lo) {
        waitWhilePaused(walk);
        throttleOnLag(walk.lagMs);
        if (sizer.targetMs() != targetBatchMs())
            sizer.setTargetMs(targetBatchMs());

        const BatchResult batch =
            runBatch(*walk.lo, sizer.next(), walk.maxKey.value_or(QStringList()), sizer);
        if (batch.hi.isEmpty())
            break;
        ++walk.batches;
        walk.rowsDone += batch.rowsInRange;
        walk.rowsUpdated += batch.rowsUpdated;
        journalBatch(walk, batch, sizer.next());
        sizer.record(int(std::min<qint64>(batch.rowsInRange, INT_MAX)), batch.ms);
        if (batch.blockedOthers > 0)
            easeOff(batch, sizer);
        if (m_env.options.sampleEveryBatches > 0 &&
            walk.batches % m_env.options.sampleEveryBatches == 0)
            sampleMismatch(batch);
        reportProgress(walk, batch, sizer);
        pauseBetweenBatches();
        if (batch.reachedEnd)
            break;
        walk.lo = firstRow(query(bindKeys(m_job->nextKeySql, {}, batch.hi)));
    }
}
