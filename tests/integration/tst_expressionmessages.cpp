// What the expression checker says about a user's expression, on real SQLite and PostgreSQL
// servers: the server's own words about the expression, never the probe statement the checker
// wrapped it in (no "SELECT ... FROM (SELECT t.*, NULL::bigint ...)", no LINE echo, no URI); and
// on SQLite, how many rows a backfill would store as REAL fractions in an INTEGER column, with
// the cast that keeps them integers.

#include "db/session.h"
#include "review/expressionchecker.h"
#include "testsupport.h"

#include <QFile>

class TestExpressionMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sqliteSaysItAboutTheExpression();
    void sqliteCountsFractionsInIntegerColumns_data();
    void sqliteCountsFractionsInIntegerColumns();
    void postgresSaysItAboutTheExpression_data();
    void postgresSaysItAboutTheExpression();

private:
    static void verifyNoProbe(const QString &message);
    std::unique_ptr<Session> m_sqlite;
};

void TestExpressionMessages::initTestCase()
{
    const QString path = testsupport::tempPath(QStringLiteral("messages.db"));
    QFile::remove(path);
    QFile empty(path); // sessions open existing files only; an empty file is an empty database
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    m_sqlite = Session::create(ConnectionUri::parse(QStringLiteral("sqlite:") + path));
    m_sqlite->open();
    // 0.29 * 100 and 1.15 * 100 are not integers in binary floating point; 0.5 * 100 is.
    m_sqlite->execute(
        QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, amount NUMERIC NOT NULL);"
                       "INSERT INTO orders (amount) VALUES (0.29), (0.5), (1.15);"));
}

void TestExpressionMessages::verifyNoProbe(const QString &message)
{
    for (const char *internal :
         {"SELECT", "LIMIT 0", "NULL::", "t.*", "LINE ", "failed on", "sqlite:", "postgresql:"})
        QVERIFY2(!message.contains(QLatin1String(internal)), qPrintable(message));
}

void TestExpressionMessages::sqliteSaysItAboutTheExpression()
{
    ExpressionChecker checker(*m_sqlite);
    const QString message =
        checker.check(QStringLiteral("amout * 100"), QStringLiteral("\"orders\""),
                      QStringLiteral("\"amount_cents\""), QString());
    QCOMPARE(message, QStringLiteral("no such column: amout"));
    QVERIFY(checker
                .check(QStringLiteral("amount * 100"), QStringLiteral("\"orders\""),
                       QStringLiteral("\"amount_cents\""), QString())
                .isEmpty());
    verifyNoProbe(checker.check(QStringLiteral("amount *"), QStringLiteral("\"orders\""),
                                QStringLiteral("\"amount_cents\""), QString()));
}

void TestExpressionMessages::sqliteCountsFractionsInIntegerColumns_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("warning"); // a part of it; empty: no warning
    QTest::newRow("fractions in INTEGER") << "amount * 100"
                                          << "INTEGER"
                                          << "gives a fraction in 2 of 3 rows";
    QTest::newRow("the cast to suggest") << "amount * 100"
                                         << "bigint"
                                         << "write CAST(round(amount * 100) AS INTEGER)";
    QTest::newRow("rounded and cast") << "CAST(round(amount * 100) AS INTEGER)"
                                      << "INTEGER"
                                      << "";
    QTest::newRow("REAL column keeps fractions") << "amount * 100"
                                                 << "REAL"
                                                 << "";
    QTest::newRow("NUMERIC column") << "amount * 100"
                                    << "NUMERIC"
                                    << "";
    QTest::newRow("integers only") << "id * 100"
                                   << "INTEGER"
                                   << "";
}

void TestExpressionMessages::sqliteCountsFractionsInIntegerColumns()
{
    QFETCH(QString, expression);
    QFETCH(QString, type);
    QFETCH(QString, warning);
    ExpressionChecker checker(*m_sqlite);
    const QString message = checker.checkIntegerAffinity(expression, QStringLiteral("\"orders\""),
                                                         QStringLiteral("\"amount_cents\""), type);
    if (warning.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(warning), qPrintable(message));
    verifyNoProbe(message);
}

void TestExpressionMessages::postgresSaysItAboutTheExpression_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown column") << "amout * 100"
                                    << "column \"amout\" does not exist";
    QTest::newRow("hint names the column as written")
        << "amont * 100"
        << "Perhaps you meant to reference the column \"amount\"";
    QTest::newRow("syntax") << "amount *"
                            << "syntax error";
    QTest::newRow("type") << "amount > 0"
                          << "cannot cast type boolean to bigint";
}

void TestExpressionMessages::postgresSaysItAboutTheExpression()
{
    REQUIRE_POSTGRES(admin);
    QFETCH(QString, expression);
    QFETCH(QString, says);
    static const QString uri = [] {
        const QString scratch =
            testsupport::createScratchDatabase(QStringLiteral("cp_expression_messages"));
        testsupport::execute(scratch, QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY, "
                                                     "amount numeric(12,2) NOT NULL)"));
        return scratch;
    }();
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();
    ExpressionChecker checker(*session);
    const QString message =
        checker.check(expression, QStringLiteral("\"public\".\"orders\""),
                      QStringLiteral("\"amount_cents\""), QStringLiteral("bigint"));
    QVERIFY2(message.contains(says), qPrintable(message));
    verifyNoProbe(message);
    QVERIFY2(!message.contains(QStringLiteral("\"t.")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestExpressionMessages)
#include "tst_expressionmessages.moc"
