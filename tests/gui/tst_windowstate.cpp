// What the main window shows stays true as the DBA works: a failed Connect leaves the open
// connection, its catalog and the Run tab as they were and says what failed; Refresh catalog and a
// finished run bring the tree and the table detail up to date together, keep the selection and
// the hand-off actions; the Lock forecast drops a plan that no longer compiles; a new run starts
// from a clean console and Pause is offered only while there is a backfill to hold; typing in the
// form leaves a tab the user chose in front; an expression follows a rename of its column.

#include "designer/columndesignerwidget.h"
#include "editor/sqleditor.h"
#include "items/catalogtreemodel.h"
#include "items/forecastmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "passgate.h"
#include "review/forecastpanel.h"
#include "run/runconsolewidget.h"
#include "run/runprogresspanel.h"
#include "schemabrowserwidget.h"
#include "tabledetailpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>

namespace {

QString planJson(const QString &name = QStringLiteral("amount_cents"))
{
    return QStringLiteral(
               R"({"format": "column-planner/plan@1", "title": "Store order amounts in cents",
      "target": {"dialect": "postgresql", "server_version": "15"}, "table": {"schema": "public", "name": "orders"},
      "column": {"name": "%1", "type": "bigint", "nullable": false, "default": "0",
                 "backfill": "(amount * 100)::bigint", "check": "%1 >= 0", "comment": "cents"},
      "backfill": {"target_batch_ms": 50, "max_batch_rows": 500, "pause_ms": 0, "max_replication_lag_ms": 5000,
                   "lock_timeout_ms": 2000, "statement_timeout_ms": 60000}})")
        .arg(name);
}

QString writePlan(const QString &name, const QString &json)
{
    const QString path = testsupport::tempPath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(json.toUtf8());
    return path;
}

QString makeOrders(const QString &database, int rows = 1000)
{
    const QString uri = testsupport::createScratchDatabase(database);
    testsupport::execute(
        uri, QStringLiteral(
                 "CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) NOT NULL);"
                 "INSERT INTO orders (amount) SELECT g / 4.0 FROM generate_series(1, %1) g;"
                 "ANALYZE orders;")
                 .arg(rows));
    return uri;
}

// The tree's row of a table (schema open) in the view's own model.
QModelIndex treeRow(QTreeView *tree, const QString &schema, const QString &table)
{
    QAbstractItemModel *model = tree->model();
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex schemaRow = model->index(s, 0);
        if (schemaRow.data().toString() != schema)
            continue;
        for (int t = 0; t < model->rowCount(schemaRow); ++t)
            if (model->index(t, 0, schemaRow).data().toString() == table)
                return model->index(t, 0, schemaRow);
    }
    return {};
}

QStringList columnNames(TableDetailPanel *detail)
{
    auto *columns = detail->findChild<QTableWidget *>(QStringLiteral("tableColumns"));
    QStringList names;
    for (int row = 0; row < columns->rowCount(); ++row)
        names << columns->item(row, 1)->text();
    return names;
}

} // namespace

class TestWindowState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void failedConnectLeavesTheOpenConnection();
    void refreshAndRunKeepTreeAndDetailTogether();
    void forecastDropsAPlanThatDoesNotCompile();
    void typingLeavesAChosenTabInFront();
    void expressionsFollowARename();

private:
    static bool connectTo(MainWindow &window, const QString &uri);
};

void TestWindowState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool TestWindowState::connectTo(MainWindow &window, const QString &uri)
{
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openConnection(ConnectionUri::parse(uri));
    return loaded.wait(30000);
}

void TestWindowState::failedConnectLeavesTheOpenConnection()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString shop = makeOrders(QStringLiteral("cp_state_shop"));
    const QString other = makeOrders(QStringLiteral("cp_state_other"));
    MainWindow window;
    window.show();
    QVERIFY(connectTo(window, shop));
    QVERIFY(window.openPlanPath(writePlan(QStringLiteral("state-plan.json"), planJson())));
    auto *runPlan = window.findChild<QAction *>(QStringLiteral("runPlanAction"));
    QTRY_VERIFY(runPlan->isEnabled());
    runPlan->trigger();
    auto *console = window.findChild<RunConsoleWidget *>(QStringLiteral("runConsole"));
    auto *runTitle = console->findChild<QLabel *>(QStringLiteral("runTitle"));
    QVERIFY2(runTitle->text().contains(QStringLiteral("cp_state_shop")),
             qPrintable(runTitle->text()));
    QTreeView *tree =
        window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"))->treeView();
    QVERIFY(treeRow(tree, QStringLiteral("public"), QStringLiteral("orders")).isValid());
    const QString title = window.windowTitle();

    // A database that does not exist: the error says so, and nothing else changes.
    QString missing = shop;
    missing.replace(QStringLiteral("cp_state_shop"), QStringLiteral("cp_state_missing"));
    auto *messages = window.findChild<MessageBar *>(QStringLiteral("mainMessageBar"));
    window.openConnection(ConnectionUri::parse(missing));
    QTRY_VERIFY_WITH_TIMEOUT(messages->isVisible(), 30000);
    QCOMPARE(messages->level(), MessageBar::Level::Error);
    // What failed (the database, by name), once, and what is still open.
    QVERIFY2(messages->text().count(QStringLiteral("cp_state_missing")) == 2 &&
                 messages->text().contains(QStringLiteral("\"cp_state_missing\" does not exist")) &&
                 messages->text().contains(QStringLiteral("Still connected to")) &&
                 messages->text().endsWith(QStringLiteral("cp_state_shop.")),
             qPrintable(messages->text()));
    QVERIFY(!messages->text().contains(QStringLiteral("Live forecast")));
    QVERIFY(treeRow(tree, QStringLiteral("public"), QStringLiteral("orders")).isValid());
    QVERIFY(window.catalog().table(QStringLiteral("public"), QStringLiteral("orders")));
    QCOMPARE(window.windowTitle(), title);
    QVERIFY(runPlan->isEnabled());
    QVERIFY(runTitle->text().contains(QStringLiteral("cp_state_shop")));
    // The live forecast still reads the open database: no problem is reported for it.
    QTest::qWait(1500);
    QVERIFY2(!messages->text().contains(QStringLiteral("Live forecast")),
             qPrintable(messages->text()));

    // Run plan… still targets the open database.
    runPlan->trigger();
    QVERIFY(runTitle->text().contains(QStringLiteral("cp_state_shop")));

    // Another database opens: the Run tab no longer names the one before, until Run plan….
    QVERIFY(connectTo(window, other));
    QVERIFY(window.windowTitle().contains(QStringLiteral("cp_state_other")));
    QVERIFY2(!runTitle->text().contains(QStringLiteral("cp_state_shop")),
             qPrintable(runTitle->text()));
    QTRY_VERIFY(runPlan->isEnabled());
    runPlan->trigger();
    QVERIFY2(runTitle->text().contains(QStringLiteral("cp_state_other")),
             qPrintable(runTitle->text()));
}

void TestWindowState::refreshAndRunKeepTreeAndDetailTogether()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_state_refresh"));
    MainWindow window;
    window.show();
    QVERIFY(connectTo(window, uri));
    QVERIFY(window.openPlanPath(writePlan(QStringLiteral("refresh-plan.json"), planJson())));
    QTreeView *tree =
        window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"))->treeView();
    auto *detail = window.findChild<TableDetailPanel *>(QStringLiteral("tableDetail"));
    QModelIndex orders = treeRow(tree, QStringLiteral("public"), QStringLiteral("orders"));
    tree->scrollTo(orders);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(orders).center());
    QTRY_COMPARE(detail->title(), QStringLiteral("public.orders"));
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportAction"));
    QList<QAction *> handoff{exportAction,
                             window.findChild<QAction *>(QStringLiteral("reportAction")),
                             window.findChild<QAction *>(QStringLiteral("approveAction"))};
    QTRY_VERIFY(exportAction->isEnabled());

    // The table grows behind the window's back; Refresh catalog reads it again.
    testsupport::execute(uri, QStringLiteral("INSERT INTO orders (amount) SELECT g FROM "
                                             "generate_series(1, 60000) g; ANALYZE orders;"));
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.findChild<QAction *>(QStringLiteral("refreshCatalogAction"))->trigger();
    QVERIFY(loaded.wait(30000));
    orders = treeRow(tree, QStringLiteral("public"), QStringLiteral("orders"));
    QCOMPARE(tree->currentIndex(), orders);                                  // still selected
    const QString treeDetails = orders.siblingAtColumn(1).data().toString(); // "61 k rows, 3.1 MB"
    const QString size = treeDetails.section(QStringLiteral(", "), -1);
    const QString summary = detail->findChild<QLabel *>(QStringLiteral("tableSummary"))->text();
    QVERIFY2(!size.isEmpty() && summary.contains(size + QStringLiteral(" on disk")),
             qPrintable(treeDetails + QStringLiteral(" | ") + summary));
    QCOMPARE(detail->title(), QStringLiteral("public.orders"));
    for (QAction *action : handoff)
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));

    // A run adds the column: the detail shows it once the run has finished.
    QVERIFY(!columnNames(detail).contains(QStringLiteral("amount_cents")));
    auto *runPlan = window.findChild<QAction *>(QStringLiteral("runPlanAction"));
    QTRY_VERIFY(runPlan->isEnabled());
    runPlan->trigger();
    auto *console = window.findChild<RunConsoleWidget *>(QStringLiteral("runConsole"));
    console->setJournalPath(testsupport::tempPath(QStringLiteral("state-journal.sqlite")));
    loaded.clear();
    QVERIFY(console->startRun());
    QStringList phases;
    for (QString phase = passGate(*console); !phase.isEmpty(); phase = passGate(*console))
        phases << phase;
    QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 60000);
    QCOMPARE(console->lastOutcome()->status, RunOutcome::Done);
    QVERIFY(phases.contains(QStringLiteral("backfill")));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    QVERIFY2(columnNames(detail).contains(QStringLiteral("amount_cents")),
             qPrintable(columnNames(detail).join(u' ')));
    QCOMPARE(tree->currentIndex(),
             treeRow(tree, QStringLiteral("public"), QStringLiteral("orders")));
    // The Run tab stays in front with the run's outcome.
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))->currentWidget(),
             console);
}

void TestWindowState::forecastDropsAPlanThatDoesNotCompile()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openPlanPath(writePlan(QStringLiteral("forecast-plan.json"), planJson())));
    auto *forecast = window.findChild<ForecastPanel *>(QStringLiteral("forecastPanel"));
    QTRY_VERIFY_WITH_TIMEOUT(forecast->model()->rowCount() > 0, 10000);

    // The type is cleared: the plan no longer compiles, and the forecast shows nothing of it.
    auto *designer = window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    QLineEdit *type = designer->findChild<QComboBox *>(QStringLiteral("typeCombo"))->lineEdit();
    type->setFocus();
    type->selectAll();
    QTest::keyClick(type, Qt::Key_Delete);
    QTRY_VERIFY(!window.findChild<SqlEditor *>()->hasScript());
    QTRY_COMPARE(forecast->model()->rowCount(), 0);
    // Not even after a review of the older text finishes.
    QTest::qWait(800);
    QCOMPARE(forecast->model()->rowCount(), 0);

    // It compiles again: the forecast comes back.
    QTest::keyClicks(type, QStringLiteral("bigint"));
    QTRY_VERIFY_WITH_TIMEOUT(forecast->model()->rowCount() > 0, 10000);
}

void TestWindowState::typingLeavesAChosenTabInFront()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openDemo();
    QVERIFY(loaded.wait(60000));
    QTreeView *tree =
        window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"))->treeView();
    const QModelIndex orders = treeRow(tree, QStringLiteral("main"), QStringLiteral("orders"));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(orders).center());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    auto *detail = window.findChild<TableDetailPanel *>(QStringLiteral("tableDetail"));
    QTRY_COMPARE(tabs->currentWidget(), detail);

    // The table came forward because it was picked: the first edit shows the SQL instead, and
    // the keyboard stays in the field.
    auto *designer = window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    auto *name = designer->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("disc"));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(QApplication::focusWidget(), name);

    // The user puts the Table tab in front: typing leaves it there, and the keyboard in the form.
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
    QCOMPARE(tabs->currentWidget(), detail);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("ount_cents"));
    QTRY_VERIFY(designer->plan().column.name == QStringLiteral("discount_cents"));
    QTest::qWait(300); // the compile and the review that follow the edits
    QCOMPARE(tabs->currentWidget(), detail);
    QCOMPARE(QApplication::focusWidget(), name);
    auto *notNull = designer->findChild<QRadioButton *>(QStringLiteral("notNullRadio"));
    QTest::mouseClick(notNull, Qt::LeftButton);
    QCOMPARE(tabs->currentWidget(), detail);
}

void TestWindowState::expressionsFollowARename()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openDemo();
    QVERIFY(loaded.wait(60000));
    auto *designer = window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    auto *table = designer->findChild<QComboBox *>(QStringLiteral("tableCombo"));
    table->setEditText(QStringLiteral("main.orders"));
    auto *preset = designer->findChild<QComboBox *>(QStringLiteral("presetCombo"));
    auto *check = designer->findChild<QLineEdit *>(QStringLiteral("checkEdit"));
    auto *name = designer->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    const int money = preset->findData(QStringLiteral("money"));
    QVERIFY(money > 0);
    preset->setCurrentIndex(money);
    Q_EMIT preset->activated(money);
    const QString first = name->text();
    QVERIFY(!first.isEmpty());
    QCOMPARE(check->text(), first + QStringLiteral(" >= 0"));

    // Retyped letter by letter, through "amount", which is another column of orders: the CHECK
    // names the new column at every step and ends on the new name, never on amount.
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QCOMPARE(check->text(), first + QStringLiteral(" >= 0")); // no name yet: kept
    QString typed;
    for (const QChar c : QStringLiteral("amount_cents")) {
        QTest::keyClick(name, c.toLatin1());
        typed += c;
        QCOMPARE(check->text(), typed + QStringLiteral(" >= 0"));
    }
    designer->regenerateNow();
    QVERIFY2(designer->problems().isEmpty(), qPrintable(designer->problems().join(u'\n')));
    QVERIFY(window.findChild<SqlEditor *>()->text().contains(
        QStringLiteral("CHECK (amount_cents >= 0)")));

    // A name that must be quoted is written quoted; a CHECK the user typed follows too, and a
    // column of the table it names besides stays as it is.
    check->setFocus();
    check->selectAll();
    QTest::keyClicks(check, QStringLiteral("amount_cents <= amount * 100"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Cents"));
    QCOMPARE(check->text(), QStringLiteral("\"Cents\" <= amount * 100"));
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
