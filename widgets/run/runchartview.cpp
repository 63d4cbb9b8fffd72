#include "runchartview.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

RunChartView::RunChartView(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent), m_title(title), m_unit(unit), m_series(new QLineSeries),
      m_x(new QValueAxis), m_y(new QValueAxis)
{
    setAccessibleName(title);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(title);
    chart->addSeries(m_series);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_x->setLabelFormat(QStringLiteral("%.0f s"));
    m_x->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTickCount(5);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, false);
    setMinimumSize(120, 100);
    applyPalette();
    updateAxes();
}

void RunChartView::applyPalette()
{
    const QPalette pal = palette();
    QChart *c = chart();
    c->setBackgroundBrush(pal.base());
    c->setTitleBrush(pal.text());
    for (QValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsBrush(pal.text());
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    QPen pen(pal.color(QPalette::Highlight));
    pen.setWidthF(1.5);
    m_series->setPen(pen);
    setBackgroundBrush(pal.window());
}

void RunChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void RunChartView::addPoint(double x, double y)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        return;
    m_points.append(QPointF(x, y));
    const auto firstKept = std::find_if(m_points.cbegin(), m_points.cend(), [&](const QPointF &p) {
        return p.x() >= x - WindowSeconds;
    });
    qsizetype drop = firstKept - m_points.cbegin();
    drop = std::max<qsizetype>(drop, m_points.size() - MaxPoints);
    if (drop > 0)
        m_points.remove(0, drop);
    m_series->replace(m_points);
    if (!m_note.isEmpty())
        setNote({});
    updateAxes();
}

void RunChartView::setMinimumTop(double top)
{
    m_minimumTop = top;
    updateAxes();
}

void RunChartView::clearPoints()
{
    m_points.clear();
    m_series->clear();
    updateAxes();
}

void RunChartView::setNote(const QString &note)
{
    m_note = note;
    chart()->setTitle(note.isEmpty() ? m_title : QStringLiteral("%1 — %2").arg(m_title, note));
}

void RunChartView::setTitle(const QString &title)
{
    m_title = title;
    setNote(m_note);
}

void RunChartView::updateAxes()
{
    const double last = m_points.isEmpty() ? 0 : m_points.last().x();
    const double first = std::max(0.0, last - WindowSeconds);
    const double span = std::max(10.0, last - first);
    m_x->setRange(first, first + span);
    double interval = 60;
    for (double candidate : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0})
        if (span / candidate <= 6) {
            interval = candidate;
            break;
        }
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(interval);
    double top = 0;
    for (const QPointF &p : std::as_const(m_points))
        top = std::max(top, p.y());
    // A round upper bound so the labels stay readable and the axis does not jitter.
    m_y->setRange(0, std::max(top * 1.1, m_minimumTop));
    m_y->applyNiceNumbers();
    m_y->setTitleText(m_unit);
}
