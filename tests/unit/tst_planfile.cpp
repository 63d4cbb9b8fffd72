// Plan files: load, every validation error names its JSON path in one line, unknown keys survive.

#include "plan/planfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestPlanFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsSample();
    void errors_data();
    void errors();
    void keepsUnknownKeys();
};

static QByteArray sample()
{
    QFile file(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void TestPlanFile::loadsSample()
{
    const Plan plan = PlanFile::load(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json"));
    QCOMPARE(plan.table, QStringLiteral("orders"));
    QCOMPARE(plan.column.name, QStringLiteral("amount_cents"));
    QCOMPARE(plan.column.nullable, false);
    QCOMPARE(*plan.column.backfill, QStringLiteral("(amount * 100)::bigint"));
    QVERIFY(plan.column.index.has_value());
    QCOMPARE(plan.backfill.maxBatchRows, 50000);
    QCOMPARE(plan.checks.size(), 1);
}

void TestPlanFile::errors_data()
{
    QTest::addColumn<QString>("path");   // JSON pointer-ish path to change, "" = remove
    QTest::addColumn<QString>("value");  // JSON value, empty = remove the key
    QTest::addColumn<QString>("message");
    QTest::newRow("nullable missing") << "column.nullable" << "" << "plan.json: $.column.nullable: required, choose true or false (no silent default)";
    QTest::newRow("nullable string") << "column.nullable" << "\"no\"" << "plan.json: $.column.nullable: must be true or false, not a string";
    QTest::newRow("format") << "format" << "\"other@2\"" << "plan.json: $.format: unsupported format \"other@2\", expected \"column-planner/plan@1\"";
    QTest::newRow("dialect") << "target.dialect" << "\"oracle\"" << "plan.json: $.target.dialect: unknown dialect \"oracle\", choose postgresql, sqlite, mysql or mariadb";
    QTest::newRow("table name") << "table.name" << "" << "plan.json: $.table.name: required, a string";
    QTest::newRow("type empty") << "column.type" << "\"\"" << "plan.json: $.column.type: must not be empty";
    QTest::newRow("index method") << "column.index" << "{\"method\":\"rtree\"}" << "plan.json: $.column.index.method: must be one of btree, hash, gin, gist, brin";
    QTest::newRow("enum dup") << "column.enum_values" << "[\"a\",\"a\"]" << "plan.json: $.column.enum_values[1]: duplicate value \"a\"";
    QTest::newRow("batch rows") << "backfill.max_batch_rows" << "0" << "plan.json: $.backfill.max_batch_rows: must be at least 1 (got 0)";
    QTest::newRow("sync trigger type") << "backfill.sync_trigger" << "\"yes\"" << "plan.json: $.backfill.sync_trigger: must be true or false, not a string";
    QTest::newRow("override phase") << "overrides" << "{\"cleanup\":\"SELECT 1\"}" << "plan.json: $.overrides.cleanup: unknown phase, choose expand, backfill, enforce, verify";
    QTest::newRow("check expect") << "checks" << "[{\"name\":\"n\",\"sql\":\"SELECT 1\"}]" << "plan.json: $.checks[0].expect: required, the value the query must return (string or number)";
}

void TestPlanFile::errors()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QJsonObject root = QJsonDocument::fromJson(sample()).object();
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        if (value.isEmpty())
            root.remove(parts.at(0));
        else
            root.insert(parts.at(0), QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0));
    } else {
        QJsonObject inner = root.value(parts.at(0)).toObject();
        if (value.isEmpty())
            inner.remove(parts.at(1));
        else
            inner.insert(parts.at(1), QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0));
        root.insert(parts.at(0), inner);
    }
    try {
        PlanFile::parse(QJsonDocument(root).toJson(), QStringLiteral("plan.json"));
        QFAIL("the plan was accepted");
    } catch (const PlanError &error) {
        QCOMPARE(error.message(), message);
    }
}

void TestPlanFile::keepsUnknownKeys()
{
    QJsonObject root = QJsonDocument::fromJson(sample()).object();
    root.insert(QStringLiteral("approvals"), QJsonArray{QJsonObject{{QStringLiteral("by"), QStringLiteral("dba")}}});
    QJsonObject column = root.value(QStringLiteral("column")).toObject();
    column.insert(QStringLiteral("x_future"), 42);
    root.insert(QStringLiteral("column"), column);
    Plan plan = PlanFile::parse(QJsonDocument(root).toJson(), QStringLiteral("plan.json"));
    plan.overrides.insert(QStringLiteral("backfill"), QStringLiteral("UPDATE orders SET amount_cents = 0 WHERE false;"));
    const QString path = QDir::temp().filePath(QStringLiteral("cp_planfile_roundtrip.json"));
    PlanFile::save(plan, path);
    const Plan again = PlanFile::load(path);
    QCOMPARE(again.source.value(QStringLiteral("approvals")).toArray().size(), 1);
    QCOMPARE(again.source.value(QStringLiteral("column")).toObject().value(QStringLiteral("x_future")).toInt(), 42);
    QCOMPARE(again.overrides.value(QStringLiteral("backfill")), plan.overrides.value(QStringLiteral("backfill")));
    QCOMPARE(PlanFile::serialize(again), PlanFile::serialize(plan));
    QFile::remove(path);
}

QTEST_APPLESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
