// Every generated PostgreSQL script is executed on a real server: each phase on a populated
// table (with concurrent inserts during the backfill), the final catalog is checked, and each
// phase's rollback restores the catalog exactly.

#include "base/catalogjson.h"
#include "base/sqltokenizer.h"
#include "db/dberror.h"
#include "db/session.h"
#include "plan/planfile.h"
#include "review/expressionchecker.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <atomic>

namespace {

// Keys that move with the data, not with the schema.
QJsonValue stripVolatile(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out << stripVolatile(item);
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        static const QStringList drop = {"rowEstimate",         "row_estimate", "rowEstimateSource",
                                         "row_estimate_source", "totalBytes",   "total_bytes",
                                         "tableBytes",          "table_bytes",  "sizeBytes",
                                         "size_bytes",          "size_source"};
        if (!drop.contains(it.key()))
            out.insert(it.key(), stripVolatile(it.value()));
    }
    return out;
}

QByteArray schemaOf(Session &session)
{
    const Catalog catalog = session.catalog(CatalogFilter{QStringLiteral("public"), {}});
    return QJsonDocument(stripVolatile(catalogToJson(catalog)).toObject())
        .toJson(QJsonDocument::Compact);
}

void runStatements(Session &session, const QList<Statement> &statements)
{
    for (const Statement &statement : statements) {
        if (statement.kind == Statement::Comment)
            continue;
        if (statement.kind == Statement::BatchRepeat) {
            int guard = 0;
            try {
                while (session.execute(statement.sql).affectedRows > 0)
                    QVERIFY2(++guard < 10000, "batch never reached 0 rows");
            } catch (const DbError &error) {
                QFAIL(qPrintable(error.message()));
            }
            continue;
        }
        QueryResult result;
        try {
            result = session.execute(statement.sql);
        } catch (const DbError &error) {
            QFAIL(qPrintable(error.message()));
        }
        if (statement.kind == Statement::Check)
            QVERIFY2(result.value(0, 0).toString() == statement.expect,
                     qPrintable(QStringLiteral("%1: got %2, expected %3")
                                    .arg(statement.purpose, result.value(0, 0).toString(),
                                         statement.expect)));
    }
}

// Inserts rows through its own session until stopped: the application writing while we work.
class Inserter : public QThread
{
public:
    explicit Inserter(const QString &uri) : m_uri(uri) {}
    std::atomic<bool> stop{false};
    std::atomic<int> inserted{0};
    QString error;

protected:
    void run() override
    {
        try {
            auto session = Session::create(ConnectionUri::parse(m_uri));
            session->open();
            while (!stop) {
                session->execute(QStringLiteral("INSERT INTO orders (customer_id, amount, status) "
                                                "VALUES (1 + (random() * 99)::int, 12.5, 'paid')"));
                ++inserted;
            }
        } catch (const DbError &e) {
            error = e.message();
        }
    }

private:
    QString m_uri;
};

Plan basePlan()
{
    Plan plan;
    plan.dialect = DialectKind::PostgreSQL;
    plan.schema = QStringLiteral("public");
    plan.table = QStringLiteral("orders");
    plan.backfill.maxBatchRows = 700;
    return plan;
}

} // namespace

Q_DECLARE_METATYPE(Plan)

class TestCompilePostgres : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void executesEveryPhase_data();
    void executesEveryPhase();
    void runsSamplePlans_data();
    void runsSamplePlans();
    void refusesBadExpressionsOnServer();
};

void TestCompilePostgres::executesEveryPhase_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<bool>("concurrent");
    QTest::addColumn<QString>("expectedType");
    QTest::addColumn<QString>(
        "version"); // the script is written for this version (empty: the server's)

    Plan cents = basePlan();
    cents.column = {QStringLiteral("amount_cents"),
                    QStringLiteral("bigint"),
                    false,
                    QStringLiteral("0"),
                    QStringLiteral("(amount * 100)::bigint"),
                    QStringLiteral("amount_cents >= 0"),
                    {},
                    std::nullopt,
                    IndexSpec{},
                    QStringLiteral("Order amount in cents")};
    QTest::newRow("cents: default+backfill+check+index+not null, concurrent inserts")
        << cents << true << "bigint" << QString();

    Plan counter = basePlan();
    counter.column = {QStringLiteral("retry_count"),
                      QStringLiteral("bigint"),
                      false,
                      QStringLiteral("0"),
                      std::nullopt,
                      std::nullopt,
                      {},
                      std::nullopt,
                      std::nullopt,
                      {}};
    QTest::newRow("counter: fast default NOT NULL") << counter << false << "bigint" << QString();

    Plan state = basePlan();
    state.column = {QStringLiteral("fulfillment_state"),
                    QStringLiteral("fulfillment_state"),
                    false,
                    QStringLiteral("'new'"),
                    QStringLiteral("CASE WHEN status = 'paid' THEN 'packed' ELSE 'new' END"),
                    std::nullopt,
                    {QStringLiteral("new"), QStringLiteral("packed"), QStringLiteral("shipped")},
                    std::nullopt,
                    std::nullopt,
                    {}};
    QTest::newRow("state: enum type, backfill")
        << state << false << "fulfillment_state" << QString();

    Plan document = basePlan();
    document.column = {QStringLiteral("attributes"),
                       QStringLiteral("jsonb"),
                       true,
                       std::nullopt,
                       std::nullopt,
                       std::nullopt,
                       {},
                       std::nullopt,
                       IndexSpec{QStringLiteral("gin"), false},
                       {}};
    QTest::newRow("document: nullable jsonb + gin") << document << false << "jsonb" << QString();

    Plan stamp = basePlan();
    stamp.column = {QStringLiteral("paid_at"),
                    QStringLiteral("timestamptz"),
                    true,
                    QStringLiteral("now()"),
                    std::nullopt,
                    std::nullopt,
                    {},
                    std::nullopt,
                    std::nullopt,
                    {}};
    QTest::newRow("timestamp: stable default")
        << stamp << false << "timestamp with time zone" << QString();

    Plan volatileDefault = basePlan();
    volatileDefault.column = {QStringLiteral("public_id"),
                              QStringLiteral("uuid"),
                              false,
                              QStringLiteral("gen_random_uuid()"),
                              std::nullopt,
                              std::nullopt,
                              {},
                              std::nullopt,
                              IndexSpec{QStringLiteral("btree"), true},
                              {}};
    QTest::newRow("volatile default, unique, concurrent")
        << volatileDefault << true << "uuid" << QString();

    Plan flag = basePlan();
    flag.column = {QStringLiteral("is_gift"),
                   QStringLiteral("boolean"),
                   false,
                   QStringLiteral("false"),
                   std::nullopt,
                   std::nullopt,
                   {},
                   std::nullopt,
                   std::nullopt,
                   {}};
    QTest::newRow("flag") << flag << false << "boolean" << QString();

    Plan reference = basePlan();
    reference.column = {QStringLiteral("referrer_id"),
                        QStringLiteral("bigint"),
                        true,
                        std::nullopt,
                        QStringLiteral("CASE WHEN id % 3 = 0 THEN customer_id END"),
                        std::nullopt,
                        {},
                        ReferenceSpec{QStringLiteral("public.customers"), QStringLiteral("id"),
                                      QStringLiteral("set null")},
                        IndexSpec{},
                        {}};
    QTest::newRow("reference: FK + index + partial backfill")
        << reference << false << "bigint" << QString();

    // Scripts written for older servers are valid on this one too: run them, so their text is
    // executed at least once (PostgreSQL 10: batches repeated by the runner, default set apart;
    // 11: DO block with COMMIT, SET NOT NULL scanning; 12: NOT NULL proven by the CHECK).
    for (const char *old : {"10", "11", "12"}) {
        QTest::addRow("cents written for PostgreSQL %s", old)
            << cents << false << "bigint" << QString::fromLatin1(old);
        QTest::addRow("state written for PostgreSQL %s", old)
            << state << false << "fulfillment_state" << QString::fromLatin1(old);
        QTest::addRow("counter written for PostgreSQL %s", old)
            << counter << false << "bigint" << QString::fromLatin1(old);
    }

    Plan money = basePlan();
    money.column = {QStringLiteral("tax_amount"),
                    QStringLiteral("numeric(12,2)"),
                    false,
                    std::nullopt,
                    QStringLiteral("round(amount * 0.2, 2)"),
                    QStringLiteral("tax_amount >= 0"),
                    {},
                    std::nullopt,
                    std::nullopt,
                    QStringLiteral("VAT")};
    QTest::newRow("money: backfill only, NOT NULL, check")
        << money << false << "numeric(12,2)" << QString();
}

void TestCompilePostgres::executesEveryPhase()
{
    REQUIRE_POSTGRES(serverUri);
    QFETCH(Plan, plan);
    QFETCH(bool, concurrent);
    QFETCH(QString, expectedType);
    QFETCH(QString, version);

    const QString uri =
        testsupport::createScratchDatabase(QStringLiteral("cp_compiler2_pg_matrix"));
    testsupport::execute(
        uri,
        QStringLiteral(
            "CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);"
            "INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 100) g;"
            "CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES "
            "customers (id),"
            " amount numeric(12,2) NOT NULL, status text NOT NULL DEFAULT 'pending');"
            "INSERT INTO orders (customer_id, amount, status) SELECT 1 + g % 100, (g % 500) / 4.0,"
            " CASE WHEN g % 2 = 0 THEN 'paid' ELSE 'pending' END FROM generate_series(1, 5000) "
            "g;"));
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();

    Catalog catalog = session->catalog();
    CompileOptions options;
    options.catalog = &catalog;
    options.serverVersion = version;
    ExpressionChecker checker(*session);
    const CompileContext ctx = Compiler::prepare(plan, options);
    const QStringList problems = checker.checkPlan(ctx);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    if (plan.column.defaultExpr)
        options.functionVolatility = checker.volatility(
            SqlTokenizer::calledFunctions(*plan.column.defaultExpr, DialectKind::PostgreSQL));
    const Script script = Compiler::compile(plan, options);
    QCOMPARE(script.phases.size(), 4);

    QList<QByteArray> before; // the catalog before each phase
    for (const Phase &phase : script.phases) {
        before << schemaOf(*session);
        Inserter inserter(uri);
        if (concurrent && phase.name == u"backfill")
            inserter.start();
        runStatements(*session, phase.statements);
        if (QTest::currentTestFailed())
            return;
        inserter.stop = true;
        inserter.wait();
        QVERIFY2(inserter.error.isEmpty(), qPrintable(inserter.error));
        if (concurrent && phase.name == u"backfill")
            QVERIFY(inserter.inserted > 0);
    }

    // The final catalog says what the plan asked for.
    const Catalog after =
        session->catalog(CatalogFilter{QStringLiteral("public"), QStringLiteral("orders")});
    QCOMPARE(after.tables.size(), 1);
    const ColumnInfo *column = after.tables.first().column(plan.column.name);
    QVERIFY(column);
    QCOMPARE(column->type, expectedType);
    // Before PostgreSQL 12, NOT NULL filled by a backfill stays a validated CHECK (SET NOT NULL
    // would scan under ACCESS EXCLUSIVE); a fast default on 11 is NOT NULL in ADD COLUMN.
    const int major = version.isEmpty() ? 15 : version.toInt();
    const bool fastDefault =
        major >= 11 && plan.column.defaultExpr && !plan.column.backfill && !ctx.defaultVolatile;
    const bool checkOnly = !plan.column.nullable && major < 12 && !fastDefault;
    QCOMPARE(column->nullable, plan.column.nullable || checkOnly);
    if (checkOnly) {
        const auto helper = std::find_if(
            after.tables.first().constraints.begin(), after.tables.first().constraints.end(),
            [&](const ConstraintInfo &constraint) { return constraint.name == ctx.notNullName; });
        QVERIFY(helper != after.tables.first().constraints.end());
        QVERIFY(helper->validated);
        QVERIFY2(helper->definition.contains(QStringLiteral("IS NOT NULL")),
                 qPrintable(helper->definition));
    }
    QCOMPARE(column->defaultExpr.isEmpty(), !plan.column.defaultExpr.has_value());
    for (const ConstraintInfo &constraint : after.tables.first().constraints)
        QVERIFY2(constraint.validated, qPrintable(constraint.name));
    for (const IndexInfo &index : after.tables.first().indexes)
        QVERIFY2(index.valid, qPrintable(index.name));
    if (!plan.column.nullable)
        QCOMPARE(
            session
                ->execute(
                    QStringLiteral("SELECT count(*) FROM orders WHERE %1 IS NULL").arg(ctx.qColumn))
                .value(0, 0)
                .toString(),
            QStringLiteral("0"));

    // Each rollback, newest phase first, restores the catalog the phase started from.
    for (int i = int(script.phases.size()) - 1; i >= 0; --i) {
        runStatements(*session, script.phases.at(i).rollback);
        if (QTest::currentTestFailed())
            return;
        const QByteArray now = schemaOf(*session);
        if (now != before.at(i)) {
            int at = 0;
            while (at < now.size() && at < before.at(i).size() && now.at(at) == before.at(i).at(at))
                ++at;
            QFAIL(qPrintable(QStringLiteral("rollback of %1 differs at: %2 | expected: %3")
                                 .arg(script.phases.at(i).name,
                                      QString::fromUtf8(now.mid(qMax(0, at - 80), 200)),
                                      QString::fromUtf8(before.at(i).mid(qMax(0, at - 80), 200)))));
        }
    }
    session->close();
}

void TestCompilePostgres::runsSamplePlans_data()
{
    QTest::addColumn<QString>("path");
    const QDir samples(QStringLiteral(COLUMN_PLANNER_SOURCE_DIR "/resources/plans"));
    for (const QString &file :
         samples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << samples.filePath(file);
}

// Every sample plan runs on the demo's tables in PostgreSQL types: each phase, its checks, and
// each rollback back to the catalog the phase started from.
void TestCompilePostgres::runsSamplePlans()
{
    REQUIRE_POSTGRES(serverUri);
    QFETCH(QString, path);
    const QString uri =
        testsupport::createScratchDatabase(QStringLiteral("cp_compiler2_pg_samples"));
    QFile seed(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/demo-orders-postgres.sql"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    testsupport::execute(uri, QString::fromUtf8(seed.readAll()));
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();

    const Plan plan = PlanFile::load(path);
    const Catalog catalog = session->catalog();
    CompileOptions options;
    options.catalog = &catalog;
    ExpressionChecker checker(*session);
    const QStringList problems = checker.checkPlan(Compiler::prepare(plan, options));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const Script script = Compiler::compile(plan, options);
    QList<QByteArray> before;
    for (const Phase &phase : script.phases) {
        before << schemaOf(*session);
        runStatements(*session, phase.statements);
        if (QTest::currentTestFailed())
            return;
    }
    for (int i = int(script.phases.size()) - 1; i >= 0; --i) {
        runStatements(*session, script.phases.at(i).rollback);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(schemaOf(*session) == before.at(i),
                 qPrintable(QStringLiteral("rollback of %1").arg(script.phases.at(i).name)));
    }
    session->close();
}

void TestCompilePostgres::refusesBadExpressionsOnServer()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri =
        testsupport::createScratchDatabase(QStringLiteral("cp_compiler2_pg_matrix"));
    testsupport::execute(
        uri,
        QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric NOT NULL)"));
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();
    ExpressionChecker checker(*session);
    QVERIFY(checker
                .check(QStringLiteral("amount * 100"), QStringLiteral("\"public\".\"orders\""),
                       QStringLiteral("\"c\""), QStringLiteral("bigint"))
                .isEmpty());
    const QString missing =
        checker.check(QStringLiteral("amout * 100"), QStringLiteral("\"public\".\"orders\""),
                      QStringLiteral("\"c\""), QStringLiteral("bigint"));
    QVERIFY2(missing.contains(QStringLiteral("amout")), qPrintable(missing));
    const QString wrongType =
        checker.check(QStringLiteral("now()"), QStringLiteral("\"public\".\"orders\""),
                      QStringLiteral("\"c\""), QStringLiteral("bigint"));
    QVERIFY2(wrongType.contains(QStringLiteral("cannot cast")) ||
                 wrongType.contains(QStringLiteral("bigint")),
             qPrintable(wrongType));
    QVERIFY(!checker
                 .check(QStringLiteral("1; DROP TABLE orders"),
                        QStringLiteral("\"public\".\"orders\""), QStringLiteral("\"c\""),
                        QStringLiteral("bigint"))
                 .isEmpty());
    // The session is usable afterwards: the failed check was rolled back.
    QCOMPARE(session->execute(QStringLiteral("SELECT count(*) FROM orders")).value(0, 0).toString(),
             QStringLiteral("0"));
    const auto volatility = checker.volatility({QStringLiteral("now"), QStringLiteral("random")});
    QCOMPARE(volatility.value(QStringLiteral("now")), QChar(u's'));
    QCOMPARE(volatility.value(QStringLiteral("random")), QChar(u'v'));
}

QTEST_GUILESS_MAIN(TestCompilePostgres)
#include "tst_compilepostgres.moc"
