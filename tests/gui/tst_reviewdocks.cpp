// The review docks of the main window against a real PostgreSQL server: the designer's script
// is reviewed as it changes, a hand-typed unsafe statement shows up as a finding that jumps to
// its line, the lock forecast gets live estimates, and a session holding a lock is listed; the
// window keeps fitting a 1366x768 screen.

#include "db/session.h"
#include "designer/columndesignerwidget.h"
#include "editor/sqleditor.h"
#include "mainwindow.h"
#include "plan/planfile.h"
#include "review/findingspanel.h"
#include "review/forecastpanel.h"
#include "review/liveblockerspanel.h"
#include "reviewdocks.h"
#include "testsupport.h"
#include "windowfit.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

class TestReviewDocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reviewsAsTheScriptChanges();

private:
    static QAbstractItemModel *modelOf(QWidget *panel)
    {
        return panel->findChild<QTableView *>()->model();
    }
    QString m_uri;
};

void TestReviewDocks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_POSTGRES(admin);
    m_uri = testsupport::createScratchDatabase(QStringLiteral("cp_reviewdocks"));
    testsupport::execute(
        m_uri,
        QStringLiteral(
            "CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL, note text);"
            "INSERT INTO orders SELECT g, g / 100.0, NULL FROM generate_series(1, 20000) g; "
            "ANALYZE orders;"));
}

void TestReviewDocks::reviewsAsTheScriptChanges()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openConnection(ConnectionUri::parse(m_uri));
    QVERIFY(loaded.wait(20000));
    ReviewDocks *docks = window.reviewDocks();
    QVERIFY(docks);
    QCOMPARE(docks->docks().size(), 3);

    // The compiler's own script is clean: no error-level finding.
    QSignalSpy reviewed(docks, &ReviewDocks::reviewed);
    window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"))
        ->setPlan(
            PlanFile::load(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json")));
    QTRY_VERIFY_WITH_TIMEOUT(
        window.findChild<SqlEditor *>(QStringLiteral("sqlEditor"))->hasScript(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!reviewed.isEmpty(), 10000);
    for (const Finding &finding : docks->lastReview().findings)
        QVERIFY2(finding.severity != Severity::Error,
                 qPrintable(finding.rule + QStringLiteral(": ") + finding.message));
    QVERIFY(docks->lastReview().statements.size() > 5);

    // The live forecast arrives from the server with an estimate for every statement.
    QSignalSpy live(docks, &ReviewDocks::liveForecastReady);
    QVERIFY(live.wait(20000));
    QAbstractItemModel *forecast =
        modelOf(window.findChild<ForecastPanel *>(QStringLiteral("forecastPanel")));
    QCOMPARE(forecast->rowCount(), live.first().at(0).toInt());
    QVERIFY(forecast->rowCount() > 5);
    // The compiled plan, its review and forecast fit a small laptop screen.
    QString beyond = testsupport::minimumSizeBeyond(&window);
    QVERIFY2(beyond.isEmpty(), qPrintable(beyond));

    // A statement typed by hand into the verify phase is reviewed as the user types.
    SqlEditor *editor = window.findChild<SqlEditor *>(QStringLiteral("sqlEditor"));
    const int line = editor->bannerLine(QStringLiteral("verify")) + 1;
    editor->setCursorPosition(line, 0);
    reviewed.clear();
    QTest::keyClicks(editor, QStringLiteral("UPDATE orders SET note = 'x';"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!reviewed.isEmpty(), 10000);
    int findingLine = 0;
    for (const Finding &finding : docks->lastReview().findings)
        if (finding.rule == u"unbatched-backfill")
            findingLine = finding.line;
    QCOMPARE(findingLine, line + 1); // 0-based cursor line -> 1-based finding line
    QVERIFY(!editor->findings().isEmpty());

    // Activating the finding brings the editor forward on that line.
    window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))->setCurrentIndex(0);
    QSignalSpy jumped(window.findChild<FindingsPanel *>(QStringLiteral("findingsPanel")),
                      &FindingsPanel::jumpTo);
    QTableView *findingsView = window.findChild<FindingsPanel *>(QStringLiteral("findingsPanel"))
                                   ->findChild<QTableView *>();
    QAbstractItemModel *findings = findingsView->model();
    for (int row = 0; row < findings->rowCount(); ++row) {
        bool isUpdate = false;
        for (int column = 0; column < findings->columnCount(); ++column)
            isUpdate |= findings->index(row, column)
                            .data()
                            .toString()
                            .contains(QStringLiteral("unbatched-backfill"));
        if (isUpdate) {
            findingsView->setCurrentIndex(findings->index(row, 0));
            QTest::keyClick(findingsView, Qt::Key_Return);
            break;
        }
    }
    QTRY_VERIFY(!jumped.isEmpty());
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))->currentIndex(), 1);
    int cursorLine = -1, cursorIndex = -1;
    editor->getCursorPosition(&cursorLine, &cursorIndex);
    QCOMPARE(cursorLine + 1, findingLine);

    // Someone holds a lock on the table: the blockers panel lists them on refresh.
    auto holder = Session::create(ConnectionUri::parse(m_uri));
    holder->open();
    holder->execute(QStringLiteral("BEGIN; LOCK TABLE orders IN ACCESS SHARE MODE"));
    const QString pid =
        holder->execute(QStringLiteral("SELECT pg_backend_pid()")).value(0, 0).toString();
    QSignalSpy refreshed(window.findChild<LiveBlockersPanel *>(QStringLiteral("liveBlockersPanel")),
                         &LiveBlockersPanel::refreshed);
    window.findChild<LiveBlockersPanel *>(QStringLiteral("liveBlockersPanel"))->refresh();
    QVERIFY(refreshed.wait(15000));
    QVERIFY(refreshed.last().at(0).toInt() >= 1);
    bool listed = false;
    QAbstractItemModel *blockers =
        modelOf(window.findChild<LiveBlockersPanel *>(QStringLiteral("liveBlockersPanel")));
    for (int row = 0; row < blockers->rowCount(); ++row)
        for (int column = 0; column < blockers->columnCount(); ++column)
            listed |= blockers->index(row, column).data().toString() == pid;
    QVERIFY(listed);
    beyond = testsupport::minimumSizeBeyond(&window);
    QVERIFY2(beyond.isEmpty(), qPrintable(beyond));
    holder->execute(QStringLiteral("ROLLBACK"));
}

QTEST_MAIN(TestReviewDocks)
#include "tst_reviewdocks.moc"
