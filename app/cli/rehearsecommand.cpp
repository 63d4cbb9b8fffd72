// column-planner rehearse PLAN --source URI --staging URI [--rows N] [--json] [--replace]
// [--attach]
//                          [--clients N] [--rate OPS] [--mix K,I,N,U] [--baseline S] [--after S]
//                          [--p99-ratio X] [--p99-floor-ms MS] [--max-wait-ms MS] [--seed N]

#include "cliutil.h"
#include "commands.h"
#include "db/dberror.h"
#include "plan/planfile.h"
#include "rehearsal/rehearsal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace cli {

namespace {

std::atomic<bool> stopSignalled{false};

extern "C" void onRehearsalStopSignal(int)
{
    stopSignalled.store(true);
}

double numberOption(const QCommandLineParser &parser, const QString &name, double fallback,
                    double minimum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < minimum || !std::isfinite(value))
        throw Failure{ExitUsage, Cli::tr("--%1: expected a number of at least %2, got \"%3\"")
                                     .arg(name)
                                     .arg(minimum)
                                     .arg(parser.value(name))};
    return value;
}

void writeProgress(const QString &line)
{
    const QByteArray bytes = (QStringLiteral("\r\033[K") + line).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString bar(double fraction)
{
    const int width = 24;
    const int filled = int(std::clamp(fraction, 0.0, 1.0) * width);
    return QStringLiteral("[%1%2] %3%")
        .arg(QString(filled, u'#'), QString(width - filled, u'.'))
        .arg(int(fraction * 100), 3);
}

QString summary(const RehearsalReport &report)
{
    QString text;
    text += Cli::tr("rehearsal of \"%1\" on %2 (%L3 synthetic rows in %4)\n")
                .arg(report.planTitle, report.table)
                .arg(report.rows)
                .arg(report.staging);
    text += Cli::tr("load: %L1 rows in %2 s (%L3 rows/s), keys and indexes %4 s\n")
                .arg(report.load.rows)
                .arg(report.load.loadMs / 1000.0, 0, 'f', 2)
                .arg(qRound64(report.load.rowsPerSecond))
                .arg(report.load.buildMs / 1000.0, 0, 'f', 2);
    for (const QString &note : report.profileNotes + report.load.notes)
        text += Cli::tr("  note: %1\n").arg(note);
    text += Cli::tr("fidelity (null fraction, distinct, top values; %1 column(s) flagged):\n")
                .arg(report.fidelity.flaggedCount());
    // Markers padded to the wider of the two in the user's language, so the columns line up.
    const QString flag = Cli::tr("FLAG"), ok = Cli::tr("ok");
    const qsizetype markerWidth = std::max(flag.size(), ok.size());
    for (const FidelityColumn &column : report.fidelity.columns)
        text += Cli::tr("  %1 %2 nulls %3/%4  distinct %L5/%L6  top diff %7%8\n")
                    .arg((column.flagged ? flag : ok).leftJustified(markerWidth),
                         column.column.leftJustified(20))
                    .arg(column.stagingNullFrac, 0, 'f', 3)
                    .arg(column.sourceNullFrac, 0, 'f', 3)
                    .arg(qRound64(column.stagingDistinct))
                    .arg(qRound64(column.expectedDistinct))
                    .arg(column.worstTopDiff, 0, 'f', 3)
                    .arg(column.flagged ? QStringLiteral("  (") +
                                              column.reasons.join(QStringLiteral("; ")) + u')'
                                        : QString());
    text += Cli::tr("workload: %1 clients, %2 ops/s; latency ms p50/p95/p99/max\n")
                .arg(report.clients)
                .arg(report.operationsPerSecond);
    const QString baseline = Cli::tr("baseline");
    const qsizetype nameWidth = std::max(qsizetype(10), baseline.size());
    const auto latencyLine = [nameWidth](const QString &name, const LatencySummary &l,
                                         const QString &extra) {
        return Cli::tr("  %1 %2 / %3 / %4 / %5  (%L6 ops)%7\n")
            .arg(name.leftJustified(nameWidth))
            .arg(l.p50, 0, 'f', 2)
            .arg(l.p95, 0, 'f', 2)
            .arg(l.p99, 0, 'f', 2)
            .arg(l.max, 0, 'f', 1)
            .arg(l.count)
            .arg(extra);
    };
    text += latencyLine(baseline, report.baseline, QString());
    for (const RehearsalPhase &phase : report.phases)
        text +=
            latencyLine(phase.name, phase.latency,
                        Cli::tr("  %1 s, lock wait %2 ms, WAL %L3 kB%4")
                            .arg(phase.durationMs / 1000.0, 0, 'f', 2)
                            .arg(qRound64(phase.maxLockWaitMs))
                            .arg(qRound64(phase.walBytes / 1024))
                            .arg(phase.rowsPerSecond > 0
                                     ? Cli::tr(", %L1 rows/s").arg(qRound64(phase.rowsPerSecond))
                                     : QString()));
    text += Cli::tr("run: %1%2\n")
                .arg(report.runOutcome,
                     report.runMessage.isEmpty() || report.runMessage == report.runOutcome
                         ? QString()
                         : QStringLiteral(" (") + report.runMessage + u')');
    text += Cli::tr("verdict: %1\n").arg(report.passed ? Cli::tr("PASSED") : Cli::tr("FAILED"));
    for (const QString &reason : report.reasons())
        text += QStringLiteral("  - %1\n").arg(reason);
    return text;
}

void addRehearseOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    parser.addOption(
        {QStringLiteral("source"),
         Cli::tr("The production database the table and its statistics are read from (read only)."),
         QStringLiteral("URI")});
    parser.addOption(
        {QStringLiteral("staging"),
         Cli::tr("The staging database the synthetic copy is built in and the plan runs on."),
         QStringLiteral("URI")});
    parser.addOption({QStringLiteral("rows"),
                      Cli::tr("Rows to generate (default: the source's estimate)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the report as JSON.")});
    parser.addOption(
        {QStringLiteral("replace"), Cli::tr("Drop and rebuild the staging table when it exists.")});
    parser.addOption(
        {QStringLiteral("sample"), Cli::tr("When the source table has never been analysed, "
                                           "estimate its statistics from a sample (read only).")});
    parser.addOption({QStringLiteral("attach"),
                      Cli::tr("Store the report in the plan file under \"rehearsal\".")});
    parser.addOption({QStringLiteral("clients"), Cli::tr("Workload connections (default 4)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("rate"),
         Cli::tr("Workload operations per second, all clients together (default 200)."),
         QStringLiteral("OPS")});
    parser.addOption(
        {QStringLiteral("mix"),
         Cli::tr(
             "Weights of reads by key, reads by index, inserts, updates (default 50,20,10,20)."),
         QStringLiteral("K,I,N,U")});
    parser.addOption({QStringLiteral("baseline"),
                      Cli::tr("Seconds of workload before the run (default 5)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("after"),
                      Cli::tr("Seconds of workload after the run (default 3)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("p99-ratio"),
                      Cli::tr("A phase's p99 may be this many times the baseline's (default 2)."),
                      QStringLiteral("X")});
    parser.addOption({QStringLiteral("p99-floor-ms"),
                      Cli::tr("p99 below this is never judged (default 10)."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("max-wait-ms"),
                      Cli::tr("Longest lock wait allowed (default 1000)."), QStringLiteral("MS")});
    parser.addOption({QStringLiteral("seed"), Cli::tr("Seed of the synthetic data (default 1)."),
                      QStringLiteral("N")});
}

// --mix K,I,N,U: four weights, not all zero.
void readMix(const QCommandLineParser &parser, WorkloadOptions &workload)
{
    const QStringList parts = parser.value(QStringLiteral("mix")).split(u',');
    QList<int> weights;
    for (const QString &part : parts) {
        bool ok = false;
        const int weight = part.trimmed().toInt(&ok);
        if (!ok || weight < 0)
            break;
        weights << weight;
    }
    if (weights.size() != 4 || parts.size() != 4 ||
        weights[0] + weights[1] + weights[2] + weights[3] == 0)
        throw Failure{ExitUsage, Cli::tr("--mix: expected four weights K,I,N,U (reads by key, "
                                         "reads by index, inserts, updates), got \"%1\"")
                                     .arg(parser.value(QStringLiteral("mix")))};
    workload.readByKeyWeight = weights[0];
    workload.readByIndexWeight = weights[1];
    workload.insertWeight = weights[2];
    workload.updateWeight = weights[3];
}

// The options as given, or Failure(ExitUsage) naming the first one out of range.
RehearsalOptions rehearsalOptions(const QCommandLineParser &parser)
{
    RehearsalOptions options;
    options.replace = parser.isSet(QStringLiteral("replace"));
    options.sample = parser.isSet(QStringLiteral("sample"));
    if (parser.isSet(QStringLiteral("rows"))) {
        bool ok = false;
        options.rows = parser.value(QStringLiteral("rows")).toLongLong(&ok);
        if (!ok || options.rows < 1)
            throw Failure{ExitUsage, Cli::tr("--rows: expected a positive number, got \"%1\"")
                                         .arg(parser.value(QStringLiteral("rows")))};
    }
    options.workload.clients =
        int(numberOption(parser, QStringLiteral("clients"), options.workload.clients, 1));
    options.workload.operationsPerSecond =
        numberOption(parser, QStringLiteral("rate"), options.workload.operationsPerSecond, 1);
    if (parser.isSet(QStringLiteral("mix")))
        readMix(parser, options.workload);
    options.baselineMs = int(
        numberOption(parser, QStringLiteral("baseline"), options.baselineMs / 1000.0, 0.5) * 1000);
    options.afterMs =
        int(numberOption(parser, QStringLiteral("after"), options.afterMs / 1000.0, 0) * 1000);
    options.thresholds.p99Ratio =
        numberOption(parser, QStringLiteral("p99-ratio"), options.thresholds.p99Ratio, 1);
    options.thresholds.p99FloorMs =
        numberOption(parser, QStringLiteral("p99-floor-ms"), options.thresholds.p99FloorMs, 0);
    options.thresholds.maxLockWaitMs =
        numberOption(parser, QStringLiteral("max-wait-ms"), options.thresholds.maxLockWaitMs, 0);
    options.seed = quint64(numberOption(parser, QStringLiteral("seed"), 1, 0));
    return options;
}

void installStopSignals()
{
    struct sigaction action = {};
    action.sa_handler = onRehearsalStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// The progress bar's line for one report of the rehearsal.
QString progressLine(const RehearsalProgress &p)
{
    switch (p.stage) {
    case RehearsalProgress::Load:
        return Cli::tr("load  %1 %L2/%L3 rows  %L4 rows/s")
            .arg(bar(p.total > 0 ? double(p.done) / double(p.total) : 0))
            .arg(p.done)
            .arg(p.total)
            .arg(qRound64(p.rowsPerSecond));
    case RehearsalProgress::Run:
        return p.total > 0
                   ? Cli::tr("run   %1 %2 %L3/%L4 rows  %L5 rows/s")
                         .arg(bar(double(p.done) / double(p.total)), p.phase)
                         .arg(p.done)
                         .arg(p.total)
                         .arg(qRound64(p.rowsPerSecond))
                   : Cli::tr("run   %1").arg(p.message); // the runner's line names the phase
    case RehearsalProgress::Baseline:
    case RehearsalProgress::After:
        return p.total > 0 ? QStringLiteral("%1 %2").arg(
                                 RehearsalProgress::stageName(p.stage).leftJustified(8),
                                 bar(double(p.done) / double(p.total)))
                           : p.message; // "baseline: the workload alone for 5 s"
    default:
        return p.message;
    }
}

// Runs the rehearsal with its progress bar on stderr (on a terminal only, so stdout stays the
// report) and SIGINT/SIGTERM stopping it; Failure(ExitStopped) when a signal stopped it before
// it gave a report.
RehearsalReport runWithProgress(Rehearsal &rehearsal)
{
    const bool terminal = isatty(STDERR_FILENO);
    bool barShown = false;
    QElapsedTimer sinceBar;
    sinceBar.start();
    rehearsal.setProgressHandler([&](const RehearsalProgress &p) {
        if (stopSignalled.load())
            rehearsal.stop();
        if (!terminal)
            return;
        const bool stageLine = !p.message.isEmpty();
        if (!stageLine && sinceBar.elapsed() < 100)
            return;
        sinceBar.restart();
        writeProgress(progressLine(p));
        barShown = true;
    });
    // Signals arrive while the run waits: a watcher turns the flag into a stop.
    std::atomic<bool> finished{false};
    std::thread watcher([&] {
        while (!finished.load()) {
            if (stopSignalled.load()) {
                rehearsal.stop();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    RehearsalReport report;
    try {
        report = rehearsal.run();
    } catch (...) {
        finished.store(true);
        watcher.join();
        if (barShown)
            writeProgress(QString());
        if (stopSignalled.load())
            throw Failure{ExitStopped, Cli::tr("rehearsal stopped; the staging table may be "
                                               "partly built (rebuild it with --replace)")};
        throw;
    }
    finished.store(true);
    watcher.join();
    if (barShown)
        writeProgress(QString());
    return report;
}

} // namespace

int rehearseCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addRehearseOptions(parser);
    parseOrFail(parser, args);
    const QString planPath = requiredPositional(parser, QStringLiteral("PLAN"));
    const QString sourceText = requiredOption(parser, QStringLiteral("source"));
    const QString stagingText = requiredOption(parser, QStringLiteral("staging"));
    const RehearsalOptions options = rehearsalOptions(parser);

    Plan plan;
    try {
        plan = PlanFile::load(planPath);
    } catch (const PlanError &error) {
        throw Failure{ExitUsage, error.message()};
    }
    const ConnectionUri source = ConnectionUri::parse(sourceText);
    const ConnectionUri staging = ConnectionUri::parse(stagingText);
    if (source.dialect() != DialectKind::PostgreSQL ||
        staging.dialect() != DialectKind::PostgreSQL || plan.dialect != DialectKind::PostgreSQL)
        throw Failure{ExitUsage, Cli::tr("rehearse is PostgreSQL only: the plan, --source "
                                         "and --staging must all be PostgreSQL")};

    Rehearsal rehearsal(plan, source, staging, options);
    installStopSignals();
    const RehearsalReport report = runWithProgress(rehearsal);

    if (parser.isSet(QStringLiteral("attach"))) {
        plan.source.insert(QStringLiteral("rehearsal"), report.toJson());
        try {
            PlanFile::save(plan, planPath);
        } catch (const PlanError &error) {
            throw Failure{ExitDatabase, error.message()};
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        writeOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else
        writeOut(summary(report));
    if (report.runOutcome == u"stopped")
        return ExitStopped;
    return report.passed ? ExitOk : ExitFindings;
}

} // namespace cli
