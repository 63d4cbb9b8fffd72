// The PostgreSQL sync trigger (backfill.sync_trigger): read and written by the plan file only
// when used, refused without a backfill expression or on other dialects, named within 63 bytes,
// and written for the server version (EXECUTE PROCEDURE and no OR REPLACE before 11 / 14).

#include "plan/planfile.h"
#include "sql/compiler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

QByteArray planText(const QString &backfillExpression, const QString &syncValue,
                    const QString &table = QStringLiteral("orders"))
{
    QString backfill;
    if (!syncValue.isEmpty())
        backfill = QStringLiteral(", \"sync_trigger\": %1").arg(syncValue);
    return QStringLiteral(R"({"format": "column-planner/plan@1", "title": "sync",
      "target": {"dialect": "postgresql", "server_version": "15"},
      "table": {"schema": "public", "name": "%1", "primary_key": ["id"]},
      "column": {"name": "amount_cents", "type": "bigint", "nullable": true, "backfill": %2},
      "backfill": {"max_batch_rows": 1000%3}})")
        .arg(table, backfillExpression, backfill)
        .toUtf8();
}

QStringList sqlOf(const QList<Statement> &statements)
{
    QStringList out;
    for (const Statement &statement : statements)
        out << statement.sql;
    return out;
}

} // namespace

class TestSyncTrigger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void planFileKey();
    void refusedWithoutBackfill();
    void refusedOnOtherDialects_data();
    void refusedOnOtherDialects();
    void phasesCreateAndDrop();
    void oldServers();
    void longNamesFit();
};

void TestSyncTrigger::planFileKey()
{
    // Absent: false, and a save does not add the key.
    Plan plan = PlanFile::parse(planText(QStringLiteral("\"(amount * 100)::bigint\""), {}),
                                QStringLiteral("plan.json"));
    QCOMPARE(plan.backfill.syncTrigger, false);
    QJsonObject saved = QJsonDocument::fromJson(PlanFile::serialize(plan)).object();
    QVERIFY(!saved.value(QStringLiteral("backfill"))
                 .toObject()
                 .contains(QStringLiteral("sync_trigger")));
    // Turned on: written as true and read back.
    plan.backfill.syncTrigger = true;
    const Plan on = PlanFile::parse(PlanFile::serialize(plan), QStringLiteral("plan.json"));
    QCOMPARE(on.backfill.syncTrigger, true);
    // Present as false in the document: kept as false.
    Plan off = PlanFile::parse(
        planText(QStringLiteral("\"(amount * 100)::bigint\""), QStringLiteral("false")),
        QStringLiteral("plan.json"));
    QCOMPARE(off.backfill.syncTrigger, false);
    saved = QJsonDocument::fromJson(PlanFile::serialize(off)).object();
    QCOMPARE(
        saved.value(QStringLiteral("backfill")).toObject().value(QStringLiteral("sync_trigger")),
        QJsonValue(false));
}

void TestSyncTrigger::refusedWithoutBackfill()
{
    try {
        PlanFile::parse(planText(QStringLiteral("null"), QStringLiteral("true")),
                        QStringLiteral("plan.json"));
        QFAIL("the plan file was accepted");
    } catch (const PlanError &error) {
        QCOMPARE(
            error.message(),
            QStringLiteral(
                "plan.json: $.backfill.sync_trigger: needs column.backfill: the trigger writes the "
                "backfill expression into new and updated rows"));
    }
    // A plan built in memory (the designer) is refused by the compiler with the same path.
    Plan plan = PlanFile::parse(planText(QStringLiteral("null"), {}), QStringLiteral("plan.json"));
    plan.backfill.syncTrigger = true;
    try {
        Compiler::compile(plan);
        QFAIL("the plan was compiled");
    } catch (const CompileError &error) {
        QVERIFY2(error.message().startsWith(
                     QStringLiteral("$.backfill.sync_trigger: needs column.backfill")),
                 qPrintable(error.message()));
    }
}

void TestSyncTrigger::refusedOnOtherDialects_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("name");
    QTest::newRow("sqlite") << "sqlite"
                            << "3.45.1"
                            << "SQLite";
    QTest::newRow("mysql") << "mysql"
                           << "8.0.35"
                           << "MySQL";
    QTest::newRow("mariadb") << "mariadb"
                             << "10.6"
                             << "MariaDB";
}

void TestSyncTrigger::refusedOnOtherDialects()
{
    QFETCH(QString, dialect);
    QFETCH(QString, version);
    QFETCH(QString, name);
    const Plan plan =
        PlanFile::parse(planText(QStringLiteral("\"amount * 100\""), QStringLiteral("true")),
                        QStringLiteral("plan.json"));
    CompileOptions options;
    options.dialect = dialectFromName(dialect);
    options.mariadb = dialect == u"mariadb";
    options.serverVersion = version;
    try {
        Compiler::compile(plan, options);
        QFAIL("the plan was compiled");
    } catch (const CompileError &error) {
        QCOMPARE(error.message(),
                 QStringLiteral("$.backfill.sync_trigger: PostgreSQL only for now; turn it off for "
                                "%1 (rows written "
                                "during the backfill must get the value from the application)")
                     .arg(name));
    }
}

void TestSyncTrigger::phasesCreateAndDrop()
{
    const Plan plan = PlanFile::parse(
        planText(QStringLiteral("\"(amount * 100)::bigint\""), QStringLiteral("true")),
        QStringLiteral("plan.json"));
    const Script script = Compiler::compile(plan);
    const QStringList expand = sqlOf(script.phase(QStringLiteral("expand"))->statements);
    QCOMPARE(expand.at(0), QStringLiteral("SET lock_timeout = '2000ms'"));
    const int add =
        int(expand.indexOf(QRegularExpression(QStringLiteral("ALTER TABLE .* ADD COLUMN .*"))));
    QVERIFY(add > 0);
    QVERIFY(expand.at(add + 1).startsWith(QStringLiteral(
        "CREATE OR REPLACE FUNCTION \"public\".\"orders_amount_cents_sync\"() RETURNS trigger")));
    QVERIFY(expand.at(add + 1).contains(
        QStringLiteral("SELECT ((amount * 100)::bigint)::bigint INTO NEW.\"amount_cents\" FROM "
                       "(SELECT NEW.*) AS \"orders\";")));
    QCOMPARE(
        expand.at(add + 2),
        QStringLiteral("CREATE OR REPLACE TRIGGER \"orders_amount_cents_sync\" BEFORE INSERT OR "
                       "UPDATE ON \"public\".\"orders\" "
                       "FOR EACH ROW EXECUTE FUNCTION \"public\".\"orders_amount_cents_sync\"()"));
    QCOMPARE(script.phase(QStringLiteral("expand"))->statements.at(add + 2).lock,
             QStringLiteral("SHARE ROW EXCLUSIVE (brief)"));

    const QStringList enforce = sqlOf(script.phase(QStringLiteral("enforce"))->statements);
    QCOMPARE(
        enforce,
        (QStringList{
            QStringLiteral("SET lock_timeout = '2000ms'"),
            QStringLiteral("SET statement_timeout = '60000ms'"),
            QStringLiteral(
                "DROP TRIGGER IF EXISTS \"orders_amount_cents_sync\" ON \"public\".\"orders\""),
            QStringLiteral("DROP FUNCTION IF EXISTS \"public\".\"orders_amount_cents_sync\"()")}));
    const QStringList enforceRollback = sqlOf(script.phase(QStringLiteral("enforce"))->rollback);
    QCOMPARE(enforceRollback.size(), 4);
    QCOMPARE(enforceRollback.at(2), expand.at(add + 1));
    QCOMPARE(enforceRollback.at(3), expand.at(add + 2));

    const QStringList expandRollback = sqlOf(script.phase(QStringLiteral("expand"))->rollback);
    const int dropTrigger = int(expandRollback.indexOf(QStringLiteral(
        "DROP TRIGGER IF EXISTS \"orders_amount_cents_sync\" ON \"public\".\"orders\"")));
    const int dropColumn = int(expandRollback.indexOf(QStringLiteral(
        "ALTER TABLE \"public\".\"orders\" DROP COLUMN IF EXISTS \"amount_cents\"")));
    QVERIFY(dropTrigger >= 0 && dropColumn > dropTrigger);
    QVERIFY(sqlOf(script.phase(QStringLiteral("backfill"))->rollback)
                .contains(QStringLiteral("SET column_planner.sync_trigger = 'off'")));

    // Without the key, no trace of it.
    Plan off = plan;
    off.backfill.syncTrigger = false;
    const Script plain = Compiler::compile(off);
    for (const Phase &phase : plain.phases)
        for (const Statement &statement : phase.statements + phase.rollback)
            QVERIFY2(!statement.sql.contains(QStringLiteral("_sync")), qPrintable(statement.sql));
}

void TestSyncTrigger::oldServers()
{
    const Plan plan = PlanFile::parse(
        planText(QStringLiteral("\"(amount * 100)::bigint\""), QStringLiteral("true")),
        QStringLiteral("plan.json"));
    CompileOptions options;
    options.serverVersion = QStringLiteral("10");
    const Script script = Compiler::compile(plan, options);
    bool found = false;
    for (const Statement &statement : script.phase(QStringLiteral("expand"))->statements)
        if (statement.sql.startsWith(QStringLiteral("CREATE TRIGGER"))) {
            found = true;
            QVERIFY(statement.sql.endsWith(
                QStringLiteral("EXECUTE PROCEDURE \"public\".\"orders_amount_cents_sync\"()")));
            QVERIFY(statement.skipIf.contains(QStringLiteral("pg_trigger")));
        }
    QVERIFY(found);
}

void TestSyncTrigger::longNamesFit()
{
    const QString table = QStringLiteral("customer_order_line_items_with_a_rather_long_name_x");
    const Plan plan =
        PlanFile::parse(planText(QStringLiteral("\"amount * 100\""), QStringLiteral("true"), table),
                        QStringLiteral("plan.json"));
    const Script script = Compiler::compile(plan);
    QString trigger;
    for (const Statement &statement : script.phase(QStringLiteral("enforce"))->statements)
        if (statement.sql.startsWith(QStringLiteral("DROP TRIGGER IF EXISTS \"")))
            trigger = statement.sql.section(u'"', 1, 1);
    QVERIFY(!trigger.isEmpty());
    QCOMPARE(trigger.toUtf8().size(), 63);
    QVERIFY(trigger.startsWith(QString(table + QStringLiteral("_amount_cents_sync_")).left(63 - 9) +
                               u'_'));
}

QTEST_APPLESS_MAIN(TestSyncTrigger)
#include "tst_synctrigger.moc"
