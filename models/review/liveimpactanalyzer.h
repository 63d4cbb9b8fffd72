#pragma once
// Measures a compiled plan against a connected PostgreSQL server: forecasts every statement's
// locks (the static review), estimates its time from the table's size, explains one backfill
// batch, and reads who would block the DDL right now, the oldest snapshot, replication lag and
// the backfill's WAL volume. Synchronous: the CLI calls it directly, the GUI through a worker.

#include "liveimpact.h"
#include "sql/script.h"

#include <QCoreApplication>

class Session;

struct LiveImpactOptions
{
    // Assumed rates (stated with every estimate): a sequential scan reads the heap at this many
    // bytes per second; a rewrite (heap + indexes + WAL) goes `rewriteSlowdown` times slower;
    // a backfill (read, write a new row version, WAL, index entries) `backfillSlowdown` times.
    double scanBytesPerSecond = 200.0 * 1024 * 1024;
    double rewriteSlowdown = 4.0;
    double backfillSlowdown = 4.0;
    // The analysis never waits long behind a lock itself.
    int lockTimeoutMs = 1000;
    int statementTimeoutMs = 30000;
};

class LiveImpactAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(LiveImpactAnalyzer)

public:
    // Throws DbError when the server cannot be read; a batch that cannot be explained is noted
    // in the result instead.
    static LiveImpact analyze(Session &session, const Script &script,
                              const LiveImpactOptions &options = {});

    // Backends holding or queued for a lock that conflicts with `needed` on its relation
    // ("schema.table" or "table"; quotes allowed). Each blocker names the needed lock it blocks
    // in `statements` (1-based index into `needed`).
    static QList<BlockingBackend> blockers(Session &session, const QList<RelationLock> &needed);
    static SnapshotHolder oldestSnapshot(Session &session, bool *found, int *holders = nullptr);
    static ReplicationStatus replication(Session &session);
    // pg_cancel_backend / pg_terminate_backend; true when the server signalled the backend.
    static bool signalBackend(Session &session, int pid, bool terminate);

    // 'text' with quotes doubled.
    static QString literal(const QString &text);
    // "schema"."table" / schema.table / table -> {schema (may be empty), table}, unquoted.
    static std::pair<QString, QString> splitName(const QString &qualified);
};
