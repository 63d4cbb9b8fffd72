#include "rehearsalreport.h"

#include <QJsonArray>
#include <cmath>

namespace {

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

} // namespace

void RehearsalReport::judge()
{
    checks.clear();
    const double p99Limit = std::max(baseline.p99 * thresholds.p99Ratio, thresholds.p99FloorMs);
    for (const RehearsalPhase &phase : std::as_const(phases)) {
        if (phase.latency.count > 0) {
            RehearsalCheck check;
            check.rule = QStringLiteral("p99-vs-baseline");
            check.phase = phase.name;
            check.value = phase.latency.p99;
            check.limit = p99Limit;
            check.passed = phase.latency.p99 <= p99Limit;
            check.message =
                (check.passed
                     ? RehearsalReport::tr(
                           "%1: workload p99 %2 ms within the limit %3 ms (%4 x baseline p99 %5 "
                           "ms, at least %6 ms)")
                     : RehearsalReport::tr(
                           "%1: workload p99 %2 ms above the limit %3 ms (%4 x baseline p99 %5 "
                           "ms, at least %6 ms)"))
                    .arg(phase.name)
                    .arg(phase.latency.p99, 0, 'f', 1)
                    .arg(p99Limit, 0, 'f', 1)
                    .arg(thresholds.p99Ratio)
                    .arg(baseline.p99, 0, 'f', 2)
                    .arg(thresholds.p99FloorMs);
            checks << check;
        }
        RehearsalCheck wait;
        wait.rule = QStringLiteral("lock-wait");
        wait.phase = phase.name;
        wait.value = phase.maxLockWaitMs;
        wait.limit = thresholds.maxLockWaitMs;
        wait.passed = phase.maxLockWaitMs <= thresholds.maxLockWaitMs;
        wait.message =
            wait.passed
                ? RehearsalReport::tr("%1: longest lock wait %2 ms")
                      .arg(phase.name)
                      .arg(qRound64(phase.maxLockWaitMs))
                : RehearsalReport::tr("%1: a session waited %2 ms for a lock (limit %3 ms): %4")
                      .arg(phase.name)
                      .arg(qRound64(phase.maxLockWaitMs))
                      .arg(qRound64(thresholds.maxLockWaitMs))
                      .arg(phase.longestWaiter);
        checks << wait;
        if (thresholds.failOnWorkloadErrors && phase.errors > 0) {
            RehearsalCheck errors;
            errors.rule = QStringLiteral("workload-errors");
            errors.phase = phase.name;
            errors.passed = false;
            errors.value = double(phase.errors);
            errors.message =
                RehearsalReport::tr("%1: %2 workload operation(s) failed (%3)")
                    .arg(phase.name)
                    .arg(phase.errors)
                    .arg(workloadErrors.value(0, RehearsalReport::tr("see workload.errors")));
            checks << errors;
        }
    }
    RehearsalCheck outcome;
    outcome.rule = QStringLiteral("run-outcome");
    outcome.passed = runOutcome == u"done";
    outcome.message = outcome.passed
                          ? RehearsalReport::tr("the plan ran to the end")
                          : RehearsalReport::tr("the run ended %1: %2").arg(runOutcome, runMessage);
    checks << outcome;
    passed = true;
    for (const RehearsalCheck &check : std::as_const(checks))
        passed = passed && check.passed;
}

QStringList RehearsalReport::reasons() const
{
    QStringList list;
    for (const RehearsalCheck &check : checks)
        if (!check.passed)
            list << check.message;
    return list;
}

QJsonObject RehearsalReport::toJson() const
{
    QJsonArray phaseList;
    for (const RehearsalPhase &phase : phases)
        phaseList.append(QJsonObject{
            {QStringLiteral("name"), phase.name},
            {QStringLiteral("duration_ms"), round1(phase.durationMs)},
            {QStringLiteral("skipped"), phase.skipped},
            {QStringLiteral("latency_ms"), phase.latency.toJson()},
            {QStringLiteral("errors"), phase.errors},
            {QStringLiteral("max_lock_wait_ms"), round1(phase.maxLockWaitMs)},
            {QStringLiteral("longest_waiter"), phase.longestWaiter},
            {QStringLiteral("wal_bytes"), qint64(phase.walBytes)},
            {QStringLiteral("rows_per_second"), round1(phase.rowsPerSecond)},
        });
    QJsonArray checkList;
    for (const RehearsalCheck &check : checks)
        checkList.append(QJsonObject{{QStringLiteral("rule"), check.rule},
                                     {QStringLiteral("phase"), check.phase},
                                     {QStringLiteral("passed"), check.passed},
                                     {QStringLiteral("value"), round1(check.value)},
                                     {QStringLiteral("limit"), round1(check.limit)},
                                     {QStringLiteral("message"), check.message}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("column-planner/rehearsal@1")},
        {QStringLiteral("plan"), planTitle},
        {QStringLiteral("table"), table},
        {QStringLiteral("source"), source},
        {QStringLiteral("staging"), staging},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("load"),
         QJsonObject{
             {QStringLiteral("rows"), load.rows},
             {QStringLiteral("copy_ms"), round1(load.loadMs)},
             {QStringLiteral("rows_per_second"), round1(load.rowsPerSecond)},
             {QStringLiteral("build_ms"), round1(load.buildMs)},
             {QStringLiteral("estimated_bytes"), load.estimatedBytes},
             {QStringLiteral("free_bytes"), load.freeBytes},
             {QStringLiteral("notes"), QJsonArray::fromStringList(profileNotes + load.notes)}}},
        {QStringLiteral("fidelity"), fidelity.toJson()},
        {QStringLiteral("workload"),
         QJsonObject{{QStringLiteral("clients"), clients},
                     {QStringLiteral("operations_per_second"), operationsPerSecond},
                     {QStringLiteral("errors"), QJsonArray::fromStringList(workloadErrors)}}},
        {QStringLiteral("baseline"), baseline.toJson()},
        {QStringLiteral("phases"), phaseList},
        {QStringLiteral("backfill_rows_per_second"), round1(backfillRowsPerSecond)},
        {QStringLiteral("max_lock_wait_ms"), round1(maxLockWaitMs)},
        {QStringLiteral("wal_bytes"), qint64(walBytes)},
        {QStringLiteral("run"), QJsonObject{{QStringLiteral("outcome"), runOutcome},
                                            {QStringLiteral("message"), runMessage}}},
        {QStringLiteral("thresholds"),
         QJsonObject{{QStringLiteral("p99_ratio"), thresholds.p99Ratio},
                     {QStringLiteral("p99_floor_ms"), thresholds.p99FloorMs},
                     {QStringLiteral("max_lock_wait_ms"), thresholds.maxLockWaitMs}}},
        {QStringLiteral("verdict"),
         QJsonObject{{QStringLiteral("passed"), passed},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons())},
                     {QStringLiteral("checks"), checkList}}},
    };
}
