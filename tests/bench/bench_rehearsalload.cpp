// Synthetic load rate of a rehearsal: a 10-column source table (keys, integers, numeric, text
// with skew and NULLs, timestamps, a boolean, a uuid) is analysed, then ROWS synthetic rows
// following its statistics are generated and streamed into a staging database with COPY
// (pqxx::stream_to); prints the COPY rate (goal >= 200,000 rows/s) and the time of keys,
// indexes and ANALYZE after it. Median of RUNS loads.
// Usage: COLUMN_PLANNER_TEST_PG_URI=postgresql://... bench_rehearsalload [ROWS=1000000] [RUNS=3]

#include "db/dberror.h"
#include "db/postgressession.h"
#include "rehearsal/stagingbuilder.h"
#include "rehearsal/tableprofiler.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    if (testsupport::postgresUri().isEmpty()) {
        std::fprintf(stderr, "set COLUMN_PLANNER_TEST_PG_URI\n");
        return 2;
    }
    try {
        const QString sourceUri =
            testsupport::createScratchDatabase(QStringLiteral("cpl_bench_rehearsal_source"));
        const QString stagingUri =
            testsupport::createScratchDatabase(QStringLiteral("cpl_bench_rehearsal_staging"));
        testsupport::execute(
            sourceUri,
            QStringLiteral(
                "CREATE TABLE wide (id bigint PRIMARY KEY, account_id integer NOT NULL, amount "
                "numeric(12,2) NOT NULL,"
                " status text NOT NULL, note text, created_at timestamptz NOT NULL, shipped_on "
                "date, score double precision,"
                " active boolean NOT NULL, token uuid NOT NULL);"
                "INSERT INTO wide SELECT g, 1 + g % 5000, (g % 100000) / 100.0,"
                " (ARRAY['new','paid','shipped','returned','lost'])[1 + (g % 17) % 5],"
                " CASE WHEN g % 10 < 3 THEN NULL ELSE 'note ' || (g % 20000) END,"
                " timestamptz '2024-01-01' + g * interval '10 seconds', date '2024-01-01' + (g % "
                "365),"
                " sqrt(g), g % 3 = 0, md5(g::text)::uuid FROM generate_series(1, 200000) g;"
                "CREATE INDEX wide_status_idx ON wide (status); ANALYZE wide"));
        PostgresSession source(ConnectionUri::parse(sourceUri));
        source.open();
        const TableProfile profile =
            TableProfiler::read(source, QStringLiteral("public"), QStringLiteral("wide"));
        PostgresSession staging(ConnectionUri::parse(stagingUri));
        staging.open();
        std::vector<double> rates, builds;
        for (int run = 0; run < runs; ++run) {
            const StagingLoad load =
                StagingBuilder::build(staging, profile, rows, true, {}, nullptr, quint64(run + 1));
            rates.push_back(load.rowsPerSecond);
            builds.push_back(load.buildMs);
            std::printf(
                "run %d: %lld rows, COPY %.0f ms (%.0f rows/s), keys+indexes+ANALYZE %.0f ms\n",
                run + 1, (long long)rows, load.loadMs, load.rowsPerSecond, load.buildMs);
        }
        std::sort(rates.begin(), rates.end());
        std::sort(builds.begin(), builds.end());
        const double median = rates[rates.size() / 2];
        std::printf("median COPY rate %.0f rows/s (goal >= 200000): %s; keys+indexes+ANALYZE "
                    "median %.0f ms\n",
                    median, median >= 200000 ? "met" : "NOT met", builds[builds.size() / 2]);
        return median >= 200000 ? 0 : 1;
    } catch (const DbError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 3;
    }
}
