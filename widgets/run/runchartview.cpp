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
    chart->addSeries(m_series);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_x->setLabelFormat(QStringLiteral("%.0f s"));
    m_x->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, false);
    setMinimumSize(150, 120);
    setNote({});
    applyPalette();
    m_x->setRange(m_first, m_last);
    updateTimeTicks();
    updateValueAxis();
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
    if (m_points.size() > MaxPoints)
        m_points.remove(0, m_points.size() - MaxPoints);
    m_series->replace(m_points);
    if (!m_note.isEmpty())
        setNote({});
    updateValueAxis();
}

void RunChartView::setTimeWindow(double first, double last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    const auto firstKept = std::find_if(m_points.cbegin(), m_points.cend(),
                                        [&](const QPointF &p) { return p.x() >= first; });
    if (const qsizetype drop = firstKept - m_points.cbegin(); drop > 0) {
        m_points.remove(0, drop);
        m_series->replace(m_points);
        updateValueAxis();
    }
    m_x->setRange(first, last);
    updateTimeTicks();
}

void RunChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateTimeTicks();
    updateValueAxis();
}

void RunChartView::setMinimumTop(double top)
{
    m_minimumTop = top;
    updateValueAxis();
}

void RunChartView::clearPoints()
{
    m_points.clear();
    m_series->clear();
    updateValueAxis();
}

void RunChartView::setNote(const QString &note)
{
    m_note = note;
    // The unit in the title rather than along the y axis, where a short chart cuts it off.
    const QString title = tr("%1 (%2)").arg(m_title, m_unit);
    chart()->setTitle(note.isEmpty() ? title : QStringLiteral("%1 — %2").arg(title, note));
}

void RunChartView::setTitle(const QString &title)
{
    m_title = title;
    setNote(m_note);
}

void RunChartView::updateTimeTicks()
{
    // As many labels as fit whole ("120 s" needs about 45 pixels): never an elided "1…".
    const double plotWidth =
        chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() - 60.0;
    const int labels = std::max(2, int(plotWidth / 45));
    const double span = m_last - m_first;
    double interval = 120;
    for (double candidate : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0})
        if (span / candidate <= labels - 1) {
            interval = candidate;
            break;
        }
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(interval);
}

void RunChartView::updateValueAxis()
{
    double top = 0;
    for (const QPointF &p : std::as_const(m_points))
        top = std::max(top, p.y());
    // As many labels as fit whole one above the other (about 22 pixels each), at most five.
    const double plotHeight =
        chart()->plotArea().height() > 0 ? chart()->plotArea().height() : height() - 70.0;
    m_y->setTickCount(std::clamp(int(plotHeight / 22) + 1, 2, 5));
    // A round upper bound so the labels stay readable and the axis does not jitter.
    m_y->setRange(0, std::max(top * 1.1, m_minimumTop));
    m_y->applyNiceNumbers();
}
