// `column-planner check` on the real binary: exit 0 with every check passing after a run,
// exit 1 with the failing check named (text and JSON) once a row is wrong, exit 2 / 3 for a bad
// plan or an unreachable database, each as one line on stderr.

#include "db/session.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString writePlan()
{
    const QString path = testsupport::tempPath(QStringLiteral("check-plan.json"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(R"({"format": "column-planner/plan@1", "title": "cents",
      "target": {"dialect": "postgresql"}, "table": {"schema": "public", "name": "orders"},
      "column": {"name": "amount_cents", "type": "bigint", "nullable": false, "default": "0",
                 "backfill": "(amount * 100)::bigint", "check": "amount_cents >= 0", "index": {"method": "btree", "unique": false}},
      "backfill": {"target_batch_ms": 100, "max_batch_rows": 5000},
      "checks": [{"name": "no negative amounts", "sql": "SELECT count(*) FROM orders WHERE amount_cents < 0", "expect": "0"}]})");
    return path;
}

QJsonObject checkNamed(const QJsonObject &root, const QString &name)
{
    for (const QJsonValue &value : root.value(QStringLiteral("checks")).toArray())
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    return {};
}

} // namespace

class TestCheckCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesAfterRunFailsOnBadRow();
    void badInputAndUnreachableDatabase();
    void checksOnlyRead();
};

void TestCheckCli::passesAfterRunFailsOnBadRow()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_runner_check"));
    testsupport::execute(
        uri, QStringLiteral(
                 "CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) NOT NULL);"
                 "INSERT INTO orders (amount) SELECT (g % 500) / 4.0 FROM generate_series(1, "
                 "20000) g;"));
    const QString plan = writePlan();
    const QString journal = testsupport::tempPath(QStringLiteral("check-journal.sqlite"));

    // Before the run: the column does not exist, the checks fail.
    const testsupport::CliRun early =
        testsupport::runCli({QStringLiteral("check"), plan, QStringLiteral("--db"), uri});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(QStringLiteral("does not exist")), qPrintable(early.err));

    const testsupport::CliRun run =
        testsupport::runCli({QStringLiteral("run"), plan, QStringLiteral("--db"), uri,
                             QStringLiteral("--yes"), QStringLiteral("--journal"), journal});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const testsupport::CliRun good = testsupport::runCli(
        {QStringLiteral("check"), plan, QStringLiteral("--db"), uri, QStringLiteral("--json")});
    QVERIFY2(good.exitCode == 0, qPrintable(good.err + good.out));
    const QJsonObject passed = QJsonDocument::fromJson(good.out.toUtf8()).object();
    QCOMPARE(passed.value(QStringLiteral("passed")).toBool(), true);
    QCOMPARE(checkNamed(passed, QStringLiteral("table row count"))
                 .value(QStringLiteral("actual"))
                 .toString(),
             QStringLiteral("20000"));
    QVERIFY(passed.value(QStringLiteral("checks")).toArray().size() >= 8);

    // One row now holds a value the backfill expression would not give.
    testsupport::execute(
        uri, QStringLiteral("UPDATE orders SET amount_cents = amount_cents + 1 WHERE id = 12345"));
    const testsupport::CliRun bad = testsupport::runCli(
        {QStringLiteral("check"), plan, QStringLiteral("--db"), uri, QStringLiteral("--json")});
    QCOMPARE(bad.exitCode, 1);
    const QJsonObject failed = QJsonDocument::fromJson(bad.out.toUtf8()).object();
    QCOMPARE(failed.value(QStringLiteral("passed")).toBool(), false);
    const QJsonObject mismatch =
        checkNamed(failed, QStringLiteral("rows whose value differs from the backfill expression"));
    QCOMPARE(mismatch.value(QStringLiteral("passed")).toBool(), false);
    QCOMPARE(mismatch.value(QStringLiteral("actual")).toString(), QStringLiteral("1"));
    QCOMPARE(bad.err.count(u'\n'), 1);

    const testsupport::CliRun text =
        testsupport::runCli({QStringLiteral("check"), plan, QStringLiteral("--db"), uri});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains(QStringLiteral(
        "FAIL  rows whose value differs from the backfill expression: 1 (expected 0)")));
}

void TestCheckCli::badInputAndUnreachableDatabase()
{
    REQUIRE_POSTGRES(serverUri);
    const testsupport::CliRun missing =
        testsupport::runCli({QStringLiteral("check"), QStringLiteral("/nonexistent/plan.json"),
                             QStringLiteral("--db"), serverUri});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err.count(u'\n'), 1);
    const testsupport::CliRun noDb = testsupport::runCli({QStringLiteral("check"), writePlan()});
    QCOMPARE(noDb.exitCode, 2);
    QVERIFY(noDb.err.contains(QStringLiteral("--db")));
    const testsupport::CliRun down = testsupport::runCli(
        {QStringLiteral("check"), writePlan(), QStringLiteral("--db"),
         QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")});
    QCOMPARE(down.exitCode, 3);
    QCOMPARE(down.err.count(u'\n'), 1);
    QVERIFY(down.out.isEmpty());
}

// A plan's own checks come from whoever wrote the plan: they only ever read. A second statement
// after ";" is not run, and a data-modifying query fails in the read-only transaction.
void TestCheckCli::checksOnlyRead()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri =
        testsupport::createScratchDatabase(QStringLiteral("cp_runner_check_hostile"));
    testsupport::execute(uri, QStringLiteral("CREATE TABLE orders (id bigserial PRIMARY KEY, "
                                             "amount numeric(12,2) NOT NULL, amount_cents bigint);"
                                             "INSERT INTO orders (amount, amount_cents) SELECT g, "
                                             "g * 100 FROM generate_series(1, 100) g;"));
    const QString path = testsupport::tempPath(QStringLiteral("check-hostile-plan.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format": "column-planner/plan@1", "title": "cents",
      "target": {"dialect": "postgresql"}, "table": {"schema": "public", "name": "orders"},
      "column": {"name": "amount_cents", "type": "bigint", "nullable": true, "backfill": "(amount * 100)::bigint"},
      "checks": [{"name": "second statement", "sql": "SELECT count(*) FROM orders; COMMIT; DROP TABLE orders", "expect": "0"},
                 {"name": "modifying query", "sql": "WITH gone AS (DELETE FROM orders RETURNING 1) SELECT count(*) FROM gone", "expect": "0"},
                 {"name": "plain count", "sql": "SELECT count(*) FROM orders; -- a trailing comment", "expect": "100"}]})");
    file.close();
    const testsupport::CliRun run = testsupport::runCli(
        {QStringLiteral("check"), path, QStringLiteral("--db"), uri, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject second = checkNamed(root, QStringLiteral("second statement"));
    QVERIFY2(!second.value(QStringLiteral("passed")).toBool(), qPrintable(run.out));
    QVERIFY2(QJsonDocument(second).toJson().contains("a check is one query"), qPrintable(run.out));
    const QJsonObject modifying = checkNamed(root, QStringLiteral("modifying query"));
    QVERIFY2(!modifying.value(QStringLiteral("passed")).toBool() &&
                 QJsonDocument(modifying).toJson().contains("read-only transaction"),
             qPrintable(run.out));
    QVERIFY2(
        checkNamed(root, QStringLiteral("plain count")).value(QStringLiteral("passed")).toBool(),
        qPrintable(run.out));
    // Nothing was changed.
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();
    QCOMPARE(session->execute(QStringLiteral("SELECT count(*) FROM orders")).value(0, 0).toString(),
             QStringLiteral("100"));
}

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
