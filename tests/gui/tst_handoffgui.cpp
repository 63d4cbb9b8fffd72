// The hand-off entries of the main window, clicked through offscreen: Export… into a temporary
// folder (files checked, a non-empty folder refused until the user agrees to replace), Review
// report… in Markdown, HTML and PDF (written on a worker thread, the PDF read back with
// pdftotext) and with the live state of a real PostgreSQL database, Approve… (the badge turns
// Approved, the file carries the approval, an edit of the design makes it Stale), Compare with
// plan…, and a production profile: the run console refuses an unapproved plan until the profile's
// name is typed, and the run journal records the override.

#include "busyindicator.h"
#include "db/session.h"
#include "designer/columndesignerwidget.h"
#include "handoff/approvalbadge.h"
#include "handoff/approvedialog.h"
#include "handoff/exportdialog.h"
#include "handoff/plancomparedialog.h"
#include "handoff/reportdialog.h"
#include "handoffactions.h"
#include "items/catalogtreemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "passgate.h"
#include "plan/planfile.h"
#include "review/planapprovals.h"
#include "run/productionconfirmdialog.h"
#include "run/runconsolewidget.h"
#include "run/rundriver.h"
#include "run/runevent.h"
#include "run/rungatepanel.h"
#include "store/localstore.h"
#include "store/runjournal.h"
#include "tabledetailpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextEdit>
#include <QTreeView>

namespace {

QString planJson(const QString &type = QStringLiteral("bigint"))
{
    return QStringLiteral(
               R"({"format": "column-planner/plan@1", "title": "Store order amounts in cents",
      "target": {"dialect": "postgresql", "server_version": "15"}, "table": {"schema": "public", "name": "orders"},
      "column": {"name": "amount_cents", "type": "%1", "nullable": false, "default": "0",
                 "backfill": "(amount * 100)::%1", "check": "amount_cents >= 0", "comment": "cents"},
      "backfill": {"target_batch_ms": 50, "max_batch_rows": 500, "pause_ms": 0, "max_replication_lag_ms": 5000,
                   "lock_timeout_ms": 2000, "statement_timeout_ms": 60000},
      "checks": [{"name": "no negative amounts", "sql": "SELECT count(*) FROM orders WHERE amount_cents < 0", "expect": "0"}]})")
        .arg(type);
}

QString writePlan(const QString &name, const QString &json)
{
    const QString path = testsupport::tempPath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(json.toUtf8());
    return path;
}

QString readText(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

template <typename T> T *openedDialog(QWidget &window)
{
    T *found = nullptr;
    QTest::qWaitFor(
        [&] {
            const auto all = window.findChildren<T *>();
            for (T *dialog : all)
                if (dialog->isVisible())
                    found = dialog;
            return found != nullptr;
        },
        5000);
    return found;
}

} // namespace

class TestHandoffGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsIntoAFolder();
    void writesReportsOffTheGuiThread();
    void writesReportWithLiveState();
    void approvalTurnsStaleOnEdit();
    void comparesWithAnotherPlan();
    void productionRefusesUntilTheNameIsTyped();
    void runFlagsWhatChangedSinceTheSqlTab();
    void partitionsSitUnderTheirParent();

private:
    static bool openPlan(MainWindow &window, const QString &path);
};

void TestHandoffGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool TestHandoffGui::openPlan(MainWindow &window, const QString &path)
{
    return window.openPlanPath(path) &&
           window.findChild<QAction *>(QStringLiteral("exportAction"))->isEnabled();
}

void TestHandoffGui::exportsIntoAFolder()
{
    MainWindow window;
    window.show();
    QVERIFY(openPlan(window, writePlan(QStringLiteral("export-plan.json"), planJson())));
    window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
    auto *dialog = openedDialog<ExportDialog>(window);
    QVERIFY(dialog);
    auto *writtenList = dialog->findChild<QListWidget *>(QStringLiteral("exportWritten"));
    QVERIFY(writtenList);
    auto *exportButton = dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(exportButton);
    auto *messages = dialog->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(messages);
    auto *target = dialog->findChild<QComboBox *>(QStringLiteral("exportTarget"));
    QVERIFY(target);

    const QString folder = testsupport::tempPath(QStringLiteral("sqitch-export"));
    QDir(folder).removeRecursively();
    target->setCurrentIndex(target->findData(QStringLiteral("sqitch")));
    dialog->folderEdit()->clear();
    QTest::keyClicks(dialog->folderEdit(), folder);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(messages->level(), MessageBar::Level::Info);
    const QStringList expected{
        QStringLiteral("sqitch.plan"), QStringLiteral("deploy/01-expand.sql"),
        QStringLiteral("revert/01-expand.sql"), QStringLiteral("verify/01-expand.sql")};
    QStringList written;
    for (int i = 0; i < writtenList->count(); ++i)
        written << writtenList->item(i)->text();
    for (const QString &file : written)
        QVERIFY2(QFile::exists(folder + u'/' + file), qPrintable(file));
    QVERIFY2(written.contains(QStringLiteral("sqitch.plan")), qPrintable(written.join(u' ')));
    QVERIFY(readText(folder + QStringLiteral("/sqitch.plan")).contains(QStringLiteral("expand")));
    QVERIFY(QDir(folder + QStringLiteral("/deploy")).entryList(QDir::Files).size() >= 4);

    // The folder now holds files: refused until the user agrees to replace them.
    QFile::remove(folder + QStringLiteral("/sqitch.plan"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    auto *question = dialog->findChild<QMessageBox *>(QStringLiteral("exportReplaceQuestion"));
    QVERIFY(question);
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("exportReplaceQuestion")));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/sqitch.plan")));
    QVERIFY(messages->text().contains(QStringLiteral("not empty")));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    question = dialog->findChild<QMessageBox *>(QStringLiteral("exportReplaceQuestion"));
    QVERIFY(question);
    question->findChild<QPushButton *>(QStringLiteral("exportReplace"))->click();
    QTRY_VERIFY(QFile::exists(folder + QStringLiteral("/sqitch.plan")));

    // Flyway into another folder: versioned and undo scripts per phase.
    const QString flyway = testsupport::tempPath(QStringLiteral("flyway-export"));
    QDir(flyway).removeRecursively();
    target->setCurrentIndex(target->findData(QStringLiteral("flyway")));
    dialog->folderEdit()->setText(flyway);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    const QStringList files = QDir(flyway).entryList(QDir::Files);
    QVERIFY2(files.filter(QRegularExpression(QStringLiteral(
                              "^V\\d+\\.1__expand_amount_cents_public_orders\\.sql$")))
                     .size() == 1,
             qPrintable(files.join(u' ')));
    QVERIFY(files.filter(QRegularExpression(QStringLiteral("^U\\d+\\.1__expand"))).size() == 1);
    QCOMPARE(writtenList->count(), files.size());
    dialog->close();
}

void TestHandoffGui::writesReportsOffTheGuiThread()
{
    MainWindow window;
    window.show();
    QVERIFY(openPlan(window, writePlan(QStringLiteral("report-plan.json"), planJson())));
    window.findChild<QAction *>(QStringLiteral("reportAction"))->trigger();
    auto *dialog = openedDialog<ReportDialog>(window);
    QVERIFY(dialog);
    auto *messages = dialog->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(messages);
    auto *write = dialog->findChild<QPushButton *>(QStringLiteral("reportWrite"));
    QVERIFY(write);
    auto *pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("reportPath"));
    QVERIFY(pathEdit);
    auto *liveBox = dialog->findChild<QCheckBox *>(QStringLiteral("reportLive"));
    QVERIFY(liveBox);
    QVERIFY(!liveBox->isEnabled()); // not connected

    struct Case
    {
        int index;
        QString file;
    };
    for (const Case &c :
         {Case{0, QStringLiteral("review.md")}, Case{1, QStringLiteral("review.html")},
          Case{2, QStringLiteral("review.pdf")}}) {
        const QString path = testsupport::tempPath(c.file);
        QFile::remove(path);
        dialog->findChild<QComboBox *>(QStringLiteral("reportFormat"))->setCurrentIndex(c.index);
        pathEdit->setText(path);
        QTest::mouseClick(write, Qt::LeftButton);
        QVERIFY(dialog->findChild<BusyIndicator *>(QStringLiteral("reportBusy"))->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(
            !dialog->findChild<BusyIndicator *>(QStringLiteral("reportBusy"))->isBusy(), 60000);
        QVERIFY2(messages->level() == MessageBar::Level::Info, qPrintable(messages->text()));
        QVERIFY(QFile::exists(path));
    }
    const QString md = readText(testsupport::tempPath(QStringLiteral("review.md")));
    QVERIFY(md.startsWith(QStringLiteral("# Review: Store order amounts in cents")));
    QVERIFY(md.contains(QStringLiteral("## Approval")));
    QVERIFY(md.contains(QStringLiteral("Status: not approved")));
    QVERIFY(md.contains(QStringLiteral("No live state")) ||
            !md.contains(QStringLiteral("## Live state\n\nRows")));
    const QString html = readText(testsupport::tempPath(QStringLiteral("review.html")));
    QVERIFY(html.contains(QStringLiteral("<html")));
    QVERIFY(html.contains(QStringLiteral("ADD COLUMN")));
    const auto pdf = testsupport::runProgram(
        QStringLiteral("pdftotext"),
        {testsupport::tempPath(QStringLiteral("review.pdf")), QStringLiteral("-")});
    QCOMPARE(pdf.exitCode, 0);
    QVERIFY2(pdf.out.contains(QStringLiteral("Store order amounts in cents")),
             qPrintable(pdf.out.left(300)));
    QVERIFY(pdf.out.contains(QStringLiteral("Run checklist")));

    // A folder that does not exist: one line in the dialog's message bar, nothing written.
    pathEdit->setText(testsupport::tempPath(QStringLiteral("no-such-dir/review.md")));
    QTest::mouseClick(write, Qt::LeftButton);
    QCOMPARE(messages->level(), MessageBar::Level::Error);
    QVERIFY(messages->text().contains(QStringLiteral("does not exist")));
}

void TestHandoffGui::writesReportWithLiveState()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_handoffgui_report"));
    testsupport::execute(
        uri, QStringLiteral(
                 "CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) NOT NULL);"
                 "INSERT INTO orders (amount) SELECT g / 4.0 FROM generate_series(1, 2000) g; "
                 "ANALYZE orders;"));
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openConnection(ConnectionUri::parse(uri));
    QVERIFY(loaded.wait(30000));
    QVERIFY(openPlan(window, writePlan(QStringLiteral("live-report-plan.json"), planJson())));
    window.findChild<QAction *>(QStringLiteral("reportAction"))->trigger();
    auto *dialog = openedDialog<ReportDialog>(window);
    QVERIFY(dialog);
    auto *messages = dialog->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(messages);
    auto *liveBox = dialog->findChild<QCheckBox *>(QStringLiteral("reportLive"));
    QVERIFY(liveBox);
    QVERIFY(liveBox->isEnabled());
    QVERIFY(liveBox->isChecked());
    const QString path = testsupport::tempPath(QStringLiteral("live-review.md"));
    QFile::remove(path);
    dialog->findChild<QLineEdit *>(QStringLiteral("reportPath"))->setText(path);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportWrite")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog->findChild<BusyIndicator *>(QStringLiteral("reportBusy"))->isBusy(), 60000);
    QVERIFY2(messages->level() == MessageBar::Level::Info, qPrintable(messages->text()));
    const QString md = readText(path);
    const int live = md.indexOf(QStringLiteral("## Live state"));
    QVERIFY(live > 0);
    QVERIFY2(md.mid(live, 600).contains(QStringLiteral("2000")) ||
                 md.mid(live, 600).contains(QStringLiteral("2 000")) ||
                 md.mid(live, 600).contains(QStringLiteral("2,000")),
             qPrintable(md.mid(live, 600)));
}

void TestHandoffGui::approvalTurnsStaleOnEdit()
{
    MainWindow window;
    window.show();
    const QString path = writePlan(QStringLiteral("approve-plan.json"), planJson());
    QVERIFY(openPlan(window, path));
    ApprovalBadge *badge = window.findChild<ApprovalBadge *>(QStringLiteral("approvalBadge"));
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->state(), ApprovalBadge::State::Unapproved);
    QCOMPARE(badge->text(), QStringLiteral("Not approved"));

    window.findChild<QAction *>(QStringLiteral("approveAction"))->trigger();
    auto *dialog = openedDialog<ApproveDialog>(window);
    QVERIFY(dialog);
    auto *approveButton = dialog->findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approveButton);
    auto *approverEdit = dialog->findChild<QLineEdit *>(QStringLiteral("approver"));
    QVERIFY(approverEdit);
    approverEdit->clear();
    QVERIFY(!approveButton->isEnabled());
    QTest::keyClicks(approverEdit, QStringLiteral("Ada Lovelace"));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("approvalNote")),
                     QStringLiteral("checked the lock forecast"));
    QTest::mouseClick(approveButton, Qt::LeftButton);
    QTRY_COMPARE(badge->state(), ApprovalBadge::State::Approved);
    QVERIFY2(badge->text().startsWith(QStringLiteral("Approved by Ada Lovelace at ")),
             qPrintable(badge->text()));
    // Saved into the plan file, and the CLI agrees.
    QVERIFY(!window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"))
                 ->document()
                 .isModified());
    const QList<Approval> approvals = PlanApprovals::read(PlanFile::load(path));
    QCOMPARE(approvals.size(), 1);
    QCOMPARE(approvals.first().by, QStringLiteral("Ada Lovelace"));
    QCOMPARE(approvals.first().note, QStringLiteral("checked the lock forecast"));
    QCOMPARE(
        testsupport::runCli({QStringLiteral("approve"), path, QStringLiteral("--status")}).exitCode,
        0);

    // An edit of the design: the badge says stale as soon as the script is recompiled.
    auto *comment = window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"))
                        ->findChild<QLineEdit *>(QStringLiteral("commentEdit"));
    QVERIFY(comment);
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral(" per order"));
    QTRY_COMPARE(badge->state(), ApprovalBadge::State::Stale);
    QCOMPARE(badge->text(),
             QStringLiteral("Stale: the script changed since Ada Lovelace approved it"));
    // Undoing the edit brings the approval back: it is bound to the script, not to a moment.
    comment->selectAll();
    QTest::keyClicks(comment, QStringLiteral("cents"));
    QTRY_COMPARE(badge->state(), ApprovalBadge::State::Approved);
}

void TestHandoffGui::comparesWithAnotherPlan()
{
    MainWindow window;
    window.show();
    const QString before =
        writePlan(QStringLiteral("compare-before.json"), planJson(QStringLiteral("integer")));
    QVERIFY(openPlan(window, writePlan(QStringLiteral("compare-after.json"), planJson())));
    window.findChild<QAction *>(QStringLiteral("compareAction"))->trigger();
    auto *dialog = openedDialog<PlanCompareDialog>(window);
    QVERIFY(dialog);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("compareSummary"));
    QVERIFY(summary);
    auto *sqlDiff = dialog->findChild<QTextEdit *>(QStringLiteral("compareSqlDiff"));
    QVERIFY(sqlDiff);
    auto *changeList = dialog->findChild<QListWidget *>(QStringLiteral("compareDesignChanges"));
    QVERIFY(changeList);
    QVERIFY(dialog->compareWith(before));
    QStringList changes;
    for (int i = 0; i < changeList->count(); ++i)
        changes << changeList->item(i)->text();
    QVERIFY2(changes.filter(QStringLiteral("column.type")).size() == 1,
             qPrintable(changes.join(u'\n')));
    QVERIFY(changes.join(u'\n').contains(QStringLiteral("integer")));
    const QString diff = sqlDiff->toPlainText();
    QVERIFY2(diff.contains(QStringLiteral("--- compare-before.json")), qPrintable(diff.left(400)));
    QVERIFY(diff.contains(QRegularExpression(QStringLiteral("\\n-.*integer"))));
    QVERIFY(diff.contains(QRegularExpression(QStringLiteral("\\n\\+.*bigint"))));
    // Coloured: removed lines red, added lines green.
    const QString html = sqlDiff->toHtml();
    QVERIFY(html.contains(QStringLiteral("#1b5e20")));
    QVERIFY(html.contains(QStringLiteral("#b71c1c")));
    QVERIFY2(summary->text().contains(QStringLiteral("%1 design change").arg(changes.size())),
             qPrintable(summary->text()));

    // The same plan: said in words; a file that is not a plan: one line in the message bar.
    QVERIFY(dialog->compareWith(
        window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"))
            ->document()
            .path()));
    QVERIFY(summary->text().contains(QStringLiteral("are the same plan")));
    QVERIFY(!dialog->compareWith(
        writePlan(QStringLiteral("not-a-plan.json"), QStringLiteral("{oops"))));
    QVERIFY(dialog->findChild<MessageBar *>(QStringLiteral("messageBar"))->isVisible());
}

void TestHandoffGui::productionRefusesUntilTheNameIsTyped()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString uri =
        testsupport::createScratchDatabase(QStringLiteral("cp_handoffgui_production"));
    testsupport::execute(
        uri, QStringLiteral(
                 "CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) NOT NULL);"
                 "INSERT INTO orders (amount) SELECT g / 4.0 FROM generate_series(1, 1000) g;"));
    {
        // The profile store the window reads (test-mode paths): the connection is production.
        LocalStore store;
        store.open();
        store.saveProfile(QStringLiteral("shop-prod"), uri, true);
    }
    auto columnExists = [&] {
        auto session = Session::create(ConnectionUri::parse(uri));
        session->open();
        return session
                   ->execute(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                            "'orders'::regclass AND attname = 'amount_cents'"))
                   .value(0, 0)
                   .toString() == u"1";
    };

    MainWindow window;
    window.show();
    auto *runPlan = window.findChild<QAction *>(QStringLiteral("runPlanAction"));
    QVERIFY(runPlan);
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openConnection(ConnectionUri::parse(uri));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(window.productionProfile(), QStringLiteral("shop-prod"));
    auto *marker = window.findChild<QLabel *>(QStringLiteral("productionMarker"));
    QVERIFY(marker && marker->isVisible());
    QCOMPARE(marker->text(), QStringLiteral("PRODUCTION · shop-prod"));
    QVERIFY(openPlan(window, writePlan(QStringLiteral("production-plan.json"), planJson())));
    QTRY_VERIFY(runPlan->isEnabled());
    runPlan->trigger();
    RunConsoleWidget *console = window.findChild<RunConsoleWidget *>(QStringLiteral("runConsole"));
    const QString journalPath =
        testsupport::tempPath(QStringLiteral("production-gui-journal.sqlite"));
    QFile::remove(journalPath);
    console->setJournalPath(journalPath);
    QVERIFY(console->findChild<QLabel *>(QStringLiteral("runProductionMarker"))->isVisible());

    // Unapproved: Start asks for the profile's name; a wrong name keeps OK disabled; Cancel starts
    // nothing.
    QTest::mouseClick(console->findChild<QPushButton *>(QStringLiteral("runStart")),
                      Qt::LeftButton);
    ProductionConfirmDialog *confirm =
        console->findChild<ProductionConfirmDialog *>(QStringLiteral("productionConfirmDialog"));
    QVERIFY(confirm && confirm->isVisible());
    QVERIFY(!console->isRunning());
    QPushButton *ok = confirm->findChild<QDialogButtonBox *>(QStringLiteral("productionButtons"))
                          ->button(QDialogButtonBox::Ok);
    QTest::keyClicks(confirm->findChild<QLineEdit *>(QStringLiteral("productionName")),
                     QStringLiteral("yes"));
    QVERIFY(!ok->isEnabled());
    QTest::mouseClick(confirm->findChild<QDialogButtonBox *>(QStringLiteral("productionButtons"))
                          ->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTRY_VERIFY(
        !console->findChild<ProductionConfirmDialog *>(QStringLiteral("productionConfirmDialog")));
    QVERIFY(!console->isRunning());
    QVERIFY(console->findChild<QLabel *>(QStringLiteral("runConsoleStatus"))
                ->text()
                .contains(QStringLiteral("Not started")));
    QVERIFY(!columnExists());

    // Typing the name runs it; the runner journals the override as the CLI's --confirm-production
    // does.
    QTest::mouseClick(console->findChild<QPushButton *>(QStringLiteral("runStart")),
                      Qt::LeftButton);
    confirm =
        console->findChild<ProductionConfirmDialog *>(QStringLiteral("productionConfirmDialog"));
    QVERIFY(confirm);
    QTest::keyClicks(confirm->findChild<QLineEdit *>(QStringLiteral("productionName")),
                     QStringLiteral("shop-prod"));
    ok = confirm->findChild<QDialogButtonBox *>(QStringLiteral("productionButtons"))
             ->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(console->isRunning());
    QStringList phases;
    for (QString phase = passGate(*console); !phase.isEmpty(); phase = passGate(*console))
        phases << phase;
    QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 60000);
    QCOMPARE(phases, (QStringList{QStringLiteral("expand"), QStringLiteral("backfill"),
                                  QStringLiteral("enforce"), QStringLiteral("verify")}));
    QVERIFY(columnExists());
    {
        RunJournal journal;
        journal.open(journalPath);
        const QList<JournalRun> runs = journal.runs();
        QVERIFY(!runs.isEmpty());
        bool journaled = false;
        for (const JournalRun &run : runs)
            for (const JournalEvent &event : journal.events(run.id))
                journaled =
                    journaled ||
                    (event.message.contains(QStringLiteral(
                         "production override on profile \"shop-prod\": not approved")) &&
                     event.message.contains(QStringLiteral("confirmed by typing \"shop-prod\"")));
        QVERIFY(journaled);
    }

    // Approved: no question; the run starts at once.
    window.findChild<QAction *>(QStringLiteral("approveAction"))->trigger();
    auto *approve = openedDialog<ApproveDialog>(window);
    QVERIFY(approve);
    approve->findChild<QLineEdit *>(QStringLiteral("approver"))->setText(QStringLiteral("Grace"));
    QTest::mouseClick(approve->findChild<QPushButton *>(QStringLiteral("approveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(window.findChild<ApprovalBadge *>(QStringLiteral("approvalBadge"))->state(),
                 ApprovalBadge::State::Approved);
    runPlan->trigger();
    QTest::mouseClick(console->findChild<QPushButton *>(QStringLiteral("runStart")),
                      Qt::LeftButton);
    QVERIFY(
        !console->findChild<ProductionConfirmDialog *>(QStringLiteral("productionConfirmDialog")));
    QTRY_VERIFY(console->isRunning() || console->lastOutcome());
    console->stopRun();
    QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 60000);

    LocalStore store;
    store.open();
    store.removeProfile(QStringLiteral("shop-prod"));
}

QTEST_MAIN(TestHandoffGui)
#include "tst_handoffgui.moc"

// The run executes the script it prepares on the live database, once for all its phases; when the
// database changed since the SQL tab was compiled (here the primary key the backfill walks), the
// log and the gate of each phase that differs say so; when nothing changed, nothing is flagged.
void TestHandoffGui::runFlagsWhatChangedSinceTheSqlTab()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString differs = QStringLiteral("differs from the reviewed script");
    for (const bool keyChanged : {false, true}) {
        const QString uri = testsupport::createScratchDatabase(
            keyChanged ? QStringLiteral("cp_handoffgui_changed")
                       : QStringLiteral("cp_handoffgui_unchanged"));
        testsupport::execute(
            uri, QStringLiteral("CREATE TABLE orders (id bigint NOT NULL, region int NOT NULL "
                                "DEFAULT 1, amount numeric(12,2) NOT NULL, CONSTRAINT orders_pkey "
                                "PRIMARY KEY (id));"
                                "INSERT INTO orders (id, amount) SELECT g, g / 4.0 FROM "
                                "generate_series(1, 1000) g;"));
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
        window.openConnection(ConnectionUri::parse(uri));
        QVERIFY(loaded.wait(30000));
        QVERIFY(openPlan(window, writePlan(QStringLiteral("reviewed-plan.json"), planJson())));
        auto *runPlan = window.findChild<QAction *>(QStringLiteral("runPlanAction"));
        QTRY_VERIFY(runPlan->isEnabled());
        if (keyChanged) // behind the window's back: the backfill walks (region, id) now
            testsupport::execute(uri, QStringLiteral("ALTER TABLE orders DROP CONSTRAINT "
                                                     "orders_pkey, ADD PRIMARY KEY (region, id)"));

        runPlan->trigger();
        auto *console = window.findChild<RunConsoleWidget *>(QStringLiteral("runConsole"));
        const QString journalPath = testsupport::tempPath(QStringLiteral("reviewed.sqlite"));
        QFile::remove(journalPath);
        console->setJournalPath(journalPath);
        QSignalSpy events(console->driver(), &RunDriver::event);
        QTest::mouseClick(console->findChild<QPushButton *>(QStringLiteral("runStart")),
                          Qt::LeftButton);
        QTRY_VERIFY(console->isRunning());
        auto *gate = console->findChild<RunGatePanel *>(QStringLiteral("runGate"));
        QMap<QString, QString> gateNotes;
        while (QTest::qWaitFor([&] { return gate->isOpen() || !console->isRunning(); }, 60000) &&
               gate->isOpen()) {
            gateNotes.insert(console->driver()->gatePhase(),
                             gate->findChild<QLabel *>(QStringLiteral("gateLocks"))->text());
            QTest::mouseClick(gate->findChild<QPushButton *>(QStringLiteral("gateRun")),
                              Qt::LeftButton);
            QTRY_VERIFY(!gate->isOpen());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 60000);
        QVERIFY2(console->lastOutcome() && console->lastOutcome()->status == RunOutcome::Done,
                 qPrintable(console->lastOutcome() ? console->lastOutcome()->message
                                                   : QStringLiteral("no outcome")));
        int runsStarted = 0;
        QStringList warnings;
        for (const QList<QVariant> &arguments : std::as_const(events)) {
            const auto event = arguments.at(0).value<RunEvent>();
            runsStarted += event.kind == RunEvent::RunStarted ? 1 : 0;
            if (event.kind == RunEvent::Warning)
                warnings << event.message;
        }
        QCOMPARE(runsStarted, 1); // four phases, one run: prepared once
        QCOMPARE(gateNotes.keys(),
                 (QStringList{QStringLiteral("backfill"), QStringLiteral("enforce"),
                              QStringLiteral("expand"), QStringLiteral("verify")}));
        QCOMPARE(gateNotes.value(QStringLiteral("backfill")).contains(differs), keyChanged);
        QVERIFY2(!gateNotes.value(QStringLiteral("expand")).contains(differs),
                 qPrintable(gateNotes.value(QStringLiteral("expand"))));
        if (keyChanged) {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().contains(QStringLiteral("phase(s) backfill")),
                     qPrintable(warnings.first()));
        } else {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        }
    }
}

// A partitioned table in the schema browser: its partitions sit under it (a sub-partitioned one
// with its own under it), not beside it; a partition clicked shows its own detail; a plan on a
// partition is refused with the reason, and Run plan… stays off.
void TestHandoffGui::partitionsSitUnderTheirParent()
{
    REQUIRE_POSTGRES(serverUri);
    Q_UNUSED(serverUri);
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_handoffgui_parts"));
    testsupport::execute(uri, QStringLiteral(R"SQL(
CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL, amount numeric(12,2) NOT NULL,
                     PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
    PARTITION BY HASH (id);
CREATE TABLE orders_2024_h0 PARTITION OF orders_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE orders_2024_h1 PARTITION OF orders_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE orders_default PARTITION OF orders DEFAULT;
INSERT INTO orders SELECT g, date '2024-01-01' + g % 500, g FROM generate_series(1, 2000) g;
)SQL"));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openConnection(ConnectionUri::parse(uri));
    QVERIFY(loaded.wait(30000));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("schemaTree"));
    QVERIFY(tree);
    QAbstractItemModel *model = tree->model();
    const QModelIndex schema = model->index(0, 0);
    QCOMPARE(schema.data().toString(), QStringLiteral("public"));
    QStringList topLevel;
    for (int row = 0; row < model->rowCount(schema); ++row)
        topLevel << model->index(row, 0, schema).data().toString();
    QCOMPARE(topLevel, QStringList{QStringLiteral("orders")});
    const QModelIndex orders = model->index(0, 0, schema);
    QModelIndex partitions;
    for (int row = 0; row < model->rowCount(orders); ++row)
        if (model->index(row, 0, orders).data().toString() == u"Partitions")
            partitions = model->index(row, 0, orders);
    QVERIFY(partitions.isValid());
    QVERIFY(model->index(partitions.row(), 1, orders)
                .data()
                .toString()
                .contains(QStringLiteral("RANGE (placed)")));
    QStringList under;
    QModelIndex sub;
    for (int row = 0; row < model->rowCount(partitions); ++row) {
        const QModelIndex child = model->index(row, 0, partitions);
        under << child.data().toString();
        if (child.data().toString() == u"orders_2024")
            sub = child;
    }
    QCOMPARE(under, (QStringList{QStringLiteral("orders_2024"), QStringLiteral("orders_default")}));
    QVERIFY(!tree->isExpanded(orders)); // folded until the user opens it

    // Open orders › Partitions › orders_2024 › Partitions and click the first hash partition.
    tree->expand(orders);
    tree->expand(partitions);
    tree->expand(sub);
    QModelIndex subPartitions;
    for (int row = 0; row < model->rowCount(sub); ++row)
        if (model->index(row, 0, sub).data().toString() == u"Partitions")
            subPartitions = model->index(row, 0, sub);
    QVERIFY(subPartitions.isValid());
    tree->expand(subPartitions);
    const QModelIndex leaf = model->index(0, 0, subPartitions);
    QCOMPARE(leaf.data().toString(), QStringLiteral("orders_2024_h0"));
    tree->scrollTo(leaf);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(leaf).center());
    auto *detail = window.findChild<TableDetailPanel *>(QStringLiteral("tableDetail"));
    QTRY_COMPARE(detail->title(), QStringLiteral("public.orders_2024_h0"));

    // A plan on a partition: refused, in the designer's words, before anything can run.
    QVERIFY(window.openPlanPath(
        writePlan(QStringLiteral("partition-plan.json"),
                  QString(planJson())
                      .replace(QStringLiteral("\"name\": \"orders\""),
                               QStringLiteral("\"name\": \"orders_2024_h0\"")))));
    auto *status = window.findChild<QLabel *>(QStringLiteral("designerStatus"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("is a partition of public.orders_2024")),
                 qPrintable(status->text()));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("runPlanAction"))->isEnabled());
}
