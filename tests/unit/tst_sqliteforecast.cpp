// The SQLite forecast, read from a compiled SQLite script (no server, no parser): every write
// takes the one database write lock, the table rebuild copies every row under it and is a
// finding on the copy's line, the index build is a note, reads take no lock, and the summary
// says what the application sees.

#include "items/forecastmodel.h"
#include "review/sqliteforecaster.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QTest>

namespace {

// The demo's orders table as the catalog and sqlite_schema describe it.
struct DemoOrders
{
    Catalog catalog;
    QList<SqliteSchemaObject> schema;

    DemoOrders()
    {
        catalog.dialect = DialectKind::SQLite;
        catalog.serverVersion = QStringLiteral("3.40.1");
        catalog.serverVersionNumber = 3040001;
        catalog.database = QStringLiteral("/tmp/demo.sqlite");
        catalog.schemas = {QStringLiteral("main")};
        catalog.typeNames = {QStringLiteral("INTEGER"), QStringLiteral("REAL"),
                             QStringLiteral("TEXT"), QStringLiteral("BLOB"),
                             QStringLiteral("NUMERIC")};
        TableInfo orders;
        orders.schema = QStringLiteral("main");
        orders.name = QStringLiteral("orders");
        orders.rowEstimate = 200000;
        orders.primaryKey = {QStringLiteral("id")};
        for (const auto &[name, type] : {std::pair{"id", "INTEGER"}, {"amount", "NUMERIC"}}) {
            ColumnInfo column;
            column.name = QString::fromLatin1(name);
            column.type = QString::fromLatin1(type);
            orders.columns << column;
        }
        catalog.tables << orders;
        schema << SqliteSchemaObject{
            QStringLiteral("table"), QStringLiteral("orders"), QStringLiteral("orders"),
            QStringLiteral(
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, amount NUMERIC NOT NULL)")};
        // An index the rebuild recreates: part of the rebuild, not an index build of its own.
        schema << SqliteSchemaObject{
            QStringLiteral("index"), QStringLiteral("orders_amount_idx"), QStringLiteral("orders"),
            QStringLiteral("CREATE INDEX orders_amount_idx ON orders (amount)")};
    }
};

Script compileCents(bool withIndex)
{
    static const DemoOrders demo;
    Plan plan;
    plan.dialect = DialectKind::SQLite;
    plan.table = QStringLiteral("orders");
    plan.column.name = QStringLiteral("amount_cents");
    plan.column.type = QStringLiteral("INTEGER");
    plan.column.nullable = false;
    plan.column.defaultExpr = QStringLiteral("0");
    plan.column.backfill = QStringLiteral("CAST(round(amount * 100) AS INTEGER)");
    if (withIndex)
        plan.column.index = IndexSpec{QStringLiteral("btree"), false};
    CompileOptions options;
    options.catalog = &demo.catalog;
    options.sqliteSchema = demo.schema;
    return Compiler::compile(plan, options);
}

} // namespace

class TestSqliteForecast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStatementHasARow();
    void rebuildIsAFindingOnTheCopy();
    void modelShowsSqliteWords();
};

void TestSqliteForecast::everyStatementHasARow()
{
    const Script script = compileCents(true);
    int executed = 0;
    for (const Phase &phase : script.phases)
        for (const Statement &statement : phase.statements)
            executed += statement.kind != Statement::Comment;
    QVERIFY(executed > 10); // add, backfill, the rebuild, the index, the checks
    QVERIFY(ScriptRenderer::render(script).contains(
        QStringLiteral("CREATE INDEX orders_amount_idx ON orders (amount)")));

    const SqliteForecast forecast = SqliteForecaster::forecast(script, 200000);
    QCOMPARE(forecast.statements.size(), executed);
    bool sawBegin = false, sawCheck = false;
    for (const StatementImpact &row : forecast.statements) {
        QVERIFY(!row.phase.isEmpty());
        if (row.sql.startsWith(QStringLiteral("BEGIN IMMEDIATE"))) {
            sawBegin = true;
            QCOMPARE(row.forecast.lockName, QStringLiteral("database write lock"));
            QVERIFY(row.forecast.blocksWrites());
            QVERIFY(!row.forecast.blocksReads());
        }
        if (row.sql.startsWith(QStringLiteral("SELECT count(*) FROM \"orders\""))) {
            sawCheck = true;
            QVERIFY(row.forecast.lockName.isEmpty());
            QCOMPARE(row.forecast.strongestLock(), LockMode::None);
        }
        if (row.sql.startsWith(QStringLiteral("ALTER TABLE \"orders\" ADD COLUMN"))) {
            QVERIFY(!row.forecast.rewritesTable);
            QCOMPARE(row.forecast.duration, DurationClass::Instant);
        }
    }
    QVERIFY(sawBegin);
    QVERIFY(sawCheck);
    QVERIFY(forecast.summary.contains(QStringLiteral("whole database")));
    QVERIFY(forecast.summary.contains(QStringLiteral("rebuilds \"orders\"")));
    QVERIFY(forecast.summary.contains(QStringLiteral("BEGIN IMMEDIATE")));
}

void TestSqliteForecast::rebuildIsAFindingOnTheCopy()
{
    const Script script = compileCents(true);
    const SqliteForecast forecast = SqliteForecaster::forecast(script, 200000);
    const QStringList lines = ScriptRenderer::render(script).split(u'\n');
    QStringList rules;
    for (const Finding &finding : forecast.findings) {
        rules << finding.rule;
        QVERIFY2(finding.line > 0 && finding.line <= lines.size(), qPrintable(finding.rule));
        const QString line = lines.at(finding.line - 1);
        if (finding.rule == u"sqlite-table-rebuild") {
            QCOMPARE(finding.severity, Severity::Warning);
            QVERIFY2(line.startsWith(QStringLiteral("INSERT INTO \"cp_new_orders\"")),
                     qPrintable(line));
            QVERIFY(finding.message.contains(QStringLiteral("200")));
        } else {
            QCOMPARE(finding.rule, QStringLiteral("sqlite-index-build"));
            QVERIFY2(line.startsWith(
                         QStringLiteral("CREATE INDEX IF NOT EXISTS \"orders_amount_cents_idx\"")),
                     qPrintable(line));
        }
    }
    QCOMPARE(rules, QStringList({QStringLiteral("sqlite-table-rebuild"),
                                 QStringLiteral("sqlite-index-build")}));

    // Within ADD COLUMN's limits there is no rebuild, and no finding says there is.
    Script simple = script;
    simple.phases[2].statements.clear(); // enforce: no rebuild, no index
    QVERIFY(SqliteForecaster::forecast(simple).findings.isEmpty());
    QVERIFY(!SqliteForecaster::forecast(simple).summary.contains(QStringLiteral("rebuilds")));
}

void TestSqliteForecast::modelShowsSqliteWords()
{
    const SqliteForecast forecast = SqliteForecaster::forecast(compileCents(false), 200000);
    ForecastModel model;
    model.setStatements(forecast.statements, false);
    QCOMPARE(model.rowCount(), forecast.statements.size());
    bool copyShown = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString sql = model.index(row, ForecastModel::StatementColumn).data().toString();
        const QString lock = model.index(row, ForecastModel::LockColumn).data().toString();
        QVERIFY2(lock == u"database write lock" || lock == u"none", qPrintable(lock));
        if (sql.startsWith(QStringLiteral("INSERT INTO"))) {
            copyShown = true;
            QCOMPARE(model.index(row, ForecastModel::RewriteColumn).data().toString(),
                     QStringLiteral("yes"));
            QCOMPARE(model.index(row, ForecastModel::BlocksColumn).data().toString(),
                     QStringLiteral("writes to every table of the database"));
            // Static: the duration class, not a server's estimate.
            QCOMPARE(model.index(row, ForecastModel::EstimateColumn).data().toString(),
                     QStringLiteral("table"));
        }
    }
    QVERIFY(copyShown);
}

QTEST_GUILESS_MAIN(TestSqliteForecast)
#include "tst_sqliteforecast.moc"
