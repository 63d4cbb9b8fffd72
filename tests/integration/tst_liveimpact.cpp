// LiveImpactAnalyzer against a real PostgreSQL server: a second connection holding a lock in an
// open transaction is listed as a blocker of the ADD COLUMN (and a lock that does not conflict is
// not), a repeatable-read transaction is the oldest snapshot, one backfill batch is explained
// (its read before the column exists, its UPDATE after), and the WAL estimate follows the table.

#include "db/session.h"
#include "plan/planfile.h"
#include "review/liveimpactanalyzer.h"
#include "sql/compiler.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestLiveImpact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noBlockersOnAQuietTable();
    void lockHolderBlocksAddColumn();
    void rowExclusiveDoesNotBlockReads();
    void oldestSnapshot();
    void batchIsExplained();
    void walEstimateAndReplication();

private:
    std::unique_ptr<Session> open() const;
    Script compile(Session &session) const;
    int pidOf(Session &session) const;
    static const StatementImpact *addColumn(const LiveImpact &live);

    QString m_uri;
};

namespace {

const char *planJson = R"({
  "format": "column-planner/plan@1",
  "title": "Store order amounts in cents",
  "target": { "dialect": "postgresql", "server_version": "15" },
  "table": { "schema": "public", "name": "orders" },
  "column": { "name": "amount_cents", "type": "bigint", "nullable": false, "default": "0",
              "backfill": "(amount * 100)::bigint", "check": "amount_cents >= 0",
              "index": { "method": "btree", "unique": false } },
  "backfill": { "max_batch_rows": 1000, "lock_timeout_ms": 2000 }
})";

} // namespace

std::unique_ptr<Session> TestLiveImpact::open() const
{
    auto session = Session::create(ConnectionUri::parse(m_uri));
    session->open();
    return session;
}

Script TestLiveImpact::compile(Session &session) const
{
    const Plan plan = PlanFile::parse(planJson, QStringLiteral("plan.json"));
    const Catalog catalog =
        session.catalog(CatalogFilter{QStringLiteral("public"), QStringLiteral("orders"), true});
    CompileOptions options;
    options.catalog = &catalog;
    return Compiler::compile(plan, options);
}

int TestLiveImpact::pidOf(Session &session) const
{
    return session.execute(QStringLiteral("SELECT pg_backend_pid()")).value(0, 0).toInt();
}

const StatementImpact *TestLiveImpact::addColumn(const LiveImpact &live)
{
    for (const StatementImpact &s : live.statements)
        if (s.sql.contains(QLatin1String("ADD COLUMN")))
            return &s;
    return nullptr;
}

void TestLiveImpact::initTestCase()
{
    REQUIRE_POSTGRES(admin);
    Q_UNUSED(admin);
    m_uri = testsupport::createScratchDatabase(QStringLiteral("cp_review2_live"));
    testsupport::execute(m_uri,
                         QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id "
                                        "int NOT NULL, amount numeric(12,2) NOT NULL, "
                                        "note text);"
                                        "INSERT INTO orders SELECT g, g % 100, (g % 997) / 10.0, "
                                        "repeat('x', 40) FROM generate_series(1, 20000) g;"
                                        "CREATE INDEX orders_customer ON orders (customer_id);"
                                        "ANALYZE orders;"));
}

void TestLiveImpact::noBlockersOnAQuietTable()
{
    auto session = open();
    const LiveImpact live = LiveImpactAnalyzer::analyze(*session, compile(*session));
    QVERIFY(live.blockers.isEmpty());
    QVERIFY(!live.hasGrantedBlockers());
    QCOMPARE(live.rows, 20000);
    QVERIFY(live.heapBytes > 0);
    const StatementImpact *add = addColumn(live);
    QVERIFY(add);
    QCOMPARE(add->forecast.strongestLock(), LockMode::AccessExclusive);
    QVERIFY(add->blockerPids.isEmpty());
    QVERIFY(!add->estimateBasis.isEmpty());
    // statements are numbered 1.. in order and each has a basis for its estimate
    for (int i = 0; i < live.statements.size(); ++i) {
        QCOMPARE(live.statements[i].number, i + 1);
        QVERIFY(!live.statements[i].estimateBasis.isEmpty());
    }
}

void TestLiveImpact::lockHolderBlocksAddColumn()
{
    auto holder = open();
    const int holderPid = pidOf(*holder);
    holder->execute(QStringLiteral(
        "SET application_name = 'review2-holder'; BEGIN; LOCK TABLE orders IN ACCESS SHARE MODE"));

    auto session = open();
    const LiveImpact live = LiveImpactAnalyzer::analyze(*session, compile(*session));
    QVERIFY(live.hasGrantedBlockers());
    const auto blocker = std::find_if(live.blockers.begin(), live.blockers.end(),
                                      [&](const BlockingBackend &b) { return b.pid == holderPid; });
    QVERIFY2(blocker != live.blockers.end(), "the session holding ACCESS SHARE is listed");
    QCOMPARE(blocker->heldMode, LockMode::AccessShare);
    QVERIFY(blocker->granted);
    QCOMPARE(blocker->relation, QStringLiteral("public.orders"));
    QCOMPARE(blocker->application, QStringLiteral("review2-holder"));
    QCOMPARE(blocker->state, QStringLiteral("idle in transaction"));
    QVERIFY(blocker->transactionAgeSeconds >= 0);
    const StatementImpact *add = addColumn(live);
    QVERIFY(add);
    QVERIFY(add->blockerPids.contains(holderPid));
    QVERIFY(blocker->statements.contains(add->number));
    // a statement that only needs a weak lock (SHARE UPDATE EXCLUSIVE: VALIDATE, CREATE INDEX
    // CONCURRENTLY) does not conflict with ACCESS SHARE
    for (const StatementImpact &s : live.statements)
        if (s.forecast.strongestLock() == LockMode::ShareUpdateExclusive)
            QVERIFY2(!s.blockerPids.contains(holderPid), qPrintable(s.sql));

    holder->close(); // ends the transaction: the lock is gone
    auto again = open();
    QVERIFY(LiveImpactAnalyzer::blockers(
                *again, {{QStringLiteral("public.orders"), LockMode::AccessExclusive}})
                .isEmpty());
}

void TestLiveImpact::rowExclusiveDoesNotBlockReads()
{
    auto holder = open();
    const int holderPid = pidOf(*holder);
    holder->execute(QStringLiteral("BEGIN; UPDATE orders SET note = note WHERE id = 1"));
    auto session = open();
    const QList<BlockingBackend> forRead =
        LiveImpactAnalyzer::blockers(*session, {{QStringLiteral("orders"), LockMode::AccessShare}});
    QVERIFY(forRead.isEmpty());
    // SHARE UPDATE EXCLUSIVE (VALIDATE, CREATE INDEX CONCURRENTLY) runs beside writers...
    QVERIFY(LiveImpactAnalyzer::blockers(
                *session, {{QStringLiteral("orders"), LockMode::ShareUpdateExclusive}})
                .isEmpty());
    // ...SHARE (CREATE INDEX) does not
    const QList<BlockingBackend> forDdl = LiveImpactAnalyzer::blockers(
        *session, {{QStringLiteral("\"public\".\"orders\""), LockMode::Share}});
    QVERIFY(!forDdl.isEmpty());
    QCOMPARE(forDdl.first().pid, holderPid);
    QCOMPARE(forDdl.first().heldMode, LockMode::RowExclusive);
    holder->close();
}

void TestLiveImpact::oldestSnapshot()
{
    auto session = open();
    bool found = true;
    LiveImpactAnalyzer::oldestSnapshot(*session, &found);
    QVERIFY2(!found, "no other backend of this database holds a snapshot");

    auto holder = open();
    const int holderPid = pidOf(*holder);
    holder->execute(
        QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM orders"));
    testsupport::execute(
        m_uri,
        QStringLiteral("CREATE TABLE IF NOT EXISTS burn (x int); INSERT INTO burn VALUES (1)"));
    int holders = 0;
    const SnapshotHolder oldest = LiveImpactAnalyzer::oldestSnapshot(*session, &found, &holders);
    QVERIFY(found);
    QCOMPARE(oldest.pid, holderPid);
    QCOMPARE(holders, 1);
    QVERIFY(oldest.xminAgeTransactions >= 1);
    QVERIFY(oldest.query.contains(QLatin1String("count(*)")));
    const LiveImpact live = LiveImpactAnalyzer::analyze(*session, compile(*session));
    QVERIFY(live.hasOldestSnapshot);
    QCOMPARE(live.oldestSnapshot.pid, holderPid);
    // the same transaction read orders: its ACCESS SHARE lock also blocks the ADD COLUMN
    QVERIFY(live.hasGrantedBlockers());
    holder->close();
}

void TestLiveImpact::batchIsExplained()
{
    auto session = open();
    testsupport::execute(m_uri,
                         QStringLiteral("ALTER TABLE orders DROP COLUMN IF EXISTS amount_cents"));
    const Script script = compile(*session);
    LiveImpact live = LiveImpactAnalyzer::analyze(*session, script);
    QVERIFY2(!live.batch.planJson.isEmpty(), qPrintable(live.batch.note));
    QVERIFY(live.batch.sql.startsWith(QLatin1String("SELECT")));
    QVERIFY(live.batch.note.contains(QLatin1String("does not exist yet")));
    QVERIFY(live.batch.totalCost > 0);
    QVERIFY(live.batch.rows > 0 && live.batch.rows <= 1100); // one batch of 1000 keys
    QVERIFY(!QJsonDocument::fromJson(live.batch.planJson.toUtf8()).array().isEmpty());

    // once expand has run, the UPDATE itself is explained (EXPLAIN does not run it)
    testsupport::execute(m_uri,
                         QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents bigint"));
    live = LiveImpactAnalyzer::analyze(*session, script);
    QVERIFY2(live.batch.sql.startsWith(QLatin1String("UPDATE")),
             qPrintable(live.batch.sql + live.batch.note));
    QVERIFY(live.batch.topNode.startsWith(QLatin1String("ModifyTable")));
    QVERIFY(live.batch.rows > 0);
    QCOMPARE(session->execute(QStringLiteral("SELECT count(amount_cents) FROM orders"))
                 .value(0, 0)
                 .toInt(),
             0);
    testsupport::execute(m_uri, QStringLiteral("ALTER TABLE orders DROP COLUMN amount_cents"));
}

void TestLiveImpact::walEstimateAndReplication()
{
    auto session = open();
    const LiveImpact live = LiveImpactAnalyzer::analyze(*session, compile(*session));
    QCOMPARE(live.wal.rows, 20000);
    QVERIFY(live.wal.rowBytes > 40); // 40-character note plus the other columns
    QCOMPARE(live.wal.indexes, 2);   // primary key and orders_customer
    QVERIFY(live.wal.heapPages > 0);
    const qint64 expected = live.wal.rows * (live.wal.rowBytes + 50) +
                            (live.wal.fullPageWrites ? live.wal.heapPages * 8192 : 0) +
                            live.wal.rows * live.wal.indexes * 40;
    QCOMPARE(live.wal.bytes, expected);
    QVERIFY(live.wal.formula.contains(QString::number(live.wal.rows)));
    QVERIFY(!live.replication.isStandby);
    QCOMPARE(live.replication.standbyReplayDelaySeconds, -1.0);
}

QTEST_GUILESS_MAIN(TestLiveImpact)
#include "tst_liveimpact.moc"
