// The sync trigger (backfill.sync_trigger) on a real PostgreSQL server: expand creates it, the
// real runner backfills while the application inserts rows and updates the source column of
// existing ones, and afterwards every row holds the backfill expression of its current values;
// enforce drops the trigger and its function; each phase's rollback restores the catalog (the
// backfill's rollback clears the column although the trigger is there). The generated script
// lints without an error.

#include "db/dberror.h"
#include "db/session.h"
#include "plan/planfile.h"
#include "runtestkit.h"
#include "sql/compiler.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <atomic>

using namespace runtestkit;

namespace {

const QString Expression = QStringLiteral("(amount * 100)::bigint");

QString syncPlanJson()
{
    QString json = planJson(QStringLiteral("amount_cents"), NullableCentsColumn, 50, 400, 2000,
                            60000, 5000, 15);
    json.replace(QStringLiteral("\"statement_timeout_ms\": 60000}"),
                 QStringLiteral("\"statement_timeout_ms\": 60000, \"sync_trigger\": true}"));
    json.replace(QStringLiteral("\"name\": \"orders\"}"),
                 QStringLiteral("\"name\": \"orders\", \"primary_key\": [\"id\"]}"));
    return json;
}

// What the sync trigger leaves in the catalog: the column, the trigger's and function's
// definitions.
QString syncCatalog(const QString &uri)
{
    return scalar(
        uri,
        QStringLiteral(
            "SELECT concat_ws(' | ',"
            " (SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY "
            "attnum) FROM pg_attribute"
            "   WHERE attrelid = 'public.orders'::regclass AND attnum > 0 AND NOT attisdropped),"
            " (SELECT string_agg(pg_get_triggerdef(oid), '; ' ORDER BY tgname) FROM pg_trigger "
            "WHERE tgrelid = 'public.orders'::regclass AND NOT tgisinternal),"
            " (SELECT string_agg(pg_get_functiondef(p.oid), '; ' ORDER BY proname) FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace"
            "   WHERE n.nspname = 'public'))"));
}

int syncObjects(const QString &uri)
{
    return scalar(
               uri,
               QStringLiteral(
                   "SELECT (SELECT count(*) FROM pg_trigger WHERE tgname = "
                   "'orders_amount_cents_sync')"
                   " + (SELECT count(*) FROM pg_proc WHERE proname = 'orders_amount_cents_sync')"))
        .toInt();
}

qint64 wrongRows(const QString &uri)
{
    return scalar(uri, QStringLiteral(
                           "SELECT count(*) FROM orders WHERE amount_cents IS DISTINCT FROM %1")
                           .arg(Expression))
        .toLongLong();
}

void runPhase(Session &session, const Phase &phase, bool rollback)
{
    for (const Statement &statement : rollback ? phase.rollback : phase.statements) {
        if (statement.kind == Statement::Comment)
            continue;
        try {
            if (statement.kind == Statement::BatchRepeat) {
                int guard = 0;
                while (session.execute(statement.sql).affectedRows > 0)
                    QVERIFY2(++guard < 10000, "batch never reached 0 rows");
            } else {
                session.execute(statement.sql);
            }
        } catch (const DbError &error) {
            QFAIL(qPrintable(QStringLiteral("%1 %2: %3\n%4")
                                 .arg(phase.name, rollback ? QStringLiteral("rollback") : QString(),
                                      error.message(), statement.sql)));
        }
    }
}

// The application during the backfill: inserts rows (the old release, which does not know the
// new column, and the new one, which writes a wrong value the trigger must override) and
// changes the amount of existing rows, backfilled or not yet.
class Application : public QThread
{
public:
    explicit Application(const QString &uri) : m_uri(uri) {}
    std::atomic<bool> stop{false};
    std::atomic<int> inserted{0}, updated{0};
    QString error;

protected:
    void run() override
    {
        try {
            auto session = Session::create(ConnectionUri::parse(m_uri));
            session->open();
            session->execute(QStringLiteral("SET lock_timeout = '5s'"));
            int n = 0;
            while (!stop) {
                ++n;
                const QString amount = QString::number((n % 300) / 4.0 + 0.25, 'f', 2);
                session->execute(
                    n % 2 ? QStringLiteral("INSERT INTO orders (amount) VALUES (%1)").arg(amount)
                          : QStringLiteral(
                                "INSERT INTO orders (amount, amount_cents) VALUES (%1, -1)")
                                .arg(amount));
                ++inserted;
                updated +=
                    int(session
                            ->execute(QStringLiteral("UPDATE orders SET amount = amount + 1.25 "
                                                     "WHERE id = (%1 * 7919) % 20000 + 1")
                                          .arg(n))
                            .affectedRows);
                updated +=
                    int(session
                            ->execute(
                                QStringLiteral("UPDATE orders SET status = 'touched', amount = "
                                               "amount + 0.5 WHERE id = 20000 - (%1 * 131) % 20000")
                                    .arg(n))
                            .affectedRows);
                QThread::msleep(2); // stimulus: the application's write rate
            }
        } catch (const DbError &e) {
            error = e.message();
        }
    }

private:
    QString m_uri;
};

} // namespace

class TestSyncTriggerPostgres : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsRowsWrittenDuringBackfill();
    void lintFindsNoError();
};

void TestSyncTriggerPostgres::keepsRowsWrittenDuringBackfill()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = makeOrders(QStringLiteral("cp_sync_backfill"), 20000);
    const QString json = syncPlanJson();
    const QString plan = writeFile(QStringLiteral("sync-plan.json"), json);
    const QString journal = testsupport::tempPath(QStringLiteral("sync-journal.sqlite"));
    auto run = [&](const QString &phase) {
        return testsupport::runCli({QStringLiteral("run"), plan, QStringLiteral("--db"), uri,
                                    QStringLiteral("--phase"), phase, QStringLiteral("--yes"),
                                    QStringLiteral("--journal"), journal});
    };
    const QString before = syncCatalog(uri);
    QCOMPARE(syncObjects(uri), 0);

    const testsupport::CliRun expand = run(QStringLiteral("expand"));
    QVERIFY2(expand.exitCode == 0, qPrintable(expand.err));
    QCOMPARE(syncObjects(uri), 2);
    const QString expanded = syncCatalog(uri);

    // The backfill by the real runner while the application writes.
    Application app(uri);
    app.start();
    QVERIFY(waitFor([&] { return app.inserted > 20; }, 20000));
    const testsupport::CliRun backfill = run(QStringLiteral("backfill"));
    const int insertedDuring = app.inserted, updatedDuring = app.updated;
    // The application goes on writing after the backfill: the trigger alone fills those rows.
    QVERIFY2(
        waitFor([&] { return app.inserted >= insertedDuring + 20 || app.isFinished(); }, 30000),
        "the application wrote fewer than 20 rows in the 30 s after the backfill");
    app.stop = true;
    app.wait();
    QVERIFY2(app.error.isEmpty(), qPrintable(app.error));
    QVERIFY2(backfill.exitCode == 0, qPrintable(backfill.err));
    QVERIFY2(insertedDuring > 40 && updatedDuring > 80,
             qPrintable(
                 QStringLiteral(
                     "the application wrote too little during the backfill: %1 inserts, %2 updates")
                     .arg(insertedDuring)
                     .arg(updatedDuring)));
    qInfo("during the backfill the application inserted %d rows and updated %d", insertedDuring,
          updatedDuring);
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders")).toInt(),
             20000 + app.inserted);
    QCOMPARE(wrongRows(uri), 0);

    const testsupport::CliRun enforce = run(QStringLiteral("enforce"));
    QVERIFY2(enforce.exitCode == 0, qPrintable(enforce.err));
    QCOMPARE(syncObjects(uri), 0);
    const QString enforced = syncCatalog(uri);
    // The trigger is gone: a row written now is the application's job.
    testsupport::execute(uri, QStringLiteral("INSERT INTO orders (amount) VALUES (3.5)"));
    QCOMPARE(
        scalar(uri, QStringLiteral("SELECT amount_cents FROM orders ORDER BY id DESC LIMIT 1")),
        QStringLiteral("NULL"));
    testsupport::execute(
        uri, QStringLiteral("UPDATE orders SET amount_cents = 350 WHERE amount_cents IS NULL"));
    QCOMPARE(wrongRows(uri), 0);

    // Rollbacks, newest phase first, as the script prints them.
    Plan parsed = parsePlan(json);
    CompileOptions options;
    options.serverVersion = QStringLiteral("15");
    const Script script = Compiler::compile(parsed, options);
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();
    runPhase(*session, *script.phase(QStringLiteral("enforce")), true);
    QCOMPARE(syncCatalog(uri), expanded);
    testsupport::execute(uri, QStringLiteral("INSERT INTO orders (amount) VALUES (4.75)"));
    QCOMPARE(
        scalar(uri, QStringLiteral("SELECT amount_cents FROM orders ORDER BY id DESC LIMIT 1")),
        QStringLiteral("475"));
    // The enforce phase runs again after its rollback, and its rollback again.
    runPhase(*session, *script.phase(QStringLiteral("enforce")), false);
    QCOMPARE(syncCatalog(uri), enforced);
    runPhase(*session, *script.phase(QStringLiteral("enforce")), true);
    QCOMPARE(syncCatalog(uri), expanded);

    // The backfill's rollback empties the column although the trigger would recompute it.
    runPhase(*session, *script.phase(QStringLiteral("backfill")), true);
    QCOMPARE(filledRows(uri), 0);
    QCOMPARE(syncCatalog(uri), expanded);
    testsupport::execute(uri, QStringLiteral("UPDATE orders SET amount = amount WHERE id = 1"));
    QCOMPARE(filledRows(uri), 1); // other sessions still get the value

    runPhase(*session, *script.phase(QStringLiteral("expand")), true);
    QCOMPARE(syncCatalog(uri), before);
    QCOMPARE(syncObjects(uri), 0);
}

void TestSyncTriggerPostgres::lintFindsNoError()
{
    const QString plan = writeFile(QStringLiteral("sync-lint-plan.json"), syncPlanJson());
    for (const QString &version : {QStringLiteral("10"), QStringLiteral("15")}) {
        const auto generated = testsupport::runCli(
            {QStringLiteral("generate"), plan, QStringLiteral("--server-version"), version});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
        QVERIFY(generated.out.contains(
            QStringLiteral("BEFORE INSERT OR UPDATE ON \"public\".\"orders\"")));
        const auto lint = testsupport::runCli({QStringLiteral("lint"), QStringLiteral("-"),
                                               QStringLiteral("--format"), QStringLiteral("json"),
                                               QStringLiteral("--server-version"), version},
                                              generated.out.toUtf8());
        QVERIFY2(lint.exitCode == 0 || lint.exitCode == 1, qPrintable(lint.err));
        QStringList errors;
        for (const QJsonValue &finding : QJsonDocument::fromJson(lint.out.toUtf8())
                                             .object()
                                             .value(QStringLiteral("findings"))
                                             .toArray())
            if (finding.toObject().value(QStringLiteral("severity")).toString() == u"error")
                errors << QStringLiteral("%1 (statement %2): %3")
                              .arg(finding.toObject().value(QStringLiteral("rule")).toString())
                              .arg(finding.toObject().value(QStringLiteral("statement")).toInt())
                              .arg(finding.toObject().value(QStringLiteral("message")).toString());
        QVERIFY2(errors.isEmpty(), qPrintable(version + QStringLiteral(": ") + errors.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestSyncTriggerPostgres)
#include "tst_synctriggerpostgres.moc"
