// Statement splitting and positions: byte offsets to lines and columns, syntax errors at the
// parser's cursor with the rest of the script still reviewed, ignore comments, DO blocks.

#include "parse/statementparser.h"
#include "review/reviewer.h"

#include <QTest>

class TestReviewParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statementPositions();
    void syntaxErrorPosition_data();
    void syntaxErrorPosition();
    void restStillReviewedAfterSyntaxError();
    void unterminatedQuote();
    void ignoreComments_data();
    void ignoreComments();
    void doBlockIsOneStatement();
    void beginAtomicBodyIsOneStatement();
    void multibyteColumns();
    void emptyScripts_data();
    void emptyScripts();
    void serverVersionChangesFindings_data();
    void serverVersionChangesFindings();
    void manyStatementsAcrossChunks();
};

namespace {

QStringList rulesAt(const ReviewResult &result, int line)
{
    QStringList rules;
    for (const Finding &finding : result.findings)
        if (finding.line == line)
            rules << finding.rule;
    return rules;
}

} // namespace

void TestReviewParser::statementPositions()
{
    const QString sql = QStringLiteral("-- header\nSET lock_timeout = '2s';\n\n  ALTER TABLE "
                                       "orders\n    ADD COLUMN note text;  /* c */ SELECT 1");
    const ReviewResult result = Reviewer::review(sql);
    QCOMPARE(result.statements.size(), 3);
    QCOMPARE(result.statements[0].line, 2);
    QCOMPARE(result.statements[0].column, 1);
    QCOMPARE(result.statements[0].text, QStringLiteral("SET lock_timeout = '2s'"));
    QCOMPARE(result.statements[1].line, 4);
    QCOMPARE(result.statements[1].column, 3);
    QCOMPARE(result.statements[1].kind, QStringLiteral("AlterTableStmt"));
    QCOMPARE(result.statements[1].text,
             QStringLiteral("ALTER TABLE orders\n    ADD COLUMN note text"));
    QCOMPARE(sql.toUtf8().mid(result.statements[1].startByte, 11), QByteArray("ALTER TABLE"));
    QCOMPARE(result.statements[2].line, 5);
    QCOMPARE(result.statements[2].column, 36);
    QCOMPARE(result.statements[2].text, QStringLiteral("SELECT 1"));
    for (const ReviewedStatement &statement : result.statements)
        QVERIFY(statement.parsed);
}

void TestReviewParser::syntaxErrorPosition_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("first token") << QStringLiteral("SELEC 1;") << 1 << 1;
    QTest::newRow("mid statement")
        << QStringLiteral("SELECT 1;\nALTER TABLE orders ADD COLUM x int;") << 2
        << 32; // "ADD colum x" is a column of type x; "int" is extra
    QTest::newRow("second line of statement")
        << QStringLiteral("CREATE TABLE t (\n  a int,\n);") << 3 << 1;
    QTest::newRow("after comment") << QStringLiteral("-- c\n/* d */ SELECT FROM WHERE;") << 2 << 21;
}

void TestReviewParser::syntaxErrorPosition()
{
    QFETCH(QString, sql);
    QFETCH(int, line);
    QFETCH(int, column);
    const ReviewResult result = Reviewer::review(sql);
    QList<Finding> errors;
    for (const Finding &finding : result.findings)
        if (finding.rule == u"syntax-error")
            errors << finding;
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().line, line);
    QCOMPARE(errors.first().column, column);
    QVERIFY(errors.first().message.contains(QLatin1String("syntax error")));
    QVERIFY(result.hasErrors());
}

void TestReviewParser::restStillReviewedAfterSyntaxError()
{
    const ReviewResult result = Reviewer::review(
        QStringLiteral("SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUM x int;\nCREATE "
                       "INDEX i ON orders (a);\nUPDATE orders SET a = 1;"));
    QCOMPARE(result.statements.size(), 4);
    QVERIFY(!result.statements[1].parsed);
    QVERIFY(result.statements[2].parsed);
    QCOMPARE(rulesAt(result, 2), QStringList{QStringLiteral("syntax-error")});
    QVERIFY(rulesAt(result, 3).contains(QLatin1String("non-concurrent-index")));
    QVERIFY(rulesAt(result, 4).contains(QLatin1String("unbatched-backfill")));
    QCOMPARE(result.statements[2].forecast.lockOn(QStringLiteral("orders")), LockMode::Share);
}

void TestReviewParser::unterminatedQuote()
{
    const ReviewResult result = Reviewer::review(
        QStringLiteral("CREATE INDEX i ON orders (a);\nSELECT 'never closed;\nSELECT 2;"));
    QVERIFY(rulesAt(result, 1).contains(QLatin1String("non-concurrent-index")));
    QCOMPARE(rulesAt(result, 2), QStringList{QStringLiteral("syntax-error")});
}

void TestReviewParser::ignoreComments_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("line before") << QStringLiteral(
                                        "SET lock_timeout = '1s';\n-- column-planner: ignore "
                                        "non-concurrent-index\nCREATE INDEX i ON orders (a);")
                                 << QStringList{};
    QTest::newRow("only that statement")
        << QStringLiteral(
               "SET lock_timeout = '1s';\n-- column-planner: ignore non-concurrent-index\nCREATE "
               "INDEX i ON orders (a);\nCREATE INDEX j ON orders (b);")
        << QStringList{QStringLiteral("non-concurrent-index")};
    QTest::newRow("two rules") << QStringLiteral(
                                      "-- column-planner: ignore missing-lock-timeout, "
                                      "non-concurrent-index\nCREATE INDEX i ON orders (a);")
                               << QStringList{};
    QTest::newRow("other rule stays")
        << QStringLiteral(
               "-- column-planner: ignore non-concurrent-index\nCREATE INDEX i ON orders (a);")
        << QStringList{QStringLiteral("missing-lock-timeout")};
    QTest::newRow("block comment")
        << QStringLiteral("SET lock_timeout = '1s';\n/* column-planner: ignore unbatched-backfill "
                          "*/\nUPDATE orders SET a = 1;")
        << QStringList{};
    QTest::newRow("ordinary comment")
        << QStringLiteral("SET lock_timeout = '1s';\n-- reviewed by hand\nUPDATE orders SET a = 1;")
        << QStringList{QStringLiteral("unbatched-backfill")};
}

void TestReviewParser::ignoreComments()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, rules);
    QStringList found;
    for (const Finding &finding : Reviewer::review(sql).findings)
        found << finding.rule;
    QCOMPARE(found, rules);
}

void TestReviewParser::doBlockIsOneStatement()
{
    const QString sql = QStringLiteral("SET lock_timeout = '2s';\n"
                                       "DO $$\nDECLARE last_id bigint := 0;\nBEGIN\n  LOOP\n"
                                       "    UPDATE orders SET amount_cents = amount * 100 WHERE id "
                                       "> last_id AND id <= last_id + 1000;\n"
                                       "    EXIT WHEN NOT FOUND;\n    last_id := last_id + 1000;\n "
                                       "   COMMIT;\n  END LOOP;\nEND $$;\n"
                                       "SELECT 1;");
    const ReviewResult result = Reviewer::review(sql);
    QCOMPARE(result.statements.size(), 3);
    QCOMPARE(result.statements[1].kind, QStringLiteral("DoStmt"));
    QCOMPARE(result.statements[1].line, 2);
    QCOMPARE(result.statements[2].line, 12);
    QVERIFY(result.findings.isEmpty());
}

void TestReviewParser::beginAtomicBodyIsOneStatement()
{
    const ReviewResult result = Reviewer::review(
        QStringLiteral("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE "
                       "WHEN a > 0 THEN 1 END; SELECT 2; END;\nSELECT 3;"));
    QCOMPARE(result.statements.size(), 2);
    QVERIFY(result.statements[0].parsed);
    QCOMPARE(result.statements[0].kind, QStringLiteral("CreateFunctionStmt"));
    QCOMPARE(result.statements[1].line, 2);
}

void TestReviewParser::multibyteColumns()
{
    // "é" and "→" take several bytes but one column each
    const ReviewResult result = Reviewer::review(
        QStringLiteral("SELECT 'é→';  CREATE INDEX i ON orders (a);\nSELECT 'ü', x FRM t;"));
    QCOMPARE(result.statements[1].column, 15);
    QCOMPARE(result.statements[1].startByte, qsizetype(17));
    bool sawSyntax = false;
    for (const Finding &finding : result.findings) {
        if (finding.rule == u"syntax-error") {
            sawSyntax = true;
            QCOMPARE(finding.line, 2);
            QCOMPARE(finding.column, 19); // "x FRM" is x with alias FRM, so the parser stops at "t"
        }
    }
    QVERIFY(sawSyntax);
}

void TestReviewParser::emptyScripts_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  \n\n\t ");
    QTest::newRow("comments") << QStringLiteral("-- only a comment\n/* and another */\n");
    QTest::newRow("semicolons") << QStringLiteral(";;\n;");
}

void TestReviewParser::emptyScripts()
{
    QFETCH(QString, sql);
    const ReviewResult result = Reviewer::review(sql);
    QVERIFY(result.statements.isEmpty());
    QVERIFY(result.findings.isEmpty());
}

void TestReviewParser::serverVersionChangesFindings_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");
    const QString constantDefault =
        QStringLiteral("ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';");
    QTest::newRow("default rewrites on 10")
        << constantDefault << 10 << QStringLiteral("volatile-default-rewrite") << true;
    QTest::newRow("default is metadata on 11")
        << constantDefault << 11 << QStringLiteral("volatile-default-rewrite") << false;
    const QString viaCheck = QStringLiteral(
        "ALTER TABLE orders ADD CONSTRAINT nn CHECK (status IS NOT NULL) NOT VALID;\n"
        "ALTER TABLE orders VALIDATE CONSTRAINT nn;\nALTER TABLE orders ALTER COLUMN status SET "
        "NOT NULL;");
    QTest::newRow("check ignored on 11")
        << viaCheck << 11 << QStringLiteral("set-not-null-scan") << true;
    QTest::newRow("check used on 12")
        << viaCheck << 12 << QStringLiteral("set-not-null-scan") << false;
    const QString pg18 =
        QStringLiteral("ALTER TABLE orders ADD CONSTRAINT nn NOT NULL status NOT VALID;");
    QTest::newRow("pg18 form rejected on 17")
        << pg18 << 17 << QStringLiteral("syntax-error") << true;
    QTest::newRow("pg18 form accepted on 18")
        << pg18 << 18 << QStringLiteral("syntax-error") << false;
}

void TestReviewParser::serverVersionChangesFindings()
{
    QFETCH(QString, sql);
    QFETCH(int, version);
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    ReviewOptions options;
    options.serverVersion = version;
    bool found = false;
    for (const Finding &finding : Reviewer::review(sql, options).findings)
        found = found || finding.rule == rule;
    QCOMPARE(found, fires);
}

void TestReviewParser::manyStatementsAcrossChunks()
{
    // more statements than one parse chunk holds, with an error in the middle of a chunk
    QString sql = QStringLiteral("SET lock_timeout = '2s';\n");
    for (int i = 0; i < 1500; ++i)
        sql += i == 777 ? QStringLiteral("ALTER TABLE orders ADD COLUM broken int;\n")
                        : QStringLiteral("ALTER TABLE orders ADD COLUMN c%1 text;\n").arg(i);
    const ReviewResult result = Reviewer::review(sql);
    QCOMPARE(result.statements.size(), 1501);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().rule, QStringLiteral("syntax-error"));
    QCOMPARE(result.findings.first().line, 779);
    QCOMPARE(result.findings.first().statement, 779);
    QCOMPARE(result.statements.last().line, 1501);
}

QTEST_GUILESS_MAIN(TestReviewParser)
#include "tst_reviewparser.moc"
