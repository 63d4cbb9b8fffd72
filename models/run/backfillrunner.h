#pragma once
// The backfill walked from the client: keyset batches on the primary key (row-value compare for
// composite keys), each its own short transaction under SET LOCAL lock_timeout and
// statement_timeout, guarded by "column IS NULL" so a batch may be redone; sized to a target
// batch time; throttled on replication lag and when a batch made others wait; a checkpoint
// journaled after every commit; a final sweep for rows that appeared behind the cursor.

#include "db/queryresult.h"
#include "rundialect.h"
#include "runenvironment.h"
#include "store/journalrecords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <memory>
#include <optional>

class BatchSizer;

// What a final sweep did: rows filled, and whether rows kept arriving without a value so the
// sweep could not reach zero.
struct SweepResult
{
    qint64 filled = 0;
    qint64 lastPassRows = 0; // rows the last pass still found
    bool keptArriving = false;
};

// One committed batch, as a value (what the progress event and the journal are made of).
struct BatchResult
{
    QStringList lo;         // first key of the batch (text values)
    QStringList hi;         // last key
    qint64 rowsInRange = 0; // rows walked
    qint64 rowsUpdated = 0; // rows written (the rest were already filled)
    double ms = 0;
    int attempts = 1;
    int blockedOthers = 0; // sessions waiting on our locks just before commit
    bool reachedEnd = false;
    QString sql; // the bound UPDATE
};

class BackfillRunner
{
    Q_DECLARE_TR_FUNCTIONS(BackfillRunner)

public:
    explicit BackfillRunner(RunEnvironment &env);

    // Walks from the checkpoint (or the first key) to the largest key seen at the start, then
    // sweeps; returns the rows written. Throws DbError, RunAborted, RunJournalError.
    qint64 run(const QString &phaseSha256, const std::optional<RunCheckpoint> &resumeFrom);
    // Fills rows still NULL wherever they are, pass after pass until one finds none (or 20
    // passes all found some: rows keep arriving without a value).
    SweepResult sweep();
    // The one line a run stops with when rows keep arriving without a value.
    static QString arrivingMessage(const QString &column, qint64 rows, const QString &where);

private:
    // Key values as SQL text, for showing a batch's statement (BatchResult::sql) only.
    QStringList typedLiterals(const QStringList &values) const;
    // sql's :lo_N / :hi_N bound to these keys (RunDialect::bindKeys with the key columns' types).
    BoundSql bindKeys(const QString &sql, const QStringList &lo, const QStringList &hi,
                      const QString &offset = {}) const;
    // "SELECT key > other", both bound: true when key comes after other.
    BoundSql keyAfter(const QStringList &key, const QStringList &other) const;
    std::optional<QStringList> firstRow(const QueryResult &result) const;
    BatchResult runBatch(const QStringList &lo, int rows, const QStringList &maxKey,
                         BatchSizer &sizer);
    // A statement outside a batch's transaction: reconnects when the connection was lost.
    QueryResult query(const BoundSql &bound);
    QueryResult query(const QString &sql) { return query(BoundSql{sql, {}}); }
    void throttleOnLag(double &lagMs);
    void sampleMismatch(const BatchResult &batch);
    void dryRun(const std::optional<RunCheckpoint> &resumeFrom);
    QString localSettings() const;

    // The walk run() does, step by step.
    struct Walk;
    int targetBatchMs() const; // the console's, else the plan's
    // The largest key now, the rows expected, and the first key: the checkpoint's successor or
    // the smallest key.
    Walk startWalk(const QString &phaseSha256, const std::optional<RunCheckpoint> &resumeFrom);
    void waitWhilePaused(Walk &walk);
    void journalBatch(const Walk &walk, const BatchResult &batch, int nextRows);
    void easeOff(const BatchResult &batch, BatchSizer &sizer);
    void reportProgress(Walk &walk, const BatchResult &batch, const BatchSizer &sizer);
    void pauseBetweenBatches();
    qint64 finishWalk(Walk &walk, const BatchSizer &sizer);
    // Batch after batch until the walk reaches its end (or a stop throws).
    void walkTo(Walk &walk, BatchSizer &sizer);

    RunEnvironment &m_env;
    const RunDialect &m_dialect;
    QStringList m_keyTypes; // server type of each key column, for typed literals
    std::unique_ptr<LagProbe> m_lagProbe;
    bool m_lagHiddenShown = false;
    const BackfillJob *m_job; // the job walked now: the table's, or one of its leaves
};
