// The window on a 1280x800 laptop screen with its docks open: every control of every tab can be
// reached without scrolling sideways; the run console keeps its gate, Pause, Abort and pacing
// within reach before, during and after a run (the side docks give way while it runs); the six
// charts share one time window and label it in full; the designer keeps every row when notes
// come and go; the connection dialog grows for a long error and drops it when the field changes.

#include "connectiondialog.h"
#include "designer/columndesignerwidget.h"
#include "mainwindow.h"
#include "passgate.h"
#include "run/runchartswidget.h"
#include "run/runchartview.h"
#include "run/runconsolewidget.h"
#include "run/runprogresspanel.h"
#include "testsupport.h"
#include "windowfit.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QValueAxis>

namespace {

QString writePlan(const QString &name, const QString &column)
{
    const QString path = testsupport::tempPath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QStringLiteral(
                   R"({"format": "column-planner/plan@1", "title": "Store order amounts in cents",
      "target": {"dialect": "postgresql"}, "table": {"schema": "public", "name": "orders"},
      "column": {"name": "%1", "type": "bigint", "nullable": false, "default": "0",
                 "backfill": "(amount * 100)::bigint", "check": "%1 >= 0", "comment": "cents"},
      "backfill": {"target_batch_ms": 50, "max_batch_rows": 300, "pause_ms": 10, "max_replication_lag_ms": 5000,
                   "lock_timeout_ms": 2000, "statement_timeout_ms": 60000}})")
                   .arg(column)
                   .toUtf8());
    return path;
}

// Empty when the widget's visible children that are rows of a form neither overlap nor lost
// their height.
QStringList squeezedRows(QWidget *page)
{
    QList<QWidget *> rows;
    for (QWidget *child : page->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (child->isVisible())
            rows << child;
    QStringList out;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i]->height() < rows[i]->minimumSizeHint().height())
            out << testsupport::describe(rows[i]) + QStringLiteral(" is %1 high, needs %2")
                                                        .arg(rows[i]->height())
                                                        .arg(rows[i]->minimumSizeHint().height());
        for (int j = i + 1; j < rows.size(); ++j)
            if (rows[i]->geometry().intersects(rows[j]->geometry()))
                out << testsupport::describe(rows[i]) + QStringLiteral(" overlaps ") +
                           testsupport::describe(rows[j]);
    }
    return out;
}

// Every time label of the chart fits whole ("120 s" is the widest) in the plot's width.
bool timeLabelsFit(RunChartView *chart)
{
    auto *axis = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Horizontal).constFirst());
    const int labels = int((axis->max() - axis->min()) / axis->tickInterval()) + 1;
    return labels * chart->fontMetrics().horizontalAdvance(QStringLiteral("120 s ")) <=
           chart->chart()->plotArea().width();
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyTabFitsALaptop();
    void designerKeepsItsRowsWhenNotesAppear();
    void runConsoleKeepsItsControlsDuringARun();
    void connectionDialogMakesRoomForItsMessage();
    void opensWithinTheScreen();
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWindowLayout::everyTabFitsALaptop()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openDemo();
    QVERIFY(loaded.wait(60000));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QStringList beyond = testsupport::unreachableControls(&window);
        QVERIFY2(beyond.isEmpty(),
                 qPrintable(tabs->tabText(i) + QStringLiteral(":\n") + beyond.join(u'\n')));
    }
}

void TestWindowLayout::designerKeepsItsRowsWhenNotesAppear()
{
    MainWindow window;
    window.show();
    window.resize(testsupport::laptopScreen);
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openDemo();
    QVERIFY(loaded.wait(60000));
    auto *designer = window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    auto *name = designer->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    designer->findChild<QComboBox *>(QStringLiteral("tableCombo"))
        ->setEditText(QStringLiteral("main.orders"));
    // A preset's explanation above, and the nullability note shown then hidden: then the notes
    // under the name come and go as the name is typed (not snake_case, vague, reserved, clash).
    auto *preset = designer->findChild<QComboBox *>(QStringLiteral("presetCombo"));
    const int money = preset->findData(QStringLiteral("money"));
    preset->setCurrentIndex(money);
    Q_EMIT preset->activated(money);
    QWidget *page = name->parentWidget();
    for (const QString &typed :
         {QStringLiteral("D"), QStringLiteral("Data"), QStringLiteral("order"),
          QStringLiteral("customer_id"), QStringLiteral("discount_cents")}) {
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, typed);
        QApplication::processEvents();
        const QStringList squeezed = squeezedRows(page);
        QVERIFY2(squeezed.isEmpty(),
                 qPrintable(typed + QStringLiteral(": ") + squeezed.join(u'\n')));
        QVERIFY(designer->findChild<QWidget *>(QStringLiteral("notNullRadio"))->height() > 0);
        const QStringList beyond = testsupport::unreachableControls(&window);
        QVERIFY2(beyond.isEmpty(), qPrintable(typed + QStringLiteral(": ") + beyond.join(u'\n')));
    }
}

void TestWindowLayout::runConsoleKeepsItsControlsDuringARun()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_layout_run"));
    testsupport::execute(
        uri, QStringLiteral(
                 "CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) NOT NULL);"
                 "INSERT INTO orders (amount) SELECT (g % 500) / 4.0 FROM generate_series(1, "
                 "60000) g;"));
    MainWindow window;
    window.show();
    window.resize(testsupport::laptopScreen);
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openConnection(ConnectionUri::parse(uri));
    QVERIFY(loaded.wait(30000));
    QVERIFY(window.openPlanPath(
        writePlan(QStringLiteral("layout-plan.json"), QStringLiteral("amount_cents"))));
    auto *runPlan = window.findChild<QAction *>(QStringLiteral("runPlanAction"));
    QTRY_VERIFY(runPlan->isEnabled());
    runPlan->trigger();
    auto *console = window.findChild<RunConsoleWidget *>(QStringLiteral("runConsole"));
    console->setJournalPath(testsupport::tempPath(QStringLiteral("layout-journal.sqlite")));
    auto reachable = [&](const QString &when) {
        const QStringList beyond = testsupport::unreachableControls(&window);
        return beyond.isEmpty() ? QString() : when + QStringLiteral(":\n") + beyond.join(u'\n');
    };
    QString problem = reachable(QStringLiteral("ready, docks open"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto *browserDock = window.findChild<QDockWidget *>(QStringLiteral("schemaBrowserDock"));
    auto *designerDock = window.findChild<QDockWidget *>(QStringLiteral("columnDesignerDock"));
    QVERIFY(browserDock->isVisible() && designerDock->isVisible());

    QVERIFY(console->startRun());
    // The side docks give way to the console while it runs.
    QVERIFY(!browserDock->isVisible() && !designerDock->isVisible());
    QCOMPARE(passGate(*console), QStringLiteral("expand"));
    auto *gate = console->findChild<RunGatePanel *>(QStringLiteral("runGate"));
    QTRY_VERIFY_WITH_TIMEOUT(gate->isOpen(), 30000);
    problem = reachable(QStringLiteral("at the backfill gate"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto *pause = console->findChild<QPushButton *>(QStringLiteral("runPause"));
    auto *abort = console->findChild<QPushButton *>(QStringLiteral("runAbort"));
    QVERIFY(pause->isEnabled()); // the backfill is ahead: it can be held
    QCOMPARE(passGate(*console), QStringLiteral("backfill"));

    // The backfill runs: long statuses and growing figures reflow nothing out of reach.
    auto *progress = console->findChild<RunProgressPanel *>(QStringLiteral("runProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(progress->rowsDone() > 3000, 30000);
    auto *charts = console->findChild<RunChartsWidget *>(QStringLiteral("runCharts"));
    QTRY_VERIFY_WITH_TIMEOUT(charts->chart(RunChartsWidget::LockWaits)->pointCount() >= 1, 10000);
    problem = reachable(QStringLiteral("during the backfill"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(pause->isEnabled() && abort->isEnabled());
    // One time window for the six charts, every label whole.
    RunChartView *throughput = charts->chart(RunChartsWidget::Throughput);
    QVERIFY(throughput->windowLast() > throughput->windowFirst());
    for (int i = 0; i < RunChartsWidget::MetricCount; ++i) {
        RunChartView *chart = charts->chart(RunChartsWidget::Metric(i));
        QCOMPARE(chart->windowFirst(), throughput->windowFirst());
        QCOMPARE(chart->windowLast(), throughput->windowLast());
        QVERIFY2(timeLabelsFit(chart), qPrintable(chart->objectName()));
    }

    // At the enforce gate the backfill is over: nothing to pause, the run can still be stopped.
    QTRY_VERIFY_WITH_TIMEOUT(gate->isOpen() || !console->isRunning(), 60000);
    QCOMPARE(console->driver()->gatePhase(), QStringLiteral("enforce"));
    QVERIFY(!pause->isEnabled());
    QVERIFY(abort->isEnabled());
    problem = reachable(QStringLiteral("at the enforce gate"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(passGate(*console), QStringLiteral("enforce"));
    QCOMPARE(passGate(*console), QStringLiteral("verify"));
    QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 60000);
    QCOMPARE(console->lastOutcome()->status, RunOutcome::Done);
    auto *bar = progress->findChild<QProgressBar *>(QStringLiteral("runProgressBar"));
    QCOMPARE(bar->value(), 1000);
    // The docks come back.
    QVERIFY(browserDock->isVisible() && designerDock->isVisible());

    // Another plan: its Run tab starts clean, not with the last run's "100 %" and "Finished".
    QVERIFY(window.openPlanPath(
        writePlan(QStringLiteral("layout-plan-2.json"), QStringLiteral("amount_tenths"))));
    QTRY_VERIFY(runPlan->isEnabled());
    runPlan->trigger();
    QCOMPARE(bar->value(), 0);
    QVERIFY(!console->lastOutcome());
    const QString status = console->findChild<QLabel *>(QStringLiteral("runConsoleStatus"))->text();
    QVERIFY2(status.startsWith(QStringLiteral("Ready.")), qPrintable(status));
    QVERIFY(console->findChild<QLabel *>(QStringLiteral("runTitle"))
                ->text()
                .contains(QStringLiteral("amount_tenths")));
}

void TestWindowLayout::connectionDialogMakesRoomForItsMessage()
{
    // A file that is not a database, under a long path: the error wraps over several lines.
    const QString folder = testsupport::tempPath(
        QStringLiteral("exports of the shop/the orders of last year/kept for the auditors"));
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/shopping-list-not-a-database.db");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("milk, eggs, bread\n").repeated(200));
    }
    ConnectionDialog dialog(nullptr);
    dialog.show();
    dialog.resize(640, dialog.height()); // as the user left it: the message must wrap
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("sqlite")));
    auto *pathEdit = dialog.findChild<QLineEdit *>(QStringLiteral("sqlitePath"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnection"));

    // A field's own error goes once the field is edited.
    QTest::mouseClick(test, Qt::LeftButton);
    auto *pathError = dialog.findChild<QLabel *>(QStringLiteral("sqlitePathError"));
    QVERIFY(pathError->isVisible());
    QTest::keyClicks(pathEdit, path);
    QVERIFY(!pathError->isVisible());

    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().at(0).toBool());
    QTRY_VERIFY(result->height() >= result->heightForWidth(result->width()));
    QVERIFY2(result->heightForWidth(result->width()) > 2 * result->fontMetrics().lineSpacing(),
             qPrintable(result->text())); // several lines, all shown
    // The fields above keep their height.
    QVERIFY(pathEdit->height() >= pathEdit->sizeHint().height());
    QVERIFY(test->height() >= test->sizeHint().height());

    // The answer was about the file as it was: editing the path retires it.
    QTest::keyClicks(pathEdit, QStringLiteral("x"));
    QVERIFY(result->text().isEmpty());
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"

// A new window takes most of the screen, never more: on a 1366x768 laptop an 800-pixel window hid
// the status bar and the docks' tabs below the screen's edge.
void TestWindowLayout::opensWithinTheScreen()
{
    MainWindow window;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(available.width())
                            .arg(available.height())));
}
