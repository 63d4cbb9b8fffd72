// Backfill of a 2,000,000-row table by the runner (keyset batches, one transaction each,
// journaled checkpoints) against a single UPDATE of an identical table in the same run.
// Usage: COLUMN_PLANNER_TEST_PG_URI=postgresql://... bench_backfill [ROWS]   (goal: ratio <= 1.10)

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

Plan benchPlan(const QString &table)
{
    const QString json = QStringLiteral(R"({"format": "column-planner/plan@1", "title": "bench",
      "target": {"dialect": "postgresql"}, "table": {"schema": "public", "name": "%1"},
      "column": {"name": "amount_cents", "type": "bigint", "nullable": true, "backfill": "(amount * 100)::bigint"},
      "backfill": {"target_batch_ms": 200, "max_batch_rows": 200000, "pause_ms": 0, "max_replication_lag_ms": 5000,
                   "lock_timeout_ms": 2000, "statement_timeout_ms": 600000}})")
                             .arg(table);
    return PlanFile::parse(json.toUtf8(), QStringLiteral("bench.json"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString server = testsupport::postgresUri();
    if (server.isEmpty()) {
        std::fprintf(stderr, "set COLUMN_PLANNER_TEST_PG_URI\n");
        return 2;
    }
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000000;
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_runner_bench"));
    for (const char *table : {"batched", "single"})
        testsupport::execute(
            uri, QStringLiteral("CREATE TABLE %1 (id bigserial PRIMARY KEY, customer_id bigint NOT "
                                "NULL, amount numeric(12,2) NOT NULL,"
                                " status text NOT NULL DEFAULT 'new');"
                                "INSERT INTO %1 (customer_id, amount) SELECT g % 1000, (g % 500) / "
                                "4.0 FROM generate_series(1, %2) g;"
                                "ALTER TABLE %1 ADD COLUMN amount_cents bigint;")
                     .arg(QLatin1String(table))
                     .arg(rows));
    for (const char *sql : {"VACUUM ANALYZE batched", "VACUUM ANALYZE single", "CHECKPOINT"})
        testsupport::execute(uri, QLatin1String(sql));
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();

    QElapsedTimer clock;
    clock.start();
    session->execute(QStringLiteral("UPDATE single SET amount_cents = ((amount * "
                                    "100)::bigint)::bigint WHERE amount_cents IS NULL"));
    const double singleMs = clock.nsecsElapsed() / 1e6;
    session->execute(QStringLiteral("CHECKPOINT"));

    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("bench-journal.sqlite")));
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
            ->execute(QStringLiteral("SELECT count(*) FROM batched WHERE amount_cents IS DISTINCT "
                                     "FROM (amount * 100)::bigint"))
            .value(0, 0)
            .toString();
    std::printf(
        "rows %d\nsingle UPDATE      %8.0f ms\nrunner backfill    %8.0f ms (%d progress events, "
        "journaled checkpoints)\nratio              %8.2f (goal <= 1.10)\nrows left wrong    %s\n",
        rows, singleMs, batchedMs, batches, batchedMs / singleMs, qPrintable(left));
    return left == u"0" ? 0 : 1;
}
