// column-planner run PLAN --db URI|--profile NAME [--confirm-production NAME] [--phase NAME]
// [--yes] [--dry-run] [--json-progress] [--journal PATH] [--accept-blocking-copy]
//                      [--control FILE] [--max-attempts N] [--max-wait SECONDS]
//                      [--retry-invalid-index]

#include "cliutil.h"
#include "commands.h"
#include "db/dberror.h"
#include "plan/planfile.h"
#include "run/runcontrol.h"
#include "store/localstore.h"
#include "store/runjournal.h"

#include "run/runner.h"
#include <QFileInfo>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <limits>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace cli {

namespace {

std::atomic<bool> stopRequested{false};

extern "C" void onStopSignal(int)
{
    stopRequested.store(true);
}

void installStopSignals()
{
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// Keys without Enter while the run goes on; the normal mode back for gate questions and at exit.
class TerminalKeys
{
public:
    TerminalKeys() : m_active(isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0)
    {
        raw();
    }
    ~TerminalKeys() { cooked(); }
    bool active() const { return m_active; }
    void raw()
    {
        if (!m_active)
            return;
        termios mode = m_saved;
        mode.c_lflag &= ~tcflag_t(ICANON | ECHO);
        mode.c_cc[VMIN] = 0;
        mode.c_cc[VTIME] = 0;
        tcsetattr(STDIN_FILENO, TCSANOW, &mode);
    }
    void cooked()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    // A key pressed since the last call, or 0.
    char pending() const
    {
        if (!m_active)
            return 0;
        pollfd fd{STDIN_FILENO, POLLIN, 0};
        if (::poll(&fd, 1, 0) <= 0)
            return 0;
        char c = 0;
        return ::read(STDIN_FILENO, &c, 1) == 1 ? c : 0;
    }

private:
    bool m_active;
    termios m_saved{};
};

QString duration(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return QStringLiteral("--:--");
    const qint64 s = qRound64(seconds);
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QChar(u'0'))
                           .arg(s % 60, 2, 10, QChar(u'0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

QString progressLine(const RunEvent &e)
{
    const double fraction =
        e.rowsTotal > 0 ? std::min(1.0, double(e.rowsDone) / double(e.rowsTotal)) : 0;
    const int width = 24;
    const int filled = int(fraction * width);
    return Cli::tr("[%1%2] %3% %L4/%L5 rows  %L6 rows/s  ETA %7  batch %L8 (%9 ms)  lag %10")
        .arg(QString(filled, u'#'), QString(width - filled, u'.'))
        .arg(int(fraction * 100), 3)
        .arg(e.rowsDone)
        .arg(e.rowsTotal)
        .arg(qRound64(e.rowsPerSecond))
        .arg(duration(e.etaSeconds))
        .arg(e.batchRows)
        .arg(qRound64(e.batchMs))
        .arg(e.lagMs < 0 ? QStringLiteral("-") : Cli::tr("%1 ms").arg(qRound64(e.lagMs)));
}

// A positive whole number given in the option's own unit (or the fallback, in the same unit),
// returned multiplied by scale: --max-wait 60 and its default both become milliseconds.
int positiveOption(const QCommandLineParser &parser, const QString &name, int fallback,
                   int scale = 1)
{
    if (!parser.isSet(name))
        return fallback * scale;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value <= 0 || value > std::numeric_limits<int>::max() / scale)
        throw Failure{ExitUsage, Cli::tr("--%1: expected a positive number up to %2, got \"%3\"")
                                     .arg(name)
                                     .arg(std::numeric_limits<int>::max() / scale)
                                     .arg(parser.value(name))};
    return value * scale;
}

// The saved profile the run targets: the one named by --profile, or the one whose URI (without
// password) is --db's. Only an existing store is read: a run never creates one.
std::optional<ConnectionProfile> savedProfile(const QString &name, const ConnectionUri &uri)
{
    const QString path = LocalStore::defaultPath();
    if (!QFileInfo::exists(path)) {
        if (!name.isEmpty())
            throw Failure{
                ExitUsage,
                Cli::tr(
                    "--profile: no saved connection profile \"%1\" (there is no profile store yet)")
                    .arg(name)};
        return std::nullopt;
    }
    LocalStore store;
    store.open(path);
    if (!name.isEmpty()) {
        const auto profile = store.profile(name);
        if (!profile)
            throw Failure{ExitUsage,
                          Cli::tr("--profile: no saved connection profile \"%1\"").arg(name)};
        return profile;
    }
    return store.profileForUri(uri);
}

void addRunOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    parser.addOption(
        {QStringLiteral("db"), Cli::tr("The database to change."), QStringLiteral("URI")});
    parser.addOption({QStringLiteral("phase"),
                      Cli::tr("Only this phase: expand, backfill, enforce, verify."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("yes"), Cli::tr("Answer yes at every gate.")});
    parser.addOption(
        {QStringLiteral("dry-run"), Cli::tr("Show every step without changing anything.")});
    parser.addOption(
        {QStringLiteral("json-progress"), Cli::tr("One JSON object per line for every event.")});
    parser.addOption({QStringLiteral("journal"),
                      Cli::tr("The run journal (default: %1).").arg(RunJournal::defaultPath()),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("control"),
                      Cli::tr("A file polled for pause, resume, abort, target_batch_ms=N."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("max-attempts"),
                      Cli::tr("Attempts per DDL statement or batch on lock timeouts (default: "
                              "as many as --max-wait allows)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("max-wait"),
                      Cli::tr("Seconds one DDL statement or batch may keep retrying (default %1).")
                          .arg(RunOptions().maxWaitMs / 1000),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("watch"),
                      Cli::tr("Seconds enforce watches for rows it would reject before adding "
                              "anything (default %1).")
                          .arg(RunOptions().arrivalWatchMs / 1000),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("retry-invalid-index"),
                      Cli::tr("Drop an INVALID index left by a failed build and build it again.")});
    parser.addOption({QStringLiteral("accept-blocking-copy"),
                      Cli::tr("MySQL/MariaDB: run ALTERs the server can only do by copying the "
                              "table or blocking writes (journaled).")});
    parser.addOption({QStringLiteral("profile"),
                      Cli::tr("Run on this saved connection profile (instead of --db)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("confirm-production"),
         Cli::tr("Run an unapproved or stale plan on a production profile: type its name."),
         QStringLiteral("NAME")});
}

// The runner's options as given, or Failure(ExitUsage) naming the first one out of range.
RunOptions runOptions(const QCommandLineParser &parser, const QString &planPath,
                      const std::optional<ConnectionProfile> &profile)
{
    RunOptions options;
    options.planPath = planPath;
    options.phase = parser.value(QStringLiteral("phase"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.retryInvalidIndex = parser.isSet(QStringLiteral("retry-invalid-index"));
    options.acceptBlockingCopy = parser.isSet(QStringLiteral("accept-blocking-copy"));
    if (profile && profile->production)
        options.productionProfile = profile->name;
    options.productionConfirmation = parser.value(QStringLiteral("confirm-production"));
    if (parser.isSet(QStringLiteral("max-attempts")))
        options.maxAttempts = positiveOption(parser, QStringLiteral("max-attempts"), 0);
    options.maxWaitMs =
        positiveOption(parser, QStringLiteral("max-wait"), options.maxWaitMs / 1000, 1000);
    options.arrivalWatchMs =
        positiveOption(parser, QStringLiteral("watch"), options.arrivalWatchMs / 1000, 1000);
    if (!options.phase.isEmpty() && !PlanFile::phaseNames().contains(options.phase))
        throw Failure{ExitUsage,
                      Cli::tr("--phase: unknown phase \"%1\", choose %2")
                          .arg(options.phase, PlanFile::phaseNames().join(QStringLiteral(", ")))};
    return options;
}

// p pause, r resume, q stop after this batch, +/- the target batch time, while the run goes on.
void steerByKeys(const TerminalKeys &keys, RunControl &control, int &targetMs)
{
    for (char c = keys.pending(); c; c = keys.pending()) {
        switch (c) {
        case 'p':
            control.pause();
            break;
        case 'r':
            control.resume();
            break;
        case 'q':
            control.abort();
            break;
        case '+':
            targetMs = std::min(targetMs * 3 / 2 + 1, 60000);
            control.setTargetBatchMs(targetMs);
            break;
        case '-':
            targetMs = std::max(targetMs * 2 / 3, 10);
            control.setTargetBatchMs(targetMs);
            break;
        default:
            break;
        }
    }
}

// What the run shows on stdout: one JSON object per event (--json-progress), or lines of text
// with a progress bar redrawn in place on a terminal and a progress line every 5 s elsewhere.
class RunConsole
{
public:
    explicit RunConsole(bool json) : m_json(json), m_terminal(stdoutIsTerminal() && !json)
    {
        m_sincePlainProgress.start();
    }
    bool terminal() const { return m_terminal; }

    void show(const RunEvent &event)
    {
        if (m_json) {
            writeOut(
                QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)) +
                u'\n');
            return;
        }
        if (event.kind == RunEvent::Progress) {
            showProgress(event);
            return;
        }
        endProgressLine();
        QString line = event.message;
        if (event.kind == RunEvent::CheckDone)
            line = Cli::tr("  %1 %2 (expected %3, got %4)")
                       .arg(event.passed ? Cli::tr("ok  ") : Cli::tr("FAIL"), event.message,
                            event.expected.isEmpty() ? QStringLiteral("-") : event.expected,
                            event.actual);
        else if (event.kind == RunEvent::DryRun && !event.sql.isEmpty())
            line += QStringLiteral("\n    ") +
                    QString(event.sql).replace(u'\n', QStringLiteral("\n    "));
        else if (event.kind == RunEvent::Warning)
            line = Cli::tr("warning: ") + line;
        else if (event.kind == RunEvent::StatementDone || event.kind == RunEvent::StatementSkipped)
            line = QStringLiteral("  ") + line;
        writeOut(line + u'\n');
    }

    // Ends a progress bar drawn in place, so that what follows starts on a line of its own.
    void endProgressLine()
    {
        if (m_progressShown)
            writeOut(QStringLiteral("\n"));
        m_progressShown = false;
    }

    // The last word (a JSON "finished" object with --json-progress) and the exit code.
    int finish(const RunOutcome &outcome)
    {
        endProgressLine();
        if (m_json) {
            QJsonObject end;
            end.insert(QStringLiteral("event"), QStringLiteral("finished"));
            end.insert(QStringLiteral("outcome"), RunOutcome::statusName(outcome.status));
            end.insert(QStringLiteral("exit_code"), outcome.exitCode());
            end.insert(QStringLiteral("message"), outcome.message);
            end.insert(QStringLiteral("run_id"), outcome.runId);
            writeOut(QString::fromUtf8(QJsonDocument(end).toJson(QJsonDocument::Compact)) + u'\n');
        }
        if (outcome.status == RunOutcome::Done) {
            if (!m_json)
                writeOut(outcome.message + u'\n');
            return ExitOk;
        }
        writeError(outcome.message);
        return outcome.exitCode();
    }

private:
    void showProgress(const RunEvent &event)
    {
        if (m_terminal) {
            writeOut(QStringLiteral("\r\033[K") + progressLine(event));
            m_progressShown = true;
        } else if (m_sincePlainProgress.elapsed() >= 5000 || event.etaSeconds == 0) {
            writeOut(progressLine(event) + u'\n');
            m_sincePlainProgress.restart();
        }
    }

    const bool m_json;
    const bool m_terminal;
    bool m_progressShown = false;
    QElapsedTimer m_sincePlainProgress;
};

// A gate's question on stderr, answered on the terminal. --yes enters phases; dropping an
// INVALID index (--retry-invalid-index) and a blocking copy (--accept-blocking-copy) take their
// own option or a "y" typed here.
bool askAtGate(const RunGate &gate, bool yes, TerminalKeys &keys, RunConsole &console)
{
    if (yes && gate.kind == RunGate::EnterPhase)
        return true;
    if (!isatty(STDIN_FILENO))
        return false;
    console.endProgressLine();
    keys.cooked();
    QString text;
    for (const QString &detail : gate.details)
        text += QStringLiteral("    %1\n").arg(detail);
    text += gate.question + QStringLiteral(" [y/N] ");
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    char answer[64] = {};
    const bool read = std::fgets(answer, sizeof answer, stdin) != nullptr;
    keys.raw();
    return read && (answer[0] == 'y' || answer[0] == 'Y');
}

} // namespace

int runCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addRunOptions(parser);
    parseOrFail(parser, args);
    const QString planPath = requiredPositional(parser, QStringLiteral("PLAN"));
    const QString profileName = parser.value(QStringLiteral("profile"));
    const std::optional<ConnectionProfile> profile = savedProfile(
        profileName, profileName.isEmpty()
                         ? ConnectionUri::parse(requiredOption(parser, QStringLiteral("db")))
                         : ConnectionUri());
    const QString uriText =
        profileName.isEmpty() ? parser.value(QStringLiteral("db")) : profile->uri;
    const RunOptions options = runOptions(parser, planPath, profile);
    const bool yes = parser.isSet(QStringLiteral("yes"));
    const bool json = parser.isSet(QStringLiteral("json-progress"));
    if (!yes && !options.dryRun && !isatty(STDIN_FILENO))
        throw Failure{ExitUsage, Cli::tr("no terminal to ask at the gates: pass --yes to run every "
                                         "phase without asking (or --dry-run)")};

    Plan plan;
    try {
        plan = PlanFile::load(planPath);
    } catch (const PlanError &error) {
        throw Failure{ExitUsage, error.message()};
    }
    const ConnectionUri uri = ConnectionUri::parse(uriText);

    RunJournal journal;
    try {
        journal.open(parser.isSet(QStringLiteral("journal"))
                         ? parser.value(QStringLiteral("journal"))
                         : RunJournal::defaultPath());
    } catch (const RunJournalError &error) {
        throw Failure{ExitDatabase, error.message()};
    }

    TerminalKeys keys;
    RunControl control;
    installStopSignals();
    control.setExternalStopFlag(&stopRequested);
    control.setControlFile(parser.value(QStringLiteral("control")));
    int targetMs = plan.backfill.targetBatchMs;
    control.setPollHook([&] { steerByKeys(keys, control, targetMs); });

    Runner runner(plan, uri, options, control, &journal);
    RunConsole console(json);
    runner.setEventHandler([&](const RunEvent &event) { console.show(event); });
    runner.setGate([&](const RunGate &gate) { return askAtGate(gate, yes, keys, console); });
    if (console.terminal() && keys.active() && !options.dryRun)
        writeOut(
            Cli::tr("keys: p pause, r resume, q stop after this batch, +/- target batch time\n"));
    return console.finish(runner.run());
}

} // namespace cli
