// The rehearsal's pure parts: the column generator follows the statistics it is given (NULL
// fraction, common values at their frequencies, distinct keys, length limits, date and time
// formats, determinism), latency percentiles are nearest-rank, and the verdict fails exactly the
// checks whose measurement is beyond its threshold.

#include "rehearsal/columngenerator.h"
#include "rehearsal/latencysummary.h"
#include "rehearsal/rehearsalreport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <cmath>

namespace {

ColumnInfo column(const QString &name, const QString &type, bool nullable = true)
{
    ColumnInfo info;
    info.name = name;
    info.type = type;
    info.nullable = nullable;
    return info;
}

ColumnStats stats(const QString &baseType, const QString &category)
{
    ColumnStats s;
    s.column = QStringLiteral("c");
    s.baseType = baseType;
    s.typeCategory = category;
    s.available = true;
    return s;
}

} // namespace

class TestRehearsalValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nullsAndCommonValuesAtTheirFrequencies()
    {
        ColumnStats s = stats(QStringLiteral("text"), QStringLiteral("S"));
        s.nullFrac = 0.3;
        s.nDistinct = 105;
        s.commonValues = {QStringLiteral("a"), QStringLiteral("b")};
        s.commonFreqs = {0.25, 0.15};
        for (int i = 0; i <= 100; ++i)
            s.histogramBounds << QStringLiteral("v%1").arg(i, 3, 10, QChar(u'0'));
        const qint64 rows = 40000;
        const ColumnGenerator generator(column(QStringLiteral("c"), QStringLiteral("text")), s,
                                        rows, false, 7);
        qint64 nulls = 0, a = 0, b = 0;
        QSet<QString> distinct;
        std::string value;
        for (qint64 row = 0; row < rows; ++row) {
            if (!generator.value(row, value)) {
                ++nulls;
                continue;
            }
            a += value == "a";
            b += value == "b";
            distinct.insert(QString::fromStdString(value));
        }
        QVERIFY(std::abs(double(nulls) / rows - 0.3) < 0.02);
        QVERIFY(std::abs(double(a) / rows - 0.25) < 0.02);
        QVERIFY(std::abs(double(b) / rows - 0.15) < 0.02);
        QVERIFY2(std::abs(double(distinct.size()) - 105) <= 105 * 0.25,
                 qPrintable(QString::number(distinct.size())));
    }

    void deterministicForASeed()
    {
        ColumnStats s = stats(QStringLiteral("double precision"), QStringLiteral("N"));
        s.numericBounds = {0, 10, 100, 1000};
        s.nDistinct = -1;
        const ColumnGenerator one(column(QStringLiteral("c"), QStringLiteral("double precision")),
                                  s, 1000, false, 3);
        const ColumnGenerator same(column(QStringLiteral("c"), QStringLiteral("double precision")),
                                   s, 1000, false, 3);
        const ColumnGenerator other(column(QStringLiteral("c"), QStringLiteral("double precision")),
                                    s, 1000, false, 4);
        std::string x, y, z;
        int differ = 0;
        for (qint64 row = 0; row < 1000; ++row) {
            one.value(row, x);
            same.value(row, y);
            other.value(row, z);
            QCOMPARE(x, y);
            differ += x != z;
            QVERIFY(std::stod(x) >= 0 && std::stod(x) <= 1000);
        }
        QVERIFY(differ > 900);
    }

    void uniqueIntegerKeysNeverRepeat()
    {
        ColumnStats s = stats(QStringLiteral("bigint"), QStringLiteral("N"));
        s.numericBounds = {1, 500000, 1000000};
        s.nDistinct = -1;
        s.correlation = 0.1; // a shuffled order
        const qint64 rows = 30000;
        const ColumnGenerator generator(
            column(QStringLiteral("id"), QStringLiteral("bigint"), false), s, rows, true, 1);
        QSet<qint64> seen;
        std::string value;
        qint64 ascending = 0, previous = -1;
        for (qint64 row = 0; row < rows; ++row) {
            QVERIFY(generator.value(row, value));
            const qint64 key = std::stoll(value);
            QVERIFY(key >= 1 && key <= 1000000);
            seen.insert(key);
            ascending += key > previous;
            previous = key;
        }
        QCOMPARE(seen.size(), rows);
        QVERIFY(ascending < rows * 0.9); // not simply sorted
    }

    void textRespectsTheLengthLimit()
    {
        ColumnStats s = stats(QStringLiteral("character varying"), QStringLiteral("S"));
        s.maxLength = 6;
        s.nDistinct = -1;
        s.histogramBounds = {QStringLiteral("alphabet"), QStringLiteral("zebra crossing")};
        const ColumnGenerator generator(
            column(QStringLiteral("c"), QStringLiteral("character varying(6)")), s, 5000, true, 1);
        std::string value;
        QSet<QString> seen;
        for (qint64 row = 0; row < 5000; ++row) {
            QVERIFY(generator.value(row, value));
            QVERIFY2(value.size() <= 6, value.c_str());
            seen.insert(QString::fromStdString(value));
        }
        QCOMPARE(seen.size(), 5000);
    }

    void datesAndTimestampsInServerFormat_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("date") << QStringLiteral("date") << QStringLiteral("^2024-0[1-3]-\\d\\d$");
        QTest::newRow("timestamp")
            << QStringLiteral("timestamp without time zone")
            << QStringLiteral("^2024-0[1-3]-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}$");
        QTest::newRow("timestamptz")
            << QStringLiteral("timestamp with time zone")
            << QStringLiteral("^2024-0[1-3]-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00$");
    }

    void datesAndTimestampsInServerFormat()
    {
        QFETCH(QString, type);
        QFETCH(QString, pattern);
        ColumnStats s = stats(type, QStringLiteral("D"));
        s.numericBounds = {1704067200, 1706745600,
                           1709251199}; // 2024-01-01, 2024-02-01, 2024-02-29 23:59:59 UTC
        s.nDistinct = -1;
        s.correlation = 1;
        const ColumnGenerator generator(column(QStringLiteral("c"), type), s, 2000, false, 1);
        const QRegularExpression format(pattern);
        std::string value, previous;
        for (qint64 row = 0; row < 2000; ++row) {
            QVERIFY(generator.value(row, value));
            QVERIFY2(format.match(QString::fromStdString(value)).hasMatch(), value.c_str());
            QVERIFY(value >= previous); // correlation 1: the physical order is the value order
            previous = value;
        }
    }

    void percentilesAreNearestRank()
    {
        std::vector<double> values;
        for (int i = 100; i >= 1; --i)
            values.push_back(i);
        const LatencySummary summary = LatencySummary::of(values);
        QCOMPARE(summary.count, qint64(100));
        QCOMPARE(summary.p50, 50.0);
        QCOMPARE(summary.p95, 95.0);
        QCOMPARE(summary.p99, 99.0);
        QCOMPARE(summary.max, 100.0);
        QCOMPARE(LatencySummary::of({}).count, qint64(0));
    }

    void verdictFailsExactlyTheChecksBeyondTheirThresholds()
    {
        RehearsalReport report;
        report.runOutcome = QStringLiteral("done");
        report.baseline.p99 = 8;
        report.baseline.count = 100;
        report.thresholds.p99Ratio = 2;
        report.thresholds.p99FloorMs = 10;
        report.thresholds.maxLockWaitMs = 1000;
        RehearsalPhase calm;
        calm.name = QStringLiteral("expand");
        calm.latency.count = 10;
        calm.latency.p99 = 16; // the limit is max(2 x 8, 10) = 16: within
        calm.maxLockWaitMs = 999;
        report.phases << calm;
        report.judge();
        QVERIFY2(report.passed, qPrintable(report.reasons().join(u'\n')));

        RehearsalPhase busy;
        busy.name = QStringLiteral("backfill");
        busy.latency.count = 10;
        busy.latency.p99 = 16.5;
        busy.maxLockWaitMs = 1200;
        busy.longestWaiter = QStringLiteral("workload: UPDATE ...");
        report.phases << busy;
        report.judge();
        QVERIFY(!report.passed);
        QStringList failed;
        for (const RehearsalCheck &check : report.checks)
            if (!check.passed)
                failed << check.rule + u'@' + check.phase;
        QCOMPARE(failed, (QStringList{QStringLiteral("p99-vs-baseline@backfill"),
                                      QStringLiteral("lock-wait@backfill")}));
        QCOMPARE(report.reasons().size(), 2);
        QVERIFY(report.reasons().at(1).contains(QStringLiteral("workload: UPDATE")));

        report.phases.removeLast();
        report.runOutcome = QStringLiteral("checks_failed");
        report.judge();
        QVERIFY(!report.passed);
        QCOMPARE(report.reasons().size(), 1);
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("verdict"))
                     .toObject()
                     .value(QStringLiteral("passed"))
                     .toBool(),
                 false);
        QCOMPARE(json.value(QStringLiteral("phases")).toArray().size(), 1);
        QVERIFY(json.value(QStringLiteral("baseline")).toObject().contains(QStringLiteral("p99")));
    }
};

QTEST_GUILESS_MAIN(TestRehearsalValues)
#include "tst_rehearsalvalues.moc"
