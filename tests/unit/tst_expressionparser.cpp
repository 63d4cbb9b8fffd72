// Plan expressions parsed offline with the PostgreSQL grammar (issue 13, point 5): valid
// expressions of every common form pass, through the compiler too; broken ones are refused with
// the parser's message and the position inside the expression.

#include "parse/expressionparser.h"
#include "plan/planfile.h"
#include "sql/compiler.h"

#include <QFile>
#include <QTest>

class TestExpressionParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

namespace {

Plan samplePlan()
{
    return PlanFile::load(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json"));
}

} // namespace

void TestExpressionParser::valid_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("cast") << "(amount * 100)::bigint";
    QTest::newRow("CAST") << "CAST(amount * 100 AS bigint)";
    QTest::newRow("CASE") << "CASE WHEN status = 'refunded' THEN 1 ELSE 0 END";
    QTest::newRow("function") << "round(amount * 100)";
    QTest::newRow("now()") << "now()";
    QTest::newRow("gen_random_uuid()") << "gen_random_uuid()::text IS NOT NULL";
    QTest::newRow("semicolon in a literal") << "length('a; b; c')";
    QTest::newRow("doubled quote") << "length('it''s')";
    QTest::newRow("escape string") << "length(E'line\\\\nnext')";
    QTest::newRow("interval") << "extract(epoch FROM interval '1 day')::bigint";
    QTest::newRow("coalesce") << "coalesce(amount, 0) * 100";
    QTest::newRow("array") << "cardinality(ARRAY[1, 2, 3])";
    QTest::newRow("between") << "amount BETWEEN 0 AND 10";
    QTest::newRow("regex") << "lower(status) ~ '^re'";
    QTest::newRow("json") << "length('{\"k\": 1}'::jsonb ->> 'k')";
    QTest::newRow("multi-line") << "amount\n  * 100";
    QTest::newRow("percent sign") << "amount % 7";
    QTest::newRow("990 terms") << QStringLiteral("1") + QStringLiteral(" + 1").repeated(990);
}

void TestExpressionParser::valid()
{
    QFETCH(QString, expression);
    const ExpressionProblem problem = ExpressionParser::check(expression);
    QVERIFY2(problem.message.isEmpty(), qPrintable(problem.message));
    Plan plan = samplePlan();
    plan.column.type = QStringLiteral("text");
    plan.column.backfill = QStringLiteral("(%1)::text").arg(expression);
    plan.column.defaultExpr.reset();
    plan.column.check.reset();
    Compiler::compile(plan); // throws CompileError when refused
}

void TestExpressionParser::invalid_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("position");
    QTest::newRow("double operator") << "amount * * 100"
                                     << "syntax error at or near \"*\"" << 10;
    QTest::newRow("dangling operator") << "amount +"
                                       << "syntax error at or near \")\"" << 9;
    QTest::newRow("CASE without END") << "CASE WHEN true THEN 1"
                                      << "syntax error at or near \")\"" << 22;
    // found by fuzz_compiler: the refusal echoed a multi-line expression raw
    QTest::newRow("multi-line") << "amount\n* * 100"
                                << "syntax error at or near \"*\"" << 10;
    QTest::newRow("two values") << "1 2"
                                << "syntax error at or near \"2\"" << 3;
    QTest::newRow("10,000 terms") << QStringLiteral("1") + QStringLiteral(" + 1").repeated(10000)
                                  << "nests about 10001 levels deep (limit 1000)" << 0;
}

void TestExpressionParser::invalid()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QFETCH(int, position);
    const ExpressionProblem problem = ExpressionParser::check(expression);
    QCOMPARE(problem.message, message);
    QCOMPARE(problem.position, position);
    Plan plan = samplePlan();
    plan.column.backfill = expression;
    try {
        Compiler::compile(plan);
        QFAIL("compiled");
    } catch (const CompileError &error) {
        QVERIFY2(error.message().startsWith(QStringLiteral("$.column.backfill: ")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        QVERIFY(!error.message().contains(u'\n'));
    }
}

QTEST_APPLESS_MAIN(TestExpressionParser)
#include "tst_expressionparser.moc"
