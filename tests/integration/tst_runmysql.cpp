// The runner on a real MariaDB server: every phase on a 200,000-row table while the application
// inserts and updates; resume after SIGKILL from the journal's checkpoint; DDL that retries under
// lock_wait_timeout while an open transaction holds the table's metadata lock and never makes
// other sessions wait longer than that; a killed connection reconnected mid-backfill; the
// backfill waiting while the replica applies late (MASTER_DELAY) and going on once it is back; a
// blocking copy refused unless accepted (and journaled); bad input: missing privileges, a
// conflicting column, a wrong password, an unreachable server.

#include "runtestkit.h"

using namespace runtestkit;

namespace {

QString mysqlPlanJson(const QString &database, const QString &table, const QString &column,
                      const QString &columnBody, int targetMs = 200, int maxRows = 50000,
                      int lockTimeoutMs = 2000, const QString &checks = QStringLiteral("[]"))
{
    return QStringLiteral(R"J({"format": "column-planner/plan@1", "title": "test %1",
      "target": {"dialect": "mariadb"}, "table": {"schema": "%8", "name": "%2"},
      "column": {"name": "%1", %3},
      "backfill": {"target_batch_ms": %4, "max_batch_rows": %5, "pause_ms": 0, "max_replication_lag_ms": 5000,
                   "lock_timeout_ms": %6, "statement_timeout_ms": 60000},
      "checks": %7})J")
        .arg(column, table, columnBody)
        .arg(targetMs)
        .arg(maxRows)
        .arg(lockTimeoutMs)
        .arg(checks, database);
}

const QString MysqlCentsColumn = QStringLiteral(
    R"J("type": "bigint", "nullable": false, "default": "0", "backfill": "round(amount * 100)",
    "index": {"method": "btree", "unique": false}, "comment": "cents")J");
const QString CentsCheck = QStringLiteral(
    R"J([{"name": "cents match the amount", "sql": "SELECT count(*) FROM orders WHERE amount_cents <> round(amount * 100)", "expect": "0"}])J");

// orders (id bigint auto_increment primary key, amount decimal, status varchar) with `rows` rows,
// in its own database.
QString makeMysqlOrders(const QString &database, int rows,
                        const QString &engine = QStringLiteral("InnoDB"))
{
    const QString uri = testsupport::createScratchMysqlDatabase(database);
    testsupport::execute(
        uri, QStringLiteral(
                 "CREATE TABLE orders (id bigint AUTO_INCREMENT PRIMARY KEY, amount decimal(12,2) "
                 "NOT NULL,"
                 " status varchar(20) NOT NULL DEFAULT 'new') ENGINE=%2;"
                 "INSERT INTO orders (id, amount) SELECT seq, (seq % 500) / 4.0 FROM seq_1_to_%1;"
                 "ANALYZE TABLE orders")
                 .arg(rows)
                 .arg(engine));
    return uri;
}

void verifyEveryRow(const QString &uri)
{
    QCOMPARE(
        scalar(uri,
               QStringLiteral(
                   "SELECT count(*) FROM orders WHERE NOT (amount_cents <=> round(amount * 100))")),
        QStringLiteral("0"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT IS_NULLABLE FROM information_schema.COLUMNS WHERE "
                                        "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders'"
                                        " AND COLUMN_NAME = 'amount_cents'")),
             QStringLiteral("NO"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM information_schema.STATISTICS WHERE "
                                        "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders'"
                                        " AND COLUMN_NAME = 'amount_cents'")),
             QStringLiteral("1"));
}

// The application: inserts rows (writing the new column once it exists, as the new release
// does) and updates other columns of existing rows, until stopped.
class Application : public QThread
{
public:
    Application(const QString &uri, int rows) : m_uri(uri), m_rows(rows) {}
    std::atomic<bool> stop{false};
    std::atomic<int> inserted{0}, updated{0};
    QString error;

protected:
    void run() override
    {
        try {
            auto session = Session::create(ConnectionUri::parse(m_uri));
            session->open();
            session->execute(QStringLiteral(
                "SET SESSION lock_wait_timeout = 10, SESSION innodb_lock_wait_timeout = 10"));
            for (int n = 1; !stop; ++n) {
                const QString amount = QString::number((n % 300) / 4.0, 'f', 2);
                try {
                    session->execute(QStringLiteral("INSERT INTO orders (amount, amount_cents) "
                                                    "VALUES (%1, round(%1 * 100))")
                                         .arg(amount));
                } catch (const DbError &e) {
                    if (!e.message().contains(QStringLiteral("amount_cents")))
                        throw;
                    session->execute(
                        QStringLiteral("INSERT INTO orders (amount) VALUES (%1)").arg(amount));
                }
                ++inserted;
                updated +=
                    int(session
                            ->execute(
                                QStringLiteral("UPDATE orders SET status = 'touched' WHERE id = %1")
                                    .arg(1 + (n * 7919) % m_rows))
                            .affectedRows);
            }
        } catch (const DbError &e) {
            error = e.message();
        }
    }

private:
    QString m_uri;
    int m_rows;
};

} // namespace

class TestRunMysql : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullRunWhileApplicationWrites();
    void resumesAfterSigkill();
    void ddlRetriesBehindOpenTransaction();
    void reconnectsAfterKill();
    void throttlesOnReplicaLag();
    void blockingCopyNeedsAcceptance();
    void myisamTableSaysWhatIsPossible();
    void refusesWithoutPrivileges();
    void refusesConflictingColumn();
    void connectionErrorsAreOneLine();
    void notNullWaitsUntilTheApplicationWritesTheColumn();
    void checkpointNeverResumedOnAnotherTable();
};

void TestRunMysql::fullRunWhileApplicationWrites()
{
    REQUIRE_MYSQL(serverUri);
    const int rows = 200000;
    const QString database = QStringLiteral("cp_runmysql_full");
    const QString uri = makeMysqlOrders(database, rows);
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("mysql-full.sqlite")));
    // Small batches so the walk takes many of them while the application writes.
    RunThread runner(
        parsePlan(mysqlPlanJson(database, QStringLiteral("orders"), QStringLiteral("amount_cents"),
                                MysqlCentsColumn, 30, 5000, 2000, CentsCheck)),
        uri, &journal);
    Application application(uri, rows);
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
    const QList<RunEvent> events = runner.log.events();
    const auto last = std::find_if(events.crbegin(), events.crend(), [](const RunEvent &event) {
        return event.kind == RunEvent::Progress;
    });
    QVERIFY(last != events.crend());
    QVERIFY2(last->rowsDone >= rows, qPrintable(QString::number(last->rowsDone)));
    QCOMPARE(last->rowsDone, last->rowsTotal);
    QVERIFY(runner.checks.size() >= 5);
    for (const RunCheckResult &check : runner.checks)
        QVERIFY2(check.passed,
                 qPrintable(check.name + QStringLiteral(": ") + check.actual + u' ' + check.error));
    verifyEveryRow(uri);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders")).toInt(),
             rows + application.inserted);
    QVERIFY(runner.log.count(RunEvent::RunStarted, QStringLiteral("MariaDB")) == 1);

    const JournalRun run = journal.runs().first();
    QCOMPARE(run.outcome, QStringLiteral("done"));
    QVERIFY(run.target.contains(database));
    const auto checkpoint = journal.checkpoint(run.id);
    QVERIFY(checkpoint);
    QVERIFY2(checkpoint->rowsDone >= rows, qPrintable(QString::number(checkpoint->rowsDone)));
    int batches = 0;
    for (const JournalStatement &s : journal.statements(run.id))
        batches += s.outcome == u"batch" ? 1 : 0;
    QVERIFY(batches > 3);
}

void TestRunMysql::resumesAfterSigkill()
{
    REQUIRE_MYSQL(serverUri);
    const int rows = 200000;
    const QString database = QStringLiteral("cp_runmysql_kill");
    const QString uri = makeMysqlOrders(database, rows);
    const int maxRows = 2000;
    const QString plan =
        writeFile(QStringLiteral("mysql-kill-plan.json"),
                  mysqlPlanJson(database, QStringLiteral("orders"), QStringLiteral("amount_cents"),
                                MysqlCentsColumn, 20, maxRows));
    const QString journalPath = testsupport::tempPath(QStringLiteral("mysql-kill-journal.sqlite"));

    const QString killed = killRunAfterProgress(
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
    QVERIFY(resumedAfter(journal, runs.at(0).id, checkpoint->lastKey.first()));
    QVERIFY(again.out.contains(QStringLiteral("\"phase_skipped\""))); // expand was not run again
    const qint64 written = rowsWritten(journal, runs);
    QVERIFY2(written <= rows && written >= rows - maxRows, qPrintable(QString::number(written)));
}

void TestRunMysql::ddlRetriesBehindOpenTransaction()
{
    REQUIRE_MYSQL(serverUri);
    const QString database = QStringLiteral("cp_runmysql_lock");
    const QString uri = makeMysqlOrders(database, 1000);
    const int lockTimeoutMs = 1000; // lock_wait_timeout = 1 s, MySQL's smallest
    const Plan plan = parsePlan(mysqlPlanJson(
        database, QStringLiteral("orders"), QStringLiteral("note"),
        QStringLiteral(R"J("type": "varchar(40)", "nullable": true)J"), 200, 50000, lockTimeoutMs));
    // The open transaction: it read the table, so it holds a shared metadata lock until it ends.
    auto holder = Session::create(ConnectionUri::parse(uri));
    holder->open();
    holder->execute(QStringLiteral("START TRANSACTION"));
    holder->execute(QStringLiteral("SELECT count(*) FROM orders"));

    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("mysql-lock-journal.sqlite")));
    RunOptions options;
    options.maxAttempts = 100;
    RunThread runner(plan, uri, &journal, options);
    // The readers: each SELECT may queue behind the ALTER waiting for its exclusive metadata
    // lock, but never longer than lock_wait_timeout. Without it they would wait as long as the
    // open transaction lasts (several attempts and their backoff, far more than the bound below).
    WorstLatencyReader reader(uri, QStringLiteral("SELECT count(*) FROM orders WHERE id < 100"));
    reader.start();
    runner.start();
    QVERIFY2(waitFor([&] { return runner.log.count(RunEvent::Attempt) >= 5; }, 120000),
             "the runner never reported five retries");
    QVERIFY(runner.isRunning()); // still retrying, not failed
    holder->execute(QStringLiteral("COMMIT"));
    QVERIFY(runner.wait(120000));
    reader.stop = true;
    reader.wait();
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    QVERIFY2(runner.outcome.exitCode() == 0, qPrintable(runner.outcome.message));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM information_schema.COLUMNS WHERE "
                                        "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders'"
                                        " AND COLUMN_NAME = 'note'")),
             QStringLiteral("1"));
    QVERIFY(reader.reads > 10);
    QVERIFY2(reader.worstMs < lockTimeoutMs + 2000,
             qPrintable(QStringLiteral("a SELECT waited %1 ms").arg(reader.worstMs.load())));
    int retries = 0;
    for (const JournalStatement &s : journal.statements(journal.runs().first().id))
        retries += s.outcome == u"retry" ? 1 : 0;
    QVERIFY(retries >= 5);
    bool named = false;
    for (const JournalEvent &event : journal.events(journal.runs().first().id))
        named = named || (event.kind == u"attempt" &&
                          event.message.contains(QStringLiteral("lock_wait_timeout")) &&
                          event.message.contains(QStringLiteral("held by connection")));
    QVERIFY(named);
}

void TestRunMysql::reconnectsAfterKill()
{
    REQUIRE_MYSQL(serverUri);
    const int rows = 200000;
    const QString database = QStringLiteral("cp_runmysql_reconnect");
    const QString uri = makeMysqlOrders(database, rows);
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("mysql-reconnect-journal.sqlite")));
    RunThread runner(
        parsePlan(mysqlPlanJson(database, QStringLiteral("orders"), QStringLiteral("amount_cents"),
                                MysqlCentsColumn, 20, 2000)),
        uri, &journal);
    runner.start();
    QVERIFY(waitFor([&] { return runner.log.count(RunEvent::Progress) >= 3; }, 120000));
    auto admin = Session::create(ConnectionUri::parse(uri));
    admin->open();
    const QString id = admin
                           ->execute(QStringLiteral("SELECT ID FROM information_schema.PROCESSLIST "
                                                    "WHERE DB = '%1' AND ID <> CONNECTION_ID()")
                                         .arg(database))
                           .value(0, 0)
                           .toString();
    QVERIFY(!id.isEmpty());
    admin->execute(QStringLiteral("KILL CONNECTION %1").arg(id));
    QVERIFY(runner.wait(300000));
    QVERIFY2(runner.outcome.exitCode() == 0, qPrintable(runner.outcome.message));
    QVERIFY(runner.log.count(RunEvent::Reconnect, QStringLiteral("reconnected")) >= 1);
    verifyEveryRow(uri);
}

void TestRunMysql::throttlesOnReplicaLag()
{
    REQUIRE_MYSQL(serverUri);
    const QString replicaUri = qEnvironmentVariable("COLUMN_PLANNER_TEST_MYSQL_REPLICA_URI");
    if (replicaUri.isEmpty()) {
        if (testsupport::serverRequired())
            QFAIL("COLUMN_PLANNER_TEST_MYSQL_REPLICA_URI is not set but scripts/test requires the "
                  "replica");
        QSKIP("no MariaDB replica (set COLUMN_PLANNER_TEST_MYSQL_REPLICA_URI or run scripts/test)");
    }
    const QString database = QStringLiteral("cp_runmysql_lag");
    const QString uri = makeMysqlOrders(database, 20000);
    // The replica applies an hour late from now on: every batch after this lags behind.
    testsupport::execute(
        replicaUri,
        QStringLiteral("STOP SLAVE; CHANGE MASTER TO MASTER_DELAY = 3600; START SLAVE"));
    RunThread runner(
        parsePlan(
            mysqlPlanJson(
                database, QStringLiteral("orders"), QStringLiteral("amount_cents"),
                QStringLiteral(
                    R"J("type": "bigint", "nullable": true, "backfill": "round(amount * 100)")J"),
                50, 500)
                .replace(QStringLiteral("\"max_replication_lag_ms\": 5000"),
                         QStringLiteral("\"max_replication_lag_ms\": 1000"))
                // Pauses between small batches: the walk outlasts the lag limit many times over.
                .replace(QStringLiteral("\"pause_ms\": 0"), QStringLiteral("\"pause_ms\": 200"))),
        uri, nullptr);
    runner.start();
    const bool throttled = waitFor(
        [&] {
            return runner.log.count(RunEvent::Throttle, QStringLiteral("throttled: replica")) >= 2;
        },
        120000);
    const qint64 filledWhileThrottled =
        scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NOT NULL"))
            .toLongLong();
    testsupport::execute(
        replicaUri, QStringLiteral("STOP SLAVE; CHANGE MASTER TO MASTER_DELAY = 0; START SLAVE"));
    QVERIFY2(throttled, "the backfill never waited for the delayed replica");
    QVERIFY(runner.isRunning() || runner.outcome.exitCode() == 0);
    QVERIFY2(filledWhileThrottled < 20000,
             qPrintable(QString::number(filledWhileThrottled))); // it waited, not raced ahead
    QVERIFY(runner.wait(300000));
    QVERIFY2(runner.outcome.exitCode() == 0, qPrintable(runner.outcome.message));
    QCOMPARE(
        scalar(uri,
               QStringLiteral(
                   "SELECT count(*) FROM orders WHERE NOT (amount_cents <=> round(amount * 100))")),
        QStringLiteral("0"));
    bool named = false;
    for (const RunEvent &event : runner.log.events())
        named = named || (event.kind == RunEvent::Throttle &&
                          event.message.contains(QStringLiteral("MASTER_DELAY")));
    QVERIFY(named);
}

void TestRunMysql::blockingCopyNeedsAcceptance()
{
    REQUIRE_MYSQL(serverUri);
    const QString database = QStringLiteral("cp_runmysql_copy");
    const QString uri = makeMysqlOrders(database, 2000);
    // MariaDB validates a new CHECK constraint by copying the table: writes wait.
    const QString planPath = writeFile(
        QStringLiteral("mysql-copy-plan.json"),
        mysqlPlanJson(
            database, QStringLiteral("orders"), QStringLiteral("amount_cents"),
            QStringLiteral(
                R"J("type": "bigint", "nullable": true, "backfill": "round(amount * 100)", "check": "amount_cents >= 0")J")));
    const QString journalPath = testsupport::tempPath(QStringLiteral("mysql-copy-journal.sqlite"));
    const QStringList args{QStringLiteral("run"),
                           planPath,
                           QStringLiteral("--db"),
                           uri,
                           QStringLiteral("--yes"),
                           QStringLiteral("--journal"),
                           journalPath};

    const testsupport::CliRun refused = testsupport::runCli(args);
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(refused.err.trimmed().count(u'\n'), 0);
    QVERIFY2(refused.err.contains(QStringLiteral("--accept-blocking-copy")) &&
                 refused.err.contains(QStringLiteral("ALGORITHM=COPY")),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("nothing was changed")), qPrintable(refused.err));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM information_schema.COLUMNS WHERE "
                                        "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders'"
                                        " AND COLUMN_NAME = 'amount_cents'")),
             QStringLiteral("0"));
    QCOMPARE(scalar(uri, QStringLiteral(
                             "SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                             "DATABASE() AND TABLE_NAME LIKE '\\_cp\\_probe%'")),
             QStringLiteral("0"));

    const testsupport::CliRun accepted =
        testsupport::runCli(QStringList(args) << QStringLiteral("--accept-blocking-copy"));
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QCOMPARE(
        scalar(uri, QStringLiteral("SELECT count(*) FROM information_schema.TABLE_CONSTRAINTS "
                                   "WHERE CONSTRAINT_SCHEMA = DATABASE()"
                                   " AND TABLE_NAME = 'orders' AND CONSTRAINT_TYPE = 'CHECK'")),
        QStringLiteral("1"));
    RunJournal journal;
    journal.open(journalPath);
    const QList<JournalRun> runs = journal.runs();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(1).outcome, QStringLiteral("stopped"));
    bool journaled = false;
    for (const JournalEvent &event : journal.events(runs.at(0).id))
        journaled =
            journaled || (event.kind == u"warning" &&
                          event.message.contains(QStringLiteral("blocking copy accepted")) &&
                          event.message.contains(QStringLiteral("--accept-blocking-copy")));
    QVERIFY(journaled);
}

void TestRunMysql::myisamTableSaysWhatIsPossible()
{
    REQUIRE_MYSQL(serverUri);
    const QString database = QStringLiteral("cp_runmysql_myisam");
    const QString uri = makeMysqlOrders(database, 3000, QStringLiteral("MyISAM"));
    const QString planPath = writeFile(
        QStringLiteral("mysql-myisam-plan.json"),
        mysqlPlanJson(
            database, QStringLiteral("orders"), QStringLiteral("amount_cents"),
            QStringLiteral(
                R"J("type": "bigint", "nullable": true, "backfill": "round(amount * 100)")J"),
            200, 500));
    const QStringList args{QStringLiteral("run"),
                           planPath,
                           QStringLiteral("--db"),
                           uri,
                           QStringLiteral("--yes"),
                           QStringLiteral("--journal"),
                           testsupport::tempPath(QStringLiteral("mysql-myisam-journal.sqlite"))};
    const testsupport::CliRun refused = testsupport::runCli(args);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.out.contains(QStringLiteral("MyISAM engine: no transactions")),
             qPrintable(refused.out));
    QVERIFY2(refused.err.contains(QStringLiteral("--accept-blocking-copy")),
             qPrintable(refused.err));

    const testsupport::CliRun accepted =
        testsupport::runCli(QStringList(args) << QStringLiteral("--accept-blocking-copy"));
    QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
    QCOMPARE(
        scalar(uri,
               QStringLiteral(
                   "SELECT count(*) FROM orders WHERE NOT (amount_cents <=> round(amount * 100))")),
        QStringLiteral("0"));
}

void TestRunMysql::refusesWithoutPrivileges()
{
    REQUIRE_MYSQL(serverUri);
    const QString database = QStringLiteral("cp_runmysql_grants");
    const QString uri = makeMysqlOrders(database, 100);
    testsupport::execute(
        uri,
        QStringLiteral(
            "DROP USER IF EXISTS 'cp_no_alter'@'127.0.0.1'; DROP USER IF EXISTS 'cp_no_alter'@'%';"
            "CREATE USER 'cp_no_alter'@'%' IDENTIFIED BY 'noalter-pass';"
            "GRANT SELECT, UPDATE ON cp_runmysql_grants.* TO 'cp_no_alter'@'%'"));
    const QString optionFile = writeFile(QStringLiteral("cp-no-alter.cnf"),
                                         QStringLiteral("[client]\npassword=noalter-pass\n"));
    QFile::setPermissions(optionFile, QFile::ReadOwner | QFile::WriteOwner);
    const ConnectionUri parsed = ConnectionUri::parse(uri);
    const QString limited = QStringLiteral("mysql://cp_no_alter@%1:%2/%3?option-file=%4")
                                .arg(parsed.option(QStringLiteral("host")),
                                     parsed.option(QStringLiteral("port")), database, optionFile);
    const QString planPath =
        writeFile(QStringLiteral("mysql-grants-plan.json"),
                  mysqlPlanJson(database, QStringLiteral("orders"), QStringLiteral("amount_cents"),
                                MysqlCentsColumn));
    const testsupport::CliRun run =
        testsupport::runCli({QStringLiteral("run"), planPath, QStringLiteral("--db"), limited,
                             QStringLiteral("--yes"), QStringLiteral("--journal"),
                             testsupport::tempPath(QStringLiteral("mysql-grants.sqlite"))});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    QVERIFY2(run.err.contains(QStringLiteral("lacks ALTER")) &&
                 run.err.contains(QStringLiteral("nothing was changed")),
             qPrintable(run.err));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM information_schema.COLUMNS WHERE "
                                        "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders'"
                                        " AND COLUMN_NAME = 'amount_cents'")),
             QStringLiteral("0"));
}

void TestRunMysql::refusesConflictingColumn()
{
    REQUIRE_MYSQL(serverUri);
    const QString database = QStringLiteral("cp_runmysql_conflict");
    const QString uri = makeMysqlOrders(database, 100);
    testsupport::execute(uri, QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents int"));
    RunThread runner(parsePlan(mysqlPlanJson(database, QStringLiteral("orders"),
                                             QStringLiteral("amount_cents"), MysqlCentsColumn)),
                     uri, nullptr);
    runner.start();
    QVERIFY(runner.wait(60000));
    QCOMPARE(runner.outcome.exitCode(), 2);
    QVERIFY2(runner.outcome.message.contains(QStringLiteral("already exists as int")) &&
                 runner.outcome.message.contains(QStringLiteral("bigint")),
             qPrintable(runner.outcome.message));
    QCOMPARE(
        scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NOT NULL")),
        QStringLiteral("0"));
}

void TestRunMysql::connectionErrorsAreOneLine()
{
    REQUIRE_MYSQL(serverUri);
    const QString database = QStringLiteral("cp_runmysql_errors");
    const QString uri = makeMysqlOrders(database, 10);
    const QString planPath =
        writeFile(QStringLiteral("mysql-errors-plan.json"),
                  mysqlPlanJson(database, QStringLiteral("orders"), QStringLiteral("amount_cents"),
                                MysqlCentsColumn));
    const QString wrongPassword = writeFile(
        QStringLiteral("cp-wrong.cnf"), QStringLiteral("[client]\npassword=not-the-password\n"));
    const ConnectionUri parsed = ConnectionUri::parse(uri);
    const QString badPassword =
        QStringLiteral("mysql://%1@%2:%3/%4?option-file=%5")
            .arg(parsed.option(QStringLiteral("user")), parsed.option(QStringLiteral("host")),
                 parsed.option(QStringLiteral("port")), database, wrongPassword);
    const QString unreachable = QStringLiteral("mysql://cpl@127.0.0.1:1/%1").arg(database);
    for (const QString &target : {badPassword, unreachable}) {
        const testsupport::CliRun run =
            testsupport::runCli({QStringLiteral("run"), planPath, QStringLiteral("--db"), target,
                                 QStringLiteral("--yes"), QStringLiteral("--journal"),
                                 testsupport::tempPath(QStringLiteral("mysql-errors.sqlite"))});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QVERIFY2(!run.err.contains(QStringLiteral("not-the-password")), qPrintable(run.err));
    }
}

void TestRunMysql::notNullWaitsUntilTheApplicationWritesTheColumn()
{
    REQUIRE_MYSQL(serverUri);
    const QString database = QStringLiteral("cp_runmysql_arrivals");
    const QString uri = makeMysqlOrders(database, 5000);
    const QString plan = writeFile(
        QStringLiteral("mysql-arrivals-plan.json"),
        mysqlPlanJson(
            database, QStringLiteral("orders"), QStringLiteral("amount_cents"),
            QStringLiteral(
                R"J("type": "bigint", "nullable": false, "backfill": "round(amount * 100)")J")));
    const QString journal = testsupport::tempPath(QStringLiteral("mysql-arrivals.sqlite"));
    // The application: its old release inserts a row without the column every 300 ms (strict mode
    // would reject that once the column is NOT NULL without a default); its new one writes it.
    ApplicationWriter app(
        uri, 300, QStringLiteral("INSERT INTO orders (amount) VALUES (1)"),
        QStringLiteral("INSERT INTO orders (amount, amount_cents) VALUES (1, 100)"));
    app.start();
    QVERIFY(waitFor([&] { return app.inserts > 2; }, 10000));
    const QString nullable =
        QStringLiteral("SELECT IS_NULLABLE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                       "DATABASE() AND TABLE_NAME = 'orders'"
                       " AND COLUMN_NAME = 'amount_cents'");
    const QStringList args{
        QStringLiteral("run"),       plan,   QStringLiteral("--db"), uri, QStringLiteral("--yes"),
        QStringLiteral("--journal"), journal};
    const testsupport::CliRun run = testsupport::runCli(args);
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("without a value for amount_cents")),
             qPrintable(run.err));
    QCOMPARE(scalar(uri, nullable), QStringLiteral("YES"));
    QCOMPARE(app.errors(), 0);

    app.writesNewColumn = true;
    const int before = app.inserts;
    QVERIFY(waitFor([&] { return app.inserts > before + 2; }, 10000));
    const testsupport::CliRun fixed = testsupport::runCli(args);
    app.stopAndWait();
    QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.err));
    QCOMPARE(scalar(uri, nullable), QStringLiteral("NO"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NULL")),
             QStringLiteral("0"));
    QVERIFY2(app.errors() == 0, qPrintable(app.firstError()));
}

void TestRunMysql::checkpointNeverResumedOnAnotherTable()
{
    REQUIRE_MYSQL(serverUri);
    const QString database = QStringLiteral("cp_runmysql_shop");
    QString uri = makeMysqlOrders(database, 3000);
    const QString plan = writeFile(
        QStringLiteral("mysql-shop-plan.json"),
        mysqlPlanJson(
            database, QStringLiteral("orders"), QStringLiteral("amount_cents"),
            QStringLiteral(
                R"J("type": "bigint", "nullable": true, "backfill": "round(amount * 100)")J")));
    const QStringList args{QStringLiteral("run"),
                           plan,
                           QStringLiteral("--db"),
                           uri,
                           QStringLiteral("--yes"),
                           QStringLiteral("--journal"),
                           testsupport::tempPath(QStringLiteral("mysql-shop.sqlite"))};
    const testsupport::CliRun first = testsupport::runCli(args);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    // The database dropped and created again under the same name, more rows, the column empty.
    uri = makeMysqlOrders(database, 9000);
    testsupport::execute(uri,
                         QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents bigint NULL"));
    const testsupport::CliRun second = testsupport::runCli(args);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NULL")),
             QStringLiteral("0"));
    QVERIFY2(!second.out.contains(QStringLiteral("done by an earlier run")),
             qPrintable(second.out));
}

QTEST_GUILESS_MAIN(TestRunMysql)
#include "tst_runmysql.moc"
