// The tokenizer's reading of a user expression: where it names a column (so the designer can
// write a renamed column's new name there), bare or quoted as each dialect folds names, and not
// a function, a type or a string of the same spelling.

#include "base/identifierrules.h"
#include "base/sqltokenizer.h"

#include <QTest>

Q_DECLARE_METATYPE(DialectKind)

class TestSqlTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnReferences_data();
    void columnReferences();
    void columnReference_data();
    void columnReference();
};

void TestSqlTokenizer::columnReferences_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("column");
    QTest::addColumn<DialectKind>("dialect");
    QTest::addColumn<QList<int>>("offsets");
    const auto pg = DialectKind::PostgreSQL;
    QTest::newRow("bare") << "amount_cents >= 0"
                          << "amount_cents" << pg << QList<int>{0};
    QTest::newRow("twice") << "amount_cents >= 0 AND amount_cents < 100"
                           << "amount_cents" << pg << QList<int>{0, 22};
    QTest::newRow("another column kept") << "amount_cents <= amount * 100"
                                         << "amount" << pg << QList<int>{16};
    QTest::newRow("pg folds bare names") << "Amount > 0"
                                         << "amount" << pg << QList<int>{0};
    QTest::newRow("pg quoted keeps case") << "\"Amount\" > 0"
                                          << "amount" << pg << QList<int>{};
    QTest::newRow("pg quoted") << "\"Cents\" >= 0"
                               << "Cents" << pg << QList<int>{0};
    QTest::newRow("qualified") << "orders.cents >= 0"
                               << "cents" << pg << QList<int>{7};
    QTest::newRow("not a function") << "round(round) > 0"
                                    << "round" << pg << QList<int>{6};
    QTest::newRow("not a cast's type") << "(x::state) = 'state'"
                                       << "state" << pg << QList<int>{};
    QTest::newRow("not in a string") << "note <> 'note'"
                                     << "note" << pg << QList<int>{0};
    QTest::newRow("sqlite any case") << "CENTS IS NULL OR json_valid(cents)"
                                     << "cents" << DialectKind::SQLite << QList<int>{0, 28};
    QTest::newRow("sqlite brackets") << "[cents] >= 0"
                                     << "cents" << DialectKind::SQLite << QList<int>{0};
    QTest::newRow("mysql backticks") << "`cents` >= 0"
                                     << "Cents" << DialectKind::MySQL << QList<int>{0};
    QTest::newRow("no name") << "cents >= 0"
                             << "" << pg << QList<int>{};
}

void TestSqlTokenizer::columnReferences()
{
    QFETCH(QString, expression);
    QFETCH(QString, column);
    QFETCH(DialectKind, dialect);
    QFETCH(QList<int>, offsets);
    QList<int> found;
    for (const SqlLexToken &token : SqlTokenizer::columnReferences(expression, column, dialect)) {
        QCOMPARE(expression.mid(token.offset, token.text.size()), token.text);
        found << token.offset;
    }
    QCOMPARE(found, offsets);
}

void TestSqlTokenizer::columnReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DialectKind>("dialect");
    QTest::addColumn<QString>("reference");
    QTest::newRow("plain") << "amount_cents" << DialectKind::PostgreSQL << "amount_cents";
    QTest::newRow("upper case") << "Cents" << DialectKind::PostgreSQL << "\"Cents\"";
    QTest::newRow("reserved") << "order" << DialectKind::PostgreSQL << "\"order\"";
    QTest::newRow("mysql") << "order" << DialectKind::MySQL << "`order`";
    QTest::newRow("space") << "the cents" << DialectKind::SQLite << "\"the cents\"";
}

void TestSqlTokenizer::columnReference()
{
    QFETCH(QString, name);
    QFETCH(DialectKind, dialect);
    QFETCH(QString, reference);
    QCOMPARE(::columnReference(name, dialect), reference);
}

QTEST_APPLESS_MAIN(TestSqlTokenizer)
#include "tst_sqltokenizer.moc"
