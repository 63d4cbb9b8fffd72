#pragma once
// The run console's engine room, without widgets: runs a plan through a RunWorker on its own
// thread (phase by phase, a declined gate continuing with the next phase when the user chose
// Skip), compiles the plan for the timeline, runs the checks and samples WAL and lock waits on
// two more threads with their own connections. The GUI thread never waits on any of them.

#include "db/connectionuri.h"
#include "plan/plan.h"
#include "runcheckresult.h"
#include "runevent.h"
#include "rungate.h"
#include "runoutcome.h"
#include "runprobeworker.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <optional>

class QThread;
class RunControl;
class RunWorker;

class RunDriver : public QObject
{
    Q_OBJECT
public:
    explicit RunDriver(QObject *parent = nullptr);
    ~RunDriver() override;

    // planPath: recorded in the journal (may be empty for an unsaved plan).
    void setTarget(const Plan &plan, const ConnectionUri &uri, const QString &planPath = {});
    // The script the user reviewed (the SQL tab): the run names each phase that would execute
    // differently because the database changed since (RunOptions::reviewedScript).
    void setReviewedScript(const std::optional<Script> &script) { m_reviewedScript = script; }
    // No target any more (the connection closed); ignored while a run is active.
    void clearTarget();
    const Plan &plan() const { return m_plan; }
    const ConnectionUri &uri() const { return m_uri; }
    bool hasTarget() const { return m_hasTarget; }
    // Empty: RunJournal::defaultPath().
    void setJournalPath(const QString &path) { m_journalPath = path; }
    // The production profile the target belongs to (empty: not production) and what the user
    // typed to confirm running an unapproved or stale plan there: the runner refuses such a
    // plan unless the two are equal, and journals the override (as `run --confirm-production`).
    void setProductionProfile(const QString &name) { m_productionProfile = name; }
    QString productionProfile() const { return m_productionProfile; }
    void setProductionConfirmation(const QString &typed) { m_productionConfirmation = typed; }

    // Compiles the plan on the server, then runs it. False when a run is already active.
    bool start(bool dryRun);
    bool isActive() const { return m_active; }
    bool isDryRun() const { return m_dryRun; }
    // The live control of the current run; null between runs.
    RunControl *control() const;
    const RunPreview &preview() const { return m_preview; }
    QString gatePhase() const { return m_gatePhase; }
    // The open gate's kind; a gate that is not a phase's (a blocking copy) has no phase.
    std::optional<RunGate::Kind> openGate() const { return m_openGate; }

    void runPhase();  // answers the open gate with yes
    void skipPhase(); // declines it; the run goes on with the next phase
    void stop();      // abort after the current batch (answers an open gate no)
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    void setTargetBatchMs(int ms); // 0: the plan's
    void setPauseMs(int ms);       // -1: the plan's
    void setMaxLagMs(int ms);      // -1: the plan's

    // Runs every check now (on the check thread); the answers come as checkResult/checksDone.
    void runChecks();
    bool checksRunning() const { return m_checkRequest != 0; }

Q_SIGNALS:
    void activeChanged(bool active);
    void previewReady(const RunPreview &preview);
    void event(const RunEvent &event);
    void gateRequested(const RunGate &gate);
    void gateClosed();
    // The whole run is over (every phase, or stopped, or failed).
    void finished(const RunOutcome &outcome);
    void checksStarted();
    void checkResult(const RunCheckResult &result);
    void checksDone(const QList<RunCheckResult> &results);
    void sampled(const RunSample &sample);
    // Preparing or a check failed: one line.
    void failed(const QString &message);

private:
    struct Probe
    {
        std::shared_ptr<Session> session;
        QThread *thread = nullptr; // deletes itself and the worker once stopped
        RunProbeWorker *worker = nullptr;
    };
    Probe makeProbe(const QString &name);
    void dropProbe(Probe &probe);
    void ensureProbes();
    void startWorker(const QString &phase);
    void onWorkerFinished(const RunOutcome &outcome);
    void onWorkerEvent(const RunEvent &event);
    void setActive(bool active);
    void takeSample();

    Plan m_plan;
    std::optional<Script> m_reviewedScript;
    ConnectionUri m_uri;
    bool m_hasTarget = false;
    QString m_journalPath;
    QString m_planPath;
    QString m_productionProfile;
    QString m_productionConfirmation;
    bool m_active = false;
    bool m_dryRun = false;
    bool m_paused = false;
    bool m_stopRequested = false;
    int m_targetBatchMs = 0;
    int m_pauseMs = -1;
    int m_maxLagMs = -1;
    RunPreview m_preview;
    QStringList m_phaseQueue; // phases still to run one by one (after a Skip)
    QString m_gatePhase;
    std::optional<RunGate::Kind> m_openGate;
    QString m_skipping;  // the phase whose gate the user declined with Skip
    QString m_lastPhase; // the phase the current worker last entered
    QThread *m_runThread = nullptr;
    QPointer<RunWorker> m_worker;
    Probe m_checks;
    Probe m_sampler;
    quint64 m_nextRequest = 0;
    quint64 m_checkRequest = 0;
    quint64 m_sampleRequest = 0;
    QTimer m_sampleTimer;
};
