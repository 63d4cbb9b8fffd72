// Catalog mapping: JSON round trip, text formatting, and the SQLite CHECK clause scanner.

#include "base/catalogjson.h"
#include "db/sqlitecatalogreader.h"

#include <QJsonDocument>
#include <QTest>

class TestCatalogJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void unknownValuesAreNull();
    void formatting_data();
    void formatting();
    void checkClauses_data();
    void checkClauses();
};

static Catalog sampleCatalog()
{
    Catalog catalog;
    catalog.dialect = DialectKind::PostgreSQL;
    catalog.serverVersion = QStringLiteral("15.4");
    catalog.serverVersionNumber = 150004;
    catalog.database = QStringLiteral("shop");
    catalog.user = QStringLiteral("alice");
    catalog.schemas = {QStringLiteral("public")};
    TableInfo table;
    table.schema = QStringLiteral("public");
    table.name = QStringLiteral("orders");
    table.rowEstimate = 1234;
    table.rowEstimateSource = QStringLiteral("reltuples");
    table.totalBytes = 81920;
    table.tableBytes = 40960;
    table.primaryKey = {QStringLiteral("id")};
    table.columns << ColumnInfo{QStringLiteral("id"),
                                QStringLiteral("bigint"),
                                false,
                                {},
                                QStringLiteral("always"),
                                {},
                                1,
                                {}}
                  << ColumnInfo{QStringLiteral("amount"),
                                QStringLiteral("numeric(12,2)"),
                                true,
                                QStringLiteral("0"),
                                {},
                                {},
                                2,
                                QStringLiteral("in euros")};
    IndexInfo index;
    index.name = QStringLiteral("orders_pkey");
    index.definition =
        QStringLiteral("CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id)");
    index.method = QStringLiteral("btree");
    index.columns = {QStringLiteral("id")};
    index.unique = index.primary = true;
    index.sizeBytes = 16384;
    table.indexes << index;
    table.constraints << ConstraintInfo{
        QStringLiteral("orders_customer_fk"),
        QStringLiteral("foreign_key"),
        QStringLiteral("FOREIGN KEY (customer_id) REFERENCES customers(id) NOT VALID"),
        {QStringLiteral("customer_id")},
        false,
        QStringLiteral("public.customers"),
        {QStringLiteral("id")}};
    table.triggers << TriggerInfo{QStringLiteral("t"), QStringLiteral("CREATE TRIGGER t ..."),
                                  false};
    table.dependentViews << DependentView{QStringLiteral("public"), QStringLiteral("v"), true};
    catalog.tables << table;
    return catalog;
}

void TestCatalogJson::roundTrip()
{
    const Catalog catalog = sampleCatalog();
    const QJsonObject json = catalogToJson(catalog);
    const Catalog back =
        catalogFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QCOMPARE(catalogToJson(back), json);
    QCOMPARE(back.tables.first().constraints.first().validated, false);
    QCOMPARE(back.tables.first().dependentViews.first().materialized, true);
    QCOMPARE(back.findTable(QStringLiteral("orders"))->qualifiedName(),
             QStringLiteral("public.orders"));
    QCOMPARE(
        back.findTable(QStringLiteral("public.orders"))->column(QStringLiteral("amount"))->comment,
        QStringLiteral("in euros"));
    QVERIFY(!back.findTable(QStringLiteral("other.orders")));
}

void TestCatalogJson::unknownValuesAreNull()
{
    TableInfo table;
    table.schema = QStringLiteral("main");
    table.name = QStringLiteral("t");
    const QJsonObject json = tableToJson(table);
    QVERIFY(json.value(QStringLiteral("row_estimate")).isNull());
    QVERIFY(json.value(QStringLiteral("total_bytes")).isNull());
}

void TestCatalogJson::formatting_data()
{
    QTest::addColumn<double>("rows");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << -1.0 << "unknown";
    QTest::newRow("small") << 950.0 << "950";
    QTest::newRow("thousands") << 200000.0 << "200 k";
    QTest::newRow("millions") << 12500000.0 << "12.5 M";
    QTest::newRow("billions") << 3.2e9 << "3.2 G";
}

void TestCatalogJson::formatting()
{
    QFETCH(double, rows);
    QFETCH(QString, expected);
    QCOMPARE(formatRowEstimate(rows), expected);
    QCOMPARE(formatBytes(-1), QStringLiteral("unknown"));
    QCOMPARE(formatBytes(1500000), QStringLiteral("1.5 MB"));
}

void TestCatalogJson::checkClauses_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("column and table")
        << "CREATE TABLE t (a INT CHECK (a > 0), b TEXT, CHECK (a < 10 AND (b IS NULL OR b <> '')))"
        << QStringList{QStringLiteral("CHECK (a > 0)"),
                       QStringLiteral("CHECK (a < 10 AND (b IS NULL OR b <> ''))")};
    QTest::newRow("keyword in string")
        << "CREATE TABLE t (a TEXT DEFAULT 'check (x)' CHECK (a <> ')'))"
        << QStringList{QStringLiteral("CHECK (a <> ')')")};
    QTest::newRow("quoted column named check")
        << "CREATE TABLE t (\"check\" INT, checked INT CHECK(checked IN (0, 1)))"
        << QStringList{QStringLiteral("CHECK (checked IN (0, 1))")};
    QTest::newRow("comment")
        << "CREATE TABLE t (a INT -- check (a) is not here\n, b INT /* CHECK (b) */ CHECK (b > a))"
        << QStringList{QStringLiteral("CHECK (b > a)")};
    QTest::newRow("none") << "CREATE TABLE t (checksum TEXT)" << QStringList{};
}

void TestCatalogJson::checkClauses()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(sqliteCheckClauses(sql), expected);
}

QTEST_GUILESS_MAIN(TestCatalogJson)
#include "tst_catalogjson.moc"
