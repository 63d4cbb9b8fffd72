// BatchSizer: converges on the target batch time under a cost model, stays within its bounds,
// reacts to a new target and to shrink requests; RetryBackoff: exponential, jittered, capped.

#include "run/batchsizer.h"
#include "run/retrybackoff.h"

#include <QTest>
#include <cmath>

class TestBatchSizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void convergesOnTarget_data();
    void convergesOnTarget();
    void staysWithinBounds();
    void followsNewTarget();
    void shrinkScalesDownAtOnce();
    void shortLastBatchDoesNotShrink();
    void noisyTimesStayDamped();
    void backoffGrowsWithJitterAndCap();
};

void TestBatchSizer::convergesOnTarget_data()
{
    QTest::addColumn<double>("msPerRow");
    QTest::addColumn<double>("fixedMs");
    QTest::addColumn<int>("targetMs");
    QTest::addColumn<int>("initial");
    QTest::newRow("fast rows, start small") << 0.01 << 2.0 << 200 << 1000;
    QTest::newRow("slow rows, start big") << 1.0 << 5.0 << 100 << 50000;
    QTest::newRow("fixed cost dominates") << 0.001 << 30.0 << 200 << 100;
}

void TestBatchSizer::convergesOnTarget()
{
    QFETCH(double, msPerRow);
    QFETCH(double, fixedMs);
    QFETCH(int, targetMs);
    QFETCH(int, initial);
    BatchSizer sizer(initial, 1000000, targetMs);
    double ms = 0;
    for (int i = 0; i < 40; ++i) {
        const int rows = sizer.next();
        ms = fixedMs + rows * msPerRow;
        sizer.record(rows, ms);
    }
    ms = fixedMs + sizer.next() * msPerRow;
    // The smoothed rate includes the fixed cost, so the fixed point sits a little off the
    // target; within 20% is what "about the target" means here.
    QVERIFY2(std::abs(ms - targetMs) / targetMs < 0.2,
             qPrintable(QStringLiteral("batch of %1 rows takes %2 ms, target %3")
                            .arg(sizer.next())
                            .arg(ms)
                            .arg(targetMs)));
}

void TestBatchSizer::staysWithinBounds()
{
    BatchSizer sizer(500, 2000, 200, 50);
    for (int i = 0; i < 20; ++i)
        sizer.record(sizer.next(), 0.1); // absurdly fast: wants to grow forever
    QCOMPARE(sizer.next(), 2000);
    for (int i = 0; i < 20; ++i)
        sizer.record(sizer.next(), 100000); // absurdly slow
    QCOMPARE(sizer.next(), 50);
    BatchSizer clamped(1000000, 300, 200);
    QCOMPARE(clamped.next(), 300);
}

void TestBatchSizer::followsNewTarget()
{
    BatchSizer sizer(1000, 1000000, 200);
    auto settle = [&] {
        for (int i = 0; i < 30; ++i)
            sizer.record(sizer.next(), sizer.next() * 0.02); // 0.02 ms per row, no fixed cost
    };
    settle();
    QVERIFY(std::abs(sizer.next() - 10000) < 500);
    sizer.setTargetMs(50);
    QVERIFY(sizer.next() < 10000); // moves at once, at most halving
    settle();
    QVERIFY2(std::abs(sizer.next() - 2500) < 150, qPrintable(QString::number(sizer.next())));
}

void TestBatchSizer::shrinkScalesDownAtOnce()
{
    BatchSizer sizer(8000, 50000, 200);
    QCOMPARE(sizer.shrink(0.5), 4000);
    QCOMPARE(sizer.shrink(0.25), 1000);
    BatchSizer floor(20, 50000, 200, 10);
    QCOMPARE(floor.shrink(0.01), 10);
}

void TestBatchSizer::shortLastBatchDoesNotShrink()
{
    BatchSizer sizer(10000, 50000, 200);
    for (int i = 0; i < 10; ++i)
        sizer.record(sizer.next(), sizer.next() * 0.02);
    const int settled = sizer.next();
    sizer.record(37, 37 * 0.02); // the end of the table: few rows, quickly
    QVERIFY(sizer.next() >= settled);
}

void TestBatchSizer::noisyTimesStayDamped()
{
    BatchSizer sizer(10000, 1000000, 200);
    int previous = sizer.next();
    for (int i = 0; i < 50; ++i) {
        const int rows = sizer.next();
        const double noise = (i % 2) ? 3.0 : 0.33; // alternating very slow / very fast
        sizer.record(rows, rows * 0.02 * noise);
        const double step = double(sizer.next()) / previous;
        QVERIFY2(step <= 2.0 + 1e-9 && step >= 0.5 - 1e-9, qPrintable(QString::number(step)));
        previous = sizer.next();
    }
}

void TestBatchSizer::backoffGrowsWithJitterAndCap()
{
    RetryBackoff backoff(100, 3000, 42);
    for (int attempt = 1; attempt <= 12; ++attempt) {
        const double full = std::min(3000.0, 100 * std::pow(2.0, attempt - 1));
        for (int sample = 0; sample < 20; ++sample) {
            const int delay = backoff.delayMs(attempt);
            QVERIFY2(delay >= full / 2 - 1 && delay <= full + 1,
                     qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempt).arg(delay)));
        }
    }
    // Jitter: two retries of the same attempt do not all wait the same time.
    QSet<int> seen;
    for (int i = 0; i < 20; ++i)
        seen.insert(backoff.delayMs(5));
    QVERIFY(seen.size() > 5);
}

QTEST_GUILESS_MAIN(TestBatchSizer)
#include "tst_batchsizer.moc"
