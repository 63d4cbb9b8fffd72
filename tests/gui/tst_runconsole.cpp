// The run console offscreen on a real server: a 50,000-row table, the gates passed by clicking,
// progress and charts receiving points, pause (rows stop advancing), the target batch time
// changed in its spin box while the backfill runs (the runner's control follows), resume, every
// phase done, checks passing, the journal filled, and the table right in the database. Then the
// main window: Run plan… enabled by a compiling plan on PostgreSQL, and closing during a run
// asks first, stops the run cleanly and closes. The same console on a MariaDB table: the gate
// asking to accept the blocking copy a new CHECK needs (stopped there, then accepted by a click),
// gates, charts (the InnoDB redo log stands for the WAL), checks, and the table right.

#include "../integration/runtestkit.h"
#include "db/dberror.h"
#include "db/session.h"
#include "designer/columndesignerwidget.h"
#include "mainwindow.h"
#include "passgate.h"
#include "plan/planfile.h"
#include "run/runchartswidget.h"
#include "run/runchartview.h"
#include "run/runcheckspanel.h"
#include "run/runconsolewidget.h"
#include "run/runcontrol.h"
#include "run/runcontrolspanel.h"
#include "run/rundriver.h"
#include "run/rungatepanel.h"
#include "run/runjournalview.h"
#include "run/runprogresspanel.h"
#include "run/runtimelinewidget.h"
#include "testsupport.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <atomic>

namespace {

Plan centsPlan(int maxBatchRows, int pauseMs)
{
    const QString json =
        QStringLiteral(
            R"({"format": "column-planner/plan@1", "title": "Store order amounts in cents",
      "target": {"dialect": "postgresql"}, "table": {"schema": "public", "name": "orders"},
      "column": {"name": "amount_cents", "type": "bigint", "nullable": false, "default": "0",
                 "backfill": "(amount * 100)::bigint", "check": "amount_cents >= 0",
                 "index": {"method": "btree", "unique": false}, "comment": "cents"},
      "backfill": {"target_batch_ms": 50, "max_batch_rows": %1, "pause_ms": %2, "max_replication_lag_ms": 5000,
                   "lock_timeout_ms": 2000, "statement_timeout_ms": 60000},
      "checks": [{"name": "no negative amounts", "sql": "SELECT count(*) FROM orders WHERE amount_cents < 0", "expect": "0"}]})")
            .arg(maxBatchRows)
            .arg(pauseMs);
    return PlanFile::parse(json.toUtf8(), QStringLiteral("console-plan.json"));
}

QString makeOrders(const QString &name, int rows)
{
    const QString uri = testsupport::createScratchDatabase(name);
    testsupport::execute(
        uri,
        QStringLiteral(
            "CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) NOT NULL);"
            "INSERT INTO orders (amount) SELECT (g % 500) / 4.0 FROM generate_series(1, %1) g;")
            .arg(rows));
    return uri;
}

QString scalar(const QString &uri, const QString &sql)
{
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();
    return session->execute(sql).value(0, 0).toString();
}

} // namespace

class TestRunConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runsAPlanUnderSupervision();
    void enforceWaitsAtItsGateForTheApplication();
    void closingTheWindowStopsTheRunFirst();
    void dryRunChangesNothingAndSkipGoesOn();
    void runsAPlanOnMariadb();
};

void TestRunConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRunConsole::runsAPlanUnderSupervision()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_console_run"), 50000);
    // Small batches with a pause between them: the backfill lasts long enough to steer it.
    const Plan plan = centsPlan(400, 15);

    RunConsoleWidget console;
    console.resize(1300, 850);
    console.setJournalPath(testsupport::tempPath(QStringLiteral("console-journal.sqlite")));
    console.setRun(plan, ConnectionUri::parse(uri), QStringLiteral("console-plan.json"));
    console.show();
    auto *start = console.findChild<QPushButton *>(QStringLiteral("runStart"));
    auto *gate = console.findChild<RunGatePanel *>(QStringLiteral("runGate"));
    auto *timeline = console.findChild<RunTimelineWidget *>(QStringLiteral("runTimeline"));
    auto *gateSql = console.findChild<QPlainTextEdit *>(QStringLiteral("gateSql"));
    auto *journal = console.findChild<RunJournalView *>(QStringLiteral("runJournal"));
    QVERIFY(start && gate && timeline && gateSql && journal);
    QVERIFY(start->isEnabled());
    QCOMPARE(console.findChild<QSpinBox *>(QStringLiteral("runTargetBatchMs"))->value(), 50);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(console.isRunning());

    // Gate of expand: the phase's SQL is shown read-only, with its locks; the timeline waits.
    QTRY_VERIFY_WITH_TIMEOUT(gate->isOpen(), 30000);
    QCOMPARE(console.driver()->gatePhase(), QStringLiteral("expand"));
    QCOMPARE(timeline->phaseState(QStringLiteral("expand")), RunTimelineWidget::State::Waiting);
    QVERIFY2(gateSql->toPlainText().contains(QStringLiteral("ADD COLUMN")),
             qPrintable(gateSql->toPlainText()));
    QVERIFY(gateSql->toPlainText().contains(QStringLiteral("[lock: ")));
    QCOMPARE(timeline->phaseState(QStringLiteral("backfill")), RunTimelineWidget::State::Pending);
    QTest::mouseClick(console.findChild<QPushButton *>(QStringLiteral("gateRun")), Qt::LeftButton);
    QVERIFY(!gate->isOpen());

    QCOMPARE(passGate(console), QStringLiteral("backfill"));
    QCOMPARE(timeline->phaseState(QStringLiteral("expand")), RunTimelineWidget::State::Done);

    // The backfill runs: the bar, the figures and the charts move.
    RunProgressPanel *progress =
        console.findChild<RunProgressPanel *>(QStringLiteral("runProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->rowsDone() > 2000, 30000);
    QVERIFY(progress->findChild<QProgressBar *>(QStringLiteral("runProgressBar"))->value() > 0);
    QVERIFY(progress->findChild<QLabel *>(QStringLiteral("runRate"))
                ->text()
                .contains(QStringLiteral("rows/s")));
    RunChartsWidget *charts = console.findChild<RunChartsWidget *>(QStringLiteral("runCharts"));
    QTRY_VERIFY_WITH_TIMEOUT(charts->chart(RunChartsWidget::Throughput)->pointCount() >= 2, 10000);
    QVERIFY(charts->chart(RunChartsWidget::BatchLatency)->pointCount() >= 2);
    QVERIFY(charts->chart(RunChartsWidget::BatchSize)->pointCount() >= 2);
    QTRY_VERIFY_WITH_TIMEOUT(charts->chart(RunChartsWidget::LockWaits)->pointCount() >= 1, 10000);
    QCOMPARE(timeline->phaseState(QStringLiteral("backfill")), RunTimelineWidget::State::Running);

    // Pause: rows stop advancing.
    RunControlsPanel *controls =
        console.findChild<RunControlsPanel *>(QStringLiteral("runControls"));
    QSignalSpy events(console.driver(), &RunDriver::event);
    QTest::mouseClick(controls->findChild<QPushButton *>(QStringLiteral("runPause")),
                      Qt::LeftButton);
    QVERIFY(console.driver()->control() && console.driver()->control()->isPaused());
    QVERIFY(!controls->findChild<QPushButton *>(QStringLiteral("runPause"))->isEnabled());
    QVERIFY(controls->findChild<QPushButton *>(QStringLiteral("runResume"))->isEnabled());
    // The batch in flight commits, then the runner says it paused; the console draws the
    // progress it holds before it shows any later event.
    const auto runnerPaused = [&] {
        for (const QList<QVariant> &arguments : std::as_const(events)) {
            const RunEvent event = arguments.at(0).value<RunEvent>();
            if (event.kind == RunEvent::Throttle &&
                event.message.contains(QStringLiteral("paused after")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(runnerPaused(), "the runner did not report that it paused", 30000);
    const qint64 pausedAt = progress->rowsDone();
    // An observation window, not a wait: no batch may be drawn while paused.
    QTest::qWait(1500);
    QCOMPARE(progress->rowsDone(), pausedAt);
    QVERIFY(pausedAt < 50000);

    // The target batch time, typed while paused, reaches the runner's control at once.
    QSpinBox *target = controls->findChild<QSpinBox *>(QStringLiteral("runTargetBatchMs"));
    target->selectAll();
    QTest::keyClicks(target, QStringLiteral("120"));
    QTest::keyClick(target, Qt::Key_Enter);
    QCOMPARE(target->value(), 120);
    QCOMPARE(console.driver()->control()->targetBatchMs(), 120);

    // Resume: rows advance again; WAL written per second is charted from the server's position.
    QTest::mouseClick(controls->findChild<QPushButton *>(QStringLiteral("runResume")),
                      Qt::LeftButton);
    QVERIFY(!console.driver()->control()->isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(progress->rowsDone() > pausedAt, 10000);

    // The remaining gates (enforce, verify), then the end.
    QStringList passed;
    for (QString phase = passGate(console); !phase.isEmpty(); phase = passGate(console))
        passed << phase;
    QCOMPARE(passed, (QStringList{QStringLiteral("enforce"), QStringLiteral("verify")}));
    QTRY_VERIFY_WITH_TIMEOUT(console.lastOutcome().has_value(), 120000);
    QCOMPARE(console.lastOutcome()->status, RunOutcome::Done);
    QVERIFY(!console.isRunning());
    QCOMPARE(progress->findChild<QProgressBar *>(QStringLiteral("runProgressBar"))->value(), 1000);
    QVERIFY(charts->chart(RunChartsWidget::WalRate)->pointCount() >= 1);
    for (const QString &phase : {QStringLiteral("expand"), QStringLiteral("backfill"),
                                 QStringLiteral("enforce"), QStringLiteral("verify")})
        QVERIFY2(timeline->phaseState(phase) == RunTimelineWidget::State::Done, qPrintable(phase));
    QCOMPARE(timeline->statementState(QStringLiteral("expand"), 1), RunTimelineWidget::State::Done);

    // Checks: the runner's verify results and the check worker's last round all pass.
    RunChecksPanel *checks = console.findChild<RunChecksPanel *>(QStringLiteral("runChecks"));
    QTRY_VERIFY_WITH_TIMEOUT(!console.driver()->checksRunning(), 60000);
    QCOMPARE(checks->failedCount(), 0);
    QVERIFY(checks->passedCount() >= 4);
    // None still running, and the summary says when they were evaluated.
    const QString summary = checks->findChild<QLabel *>(QStringLiteral("runChecksSummary"))->text();
    QVERIFY2(!summary.startsWith(QStringLiteral("Evaluating")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("last evaluated")) &&
                 !summary.contains(QStringLiteral("last evaluated never")),
             qPrintable(summary));
    // On demand, too.
    QTest::mouseClick(checks->findChild<QPushButton *>(QStringLiteral("runCheckNow")),
                      Qt::LeftButton);
    QVERIFY(console.driver()->checksRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!console.driver()->checksRunning(), 60000);
    QCOMPARE(checks->failedCount(), 0);

    // The journal view holds the run's story.
    journal->flush();
    QVERIFY(journal->blockCount() > 10);
    const QString log = journal->toPlainText();
    QVERIFY(log.contains(QStringLiteral("phase_started")));
    QVERIFY(log.contains(QStringLiteral("target batch time set to 120 ms")));
    QVERIFY(log.contains(QStringLiteral("paused after")));

    // And the database is right.
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS "
                                        "DISTINCT FROM (amount * 100)::bigint")),
             QStringLiteral("0"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT attnotnull FROM pg_attribute WHERE attrelid = "
                                        "'orders'::regclass AND attname = 'amount_cents'")),
             QStringLiteral("t"));
    QCOMPARE(
        scalar(uri, QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_attribute a ON "
                                   "a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])"
                                   " WHERE i.indrelid = 'orders'::regclass AND a.attname = "
                                   "'amount_cents' AND i.indisvalid")),
        QStringLiteral("1"));
}

void TestRunConsole::enforceWaitsAtItsGateForTheApplication()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_console_arrivals"), 5000);
    const Plan plan = PlanFile::parse(
        QStringLiteral(
            R"({"format": "column-planner/plan@1", "title": "cents, NOT NULL without a default",
      "target": {"dialect": "postgresql"}, "table": {"schema": "public", "name": "orders"},
      "column": {"name": "amount_cents", "type": "bigint", "nullable": false, "backfill": "(amount * 100)::bigint"},
      "backfill": {"target_batch_ms": 50, "max_batch_rows": 2000, "pause_ms": 0, "max_replication_lag_ms": 5000,
                   "lock_timeout_ms": 2000, "statement_timeout_ms": 60000}, "checks": []})")
            .toUtf8(),
        QStringLiteral("arrivals-plan.json"));
    // The application beside the run: its old release inserts a row every 300 ms without
    // amount_cents, its new one writes it.
    runtestkit::ApplicationWriter app(
        uri, 300, QStringLiteral("INSERT INTO orders (amount) VALUES (1)"),
        QStringLiteral("INSERT INTO orders (amount, amount_cents) VALUES (1, 100)"));
    app.start();
    QTRY_VERIFY_WITH_TIMEOUT(app.inserts > 0, 10000);

    RunConsoleWidget console;
    console.resize(1300, 850);
    console.setJournalPath(testsupport::tempPath(QStringLiteral("arrivals-journal.sqlite")));
    console.setRun(plan, ConnectionUri::parse(uri), QStringLiteral("arrivals-plan.json"));
    console.show();
    QTest::mouseClick(console.findChild<QPushButton *>(QStringLiteral("runStart")), Qt::LeftButton);
    QCOMPARE(passGate(console), QStringLiteral("expand"));
    QCOMPARE(passGate(console), QStringLiteral("backfill"));
    QCOMPARE(passGate(console), QStringLiteral("enforce"));

    // The old release still writes rows without the column: enforce stops at a gate of its own
    // before adding anything, says why, and the console counts the rows arriving.
    RunGatePanel *gate = console.findChild<RunGatePanel *>(QStringLiteral("runGate"));
    QTRY_VERIFY_WITH_TIMEOUT(gate->isOpen(), 60000);
    QVERIFY(console.driver()->openGate() == RunGate::WatchAgain);
    auto *question = gate->findChild<QLabel *>(QStringLiteral("gateQuestion"));
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("without a value for amount_cents")) &&
                 question->text().contains(
                     QStringLiteral("enforcing now would make the application's writes fail")),
             qPrintable(question->text()));
    QCOMPARE(gate->findChild<QPushButton *>(QStringLiteral("gateRun"))->text(),
             QStringLiteral("Sweep and &watch again"));
    auto *arriving = console.findChild<RunProgressPanel *>(QStringLiteral("runProgress"))
                         ->findChild<QLabel *>(QStringLiteral("runArriving"));
    QVERIFY(arriving && arriving->isVisible());
    QVERIFY2(arriving->text().contains(QStringLiteral("Rows arriving without a value: ")) &&
                 !arriving->text().contains(QStringLiteral("none")),
             qPrintable(arriving->text()));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = "
                                        "'orders'::regclass AND contype = 'c'")),
             QStringLiteral("0"));

    // The runner waits for the answer: the click that entered the phase does not answer this
    // gate too (no second sweep and watch starts while the question is open).
    QSignalSpy askedAgain(console.driver(), &RunDriver::gateRequested);
    // An observation window, not a wait: longer than one sweep and watch (3 s), in which nothing
    // may happen.
    QTest::qWait(4000);
    QCOMPARE(askedAgain.count(), 0);
    QVERIFY(gate->isOpen());

    // The new release is deployed: one click sweeps, watches again and enforces.
    app.writesNewColumn = true;
    QTest::mouseClick(gate->findChild<QPushButton *>(QStringLiteral("gateRun")), Qt::LeftButton);
    QCOMPARE(passGate(console), QStringLiteral("verify"));
    QTRY_VERIFY_WITH_TIMEOUT(console.lastOutcome().has_value(), 120000);
    QCOMPARE(console.lastOutcome()->status, RunOutcome::Done);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT attnotnull FROM pg_attribute WHERE attrelid = "
                                        "'orders'::regclass AND attname = 'amount_cents'")),
             QStringLiteral("t"));
    app.stopAndWait();
    QVERIFY2(app.errors() == 0, qPrintable(app.firstError()));
}

void TestRunConsole::closingTheWindowStopsTheRunFirst()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_console_close"), 50000);
    MainWindow window;
    window.findChild<RunConsoleWidget *>(QStringLiteral("runConsole"))
        ->setJournalPath(testsupport::tempPath(QStringLiteral("console-close-journal.sqlite")));
    window.show();
    auto *designer = window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    QVERIFY(designer);
    auto *runPlan = window.findChild<QAction *>(QStringLiteral("runPlanAction"));
    QVERIFY(runPlan);
    auto *consoleWidget = window.findChild<RunConsoleWidget *>(QStringLiteral("runConsole"));
    QVERIFY(consoleWidget);
    QVERIFY(!runPlan->isEnabled());
    window.openConnection(ConnectionUri::parse(uri));
    QTRY_VERIFY_WITH_TIMEOUT(
        window.catalog().table(QStringLiteral("public"), QStringLiteral("orders")) != nullptr,
        30000);
    designer->setPlan(centsPlan(300, 30));
    // The form wants nullability chosen explicitly: until then the plan does not compile.
    QVERIFY(!runPlan->isEnabled());
    auto *notNull = designer->findChild<QRadioButton *>(QStringLiteral("notNullRadio"));
    QVERIFY(notNull);
    QTest::mouseClick(notNull, Qt::LeftButton);
    designer->regenerateNow();
    QTRY_VERIFY2_WITH_TIMEOUT(
        runPlan->isEnabled(),
        qPrintable(runPlan->statusTip() + u' ' + designer->problems().join(u';')), 30000);
    runPlan->trigger();
    QVERIFY(window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))
                ->currentWidget()
                ->isAncestorOf(consoleWidget)); // the Run tab is in front

    RunConsoleWidget &console = *consoleWidget;
    QTest::mouseClick(console.findChild<QPushButton *>(QStringLiteral("runStart")), Qt::LeftButton);
    QCOMPARE(passGate(console), QStringLiteral("expand"));
    QCOMPARE(passGate(console), QStringLiteral("backfill"));
    QTRY_VERIFY_WITH_TIMEOUT(
        console.findChild<RunProgressPanel *>(QStringLiteral("runProgress"))->rowsDone() > 0,
        30000);
    QVERIFY(!runPlan->isEnabled());

    // Closing asks first; "Keep running" keeps the window and the run.
    QVERIFY(!window.close());
    auto *question = window.findChild<QMessageBox *>(QStringLiteral("closeDuringRunQuestion"));
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("keepRunning")),
                      Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("closeDuringRunQuestion")));
    QVERIFY(window.isVisible());
    QVERIFY(console.isRunning());

    // "Stop the run and close": the run stops after its batch, then the window closes.
    QVERIFY(!window.close());
    question = window.findChild<QMessageBox *>(QStringLiteral("closeDuringRunQuestion"));
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("stopAndClose")),
                      Qt::LeftButton);
    QVERIFY(window.isVisible());
    // Once stopped, the window closes — after the unsaved plan's own question when the form was
    // edited (asked without exec()).
    if (designer->document().isModified()) {
        QMessageBox *unsaved = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (unsaved = window.findChild<QMessageBox *>(QStringLiteral("unsavedPlanQuestion"))),
            30000);
        QVERIFY(!console.isRunning());
        QTest::mouseClick(unsaved->button(QMessageBox::Discard), Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 30000);
    QVERIFY(console.lastOutcome().has_value());
    QCOMPARE(console.lastOutcome()->status, RunOutcome::Stopped);
    QVERIFY(!console.isRunning());
    // Stopped cleanly: some rows are filled, the rest wait for the next run's checkpoint.
    const qint64 filled =
        scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NOT NULL"))
            .toLongLong();
    QVERIFY(filled > 0);
    QVERIFY(filled < 50000);
}

void TestRunConsole::dryRunChangesNothingAndSkipGoesOn()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_console_skip"), 20000);
    RunConsoleWidget console;
    console.setJournalPath(testsupport::tempPath(QStringLiteral("console-skip-journal.sqlite")));
    console.setRun(centsPlan(50000, 0), ConnectionUri::parse(uri));
    console.show();
    auto *dryRun = console.findChild<QCheckBox *>(QStringLiteral("runDryRun"));
    auto *start = console.findChild<QPushButton *>(QStringLiteral("runStart"));
    auto *timeline = console.findChild<RunTimelineWidget *>(QStringLiteral("runTimeline"));
    QVERIFY(dryRun && start && timeline);

    // Dry run: no gate, every statement shown, nothing changed.
    QTest::mouseClick(dryRun, Qt::LeftButton);
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(console.lastOutcome().has_value(), 60000);
    QCOMPARE(console.lastOutcome()->status, RunOutcome::Done);
    QCOMPARE(timeline->statementState(QStringLiteral("expand"), 1),
             RunTimelineWidget::State::Shown);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                        "'orders'::regclass AND attname = 'amount_cents'")),
             QStringLiteral("0"));

    // Skip at the enforce gate: the run goes on with verify alone, whose checks then fail (the
    // column is not NOT NULL), and says so.
    QTest::mouseClick(dryRun, Qt::LeftButton);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(passGate(console), QStringLiteral("expand"));
    QCOMPARE(passGate(console), QStringLiteral("backfill"));
    QTRY_VERIFY_WITH_TIMEOUT(console.findChild<RunGatePanel *>(QStringLiteral("runGate"))->isOpen(),
                             60000);
    QCOMPARE(console.driver()->gatePhase(), QStringLiteral("enforce"));
    QTest::mouseClick(console.findChild<QPushButton *>(QStringLiteral("gateSkip")), Qt::LeftButton);
    QCOMPARE(passGate(console), QStringLiteral("verify"));
    QTRY_VERIFY_WITH_TIMEOUT(console.lastOutcome().has_value(), 60000);
    QCOMPARE(console.lastOutcome()->status, RunOutcome::ChecksFailed);
    QCOMPARE(timeline->phaseState(QStringLiteral("backfill")), RunTimelineWidget::State::Done);
    QCOMPARE(timeline->phaseState(QStringLiteral("enforce")), RunTimelineWidget::State::Skipped);
    QTRY_VERIFY_WITH_TIMEOUT(!console.driver()->checksRunning(), 60000);
    QVERIFY(console.findChild<RunChecksPanel *>(QStringLiteral("runChecks"))->failedCount() > 0);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT attnotnull FROM pg_attribute WHERE attrelid = "
                                        "'orders'::regclass AND attname = 'amount_cents'")),
             QStringLiteral("f"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NULL")),
             QStringLiteral("0"));
}

void TestRunConsole::runsAPlanOnMariadb()
{
    REQUIRE_MYSQL(serverUri);
    Q_UNUSED(serverUri);
    const QString database = QStringLiteral("cp_console_mysql");
    const QString uri = testsupport::createScratchMysqlDatabase(database);
    testsupport::execute(
        uri,
        QStringLiteral(
            "CREATE TABLE orders (id bigint AUTO_INCREMENT PRIMARY KEY, amount decimal(12,2) NOT "
            "NULL);"
            "INSERT INTO orders (id, amount) SELECT seq, (seq % 500) / 4.0 FROM seq_1_to_50000"));
    const QString json = QStringLiteral(
        R"J({"format": "column-planner/plan@1", "title": "Store order amounts in cents",
      "target": {"dialect": "mariadb"}, "table": {"schema": "cp_console_mysql", "name": "orders"},
      "column": {"name": "amount_cents", "type": "bigint", "nullable": false, "default": "0",
                 "backfill": "round(amount * 100)", "check": "amount_cents >= 0",
                 "index": {"method": "btree", "unique": false}, "comment": "cents"},
      "backfill": {"target_batch_ms": 50, "max_batch_rows": 400, "pause_ms": 15, "max_replication_lag_ms": 5000,
                   "lock_timeout_ms": 2000, "statement_timeout_ms": 60000},
      "checks": [{"name": "no negative amounts", "sql": "SELECT count(*) FROM orders WHERE amount_cents < 0", "expect": "0"}]})J");
    const Plan plan = PlanFile::parse(json.toUtf8(), QStringLiteral("console-mysql-plan.json"));

    RunConsoleWidget console;
    console.resize(1300, 850);
    console.setJournalPath(testsupport::tempPath(QStringLiteral("console-mysql-journal.sqlite")));
    console.setRun(plan, ConnectionUri::parse(uri), QStringLiteral("console-mysql-plan.json"));
    console.show();
    auto *start = console.findChild<QPushButton *>(QStringLiteral("runStart"));
    auto *journal = console.findChild<RunJournalView *>(QStringLiteral("runJournal"));
    auto *gateSql = console.findChild<QPlainTextEdit *>(QStringLiteral("gateSql"));
    QVERIFY(start && journal && gateSql);
    RunChartsWidget *charts = console.findChild<RunChartsWidget *>(QStringLiteral("runCharts"));
    // The charts speak MySQL: InnoDB redo instead of WAL, a replica instead of a standby.
    QCOMPARE(charts->chart(RunChartsWidget::WalRate)->chart()->title(),
             QStringLiteral("InnoDB redo written (kB/s)"));
    QCOMPARE(charts->chart(RunChartsWidget::ReplicationLag)->chart()->title(),
             QStringLiteral("Replication lag (ms) — no replica"));

    // The new CHECK makes MariaDB copy the table: before anything runs, a gate asks to accept
    // the blocking copy. Stop there first: nothing changes.
    RunGatePanel *gate = console.findChild<RunGatePanel *>(QStringLiteral("runGate"));
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(gate->isOpen(), 30000);
    QCOMPARE(console.driver()->openGate(), std::optional(RunGate::AcceptBlockingCopy));
    QVERIFY2(gate->findChild<QLabel *>(QStringLiteral("gateQuestion"))
                 ->text()
                 .contains(QStringLiteral("accept the blocking copy?")),
             qPrintable(gate->findChild<QLabel *>(QStringLiteral("gateQuestion"))->text()));
    QVERIFY2(gate->findChild<QLabel *>(QStringLiteral("gateLocks"))
                 ->text()
                 .contains(QStringLiteral("ALGORITHM=COPY")),
             qPrintable(gate->findChild<QLabel *>(QStringLiteral("gateLocks"))->text()));
    QCOMPARE(gate->findChild<QPushButton *>(QStringLiteral("gateRun"))->text(),
             QStringLiteral("&Accept the blocking copy"));
    QVERIFY(!gate->findChild<QPushButton *>(QStringLiteral("gateSkip"))->isEnabled());
    QVERIFY2(console.findChild<QLabel *>(QStringLiteral("runConsoleStatus"))
                 ->text()
                 .contains(QStringLiteral("accept the blocking copy")),
             qPrintable(console.findChild<QLabel *>(QStringLiteral("runConsoleStatus"))->text()));
    QTest::mouseClick(gate->findChild<QPushButton *>(QStringLiteral("gateStop")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(console.lastOutcome().has_value() && !console.isRunning(), 30000);
    QCOMPARE(console.lastOutcome()->status, RunOutcome::Stopped);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM information_schema.COLUMNS WHERE "
                                        "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders'"
                                        " AND COLUMN_NAME = 'amount_cents'")),
             QStringLiteral("0"));

    // Again, and accept by clicking: the run goes on to the gate of expand, the acceptance
    // journaled.
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(gate->isOpen(), 30000);
    QCOMPARE(console.driver()->openGate(), std::optional(RunGate::AcceptBlockingCopy));
    QTest::mouseClick(gate->findChild<QPushButton *>(QStringLiteral("gateRun")), Qt::LeftButton);
    QVERIFY(!gate->isOpen());
    QTRY_VERIFY_WITH_TIMEOUT(gate->isOpen(), 30000);
    QCOMPARE(console.driver()->gatePhase(), QStringLiteral("expand"));
    QCOMPARE(gate->findChild<QPushButton *>(QStringLiteral("gateRun"))->text(),
             QStringLiteral("&Run this phase"));
    journal->flush();
    QVERIFY2(journal->toPlainText().contains(QStringLiteral("blocking copy accepted")),
             qPrintable(journal->toPlainText()));
    QVERIFY2(gateSql->toPlainText().contains(QStringLiteral("ALGORITHM=INSTANT")),
             qPrintable(gateSql->toPlainText()));
    QTest::mouseClick(console.findChild<QPushButton *>(QStringLiteral("gateRun")), Qt::LeftButton);
    QCOMPARE(passGate(console), QStringLiteral("backfill"));

    RunProgressPanel *progress =
        console.findChild<RunProgressPanel *>(QStringLiteral("runProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->rowsDone() > 2000, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(charts->chart(RunChartsWidget::Throughput)->pointCount() >= 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(charts->chart(RunChartsWidget::LockWaits)->pointCount() >= 1, 10000);

    QStringList passed;
    for (QString phase = passGate(console); !phase.isEmpty(); phase = passGate(console))
        passed << phase;
    QCOMPARE(passed, (QStringList{QStringLiteral("enforce"), QStringLiteral("verify")}));
    QTRY_VERIFY_WITH_TIMEOUT(console.lastOutcome().has_value(), 120000);
    QVERIFY2(console.lastOutcome()->status == RunOutcome::Done,
             qPrintable(console.lastOutcome()->message));
    QCOMPARE(progress->findChild<QProgressBar *>(QStringLiteral("runProgressBar"))->value(), 1000);
    QVERIFY(charts->chart(RunChartsWidget::WalRate)->pointCount() >= 1);
    RunChecksPanel *checks = console.findChild<RunChecksPanel *>(QStringLiteral("runChecks"));
    QTRY_VERIFY_WITH_TIMEOUT(!console.driver()->checksRunning(), 60000);
    QCOMPARE(checks->failedCount(), 0);
    QVERIFY(checks->passedCount() >= 4);
    QCOMPARE(
        scalar(uri,
               QStringLiteral(
                   "SELECT count(*) FROM orders WHERE NOT (amount_cents <=> round(amount * 100))")),
        QStringLiteral("0"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT IS_NULLABLE FROM information_schema.COLUMNS WHERE "
                                        "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders'"
                                        " AND COLUMN_NAME = 'amount_cents'")),
             QStringLiteral("NO"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM information_schema.CHECK_CONSTRAINTS "
                                        "WHERE CONSTRAINT_SCHEMA = DATABASE()"
                                        " AND CHECK_CLAUSE LIKE '%amount_cents%'")),
             QStringLiteral("1"));
}

QTEST_MAIN(TestRunConsole)
#include "tst_runconsole.moc"
