#include "rehearsal.h"

#include "base/identifierrules.h"
#include "db/dberror.h"
#include "db/postgressession.h"
#include "lockmonitor.h"
#include "run/runner.h"
#include "run/runoptions.h"
#include "stagingbuilder.h"
#include "tableprofiler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QThread>

namespace {

QString q(const QString &name)
{
    return quoteIdentifier(name, DialectKind::PostgreSQL);
}

bool isIntegerType(const QString &type)
{
    return type == u"smallint" || type == u"integer" || type == u"bigint";
}

// What the workload can do on this table: the key to read and update by, an indexed column to
// read by, a column to update, and whether new keys can be invented for inserts.
WorkloadTarget workloadTarget(PostgresSession &staging, const TableInfo &table)
{
    WorkloadTarget target;
    const QString qualified = quoteQualified(table.schema, table.name, DialectKind::PostgreSQL);
    target.table = qualified;
    QSet<QString> indexed;
    for (const IndexInfo &index : table.indexes)
        for (const QString &column : index.columns)
            indexed.insert(column);
    if (table.primaryKey.size() == 1) {
        const QString key = table.primaryKey.first();
        target.keyColumn = q(key);
        const QueryResult keys =
            staging.execute(QStringLiteral("SELECT %1::text FROM %2 ORDER BY random() LIMIT 1000")
                                .arg(target.keyColumn, qualified));
        for (const QVariantList &row : keys.rows)
            target.keys << row.value(0).toString();
        const ColumnInfo *keyInfo = table.column(key);
        if (keyInfo && isIntegerType(keyInfo->type) && keyInfo->identity != u"always") {
            const QueryResult max =
                staging.execute(QStringLiteral("SELECT coalesce(max(%1), 0) + 1000 FROM %2")
                                    .arg(target.keyColumn, qualified));
            target.nextKey = max.value(0, 0).toLongLong();
        } else {
            target.notes << Rehearsal::tr(
                "no inserts: the primary key is not an integer the workload can invent");
        }
    } else {
        target.notes << Rehearsal::tr(
            "no reads by key, updates or inserts: the table has no single-column primary key");
    }
    for (const ColumnInfo &column : table.columns)
        target.readColumns << q(column.name);
    for (const ColumnInfo &column : table.columns) {
        if (column.name == table.primaryKey.value(0) || !column.generated.isEmpty())
            continue;
        if (column.identity != u"always")
            target.insertColumns << q(column.name);
        if (target.updateColumn.isEmpty() && !indexed.contains(column.name) &&
            column.identity.isEmpty())
            target.updateColumn = q(column.name);
    }
    for (const IndexInfo &index : table.indexes) {
        if (index.primary || index.columns.size() != 1 || !index.predicate.isEmpty() ||
            !table.column(index.columns.first()))
            continue;
        target.indexedColumn = q(index.columns.first());
        const QueryResult values =
            staging.execute(QStringLiteral("SELECT DISTINCT v FROM (SELECT %1::text AS v FROM %2 "
                                           "WHERE %1 IS NOT NULL LIMIT 20000) s LIMIT 500")
                                .arg(target.indexedColumn, qualified));
        for (const QVariantList &row : values.rows)
            target.indexedValues << row.value(0).toString();
        break;
    }
    if (target.indexedColumn.isEmpty())
        target.notes << Rehearsal::tr(
            "no reads by index: the table has no single-column index besides its primary key");
    return target;
}

std::vector<double> latenciesOf(const std::vector<WorkloadSample> &samples, int phase,
                                qint64 *errors)
{
    std::vector<double> latencies;
    for (const WorkloadSample &sample : samples) {
        if (sample.phase != phase)
            continue;
        if (sample.ok)
            latencies.push_back(sample.latencyMs);
        else if (errors)
            ++*errors;
    }
    return latencies;
}

} // namespace

QString RehearsalProgress::stageName(Stage stage)
{
    switch (stage) {
    case Profile:
        return QCoreApplication::translate("RehearsalProgress", "profile");
    case Load:
        return QCoreApplication::translate("RehearsalProgress", "load");
    case Build:
        return QCoreApplication::translate("RehearsalProgress", "build");
    case Fidelity:
        return QCoreApplication::translate("RehearsalProgress", "fidelity");
    case Baseline:
        return QCoreApplication::translate("RehearsalProgress", "baseline");
    case Run:
        return QCoreApplication::translate("RehearsalProgress", "run");
    case After:
        return QCoreApplication::translate("RehearsalProgress", "after");
    case Done:
        return QCoreApplication::translate("RehearsalProgress", "done");
    }
    return {};
}

Rehearsal::Rehearsal(const Plan &plan, const ConnectionUri &source, const ConnectionUri &staging,
                     const RehearsalOptions &options)
    : m_plan(plan), m_source(source), m_staging(staging), m_options(options)
{
}

void Rehearsal::stop()
{
    m_stop.store(true);
    m_control.abort();
}

void Rehearsal::report(RehearsalProgress::Stage stage, const QString &message, qint64 done,
                       qint64 total, const QString &phase, double rate)
{
    if (!m_onProgress)
        return;
    RehearsalProgress progress;
    progress.stage = stage;
    progress.message = message;
    progress.done = done;
    progress.total = total;
    progress.phase = phase;
    progress.rowsPerSecond = rate;
    m_onProgress(progress);
}

// The phases the workload is measured in, in order: the baseline, the plan's phases as the
// runner enters them, and the time after it; what the runner says of each. Entering a phase
// tells the workload and the lock monitor which phase their samples belong to.
struct Rehearsal::PhaseLog
{
    Workload &workload;
    LockMonitor &monitor;
    QStringList names{QStringLiteral("baseline")}; // index: the samples' phase number
    QHash<QString, RehearsalPhase> facts;
    QStringList order;   // the phases reported, in order (the baseline is reported apart)
    QElapsedTimer clock; // since the current plan phase started

    void enter(const QString &name)
    {
        names << name;
        workload.setPhase(int(names.size() - 1));
        monitor.setPhase(int(names.size() - 1));
    }

    void record(const RunEvent &event)
    {
        switch (event.kind) {
        case RunEvent::PhaseStarted:
            enter(event.phase);
            order << event.phase;
            facts[event.phase].name = event.phase;
            clock.restart();
            break;
        case RunEvent::PhaseDone:
            facts[event.phase].durationMs = double(clock.nsecsElapsed()) / 1e6;
            break;
        case RunEvent::PhaseSkipped:
            if (!facts.contains(event.phase)) {
                order << event.phase;
                facts[event.phase].name = event.phase;
                facts[event.phase].skipped = true;
            }
            break;
        case RunEvent::Progress:
            facts[event.phase].rowsPerSecond = event.rowsPerSecond;
            break;
        default:
            break;
        }
    }

    // A phase the run ended by a failure has no PhaseDone: its time runs to now.
    void endRun()
    {
        if (!order.isEmpty() && facts[order.last()].durationMs == 0 && !facts[order.last()].skipped)
            facts[order.last()].durationMs = double(clock.nsecsElapsed()) / 1e6;
    }

    // Latencies, lock waits and WAL per phase, and the run's worst lock wait and WAL in all.
    void summarise(RehearsalReport &result, const std::vector<WorkloadSample> &samples,
                   const std::vector<LockSample> &locks) const
    {
        qint64 baselineErrors = 0;
        result.baseline = LatencySummary::of(latenciesOf(samples, 0, &baselineErrors));
        for (const QString &name : order) {
            RehearsalPhase phase = facts.value(name);
            const int index = int(names.indexOf(name));
            if (index >= 0) {
                phase.latency = LatencySummary::of(latenciesOf(samples, index, &phase.errors));
                double firstWal = -1, lastWal = -1;
                for (const LockSample &sample : locks) {
                    if (sample.phase != index)
                        continue;
                    if (sample.maxWaitMs > phase.maxLockWaitMs) {
                        phase.maxLockWaitMs = sample.maxWaitMs;
                        phase.longestWaiter = sample.longestWaiter;
                    }
                    if (firstWal < 0)
                        firstWal = sample.walBytes;
                    lastWal = sample.walBytes;
                }
                phase.walBytes = firstWal >= 0 ? lastWal - firstWal : 0;
            }
            if (name == u"backfill")
                result.backfillRowsPerSecond = phase.rowsPerSecond;
            result.maxLockWaitMs = std::max(result.maxLockWaitMs, phase.maxLockWaitMs);
            result.phases << phase;
        }
        for (const LockSample &sample : locks)
            result.maxLockWaitMs = std::max(result.maxLockWaitMs, sample.maxWaitMs);
        if (locks.size() >= 2)
            result.walBytes = locks.back().walBytes - locks.front().walBytes;
    }
};

// Profiles the source table, builds the synthetic copy on staging and compares the two; what
// the workload can do on the copy.
WorkloadTarget Rehearsal::buildStaging(RehearsalReport &result)
{
    report(RehearsalProgress::Profile,
           Rehearsal::tr("reading the source table and its statistics"));
    PostgresSession source(m_source);
    source.open();
    PostgresSession staging(m_staging);
    staging.open();
    StagingBuilder::refuseSameDatabase(source, staging);
    const TableProfile profile =
        TableProfiler::read(source, m_plan.schema, m_plan.table, m_options.sample);
    source.close(); // nothing more is read from the source
    result.table = profile.table.qualifiedName();
    result.profileNotes = profile.notes;
    if (profile.table.column(m_plan.column.name))
        result.profileNotes << Rehearsal::tr("the source already has column %1: the copy has it "
                                             "too, so the run finds it in place")
                                   .arg(m_plan.column.name);
    const qint64 rows = m_options.rows >= 0 ? m_options.rows : qint64(profile.rowEstimate);
    result.rows = rows;

    report(RehearsalProgress::Load,
           Rehearsal::tr("loading %L1 synthetic rows into staging").arg(rows), 0, rows);
    QElapsedTimer loadClock;
    loadClock.start();
    result.load = StagingBuilder::build(
        staging, profile, rows, m_options.replace,
        [&](qint64 done, qint64 total) {
            const double seconds = double(loadClock.elapsed()) / 1000.0;
            report(RehearsalProgress::Load, QString(), done, total, {},
                   seconds > 0 ? double(done) / seconds : 0);
        },
        &m_stop, m_options.seed);

    report(RehearsalProgress::Fidelity,
           Rehearsal::tr("comparing the staging statistics with the source's"));
    const TableProfile copy =
        TableProfiler::read(staging, profile.table.schema, profile.table.name);
    result.fidelity = FidelityReport::compare(profile, copy, double(rows), m_options.tolerance);

    const WorkloadTarget target = workloadTarget(staging, copy.table);
    result.profileNotes << target.notes;
    staging.close();
    return target;
}

// The workload alone for ms, reporting how far it is; cut short by stop().
void Rehearsal::waitFor(int ms, RehearsalProgress::Stage stage)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms && !m_stop.load()) {
        report(stage, QString(), clock.elapsed(), ms);
        QThread::msleep(100);
    }
}

// The plan on staging through the same Runner as `run` and the run console; no journal, so a
// rehearsal never resumes or marks phases done for the real target.
RunOutcome Rehearsal::runPlan(PhaseLog &log)
{
    RunOptions runOptions;
    runOptions.planPath = QStringLiteral("(rehearsal)");
    Runner runner(m_plan, m_staging, runOptions, m_control, nullptr);
    runner.setEventHandler([&](const RunEvent &event) {
        log.record(event);
        if (event.kind == RunEvent::PhaseStarted)
            report(RehearsalProgress::Run, event.message, 0, 0, event.phase);
        else if (event.kind == RunEvent::Progress)
            report(RehearsalProgress::Run, QString(), event.rowsDone, event.rowsTotal, event.phase,
                   event.rowsPerSecond);
    });
    runner.setGate([](const RunGate &) { return true; });
    report(RehearsalProgress::Run, Rehearsal::tr("running the plan on staging"));
    RunOutcome outcome;
    if (m_stop.load()) {
        outcome.status = RunOutcome::Stopped; // stopped during the baseline: the plan never ran
        outcome.message = Rehearsal::tr("stopped before the plan ran");
    } else {
        outcome = runner.run();
    }
    return outcome;
}

// The workload and the lock monitor through the baseline, the run and the time after it.
void Rehearsal::measure(const WorkloadTarget &target, RehearsalReport &result)
{
    Workload workload(m_staging, target, m_options.workload);
    LockMonitor monitor(m_staging);
    monitor.start();
    workload.start();
    PhaseLog log{workload, monitor, {QStringLiteral("baseline")}, {}, {}, {}};
    report(
        RehearsalProgress::Baseline,
        Rehearsal::tr("baseline: the workload alone for %1 s").arg(m_options.baselineMs / 1000.0));
    waitFor(m_options.baselineMs, RehearsalProgress::Baseline);

    const RunOutcome outcome = runPlan(log);
    result.runOutcome = RunOutcome::statusName(outcome.status);
    result.runMessage = outcome.message;
    log.endRun();

    log.enter(QStringLiteral("after"));
    log.order << QStringLiteral("after");
    log.facts[QStringLiteral("after")].name = QStringLiteral("after");
    report(RehearsalProgress::After,
           Rehearsal::tr("after: the workload alone for %1 s").arg(m_options.afterMs / 1000.0));
    QElapsedTimer afterClock;
    afterClock.start();
    waitFor(m_options.afterMs, RehearsalProgress::After);
    log.facts[QStringLiteral("after")].durationMs = double(afterClock.nsecsElapsed()) / 1e6;
    workload.stop();
    monitor.stop();

    const std::vector<WorkloadSample> samples = workload.samples();
    const std::vector<LockSample> locks = monitor.samples();
    result.workloadErrors = workload.errors();
    log.summarise(result, samples, locks);
}

RehearsalReport Rehearsal::run()
{
    if (m_plan.dialect != DialectKind::PostgreSQL ||
        m_source.dialect() != DialectKind::PostgreSQL ||
        m_staging.dialect() != DialectKind::PostgreSQL)
        throw DbError(DbError::Kind::Unsupported,
                      Rehearsal::tr("rehearse needs a PostgreSQL plan, source and staging"));
    RehearsalReport result;
    result.planTitle = m_plan.title;
    result.source = m_source.display();
    result.staging = m_staging.display();
    result.thresholds = m_options.thresholds;
    result.clients = m_options.workload.clients;
    result.operationsPerSecond = m_options.workload.operationsPerSecond;

    const WorkloadTarget target = buildStaging(result);
    if (m_stop.load())
        throw DbError(DbError::Kind::Canceled, Rehearsal::tr("rehearsal stopped after the load"));
    measure(target, result);
    result.judge();
    report(RehearsalProgress::Done,
           result.passed ? QStringLiteral("passed") : QStringLiteral("failed"));
    return result;
}
