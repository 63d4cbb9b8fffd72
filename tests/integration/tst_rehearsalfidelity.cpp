// The synthetic staging copy on a real server: a source table with known skew (30% NULLs in one
// column, five values holding half the rows in another, a uniform column, a timestamp that
// follows the physical order, a foreign key) is profiled from pg_stats, rebuilt in a second
// database of the same cluster with COPY, ANALYZEd there, and the staging statistics fall
// within the stated tolerances of the source's. The refusals: staging equal to the source
// (even written differently), a staging table already there, a source without statistics, a
// load larger than the staging disk.

#include "db/dberror.h"
#include "db/postgressession.h"
#include "rehearsal/fidelityreport.h"
#include "rehearsal/stagingbuilder.h"
#include "rehearsal/tableprofiler.h"
#include "testsupport.h"

#include <cmath>

namespace {

const int SourceRows = 30000;

void createSkewedSource(const QString &uri)
{
    testsupport::execute(
        uri, QStringLiteral(
                 "CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);"
                 "INSERT INTO customers SELECT i, 'customer ' || i FROM generate_series(1, 1000) i;"
                 "CREATE TABLE events ("
                 "  id bigserial PRIMARY KEY,"
                 "  note text,"
                 "  category text NOT NULL,"
                 "  uniform_n integer NOT NULL,"
                 "  created_at timestamptz NOT NULL,"
                 "  customer_id integer REFERENCES customers (id),"
                 "  amount numeric(12,2) CHECK (amount >= 0));"
                 "CREATE INDEX events_category_idx ON events (category);"
                 "INSERT INTO events (note, category, uniform_n, created_at, customer_id, amount)"
                 " SELECT CASE WHEN i % 10 < 3 THEN NULL ELSE 'note ' || (i % 2000) END,"
                 "        CASE WHEN i % 10 < 5 THEN 'hot' || (i % 5) ELSE 'cat' || ((i * 7919) % "
                 "500) END,"
                 "        (i * 7919) % 10000,"
                 "        timestamptz '2024-01-01 00:00:00+00' + i * interval '1 minute',"
                 "        1 + (i * 31) % 1000,"
                 "        ((i * 104729) % 100000) / 100.0"
                 "   FROM generate_series(1::bigint, %1) i;"
                 "ANALYZE customers; ANALYZE events;")
                 .arg(SourceRows));
}

struct Opened
{
    PostgresSession source;
    PostgresSession staging;
    Opened(const QString &sourceUri, const QString &stagingUri)
        : source(ConnectionUri::parse(sourceUri)), staging(ConnectionUri::parse(stagingUri))
    {
        source.open();
        staging.open();
    }
};

} // namespace

class TestRehearsalFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_POSTGRES(uri);
        m_source = testsupport::createScratchDatabase(QStringLiteral("cpl_rehearsal_fid_source"));
        m_staging = testsupport::createScratchDatabase(QStringLiteral("cpl_rehearsal_fid_staging"));
        createSkewedSource(m_source);
    }

    void stagingFollowsTheSourceStatistics_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::newRow("the source's estimate") << qint64(-1);
        QTest::newRow("scaled down to 12,000") << qint64(12000);
    }

    void stagingFollowsTheSourceStatistics()
    {
        QFETCH(qint64, rows);
        Opened db(m_source, m_staging);
        const TableProfile source =
            TableProfiler::read(db.source, QStringLiteral("public"), QStringLiteral("events"));
        QCOMPARE(qRound64(source.rowEstimate), qint64(SourceRows));
        if (rows < 0)
            rows = qint64(source.rowEstimate);
        qint64 lastProgress = 0;
        const StagingLoad load = StagingBuilder::build(db.staging, source, rows, /*replace*/ true,
                                                       [&](qint64 done, qint64 total) {
                                                           QCOMPARE(total, rows);
                                                           QVERIFY(done >= lastProgress);
                                                           lastProgress = done;
                                                       });
        QCOMPARE(lastProgress, rows);
        QCOMPARE(load.rows, rows);
        QVERIFY(load.rowsPerSecond > 0);
        QCOMPARE(db.staging.execute(QStringLiteral("SELECT count(*) FROM events"))
                     .value(0, 0)
                     .toString(),
                 QString::number(rows));

        const TableProfile staging =
            TableProfiler::read(db.staging, QStringLiteral("public"), QStringLiteral("events"));
        const FidelityReport report = FidelityReport::compare(source, staging, double(rows));
        QCOMPARE(report.columns.size(), 7);
        for (const FidelityColumn &column : report.columns)
            QVERIFY2(!column.flagged, qPrintable(column.column + QStringLiteral(": ") +
                                                 column.reasons.join(QStringLiteral("; "))));
        QCOMPARE(report.flaggedCount(), 0);

        // The stated tolerances, column by column, against what the source is known to hold.
        const ColumnStats *note = staging.statsFor(QStringLiteral("note"));
        QVERIFY(std::abs(note->nullFrac - 0.3) <= 0.05);
        const ColumnStats *category = staging.statsFor(QStringLiteral("category"));
        for (int hot = 0; hot < 5; ++hot) {
            const int at = int(category->commonValues.indexOf(QStringLiteral("hot%1").arg(hot)));
            QVERIFY2(at >= 0, qPrintable(category->commonValues.join(u',')));
            QVERIFY(std::abs(category->commonFreqs.at(at) - 0.1) <= 0.05);
        }
        const ColumnStats *uniform = staging.statsFor(QStringLiteral("uniform_n"));
        // 10,000 values in 30,000 rows: pg_stats keeps that as a fraction of the rows (-0.333), so
        // a scaled copy keeps the fraction.
        QCOMPARE(qRound(source.statsFor(QStringLiteral("uniform_n"))->distinctFor(SourceRows)),
                 10000);
        const double expectedUniform =
            source.statsFor(QStringLiteral("uniform_n"))->distinctFor(double(rows));
        QVERIFY2(std::abs(uniform->distinctFor(double(rows)) - expectedUniform) <=
                     0.25 * expectedUniform,
                 qPrintable(QString::number(uniform->distinctFor(double(rows)))));
        QVERIFY(std::abs(uniform->correlation) < 0.2);
        const ColumnStats *created = staging.statsFor(QStringLiteral("created_at"));
        QVERIFY2(created->correlation > 0.9, qPrintable(QString::number(created->correlation)));
        QVERIFY(staging.statsFor(QStringLiteral("id"))->nDistinct == -1);

        // Structure: keys, the index, the CHECK, and the foreign key to generated parent rows.
        QCOMPARE(staging.table.primaryKey, QStringList{QStringLiteral("id")});
        bool hasIndex = false;
        for (const IndexInfo &index : staging.table.indexes)
            hasIndex = hasIndex || index.name == u"events_category_idx";
        QVERIFY(hasIndex);
        QStringList kinds;
        for (const ConstraintInfo &constraint : staging.table.constraints) {
            kinds << constraint.kind;
            QVERIFY2(constraint.validated, qPrintable(constraint.name));
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("check"), QStringLiteral("foreign_key"),
                                     QStringLiteral("primary_key")}));
        QCOMPARE(
            db.staging
                .execute(QStringLiteral("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 "
                                        "FROM customers c WHERE c.id = e.customer_id)"))
                .value(0, 0)
                .toString(),
            QStringLiteral("0"));
        // The serial's sequence continues after the generated keys.
        QCOMPARE(
            db.staging
                .execute(QStringLiteral("SELECT nextval('events_id_seq') > max(id) FROM events"))
                .value(0, 0)
                .toString(),
            QStringLiteral("t"));
    }

    void refusesTheSourceAsStaging()
    {
        Opened db(m_source, m_source + QStringLiteral(" application_name='written-differently'"));
        try {
            StagingBuilder::refuseSameDatabase(db.source, db.staging);
            QFAIL("the source was accepted as staging");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::BadInput);
            QVERIFY(error.message().contains(QStringLiteral("never writes into the source")));
        }
        Opened separate(m_source, m_staging);
        StagingBuilder::refuseSameDatabase(separate.source, separate.staging); // no throw
    }

    void refusesAnExistingTableUnlessReplacing()
    {
        Opened db(m_source, m_staging);
        const TableProfile source =
            TableProfiler::read(db.source, QStringLiteral("public"), QStringLiteral("events"));
        StagingBuilder::build(db.staging, source, 100, true);
        testsupport::execute(m_staging,
                             QStringLiteral("INSERT INTO events (id, category, uniform_n, "
                                            "created_at) VALUES (-1, 'kept', 0, now())"));
        try {
            StagingBuilder::build(db.staging, source, 100, false);
            QFAIL("an existing staging table was overwritten");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::BadInput);
            QVERIFY(error.message().contains(QStringLiteral("--replace")));
        }
        QCOMPARE(db.staging.execute(QStringLiteral("SELECT count(*) FROM events WHERE id = -1"))
                     .value(0, 0)
                     .toString(),
                 QStringLiteral("1"));
    }

    void refusesASourceWithoutStatisticsOrSamplesIt()
    {
        // Autovacuum off: it must not analyse the tables while the test relies on their having
        // no statistics.
        testsupport::execute(
            m_source,
            QStringLiteral("CREATE TABLE never_analyzed (id int PRIMARY KEY, v text) WITH "
                           "(autovacuum_enabled = false);"
                           "INSERT INTO never_analyzed SELECT i, 'x' FROM generate_series(1, 50) i;"
                           "CREATE TABLE events_unanalyzed (LIKE events INCLUDING ALL) WITH "
                           "(autovacuum_enabled = false);"
                           "INSERT INTO events_unanalyzed SELECT * FROM events"));
        Opened db(m_source, m_staging);
        try {
            TableProfiler::read(db.source, QStringLiteral("public"),
                                QStringLiteral("never_analyzed"));
            QFAIL("a table without statistics was profiled");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::BadInput);
            QVERIFY(error.message().contains(QStringLiteral("ANALYZE")));
            QVERIFY(error.message().contains(QStringLiteral("--sample")));
        }

        // With sampling: the same skew as pg_stats shows on the analysed original.
        const TableProfile sampled = TableProfiler::read(db.source, QStringLiteral("public"),
                                                         QStringLiteral("events_unanalyzed"), true);
        QVERIFY(sampled.sampled);
        QVERIFY(sampled.notes.join(u' ').contains(QStringLiteral("sample")));
        QCOMPARE(db.source
                     .execute(QStringLiteral(
                         "SELECT count(*) FROM pg_stats WHERE tablename = 'events_unanalyzed'"))
                     .value(0, 0)
                     .toString(),
                 QStringLiteral("0")); // nothing was written to the source
        const TableProfile analysed =
            TableProfiler::read(db.source, QStringLiteral("public"), QStringLiteral("events"));
        const FidelityReport againstAnalysed =
            FidelityReport::compare(analysed, sampled, double(SourceRows));
        for (const FidelityColumn &column : againstAnalysed.columns)
            QVERIFY2(!column.flagged, qPrintable(column.column + QStringLiteral(": ") +
                                                 column.reasons.join(QStringLiteral("; "))));
        QVERIFY(sampled.statsFor(QStringLiteral("created_at"))->correlation > 0.9);

        // And a staging copy built from the sampled statistics follows them.
        TableProfile renamed = sampled;
        const StagingLoad load = StagingBuilder::build(db.staging, renamed, 12000, true);
        QCOMPARE(load.rows, qint64(12000));
        const TableProfile staging = TableProfiler::read(db.staging, QStringLiteral("public"),
                                                         QStringLiteral("events_unanalyzed"));
        for (const FidelityColumn &column :
             FidelityReport::compare(sampled, staging, 12000).columns)
            QVERIFY2(!column.flagged, qPrintable(column.column + QStringLiteral(": ") +
                                                 column.reasons.join(QStringLiteral("; "))));
    }

    void refusesALoadLargerThanTheDisk()
    {
        Opened db(m_source, m_staging);
        const TableProfile source =
            TableProfiler::read(db.source, QStringLiteral("public"), QStringLiteral("events"));
        StagingLoad load;
        StagingBuilder::checkSpace(db.staging, source, 1000, load); // fits
        QVERIFY(load.freeBytes > 0);
        try {
            StagingBuilder::checkSpace(db.staging, source, qint64(1e13), load);
            QFAIL("a load larger than the disk was accepted");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::BadInput);
            QVERIFY(error.message().contains(QStringLiteral("--rows")));
        }
    }

private:
    QString m_source;
    QString m_staging;
};

QTEST_GUILESS_MAIN(TestRehearsalFidelity)
#include "tst_rehearsalfidelity.moc"
