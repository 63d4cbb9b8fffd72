#pragma once
// One live chart of the run console: a line over time with a bounded window of points, the
// axes following the newest point, colours taken from the palette (light and dark themes).

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

class RunChartView : public QChartView
{
    Q_OBJECT
public:
    RunChartView(const QString &title, const QString &unit, QWidget *parent = nullptr);

    // x in seconds since the run started. Points past the window are dropped.
    void addPoint(double x, double y);
    void clearPoints();
    // Shown in the chart's title when there is nothing to draw (e.g. "not reported").
    void setNote(const QString &note);
    void setTitle(const QString &title);
    // The y axis reaches at least this high (small integer counts stay readable).
    void setMinimumTop(double top);
    int pointCount() const { return int(m_points.size()); }
    QList<QPointF> points() const { return m_points; }

    static constexpr int MaxPoints = 600;
    static constexpr double WindowSeconds = 120;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void updateAxes();

    QString m_title;
    QString m_unit;
    QString m_note;
    double m_minimumTop = 1;
    QList<QPointF> m_points;
    QLineSeries *m_series;
    QValueAxis *m_x;
    QValueAxis *m_y;
};
