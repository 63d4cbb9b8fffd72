// The Rehearsal tab, offscreen, against a real server: a plan and its production connection
// are handed over, the staging URI typed, Rehearse clicked; the worker thread builds the
// synthetic copy and runs the plan under the workload while the page stays responsive, then the
// page shows the verdict, the latency and lock-wait charts per phase against the baseline and
// the fidelity table, and "Attach report to plan" hands over the report. Typing the source's own
// database as staging is refused on the page with the reason.

#include "db/connectionuri.h"
#include "mainwindow.h"
#include "plan/planfile.h"
#include "rehearsal/phasebarchart.h"
#include "rehearsal/rehearsalpage.h"
#include "testsupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QChart>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>

namespace {

Plan centsPlan()
{
    return PlanFile::parse(
        R"({"format": "column-planner/plan@1", "title": "cents", "target": {"dialect": "postgresql"},
        "table": {"schema": "public", "name": "orders"},
        "column": {"name": "amount_cents", "type": "bigint", "nullable": true, "backfill": "(amount * 100)::bigint"},
        "backfill": {"target_batch_ms": 50, "max_batch_rows": 50000, "pause_ms": 0, "max_replication_lag_ms": 5000,
                     "lock_timeout_ms": 2000, "statement_timeout_ms": 60000, "sync_trigger": true}, "checks": []})",
        QStringLiteral("gui-plan.json"));
}

// The phases along the chart's category axis, as drawn.
QStringList shownCategories(const PhaseBarChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes)
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    return {};
}

// The bar sets drawn per phase (e.g. p50, p95, p99).
int shownBarSets(const PhaseBarChart *chart)
{
    const QList<QAbstractSeries *> series = chart->chart()->series();
    for (QAbstractSeries *one : series)
        if (auto *bars = qobject_cast<QBarSeries *>(one))
            return int(bars->count());
    return 0;
}

} // namespace

class TestRehearsalPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_POSTGRES(uri);
        m_source = testsupport::createScratchDatabase(QStringLiteral("cpl_rehearsal_gui_source"));
        m_staging = testsupport::createScratchDatabase(QStringLiteral("cpl_rehearsal_gui_staging"));
        testsupport::execute(m_source,
                             QStringLiteral("CREATE TABLE orders (id bigserial PRIMARY KEY, amount "
                                            "numeric(12,2) NOT NULL, status text NOT NULL);"
                                            "CREATE INDEX orders_status_idx ON orders (status);"
                                            "INSERT INTO orders (amount, status) SELECT (g % 500) "
                                            "/ 4.0, 's' || (g % 7) FROM generate_series(1, 8000) g;"
                                            "ANALYZE orders"));
    }

    void rehearsesAndShowsTheReport()
    {
        RehearsalPage page;
        page.resize(1200, 900);
        page.show();
        auto *start = page.findChild<QPushButton *>(QStringLiteral("rehearsalStart"));
        auto *staging = page.findChild<QLineEdit *>(QStringLiteral("stagingUri"));
        auto *rows = page.findChild<QSpinBox *>(QStringLiteral("rehearsalRows"));
        auto *mix = page.findChild<QLineEdit *>(QStringLiteral("workloadMix"));
        auto *attachButton = page.findChild<QPushButton *>(QStringLiteral("rehearsalAttach"));
        auto *verdictLabel = page.findChild<QLabel *>(QStringLiteral("rehearsalVerdict"));
        auto *fidelity = page.findChild<QTableWidget *>(QStringLiteral("fidelityTable"));
        auto *latencyChart =
            page.findChild<PhaseBarChart *>(QStringLiteral("rehearsalLatencyChart"));
        auto *lockChart = page.findChild<PhaseBarChart *>(QStringLiteral("rehearsalLockChart"));
        QVERIFY(start && staging && rows && mix && attachButton && verdictLabel && fidelity &&
                latencyChart && lockChart);
        QVERIFY(!start->isEnabled()); // no plan, no source yet
        page.setRehearsal(centsPlan(), ConnectionUri::parse(m_source));
        QVERIFY(start->isEnabled());
        page.setWorkload(2, 100, 0.5, 0.5);
        QTest::keyClicks(staging, m_staging);
        rows->setValue(5000);
        // No inserts: a row inserted after enforce drops the sync trigger would (rightly) fail
        // verify.
        mix->clear();
        QTest::keyClicks(mix, QStringLiteral("50,20,0,30"));
        QCOMPARE(mix->text(), QStringLiteral("50,20,0,30"));
        page.findChild<QCheckBox *>(QStringLiteral("replaceStagingTable"))
            ->setChecked(true); // replace
        QSignalSpy finished(&page, &RehearsalPage::finishedRehearsal);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(page.isRunning());
        QVERIFY(!start->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 180000);
        QVERIFY(!page.isRunning());
        QVERIFY(page.lastReport().has_value());
        const RehearsalReport report = *page.lastReport();
        QCOMPARE(report.rows, qint64(5000));
        QCOMPARE(report.runOutcome, QStringLiteral("done"));
        QVERIFY(report.baseline.count > 0);

        const QString verdict = verdictLabel->text();
        QVERIFY2(
            verdict.contains(report.passed ? QStringLiteral("PASSED") : QStringLiteral("FAILED")),
            qPrintable(verdict));
        QCOMPARE(fidelity->rowCount(), 3);
        QCOMPARE(fidelity->item(0, 0)->text(), QStringLiteral("id"));
        const QStringList categories = shownCategories(latencyChart);
        QCOMPARE(categories.first(), QStringLiteral("baseline"));
        QVERIFY(categories.contains(QStringLiteral("backfill")));
        QCOMPARE(shownBarSets(latencyChart), 3);
        QVERIFY(shownCategories(lockChart).contains(QStringLiteral("backfill")));

        QSignalSpy attach(&page, &RehearsalPage::attachRequested);
        QVERIFY(attachButton->isEnabled());
        QTest::mouseClick(attachButton, Qt::LeftButton);
        QCOMPARE(attach.size(), 1);
        const QJsonObject json = attach.first().first().toJsonObject();
        QVERIFY(
            json.value(QStringLiteral("verdict")).toObject().contains(QStringLiteral("passed")));
        QVERIFY(json.value(QStringLiteral("phases")).isArray());
    }

    void refusesTheSourceAsStagingOnThePage()
    {
        RehearsalPage page;
        page.show();
        auto *start = page.findChild<QPushButton *>(QStringLiteral("rehearsalStart"));
        auto *verdictLabel = page.findChild<QLabel *>(QStringLiteral("rehearsalVerdict"));
        QVERIFY(start && verdictLabel);
        page.setRehearsal(centsPlan(), ConnectionUri::parse(m_source));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("stagingUri")),
                         m_source + QStringLiteral(" application_name='typed-differently'"));
        QSignalSpy finished(&page, &RehearsalPage::finishedRehearsal);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(verdictLabel->text().contains(QStringLiteral("never writes into the source")),
                 qPrintable(verdictLabel->text()));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("rehearsalAttach"))->isEnabled());
        QVERIFY(start->isEnabled());
    }

    void closingTheWindowAsksThenStopsTheRehearsal()
    {
        QStandardPaths::setTestModeEnabled(true);
        MainWindow window;
        window.show();
        RehearsalPage *page = window.findChild<RehearsalPage *>(QStringLiteral("rehearsalPage"));
        page->setRehearsal(centsPlan(), ConnectionUri::parse(m_source));
        page->setWorkload(2, 100, 60,
                          0.5); // a long baseline: surely still running when the window closes
        QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("stagingUri")), m_staging);
        page->findChild<QCheckBox *>(QStringLiteral("replaceStagingTable"))->setChecked(true);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("rehearsalStart")),
                          Qt::LeftButton);
        QVERIFY(page->isRunning());

        QVERIFY(!window.close()); // refused: it asks first
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window.findChild<QMessageBox *>(
                         QStringLiteral("closeDuringRehearsalQuestion"))) &&
                    question->isVisible());
        QVERIFY(window.isVisible());
        QTest::mouseClick(
            question->findChild<QPushButton *>(QStringLiteral("stopRehearsalAndClose")),
            Qt::LeftButton);
        // Stopped well before the 60 s baseline would have ended, then the window closes by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 50000);
        QVERIFY(!page->isRunning());
    }

private:
    QString m_source;
    QString m_staging;
};

QTEST_MAIN(TestRehearsalPage)
#include "tst_rehearsalpage.moc"
