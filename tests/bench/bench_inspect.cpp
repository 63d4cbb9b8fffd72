// Benchmark: inspect a PostgreSQL database holding 10,000 tables (goal: under 1 s).
// Usage: COLUMN_PLANNER_TEST_PG_URI=postgresql://... build/bin/bench_inspect [tables]
// Creates the database cp_bench_inspect once (kept for reruns), then times the in-process
// catalog read and the whole `column-planner inspect --json` process, median of 7 runs each.

#include "db/session.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int tables = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    if (testsupport::postgresUri().isEmpty()) {
        std::fprintf(stderr, "set COLUMN_PLANNER_TEST_PG_URI to a PostgreSQL server\n");
        return 2;
    }
    const ConnectionUri admin = ConnectionUri::parse(testsupport::postgresUri());
    QString uri = admin.conninfo();
    uri.replace(QRegularExpression(QStringLiteral("dbname='[^']*'")), QString());
    uri += QStringLiteral(" dbname='cp_bench_inspect'");

    auto session = Session::create(ConnectionUri::parse(uri));
    try {
        session->open();
    } catch (const std::exception &) {
        testsupport::createScratchDatabase(QStringLiteral("cp_bench_inspect"));
        session->open();
    }
    const int present =
        session
            ->execute(QStringLiteral("SELECT count(*) FROM pg_class WHERE relkind = 'r' AND "
                                     "relnamespace = 'public'::regnamespace"))
            .value(0, 0)
            .toInt();
    if (present != tables) {
        std::printf("creating %d tables...\n", tables);
        std::fflush(stdout);
        session->execute(QStringLiteral("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"));
        for (int start = 0; start < tables; start += 500) {
            session->execute(QStringLiteral(R"SQL(
DO $$ BEGIN
  FOR i IN %1..%2 LOOP
    EXECUTE format('CREATE TABLE public.t%s (id bigint PRIMARY KEY, customer_id bigint NOT NULL,
                    amount numeric(12,2) DEFAULT 0, note text, created_at timestamptz NOT NULL DEFAULT now(),
                    CONSTRAINT t%s_amount CHECK (amount >= 0))', i, i);
    EXECUTE format('CREATE INDEX t%s_customer_idx ON public.t%s (customer_id)', i, i);
  END LOOP;
END $$)SQL")
                                 .arg(start)
                                 .arg(std::min(start + 499, tables - 1)));
        }
        session->execute(QStringLiteral("ANALYZE"));
    }

    auto timeCatalog = [&](bool summaryOnly) {
        QList<double> runs;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            CatalogFilter filter;
            filter.summaryOnly = summaryOnly;
            const int count = int(session->catalog(filter).tables.size());
            runs << timer.nsecsElapsed() / 1e6;
            if (count != tables)
                std::fprintf(stderr, "expected %d tables, read %d\n", tables, count);
        }
        return median(runs);
    };
    // Each CLI run is a fresh process and a fresh server backend with cold caches.
    auto timeCli = [&](const QStringList &extra) {
        QList<double> runs;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            QProcess process;
            process.setStandardOutputFile(QProcess::nullDevice());
            process.start(QStringLiteral(COLUMN_PLANNER_BIN),
                          QStringList{QStringLiteral("inspect"), QStringLiteral("--db"), uri} +
                              extra);
            process.waitForFinished(300000);
            runs << timer.nsecsElapsed() / 1e6;
            if (process.exitCode() != 0)
                std::fprintf(stderr, "inspect failed: %s\n",
                             process.readAllStandardError().constData());
        }
        return median(runs);
    };
    std::printf("tables: %d (median of 7 runs each)\n", tables);
    std::printf("column-planner inspect (text listing, whole process): %.0f ms\n", timeCli({}));
    std::printf("column-planner inspect --json (every fact, whole process): %.0f ms\n",
                timeCli({QStringLiteral("--json")}));
    std::printf("catalog read in process, summary: %.0f ms\n", timeCatalog(true));
    std::printf("catalog read in process, every fact: %.0f ms\n", timeCatalog(false));
    return 0;
}
