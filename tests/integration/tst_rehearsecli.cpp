// `column-planner rehearse` on a real server, source and staging two databases of the same
// cluster: a safe plan (batched backfill) runs through the real runner while the workload
// replays reads and writes, and the report carries measured latencies for the baseline and each
// phase, no lock wait above the threshold, and is attached to the plan; a planted unsafe variant
// (the backfill overridden by one UPDATE of the whole table, slowed so that it holds its row
// locks for seconds on any machine) is flagged by the verdict with exit 1. The source is never
// written. Bad input gives one line and exit 2.

#include "runtestkit.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace runtestkit;

namespace {

const int Rows = 20000;

QJsonObject parseReport(const testsupport::CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (exit %d): %s\nstderr: %s", run.exitCode, qPrintable(run.out.left(2000)),
                 qPrintable(run.err));
    return document.object();
}

QJsonObject phaseNamed(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &phase : report.value(QStringLiteral("phases")).toArray())
        if (phase.toObject().value(QStringLiteral("name")).toString() == name)
            return phase.toObject();
    return {};
}

QStringList commonArgs(const QString &plan, const QString &source, const QString &staging)
{
    return {QStringLiteral("rehearse"),      plan,
            QStringLiteral("--source"),      source,
            QStringLiteral("--staging"),     staging,
            QStringLiteral("--json"),        QStringLiteral("--replace"),
            QStringLiteral("--baseline"),    QStringLiteral("1"),
            QStringLiteral("--after"),       QStringLiteral("1"),
            QStringLiteral("--clients"),     QStringLiteral("2"),
            QStringLiteral("--rate"),        QStringLiteral("100"),
            QStringLiteral("--max-wait-ms"), QStringLiteral("2000")};
}

} // namespace

class TestRehearseCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_POSTGRES(uri);
        m_source = testsupport::createScratchDatabase(QStringLiteral("cpl_rehearse_cli_source"));
        m_staging = testsupport::createScratchDatabase(QStringLiteral("cpl_rehearse_cli_staging"));
        testsupport::execute(
            m_source,
            QStringLiteral("CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) "
                           "NOT NULL, status text NOT NULL DEFAULT 'new',"
                           "                     created_at timestamptz NOT NULL DEFAULT now());"
                           "CREATE INDEX orders_status_idx ON orders (status);"
                           "INSERT INTO orders (amount, status, created_at)"
                           " SELECT (g % 500) / 4.0, (ARRAY['new','paid','shipped','returned'])[1 "
                           "+ g % 4] || (g % 40 / 4),"
                           "        timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' "
                           "FROM generate_series(1, %1) g;"
                           "ANALYZE orders")
                .arg(Rows));
    }

    void safePlanMeasuresLatencyWithoutLongWaits()
    {
        // Safe: batched backfill, and the sync trigger fills the rows the workload inserts
        // meanwhile (without it the verify check rightly finds them empty).
        QString json = planJson(QStringLiteral("amount_cents"), NullableCentsColumn, 50);
        json.replace(QStringLiteral("\"statement_timeout_ms\": 60000}"),
                     QStringLiteral("\"statement_timeout_ms\": 60000, \"sync_trigger\": true}"));
        QVERIFY(json.contains(QStringLiteral("sync_trigger")));
        const QString planPath = writeFile(QStringLiteral("rehearse-safe.json"), json);
        QStringList args = commonArgs(planPath, m_source, m_staging);
        // No inserts here: a row the workload inserts after enforce has dropped the sync trigger
        // rightly fails the verify checks (the application must write the column by then), and
        // whether one lands in that window depends on timing. The wait limit is above the plan's
        // lock_timeout (2 s), the longest one of the runner's DDL statements may queue.
        args << QStringLiteral("--attach") << QStringLiteral("--p99-floor-ms")
             << QStringLiteral("60000") << QStringLiteral("--mix") << QStringLiteral("50,20,0,30")
             << QStringLiteral("--max-wait-ms") << QStringLiteral("3000");
        const testsupport::CliRun run = testsupport::runCli(args);
        const QJsonObject report = parseReport(run);
        QVERIFY2(
            run.exitCode == 0,
            qPrintable(run.err +
                       QJsonDocument(report.value(QStringLiteral("verdict")).toObject()).toJson() +
                       QJsonDocument(report.value(QStringLiteral("load")).toObject()).toJson()));
        QVERIFY(run.err.isEmpty() || !run.err.contains(QStringLiteral("column-planner:")));

        QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), qint64(Rows));
        QCOMPARE(report.value(QStringLiteral("run"))
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("done"));
        QVERIFY(report.value(QStringLiteral("baseline"))
                    .toObject()
                    .value(QStringLiteral("count"))
                    .toInteger() > 0);
        QVERIFY(report.value(QStringLiteral("baseline"))
                    .toObject()
                    .value(QStringLiteral("p99"))
                    .toDouble() > 0);
        qint64 duringRun = 0;
        QStringList names;
        for (const QJsonValue &value : report.value(QStringLiteral("phases")).toArray()) {
            const QJsonObject phase = value.toObject();
            names << phase.value(QStringLiteral("name")).toString();
            const QJsonObject latency = phase.value(QStringLiteral("latency_ms")).toObject();
            for (const char *key : {"p50", "p95", "p99", "max"})
                QVERIFY2(latency.contains(QLatin1String(key)), key);
            if (names.last() != u"after")
                duringRun += latency.value(QStringLiteral("count")).toInteger();
            QVERIFY(phase.value(QStringLiteral("max_lock_wait_ms")).toDouble() <= 3000);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("expand"), QStringLiteral("backfill"),
                                     QStringLiteral("enforce"), QStringLiteral("verify"),
                                     QStringLiteral("after")}));
        QVERIFY(duringRun > 0);
        QVERIFY(phaseNamed(report, QStringLiteral("after"))
                    .value(QStringLiteral("latency_ms"))
                    .toObject()
                    .value(QStringLiteral("count"))
                    .toInteger() > 0);
        QVERIFY(phaseNamed(report, QStringLiteral("backfill"))
                    .value(QStringLiteral("duration_ms"))
                    .toDouble() > 0);
        QVERIFY(report.value(QStringLiteral("backfill_rows_per_second")).toDouble() > 0);
        QVERIFY(report.value(QStringLiteral("wal_bytes")).toDouble() > 0);
        QVERIFY(report.value(QStringLiteral("max_lock_wait_ms")).toDouble() <= 3000);
        const QJsonObject verdict = report.value(QStringLiteral("verdict")).toObject();
        QVERIFY2(verdict.value(QStringLiteral("passed")).toBool(),
                 qPrintable(QJsonDocument(verdict).toJson()));
        QCOMPARE(verdict.value(QStringLiteral("reasons")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("fidelity"))
                     .toObject()
                     .value(QStringLiteral("flagged"))
                     .toInt(),
                 0);

        // Staging was changed (the generated rows; the workload's inserts after enforce dropped
        // the sync trigger stay empty, as the application's would), the source was not.
        QCOMPARE(scalar(m_staging,
                        QStringLiteral(
                            "SELECT count(*) FROM orders WHERE amount_cents IS NULL AND id <= %1")
                            .arg(Rows)),
                 QStringLiteral("0"));
        QCOMPARE(scalar(m_source,
                        QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                       "table_name = 'orders' AND column_name = 'amount_cents'")),
                 QStringLiteral("0"));

        // --attach: the plan file carries the report under "rehearsal", the plan itself unchanged.
        QFile file(planPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(plan.value(QStringLiteral("column"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("amount_cents"));
        const QJsonObject attached = plan.value(QStringLiteral("rehearsal")).toObject();
        QVERIFY(attached.value(QStringLiteral("verdict"))
                    .toObject()
                    .value(QStringLiteral("passed"))
                    .toBool());
        QVERIFY(
            attached.value(QStringLiteral("baseline")).toObject().contains(QStringLiteral("p99")));
        QCOMPARE(attached.value(QStringLiteral("phases")).toArray().size(), 5);
        QVERIFY(attached.contains(QStringLiteral("max_lock_wait_ms")));
        QVERIFY(attached.contains(QStringLiteral("wal_bytes")));
    }

    void unsafeSingleStatementBackfillIsFlagged()
    {
        // One UPDATE of every row, each row slowed by 0.2 ms: it holds the row locks of what it
        // has written for at least 4 s whatever the machine's speed, so workload updates wait.
        QString json = planJson(QStringLiteral("amount_cents"), NullableCentsColumn, 50);
        json.replace(
            QStringLiteral("\"checks\": []"),
            QStringLiteral(
                "\"checks\": [], \"overrides\": {\"backfill\": \"UPDATE orders SET amount_cents = "
                "(amount * 100)::bigint WHERE pg_sleep(0.0002) IS NOT NULL;\"}"));
        const QString planPath = writeFile(QStringLiteral("rehearse-unsafe.json"), json);
        QStringList args = commonArgs(planPath, m_source, m_staging);
        args << QStringLiteral("--p99-floor-ms") << QStringLiteral("60000");
        const testsupport::CliRun run = testsupport::runCli(args);
        const QJsonObject report = parseReport(run);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject verdict = report.value(QStringLiteral("verdict")).toObject();
        QVERIFY(!verdict.value(QStringLiteral("passed")).toBool());
        bool lockWaitFlagged = false;
        for (const QJsonValue &check : verdict.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = check.toObject();
            if (c.value(QStringLiteral("rule")).toString() == u"lock-wait" &&
                !c.value(QStringLiteral("passed")).toBool()) {
                lockWaitFlagged = true;
                QCOMPARE(c.value(QStringLiteral("phase")).toString(), QStringLiteral("backfill"));
                QVERIFY(c.value(QStringLiteral("value")).toDouble() > 2000);
            }
        }
        QVERIFY2(lockWaitFlagged, qPrintable(QJsonDocument(verdict).toJson()));
        QVERIFY(!verdict.value(QStringLiteral("reasons")).toArray().isEmpty());
        QVERIFY(report.value(QStringLiteral("max_lock_wait_ms")).toDouble() > 2000);
        QVERIFY(phaseNamed(report, QStringLiteral("backfill"))
                    .value(QStringLiteral("latency_ms"))
                    .toObject()
                    .value(QStringLiteral("max"))
                    .toDouble() > 2000);
    }

    void badInputIsOneLineAndExitTwo_data()
    {
        QTest::addColumn<QString>("staging");
        QTest::addColumn<QString>("expected");
        QTest::newRow("staging is the source") << QStringLiteral("SOURCE application_name='other'")
                                               << QStringLiteral("never writes into the source");
        QTest::newRow("rows too large for the disk")
            << QStringLiteral("STAGING --rows 10000000000000") << QStringLiteral("free there");
    }

    void badInputIsOneLineAndExitTwo()
    {
        QFETCH(QString, staging);
        QFETCH(QString, expected);
        const QString planPath =
            writeFile(QStringLiteral("rehearse-bad.json"),
                      planJson(QStringLiteral("amount_cents"), NullableCentsColumn, 50));
        QStringList extra;
        if (staging.startsWith(QStringLiteral("STAGING"))) {
            extra = staging.mid(8).split(u' ');
            staging = m_staging;
        } else {
            staging.replace(QStringLiteral("SOURCE"), m_source);
        }
        QStringList args{
            QStringLiteral("rehearse"),  planPath, QStringLiteral("--source"), m_source,
            QStringLiteral("--staging"), staging,  QStringLiteral("--replace")};
        args << extra;
        const testsupport::CliRun run = testsupport::runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        // Nothing was written to the source.
        QCOMPARE(scalar(m_source, QStringLiteral("SELECT count(*) FROM orders")),
                 QString::number(Rows));
    }

private:
    QString m_source;
    QString m_staging;
};

QTEST_GUILESS_MAIN(TestRehearseCli)
#include "tst_rehearsecli.moc"
