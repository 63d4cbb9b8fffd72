#pragma once
// One live chart of the run console: a line over a time window the console shares between its
// charts, a bounded number of points, as many time labels as the width holds, colours taken
// from the palette (light and dark themes).

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

    // x in seconds since the run started.
    void addPoint(double x, double y);
    // The time shown, in seconds since the run started; points before `first` are dropped.
    void setTimeWindow(double first, double last);
    double windowFirst() const { return m_first; }
    double windowLast() const { return m_last; }
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
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    void updateTimeTicks();
    void updateValueAxis();

    QString m_title;
    QString m_unit;
    QString m_note;
    double m_minimumTop = 4; // whole-number labels on an empty chart
    double m_first = 0;
    double m_last = 10;
    QList<QPointF> m_points;
    QLineSeries *m_series;
    QValueAxis *m_x;
    QValueAxis *m_y;
};
