// The runner on a real PostgreSQL server: every phase on a 200,000-row table while the
// application inserts and updates; resume after SIGKILL from the journal's checkpoint; DDL that
// retries under lock_timeout while a long transaction holds the table and never makes readers
// wait longer than that; a terminated backend reconnected mid-backfill; a conflicting column.

#include "db/dberror.h"
#include "db/session.h"
#include "plan/planfile.h"
#include "run/runcontrol.h"
#include "run/runner.h"
#include "runtestkit.h"
#include "store/runjournal.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <atomic>
#include <mutex>

namespace {

QString planJson(const QString &column, const QString &extra, int targetMs = 200,
                 int maxRows = 50000, int lockTimeoutMs = 2000)
{
    return QStringLiteral(R"({"format": "column-planner/plan@1", "title": "test %1",
      "target": {"dialect": "postgresql"}, "table": {"schema": "public", "name": "orders"},
      "column": {"name": "%1", %2},
      "backfill": {"target_batch_ms": %3, "max_batch_rows": %4, "pause_ms": 0, "max_replication_lag_ms": 5000,
                   "lock_timeout_ms": %5, "statement_timeout_ms": 60000},
      "checks": [{"name": "no negative amounts", "sql": "SELECT count(*) FROM orders WHERE %1 < 0", "expect": "0"}]})")
        .arg(column, extra)
        .arg(targetMs)
        .arg(maxRows)
        .arg(lockTimeoutMs);
}

const QString CentsColumn = QStringLiteral(
    R"("type": "bigint", "nullable": false, "default": "0", "backfill": "(amount * 100)::bigint",
    "check": "amount_cents >= 0", "index": {"method": "btree", "unique": false}, "comment": "cents")");

Plan parsePlan(const QString &json)
{
    return PlanFile::parse(json.toUtf8(), QStringLiteral("test-plan.json"));
}

QString writePlan(const QString &name, const QString &json)
{
    const QString path = testsupport::tempPath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(json.toUtf8());
    return path;
}

QString scalar(const QString &uri, const QString &sql)
{
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();
    return session->execute(sql).value(0, 0).toString();
}

QString makeOrders(const QString &name, int rows, bool compositeKey = false)
{
    const QString uri = testsupport::createScratchDatabase(name);
    testsupport::execute(
        uri,
        compositeKey
            ? QStringLiteral("CREATE TABLE orders (tenant text NOT NULL, id bigint NOT NULL, "
                             "amount numeric(12,2) NOT NULL, status text NOT NULL DEFAULT 'new',"
                             " PRIMARY KEY (tenant, id));"
                             "INSERT INTO orders SELECT 't' || (g % 7), g, (g % 500) / 4.0, 'new' "
                             "FROM generate_series(1, %1) g;")
                  .arg(rows)
            : QStringLiteral("CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) "
                             "NOT NULL, status text NOT NULL DEFAULT 'new');"
                             "INSERT INTO orders (amount) SELECT (g % 500) / 4.0 FROM "
                             "generate_series(1, %1) g;")
                  .arg(rows));
    return uri;
}

// The application: inserts rows (writing the new column once it exists, as the new release
// does) and updates other columns of existing rows, until stopped.
class Application : public QThread
{
public:
    Application(const QString &uri, bool composite) : m_uri(uri), m_composite(composite) {}
    std::atomic<bool> stop{false};
    std::atomic<int> inserted{0}, updated{0};
    QString error;

protected:
    void run() override
    {
        try {
            auto session = Session::create(ConnectionUri::parse(m_uri));
            session->open();
            session->execute(QStringLiteral("SET lock_timeout = '5s'"));
            int n = 0;
            while (!stop) {
                ++n;
                const QString key = m_composite ? QStringLiteral("'app', %1").arg(n) : QString();
                const QString cols =
                    m_composite ? QStringLiteral("tenant, id, amount") : QStringLiteral("amount");
                const QString amount = QString::number((n % 300) / 4.0, 'f', 2);
                try {
                    session->execute(
                        QStringLiteral("INSERT INTO orders (%1, amount_cents) VALUES (%2%3, (%3 * "
                                       "100)::bigint)")
                            .arg(cols, key.isEmpty() ? QString() : key + QStringLiteral(", "),
                                 amount));
                } catch (const DbError &e) {
                    if (!e.message().contains(QStringLiteral("amount_cents")))
                        throw;
                    session->execute(
                        QStringLiteral("INSERT INTO orders (%1) VALUES (%2%3)")
                            .arg(cols, key.isEmpty() ? QString() : key + QStringLiteral(", "),
                                 amount));
                }
                ++inserted;
                updated +=
                    int(session
                            ->execute(
                                QStringLiteral("UPDATE orders SET status = 'touched' WHERE %1 IN "
                                               "(SELECT %2 FROM orders ORDER BY random() LIMIT 1)")
                                    .arg(m_composite ? QStringLiteral("(tenant, id)")
                                                     : QStringLiteral("id"),
                                         m_composite ? QStringLiteral("tenant, id")
                                                     : QStringLiteral("id")))
                            .affectedRows);
            }
        } catch (const DbError &e) {
            error = e.message();
        }
    }

private:
    QString m_uri;
    bool m_composite;
};

// Collects events from the runner's thread.
struct EventLog
{
    std::mutex mutex;
    QList<RunEvent> events;
    std::atomic<int> progress{0}, attempts{0}, reconnects{0};
    void add(const RunEvent &event)
    {
        std::lock_guard lock(mutex);
        events << event;
        progress += event.kind == RunEvent::Progress ? 1 : 0;
        attempts += event.kind == RunEvent::Attempt ? 1 : 0;
        reconnects += event.kind == RunEvent::Reconnect ? 1 : 0;
    }
};

// Runs a Runner on its own thread, as the GUI's RunWorker does.
class RunThread : public QThread
{
public:
    RunThread(const Plan &plan, const QString &uri, RunJournal *journal, RunOptions options = {})
        : m_runner(plan, ConnectionUri::parse(uri), options, control, journal)
    {
        m_runner.setEventHandler([this](const RunEvent &event) { log.add(event); });
    }
    RunControl control;
    EventLog log;
    RunOutcome outcome;
    QList<RunCheckResult> checks;

protected:
    void run() override
    {
        outcome = m_runner.run();
        checks = m_runner.checkResults();
    }

private:
    Runner m_runner;
};

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > ms)
            return false;
        QThread::msleep(20); // the poll interval of this condition wait, not a wait of its own
    }
    return true;
}

void verifyEveryRow(const QString &uri)
{
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS "
                                        "DISTINCT FROM (amount * 100)::bigint")),
             QStringLiteral("0"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT attnotnull FROM pg_attribute WHERE attrelid = "
                                        "'orders'::regclass AND attname = 'amount_cents'")),
             QStringLiteral("t"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = "
                                        "'orders'::regclass AND NOT convalidated")),
             QStringLiteral("0"));
    QCOMPARE(
        scalar(uri, QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_attribute a ON "
                                   "a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])"
                                   " WHERE i.indrelid = 'orders'::regclass AND a.attname = "
                                   "'amount_cents' AND i.indisvalid")),
        QStringLiteral("1"));
}

} // namespace

class TestRunPostgres : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullRunWhileApplicationWrites_data();
    void fullRunWhileApplicationWrites();
    void resumesAfterSigkill();
    void partitionedBackfillResumesInItsPartition();
    void ddlRetriesBehindLongTransaction();
    void reconnectsAfterTerminate();
    void refusesConflictingColumn();
    void cliRefusesWithoutTerminalOrYes();
};

void TestRunPostgres::fullRunWhileApplicationWrites_data()
{
    QTest::addColumn<bool>("composite");
    QTest::addColumn<int>("rows");
    QTest::newRow("bigserial key, 200000 rows") << false << 200000;
    QTest::newRow("composite (text, bigint) key, 30000 rows") << true << 30000;
}

void TestRunPostgres::fullRunWhileApplicationWrites()
{
    REQUIRE_POSTGRES(serverUri);
    QFETCH(bool, composite);
    QFETCH(int, rows);
    const QString uri = makeOrders(QStringLiteral("cp_runner_full"), rows, composite);
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("full-%1.sqlite").arg(composite)));
    // Small batches so the walk takes many of them while the application writes.
    RunThread runner(parsePlan(planJson(QStringLiteral("amount_cents"), CentsColumn, 30, 5000)),
                     uri, &journal);
    Application application(uri, composite);
    application.start();
    runner.start();
    QVERIFY(runner.wait(600000));
    application.stop = true;
    application.wait();
    QVERIFY2(application.error.isEmpty(), qPrintable(application.error));
    QCOMPARE(runner.outcome.message, QStringLiteral("done"));
    QCOMPARE(runner.outcome.exitCode(), 0);
    QVERIFY(application.inserted > 0);
    QVERIFY(application.updated > 0);
    // Progress events are rate-limited to one per 100 ms, so how many arrive depends on the
    // machine's speed; the batch count below is the exact measure. The last one must report the
    // whole table.
    QVERIFY(runner.log.progress >= 1);
    {
        std::lock_guard lock(runner.log.mutex);
        const auto last =
            std::find_if(runner.log.events.crbegin(), runner.log.events.crend(),
                         [](const RunEvent &event) { return event.kind == RunEvent::Progress; });
        QVERIFY(last != runner.log.events.crend());
        QVERIFY2(last->rowsDone >= rows, qPrintable(QString::number(last->rowsDone)));
        QCOMPARE(last->rowsDone, last->rowsTotal);
    }
    for (const RunCheckResult &check : runner.checks)
        QVERIFY2(check.passed, qPrintable(check.name + QStringLiteral(": ") + check.actual));
    verifyEveryRow(uri);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*)::int FROM orders")).toInt(),
             rows + application.inserted);

    const JournalRun run = journal.runs().first();
    QCOMPARE(run.outcome, QStringLiteral("done"));
    QVERIFY(run.target.contains(QStringLiteral("cp_runner_full")));
    QCOMPARE(run.scriptSha256.size(), 64);
    const auto checkpoint = journal.checkpoint(run.id);
    QVERIFY(checkpoint);
    QVERIFY2(checkpoint->rowsDone >= rows, qPrintable(QString::number(checkpoint->rowsDone)));
    int batches = 0;
    for (const JournalStatement &s : journal.statements(run.id))
        batches += s.outcome == u"batch" ? 1 : 0;
    QVERIFY(batches > 3);
}

void TestRunPostgres::resumesAfterSigkill()
{
    REQUIRE_POSTGRES(serverUri);
    const int rows = 200000;
    const QString uri = makeOrders(QStringLiteral("cp_runner_kill"), rows);
    const int maxRows = 2000;
    const QString plan =
        writePlan(QStringLiteral("kill-plan.json"),
                  planJson(QStringLiteral("amount_cents"), CentsColumn, 20, maxRows));
    const QString journalPath = testsupport::tempPath(QStringLiteral("kill-journal.sqlite"));

    const QString killed = runtestkit::killRunAfterProgress(
        {QStringLiteral("run"), plan, QStringLiteral("--db"), uri, QStringLiteral("--yes"),
         QStringLiteral("--json-progress"), QStringLiteral("--journal"), journalPath},
        5);
    QVERIFY2(killed.isEmpty(), qPrintable(killed));
    QVERIFY(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NULL"))
                .toInt() > 0);

    const testsupport::CliRun again = testsupport::runCli(
        {QStringLiteral("run"), plan, QStringLiteral("--db"), uri, QStringLiteral("--yes"),
         QStringLiteral("--json-progress"), QStringLiteral("--journal"), journalPath});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    verifyEveryRow(uri);

    RunJournal journal;
    journal.open(journalPath);
    const QList<JournalRun> runs = journal.runs(); // newest first
    QCOMPARE(runs.size(), 2);
    QVERIFY(runs.at(1).outcome.isEmpty()); // the killed run never ended
    QCOMPARE(runs.at(0).outcome, QStringLiteral("done"));
    const auto checkpoint = journal.checkpoint(runs.at(1).id);
    QVERIFY(checkpoint && checkpoint->rowsDone > 0);
    QVERIFY(runtestkit::resumedAfter(journal, runs.at(0).id, checkpoint->lastKey.first()));
    QVERIFY(again.out.contains(QStringLiteral("\"phase_skipped\""))); // expand was not run again
    // Every row written exactly once across both runs, except at most one batch that committed
    // after the last checkpoint was journaled (redone by the second run, writing nothing).
    const qint64 written = runtestkit::rowsWritten(journal, runs);
    QVERIFY2(written <= rows && written >= rows - maxRows, qPrintable(QString::number(written)));
}

void TestRunPostgres::ddlRetriesBehindLongTransaction()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_runner_lock"), 1000);
    const int lockTimeoutMs = 300;
    const Plan plan = parsePlan(
        planJson(QStringLiteral("note"), QStringLiteral(R"("type": "text", "nullable": true)"), 200,
                 50000, lockTimeoutMs)
            .replace(QStringLiteral("note < 0"), QStringLiteral("note IS NULL AND false")));
    // The long transaction: holds ACCESS SHARE on orders until we commit it.
    auto holder = Session::create(ConnectionUri::parse(uri));
    holder->open();
    holder->execute(QStringLiteral("BEGIN"));
    holder->execute(QStringLiteral("SELECT count(*) FROM orders"));

    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("lock-journal.sqlite")));
    RunOptions options;
    options.maxAttempts = 100;
    RunThread runner(plan, uri, &journal, options);
    // The readers: each SELECT may wait behind the queued ALTER, but never longer than its
    // lock_timeout.
    runtestkit::WorstLatencyReader reader(
        uri, QStringLiteral("SELECT count(*) FROM orders WHERE id < 100"));
    reader.start();
    runner.start();
    QVERIFY2(waitFor([&] { return runner.log.attempts >= 3; }, 60000),
             "the runner never reported a retry");
    QVERIFY(runner.isRunning()); // still retrying, not failed
    holder->execute(QStringLiteral("COMMIT"));
    QVERIFY(runner.wait(120000));
    reader.stop = true;
    reader.wait();
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    QCOMPARE(runner.outcome.exitCode(), 0);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                        "'orders'::regclass AND attname = 'note'")),
             QStringLiteral("1"));
    QVERIFY(reader.reads > 10);
    QVERIFY2(reader.worstMs < lockTimeoutMs + 400,
             qPrintable(QStringLiteral("a SELECT waited %1 ms").arg(reader.worstMs.load())));
    // Every attempt is in the journal: the retries and the final success.
    int retries = 0;
    for (const JournalStatement &s : journal.statements(journal.runs().first().id))
        retries += s.outcome == u"retry" ? 1 : 0;
    QVERIFY(retries >= 3);
    bool named = false;
    for (const JournalEvent &event : journal.events(journal.runs().first().id))
        named = named || (event.kind == u"attempt" &&
                          event.message.contains(QStringLiteral("lock_timeout")) &&
                          event.message.contains(QStringLiteral("held by pid")));
    QVERIFY(named);
}

void TestRunPostgres::reconnectsAfterTerminate()
{
    REQUIRE_POSTGRES(serverUri);
    const int rows = 200000;
    const QString uri = makeOrders(QStringLiteral("cp_runner_terminate"), rows);
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("terminate-journal.sqlite")));
    RunThread runner(parsePlan(planJson(QStringLiteral("amount_cents"), CentsColumn, 20, 2000)),
                     uri, &journal);
    runner.start();
    QVERIFY(waitFor([&] { return runner.log.progress >= 3; }, 120000));
    const int terminated =
        scalar(uri, QStringLiteral(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                        "datname = 'cp_runner_terminate'"
                        " AND application_name = 'column-planner' AND pid <> pg_backend_pid()"))
            .toInt();
    QCOMPARE(terminated, 1);
    QVERIFY(runner.wait(300000));
    QVERIFY2(runner.outcome.exitCode() == 0, qPrintable(runner.outcome.message));
    QVERIFY(runner.log.reconnects >= 1);
    verifyEveryRow(uri);
}

void TestRunPostgres::refusesConflictingColumn()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_runner_conflict"), 100);
    testsupport::execute(uri, QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents integer"));
    RunThread runner(parsePlan(planJson(QStringLiteral("amount_cents"), CentsColumn)), uri,
                     nullptr);
    runner.start();
    QVERIFY(runner.wait(60000));
    QCOMPARE(runner.outcome.exitCode(), 2);
    QVERIFY2(runner.outcome.message.contains(
                 QStringLiteral("already exists as integer but the plan wants bigint")),
             qPrintable(runner.outcome.message));
    // Nothing was changed.
    QCOMPARE(
        scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NOT NULL")),
        QStringLiteral("0"));
}

void TestRunPostgres::cliRefusesWithoutTerminalOrYes()
{
    REQUIRE_POSTGRES(serverUri);
    const QString plan = writePlan(QStringLiteral("gate-plan.json"),
                                   planJson(QStringLiteral("amount_cents"), CentsColumn));
    const testsupport::CliRun run =
        testsupport::runCli({QStringLiteral("run"), plan, QStringLiteral("--db"), serverUri});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--yes")), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestRunPostgres)
#include "tst_runpostgres.moc"

// A partitioned table is backfilled leaf by leaf, each batch an UPDATE of the leaf itself; a run
// killed inside the second leaf resumes in that leaf, after its last committed key, and leaves
// the first one alone.
void TestRunPostgres::partitionedBackfillResumesInItsPartition()
{
    REQUIRE_POSTGRES(serverUri);
    const int rows = 200000;
    const int maxRows = 2000;
    const QString uri =
        runtestkit::makePartitionedOrders(QStringLiteral("cp_runner_partkill"), rows);
    const QString plan = writePlan(QStringLiteral("partkill-plan.json"),
                                   runtestkit::planJson(QStringLiteral("amount_cents"), CentsColumn,
                                                        20, maxRows, 2000, 60000, 5000, 50));
    const QString journalPath = testsupport::tempPath(QStringLiteral("partkill-journal.sqlite"));
    const QStringList args{QStringLiteral("run"),       plan,
                           QStringLiteral("--db"),      uri,
                           QStringLiteral("--yes"),     QStringLiteral("--json-progress"),
                           QStringLiteral("--journal"), journalPath};
    // Killed (SIGKILL, no chance to clean up) once the second leaf has rows filled.
    QProcess first;
    first.start(QStringLiteral(COLUMN_PLANNER_BIN), args);
    QVERIFY(first.waitForStarted());
    auto inSecondLeaf = [&] {
        try {
            return scalar(uri, QStringLiteral("SELECT count(*) FROM orders_2024_h1 WHERE "
                                              "amount_cents IS NOT NULL"))
                       .toInt() > 0;
        } catch (const DbError &) {
            return false; // expand has not added the column yet
        }
    };
    QVERIFY2(runtestkit::waitFor(
                 [&] { return first.state() != QProcess::Running || inSecondLeaf(); }, 120000),
             "the backfill never reached the second partition");
    QCOMPARE(first.state(), QProcess::Running);
    first.kill();
    first.waitForFinished();
    const testsupport::CliRun again = testsupport::runCli(args, {}, 300000);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    verifyEveryRow(uri);

    RunJournal journal;
    journal.open(journalPath);
    const QList<JournalRun> runs = journal.runs(); // newest first
    QCOMPARE(runs.size(), 2);
    const auto checkpoint = journal.checkpoint(runs.at(1).id);
    QVERIFY(checkpoint && checkpoint->lastKey.size() == 3); // the leaf, then (id, placed)
    QCOMPARE(checkpoint->lastKey.first(), QStringLiteral("public.orders_2024_h1"));
    QVERIFY(runtestkit::resumedAfter(
        journal, runs.at(0).id,
        QStringLiteral("(%1, %2)").arg(checkpoint->lastKey.at(1), checkpoint->lastKey.at(2))));
    QVERIFY2(!again.out.contains(QStringLiteral("public.orders_2024_h0 (1 of 4)")) &&
                 again.out.contains(QStringLiteral("public.orders_2024_h1 (2 of 4)")),
             qPrintable(again.out));
    // Each batch updates one leaf, never the partitioned table.
    for (const JournalRun &run : runs)
        for (const JournalStatement &statement : journal.statements(run.id))
            if (statement.outcome == u"batch")
                QVERIFY2(statement.sql.startsWith(QStringLiteral("UPDATE \"public\".\"orders_")),
                         qPrintable(statement.sql));
    const qint64 written = runtestkit::rowsWritten(journal, runs);
    QVERIFY2(written <= rows && written >= rows - maxRows, qPrintable(QString::number(written)));
}
