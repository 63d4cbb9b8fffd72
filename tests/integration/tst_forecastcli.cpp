// The real column-planner binary: `forecast PLAN --db URI [--json]` exit codes (0 clean, 1 when
// a session holds a conflicting lock right now, 2 bad input, 3 database error), the text
// sections and the JSON shape.

#include "db/session.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestForecastCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quietTableExitsZero();
    void jsonShape();
    void lockHolderExitsOne();
    void badInput_data();
    void badInput();
    void unreachableServerExitsThree();

private:
    QString m_uri;
    QString m_plan;
};

void TestForecastCli::initTestCase()
{
    REQUIRE_POSTGRES(admin);
    Q_UNUSED(admin);
    m_uri = testsupport::createScratchDatabase(QStringLiteral("cp_review2_cli"));
    testsupport::execute(
        m_uri,
        // No autovacuum: its SHARE UPDATE EXCLUSIVE on the fresh table is a real blocker the
        // forecast would rightly report (exit 1) while these tests expect a quiet table.
        QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL) "
                       "WITH (autovacuum_enabled = false);"
                       "INSERT INTO orders SELECT g, g / 7.0 FROM generate_series(1, 5000) g; "
                       "ANALYZE orders;"));
    m_plan = QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json");
}

void TestForecastCli::quietTableExitsZero()
{
    const testsupport::CliRun run =
        testsupport::runCli({QStringLiteral("forecast"), m_plan, QStringLiteral("--db"), m_uri});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains(QLatin1String("ADD COLUMN")));
    QVERIFY(run.out.contains(QLatin1String("lock: ACCESS EXCLUSIVE on public.orders")));
    QVERIFY(run.out.contains(QLatin1String("Live now")));
    QVERIFY(run.out.contains(QLatin1String("blockers: none")));
    QVERIFY(run.out.contains(QLatin1String("backfill WAL: about")));
    QVERIFY(run.out.contains(QLatin1String("one backfill batch:")));
}

void TestForecastCli::jsonShape()
{
    const testsupport::CliRun run =
        testsupport::runCli({QStringLiteral("forecast"), m_plan, QStringLiteral("--db"), m_uri,
                             QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("rows")).toInteger(), 5000);
    const QJsonArray statements = root.value(QLatin1String("statements")).toArray();
    QVERIFY(statements.size() >= 5);
    bool sawAddColumn = false, sawConcurrentIndex = false;
    for (const QJsonValue &value : statements) {
        const QJsonObject s = value.toObject();
        for (const char *key : {"number", "phase", "sql", "lock", "locks", "blocks", "rewrite",
                                "scan", "estimated_seconds", "estimate_basis", "blocked_by"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        if (s.value(QLatin1String("sql")).toString().contains(QLatin1String("ADD COLUMN"))) {
            sawAddColumn = true;
            QCOMPARE(s.value(QLatin1String("lock")).toString(), QStringLiteral("access_exclusive"));
            QVERIFY(s.value(QLatin1String("blocks_reads")).toBool());
        }
        if (s.value(QLatin1String("sql"))
                .toString()
                .contains(QLatin1String("INDEX CONCURRENTLY"))) {
            sawConcurrentIndex = true;
            QCOMPARE(s.value(QLatin1String("lock")).toString(),
                     QStringLiteral("share_update_exclusive"));
            QVERIFY(!s.value(QLatin1String("blocks_writes")).toBool());
            QVERIFY(s.value(QLatin1String("estimated_seconds")).toDouble() > 0);
        }
    }
    QVERIFY(sawAddColumn);
    QVERIFY(sawConcurrentIndex);
    const QJsonObject live = root.value(QLatin1String("live")).toObject();
    QVERIFY(live.value(QLatin1String("blockers")).toArray().isEmpty());
    QVERIFY(live.value(QLatin1String("oldest_snapshot")).isNull());
    QCOMPARE(live.value(QLatin1String("replication"))
                 .toObject()
                 .value(QLatin1String("standby"))
                 .toBool(true),
             false);
    QVERIFY(live.value(QLatin1String("wal")).toObject().value(QLatin1String("bytes")).toInteger() >
            0);
    const QJsonObject batch = live.value(QLatin1String("batch")).toObject();
    QVERIFY(batch.value(QLatin1String("total_cost")).toDouble() > 0);
    QVERIFY(!batch.value(QLatin1String("plan")).toArray().isEmpty());
}

void TestForecastCli::lockHolderExitsOne()
{
    auto holder = Session::create(ConnectionUri::parse(m_uri));
    holder->open();
    const int pid = holder->execute(QStringLiteral("SELECT pg_backend_pid()")).value(0, 0).toInt();
    holder->execute(QStringLiteral("BEGIN; LOCK TABLE orders IN ACCESS SHARE MODE"));
    const testsupport::CliRun run =
        testsupport::runCli({QStringLiteral("forecast"), m_plan, QStringLiteral("--db"), m_uri,
                             QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray blockers = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("live"))
                                    .toObject()
                                    .value(QLatin1String("blockers"))
                                    .toArray();
    QCOMPARE(blockers.size(), 1);
    const QJsonObject blocker = blockers.first().toObject();
    QCOMPARE(blocker.value(QLatin1String("pid")).toInt(), pid);
    QCOMPARE(blocker.value(QLatin1String("mode")).toString(), QStringLiteral("access_share"));
    QCOMPARE(blocker.value(QLatin1String("state")).toString(),
             QStringLiteral("idle in transaction"));
    QVERIFY(!blocker.value(QLatin1String("statements")).toArray().isEmpty());

    const testsupport::CliRun text =
        testsupport::runCli({QStringLiteral("forecast"), m_plan, QStringLiteral("--db"), m_uri});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(
        text.out.contains(QStringLiteral("pid %1 holds ACCESS SHARE on public.orders").arg(pid)));
    QVERIFY(text.out.contains(QStringLiteral("would wait behind: pid %1").arg(pid)));
    holder->close();
}

void TestForecastCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    const QString plan = QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json");
    QTest::newRow("no plan") << QStringList{QStringLiteral("forecast"), QStringLiteral("--db"),
                                            QStringLiteral("postgresql://x@127.0.0.1/x")}
                             << QStringLiteral("PLAN");
    QTest::newRow("no db") << QStringList{QStringLiteral("forecast"), plan}
                           << QStringLiteral("--db");
    QTest::newRow("missing plan file")
        << QStringList{QStringLiteral("forecast"),
                       testsupport::tempPath(QStringLiteral("nope.json")), QStringLiteral("--db"),
                       QStringLiteral("postgresql://x@127.0.0.1/x")}
        << QStringLiteral("nope.json");
    QTest::newRow("sqlite database")
        << QStringList{QStringLiteral("forecast"), plan, QStringLiteral("--db"),
                       QStringLiteral("sqlite:") + testsupport::tempPath(QStringLiteral("x.db"))}
        << QStringLiteral("PostgreSQL");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("forecast"), plan, QStringLiteral("--frobnicate")}
        << QStringLiteral("frobnicate");
}

void TestForecastCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const testsupport::CliRun run = testsupport::runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed().count(u'\n'), 0); // one line
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
}

void TestForecastCli::unreachableServerExitsThree()
{
    const QString plan = QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json");
    const testsupport::CliRun run = testsupport::runCli(
        {QStringLiteral("forecast"), plan, QStringLiteral("--db"),
         QStringLiteral("postgresql://cpl@127.0.0.1:1/postgres?connect_timeout=3")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);
}

QTEST_GUILESS_MAIN(TestForecastCli)
#include "tst_forecastcli.moc"
