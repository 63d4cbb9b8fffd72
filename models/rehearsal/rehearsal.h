#pragma once
// One rehearsal, end to end and headless: profile the source table, build the synthetic staging
// copy, compare its statistics, then run the plan on staging through the real Runner while a
// workload replays reads and writes and a monitor samples lock waits and WAL; the report judges
// the measurements against the thresholds. Blocking: call run() on a worker thread
// (RehearsalWorker) or the CLI's main thread; stop() from any thread.

#include "db/connectionuri.h"
#include "fidelityreport.h"
#include "plan/plan.h"
#include "rehearsalreport.h"
#include "run/runcontrol.h"
#include "run/runevent.h"
#include "workload.h"

#include <QCoreApplication>
#include <QMetaType>
#include <atomic>
#include <functional>

struct RunOutcome;

struct RehearsalOptions
{
    qint64 rows = -1;     // -1: the source's row estimate
    bool replace = false; // drop a staging table already there
    bool sample = false;  // estimate statistics from a sample when the source has none
    WorkloadOptions workload;
    int baselineMs = 5000; // workload alone before the run
    int afterMs = 3000;    // and after it
    RehearsalThresholds thresholds;
    FidelityTolerance tolerance;
    quint64 seed = 1;
};

struct RehearsalProgress
{
    enum Stage
    {
        Profile,
        Load,
        Build,
        Fidelity,
        Baseline,
        Run,
        After,
        Done
    };
    Stage stage = Profile;
    QString phase;   // the plan's phase during Run
    qint64 done = 0; // rows loaded (Load) or backfilled (Run)
    qint64 total = 0;
    double rowsPerSecond = 0;
    QString message;

    static QString stageName(Stage stage);
};
Q_DECLARE_METATYPE(RehearsalProgress)

class Rehearsal
{
    Q_DECLARE_TR_FUNCTIONS(Rehearsal)

public:
    Rehearsal(const Plan &plan, const ConnectionUri &source, const ConnectionUri &staging,
              const RehearsalOptions &options);

    // Called on the rehearsal's thread; the front end throttles what it shows.
    void setProgressHandler(std::function<void(const RehearsalProgress &)> handler)
    {
        m_onProgress = std::move(handler);
    }
    // Thread-safe: stops the load between rows or the run after its current batch.
    void stop();

    // Throws DbError: BadInput for refusals (staging is the source, table present without
    // replace, no statistics, not enough disk), Canceled when stopped before the run, database
    // errors otherwise. A run that fails or is stopped still gives a report (run.outcome).
    RehearsalReport run();

private:
    struct PhaseLog;

    void report(RehearsalProgress::Stage stage, const QString &message, qint64 done = 0,
                qint64 total = 0, const QString &phase = {}, double rate = 0);
    // The steps of run().
    WorkloadTarget buildStaging(RehearsalReport &result);
    void measure(const WorkloadTarget &target, RehearsalReport &result);
    void waitFor(int ms, RehearsalProgress::Stage stage);
    RunOutcome runPlan(PhaseLog &log);

    Plan m_plan;
    ConnectionUri m_source;
    ConnectionUri m_staging;
    RehearsalOptions m_options;
    RunControl m_control;
    std::atomic<bool> m_stop{false};
    std::function<void(const RehearsalProgress &)> m_onProgress;
};
