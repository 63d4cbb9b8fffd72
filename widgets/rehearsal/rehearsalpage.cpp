#include "rehearsalpage.h"

#include "designer/fieldnote.h"
#include "phasebarchart.h"
#include "rehearsal/rehearsalworker.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem *cell(const QString &text, const QColor &flagColor = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (flagColor.isValid())
        item->setForeground(flagColor);
    return item;
}

QString coloured(const QString &text, const QColor &color)
{
    return QStringLiteral("<b style='color:%1'>%2</b>").arg(color.name(), text.toHtmlEscaped());
}

} // namespace

RehearsalPage::RehearsalPage(QWidget *parent)
    : QWidget(parent), m_planLabel(new QLabel), m_sourceLabel(new QLabel), m_staging(new QLineEdit),
      m_rows(new QSpinBox), m_clients(new QSpinBox), m_rate(new QDoubleSpinBox),
      m_mix(new QLineEdit(QStringLiteral("50,20,10,20"))), m_baseline(new QDoubleSpinBox),
      m_after(new QDoubleSpinBox), m_p99Ratio(new QDoubleSpinBox), m_maxWait(new QSpinBox),
      m_replace(new QCheckBox(tr("Replace the staging table if it exists"))),
      m_sample(new QCheckBox(tr("Sample statistics if the source was never analysed"))),
      m_start(new QPushButton(tr("&Rehearse"))), m_stop(new QPushButton(tr("S&top"))),
      m_attach(new QPushButton(tr("&Attach report to plan"))), m_progress(new QProgressBar),
      m_stage(new QLabel), m_verdict(new QLabel),
      m_latencyChart(new PhaseBarChart(tr("Workload latency per phase"), tr("ms"))),
      m_lockChart(new PhaseBarChart(tr("Longest lock wait per phase"), tr("ms"))),
      m_fidelity(new QTableWidget), m_notes(new QLabel), m_worker(new RehearsalWorker)
{
    setObjectName(QStringLiteral("rehearsalPage"));
    m_staging->setObjectName(QStringLiteral("stagingUri"));
    m_staging->setPlaceholderText(
        tr("postgresql://user@staging-host:5432/staging_db (never the production database)"));
    m_rows->setObjectName(QStringLiteral("rehearsalRows"));
    m_rows->setRange(0, 2000000000);
    m_rows->setSpecialValueText(tr("the source's estimate"));
    m_rows->setGroupSeparatorShown(true);
    m_clients->setRange(1, 64);
    m_clients->setValue(4);
    m_rate->setRange(1, 100000);
    m_rate->setValue(200);
    m_rate->setSuffix(tr(" ops/s"));
    m_mix->setObjectName(QStringLiteral("workloadMix"));
    m_mix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{1,4},\\d{1,4},\\d{1,4},\\d{1,4}")), m_mix));
    m_mix->setToolTip(
        tr("Weights of reads by primary key, reads by an indexed column, inserts and updates"));
    m_mix->setMaximumWidth(140);
    m_baseline->setRange(0.5, 3600);
    m_baseline->setValue(5);
    m_baseline->setSuffix(tr(" s"));
    m_after->setRange(0, 3600);
    m_after->setValue(3);
    m_after->setSuffix(tr(" s"));
    m_p99Ratio->setRange(1, 100);
    m_p99Ratio->setValue(2);
    m_p99Ratio->setSuffix(tr(" × baseline"));
    m_maxWait->setRange(1, 3600000);
    m_maxWait->setValue(1000);
    m_maxWait->setSuffix(tr(" ms"));
    m_replace->setObjectName(QStringLiteral("replaceStagingTable"));
    m_sample->setObjectName(QStringLiteral("sampleStatistics"));
    // Short text (a check box does not wrap), so the page fits beside the docks on a laptop.
    m_sample->setToolTip(
        tr("Estimate statistics from a sample when the source table was never analysed"));
    m_start->setObjectName(QStringLiteral("rehearsalStart"));
    m_stop->setEnabled(false);
    m_attach->setObjectName(QStringLiteral("rehearsalAttach"));
    m_attach->setEnabled(false);
    m_latencyChart->setObjectName(QStringLiteral("rehearsalLatencyChart"));
    m_lockChart->setObjectName(QStringLiteral("rehearsalLockChart"));
    m_verdict->setObjectName(QStringLiteral("rehearsalVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_notes->setWordWrap(true);
    m_planLabel->setWordWrap(true);
    m_sourceLabel->setWordWrap(true);
    m_staging->setMinimumWidth(200);
    m_stage->setWordWrap(true);

    auto *settings = new QGroupBox(tr("Rehearsal"));
    auto *form = new QFormLayout(settings);
    form->addRow(tr("Plan:"), m_planLabel);
    form->addRow(tr("Source (read only):"), m_sourceLabel);
    form->addRow(tr("&Staging:"), m_staging);
    form->addRow(tr("Ro&ws:"), m_rows);
    // Short rows, so the page fits beside the docks without a horizontal scroll bar.
    auto *workload = new QHBoxLayout;
    workload->addWidget(m_clients);
    workload->addWidget(new QLabel(tr("clients at")));
    workload->addWidget(m_rate);
    workload->addStretch();
    form->addRow(tr("Workload:"), workload);
    auto *mix = new QHBoxLayout;
    mix->addWidget(m_mix);
    mix->addWidget(new QLabel(tr("reads by key, by index, inserts, updates")));
    mix->addStretch();
    form->addRow(tr("Mix:"), mix);
    auto *timing = new QHBoxLayout;
    timing->addWidget(m_baseline);
    timing->addWidget(new QLabel(tr("before the run,")));
    timing->addWidget(m_after);
    timing->addWidget(new QLabel(tr("after it")));
    timing->addStretch();
    form->addRow(tr("Alone:"), timing);
    auto *limits = new QHBoxLayout;
    limits->addWidget(new QLabel(tr("p99 ≤")));
    limits->addWidget(m_p99Ratio);
    limits->addWidget(new QLabel(tr("lock waits ≤")));
    limits->addWidget(m_maxWait);
    limits->addStretch();
    form->addRow(tr("Verdict:"), limits);
    form->addRow(QString(), m_replace);
    form->addRow(QString(), m_sample);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    buttons->addWidget(m_attach);
    form->addRow(buttons);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_latencyChart, 3);
    charts->addWidget(m_lockChart, 2);

    m_fidelity->setObjectName(QStringLiteral("fidelityTable"));
    m_fidelity->setAccessibleName(tr("Fidelity of the staging copy"));
    m_fidelity->setAccessibleDescription(
        tr("How closely the synthetic staging table matches the source table's statistics"));
    m_fidelity->setColumnCount(8);
    m_fidelity->setHorizontalHeaderLabels({tr("Column"), tr("Nulls (staging)"),
                                           tr("Nulls (source)"), tr("Distinct (staging)"),
                                           tr("Distinct (expected)"), tr("Worst top-value diff"),
                                           tr("Correlation (staging / source)"), tr("Fidelity")});
    m_fidelity->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fidelity->horizontalHeader()->setStretchLastSection(true);
    m_fidelity->verticalHeader()->setVisible(false);
    m_fidelity->setMinimumHeight(140);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(settings);
    layout->addWidget(m_progress);
    layout->addWidget(m_stage);
    layout->addWidget(m_verdict);
    layout->addLayout(charts, 2);
    layout->addWidget(new QLabel(tr("Fidelity of the synthetic copy (after ANALYZE on staging):")));
    layout->addWidget(m_fidelity, 1);
    layout->addWidget(m_notes);

    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RehearsalWorker::progress, this, &RehearsalPage::onProgress);
    connect(m_worker, &RehearsalWorker::finished, this, &RehearsalPage::onFinished);
    connect(m_worker, &RehearsalWorker::failed, this, &RehearsalPage::onFailed);
    m_thread.setObjectName(QStringLiteral("rehearsal"));
    m_thread.start();
    connect(m_start, &QPushButton::clicked, this, &RehearsalPage::start);
    connect(m_stop, &QPushButton::clicked, this, &RehearsalPage::stop);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (m_report)
            Q_EMIT attachRequested(m_report->toJson());
    });
    setRehearsal(Plan(), std::nullopt);
}

RehearsalPage::~RehearsalPage()
{
    // The rehearsal stops after its current batch; the thread ends once it has.
    m_worker->stop();
    m_thread.quit();
    m_thread.wait();
}

void RehearsalPage::setWorkload(int clients, double rate, double baselineSeconds,
                                double afterSeconds)
{
    m_clients->setValue(clients);
    m_rate->setValue(rate);
    m_baseline->setValue(baselineSeconds);
    m_after->setValue(afterSeconds);
}

void RehearsalPage::setRehearsal(const Plan &plan, const std::optional<ConnectionUri> &source)
{
    m_plan = plan;
    m_source = source;
    m_planLabel->setText(
        plan.table.isEmpty()
            ? tr("(no plan)")
            : tr("%1: add %2 to %3")
                  .arg(plan.title.isEmpty() ? tr("untitled") : plan.title, plan.column.name,
                       plan.schema.isEmpty() ? plan.table : plan.schema + u'.' + plan.table));
    m_sourceLabel->setText(source ? source->display()
                                  : tr("(connect to the production database first)"));
    m_start->setEnabled(!m_running && source && !plan.table.isEmpty());
}

void RehearsalPage::start()
{
    if (m_running || !m_source)
        return;
    RehearsalJob job;
    try {
        job.staging = ConnectionUri::parse(m_staging->text().trimmed());
    } catch (const std::exception &error) {
        m_stage->setText(tr("Staging: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    job.requestId = ++m_request;
    job.plan = m_plan;
    job.source = *m_source;
    job.options.rows = m_rows->value() > 0 ? m_rows->value() : -1;
    job.options.replace = m_replace->isChecked();
    job.options.sample = m_sample->isChecked();
    job.options.workload.clients = m_clients->value();
    job.options.workload.operationsPerSecond = m_rate->value();
    const QStringList weights = m_mix->text().split(u',');
    if (weights.size() == 4) {
        job.options.workload.readByKeyWeight = weights[0].toInt();
        job.options.workload.readByIndexWeight = weights[1].toInt();
        job.options.workload.insertWeight = weights[2].toInt();
        job.options.workload.updateWeight = weights[3].toInt();
    }
    job.options.baselineMs = int(m_baseline->value() * 1000);
    job.options.afterMs = int(m_after->value() * 1000);
    job.options.thresholds.p99Ratio = m_p99Ratio->value();
    job.options.thresholds.maxLockWaitMs = m_maxWait->value();
    m_report.reset();
    m_verdict->clear();
    m_attach->setEnabled(false);
    m_progress->setRange(0, 0);
    m_stage->setText(tr("Starting…"));
    setRunning(true);
    RehearsalWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job] { worker->run(job); }, Qt::QueuedConnection);
}

void RehearsalPage::stop()
{
    if (!m_running)
        return;
    m_stage->setText(tr("Stopping after the current batch…"));
    m_worker->stop();
}

void RehearsalPage::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running && m_source && !m_plan.table.isEmpty());
    m_stop->setEnabled(running);
    m_staging->setEnabled(!running);
    Q_EMIT runningChanged(running);
}

void RehearsalPage::onProgress(quint64 requestId, const RehearsalProgress &progress)
{
    if (requestId != m_request)
        return;
    if (progress.total > 0) {
        const int scale = progress.total > 1000000000 ? 1000 : 1;
        m_progress->setRange(0, int(progress.total / scale));
        m_progress->setValue(int(progress.done / scale));
    } else {
        m_progress->setRange(0, 0);
    }
    QString text = RehearsalProgress::stageName(progress.stage);
    if (!progress.phase.isEmpty())
        text += QStringLiteral(" · ") + progress.phase;
    if (!progress.message.isEmpty())
        text += QStringLiteral(": ") + progress.message;
    else if (progress.rowsPerSecond > 0)
        text += tr(": %L1 of %L2 rows, %L3 rows/s")
                    .arg(progress.done)
                    .arg(progress.total)
                    .arg(qRound64(progress.rowsPerSecond));
    m_stage->setText(text);
}

void RehearsalPage::onFinished(quint64 requestId, const RehearsalReport &report)
{
    if (requestId != m_request)
        return;
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_stage->setText(tr("Rehearsal finished: %L1 rows loaded at %L2 rows/s; run %3")
                         .arg(report.load.rows)
                         .arg(qRound64(report.load.rowsPerSecond))
                         .arg(report.runOutcome));
    m_report = report;
    showReport(report);
    m_attach->setEnabled(true);
    Q_EMIT finishedRehearsal(report.passed);
}

void RehearsalPage::onFailed(quint64 requestId, const QString &message)
{
    if (requestId != m_request)
        return;
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_stage->setText(message);
    m_verdict->setText(coloured(tr("Not rehearsed:"), verdictColor(false, palette())) + u' ' +
                       message.toHtmlEscaped());
    Q_EMIT finishedRehearsal(false);
}

QColor RehearsalPage::verdictColor(bool passed, const QPalette &palette)
{
    if (!passed)
        return FieldNote::color(Severity::Error, palette);
    // Green pair chosen for at least 4.5:1 on light and on dark windows.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x11, 0x63, 0x29);
}

void RehearsalPage::changeEvent(QEvent *event)
{
    // A theme switched while a verdict is shown: redraw it in the new theme's colours.
    if (event->type() == QEvent::PaletteChange && m_report)
        showReport(*m_report);
    QWidget::changeEvent(event);
}

void RehearsalPage::showReport(const RehearsalReport &report)
{
    QString verdict = coloured(report.passed ? tr("PASSED") : tr("FAILED"),
                               verdictColor(report.passed, palette()));
    if (report.passed)
        verdict += tr(" — every phase within the limits");
    if (!report.passed) {
        verdict += QStringLiteral("<ul>");
        for (const QString &reason : report.reasons())
            verdict += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
        verdict += QStringLiteral("</ul>");
    }
    verdict += tr("Baseline p99 %1 ms · backfill %2 · longest lock wait %L3 ms · WAL %L4 kB")
                   .arg(report.baseline.p99, 0, 'f', 2)
                   // A hand-edited backfill runs as one statement: no batches, so no rate to show.
                   .arg(report.backfillRowsPerSecond > 0
                            ? tr("%L1 rows/s").arg(qRound64(report.backfillRowsPerSecond))
                            : tr("no batches"))
                   .arg(qRound64(report.maxLockWaitMs))
                   .arg(qRound64(report.walBytes / 1024));
    m_verdict->setText(verdict);

    QStringList categories{tr("baseline")};
    PhaseBarChart::Set p50{tr("p50"), {report.baseline.p50}}, p99{tr("p99"), {report.baseline.p99}},
        max{tr("max"), {report.baseline.max}};
    PhaseBarChart::Set waits{tr("longest lock wait"), {}};
    QStringList waitCategories;
    for (const RehearsalPhase &phase : report.phases) {
        categories << phase.name;
        p50.values << phase.latency.p50;
        p99.values << phase.latency.p99;
        max.values << phase.latency.max;
        waitCategories << phase.name;
        waits.values << phase.maxLockWaitMs;
    }
    const double p99Limit =
        std::max(report.baseline.p99 * report.thresholds.p99Ratio, report.thresholds.p99FloorMs);
    m_latencyChart->setData(categories, {p50, p99, max}, p99Limit, tr("p99 limit"));
    m_lockChart->setData(waitCategories, {waits}, report.thresholds.maxLockWaitMs,
                         tr("wait limit"));

    m_fidelity->setRowCount(int(report.fidelity.columns.size()));
    int row = 0;
    for (const FidelityColumn &c : report.fidelity.columns) {
        m_fidelity->setItem(row, 0,
                            cell(c.column, c.flagged ? verdictColor(false, palette()) : QColor()));
        m_fidelity->setItem(row, 1, cell(QString::number(c.stagingNullFrac, 'f', 3)));
        m_fidelity->setItem(row, 2, cell(QString::number(c.sourceNullFrac, 'f', 3)));
        m_fidelity->setItem(row, 3, cell(QLocale().toString(qRound64(c.stagingDistinct))));
        m_fidelity->setItem(row, 4, cell(QLocale().toString(qRound64(c.expectedDistinct))));
        m_fidelity->setItem(row, 5, cell(QString::number(c.worstTopDiff, 'f', 3)));
        m_fidelity->setItem(row, 6,
                            cell(QStringLiteral("%1 / %2")
                                     .arg(c.stagingCorrelation, 0, 'f', 2)
                                     .arg(c.sourceCorrelation, 0, 'f', 2)));
        m_fidelity->setItem(
            row, 7,
            cell(c.flagged ? tr("beyond tolerance: %1").arg(c.reasons.join(QStringLiteral("; ")))
                           : tr("within tolerance"),
                 c.flagged));
        ++row;
    }
    QStringList notes = report.profileNotes + report.load.notes;
    for (const QString &error : report.workloadErrors)
        notes << tr("workload error: %1").arg(error);
    m_notes->setText(notes.isEmpty() ? QString()
                                     : tr("Notes: %1").arg(notes.join(QStringLiteral(" · "))));
}
