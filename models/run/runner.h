#pragma once
// Runs a plan on a live PostgreSQL, MySQL or MariaDB database (what differs: RunDialect), phase by
// phase, each behind a gate the front end answers: DDL that never queues (DdlExecutor), the
// client-side batched backfill (BackfillRunner), the checks (CheckRunner), everything journaled so
// that running again resumes (phases done are skipped, the backfill continues from its checkpoint).
// Blocking: call run() on a worker thread (RunWorker) or the CLI's main thread; control it
// from any thread through the RunControl.

#include "db/connectionuri.h"
#include "plan/plan.h"
#include "runcheckresult.h"
#include "runevent.h"
#include "rungate.h"
#include "runoptions.h"
#include "runoutcome.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

class DdlExecutor;
class RunConnection;
class RunControl;
class RunJournal;
struct PreparedRun;
struct RunEnvironment;
struct Phase;
struct Statement;

class Runner
{
    Q_DECLARE_TR_FUNCTIONS(Runner)

public:
    Runner(const Plan &plan, const ConnectionUri &uri, const RunOptions &options,
           RunControl &control, RunJournal *journal);

    // Called on the run's thread for every event.
    void setEventHandler(std::function<void(const RunEvent &)> handler)
    {
        m_onEvent = std::move(handler);
    }
    // Called on the run's thread before each phase (and before dropping an INVALID index);
    // false stops the run. Without a gate every question is answered yes.
    void setGate(std::function<bool(const RunGate &)> gate) { m_gate = std::move(gate); }
    // Called on the run's thread once the plan is prepared against the database, before the
    // first gate: the front end shows that script and checks with it afterwards.
    void setPreparedHandler(std::function<void(const PreparedRun &)> handler)
    {
        m_onPrepared = std::move(handler);
    }

    // Never throws: every failure becomes an outcome with one line.
    RunOutcome run();
    QList<RunCheckResult> checkResults() const { return m_checks; }

    static QString osUser();

private:
    void emitEvent(const RunEvent &event);
    // The steps of run(), in order.
    // Without an approval on a production profile, the refusal (or, confirmed by typing the
    // profile's name, the override's line in productionOverride).
    std::optional<RunOutcome> refuseUnapprovedProduction(QString &productionOverride) const;
    // Opens the connection and prepares the plan on it; the phases this run may enter.
    QStringList prepareOn(RunConnection &connection, PreparedRun &prepared);
    void beginJournal(const PreparedRun &prepared, RunOutcome &outcome);
    void announceStart(RunConnection &connection, const PreparedRun &prepared,
                       const QString &productionOverride);
    void runPhases(RunEnvironment &env, PreparedRun &prepared, QString &currentPhase);
    // Before enforce on a partitioned table: prepares again when its partitions changed.
    void refreshPartitions(RunEnvironment &env, PreparedRun &prepared);
    // Throws RunAborted when the front end declines the phase.
    void askToEnter(const Phase &phase);
    void judgeChecks(RunOutcome &outcome) const;
    void runPhase(RunEnvironment &env, const Phase &phase, bool columnExistedAtStart);
    void runChecks(RunEnvironment &env);
    // Runs the undo of every statement in `applied`, newest first (journaled); what to add to
    // the failure's line: what was undone, or what the user must run.
    // After a failed backfill: drops the sync trigger (journaled); what to add to the line.
    static QString removeSyncTrigger(RunEnvironment &env);
    static QString undoApplied(RunEnvironment &env, DdlExecutor &ddl, const QString &phase,
                               const QList<const Statement *> &applied);
    // Why a phase is not run this time (done, nothing to do), or empty.
    QString skipReason(const PreparedRun &prepared, const Phase &phase, bool earlierRan) const;
    QStringList phasesToRun(const PreparedRun &prepared) const;
    // The phases whose SQL differs from the reviewed script's (RunOptions::reviewedScript).
    QStringList phasesDifferingFromReviewed(const PreparedRun &prepared) const;

    Plan m_plan;
    ConnectionUri m_uri;
    RunOptions m_options;
    RunControl &m_control;
    RunJournal *m_journal;
    qint64 m_runId = 0;
    bool m_journalBroken = false;
    std::function<void(const RunEvent &)> m_onEvent;
    std::function<bool(const RunGate &)> m_gate;
    std::function<void(const PreparedRun &)> m_onPrepared;
    QList<RunCheckResult> m_checks;
    QStringList m_differsFromReviewed;
};
