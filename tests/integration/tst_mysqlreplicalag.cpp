// The MySQL/MariaDB replica-lag meter against the throwaway MariaDB primary and its replica
// (scripts/mariadb-servers): the replica is found through the primary, reads 0 when caught up,
// behind and growing while it applies late (MASTER_DELAY) or not at all (a stopped thread, even
// after it left SHOW SLAVE HOSTS), 0 again once it has caught up, and a replica that cannot be
// reached is a note, not an error. `forecast` shows each replica's lag. The replica is left
// replicating without delay: other tests share it.

#include "db/mysqlreplicalagmeter.h"
#include "db/mysqlsession.h"
#include "plan/planfile.h"
#include "plan/presets.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QThread>
#include <QtMath>
#include <memory>

namespace {

const QString database = QStringLiteral("cp_replica_lag");

QString replicaUri()
{
    return qEnvironmentVariable("COLUMN_PLANNER_TEST_MYSQL_REPLICA_URI");
}

// "127.0.0.1:33307" from mysql://cpl@127.0.0.1:33307?option-file=...
QString addressOf(const QString &uri)
{
    const ConnectionUri parsed = ConnectionUri::parse(uri);
    return parsed.option(QStringLiteral("host")) + u':' + parsed.option(QStringLiteral("port"));
}

// Waits on the clock, not on a count of polls: a measurement takes its own time.
template <typename Condition> bool eventually(Condition condition, qint64 timeoutMs = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QThread::msleep(50); // the poll interval of this condition wait, not a wait of its own
    }
    return true;
}

QString withOption(const QString &uri, const QString &option)
{
    return uri + (uri.contains(u'?') ? u'&' : u'?') + option;
}

} // namespace

class TestMysqlReplicaLag : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void discoversTheReplicaCaughtUp();
    void delayedReplicaIsBehindAndGrowing();
    void stoppedSqlThreadLagsWithoutBound();
    void stoppedIoThreadIsStillMeasured();
    void unreachableReplicaIsANote();
    void forecastShowsEachReplica();

private:
    void write(int rows);
    ReplicationLag measure();
    void restoreReplica();
    void waitUntilReplicating();

    QString m_uri; // the scratch database on the primary
    QString m_replicaUri;
    QString m_replicaAddress;
    std::unique_ptr<MysqlSession> m_primary;
    std::unique_ptr<MysqlSession> m_replica;
    std::unique_ptr<MysqlReplicaLagMeter> m_meter; // one for the whole test: it keeps what it found
};

void TestMysqlReplicaLag::initTestCase()
{
    REQUIRE_MYSQL(admin);
    m_replicaUri = replicaUri();
    if (m_replicaUri.isEmpty()) {
        if (testsupport::serverRequired())
            QFAIL("COLUMN_PLANNER_TEST_MYSQL_REPLICA_URI is not set but scripts/test requires the "
                  "replica");
        QSKIP("no MariaDB replica (set COLUMN_PLANNER_TEST_MYSQL_REPLICA_URI or run scripts/test)");
    }
    m_replicaAddress = addressOf(m_replicaUri);
    m_uri = testsupport::createScratchMysqlDatabase(database);
    testsupport::execute(m_uri, QStringLiteral("CREATE TABLE ticks (id bigint AUTO_INCREMENT "
                                               "PRIMARY KEY, note varchar(40) NOT NULL)"));
    m_primary = std::make_unique<MysqlSession>(ConnectionUri::parse(m_uri));
    m_primary->open();
    m_replica = std::make_unique<MysqlSession>(ConnectionUri::parse(m_replicaUri));
    m_replica->open();
    m_meter = std::make_unique<MysqlReplicaLagMeter>(ConnectionUri::parse(m_uri), *m_primary);
}

void TestMysqlReplicaLag::cleanupTestCase()
{
    if (m_replica)
        restoreReplica();
}

void TestMysqlReplicaLag::restoreReplica()
{
    m_replica->execute(
        QStringLiteral("STOP SLAVE; CHANGE MASTER TO MASTER_DELAY = 0; START SLAVE"));
    waitUntilReplicating();
}

void TestMysqlReplicaLag::waitUntilReplicating()
{
    // START SLAVE returns before the IO thread has connected ("Connecting"), which the meter
    // rightly counts as not applying: measure only once both threads run.
    QVERIFY2(eventually(
                 [&] {
                     const QueryResult status =
                         m_replica->execute(QStringLiteral("SHOW SLAVE STATUS"));
                     const int io = int(status.columns.indexOf(QStringLiteral("Slave_IO_Running")));
                     const int sql =
                         int(status.columns.indexOf(QStringLiteral("Slave_SQL_Running")));
                     return !status.rows.isEmpty() && status.value(0, io).toString() == u"Yes" &&
                            status.value(0, sql).toString() == u"Yes";
                 },
                 60000),
             "the replica's IO and SQL threads were not both running within 60 s");
}

void TestMysqlReplicaLag::write(int rows)
{
    for (int i = 0; i < rows; ++i)
        m_primary->execute(QStringLiteral("INSERT INTO ticks (note) VALUES ('tick %1')").arg(i));
}

ReplicationLag TestMysqlReplicaLag::measure()
{
    return m_meter->measure();
}

void TestMysqlReplicaLag::discoversTheReplicaCaughtUp()
{
    // The meter was told nothing about the replica: SHOW SLAVE HOSTS names it.
    QVERIFY(ConnectionUri::parse(m_uri).replicas().isEmpty());
    // Other tests write on the shared primary meanwhile: look at one measurement that saw it caught
    // up.
    ReplicationLag lag;
    QVERIFY2(eventually([&] { return (lag = measure()).ms == 0; }, 120000),
             "the meter did not see the replica caught up within 120 s");
    QCOMPARE(lag.standbys, 1);
    QVERIFY(lag.visible);
    QCOMPARE(lag.slowest, m_replicaAddress);
    QCOMPARE(lag.bytesBehind, 0);
    QVERIFY2(m_meter->reason().isEmpty(), qPrintable(m_meter->reason()));
    const QList<MysqlReplicaState> replicas = m_meter->replicas();
    QCOMPARE(replicas.size(), 1);
    QCOMPARE(replicas.first().address, m_replicaAddress);
    QVERIFY(!replicas.first().explicitlyNamed);
    QVERIFY(replicas.first().measured);
    QCOMPARE(replicas.first().serverId,
             m_replica->execute(QStringLiteral("SELECT @@server_id")).value(0, 0).toLongLong());
    QCOMPARE(replicas.first().reason, QStringLiteral("caught up"));
    QVERIFY2(m_meter->notes().isEmpty(), qPrintable(m_meter->notes().join(u'\n')));
}

void TestMysqlReplicaLag::delayedReplicaIsBehindAndGrowing()
{
    m_replica->execute(
        QStringLiteral("STOP SLAVE; CHANGE MASTER TO MASTER_DELAY = 3600; START SLAVE"));
    const auto restore = qScopeGuard([this] { restoreReplica(); });
    waitUntilReplicating();
    write(3);
    // Behind as soon as the meter sees a position the replica has not executed, and by more the
    // longer it waits, although nothing more is written.
    QVERIFY2(eventually([&] { return measure().ms > 0; }, 30000),
             "the meter did not see the delayed replica behind within 30 s");
    ReplicationLag lag = measure();
    QCOMPARE(lag.slowest, m_replicaAddress);
    QVERIFY(!qIsInf(lag.ms));
    QVERIFY2(lag.bytesBehind > 0, qPrintable(QString::number(lag.bytesBehind)));
    QVERIFY2(m_meter->reason().contains(QStringLiteral("MASTER_DELAY")),
             qPrintable(m_meter->reason()));
    QVERIFY2(m_meter->reason().startsWith(QStringLiteral("behind")), qPrintable(m_meter->reason()));
    const double first = lag.ms;
    QVERIFY2(eventually([&] { return measure().ms >= first + 1000; }, 60000),
             "the delayed replica's lag did not grow by a second within 60 s");
    QVERIFY(m_replica->execute(QStringLiteral("SELECT count(*) FROM cp_replica_lag.ticks"))
                .value(0, 0)
                .toInt() == 0);

    restoreReplica();
    QVERIFY2(eventually([&] { return measure().ms == 0; }, 120000),
             "the replica did not catch up within 120 s once its delay was removed");
    QCOMPARE(m_replica->execute(QStringLiteral("SELECT count(*) FROM cp_replica_lag.ticks"))
                 .value(0, 0)
                 .toInt(),
             3);
}

void TestMysqlReplicaLag::stoppedSqlThreadLagsWithoutBound()
{
    m_replica->execute(QStringLiteral("STOP SLAVE SQL_THREAD"));
    const auto restart = qScopeGuard([this] { m_replica->execute(QStringLiteral("START SLAVE")); });
    // Caught up or not, a replica that applies nothing would let the run race ahead.
    ReplicationLag lag = measure();
    QVERIFY2(qIsInf(lag.ms), qPrintable(QString::number(lag.ms)));
    QCOMPARE(lag.slowest, m_replicaAddress);
    QVERIFY2(m_meter->reason().contains(QStringLiteral("SQL thread is stopped")),
             qPrintable(m_meter->reason()));
    write(2);
    QVERIFY2(eventually([&] { return measure().bytesBehind > 0; }, 30000),
             "the meter did not see bytes behind within 30 s with the SQL thread stopped");
    QVERIFY(qIsInf(measure().ms));

    m_replica->execute(QStringLiteral("START SLAVE SQL_THREAD"));
    QVERIFY2(eventually([&] { return measure().ms == 0; }, 120000),
             "the replica did not catch up within 120 s once its SQL thread ran again");
}

void TestMysqlReplicaLag::stoppedIoThreadIsStillMeasured()
{
    m_replica->execute(QStringLiteral("STOP SLAVE IO_THREAD"));
    const auto restart = qScopeGuard([this] { m_replica->execute(QStringLiteral("START SLAVE")); });
    // The replica leaves SHOW SLAVE HOSTS with its IO thread (once the primary tries to send it
    // something); the meter keeps it.
    write(1);
    QVERIFY2(
        eventually(
            [&] { return m_primary->execute(QStringLiteral("SHOW SLAVE HOSTS")).rows.isEmpty(); },
            120000),
        "the primary still listed the replica 120 s after its IO thread stopped");
    const ReplicationLag lag = measure();
    QCOMPARE(lag.standbys, 1);
    QVERIFY2(qIsInf(lag.ms), qPrintable(QString::number(lag.ms)));
    QVERIFY2(m_meter->reason().contains(QStringLiteral("IO thread is stopped")),
             qPrintable(m_meter->reason()));

    m_replica->execute(QStringLiteral("START SLAVE IO_THREAD"));
    QVERIFY2(eventually([&] { return measure().ms == 0; }, 120000),
             "the replica did not catch up within 120 s once its IO thread ran again");
}

void TestMysqlReplicaLag::unreachableReplicaIsANote()
{
    // tcpmux: nothing listens there, so the connection is refused at once.
    const QString deadAddress = QStringLiteral("127.0.0.1:1");
    const ConnectionUri uri =
        ConnectionUri::parse(withOption(m_uri, QStringLiteral("replica=") + deadAddress));
    MysqlReplicaLagMeter meter(uri, *m_primary);
    ReplicationLag lag;
    QVERIFY2(eventually([&] { return (lag = meter.measure()).ms == 0; }, 120000),
             "the meter did not see the real replica caught up within 120 s");
    QCOMPARE(lag.standbys, 1); // the real replica, found through the primary
    QCOMPARE(lag.slowest, m_replicaAddress);
    QCOMPARE(meter.notes().size(), 1);
    const QString note = meter.notes().first();
    QVERIFY2(note.contains(deadAddress) && note.contains(QStringLiteral("named in the URI")) &&
                 note.contains(QStringLiteral("not counted")),
             qPrintable(note));
    bool listed = false;
    for (const MysqlReplicaState &replica : meter.replicas())
        if (replica.address == deadAddress) {
            listed = true;
            QVERIFY(replica.explicitlyNamed);
            QVERIFY(!replica.measured);
            QVERIFY2(replica.reason.contains(QStringLiteral("connect")),
                     qPrintable(replica.reason));
        }
    QVERIFY(listed);
}

void TestMysqlReplicaLag::forecastShowsEachReplica()
{
    Plan plan = Presets::plan(QStringLiteral("counter"), DialectKind::MySQL, database,
                              QStringLiteral("ticks"), {}, true);
    plan.title = QStringLiteral("counter on ticks");
    const QString path = testsupport::tempPath(QStringLiteral("replica-lag.json"));
    PlanFile::save(plan, path);
    const testsupport::CliRun run =
        testsupport::runCli({QStringLiteral("forecast"), path, QStringLiteral("--db"), m_uri});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QString line;
    for (const QString &candidate : run.out.split(u'\n'))
        if (candidate.trimmed().startsWith(QStringLiteral("replica: %1 ").arg(m_replicaAddress)))
            line = candidate;
    QVERIFY2(!line.isEmpty(), qPrintable(run.out.right(600)));
    QVERIFY2(line.contains(QStringLiteral("registered with the primary")), qPrintable(line));
    // The forecast's own probe (an empty copy of the table) is in the binary log just before.
    QVERIFY2(line.endsWith(QStringLiteral(": caught up")) ||
                 line.contains(QStringLiteral("behind: it executed domain 0 at")),
             qPrintable(line));
}

QTEST_GUILESS_MAIN(TestMysqlReplicaLag)
#include "tst_mysqlreplicalag.moc"
