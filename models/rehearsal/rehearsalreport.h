#pragma once
// What a rehearsal measured, as a plain value: the load, the fidelity of the synthetic copy,
// each phase's duration, workload latency against the baseline, lock waits and WAL, the run's
// outcome, and the verdict against the user's thresholds. toJson() is the report attached to
// the plan under "rehearsal".

#include "fidelityreport.h"
#include "latencysummary.h"
#include "stagingbuilder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct RehearsalThresholds
{
    double p99Ratio = 2.0; // a phase's p99 may be at most this times the baseline's ...
    double p99FloorMs =
        10.0; // ... or this, whichever is larger (below it is a busy machine's noise)
    double maxLockWaitMs = 1000; // no session may wait for a lock longer than this
    bool failOnWorkloadErrors = true;
};

struct RehearsalPhase
{
    QString name; // expand, backfill, enforce, verify, after
    double durationMs = 0;
    bool skipped = false;
    LatencySummary latency;
    qint64 errors = 0; // workload operations that failed while it ran
    double maxLockWaitMs = 0;
    QString longestWaiter;
    double walBytes = 0;
    double rowsPerSecond = 0; // backfill only
};

struct RehearsalCheck
{
    QString rule; // "p99-vs-baseline", "lock-wait", "workload-errors", "run-outcome"
    QString phase;
    bool passed = true;
    double value = 0;
    double limit = 0;
    QString message;
};

struct RehearsalReport
{
    QString planTitle;
    QString table;  // schema.table
    QString source; // display() of each URI, never a password
    QString staging;
    qint64 rows = 0;
    StagingLoad load;
    QStringList profileNotes;
    FidelityReport fidelity;
    int clients = 0;
    double operationsPerSecond = 0;
    LatencySummary baseline;
    QList<RehearsalPhase> phases;
    double backfillRowsPerSecond = 0;
    double maxLockWaitMs = 0;
    double walBytes = 0;
    QString runOutcome; // RunOutcome::statusName
    QString runMessage;
    QStringList workloadErrors;
    RehearsalThresholds thresholds;
    QList<RehearsalCheck> checks;
    bool passed = false;

    // Fills checks and passed from the measurements and the thresholds.
    void judge();
    QStringList reasons() const; // the failed checks' messages
    QJsonObject toJson() const;

    Q_DECLARE_TR_FUNCTIONS(RehearsalReport) // last: the macro leaves the members after it private
};
Q_DECLARE_METATYPE(RehearsalReport)
