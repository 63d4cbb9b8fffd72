// The lock forecast checked against the PostgreSQL 15 documentation: every statement form with
// its documented lock ("Explicit Locking" 13.3.1 and the ALTER TABLE reference page), and the
// conflict matrix of table 13.2.

#include "review/lockmode.h"
#include "review/reviewer.h"

#include <QTest>

class TestLockForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedLocks_data();
    void documentedLocks();
    void conflictMatrix();
    void blockedWork();
    void modeNames();
};

void TestLockForecast::documentedLocks_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("rewrites");
    QTest::addColumn<bool>("scans");
    QTest::addColumn<bool>("inTransaction");
    QTest::addColumn<QString>("duration");

    auto row = [](const char *name, const char *sql, const char *relation, const char *mode,
                  bool rewrites = false, bool scans = false, bool inTransaction = true,
                  const char *duration = nullptr) {
        const QString d = duration              ? QString::fromLatin1(duration)
                          : (rewrites || scans) ? QStringLiteral("table")
                                                : QStringLiteral("instant");
        QTest::newRow(name) << QString::fromLatin1(sql) << QString::fromLatin1(relation)
                            << QString::fromLatin1(mode) << rewrites << scans << inTransaction << d;
    };
    // ALTER TABLE: ACCESS EXCLUSIVE unless noted on the reference page
    row("add column", "ALTER TABLE t ADD COLUMN c bigint", "t", "ACCESS EXCLUSIVE");
    row("add column constant default", "ALTER TABLE t ADD COLUMN c int DEFAULT 0", "t",
        "ACCESS EXCLUSIVE");
    row("add column volatile default", "ALTER TABLE t ADD COLUMN c float8 DEFAULT random()", "t",
        "ACCESS EXCLUSIVE", true);
    row("add column identity", "ALTER TABLE t ADD COLUMN c bigint GENERATED ALWAYS AS IDENTITY",
        "t", "ACCESS EXCLUSIVE", true);
    row("add column stored generated",
        "ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a + 1) STORED", "t",
        "ACCESS EXCLUSIVE", true);
    row("drop column", "ALTER TABLE t DROP COLUMN c", "t", "ACCESS EXCLUSIVE");
    row("set default", "ALTER TABLE t ALTER COLUMN c SET DEFAULT 1", "t", "ACCESS EXCLUSIVE");
    row("drop default", "ALTER TABLE t ALTER COLUMN c DROP DEFAULT", "t", "ACCESS EXCLUSIVE");
    row("alter type", "ALTER TABLE t ALTER COLUMN c TYPE bigint", "t", "ACCESS EXCLUSIVE", true);
    row("set not null", "ALTER TABLE t ALTER COLUMN c SET NOT NULL", "t", "ACCESS EXCLUSIVE", false,
        true);
    row("drop not null", "ALTER TABLE t ALTER COLUMN c DROP NOT NULL", "t", "ACCESS EXCLUSIVE");
    row("set storage", "ALTER TABLE t ALTER COLUMN c SET STORAGE EXTERNAL", "t",
        "ACCESS EXCLUSIVE");
    row("set compression", "ALTER TABLE t ALTER COLUMN c SET COMPRESSION lz4", "t",
        "ACCESS EXCLUSIVE");
    row("set statistics", "ALTER TABLE t ALTER COLUMN c SET STATISTICS 500", "t",
        "SHARE UPDATE EXCLUSIVE");
    row("set attribute options", "ALTER TABLE t ALTER COLUMN c SET (n_distinct = 100)", "t",
        "SHARE UPDATE EXCLUSIVE");
    row("reset attribute options", "ALTER TABLE t ALTER COLUMN c RESET (n_distinct)", "t",
        "SHARE UPDATE EXCLUSIVE");
    row("add check", "ALTER TABLE t ADD CONSTRAINT k CHECK (c > 0)", "t", "ACCESS EXCLUSIVE", false,
        true);
    row("add check not valid", "ALTER TABLE t ADD CONSTRAINT k CHECK (c > 0) NOT VALID", "t",
        "ACCESS EXCLUSIVE");
    row("add foreign key", "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES p (id)", "t",
        "SHARE ROW EXCLUSIVE", false, true);
    row("add foreign key: referenced table",
        "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES p (id)", "p",
        "SHARE ROW EXCLUSIVE", false, true);
    row("add foreign key not valid",
        "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES p (id) NOT VALID", "t",
        "SHARE ROW EXCLUSIVE");
    row("add unique", "ALTER TABLE t ADD CONSTRAINT u UNIQUE (c)", "t", "ACCESS EXCLUSIVE", false,
        true);
    row("add primary key using index", "ALTER TABLE t ADD CONSTRAINT pk PRIMARY KEY USING INDEX i",
        "t", "ACCESS EXCLUSIVE");
    row("validate constraint", "ALTER TABLE t VALIDATE CONSTRAINT k", "t", "SHARE UPDATE EXCLUSIVE",
        false, true);
    row("drop constraint", "ALTER TABLE t DROP CONSTRAINT k", "t", "ACCESS EXCLUSIVE");
    row("alter constraint", "ALTER TABLE t ALTER CONSTRAINT f DEFERRABLE", "t", "ACCESS EXCLUSIVE");
    row("cluster on", "ALTER TABLE t CLUSTER ON i", "t", "SHARE UPDATE EXCLUSIVE");
    row("set without cluster", "ALTER TABLE t SET WITHOUT CLUSTER", "t", "SHARE UPDATE EXCLUSIVE");
    row("set fillfactor", "ALTER TABLE t SET (fillfactor = 70)", "t", "SHARE UPDATE EXCLUSIVE");
    row("set autovacuum option", "ALTER TABLE t SET (autovacuum_vacuum_scale_factor = 0.01)", "t",
        "SHARE UPDATE EXCLUSIVE");
    row("enable trigger", "ALTER TABLE t ENABLE TRIGGER tr", "t", "SHARE ROW EXCLUSIVE");
    row("disable trigger", "ALTER TABLE t DISABLE TRIGGER ALL", "t", "SHARE ROW EXCLUSIVE");
    row("enable rule", "ALTER TABLE t ENABLE RULE r", "t", "ACCESS EXCLUSIVE");
    row("row level security", "ALTER TABLE t ENABLE ROW LEVEL SECURITY", "t", "ACCESS EXCLUSIVE");
    row("replica identity", "ALTER TABLE t REPLICA IDENTITY FULL", "t", "ACCESS EXCLUSIVE");
    row("owner", "ALTER TABLE t OWNER TO someone", "t", "ACCESS EXCLUSIVE");
    row("set tablespace", "ALTER TABLE t SET TABLESPACE fast", "t", "ACCESS EXCLUSIVE", true);
    row("set logged", "ALTER TABLE t SET LOGGED", "t", "ACCESS EXCLUSIVE", true);
    row("inherit", "ALTER TABLE t INHERIT p", "t", "ACCESS EXCLUSIVE");
    row("attach partition: parent",
        "ALTER TABLE t ATTACH PARTITION t_2024 FOR VALUES FROM (1) TO (2)", "t",
        "SHARE UPDATE EXCLUSIVE", false, true);
    row("attach partition: partition",
        "ALTER TABLE t ATTACH PARTITION t_2024 FOR VALUES FROM (1) TO (2)", "t_2024",
        "ACCESS EXCLUSIVE", false, true);
    row("detach partition", "ALTER TABLE t DETACH PARTITION t_2024", "t", "ACCESS EXCLUSIVE");
    row("detach partition concurrently", "ALTER TABLE t DETACH PARTITION t_2024 CONCURRENTLY", "t",
        "SHARE UPDATE EXCLUSIVE", false, false, false);
    row("strongest subcommand wins",
        "ALTER TABLE t ALTER COLUMN c SET STATISTICS 100, ADD COLUMN d int", "t",
        "ACCESS EXCLUSIVE");
    // other commands
    row("create index", "CREATE INDEX i ON t (c)", "t", "SHARE", false, true);
    row("create index concurrently", "CREATE INDEX CONCURRENTLY i ON t (c)", "t",
        "SHARE UPDATE EXCLUSIVE", false, true, false);
    row("drop index", "DROP INDEX i", "i", "ACCESS EXCLUSIVE");
    row("drop index concurrently", "DROP INDEX CONCURRENTLY i", "i", "SHARE UPDATE EXCLUSIVE",
        false, false, false);
    row("reindex table", "REINDEX TABLE t", "t", "SHARE", false, true);
    row("reindex concurrently", "REINDEX TABLE CONCURRENTLY t", "t", "SHARE UPDATE EXCLUSIVE",
        false, true, false);
    row("select", "SELECT * FROM t", "t", "ACCESS SHARE", false, false, true, "rows");
    row("select for update", "SELECT * FROM t FOR UPDATE", "t", "ROW SHARE", false, false, true,
        "rows");
    row("insert", "INSERT INTO t (c) VALUES (1)", "t", "ROW EXCLUSIVE", false, false, true, "rows");
    row("update", "UPDATE t SET c = 1 WHERE id = 1", "t", "ROW EXCLUSIVE", false, false, true,
        "rows");
    row("delete", "DELETE FROM t WHERE id = 1", "t", "ROW EXCLUSIVE", false, false, true, "rows");
    row("update reads joined table", "UPDATE t SET c = s.c FROM s WHERE t.id = s.id", "s",
        "ACCESS SHARE", false, false, true, "rows");
    row("create trigger", "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
        "t", "SHARE ROW EXCLUSIVE");
    row("drop trigger", "DROP TRIGGER tr ON t", "t", "ACCESS EXCLUSIVE");
    row("comment on table", "COMMENT ON TABLE t IS 'x'", "t", "SHARE UPDATE EXCLUSIVE");
    row("comment on column", "COMMENT ON COLUMN public.t.c IS 'x'", "public.t",
        "SHARE UPDATE EXCLUSIVE");
    row("lock table default", "LOCK TABLE t", "t", "ACCESS EXCLUSIVE");
    row("lock table share", "LOCK TABLE t IN SHARE MODE", "t", "SHARE");
    row("lock table row exclusive", "LOCK TABLE t IN ROW EXCLUSIVE MODE", "t", "ROW EXCLUSIVE");
    row("truncate", "TRUNCATE t", "t", "ACCESS EXCLUSIVE");
    row("drop table", "DROP TABLE t", "t", "ACCESS EXCLUSIVE");
    row("vacuum", "VACUUM t", "t", "SHARE UPDATE EXCLUSIVE", false, true, false);
    row("vacuum full", "VACUUM (FULL) t", "t", "ACCESS EXCLUSIVE", true, true, false);
    row("analyze", "ANALYZE t", "t", "SHARE UPDATE EXCLUSIVE", false, true);
    row("cluster", "CLUSTER t USING i", "t", "ACCESS EXCLUSIVE", true);
    row("rename table", "ALTER TABLE t RENAME TO u", "t", "ACCESS EXCLUSIVE");
    row("rename column", "ALTER TABLE t RENAME COLUMN a TO b", "t", "ACCESS EXCLUSIVE");
    row("rename index", "ALTER INDEX i RENAME TO j", "i", "SHARE UPDATE EXCLUSIVE");
    row("create statistics", "CREATE STATISTICS s ON a, b FROM t", "t", "SHARE UPDATE EXCLUSIVE");
    row("refresh materialized view", "REFRESH MATERIALIZED VIEW m", "m", "ACCESS EXCLUSIVE", true);
    row("refresh concurrently", "REFRESH MATERIALIZED VIEW CONCURRENTLY m", "m", "EXCLUSIVE", true);
    row("create table referencing", "CREATE TABLE c (p_id bigint REFERENCES p (id))", "p",
        "SHARE ROW EXCLUSIVE");
    row("create partition", "CREATE TABLE t_1 PARTITION OF t FOR VALUES FROM (1) TO (2)", "t",
        "ACCESS EXCLUSIVE");
}

void TestLockForecast::documentedLocks()
{
    QFETCH(QString, sql);
    QFETCH(QString, relation);
    QFETCH(QString, mode);
    QFETCH(bool, rewrites);
    QFETCH(bool, scans);
    QFETCH(bool, inTransaction);
    QFETCH(QString, duration);
    const ReviewResult result = Reviewer::review(sql);
    QCOMPARE(result.statements.size(), 1);
    QVERIFY2(result.statements.first().parsed, qPrintable(sql));
    const StatementForecast &forecast = result.statements.first().forecast;
    QCOMPARE(LockMatrix::name(forecast.lockOn(relation)), mode);
    QCOMPARE(forecast.rewritesTable, rewrites);
    QCOMPARE(forecast.scansTable, scans);
    QCOMPARE(forecast.transactionAllowed, inTransaction);
    QCOMPARE(StatementForecast::durationName(forecast.duration), duration);
}

void TestLockForecast::conflictMatrix()
{
    // Table 13.2 "Conflicting Lock Modes", rows and columns in the documented order
    const QStringList table = {
        "       X", // ACCESS SHARE
        "      XX", // ROW SHARE
        "    XXXX", // ROW EXCLUSIVE
        "   XXXXX", // SHARE UPDATE EXCLUSIVE
        "  XX XXX", // SHARE
        "  XXXXXX", // SHARE ROW EXCLUSIVE
        " XXXXXXX", // EXCLUSIVE
        "XXXXXXXX", // ACCESS EXCLUSIVE
    };
    const QList<LockMode> modes = LockMatrix::allModes();
    QCOMPARE(modes.size(), 8);
    for (int held = 0; held < 8; ++held)
        for (int requested = 0; requested < 8; ++requested) {
            const bool documented = table[held][requested] == u'X';
            QVERIFY2(LockMatrix::conflicts(modes[held], modes[requested]) == documented,
                     qPrintable(LockMatrix::name(modes[held]) + u'/' +
                                LockMatrix::name(modes[requested])));
            QCOMPARE(LockMatrix::conflicts(modes[held], modes[requested]),
                     LockMatrix::conflicts(modes[requested], modes[held])); // symmetric
        }
}

void TestLockForecast::blockedWork()
{
    QVERIFY(LockMatrix::blocksReads(LockMode::AccessExclusive));
    QVERIFY(!LockMatrix::blocksReads(LockMode::Exclusive));
    QVERIFY(LockMatrix::blocksWrites(LockMode::Share));
    QVERIFY(!LockMatrix::blocksWrites(LockMode::ShareUpdateExclusive));
    QVERIFY(LockMatrix::blocksDdl(LockMode::ShareUpdateExclusive));
    QVERIFY(!LockMatrix::blocksDdl(LockMode::RowExclusive));
    const ReviewResult result =
        Reviewer::review(QStringLiteral("CREATE INDEX CONCURRENTLY i ON t (c)"));
    const StatementForecast &forecast = result.statements.first().forecast;
    QVERIFY(!forecast.blocksReads());
    QVERIFY(!forecast.blocksWrites());
    QVERIFY(forecast.blocksDdl());
}

void TestLockForecast::modeNames()
{
    for (LockMode mode : LockMatrix::allModes()) {
        QCOMPARE(LockMatrix::fromName(LockMatrix::name(mode)), mode);
        QCOMPARE(LockMatrix::fromName(LockMatrix::key(mode)), mode);
    }
    QCOMPARE(LockMatrix::fromName(QStringLiteral("AccessExclusiveLock")),
             LockMode::AccessExclusive);
    QCOMPARE(LockMatrix::fromName(QStringLiteral("RowExclusiveLock")), LockMode::RowExclusive);
    QCOMPARE(LockMatrix::fromName(QStringLiteral("bogus")), LockMode::None);
}

QTEST_GUILESS_MAIN(TestLockForecast)
#include "tst_lockforecast.moc"
