// The runner against a primary with a streaming hot standby (scripts/test starts both): the
// backfill holds back while the standby's replay lag is over the plan's limit (replay paused
// with pg_wal_replay_pause(), so the lag grows while nothing is written) and goes on once replay
// resumes; the standby itself is refused as a target.

#include "runtestkit.h"

using namespace runtestkit;

namespace {

QString replicaUri()
{
    return qEnvironmentVariable("COLUMN_PLANNER_TEST_REPLICA_URI");
}

// Resumes replay on the standby whatever happens to the test.
struct ReplayPause
{
    explicit ReplayPause(const QString &uri) : m_uri(uri)
    {
        testsupport::execute(m_uri, QStringLiteral("SELECT pg_wal_replay_pause()"));
    }
    ~ReplayPause() { resume(); }
    void resume()
    {
        if (m_paused)
            testsupport::execute(m_uri, QStringLiteral("SELECT pg_wal_replay_resume()"));
        m_paused = false;
    }

private:
    QString m_uri;
    bool m_paused = true;
};

} // namespace

#define REQUIRE_REPLICA(uriVariable)                                                               \
    const QString uriVariable = replicaUri();                                                      \
    if (uriVariable.isEmpty()) {                                                                   \
        if (testsupport::serverRequired())                                                         \
            QFAIL("COLUMN_PLANNER_TEST_REPLICA_URI is not set but scripts/test requires the "      \
                  "standby");                                                                      \
        QSKIP("no streaming standby (set COLUMN_PLANNER_TEST_REPLICA_URI or run scripts/test)");   \
    }

class TestRunReplica : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void throttlesWhileReplayIsPaused();
    void refusesStandbyAsTarget();
};

void TestRunReplica::initTestCase()
{
    REQUIRE_POSTGRES(primary);
    REQUIRE_REPLICA(replica);
    QCOMPARE(scalar(replica, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("t"));
    // A run that aborted earlier may have left replay paused: every test starts from a replaying
    // standby.
    scalar(replica, QStringLiteral("SELECT pg_wal_replay_resume()"));
    QVERIFY2(
        scalar(primary,
               QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"))
                .toInt() >= 1,
        "the standby is not streaming from the primary");
}

void TestRunReplica::throttlesWhileReplayIsPaused()
{
    REQUIRE_POSTGRES(primary);
    REQUIRE_REPLICA(replica);
    const int rows = 200000;
    const int maxLagMs = 300;
    const QString uri = makeOrders(QStringLiteral("cp_runner2_lag"), rows);
    const Plan plan = parsePlan(planJson(QStringLiteral("amount_cents"), NullableCentsColumn, 20,
                                         2000, 2000, 60000, maxLagMs));

    ReplayPause pause(replica);
    RunThread runner(plan, uri, nullptr);
    runner.start();
    QVERIFY2(waitFor(
                 [&] {
                     return runner.log.count(RunEvent::Throttle,
                                             QStringLiteral("throttled: replication lag")) >= 1 ||
                            runner.isFinished();
                 },
                 120000),
             "the runner never throttled on replication lag");
    QVERIFY2(runner.isRunning(),
             qPrintable(QStringLiteral("the run ended while replay was paused: ") +
                        runner.outcome.message));

    // Held back: no batch commits while the lag is over the limit, and the lag it reports keeps
    // growing although the primary is idle (replay_lag alone would stay frozen).
    const qint64 filledAtThrottle = filledRows(uri);
    const int progressAtThrottle = runner.log.count(RunEvent::Progress);
    const int throttlesAtThrottle = runner.log.count(RunEvent::Throttle);
    QVERIFY(waitFor([&] { return runner.log.count(RunEvent::Throttle) >= throttlesAtThrottle + 4; },
                    30000));
    QCOMPARE(filledRows(uri), filledAtThrottle);
    QCOMPARE(runner.log.count(RunEvent::Progress), progressAtThrottle);
    QVERIFY2(filledAtThrottle < rows, "the backfill finished before the lag reached the limit");
    QList<double> lags;
    for (const RunEvent &event : runner.log.events())
        if (event.kind == RunEvent::Throttle) {
            QVERIFY2(event.message.contains(QStringLiteral("column-planner-replica")) ||
                         event.message.contains(QStringLiteral("on standby")),
                     qPrintable(event.message));
            QVERIFY(event.lagMs > maxLagMs);
            lags << event.lagMs;
        }
    // Two samples may fall within the same clock tick on a busy machine: never down, and up
    // overall.
    for (int i = 1; i < lags.size(); ++i)
        QVERIFY2(lags.at(i) >= lags.at(i - 1),
                 qPrintable(QStringLiteral("lag went from %1 to %2 ms while replay was paused")
                                .arg(lags.at(i - 1))
                                .arg(lags.at(i))));
    QVERIFY2(lags.last() > lags.first(),
             qPrintable(
                 QStringLiteral("lag stayed at %1 ms while replay was paused").arg(lags.first())));

    pause.resume();
    QVERIFY(runner.wait(300000));
    QVERIFY2(runner.outcome.exitCode() == 0, qPrintable(runner.outcome.message));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS "
                                        "DISTINCT FROM (amount * 100)::bigint")),
             QStringLiteral("0"));
    // It went on after the resume, measuring the standby (lag known, under the limit).
    const QList<RunEvent> events = runner.log.events();
    int progressAfter = 0;
    bool throttledSeen = false;
    for (const RunEvent &event : events) {
        throttledSeen = throttledSeen || event.kind == RunEvent::Throttle;
        if (throttledSeen && event.kind == RunEvent::Progress) {
            ++progressAfter;
            QVERIFY2(event.lagMs >= 0 && event.lagMs <= maxLagMs,
                     qPrintable(QString::number(event.lagMs)));
        }
    }
    QVERIFY(progressAfter >= 1);
    // The standby replays everything the backfill wrote.
    QVERIFY(waitFor(
        [&] {
            return scalar(primary, QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE "
                                                  "replay_lsn < pg_current_wal_lsn()")) == u"0";
        },
        60000));
}

void TestRunReplica::refusesStandbyAsTarget()
{
    REQUIRE_POSTGRES(primary);
    REQUIRE_REPLICA(replica);
    const QString plan = writeFile(QStringLiteral("standby-plan.json"),
                                   planJson(QStringLiteral("amount_cents"), CentsColumn));
    const testsupport::CliRun run = testsupport::runCli(
        {QStringLiteral("run"), plan, QStringLiteral("--db"), replica, QStringLiteral("--yes"),
         QStringLiteral("--journal"), testsupport::tempPath(QStringLiteral("standby.sqlite"))});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("read-only standby")) &&
                 run.err.contains(QStringLiteral("primary")),
             qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestRunReplica)
#include "tst_runreplica.moc"
