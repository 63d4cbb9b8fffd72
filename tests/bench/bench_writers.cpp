// Writers during the backfill: W application threads update random rows of a ROWS-row table
// (one short transaction each, the rows the backfill batches lock too), first with the table
// idle, then while the runner backfills a new column; prints max and p99 writer latency in both
// and checks the goal: no writer waits more than 2x the target batch time.
// Usage: COLUMN_PLANNER_TEST_PG_URI=postgresql://... bench_writers [ROWS] [WRITERS]
// [TARGET_BATCH_MS]

#include "db/dberror.h"
#include "db/session.h"
#include "plan/planfile.h"
#include "run/runcontrol.h"
#include "run/runner.h"
#include "store/runjournal.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>

namespace {

struct Latencies
{
    std::mutex mutex;
    std::vector<double> ms;
    QString error;
};

void writeUntil(const QString &uri, int rows, const std::atomic<bool> &stop, Latencies &out,
                unsigned seed)
{
    std::vector<double> local;
    try {
        auto session = Session::create(ConnectionUri::parse(uri));
        session->open();
        std::mt19937 random(seed);
        std::uniform_int_distribution<int> id(1, rows);
        while (!stop) {
            QElapsedTimer clock;
            clock.start();
            session->execute(
                QStringLiteral(
                    "UPDATE orders SET status = 'touched', amount = amount + 0 WHERE id = %1")
                    .arg(id(random)));
            local.push_back(clock.nsecsElapsed() / 1e6);
        }
    } catch (const DbError &error) {
        std::lock_guard lock(out.mutex);
        out.error = error.message();
    }
    std::lock_guard lock(out.mutex);
    out.ms.insert(out.ms.end(), local.begin(), local.end());
}

// Runs W writers until `during` returns; returns their latencies.
std::vector<double> measure(const QString &uri, int rows, int writers,
                            const std::function<void()> &during)
{
    std::atomic<bool> stop{false};
    Latencies latencies;
    QList<QThread *> threads;
    for (int i = 0; i < writers; ++i) {
        threads << QThread::create(
            [&, i] { writeUntil(uri, rows, stop, latencies, 1000u + unsigned(i)); });
        threads.last()->start();
    }
    during();
    stop = true;
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    if (!latencies.error.isEmpty())
        std::fprintf(stderr, "writer failed: %s\n", qPrintable(latencies.error));
    std::sort(latencies.ms.begin(), latencies.ms.end());
    return latencies.ms;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    return sorted.at(std::min(sorted.size() - 1, size_t(p * double(sorted.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (testsupport::postgresUri().isEmpty()) {
        std::fprintf(stderr, "set COLUMN_PLANNER_TEST_PG_URI\n");
        return 2;
    }
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int writers = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 4;
    const int targetMs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 200;
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_runner2_writers"));
    testsupport::execute(
        uri, QStringLiteral(
                 "CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) NOT NULL, "
                 "status text NOT NULL DEFAULT 'new');"
                 "INSERT INTO orders (amount) SELECT (g % 500) / 4.0 FROM generate_series(1, %1) g;"
                 "ALTER TABLE orders ADD COLUMN amount_cents bigint")
                 .arg(rows));
    testsupport::execute(uri, QStringLiteral("VACUUM ANALYZE orders"));

    QElapsedTimer backfillClock;
    const std::vector<double> idle = measure(uri, rows, writers, [] { QThread::msleep(5000); });
    const Plan plan = PlanFile::parse(
        QStringLiteral(R"({"format": "column-planner/plan@1", "title": "bench writers",
      "target": {"dialect": "postgresql"}, "table": {"schema": "public", "name": "orders"},
      "column": {"name": "amount_cents", "type": "bigint", "nullable": true, "backfill": "(amount * 100)::bigint"},
      "backfill": {"target_batch_ms": %1, "max_batch_rows": 200000, "pause_ms": 0, "max_replication_lag_ms": 0,
                   "lock_timeout_ms": 2000, "statement_timeout_ms": 600000}})")
            .arg(targetMs)
            .toUtf8(),
        QStringLiteral("bench-writers.json"));
    RunJournal journal;
    journal.open(testsupport::tempPath(QStringLiteral("bench-writers.sqlite")));
    RunControl control;
    RunOptions options;
    options.phase = QStringLiteral("backfill");
    Runner runner(plan, ConnectionUri::parse(uri), options, control, &journal);
    int batches = 0;
    double worstBatchMs = 0;
    runner.setEventHandler([&](const RunEvent &event) {
        if (event.kind == RunEvent::Progress && event.batchRows > 0) {
            ++batches;
            worstBatchMs = std::max(worstBatchMs, event.batchMs);
        }
    });
    RunOutcome outcome;
    const std::vector<double> busy = measure(uri, rows, writers, [&] {
        backfillClock.start();
        outcome = runner.run();
    });
    const double backfillMs = backfillClock.nsecsElapsed() / 1e6;
    if (outcome.status != RunOutcome::Done) {
        std::fprintf(stderr, "run failed: %s\n", qPrintable(outcome.message));
        return 1;
    }
    const double limit = 2.0 * targetMs;
    std::printf("rows %d, writers %d, target batch %d ms\n", rows, writers, targetMs);
    std::printf("idle      : %7zu writes  p50 %6.2f ms  p99 %7.2f ms  max %7.2f ms\n", idle.size(),
                percentile(idle, 0.5), percentile(idle, 0.99), idle.back());
    std::printf("backfill  : %7zu writes  p50 %6.2f ms  p99 %7.2f ms  max %7.2f ms  (backfill %.0f "
                "ms, %d progress events, slowest reported batch %.0f ms)\n",
                busy.size(), percentile(busy, 0.5), percentile(busy, 0.99), busy.back(), backfillMs,
                batches, worstBatchMs);
    std::printf(
        "goal      : max writer wait during the backfill %.0f ms <= 2 x target = %.0f ms: %s\n",
        busy.back(), limit, busy.back() <= limit ? "met" : "NOT met");
    return busy.back() <= limit ? 0 : 1;
}
