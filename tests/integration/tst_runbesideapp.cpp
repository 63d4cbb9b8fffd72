// The run beside a real application, through the CLI as users run it (default options): a
// writer thread plays the application and records every error it sees. The run must never
// cause one: a NOT NULL waits until the application writes the column, a failed enforce is
// undone, a blocked DDL retries for the documented budget, a checkpoint never carries over to a
// table created again, a volatile default passes verify, and a sync trigger goes live only with
// an expression that works on real rows (and is removed when the backfill fails).

#include "runtestkit.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace runtestkit;

namespace {

// The application on orders: the old release leaves amount_cents out, the new one writes it;
// each round also updates an existing row's status.
class Application : public ApplicationWriter
{
public:
    Application(const QString &uri, int intervalMs)
        : ApplicationWriter(
              uri, intervalMs, QStringLiteral("INSERT INTO orders (amount) VALUES (12.34)"),
              QStringLiteral("INSERT INTO orders (amount, amount_cents) VALUES (12.34, 1234)"),
              QStringLiteral("UPDATE orders SET status = 'seen' WHERE id = %1"))
    {
    }
};

const QString NotNullCents =
    QStringLiteral(R"("type": "bigint", "nullable": false, "backfill": "(amount * 100)::bigint")");

QStringList runArgs(const QString &plan, const QString &uri, const QString &journal,
                    const QStringList &more = {})
{
    return QStringList{QStringLiteral("run"),       plan,   QStringLiteral("--db"), uri,
                       QStringLiteral("--journal"), journal} +
           more;
}

// What restricts the application's writes on orders besides the primary key.
QString restrictions(const QString &uri)
{
    return scalar(uri,
                  QStringLiteral("SELECT (SELECT count(*) FROM pg_constraint WHERE conrelid = "
                                 "'orders'::regclass AND contype <> 'p')"
                                 " + (SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                 "'orders'::regclass AND attname = 'amount_cents' AND attnotnull)"
                                 " + (SELECT count(*) FROM pg_index WHERE indrelid = "
                                 "'orders'::regclass AND NOT indisprimary)"));
}

} // namespace

class TestRunBesideApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockedDdlRetriesForTheDocumentedBudget();
    void backfillIsNotDoneWhileRowsArriveWithoutValue();
    void notNullWaitsUntilTheApplicationWritesTheColumn();
    void failedEnforceIsUndone();
    void checkpointNeverResumedOnAnotherTable();
    void volatileDefaultPassesVerify();
    void syncTriggerNeedsAnExpressionThatWorksOnRealRows();
    void failedBackfillRemovesTheSyncTrigger();
    void partitionedTreeBesideTheApplication();
    void rowsWithTheDefaultAreRight();
};

void TestRunBesideApp::blockedDdlRetriesForTheDocumentedBudget()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_beside_blocked"), 1000);
    const QString plan =
        writeFile(QStringLiteral("blocked.json"),
                  planJson(QStringLiteral("note"),
                           QStringLiteral(R"("type": "text", "nullable": true)"), 200, 50000, 500));
    // A transaction holds the table for 6 s: ADD COLUMN cannot get its lock before it ends.
    std::atomic<qint64> blockerEndedMs{0};
    std::atomic<bool> holding{false};
    QThread *blocker = QThread::create([&] {
        auto session = Session::create(ConnectionUri::parse(uri));
        session->open();
        session->execute(QStringLiteral("BEGIN"));
        session->execute(QStringLiteral("SELECT count(*) FROM orders"));
        holding = true;
        QThread::msleep(6000); // stimulus: the transaction holds the table for 6 s on purpose
        session->execute(QStringLiteral("COMMIT"));
        blockerEndedMs = QDateTime::currentMSecsSinceEpoch();
    });
    blocker->start();
    QVERIFY(waitFor([&] { return holding.load(); }, 10000));
    const QString journal = testsupport::tempPath(QStringLiteral("blocked.sqlite"));
    const testsupport::CliRun run = testsupport::runCli(
        runArgs(plan, uri, journal,
                {QStringLiteral("--yes"), QStringLiteral("--phase"), QStringLiteral("expand")}));
    blocker->wait();
    delete blocker;
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                        "'orders'::regclass AND attname = 'note'")),
             QStringLiteral("1"));
    // It retried (with backoff) instead of giving up, and landed soon after the blocker ended.
    RunJournal records;
    records.open(journal);
    const QList<JournalStatement> statements = records.statements(records.runs().first().id);
    int retries = 0;
    QDateTime landed;
    for (const JournalStatement &statement : statements) {
        retries += statement.outcome == u"retry" ? 1 : 0;
        if (statement.outcome == u"done" && statement.sql.contains(QStringLiteral("ADD COLUMN")))
            landed = statement.startedAt.addMSecs(qint64(statement.durationMs));
    }
    QVERIFY2(retries >= 3, qPrintable(QString::number(retries)));
    QVERIFY(landed.isValid());
    const qint64 afterBlocker = landed.toMSecsSinceEpoch() - blockerEndedMs.load();
    QVERIFY2(afterBlocker < 2000,
             qPrintable(QStringLiteral("landed %1 ms after the blocker ended").arg(afterBlocker)));
}

void TestRunBesideApp::backfillIsNotDoneWhileRowsArriveWithoutValue()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_beside_sweep"), 20000);
    const QString plan = writeFile(QStringLiteral("sweep.json"),
                                   planJson(QStringLiteral("amount_cents"), NotNullCents));
    const QString journal = testsupport::tempPath(QStringLiteral("sweep.sqlite"));
    QCOMPARE(testsupport::runCli(runArgs(plan, uri, journal,
                                         {QStringLiteral("--yes"), QStringLiteral("--phase"),
                                          QStringLiteral("expand")}))
                 .exitCode,
             0);

    // The old release inserts without the column as fast as it can: no sweep pass finds none.
    Application app(uri, 0);
    app.start();
    QVERIFY(waitFor([&] { return app.inserts > 50; }, 10000));
    const testsupport::CliRun run = testsupport::runCli(
        runArgs(plan, uri, journal,
                {QStringLiteral("--yes"), QStringLiteral("--phase"), QStringLiteral("backfill")}));
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(
        run.err.contains(QStringLiteral("backfill not done: rows keep arriving without a value")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Deploy the application version that writes")),
             qPrintable(run.err));
    RunJournal records;
    records.open(journal);
    QCOMPARE(records.runs().first().outcome, QStringLiteral("stopped"));
    app.stopAndWait();
    QCOMPARE(app.errors(), 0);

    // Once nothing arrives without a value any more, the same command finishes the sweep.
    const testsupport::CliRun again = testsupport::runCli(
        runArgs(plan, uri, journal,
                {QStringLiteral("--yes"), QStringLiteral("--phase"), QStringLiteral("backfill")}));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NULL")),
             QStringLiteral("0"));
}

void TestRunBesideApp::notNullWaitsUntilTheApplicationWritesTheColumn()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_beside_notnull"), 20000);
    const QString plan = writeFile(QStringLiteral("notnull.json"),
                                   planJson(QStringLiteral("amount_cents"), NotNullCents));
    const QString journal = testsupport::tempPath(QStringLiteral("notnull.sqlite"));

    // The old release inserts a row without the column every 300 ms: the backfill's sweep can
    // finish between two of them, the watch before enforce cannot.
    Application app(uri, 300);
    app.start();
    QVERIFY(waitFor([&] { return app.inserts > 2; }, 10000));
    const testsupport::CliRun run =
        testsupport::runCli(runArgs(plan, uri, journal, {QStringLiteral("--yes")}));
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("without a value for amount_cents")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("stopped before adding anything")) ||
                 run.err.contains(QStringLiteral("backfill not done")),
             qPrintable(run.err));
    // Nothing that rejects the application's rows was added, and it never saw an error.
    QCOMPARE(restrictions(uri), QStringLiteral("0"));
    QCOMPARE(app.errors(), 0);

    // The new release writes the column: the same command sweeps the rows the old one left
    // without a value, then enforces.
    app.writesNewColumn = true;
    const int before = app.inserts;
    QVERIFY(waitFor([&] { return app.inserts > before + 2; }, 10000));
    QVERIFY(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NULL"))
                .toInt() > 0);
    const testsupport::CliRun fixed =
        testsupport::runCli(runArgs(plan, uri, journal, {QStringLiteral("--yes")}));
    app.stopAndWait();
    QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.err + fixed.out));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT attnotnull FROM pg_attribute WHERE attrelid = "
                                        "'orders'::regclass AND attname = 'amount_cents'")),
             QStringLiteral("t"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NULL")),
             QStringLiteral("0"));
    QVERIFY2(app.errors() == 0, qPrintable(app.firstError()));
}

void TestRunBesideApp::failedEnforceIsUndone()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_beside_undo"), 5000);
    // amount repeats every 500 rows: the unique index fails after NOT NULL is in place.
    const QString plan = writeFile(
        QStringLiteral("undo.json"),
        planJson(QStringLiteral("amount_cents"),
                 QStringLiteral(
                     R"("type": "bigint", "nullable": false, "backfill": "(amount * 100)::bigint",
                                                "check": "amount_cents >= 0", "index": {"method": "btree", "unique": true})")));
    const QString journal = testsupport::tempPath(QStringLiteral("undo.sqlite"));
    Application app(uri, 50);
    app.writesNewColumn = true;
    testsupport::execute(uri, QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents bigint"));
    app.start();
    const testsupport::CliRun run =
        testsupport::runCli(runArgs(plan, uri, journal, {QStringLiteral("--yes")}));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("undone so the application writes as before")),
             qPrintable(run.err));
    QCOMPARE(restrictions(uri), QStringLiteral("0"));
    // The old release could write again: nothing rejects its rows.
    app.writesNewColumn = false;
    const int before = app.inserts;
    QVERIFY(waitFor([&] { return app.inserts > before + 3; }, 10000));
    app.stopAndWait();
    QVERIFY2(app.errors() == 0, qPrintable(app.firstError()));
    // Each undo is journaled.
    RunJournal records;
    records.open(journal);
    int undone = 0;
    for (const JournalStatement &statement : records.statements(records.runs().first().id))
        undone += statement.outcome == u"undo" ? 1 : 0;
    QVERIFY2(undone >= 3, qPrintable(QString::number(undone)));
}

void TestRunBesideApp::checkpointNeverResumedOnAnotherTable()
{
    REQUIRE_POSTGRES(serverUri);
    const QString database = QStringLiteral("cp_beside_shop");
    QString uri = makeOrders(database, 5000);
    const QString plan = writeFile(QStringLiteral("shop.json"),
                                   planJson(QStringLiteral("amount_cents"), NullableCentsColumn));
    const QString journal = testsupport::tempPath(QStringLiteral("shop.sqlite"));
    const testsupport::CliRun first =
        testsupport::runCli(runArgs(plan, uri, journal, {QStringLiteral("--yes")}));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));

    // The database dropped and created again under the same name, with more rows, the column
    // already there and empty (restored from a schema dump, say).
    uri = makeOrders(database, 20000);
    testsupport::execute(uri, QStringLiteral("ALTER TABLE orders ADD COLUMN amount_cents bigint"));
    const testsupport::CliRun second =
        testsupport::runCli(runArgs(plan, uri, journal, {QStringLiteral("--yes")}));
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(filledRows(uri), qint64(20000));
    QVERIFY2(!second.out.contains(QStringLiteral("done by an earlier run")),
             qPrintable(second.out));
}

void TestRunBesideApp::volatileDefaultPassesVerify()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_beside_volatile"), 3000);
    const QString plan = writeFile(
        QStringLiteral("volatile.json"),
        planJson(
            QStringLiteral("seen_at"),
            QStringLiteral(
                R"json("type": "timestamptz", "nullable": false, "default": "clock_timestamp()")json")));
    const testsupport::CliRun run = testsupport::runCli(
        runArgs(plan, uri, testsupport::tempPath(QStringLiteral("volatile.sqlite")),
                {QStringLiteral("--yes")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QStringLiteral("only NULL-ness is compared")), qPrintable(run.out));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE seen_at IS NULL")),
             QStringLiteral("0"));
}

void TestRunBesideApp::syncTriggerNeedsAnExpressionThatWorksOnRealRows()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_beside_syncbad"), 2000);
    QString json = planJson(
        QStringLiteral("amount_cents"),
        QStringLiteral(R"("type": "bigint", "nullable": true, "backfill": "amount || 'x'")"));
    json.replace(QStringLiteral("\"pause_ms\": 0"),
                 QStringLiteral("\"pause_ms\": 0, \"sync_trigger\": true"));
    const QString plan = writeFile(QStringLiteral("syncbad.json"), json);
    // generate --db and run refuse it before anything is installed, naming the row and the error.
    const testsupport::CliRun generated =
        testsupport::runCli({QStringLiteral("generate"), plan, QStringLiteral("--db"), uri});
    QCOMPARE(generated.exitCode, 2);
    QCOMPARE(generated.err.count(u'\n'), 1);
    QVERIFY2(generated.err.contains(QStringLiteral("fails on the row with key (id)=(1)")) &&
                 generated.err.contains(QStringLiteral("invalid input syntax")),
             qPrintable(generated.err));
    Application app(uri, 20);
    app.start();
    const testsupport::CliRun run = testsupport::runCli(
        runArgs(plan, uri, testsupport::tempPath(QStringLiteral("syncbad.sqlite")),
                {QStringLiteral("--yes")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("fails on the row with key")), qPrintable(run.err));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = "
                                        "'orders'::regclass AND NOT tgisinternal")),
             QStringLiteral("0"));
    app.stopAndWait();
    QCOMPARE(app.errors(), 0);
}

void TestRunBesideApp::failedBackfillRemovesTheSyncTrigger()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_beside_syncfail"), 10000);
    // Only row 5000 (outside the sample of the oldest and newest rows) cannot be converted.
    QString json = planJson(QStringLiteral("amount_cents"),
                            QStringLiteral(R"("type": "bigint", "nullable": true,
        "backfill": "(CASE WHEN id = 5000 THEN status ELSE ((amount * 100)::bigint)::text END)::bigint")"));
    json.replace(QStringLiteral("\"pause_ms\": 0"),
                 QStringLiteral("\"pause_ms\": 0, \"sync_trigger\": true"));
    const QString plan = writeFile(QStringLiteral("syncfail.json"), json);
    Application app(uri, 20);
    app.start();
    const testsupport::CliRun run = testsupport::runCli(
        runArgs(plan, uri, testsupport::tempPath(QStringLiteral("syncfail.sqlite")),
                {QStringLiteral("--yes")}));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("the sync trigger was removed")), qPrintable(run.err));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = "
                                        "'orders'::regclass AND NOT tgisinternal")),
             QStringLiteral("0"));
    // Row 5000 updated by the application after the failure: its write goes through.
    testsupport::execute(uri, QStringLiteral("UPDATE orders SET status = 'paid' WHERE id = 5000"));
    app.stopAndWait();
    QVERIFY2(app.errors() == 0, qPrintable(app.firstError()));
}

QTEST_GUILESS_MAIN(TestRunBesideApp)
#include "tst_runbesideapp.moc"

// A range-partitioned table with a hash-sub-partitioned year and a DEFAULT partition, the
// application inserting into several partitions and updating throughout, and a partition manager
// creating next year's partition while the backfill runs: the run (CLI, defaults, --yes) ends with
// the column NOT NULL, the CHECK validated and a valid index on every table of the tree (the new
// partition's too), every row right, and the application never saw an error.
void TestRunBesideApp::partitionedTreeBesideTheApplication()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri =
        runtestkit::makePartitionedOrders(QStringLiteral("cp_beside_partitions"), 200000);
    const QString plan =
        writeFile(QStringLiteral("partitioned.json"),
                  planJson(QStringLiteral("amount_cents"), CentsColumn, 100, 5000)
                      .replace(QStringLiteral("\"pause_ms\": 0"),
                               QStringLiteral("\"pause_ms\": 0, \"sync_trigger\": true")));
    const QString journal = testsupport::tempPath(QStringLiteral("partitioned.sqlite"));

    // The old release: no amount_cents (the sync trigger fills it), rows in 2024, 2025 and 2026.
    ApplicationWriter app(
        uri, 2,
        QStringLiteral("INSERT INTO orders (placed, amount) VALUES "
                       "(date '2024-01-01' + (random() * 800)::int, 12.34)"),
        QStringLiteral("INSERT INTO orders (placed, amount, amount_cents) VALUES "
                       "(date '2024-01-01' + (random() * 800)::int, 12.34, 1234)"),
        QStringLiteral("UPDATE orders SET status = 'seen' WHERE id = %1"));
    app.start();
    QVERIFY(waitFor([&] { return app.inserts > 5; }, 10000));

    QProcess run;
    run.start(QStringLiteral(COLUMN_PLANNER_BIN),
              runArgs(plan, uri, journal, {QStringLiteral("--yes")}));
    QVERIFY(run.waitForStarted());
    // Once the backfill writes, next year's partition appears, as a partition manager adds it.
    auto backfilling = [&] {
        try {
            return filledRows(uri) > 1000;
        } catch (const DbError &) {
            return false; // expand has not added the column yet
        }
    };
    QVERIFY2(waitFor([&] { return run.state() != QProcess::Running || backfilling(); }, 120000),
             "the backfill never started");
    QCOMPARE(run.state(), QProcess::Running);
    // The new release, writing the column, is deployed while the backfill runs (before enforce
    // drops the sync trigger), as the guide says.
    app.writesNewColumn = true;
    testsupport::execute(uri, QStringLiteral("CREATE TABLE orders_2027 PARTITION OF orders FOR "
                                             "VALUES FROM ('2027-01-01') TO ('2028-01-01')"));
    QVERIFY(run.waitForFinished(300000));
    app.stopAndWait();
    const QString out = QString::fromUtf8(run.readAllStandardOutput());
    const QString err = QString::fromUtf8(run.readAllStandardError());
    QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
             qPrintable(err + out));
    QVERIFY2(out.contains(QStringLiteral("new: public.orders_2027")), qPrintable(out));

    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS NULL OR "
                                        "(amount_cents <> amount * 100 AND amount_cents <> 0)")),
             QStringLiteral("0"));
    // Every table of the tree (the root, the sub-partitioned year, four leaves with the new one):
    // NOT NULL, the CHECK validated, and a valid index on the column.
    const QString tree = QStringLiteral("(SELECT relid FROM pg_partition_tree('orders'))");
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid IN %1 "
                                        "AND attname = 'amount_cents' AND attnotnull")
                             .arg(tree)),
             QStringLiteral("7"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid IN %1 "
                                        "AND contype = 'c' AND convalidated AND "
                                        "pg_get_constraintdef(oid) LIKE '%%amount_cents >= 0%%'")
                             .arg(tree)),
             QStringLiteral("7"));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_attribute a ON "
                                        "a.attrelid = i.indrelid AND a.attnum = i.indkey[0] WHERE "
                                        "i.indrelid IN %1 AND a.attname = 'amount_cents' AND "
                                        "i.indisvalid")
                             .arg(tree)),
             QStringLiteral("7"));
    QVERIFY2(app.errors() == 0, qPrintable(app.firstError()));
}

// The old release keeps inserting rows without the column while the run goes: they get the
// plan's default (0), not the backfill's value, and that is right; the run's check of stored
// values counts only rows that hold neither.
void TestRunBesideApp::rowsWithTheDefaultAreRight()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_beside_default"), 20000);
    const QString plan = writeFile(QStringLiteral("default.json"),
                                   planJson(QStringLiteral("amount_cents"), CentsColumn));
    const QString journal = testsupport::tempPath(QStringLiteral("default.sqlite"));
    Application app(uri, 5);
    app.start();
    QVERIFY(waitFor([&] { return app.inserts > 5; }, 10000));
    const testsupport::CliRun run =
        testsupport::runCli(runArgs(plan, uri, journal, {QStringLiteral("--yes")}));
    const int during = app.inserts;
    app.stopAndWait();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY(during > 10);
    QVERIFY(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents = 0 AND "
                                       "amount <> 0"))
                .toInt() > 0); // the old release's rows took the default
    QVERIFY2(run.out.contains(
                 QStringLiteral("ok   rows whose value differs from the backfill expression")),
             qPrintable(run.out));
    QVERIFY2(app.errors() == 0, qPrintable(app.firstError()));
}
