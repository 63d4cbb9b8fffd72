// The review panels offscreen: findings (contents, icons, sorting, double-click -> jumpTo), the
// forecast (lock tint by how much it blocks, static and live), and against the real server the
// live blockers panel listing a second connection's lock, then cancelling and terminating it
// through the panel's confirmed actions until the lock is gone.

#include "db/session.h"
#include "items/blockermodel.h"
#include "items/findingmodel.h"
#include "items/forecastmodel.h"
#include "items/reviewroles.h"
#include "review/findingspanel.h"
#include "review/forecastpanel.h"
#include "review/liveblockerspanel.h"
#include "review/liveimpactcontroller.h"
#include "review/reviewdecorationproxy.h"
#include "review/reviewer.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <thread>

class TestReviewPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingsContentsAndIcons();
    void findingsSorting();
    void doubleClickJumps();
    void forecastTintsByBlocking();
    void blockersListedThenTerminated();
    void activeQueryCancelled();

private:
    static const char *riskySql;
    QString scratch();
    QString m_uri;
};

const char *TestReviewPanels::riskySql =
    "ALTER TABLE orders ADD COLUMN a bigint DEFAULT random();\n"
    "CREATE INDEX orders_a ON orders (a);\n"
    "SELECT 1;\n"
    "ALTER TABLE orders ALTER COLUMN a SET NOT NULL;\n";

QString TestReviewPanels::scratch()
{
    if (m_uri.isEmpty()) {
        m_uri = testsupport::createScratchDatabase(QStringLiteral("cp_review2_gui"));
        testsupport::execute(
            m_uri,
            QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric);"
                           "INSERT INTO orders SELECT g, g FROM generate_series(1, 100) g;"));
    }
    return m_uri;
}

void TestReviewPanels::findingsContentsAndIcons()
{
    const ReviewResult review = Reviewer::review(QString::fromUtf8(riskySql));
    QVERIFY(review.findings.size() >= 2);
    FindingsPanel panel;
    panel.setFindings(review.findings);
    panel.show();
    auto *view = panel.findChild<QTableView *>(QStringLiteral("findingsView"));
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), review.findings.size());
    QSet<QString> rules;
    for (int row = 0; row < model->rowCount(); ++row) {
        rules << model->index(row, FindingModel::RuleColumn).data().toString();
        const QVariant icon =
            model->index(row, FindingModel::SeverityColumn).data(Qt::DecorationRole);
        QVERIFY2(icon.canConvert<QIcon>() && !icon.value<QIcon>().isNull(),
                 "every finding has a severity icon");
        QVERIFY(!model->index(row, FindingModel::MessageColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }
    QVERIFY(rules.contains(QStringLiteral("non-concurrent-index")));
    QVERIFY(!view->accessibleName().isEmpty());
}

void TestReviewPanels::findingsSorting()
{
    const ReviewResult review = Reviewer::review(QString::fromUtf8(riskySql));
    FindingsPanel panel;
    auto *view = panel.findChild<QTableView *>(QStringLiteral("findingsView"));
    QVERIFY(view);
    panel.setFindings(review.findings);
    QAbstractItemModel *model = view->model();
    // by line, both ways
    view->sortByColumn(FindingModel::LineColumn, Qt::DescendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, FindingModel::LineColumn).data().toInt() >=
                model->index(row, FindingModel::LineColumn).data().toInt());
    view->sortByColumn(FindingModel::LineColumn, Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, FindingModel::LineColumn).data().toInt() <=
                model->index(row, FindingModel::LineColumn).data().toInt());
    // by severity: errors before warnings before notes
    view->sortByColumn(FindingModel::SeverityColumn, Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, FindingModel::SeverityColumn)
                    .data(ReviewRoles::SeverityRole)
                    .toInt() <= model->index(row, FindingModel::SeverityColumn)
                                    .data(ReviewRoles::SeverityRole)
                                    .toInt());
}

void TestReviewPanels::doubleClickJumps()
{
    const ReviewResult review = Reviewer::review(QString::fromUtf8(riskySql));
    FindingsPanel panel;
    panel.resize(800, 300);
    panel.setFindings(review.findings);
    panel.show();
    auto *view = panel.findChild<QTableView *>(QStringLiteral("findingsView"));
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    view->sortByColumn(FindingModel::LineColumn, Qt::DescendingOrder);
    QSignalSpy spy(&panel, &FindingsPanel::jumpTo);
    const QModelIndex first = view->model()->index(0, FindingModel::MessageColumn);
    const QPoint at = view->visualRect(first).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 1);
    // the last finding in the script (sorted descending by line)
    Finding last = review.findings.first();
    for (const Finding &f : review.findings)
        if (f.line * 10000 + f.column > last.line * 10000 + last.column)
            last = f;
    QCOMPARE(spy.first().at(0).toInt(), last.line);
    QCOMPARE(spy.first().at(1).toInt(), last.column);
    // Enter on the current row jumps too
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
}

void TestReviewPanels::forecastTintsByBlocking()
{
    const ReviewResult review =
        Reviewer::review(QStringLiteral("SET lock_timeout = '2s';\n"
                                        "ALTER TABLE orders ADD COLUMN b int;\n"
                                        "CREATE INDEX CONCURRENTLY orders_b ON orders (b);\n"
                                        "CREATE INDEX orders_c ON orders (b);\n"));
    ForecastPanel panel;
    panel.setReview(review);
    panel.show();
    auto *view = panel.findChild<QTableView *>(QStringLiteral("forecastView"));
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 4);
    auto lockText = [&](int row) {
        return model->index(row, ForecastModel::LockColumn).data().toString();
    };
    auto background = [&](int row) {
        return model->index(row, ForecastModel::LockColumn)
            .data(Qt::BackgroundRole)
            .value<QColor>();
    };
    QCOMPARE(lockText(0), QStringLiteral("none"));
    QCOMPARE(lockText(1), QStringLiteral("ACCESS EXCLUSIVE"));
    QCOMPARE(lockText(2), QStringLiteral("SHARE UPDATE EXCLUSIVE"));
    QCOMPARE(lockText(3), QStringLiteral("SHARE"));
    QVERIFY(!background(0).isValid());
    const QColor base = panel.palette().color(QPalette::Base);
    QCOMPARE(background(1), ReviewDecorationProxy::tint(3, base)); // blocks reads
    QCOMPARE(background(2), ReviewDecorationProxy::tint(1, base)); // blocks DDL only
    QCOMPARE(background(3), ReviewDecorationProxy::tint(2, base)); // blocks writes
    QVERIFY(background(1) != background(2));
    QCOMPARE(model->index(1, ForecastModel::BlocksColumn).data().toString(),
             LockMatrix::blockedSummary(LockMode::AccessExclusive));
    // a dark palette gives dark tints, still distinct
    QPalette dark = panel.palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    panel.setPalette(dark);
    QCOMPARE(background(1), ReviewDecorationProxy::tint(3, QColor(30, 30, 30)));
    QVERIFY(background(1).lightness() < 128);
    // sorting by lock puts the strongest first when descending
    view->sortByColumn(ForecastModel::LockColumn, Qt::DescendingOrder);
    QCOMPARE(lockText(0), QStringLiteral("ACCESS EXCLUSIVE"));
}

void TestReviewPanels::blockersListedThenTerminated()
{
    REQUIRE_POSTGRES(admin);
    Q_UNUSED(admin);
    const QString uri = scratch();
    auto holder = Session::create(ConnectionUri::parse(uri));
    holder->open();
    const int pid = holder->execute(QStringLiteral("SELECT pg_backend_pid()")).value(0, 0).toInt();
    holder->execute(QStringLiteral(
        "SET application_name = 'panel-holder'; BEGIN; LOCK TABLE orders IN ROW SHARE MODE"));

    LiveImpactController controller(ConnectionUri::parse(uri));
    LiveBlockersPanel panel;
    panel.setController(&controller);
    panel.setNeededLocks({{QStringLiteral("public.orders"), LockMode::AccessExclusive}});
    panel.show();
    auto *view = panel.findChild<QTableView *>(QStringLiteral("blockersView"));
    QVERIFY(view);
    auto *refresh = panel.findChild<QPushButton *>(QStringLiteral("refreshBlockers"));
    QVERIFY(refresh);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *terminate = panel.findChild<QPushButton *>(QStringLiteral("terminateBackend"));
    QVERIFY(terminate);
    const auto confirmation = [&panel] {
        return panel.findChild<QMessageBox *>(QStringLiteral("backendConfirmation"));
    };
    QMessageBox *box = nullptr;
    QVERIFY(!terminate->isEnabled());

    QSignalSpy refreshed(&panel, &LiveBlockersPanel::refreshed);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, BlockerModel::PidColumn).data().toInt(), pid);
    QCOMPARE(model->index(0, BlockerModel::ApplicationColumn).data().toString(),
             QStringLiteral("panel-holder"));
    QVERIFY(model->index(0, BlockerModel::LockColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("ROW SHARE")));
    QCOMPARE(model->index(0, BlockerModel::StateColumn).data().toString(),
             QStringLiteral("idle in transaction"));

    view->selectRow(0);
    QVERIFY(terminate->isEnabled());
    // "No" in the confirmation changes nothing
    QSignalSpy signalled(&panel, &LiveBlockersPanel::backendSignalled);
    QTest::mouseClick(terminate, Qt::LeftButton);
    QTRY_VERIFY((box = confirmation()) && box->isVisible());
    QVERIFY(box->text().contains(QString::number(pid)));
    box->button(QMessageBox::No)->click();
    // A refresh asked after the answer is served after anything the answer sent to the server:
    // once it is back, a terminate would have been signalled and the session gone.
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(refreshed.count() == 2, "the panel did not refresh after \"No\"",
                              30000);
    QCOMPARE(signalled.count(), 0);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, BlockerModel::PidColumn).data().toInt(), pid);
    QCOMPARE(holder->execute(QStringLiteral("SELECT 1")).value(0, 0).toInt(), 1); // still connected

    view->selectRow(0);
    QTest::mouseClick(terminate, Qt::LeftButton);
    QTRY_VERIFY((box = confirmation()) && box->isVisible());
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(signalled.count(), 1, 10000);
    QCOMPARE(signalled.first().at(0).toInt(), pid);
    QCOMPARE(signalled.first().at(1).toBool(), true);
    QCOMPARE(signalled.first().at(2).toBool(), true);
    // the panel refreshes after the action: the session and its lock are gone
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 10000);
    auto check = Session::create(ConnectionUri::parse(uri));
    check->open();
    QTRY_COMPARE_WITH_TIMEOUT(
        check->execute(QStringLiteral("SELECT count(*) FROM pg_locks WHERE pid = %1").arg(pid))
            .value(0, 0)
            .toInt(),
        0, 5000);
}

void TestReviewPanels::activeQueryCancelled()
{
    REQUIRE_POSTGRES(admin);
    Q_UNUSED(admin);
    const QString uri = scratch();
    auto holder = Session::create(ConnectionUri::parse(uri));
    holder->open();
    const int pid = holder->execute(QStringLiteral("SELECT pg_backend_pid()")).value(0, 0).toInt();
    // one implicit transaction: the lock lives as long as the sleeping query
    QString holderError;
    std::thread running([&] {
        try {
            holder->execute(QStringLiteral("LOCK TABLE orders IN SHARE MODE; SELECT pg_sleep(60)"));
        } catch (const std::exception &error) {
            holderError = QString::fromUtf8(error.what());
        }
    });
    LiveImpactController controller(ConnectionUri::parse(uri));
    LiveBlockersPanel panel;
    panel.setController(&controller);
    panel.setNeededLocks(
        {{QStringLiteral("orders"), LockMode::RowExclusive}}); // a writer would wait behind SHARE
    panel.setRefreshInterval(200);
    panel.show();
    auto *view = panel.findChild<QTableView *>(QStringLiteral("blockersView"));
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *autoRefresh = panel.findChild<QCheckBox *>(QStringLiteral("autoRefreshBlockers"));
    QVERIFY(autoRefresh);
    const auto confirmation = [&panel] {
        return panel.findChild<QMessageBox *>(QStringLiteral("backendConfirmation"));
    };
    QMessageBox *box = nullptr;
    QAbstractItemModel *model = view->model();
    autoRefresh->setChecked(true); // the timer finds the lock once the query runs
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QCOMPARE(model->index(0, BlockerModel::PidColumn).data().toInt(), pid);
    QCOMPARE(model->index(0, BlockerModel::StateColumn).data().toString(),
             QStringLiteral("active"));
    autoRefresh->setChecked(false);

    view->selectRow(0);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("cancelBackend")),
                      Qt::LeftButton);
    QTRY_VERIFY((box = confirmation()) && box->isVisible());
    box->button(QMessageBox::Yes)->click();
    running.join(); // the cancelled query returns with an error at once
    QVERIFY2(!holderError.isEmpty(), "the sleeping query was cancelled");
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 10000);
    // the session survives a cancel: only its query stopped
    QCOMPARE(holder->execute(QStringLiteral("SELECT pg_backend_pid()")).value(0, 0).toInt(), pid);
}

QTEST_MAIN(TestReviewPanels)
#include "tst_reviewpanels.moc"
