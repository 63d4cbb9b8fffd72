// RunJournal on real SQLite files: migrations, runs/statements/events round trips, durable
// checkpoints keyed by target/table/column/phase, refusal of foreign and newer files, and a
// full disk reported in one line with the last checkpoint intact.

#include "store/runjournal.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>
#include <sqlite3.h>

namespace {

JournalRun sampleRun(const QString &target = QStringLiteral("cpl@db1:5432/shop"),
                     bool dryRun = false)
{
    JournalRun run;
    run.who = QStringLiteral("alice");
    run.target = target;
    run.serverVersion = QStringLiteral("15.4");
    run.planPath = QStringLiteral("/plans/amount_cents.json");
    run.scriptSha256 = QString(64, u'a');
    run.table = QStringLiteral("\"public\".\"orders\"");
    run.column = QStringLiteral("amount_cents");
    run.dryRun = dryRun;
    run.tableIdentity = QStringLiteral("pg:7300000000000000001/16384/16390");
    return run;
}

RunCheckpoint checkpointAt(qint64 runId, const QStringList &key, qint64 rows,
                           const QString &sha = QStringLiteral("sha-backfill"))
{
    RunCheckpoint c;
    c.runId = runId;
    c.phaseSha256 = sha;
    c.lastKey = key;
    c.rowsDone = rows;
    c.rowsUpdated = rows - 1;
    c.batchRows = 5000;
    return c;
}

JournalStatement batch(qint64 runId)
{
    JournalStatement s;
    s.runId = runId;
    s.phase = QStringLiteral("backfill");
    s.sql = QStringLiteral(
        "UPDATE orders SET amount_cents = 1 WHERE id >= 1 AND id <= 10 AND amount_cents IS NULL");
    s.durationMs = 12.5;
    s.rows = 10;
    s.outcome = QStringLiteral("batch");
    return s;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAndReopens();
    void recordsRunsStatementsEvents();
    void checkpointsResumeByTarget();
    void keysSurviveAnyCharacters_data();
    void keysSurviveAnyCharacters();
    void planTextIsStoredAsData();
    void phaseDoneIgnoresDryRunsAndFailures();
    void checkpointCarriesItsTableIdentity();
    void refusesForeignAndNewerFiles();
    void fullDiskIsOneLineAndKeepsLastCheckpoint();
};

void TestJournal::createsAndReopens()
{
    const QString path = testsupport::tempPath(QStringLiteral("journal-create/sub/journal.sqlite"));
    qint64 id = 0;
    {
        RunJournal journal;
        journal.open(path);
        QCOMPARE(journal.schemaVersion(), RunJournal::currentSchemaVersion());
        id = journal.beginRun(sampleRun());
        QVERIFY(id > 0);
    }
    RunJournal again;
    again.open(path);
    const auto run = again.run(id);
    QVERIFY(run);
    QCOMPARE(run->who, QStringLiteral("alice"));
    QVERIFY(run->startedAt.isValid());
    QVERIFY(!run->endedAt.isValid()); // never ended: a killed run looks like this
}

void TestJournal::recordsRunsStatementsEvents()
{
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("journal-records.sqlite")));
    const qint64 id = journal.beginRun(sampleRun());
    JournalStatement s;
    s.runId = id;
    s.phase = QStringLiteral("expand");
    s.index = 2;
    s.sql = QStringLiteral("ALTER TABLE orders ADD COLUMN IF NOT EXISTS amount_cents bigint");
    s.durationMs = 3.25;
    s.rows = 0;
    s.attempts = 4;
    s.error = QStringLiteral("canceling statement due to lock timeout");
    s.outcome = QStringLiteral("retry");
    journal.recordStatement(s);
    journal.recordEvent(JournalEvent{id, QDateTime::currentDateTimeUtc(), QStringLiteral("attempt"),
                                     QStringLiteral("expand"), QStringLiteral("attempt 1/20")});
    journal.endRun(id, QStringLiteral("done"), QStringLiteral("done"));

    const QList<JournalStatement> statements = journal.statements(id);
    QCOMPARE(statements.size(), 1);
    QCOMPARE(statements.first().index, 2);
    QCOMPARE(statements.first().attempts, 4);
    QCOMPARE(statements.first().durationMs, 3.25);
    QCOMPARE(statements.first().error, s.error);
    QCOMPARE(statements.first().sql, s.sql);
    QCOMPARE(journal.events(id).size(), 1);
    QCOMPARE(journal.events(id).first().message, QStringLiteral("attempt 1/20"));
    QCOMPARE(journal.run(id)->outcome, QStringLiteral("done"));
    QVERIFY(journal.run(id)->endedAt.isValid());
    QCOMPARE(journal.runs().first().id, id);
}

void TestJournal::checkpointsResumeByTarget()
{
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("journal-checkpoints.sqlite")));
    const qint64 first = journal.beginRun(sampleRun());
    journal.recordBatch(batch(first), checkpointAt(first, {QStringLiteral("1000")}, 1000));
    journal.recordBatch(batch(first), checkpointAt(first, {QStringLiteral("2000")}, 2000));
    QCOMPARE(journal.checkpoint(first)->lastKey,
             QStringList{QStringLiteral("2000")}); // upserted, one row per run
    QCOMPARE(journal.statements(first).size(), 2);

    const qint64 other = journal.beginRun(sampleRun(QStringLiteral("cpl@db2:5432/shop")));
    journal.recordBatch(batch(other), checkpointAt(other, {QStringLiteral("9")}, 9));

    const auto resume = journal.latestCheckpoint(
        QStringLiteral("cpl@db1:5432/shop"), QStringLiteral("\"public\".\"orders\""),
        QStringLiteral("amount_cents"), QStringLiteral("sha-backfill"));
    QVERIFY(resume);
    QCOMPARE(resume->runId, first);
    QCOMPARE(resume->rowsDone, 2000);
    QCOMPARE(resume->batchRows, 5000);
    QVERIFY(!journal.latestCheckpoint(
        QStringLiteral("cpl@db1:5432/shop"), QStringLiteral("\"public\".\"orders\""),
        QStringLiteral("amount_cents"), QStringLiteral("another-backfill-sql")));
    QVERIFY(!journal.latestCheckpoint(
        QStringLiteral("cpl@db1:5432/shop"), QStringLiteral("\"public\".\"orders\""),
        QStringLiteral("other_column"), QStringLiteral("sha-backfill")));

    // A later run continues the same work: its checkpoint is the one to resume from.
    const qint64 second = journal.beginRun(sampleRun());
    journal.recordBatch(batch(second), checkpointAt(second, {QStringLiteral("3000")}, 3000));
    QCOMPARE(journal
                 .latestCheckpoint(QStringLiteral("cpl@db1:5432/shop"),
                                   QStringLiteral("\"public\".\"orders\""),
                                   QStringLiteral("amount_cents"), QStringLiteral("sha-backfill"))
                 ->runId,
             second);
}

void TestJournal::keysSurviveAnyCharacters_data()
{
    QTest::addColumn<QStringList>("key");
    QTest::newRow("integer") << QStringList{QStringLiteral("42")};
    QTest::newRow("composite with comma and quotes")
        << QStringList{QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("it's")};
    QTest::newRow("backslash, newline, tab")
        << QStringList{QStringLiteral("c:\\path\\"), QStringLiteral("two\nlines\tand tab")};
    QTest::newRow("unicode and brackets")
        << QStringList{QStringLiteral("Ünïcødé ✓ [x]"), QString()};
}

void TestJournal::keysSurviveAnyCharacters()
{
    QFETCH(QStringList, key);
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("journal-keys.sqlite")));
    const qint64 id = journal.beginRun(sampleRun());
    journal.recordBatch(batch(id), checkpointAt(id, key, 1));
    QCOMPARE(journal.checkpoint(id)->lastKey, key);
}

void TestJournal::planTextIsStoredAsData()
{
    // A plan's title and names reach the journal in run messages and paths: stored as bound
    // values, they are data, never SQL of the journal's own.
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("journal-hostile.sqlite")));
    JournalRun run = sampleRun();
    run.planPath = QStringLiteral("/plans/x'); DROP TABLE runs; --.json");
    run.table = QStringLiteral("\"public\".\"o\"\"rders'; DELETE FROM events; --\"");
    const qint64 id = journal.beginRun(run);
    const QString message =
        QStringLiteral("run 1 of \"t'); DROP TABLE events; --\" on db: \u2028 <b>x</b>");
    journal.recordEvent(JournalEvent{id, QDateTime::currentDateTimeUtc(), QStringLiteral("info"),
                                     QStringLiteral("expand"), message});
    journal.recordEvent(JournalEvent{id, QDateTime::currentDateTimeUtc(), QStringLiteral("info"),
                                     QString(), QStringLiteral("second")});
    QCOMPARE(journal.runs().size(), 1);
    QCOMPARE(journal.run(id)->planPath, run.planPath);
    QCOMPARE(journal.run(id)->table, run.table);
    const QList<JournalEvent> events = journal.events(id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().message, message);
}

void TestJournal::phaseDoneIgnoresDryRunsAndFailures()
{
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("journal-phases.sqlite")));
    const QString target = QStringLiteral("cpl@db1:5432/shop");
    const QString identity = sampleRun().tableIdentity;
    const QString table = QStringLiteral("\"public\".\"orders\"");
    const QString column = QStringLiteral("amount_cents");
    const QString enforce = QStringLiteral("enforce");
    const qint64 dry = journal.beginRun(sampleRun(target, true));
    journal.recordPhase(dry, enforce, QStringLiteral("e1"), QStringLiteral("done"));
    QVERIFY(!journal.phaseDone(target, identity, table, column, enforce, QStringLiteral("e1")));
    const qint64 real = journal.beginRun(sampleRun(target));
    journal.recordPhase(real, enforce, QStringLiteral("e1"), QStringLiteral("started"));
    QVERIFY(!journal.phaseDone(target, identity, table, column, enforce, QStringLiteral("e1")));
    journal.recordPhase(real, enforce, QStringLiteral("e1"), QStringLiteral("done"));
    QVERIFY(journal.phaseDone(target, identity, table, column, enforce, QStringLiteral("e1")));
    QVERIFY(!journal.phaseDone(target, identity, table, column, enforce, QStringLiteral("e2")));
    // The same name on a table dropped and created again is another table.
    QVERIFY(!journal.phaseDone(target, QStringLiteral("pg:7300000000000000001/16384/24601"), table,
                               column, enforce, QStringLiteral("e1")));
    QVERIFY(!journal.phaseDone(target, QString(), table, column, enforce, QStringLiteral("e1")));
}

void TestJournal::checkpointCarriesItsTableIdentity()
{
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("journal-identity.sqlite")));
    JournalRun first = sampleRun();
    const qint64 id = journal.beginRun(first);
    journal.recordBatch(batch(id), checkpointAt(id, {QStringLiteral("500")}, 500));
    const auto checkpoint = journal.latestCheckpoint(first.target, first.table, first.column,
                                                     QStringLiteral("sha-backfill"));
    QVERIFY(checkpoint);
    QCOMPARE(checkpoint->tableIdentity, first.tableIdentity);
    QCOMPARE(journal.run(id)->tableIdentity, first.tableIdentity);
}

void TestJournal::refusesForeignAndNewerFiles()
{
    const QString foreign = testsupport::tempPath(QStringLiteral("foreign.sqlite"));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(foreign.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_exec(
            db, "CREATE TABLE invoices (id INTEGER PRIMARY KEY); INSERT INTO invoices VALUES (1)",
            nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    const QByteArray before = [&] {
        QFile f(foreign);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    RunJournal journal;
    try {
        journal.open(foreign);
        QFAIL("a foreign file was accepted");
    } catch (const RunJournalError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("not a Column Planner journal")),
                 qPrintable(error.message()));
        QVERIFY(!error.message().contains(u'\n'));
    }
    QFile after(foreign);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);

    const QString newer = testsupport::tempPath(QStringLiteral("newer.sqlite"));
    {
        RunJournal created;
        created.open(newer);
    }
    {
        sqlite3 *db = nullptr;
        sqlite3_open(newer.toUtf8().constData(), &db);
        sqlite3_exec(db,
                     QStringLiteral("PRAGMA user_version = %1")
                         .arg(RunJournal::currentSchemaVersion() + 1)
                         .toUtf8()
                         .constData(),
                     nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    try {
        journal.open(newer);
        QFAIL("a newer journal was accepted");
    } catch (const RunJournalError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("newer")), qPrintable(error.message()));
    }

    const QString garbage = testsupport::tempPath(QStringLiteral("garbage.sqlite"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    QVERIFY_THROWS_EXCEPTION(RunJournalError, journal.open(garbage));
}

void TestJournal::fullDiskIsOneLineAndKeepsLastCheckpoint()
{
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("journal-full.sqlite")));
    const qint64 id = journal.beginRun(sampleRun());
    journal.recordBatch(batch(id), checkpointAt(id, {QStringLiteral("100")}, 100));
    journal.limitPagesForTesting(
        1); // max_page_count below the current size: every growth fails as on a full disk
    JournalStatement big = batch(id);
    big.sql = QString(20000, u'x');
    try {
        for (int i = 0; i < 50; ++i)
            journal.recordBatch(big, checkpointAt(id, {QString::number(200 + i)}, 200 + i));
        QFAIL("the journal never reported a full disk");
    } catch (const RunJournalError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("disk is full")),
                 qPrintable(error.message()));
        QVERIFY(!error.message().contains(u'\n'));
    }
    // The batch and its checkpoint are written together or not at all.
    const auto checkpoint = journal.checkpoint(id);
    QVERIFY(checkpoint);
    const qint64 rows = checkpoint->rowsDone;
    int batchRows = 0;
    for (const JournalStatement &s : journal.statements(id))
        batchRows += s.outcome == u"batch" ? 1 : 0;
    QCOMPARE(rows == 100 ? 1 : int(rows - 200 + 2), batchRows);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
