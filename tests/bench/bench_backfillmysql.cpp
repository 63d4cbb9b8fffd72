// Backfill of a 1,000,000-row InnoDB table on MySQL/MariaDB by the runner (keyset batches, one
// transaction each, journaled checkpoints) against a single UPDATE of an identical table.
// Usage: COLUMN_PLANNER_TEST_MYSQL_URI=mysql://... bench_backfillmysql [ROWS]

#include "db/session.h"
#include "plan/planfile.h"
#include "run/runcontrol.h"
#include "run/runner.h"
#include "store/runjournal.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

namespace {

const QString database = QStringLiteral("cp_runner_bench_mysql");

Plan benchPlan(const QString &table)
{
    const QString json = QStringLiteral(R"J({"format": "column-planner/plan@1", "title": "bench",
      "target": {"dialect": "mariadb"}, "table": {"schema": "%2", "name": "%1"},
      "column": {"name": "amount_cents", "type": "bigint", "nullable": true, "backfill": "round(amount * 100)"},
      "backfill": {"target_batch_ms": 200, "max_batch_rows": 200000, "pause_ms": 0, "max_replication_lag_ms": 5000,
                   "lock_timeout_ms": 2000, "statement_timeout_ms": 600000}})J")
                             .arg(table, database);
    return PlanFile::parse(json.toUtf8(), QStringLiteral("bench.json"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (testsupport::mysqlUri().isEmpty()) {
        std::fprintf(stderr, "set COLUMN_PLANNER_TEST_MYSQL_URI\n");
        return 2;
    }
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const QString uri = testsupport::createScratchMysqlDatabase(database);
    for (const char *table : {"batched", "single"})
        testsupport::execute(
            uri,
            QStringLiteral("CREATE TABLE %1 (id bigint AUTO_INCREMENT PRIMARY KEY, customer_id "
                           "bigint NOT NULL, amount decimal(12,2) NOT NULL,"
                           " status varchar(20) NOT NULL DEFAULT 'new', amount_cents bigint NULL);"
                           "INSERT INTO %1 (id, customer_id, amount) SELECT seq, seq % 1000, (seq "
                           "% 500) / 4.0 FROM seq_1_to_%2;"
                           "ANALYZE TABLE %1")
                .arg(QLatin1String(table))
                .arg(rows));
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();

    QElapsedTimer clock;
    clock.start();
    session->execute(QStringLiteral(
        "UPDATE single SET amount_cents = round(amount * 100) WHERE amount_cents IS NULL"));
    const double singleMs = clock.nsecsElapsed() / 1e6;

    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("bench-mysql-journal.sqlite")));
    RunControl control;
    RunOptions options;
    options.phase = QStringLiteral("backfill");
    options.sampleEveryBatches = 0;
    Runner runner(benchPlan(QStringLiteral("batched")), ConnectionUri::parse(uri), options, control,
                  &journal);
    int batches = 0;
    runner.setEventHandler(
        [&](const RunEvent &event) { batches += event.kind == RunEvent::Progress ? 1 : 0; });
    clock.restart();
    const RunOutcome outcome = runner.run();
    const double batchedMs = clock.nsecsElapsed() / 1e6;
    if (outcome.status != RunOutcome::Done) {
        std::fprintf(stderr, "run failed: %s\n", qPrintable(outcome.message));
        return 1;
    }
    const QString left =
        session
            ->execute(QStringLiteral(
                "SELECT count(*) FROM batched WHERE NOT (amount_cents <=> round(amount * 100))"))
            .value(0, 0)
            .toString();
    std::printf("rows %d\nsingle UPDATE      %8.0f ms\nrunner backfill    %8.0f ms (%d progress "
                "events, journaled checkpoints)\nratio              %8.2f\nrows left wrong    %s\n",
                rows, singleMs, batchedMs, batches, batchedMs / singleMs, qPrintable(left));
    return left == u"0" ? 0 : 1;
}
