#include "runchartswidget.h"

#include "runchartview.h"

#include <QGridLayout>
#include <algorithm>

RunChartsWidget::RunChartsWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runCharts"));
    setAccessibleName(tr("Live charts"));
    m_charts[Throughput] = new RunChartView(tr("Throughput"), tr("rows/s"));
    m_charts[BatchLatency] = new RunChartView(tr("Batch latency"), tr("ms"));
    m_charts[BatchSize] = new RunChartView(tr("Batch size"), tr("rows"));
    m_charts[ReplicationLag] = new RunChartView(tr("Replication lag"), tr("ms"));
    m_charts[LockWaits] = new RunChartView(tr("Lock waits on the table"), tr("sessions"));
    m_charts[WalRate] = new RunChartView(tr("WAL written"), tr("kB/s"));
    const char *names[MetricCount] = {"chartThroughput", "chartLatency",   "chartBatchSize",
                                      "chartLag",        "chartLockWaits", "chartWal"};
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (int i = 0; i < MetricCount; ++i) {
        m_charts[i]->setObjectName(QString::fromLatin1(names[i]));
        grid->addWidget(m_charts[i], i / 3, i % 3);
    }
    m_charts[LockWaits]->setMinimumTop(4);
    m_charts[BatchSize]->setMinimumTop(10);
    m_charts[BatchLatency]->setMinimumTop(10);
    clear();
}

void RunChartsWidget::addPoint(Metric metric, double seconds, double value)
{
    m_charts[metric]->addPoint(seconds, value);
    if (seconds > m_newest) {
        m_newest = seconds;
        showWindow();
    }
}

void RunChartsWidget::showWindow()
{
    const double first = std::max(0.0, m_newest - RunChartView::WindowSeconds);
    const double last = first + std::max(10.0, m_newest - first);
    for (RunChartView *chart : m_charts)
        chart->setTimeWindow(first, last);
}

void RunChartsWidget::setNote(Metric metric, const QString &note)
{
    m_charts[metric]->setNote(note);
}

void RunChartsWidget::clear()
{
    for (RunChartView *chart : m_charts)
        chart->clearPoints();
    m_newest = 0;
    showWindow();
    setNote(ReplicationLag, noReplicaNote());
}

void RunChartsWidget::setDialect(DialectKind dialect)
{
    m_dialect = dialect;
    m_charts[WalRate]->setTitle(dialect == DialectKind::MySQL ? tr("InnoDB redo written")
                                                              : tr("WAL written"));
    if (m_charts[ReplicationLag]->pointCount() == 0)
        setNote(ReplicationLag, noReplicaNote());
}

QString RunChartsWidget::noReplicaNote() const
{
    return m_dialect == DialectKind::MySQL ? tr("no replica") : tr("no standby");
}
