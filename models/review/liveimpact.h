#pragma once
// What a compiled plan would do on one live PostgreSQL server right now, as plain values: per
// statement the static lock forecast with a time estimate from the table's size, an EXPLAIN of
// one backfill batch, the sessions whose locks the DDL would wait behind, the oldest snapshot a
// CREATE INDEX CONCURRENTLY would wait for, replication lag, and the backfill's WAL volume.

#include "lockmode.h"
#include "statementforecast.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// A session holding (or queued for) a lock on a table that conflicts with the lock a statement
// needs.
struct BlockingBackend
{
    int pid = 0;
    QString relation; // schema.table the lock is on
    LockMode heldMode = LockMode::None;
    bool granted = true; // false: queued ahead of the DDL, which would queue behind it
    QString user;
    QString application;
    QString state;                     // active, idle in transaction, ...
    double transactionAgeSeconds = -1; // -1: no open transaction
    QString query;                     // the last query of that session
    QList<int> statements;             // 1-based numbers of the plan's statements it blocks
};

// The backend with the oldest snapshot (backend_xmin) in the database: CREATE INDEX
// CONCURRENTLY waits until every such snapshot older than its own is gone.
struct SnapshotHolder
{
    int pid = 0;
    QString user;
    QString application;
    QString state;
    qint64 xminAgeTransactions = 0; // age(backend_xmin)
    double transactionAgeSeconds = -1;
    QString query;
};

struct ReplicaLag
{
    QString applicationName;
    QString clientAddress;
    QString state;               // streaming, catchup, ...
    QString syncState;           // async, sync, quorum, potential
    double writeLagSeconds = -1; // -1: unknown (no recent activity, or not visible to this role)
    double flushLagSeconds = -1;
    double replayLagSeconds = -1;
};

struct ReplicationStatus
{
    bool isStandby = false;
    double standbyReplayDelaySeconds = -1; // on a standby: now() - last replayed commit
    QList<ReplicaLag> replicas;            // on a primary: pg_stat_replication
};

struct WalEstimate
{
    qint64 rows = 0;
    int rowBytes = 0; // average heap bytes per row
    qint64 heapPages = 0;
    int indexes = 0;
    bool fullPageWrites = true;
    qint64 bytes = 0;
    QString formula; // the formula with the numbers filled in
};

struct StatementImpact
{
    int number = 0; // 1-based, over every statement of every phase
    QString phase;
    QString sql;
    QString purpose;
    StatementForecast forecast; // the static lock forecast of this statement
    double estimatedSeconds = 0;
    QString estimateBasis;  // how the estimate was made, in one line
    QList<int> blockerPids; // sessions it would wait behind right now
};

struct BatchExplain
{
    QString sql;      // the statement explained, placeholders bound
    QString note;     // e.g. why the batch's read was explained instead of the UPDATE
    QString planJson; // EXPLAIN (FORMAT JSON) output
    QString topNode;  // "Index Scan", "Seq Scan", ...
    double totalCost = -1;
    double rows = -1;
};

struct LiveImpact
{
    QDateTime takenAt;
    QString serverVersion;
    QString database;
    QString table;     // as the script names it (quoted, qualified)
    qint64 rows = -1;  // estimate; -1: unknown
    QString rowsBasis; // "reltuples" or "count"
    qint64 heapBytes = -1;
    qint64 totalBytes = -1;
    double scanBytesPerSecond = 0; // the rate the estimates assume
    QList<StatementImpact> statements;
    BatchExplain batch; // empty sql: nothing to backfill
    QList<BlockingBackend> blockers;
    bool hasOldestSnapshot = false;
    SnapshotHolder oldestSnapshot;
    int snapshotHolders = 0; // backends holding a snapshot in this database
    ReplicationStatus replication;
    WalEstimate wal;

    bool hasGrantedBlockers() const
    {
        for (const BlockingBackend &blocker : blockers)
            if (blocker.granted)
                return true;
        return false;
    }
};

Q_DECLARE_METATYPE(LiveImpact)
Q_DECLARE_METATYPE(BlockingBackend)
