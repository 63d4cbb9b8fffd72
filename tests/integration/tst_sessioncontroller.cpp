// SessionController: requests answered by id from the worker thread, cancel that reaches the
// server without waiting, and the activity snapshot of who holds locks on a table.

#include "db/dberror.h"
#include "db/session.h"
#include "db/sessioncontroller.h"
#include "demo/demodatabase.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>

class TestSessionController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void answersByRequestId();
    void cancelStopsALongStatement();
    void cancelInterruptsSqlite();
    void failureCarriesKindAndOneLine();
    void activitySeesLockHolders();

private:
    QString m_uri;
};

void TestSessionController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_POSTGRES(admin);
    m_uri = testsupport::createScratchDatabase(QStringLiteral("cp_session_controller"));
    testsupport::execute(
        m_uri,
        QStringLiteral("CREATE TABLE accounts (id bigint PRIMARY KEY, balance numeric NOT NULL);"
                       "INSERT INTO accounts SELECT g, g FROM generate_series(1, 100) g;"));
}

void TestSessionController::answersByRequestId()
{
    SessionController controller(ConnectionUri::parse(m_uri));
    QSignalSpy opened(&controller, &SessionController::opened);
    QSignalSpy catalogs(&controller, &SessionController::catalogReady);
    QSignalSpy executed(&controller, &SessionController::executed);
    QSignalSpy busy(&controller, &SessionController::busyChanged);
    const quint64 openId = controller.open();
    const quint64 catalogId = controller.loadCatalog();
    const quint64 queryId = controller.execute(
        QStringLiteral("SELECT count(*), current_setting('application_name') FROM accounts"));
    QVERIFY(openId < catalogId && catalogId < queryId);
    QVERIFY(controller.isBusy()); // the caller returned before any answer
    QTRY_COMPARE_WITH_TIMEOUT(executed.size(), 1, 15000);
    QCOMPARE(opened.first().at(0).toULongLong(), openId);
    QVERIFY(opened.first().at(1).toString().startsWith(QStringLiteral("1")));
    QCOMPARE(catalogs.first().at(0).toULongLong(), catalogId);
    QCOMPARE(catalogs.first().at(1).value<Catalog>().tables.size(), 1);
    QCOMPARE(executed.first().at(0).toULongLong(), queryId);
    const QueryResult result = executed.first().at(1).value<QueryResult>();
    QCOMPARE(result.value(0, 0).toString(), QStringLiteral("100"));
    QCOMPARE(result.value(0, 1).toString(), QStringLiteral("column-planner"));
    QVERIFY(!controller.isBusy());
    QCOMPARE(busy.first().at(0).toBool(), true);
    QCOMPARE(busy.last().at(0).toBool(), false);
}

void TestSessionController::cancelStopsALongStatement()
{
    SessionController controller(ConnectionUri::parse(m_uri));
    QSignalSpy opened(&controller, &SessionController::opened);
    QSignalSpy failed(&controller, &SessionController::failed);
    controller.open();
    QVERIFY(opened.wait(15000));
    const quint64 sleepId = controller.execute(QStringLiteral("SELECT pg_sleep(60)"));
    // The statement reached the server: the cancel has a statement to stop.
    auto watcher = Session::create(ConnectionUri::parse(m_uri));
    watcher->open();
    const auto sleeping = [&] {
        return watcher
                   ->execute(QStringLiteral(
                       "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                       "AND state = 'active' AND query = 'SELECT pg_sleep(60)'"))
                   .value(0, 0)
                   .toInt() == 1;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(sleeping(), "SELECT pg_sleep(60) did not start on the server", 30000);
    QElapsedTimer timer;
    timer.start();
    controller.cancel();
    QVERIFY(timer.elapsed() < 1000); // cancel() itself never waits on the server
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(0).toULongLong(), sleepId);
    QCOMPARE(failed.first().at(2).toInt(), int(DbError::Kind::Canceled));
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("canceling statement")));
    // The session is still usable after a cancel.
    QSignalSpy executed(&controller, &SessionController::executed);
    controller.execute(QStringLiteral("SELECT 1"));
    QVERIFY(executed.wait(10000));
}

void TestSessionController::cancelInterruptsSqlite()
{
    const QString path = DemoDatabase::ensure(testsupport::tempPath(QStringLiteral("demo.sqlite")));
    SessionController controller(ConnectionUri::parse(DemoDatabase::uriFor(path)));
    QSignalSpy opened(&controller, &SessionController::opened);
    QSignalSpy failed(&controller, &SessionController::failed);
    // Opened first: opening reads the file too, and would pass for the join below.
    controller.open();
    QVERIFY(opened.wait(15000));
    // A deliberately enormous cross join that would run for minutes.
    controller.execute(QStringLiteral("SELECT count(*) FROM orders a, orders b"));
    // The join is reading the file: its shared lock keeps another connection from taking an
    // exclusive one. (A cancel before the statement starts would find nothing to interrupt.)
    auto probe = Session::create(ConnectionUri::parse(DemoDatabase::uriFor(path)));
    probe->open();
    probe->execute(QStringLiteral("PRAGMA busy_timeout = 0"));
    QString probeError;
    const auto reading = [&] {
        try {
            probe->execute(QStringLiteral("BEGIN EXCLUSIVE; ROLLBACK"));
            return false;
        } catch (const DbError &error) {
            probeError = error.message();
            return true;
        }
    };
    QTRY_VERIFY2_WITH_TIMEOUT(reading(), "the cross join did not start reading the file", 30000);
    QVERIFY2(probeError.contains(QStringLiteral("locked")), qPrintable(probeError));
    controller.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().at(2).toInt(), int(DbError::Kind::Canceled));
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("interrupted")));
}

void TestSessionController::failureCarriesKindAndOneLine()
{
    const ConnectionUri parsed = ConnectionUri::parse(m_uri);
    SessionController controller(parsed.withPassword(QStringLiteral("definitely-wrong")));
    QSignalSpy failed(&controller, &SessionController::failed);
    controller.open();
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().at(2).toInt(), int(DbError::Kind::Authentication));
    const QString message = failed.first().at(1).toString();
    QVERIFY(!message.contains(u'\n'));
    QVERIFY(!message.contains(QStringLiteral("definitely-wrong")));
}

void TestSessionController::activitySeesLockHolders()
{
    // A second connection keeps a transaction open on the table: the snapshot shows it.
    auto holder = Session::create(ConnectionUri::parse(m_uri));
    holder->open();
    holder->execute(QStringLiteral(
        "BEGIN; LOCK TABLE accounts IN ROW EXCLUSIVE MODE; SELECT pg_backend_pid()"));
    const QString holderPid =
        holder->execute(QStringLiteral("SELECT pg_backend_pid()")).value(0, 0).toString();

    SessionController controller(ConnectionUri::parse(m_uri));
    QSignalSpy activity(&controller, &SessionController::activityReady);
    controller.loadActivity(QStringLiteral("public"), QStringLiteral("accounts"));
    QVERIFY(activity.wait(15000));
    const ActivitySnapshot snapshot = activity.first().at(1).value<ActivitySnapshot>();
    bool lockSeen = false;
    for (const TableLock &lock : snapshot.tableLocks)
        lockSeen |= QString::number(lock.pid) == holderPid && lock.mode == u"RowExclusiveLock" &&
                    lock.granted;
    QVERIFY(lockSeen);
    bool backendSeen = false;
    for (const BackendActivity &backend : snapshot.backends) {
        if (QString::number(backend.pid) == holderPid) {
            backendSeen = true;
            QCOMPARE(backend.state, QStringLiteral("idle in transaction"));
            QVERIFY(backend.transactionAgeSeconds >= 0);
            QCOMPARE(backend.application, QStringLiteral("column-planner"));
        }
    }
    QVERIFY(backendSeen);
    holder->execute(QStringLiteral("ROLLBACK"));
}

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
