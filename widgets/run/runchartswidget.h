#pragma once
// The run console's live charts: throughput, batch latency, batch size, replication lag, lock
// waits and WAL written per second, each a RunChartView fed on the GUI's throttled tick.

#include <QWidget>

class RunChartView;

class RunChartsWidget : public QWidget
{
    Q_OBJECT
public:
    enum Metric
    {
        Throughput,
        BatchLatency,
        BatchSize,
        ReplicationLag,
        LockWaits,
        WalRate,
        MetricCount
    };

    explicit RunChartsWidget(QWidget *parent = nullptr);

    void addPoint(Metric metric, double seconds, double value);
    void setNote(Metric metric, const QString &note);
    void clear();
    RunChartView *chart(Metric metric) const { return m_charts[metric]; }

private:
    RunChartView *m_charts[MetricCount];
};
