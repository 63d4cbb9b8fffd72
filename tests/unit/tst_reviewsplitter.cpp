// The fast statement splitter against the real PostgreSQL scanner: on every case (and on
// thousands of scripts assembled at random from tricky fragments) both give the same regions,
// or the fast one hands the script to the scanner.

#include "parse/statementsplitter.h"

#include <QRandomGenerator>
#include <QTest>

class TestReviewSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsScanner_data();
    void sameAsScanner();
    void handsOverWhatItCannotDecide_data();
    void handsOverWhatItCannotDecide();
    void randomScriptsSameAsScanner();
    void regionsOfASimpleScript();
};

namespace {

QString describe(const QList<StatementRegion> &regions)
{
    QStringList parts;
    for (const StatementRegion &region : regions)
        parts << QStringLiteral("[%1,%2)").arg(region.from).arg(region.to);
    return parts.join(u' ');
}

} // namespace

void TestReviewSplitter::sameAsScanner_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("plain") << QByteArray("SELECT 1; SELECT 2;\nSELECT 3");
    QTest::newRow("semicolon in string") << QByteArray("SELECT 'a;b'; SELECT 'it''s; here';");
    QTest::newRow("backslash in standard string") << QByteArray("SELECT 'a\\'; SELECT 2;");
    QTest::newRow("E string escapes") << QByteArray("SELECT E'a\\';b'; SELECT e'\\\\'; SELECT 3;");
    QTest::newRow("identifier ending in e before string")
        << QByteArray("SELECT somee'x;y'; SELECT 1;");
    QTest::newRow("bit and hex strings") << QByteArray("SELECT B'1010', X'FF;', N'x;y';");
    QTest::newRow("quoted identifier")
        << QByteArray("CREATE TABLE \"a;\"\"b\" (id int); SELECT 1;");
    QTest::newRow("dollar quotes")
        << QByteArray("DO $$ BEGIN PERFORM 1; END $$; SELECT $x$;$x$; SELECT $a$ $b$ ; $b$ $a$;");
    QTest::newRow("dollar in identifier") << QByteArray("SELECT a$b$c; SELECT x$; SELECT 1;");
    QTest::newRow("parameters") << QByteArray("PREPARE p AS SELECT $1 + $2; EXECUTE p(1, 2);");
    QTest::newRow("line comments")
        << QByteArray("-- a; b\nSELECT 1; -- c;\n-- only a comment;\nSELECT 2");
    QTest::newRow("comment with carriage return") << QByteArray("SELECT 1 -- x;\r; SELECT 2;");
    QTest::newRow("nested block comments")
        << QByteArray("/* a /* b; */ c; */ SELECT 1; /* ; */; SELECT 2;");
    QTest::newRow("comment-only regions") << QByteArray("/* x */; -- y\n; SELECT 1;;;");
    QTest::newRow("parentheses") << QByteArray(
        "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES "
        "(2)); SELECT 1;");
    QTest::newRow("unbalanced closing paren") << QByteArray("SELECT 1); SELECT 2;");
    QTest::newRow("begin atomic") << QByteArray(
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true "
        "THEN 1 END; END; SELECT 2;");
    QTest::newRow("begin transaction is not atomic") << QByteArray("BEGIN; SELECT 1; END; COMMIT;");
    QTest::newRow("mixed case keywords") << QByteArray(
        "create function f() returns int language sql Begin Atomic select 1; End; select 3;");
    QTest::newRow("numbers") << QByteArray("SELECT 1.5e3, .5, 1e-2, 3.; SELECT 1..2;");
    QTest::newRow("operators") << QByteArray(
        "SELECT 1 +-2, 3 */ 4, a->>'k;', b @> '{}'; SELECT 2;");
    QTest::newRow("multibyte") << QByteArray("SELECT 'é;ü', \"naïve\", café; SELECT 'ok';");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("only whitespace") << QByteArray(" \n\t\r\f ");
    QTest::newRow("no final semicolon") << QByteArray("SELECT 1;\nSELECT 2\n");
}

void TestReviewSplitter::sameAsScanner()
{
    QFETCH(QByteArray, sql);
    const auto fast = StatementSplitter::splitFast(sql);
    QVERIFY2(fast.has_value(), "the fast splitter should decide this script itself");
    const QList<StatementRegion> scanner = StatementSplitter::splitWithScanner(sql);
    QCOMPARE(describe(*fast), describe(scanner));
}

void TestReviewSplitter::handsOverWhatItCannotDecide_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("unterminated string") << QByteArray("SELECT 1; SELECT 'abc; SELECT 2;");
    QTest::newRow("unterminated comment") << QByteArray("SELECT 1; /* abc; SELECT 2;");
    QTest::newRow("unterminated dollar quote") << QByteArray("SELECT 1; DO $$ BEGIN; SELECT 2;");
    QTest::newRow("unterminated identifier") << QByteArray("SELECT 1; SELECT \"abc; SELECT 2;");
    QTest::newRow("zero-length identifier") << QByteArray("SELECT \"\"; SELECT 2;");
    QTest::newRow("unicode escape string") << QByteArray("SELECT U&'\\0061;'; SELECT 2;");
    QTest::newRow("trailing junk after number") << QByteArray("SELECT 123abc; SELECT 2;");
}

void TestReviewSplitter::handsOverWhatItCannotDecide()
{
    QFETCH(QByteArray, sql);
    QVERIFY(!StatementSplitter::splitFast(sql).has_value());
    // split() then gives exactly the scanner's regions, error handling included
    QCOMPARE(describe(StatementSplitter::split(sql)),
             describe(StatementSplitter::splitWithScanner(sql)));
    QVERIFY(!StatementSplitter::split(sql).isEmpty());
}

void TestReviewSplitter::randomScriptsSameAsScanner()
{
    static const QList<QByteArray> fragments = {
        "SELECT 1",
        ";",
        " ",
        "\n",
        "'a;b'",
        "'it''s'",
        "E'x\\'y'",
        "\"q;\"\"r\"",
        "$$ ; $$",
        "$t$ ; $$ $t$",
        "-- c;\n",
        "/* a /* ; */ */",
        "(",
        ")",
        "BEGIN",
        "ATOMIC",
        "CASE",
        "END",
        "begin atomic",
        "x$y",
        "$1",
        "1.5e3",
        "abc",
        "é",
        "\t",
        "+",
        "::",
        "E'\\\\'",
        "B'01'",
        "->>",
        "somee'z'",
        ",",
        ".5",
        "/",
        "*",
    };
    QRandomGenerator random(20261124); // fixed seed: the same scripts on every run
    int decidedFast = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray sql;
        const int pieces = int(random.bounded(1, 24));
        for (int k = 0; k < pieces; ++k)
            sql += fragments[random.bounded(int(fragments.size()))] +
                   (random.bounded(3) == 0 ? " " : "");
        const QList<StatementRegion> scanner = StatementSplitter::splitWithScanner(sql);
        const auto fast = StatementSplitter::splitFast(sql);
        if (!fast)
            continue;
        ++decidedFast;
        if (describe(*fast) != describe(scanner))
            QFAIL(qPrintable(QStringLiteral("script <%1>: fast %2, scanner %3")
                                 .arg(QString::fromUtf8(sql), describe(*fast), describe(scanner))));
    }
    QVERIFY2(decidedFast > 2000,
             qPrintable(QStringLiteral("only %1 of 4000 decided fast").arg(decidedFast)));
}

void TestReviewSplitter::regionsOfASimpleScript()
{
    const QByteArray sql = "SELECT 1;\n-- note\nSELECT 'x;y'";
    const QList<StatementRegion> regions = StatementSplitter::split(sql);
    QCOMPARE(regions.size(), 2);
    QCOMPARE(regions[0], (StatementRegion{0, 8}));
    QCOMPARE(regions[1], (StatementRegion{9, sql.size()}));
}

QTEST_APPLESS_MAIN(TestReviewSplitter)
#include "tst_reviewsplitter.moc"
