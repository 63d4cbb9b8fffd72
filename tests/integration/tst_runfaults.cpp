// The runner when things go wrong, on a real server: a dry run changes nothing; a CREATE INDEX
// CONCURRENTLY that fails leaves an INVALID index that is reported and rebuilt only with
// --retry-invalid-index; a statement timeout in a batch stops the run resumably; a deadlock in a
// batch is retried; a role without the rights is refused before anything changes; the server
// restarting mid-run (a throwaway cluster of the test's own) is reconnected to; an existing
// column is resumed when it matches and refused when it differs.

#include "runtestkit.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace runtestkit;

namespace {

// Everything a run could change: relations, columns, types, defaults, constraints, indexes and
// their validity, comments, and every row.
QString fingerprint(const QString &uri)
{
    return scalar(uri, QStringLiteral(R"(SELECT md5(string_agg(x, E'\n' ORDER BY x)) FROM (
        SELECT c.relname || ' ' || c.relkind::text || ' ' || coalesce(obj_description(c.oid), '') || ' ' ||
               coalesce((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull::text || ' ' ||
                                          coalesce(pg_get_expr(d.adbin, d.adrelid), '') || ' ' || coalesce(col_description(c.oid, a.attnum), ''), ',' ORDER BY a.attnum)
                         FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '')
          FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
        UNION ALL SELECT conname || ' ' || convalidated::text || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        UNION ALL SELECT indexrelid::regclass::text || ' ' || indisvalid::text FROM pg_index WHERE indrelid = 'orders'::regclass
        UNION ALL SELECT typname::text FROM pg_type WHERE typnamespace = 'public'::regnamespace
        UNION ALL SELECT md5(string_agg(o::text, ',' ORDER BY id)) FROM orders o) s(x))"));
}

QStringList runArgs(const QString &plan, const QString &uri, const QString &journal,
                    const QStringList &more = {})
{
    return QStringList{QStringLiteral("run"),       plan,   QStringLiteral("--db"), uri,
                       QStringLiteral("--journal"), journal} +
           more;
}

// The script `generate` prints for the plan.
testsupport::CliRun generate(const QString &plan)
{
    return testsupport::runCli({QStringLiteral("generate"), plan,
                                QStringLiteral("--server-version"), QStringLiteral("15")});
}

// The executable statements of the expand and enforce phases of a generated script (first line
// of each).
QStringList executableDdl(const QString &script)
{
    QStringList statements;
    QString phase;
    bool inside = false;
    for (const QString &line : script.split(u'\n')) {
        if (line.startsWith(QStringLiteral("-- ===== phase")))
            phase = line.section(u':', 1).section(u' ', 1, 1);
        if (line.isEmpty() || line.startsWith(QStringLiteral("--")) || line.startsWith(u' ')) {
            inside = inside && !line.isEmpty();
            continue;
        }
        if (!inside && (phase == u"expand" || phase == u"enforce") &&
            !line.startsWith(QStringLiteral("SET ")))
            statements << (line.endsWith(u';') ? line.chopped(1) : line);
        inside = !line.trimmed().endsWith(u';');
    }
    return statements;
}

int freePort()
{
    for (int port = 56100 + int(getpid() % 400); port < 65000; ++port) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool free = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        ::close(fd);
        if (free)
            return port;
    }
    return -1;
}

// A PostgreSQL cluster of this test's own (initdb in a temporary directory, trust on loopback),
// so that restarting it disturbs nobody else. Stopped when destroyed.
class ThrowawayCluster
{
public:
    explicit ThrowawayCluster(const QString &binDir)
        : m_bin(binDir), m_directory(QStringLiteral("/tmp/cp-runner2-cluster-XXXXXX"))
    {
        m_asOwner = getuid() == 0; // initdb refuses root: run the server as postgres
        QFile::setPermissions(m_directory.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                  QFileDevice::ExeOther);
        if (m_asOwner)
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("postgres:"), m_directory.path()});
        m_port = freePort();
    }
    ~ThrowawayCluster()
    {
        if (m_started)
            tool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data(), QStringLiteral("-m"),
                                            QStringLiteral("immediate"), QStringLiteral("stop")});
    }
    QString data() const { return m_directory.path() + QStringLiteral("/data"); }
    QString uri() const
    {
        return QStringLiteral("postgresql://cpl@127.0.0.1:%1/postgres").arg(m_port);
    }
    // Runs a server tool (as postgres when we are root); returns its output on failure, empty on
    // success.
    QString tool(const QString &name, const QStringList &args) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = m_bin + u'/' + name;
        if (m_asOwner)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                      QStringLiteral("--"), program} +
                              args);
        else
            process.start(program, args);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return name + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll());
        return {};
    }
    QString start()
    {
        if (!m_directory.isValid() || m_port < 0)
            return QStringLiteral("no temporary directory or free port");
        QString error =
            tool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data(), QStringLiteral("-U"), QStringLiteral("cpl"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8")});
        if (!error.isEmpty())
            return error;
        error = tool(QStringLiteral("pg_ctl"),
                     {QStringLiteral("-D"), data(), QStringLiteral("-l"),
                      m_directory.path() + QStringLiteral("/server.log"), QStringLiteral("-w"),
                      QStringLiteral("start"), QStringLiteral("-o"),
                      QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off")
                          .arg(m_port)
                          .arg(m_directory.path())});
        m_started = error.isEmpty();
        return error;
    }
    QString restartFast() const
    {
        return tool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), data(), QStringLiteral("-m"), QStringLiteral("fast"),
                     QStringLiteral("-w"), QStringLiteral("restart")});
    }

private:
    QString m_bin;
    QTemporaryDir m_directory;
    bool m_asOwner = false;
    bool m_started = false;
    int m_port = -1;
};

} // namespace

class TestRunFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dryRunShowsEveryStepAndChangesNothing();
    void invalidUniqueIndexNeverLeftBehind();
    void statementTimeoutStopsResumably();
    void deadlockInBatchIsRetried();
    void missingPrivilegesRefusedBeforeAnyChange_data();
    void missingPrivilegesRefusedBeforeAnyChange();
    void reconnectsAcrossServerRestart();
    void existingMatchingColumnIsResumed();
    void existingDifferentColumnIsRefused();
};

void TestRunFaults::dryRunShowsEveryStepAndChangesNothing()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_runner2_dry"), 5000);
    const QString plan = writeFile(QStringLiteral("dry.json"),
                                   planJson(QStringLiteral("amount_cents"), CentsColumn));
    const QString before = fingerprint(uri);
    const QString journal = testsupport::tempPath(QStringLiteral("dry.sqlite"));
    const testsupport::CliRun run =
        testsupport::runCli(runArgs(plan, uri, journal, {QStringLiteral("--dry-run")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(fingerprint(uri), before);
    QVERIFY(run.out.contains(QStringLiteral("dry run: nothing was changed")));
    QVERIFY2(run.out.contains(QStringLiteral("would fill \"amount_cents\" in keyset batches")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("would check:")));
    const testsupport::CliRun generated = generate(plan);
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    const QStringList ddl = executableDdl(generated.out);
    QVERIFY2(
        ddl.size() >= 4,
        qPrintable(ddl.join(u'\n'))); // ADD COLUMN, CHECK NOT VALID, VALIDATE, index, NOT NULL...
    for (const QString &statement : ddl)
        QVERIFY2(run.out.contains(statement),
                 qPrintable(QStringLiteral("the dry run does not show: ") + statement));
    // A dry run is journaled as one, and a real run afterwards does everything.
    RunJournal records;
    records.open(journal);
    QVERIFY(records.runs().first().dryRun);
    const testsupport::CliRun real =
        testsupport::runCli(runArgs(plan, uri, journal, {QStringLiteral("--yes")}));
    QVERIFY2(real.exitCode == 0, qPrintable(real.err));
    QVERIFY(fingerprint(uri) != before);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS "
                                        "DISTINCT FROM (amount * 100)::bigint")),
             QStringLiteral("0"));
}

void TestRunFaults::invalidUniqueIndexNeverLeftBehind()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_runner2_invalid"), 2000);
    testsupport::execute(
        uri, QStringLiteral("ALTER TABLE orders ADD COLUMN code text; UPDATE orders SET code = 'c' "
                            "|| id; UPDATE orders SET code = 'c1' WHERE id = 2"));
    const QString plan = writeFile(
        QStringLiteral("invalid.json"),
        planJson(
            QStringLiteral("order_code"),
            QStringLiteral(
                R"("type": "text", "nullable": true, "backfill": "code", "index": {"method": "btree", "unique": true})")));
    const QString journal = testsupport::tempPath(QStringLiteral("invalid.sqlite"));
    const QString invalid = QStringLiteral(
        "SELECT count(*) FROM pg_index WHERE indrelid = 'orders'::regclass AND NOT indisvalid");

    // The duplicate makes CREATE UNIQUE INDEX CONCURRENTLY fail. The INVALID index it leaves
    // would still reject the application's duplicate writes, so the run drops it again.
    const testsupport::CliRun first =
        testsupport::runCli(runArgs(plan, uri, journal, {QStringLiteral("--yes")}));
    QCOMPARE(first.exitCode, 3);
    QCOMPARE(first.err.count(u'\n'), 1);
    QVERIFY2(first.err.contains(QStringLiteral("undone so the application writes as before")),
             qPrintable(first.err));
    QCOMPARE(scalar(uri, invalid), QStringLiteral("0"));

    // An INVALID unique index left behind by a run killed during the build rejects duplicate
    // writes too: the next run drops and builds it again without asking.
    const testsupport::CliRun generated = generate(plan);
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    QString indexName;
    for (const QString &statement : executableDdl(generated.out))
        if (statement.startsWith(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ")))
            indexName = statement.section(u' ', 7, 7);
    QVERIFY(!indexName.isEmpty());
    const testsupport::CliRun killed = testsupport::runProgram(
        QDir(qEnvironmentVariable("COLUMN_PLANNER_TEST_PG_BIN")).filePath(QStringLiteral("psql")),
        {uri, QStringLiteral("-c"),
         QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY %1 ON orders (order_code)")
             .arg(indexName)});
    // psql -c exits 1 when its statement fails (0 would be a built index, -1 a psql that hung).
    QVERIFY2(killed.exitCode == 1 &&
                 killed.err.contains(QStringLiteral("could not create unique index")),
             qPrintable(killed.err + killed.out));
    QCOMPARE(scalar(uri, invalid), QStringLiteral("1"));
    testsupport::execute(
        uri, QStringLiteral("UPDATE orders SET code = 'c2', order_code = 'c2' WHERE id = 2"));
    const testsupport::CliRun second =
        testsupport::runCli(runArgs(plan, uri, journal, {QStringLiteral("--yes")}));
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(QStringLiteral("is INVALID: dropping it")),
             qPrintable(second.out));
    QCOMPARE(scalar(uri, invalid), QStringLiteral("0"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = "
                                        "'orders'::regclass AND contype = 'u'")),
             QStringLiteral("1"));
}

void TestRunFaults::statementTimeoutStopsResumably()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_runner2_timeout"), 20000);
    testsupport::execute(uri, QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents bigint"));
    // Rows 10001-10100 take 50 ms each: even a one-row batch (the sizer may shrink that far)
    // outlasts a 20 ms statement_timeout, so no row past 10000 can be filled by the tight run.
    const QString column = QStringLiteral(R"("type": "bigint", "nullable": true,
        "backfill": "(amount * 100)::bigint + CASE WHEN id BETWEEN 10001 AND 10100 THEN length(pg_sleep(0.05)::text) ELSE 0 END")");
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("timeout.sqlite")));
    RunOptions options;
    options.phase = QStringLiteral("backfill");
    options.maxAttempts = 3;
    RunThread tight(parsePlan(planJson(QStringLiteral("amount_cents"), column, 5, 2000, 2000, 20)),
                    uri, &journal, options);
    tight.start();
    QVERIFY(tight.wait(300000));
    QCOMPARE(tight.outcome.exitCode(), 4);
    QVERIFY2(
        !tight.outcome.message.contains(u'\n') &&
            tight.outcome.message.contains(QStringLiteral("statement_timeout 20 ms")) &&
            tight.outcome.message.contains(QStringLiteral("raise backfill.statement_timeout_ms")) &&
            tight.outcome.message.contains(QStringLiteral("resume from the checkpoint")),
        qPrintable(tight.outcome.message));
    QVERIFY(tight.log.count(RunEvent::Attempt, QStringLiteral("statement_timeout reached")) >= 2);
    const qint64 filled = filledRows(uri);
    QVERIFY2(filled >= 9000 && filled <= 10000, qPrintable(QString::number(filled)));
    const auto checkpoint = journal.checkpoint(journal.runs().first().id);
    QVERIFY(checkpoint && checkpoint->lastKey.first().toInt() <= 10000);

    RunThread relaxed(
        parsePlan(planJson(QStringLiteral("amount_cents"), column, 200, 2000, 2000, 60000)), uri,
        &journal, options);
    relaxed.start();
    QVERIFY(relaxed.wait(300000));
    QVERIFY2(relaxed.outcome.exitCode() == 0, qPrintable(relaxed.outcome.message));
    QCOMPARE(relaxed.log.count(RunEvent::Info,
                               QStringLiteral("resuming from the checkpoint after key %1")
                                   .arg(checkpoint->lastKey.first())),
             1);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS "
                                        "DISTINCT FROM (amount * 100)::bigint")),
             QStringLiteral("0"));
}

void TestRunFaults::deadlockInBatchIsRetried()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_runner2_deadlock"), 5000);
    testsupport::execute(uri, QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents bigint"));
    // The runner's backend looks for deadlocks after 1 s of waiting, ours only after a minute:
    // the batch is the one chosen to fail.
    auto other = Session::create(ConnectionUri::parse(uri));
    other->open();
    other->execute(QStringLiteral("SET deadlock_timeout = '60s'"));
    other->execute(QStringLiteral("BEGIN"));
    other->execute(QStringLiteral("UPDATE orders SET status = 'other' WHERE id = 900"));

    RunOptions options;
    options.phase = QStringLiteral("backfill");
    options.initialBatchRows = 1000;
    RunThread runner(
        parsePlan(planJson(QStringLiteral("amount_cents"), NullableCentsColumn, 200, 1000, 30000)),
        uri, nullptr, options);
    runner.start();
    // The first batch (ids 1-1000) has locked rows 1-899 and waits for row 900.
    QVERIFY(waitFor(
        [&] {
            return scalar(serverUri,
                          QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                         "'cp_runner2_deadlock' AND wait_event_type = 'Lock'")) ==
                   u"1";
        },
        60000));
    other->execute(QStringLiteral(
        "UPDATE orders SET status = 'other' WHERE id = 10")); // waits for the batch: a deadlock
    other->execute(QStringLiteral("COMMIT"));
    QVERIFY(runner.wait(120000));
    QVERIFY2(runner.outcome.exitCode() == 0, qPrintable(runner.outcome.message));
    QVERIFY(runner.log.count(RunEvent::Attempt,
                             QStringLiteral("deadlock or serialization failure")) >= 1);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE status = 'other'")),
             QStringLiteral("2"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS "
                                        "DISTINCT FROM (amount * 100)::bigint")),
             QStringLiteral("0"));
}

void TestRunFaults::missingPrivilegesRefusedBeforeAnyChange_data()
{
    QTest::addColumn<bool>("columnExists");
    QTest::addColumn<QString>("grant");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not the owner, column to add")
        << false << QStringLiteral("SELECT, UPDATE") << QStringLiteral("does not own");
    QTest::newRow("column exists, no UPDATE")
        << true << QStringLiteral("SELECT") << QStringLiteral("may not UPDATE");
}

void TestRunFaults::missingPrivilegesRefusedBeforeAnyChange()
{
    REQUIRE_POSTGRES(serverUri);
    QFETCH(bool, columnExists);
    QFETCH(QString, grant);
    QFETCH(QString, expected);
    const QString uri = makeOrders(QStringLiteral("cp_runner2_rights"), 1000);
    testsupport::execute(
        serverUri,
        QStringLiteral(
            "DO $$ BEGIN CREATE ROLE cp_runner2_limited LOGIN PASSWORD 'cp-runner2-limited'; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
    testsupport::execute(uri,
                         QStringLiteral("GRANT %1 ON orders TO cp_runner2_limited").arg(grant));
    if (columnExists)
        testsupport::execute(uri,
                             QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents bigint"));
    const ConnectionUri server = ConnectionUri::parse(serverUri);
    const QString limited =
        QStringLiteral("host=%1 port=%2 dbname=cp_runner2_rights user=cp_runner2_limited "
                       "password=cp-runner2-limited")
            .arg(server.option(QStringLiteral("host")), server.option(QStringLiteral("port")));
    const QString before = fingerprint(uri);
    const QString plan = writeFile(QStringLiteral("rights.json"),
                                   planJson(QStringLiteral("amount_cents"), NullableCentsColumn));
    const testsupport::CliRun run = testsupport::runCli(
        runArgs(plan, limited, testsupport::tempPath(QStringLiteral("rights.sqlite")),
                {QStringLiteral("--yes")}));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(expected) && run.err.contains(QStringLiteral("cp_runner2_limited")) &&
                 run.err.contains(QStringLiteral("nothing was changed")),
             qPrintable(run.err));
    QCOMPARE(fingerprint(uri), before);
}

void TestRunFaults::reconnectsAcrossServerRestart()
{
    REQUIRE_POSTGRES(serverUri);
    const QString bin = qEnvironmentVariable("COLUMN_PLANNER_TEST_PG_BIN");
    if (bin.isEmpty()) {
        if (testsupport::serverRequired())
            QFAIL("COLUMN_PLANNER_TEST_PG_BIN is not set but scripts/test requires it");
        QSKIP(
            "no PostgreSQL binaries (set COLUMN_PLANNER_TEST_PG_BIN) to make a cluster to restart");
    }
    ThrowawayCluster cluster(bin);
    const QString started = cluster.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const int rows = 200000;
    testsupport::execute(
        cluster.uri(),
        QStringLiteral(
            "CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) NOT NULL, status "
            "text NOT NULL DEFAULT 'new');"
            "INSERT INTO orders (amount) SELECT (g % 500) / 4.0 FROM generate_series(1, %1) g")
            .arg(rows));
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("restart.sqlite")));
    RunThread runner(parsePlan(planJson(QStringLiteral("amount_cents"), CentsColumn, 20, 2000)),
                     cluster.uri(), &journal);
    runner.start();
    QVERIFY(waitFor(
        [&] { return runner.log.count(RunEvent::Progress) >= 3 || runner.isFinished(); }, 120000));
    QVERIFY2(runner.isRunning(), qPrintable(runner.outcome.message));
    const QString restarted = cluster.restartFast();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QVERIFY(runner.wait(300000));
    QVERIFY2(runner.outcome.exitCode() == 0, qPrintable(runner.outcome.message));
    QVERIFY(runner.log.count(RunEvent::Reconnect, QStringLiteral("lost")) >= 1);
    QVERIFY(runner.log.count(RunEvent::Reconnect, QStringLiteral("reconnected to")) >= 1);
    QVERIFY(filledRows(cluster.uri()) == rows);
    QCOMPARE(scalar(cluster.uri(), QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents "
                                                  "IS DISTINCT FROM (amount * 100)::bigint")),
             QStringLiteral("0"));
    QCOMPARE(scalar(cluster.uri(), QStringLiteral("SELECT count(*) FROM pg_index WHERE indrelid = "
                                                  "'orders'::regclass AND NOT indisvalid")),
             QStringLiteral("0"));
}

void TestRunFaults::existingMatchingColumnIsResumed()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_runner2_exists"), 5000);
    // Someone added the column with the plan's type and filled half of it.
    testsupport::execute(
        uri, QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents bigint; UPDATE orders SET "
                            "amount_cents = (amount * 100)::bigint WHERE id <= 2500"));
    const QString plan = writeFile(QStringLiteral("exists.json"),
                                   planJson(QStringLiteral("amount_cents"), CentsColumn));
    const testsupport::CliRun run = testsupport::runCli(
        runArgs(plan, uri, testsupport::tempPath(QStringLiteral("exists.sqlite")),
                {QStringLiteral("--yes"), QStringLiteral("--json-progress")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    qint64 written = -1;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
        if (event.value(QStringLiteral("event")).toString() == u"progress")
            written = event.value(QStringLiteral("rows_updated")).toInteger();
    }
    QCOMPARE(written, 2500); // only the rows still empty were written
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS "
                                        "DISTINCT FROM (amount * 100)::bigint")),
             QStringLiteral("0"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT attnotnull FROM pg_attribute WHERE attrelid = "
                                        "'orders'::regclass AND attname = 'amount_cents'")),
             QStringLiteral("t"));
}

void TestRunFaults::existingDifferentColumnIsRefused()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_runner2_differs"), 1000);
    testsupport::execute(uri, QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents text; "
                                             "UPDATE orders SET amount_cents = 'x' WHERE id = 1"));
    const QString before = fingerprint(uri);
    const QString plan = writeFile(QStringLiteral("differs.json"),
                                   planJson(QStringLiteral("amount_cents"), CentsColumn));
    const testsupport::CliRun run = testsupport::runCli(
        runArgs(plan, uri, testsupport::tempPath(QStringLiteral("differs.sqlite")),
                {QStringLiteral("--yes")}));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("already exists as text but the plan wants bigint")),
             qPrintable(run.err));
    QCOMPARE(fingerprint(uri), before);
}

QTEST_GUILESS_MAIN(TestRunFaults)
#include "tst_runfaults.moc"
