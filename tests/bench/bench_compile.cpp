// Compile speed: a plan to SQL text (Plan -> Script -> rendered text, as the designer does on
// every keystroke) many times for each dialect, with a 200-column catalog and the SQLite
// schema for the table rebuild; prints the median and p99 per compile.
// Usage: bench_compile [--runs N]

#include "plan/planfile.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

namespace {

// A wide table as the catalog reports it: the compiler looks up the table, its columns and
// key, and (SQLite) rebuilds its CREATE TABLE text.
Catalog wideCatalog(DialectKind dialect, QList<SqliteSchemaObject> *schema)
{
    Catalog catalog;
    catalog.dialect = dialect;
    catalog.serverVersionNumber = dialect == DialectKind::PostgreSQL ? 150004 : 3045001;
    catalog.database = QStringLiteral("bench");
    catalog.typeNames = {QStringLiteral("bigint"),
                         QStringLiteral("text"),
                         QStringLiteral("integer"),
                         QStringLiteral("numeric"),
                         QStringLiteral("timestamp with time zone"),
                         QStringLiteral("boolean"),
                         QStringLiteral("jsonb")};
    TableInfo table;
    table.schema =
        dialect == DialectKind::SQLite ? QStringLiteral("main") : QStringLiteral("public");
    table.name = QStringLiteral("orders");
    table.primaryKey = {QStringLiteral("id")};
    QString create = QStringLiteral("CREATE TABLE orders (\n    id INTEGER PRIMARY KEY");
    for (int i = 0; i < 200; ++i) {
        ColumnInfo column;
        column.name = i == 0 ? QStringLiteral("id") : QStringLiteral("c%1").arg(i);
        column.type = i == 0 ? QStringLiteral("bigint") : QStringLiteral("text");
        column.nullable = i != 0;
        column.position = i + 1;
        table.columns << column;
        if (i > 0)
            create += QStringLiteral(",\n    c%1 TEXT CHECK (length(c%1) < 100)").arg(i);
    }
    table.columns << ColumnInfo{};
    table.columns.last().name = QStringLiteral("amount");
    table.columns.last().type = QStringLiteral("numeric");
    create += QStringLiteral(",\n    amount NUMERIC NOT NULL\n)");
    catalog.tables << table;
    TableInfo customers;
    customers.schema = table.schema;
    customers.name = QStringLiteral("customers");
    customers.columns << ColumnInfo{};
    customers.columns.last().name = QStringLiteral("id");
    catalog.tables << customers;
    if (schema) {
        *schema << SqliteSchemaObject{QStringLiteral("table"), QStringLiteral("orders"),
                                      QStringLiteral("orders"), create};
        for (int i = 1; i < 20; ++i)
            *schema << SqliteSchemaObject{
                QStringLiteral("index"), QStringLiteral("orders_c%1_idx").arg(i),
                QStringLiteral("orders"),
                QStringLiteral("CREATE INDEX orders_c%1_idx ON orders (c%1)").arg(i)};
    }
    return catalog;
}

Plan plan()
{
    Plan plan;
    plan.title = QStringLiteral("Store order amounts in cents");
    plan.schema = QStringLiteral("public");
    plan.table = QStringLiteral("orders");
    plan.column.name = QStringLiteral("amount_cents");
    plan.column.type = QStringLiteral("bigint");
    plan.column.nullable = false;
    plan.column.defaultExpr = QStringLiteral("0");
    plan.column.backfill = QStringLiteral("round(amount * 100)");
    plan.column.check = QStringLiteral("amount_cents >= 0");
    plan.column.references = ReferenceSpec{QStringLiteral("customers"), QStringLiteral("id"),
                                           QStringLiteral("restrict")};
    plan.column.index = IndexSpec{};
    plan.column.comment = QStringLiteral("Order amount in cents");
    plan.checks << CheckSpec{QStringLiteral("no negative amounts"),
                             QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents < 0"),
                             QStringLiteral("0")};
    return plan;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Compiles per case (default 2000)."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addHelpOption();
    parser.process(app);
    const int runs = qMax(10, parser.value(QStringLiteral("runs")).toInt());

    struct Case
    {
        const char *name;
        DialectKind dialect;
        bool mariadb;
        const char *version;
        bool connected;
    };
    const Case cases[] = {
        {"postgresql 15, offline", DialectKind::PostgreSQL, false, "15", false},
        {"postgresql 15, 200-column catalog", DialectKind::PostgreSQL, false, "", true},
        {"postgresql 10, offline", DialectKind::PostgreSQL, false, "10", false},
        {"sqlite, catalog + rebuild of a 200-column table", DialectKind::SQLite, false, "", true},
        {"mysql 8.0.35, offline", DialectKind::MySQL, false, "8.0.35", false},
        {"mariadb 10.6, offline", DialectKind::MySQL, true, "10.6", false},
    };
    std::printf("%-50s %10s %10s %10s %8s\n", "case", "median ms", "p99 ms", "max ms", "bytes");
    double worstMedian = 0;
    for (const Case &c : cases) {
        QList<SqliteSchemaObject> schema;
        const Catalog catalog =
            wideCatalog(c.dialect, c.dialect == DialectKind::SQLite ? &schema : nullptr);
        Plan p = plan();
        p.dialect = c.dialect;
        p.mariadb = c.mariadb;
        p.serverVersion = QString::fromLatin1(c.version);
        CompileOptions options;
        if (c.connected) {
            options.catalog = &catalog;
            options.sqliteSchema = schema;
        }
        if (c.dialect == DialectKind::SQLite)
            p.column.type = QStringLiteral("INTEGER");
        QList<double> times;
        times.reserve(runs);
        qsizetype bytes = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Script script = Compiler::compile(p, options);
            const QString text = ScriptRenderer::render(script);
            times << timer.nsecsElapsed() / 1e6;
            bytes = text.toUtf8().size();
        }
        std::sort(times.begin(), times.end());
        const double median = times.at(times.size() / 2);
        const double p99 = times.at(qMin(times.size() - 1, qsizetype(times.size() * 0.99)));
        worstMedian = std::max(worstMedian, median);
        std::printf("%-50s %10.3f %10.3f %10.3f %8lld\n", c.name, median, p99, times.last(),
                    static_cast<long long>(bytes));
    }
    std::printf("worst median %.3f ms (goal: well under 5 ms)\n", worstMedian);
    return worstMedian < 5.0 ? 0 : 1;
}
