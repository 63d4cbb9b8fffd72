#pragma once
// Reads what the run console shows beside the runner, on its own thread and connection: the
// compiled script of the plan (for the timeline and the gates), the checks (after each phase and
// on demand) and a sample of the server's log position (WAL, InnoDB redo) and lock waits on the
// table.

#include "db/connectionuri.h"
#include "db/session.h"
#include "plan/plan.h"
#include "preparedrun.h"
#include "runcheckresult.h"
#include "runpreview.h"
#include "sql/script.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <memory>

// One look at the server while the run goes on.
struct RunSample
{
    qint64 atMs = 0;      // QDateTime::currentMSecsSinceEpoch() when taken
    double walBytes = -1; // WAL or redo log position in bytes; -1: not readable
    int lockWaits = 0;    // sessions waiting for a lock on the table
};
Q_DECLARE_METATYPE(RunSample)

class RunProbeWorker : public QObject
{
    Q_OBJECT
public:
    explicit RunProbeWorker(std::shared_ptr<Session> session);

    // Call on the worker's thread (QMetaObject::invokeMethod with a functor).
    // The checks of a plan prepared here, or of one a run prepared (no second preparation).
    void check(quint64 requestId, const Plan &plan);
    void check(quint64 requestId, const std::shared_ptr<const PreparedRun> &prepared);
    void sample(quint64 requestId, const BoundSql &sampleSql);
    void close();

Q_SIGNALS:
    void checkResult(quint64 requestId, const RunCheckResult &result);
    void checksDone(quint64 requestId, const QList<RunCheckResult> &results);
    void sampled(quint64 requestId, const RunSample &sample);
    // One line: what failed and where.
    void failed(quint64 requestId, const QString &message);

private:
    bool ensureOpen(quint64 requestId);

    std::shared_ptr<Session> m_session;
};
