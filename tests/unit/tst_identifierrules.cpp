// Identifier rules: reserved words, length limits, quoting and the naming conventions.

#include "base/identifierrules.h"

#include <QTest>

Q_DECLARE_METATYPE(DialectKind)

class TestIdentifierRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reservedWords_data();
    void reservedWords();
    void quoting_data();
    void quoting();
    void review_data();
    void review();
    void maxBytes();
    void snakeCase_data();
    void snakeCase();
};

void TestIdentifierRules::reservedWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<DialectKind>("dialect");
    QTest::addColumn<bool>("reserved");
    QTest::newRow("pg user") << "user" << DialectKind::PostgreSQL << true;
    QTest::newRow("pg ORDER upper") << "ORDER" << DialectKind::PostgreSQL << true;
    QTest::newRow("pg concurrently") << "concurrently" << DialectKind::PostgreSQL << true;
    QTest::newRow("pg system_user") << "system_user" << DialectKind::PostgreSQL << true;
    QTest::newRow("pg key not reserved") << "key" << DialectKind::PostgreSQL << false;
    QTest::newRow("pg status") << "status" << DialectKind::PostgreSQL << false;
    QTest::newRow("pg index not reserved") << "index" << DialectKind::PostgreSQL << false;
    QTest::newRow("sqlite temp") << "temp" << DialectKind::SQLite << true;
    QTest::newRow("sqlite index") << "index" << DialectKind::SQLite << true;
    QTest::newRow("sqlite user not kw") << "user" << DialectKind::SQLite << false;
    QTest::newRow("sqlite rowid not kw") << "rowid" << DialectKind::SQLite << false;
    QTest::newRow("mysql key") << "key" << DialectKind::MySQL << true;
    QTest::newRow("mysql rank") << "rank" << DialectKind::MySQL << true;
    QTest::newRow("mysql interval") << "Interval" << DialectKind::MySQL << true;
    QTest::newRow("mysql user not reserved") << "user" << DialectKind::MySQL << false;
    QTest::newRow("mysql status") << "status" << DialectKind::MySQL << false;
}

void TestIdentifierRules::reservedWords()
{
    QFETCH(QString, word);
    QFETCH(DialectKind, dialect);
    QFETCH(bool, reserved);
    QCOMPARE(isReservedWord(word, dialect), reserved);
}

void TestIdentifierRules::quoting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DialectKind>("dialect");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("pg plain") << "amount" << DialectKind::PostgreSQL << "\"amount\"";
    QTest::newRow("pg embedded quote") << "a\"b" << DialectKind::PostgreSQL << "\"a\"\"b\"";
    QTest::newRow("sqlite plain") << "note" << DialectKind::SQLite << "\"note\"";
    QTest::newRow("mysql plain") << "amount" << DialectKind::MySQL << "`amount`";
    QTest::newRow("mysql embedded backtick") << "a`b" << DialectKind::MySQL << "`a``b`";
}

void TestIdentifierRules::quoting()
{
    QFETCH(QString, name);
    QFETCH(DialectKind, dialect);
    QFETCH(QString, quoted);
    QCOMPARE(quoteIdentifier(name, dialect), quoted);
}

void TestIdentifierRules::review_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DialectKind>("dialect");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<bool>("reference");
    QTest::addColumn<QStringList>("rules"); // "rule:severity" in order
    QTest::addColumn<QString>("firstSuggestion");

    const QStringList orders = {"id", "amount", "status"};
    QTest::newRow("clean") << "amount_cents" << DialectKind::PostgreSQL << "bigint" << orders
                           << false << QStringList{} << "";
    QTest::newRow("empty") << "" << DialectKind::PostgreSQL << "" << QStringList{} << false
                           << QStringList{"invalid-identifier:error"} << "";
    QTest::newRow("leading digit")
        << "1st_amount" << DialectKind::PostgreSQL << "" << QStringList{} << false
        << QStringList{"invalid-identifier:error"} << "c_1st_amount";
    QTest::newRow("space") << "order total" << DialectKind::MySQL << "" << QStringList{} << false
                           << QStringList{"invalid-identifier:error"} << "order_total";
    QTest::newRow("too long pg") << QString(64, u'a') << DialectKind::PostgreSQL << ""
                                 << QStringList{} << false
                                 << QStringList{"identifier-too-long:error"} << QString(63, u'a');
    QTest::newRow("64 ok mysql") << QString(64, u'a') << DialectKind::MySQL << "" << QStringList{}
                                 << false << QStringList{} << "";
    QTest::newRow("long ok sqlite") << QString(300, u'a') << DialectKind::SQLite << ""
                                    << QStringList{} << false << QStringList{} << "";
    QTest::newRow("utf8 bytes count")
        << QString(32, QChar(0x00e9)) << DialectKind::PostgreSQL << "" << QStringList{} << false
        << QStringList{"invalid-identifier:error", "identifier-too-long:error"} << "";
    QTest::newRow("reserved pg") << "user" << DialectKind::PostgreSQL << "text" << QStringList{}
                                 << false << QStringList{"reserved-word-identifier:error"}
                                 << "user_value";
    QTest::newRow("reserved mysql")
        << "rank" << DialectKind::MySQL << "integer" << QStringList{} << false
        << QStringList{"reserved-word-identifier:error"} << "rank_value";
    QTest::newRow("camel case") << "shippedAt" << DialectKind::PostgreSQL << "" << QStringList{}
                                << false << QStringList{"not-snake-case:warning"} << "shipped_at";
    QTest::newRow("vague data") << "data" << DialectKind::PostgreSQL << "jsonb" << QStringList{}
                                << false << QStringList{"vague-column-name:warning"}
                                << "payload_json";
    // The suggestion fits the type: a bigint "data" is no JSON payload.
    QTest::newRow("vague data bigint")
        << "data" << DialectKind::PostgreSQL << "bigint" << QStringList{} << false
        << QStringList{"vague-column-name:warning"} << "a name saying what it holds";
    QTest::newRow("vague data text")
        << "data" << DialectKind::SQLite << "TEXT" << QStringList{} << false
        << QStringList{"vague-column-name:warning"} << "payload";
    QTest::newRow("vague value numeric")
        << "value" << DialectKind::PostgreSQL << "numeric(12,2)" << QStringList{} << false
        << QStringList{"vague-column-name:warning"} << "amount";
    QTest::newRow("vague new_") << "new_status" << DialectKind::PostgreSQL << "text"
                                << QStringList{} << false
                                << QStringList{"vague-column-name:warning"} << "status";
    QTest::newRow("vague col3") << "col3" << DialectKind::SQLite << "" << QStringList{} << false
                                << QStringList{"vague-column-name:warning"}
                                << "a name saying what it holds";
    QTest::newRow("column not vague")
        << "colour" << DialectKind::SQLite << "" << QStringList{} << false << QStringList{} << "";
    QTest::newRow("sqlite temp reserved+vague")
        << "temp" << DialectKind::SQLite << "" << QStringList{} << false
        << QStringList{"reserved-word-identifier:error", "vague-column-name:warning"}
        << "temp_value";
    QTest::newRow("timestamp") << "shipped_time" << DialectKind::PostgreSQL << "timestamptz"
                               << QStringList{} << false << QStringList{"naming-convention:info"}
                               << "shipped_at";
    QTest::newRow("timestamp ok") << "shipped_at" << DialectKind::PostgreSQL
                                  << "timestamp with time zone" << QStringList{} << false
                                  << QStringList{} << "";
    QTest::newRow("boolean") << "gift" << DialectKind::PostgreSQL << "boolean" << QStringList{}
                             << false << QStringList{"naming-convention:info"} << "is_gift";
    QTest::newRow("boolean ok") << "has_invoice" << DialectKind::PostgreSQL << "boolean"
                                << QStringList{} << false << QStringList{} << "";
    QTest::newRow("counter") << "num_retries" << DialectKind::PostgreSQL << "bigint"
                             << QStringList{} << false << QStringList{"naming-convention:info"}
                             << "retries_count";
    QTest::newRow("reference") << "warehouse" << DialectKind::PostgreSQL << "bigint"
                               << QStringList{} << true << QStringList{"naming-convention:warning"}
                               << "warehouse_id";
    QTest::newRow("reference ok") << "warehouse_id" << DialectKind::PostgreSQL << "bigint"
                                  << QStringList{} << true << QStringList{} << "";
    QTest::newRow("exists exact") << "amount" << DialectKind::PostgreSQL << "" << orders << false
                                  << QStringList{"column-exists:error"} << "";
    QTest::newRow("exists case pg")
        << "Amount" << DialectKind::PostgreSQL << "" << orders << false
        << QStringList{"column-exists:error", "not-snake-case:warning"} << "";
    QTest::newRow("exists case mysql")
        << "STATUS" << DialectKind::MySQL << "" << orders << false
        << QStringList{"column-exists:error", "not-snake-case:warning"} << "";
}

void TestIdentifierRules::review()
{
    QFETCH(QString, name);
    QFETCH(DialectKind, dialect);
    QFETCH(QString, type);
    QFETCH(QStringList, existing);
    QFETCH(bool, reference);
    QFETCH(QStringList, rules);
    QFETCH(QString, firstSuggestion);

    const QList<NameIssue> issues = reviewColumnName(name, dialect, type, existing, reference);
    QStringList got;
    for (const NameIssue &issue : issues) {
        got << issue.rule + u':' + issue.severity;
        QVERIFY2(!issue.message.isEmpty() && !issue.message.contains(u'\n'),
                 qPrintable(issue.message));
    }
    QCOMPARE(got, rules);
    if (!firstSuggestion.isEmpty())
        QCOMPARE(issues.first().suggestion, firstSuggestion);
}

void TestIdentifierRules::maxBytes()
{
    QCOMPARE(maxIdentifierBytes(DialectKind::PostgreSQL), 63);
    QCOMPARE(maxIdentifierBytes(DialectKind::MySQL), 64);
    QCOMPARE(maxIdentifierBytes(DialectKind::SQLite), 0);
}

void TestIdentifierRules::snakeCase_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("camel") << "orderTotal"
                           << "order_total";
    QTest::newRow("pascal") << "OrderTotal"
                            << "order_total";
    QTest::newRow("acronym") << "HTTPStatus"
                             << "http_status";
    QTest::newRow("dash") << "order-total"
                          << "order_total";
    QTest::newRow("spaces") << "order  total "
                            << "order_total";
}

void TestIdentifierRules::snakeCase()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(toSnakeCase(in), out);
}

QTEST_APPLESS_MAIN(TestIdentifierRules)
#include "tst_identifierrules.moc"
