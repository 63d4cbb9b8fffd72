#pragma once
// The run console's live charts: throughput, batch latency, batch size, replication lag, lock
// waits and log written per second (WAL on PostgreSQL, InnoDB redo on MySQL), each a RunChartView
// fed on the GUI's throttled tick.

#include "base/dialectkind.h"

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

    // Every chart shows the same time window, the last WindowSeconds up to the newest point.
    void addPoint(Metric metric, double seconds, double value);
    void setNote(Metric metric, const QString &note);
    void clear();
    // Titles in the server's own words: WAL and standby, or InnoDB redo and replica.
    void setDialect(DialectKind dialect);
    RunChartView *chart(Metric metric) const { return m_charts[metric]; }

private:
    QString noReplicaNote() const;
    void showWindow();

    RunChartView *m_charts[MetricCount];
    DialectKind m_dialect = DialectKind::PostgreSQL;
    double m_newest = 0; // seconds since the run started, of the newest point of any chart
};
