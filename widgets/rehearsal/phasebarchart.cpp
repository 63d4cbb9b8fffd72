#include "phasebarchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

PhaseBarChart::PhaseBarChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(new QChart, parent), m_title(title), m_unit(unit)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(200, 240);
    chart()->setTitle(title);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setBackgroundBrush(palette().base());
    chart()->setTitleBrush(palette().text());
    chart()->legend()->setLabelBrush(palette().text());
}

void PhaseBarChart::setData(const QStringList &categories, const QList<Set> &sets, double limit,
                            const QString &limitName)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);

    auto *bars = new QBarSeries;
    double top = limit > 0 ? limit : 0;
    for (const Set &set : sets) {
        auto *barSet = new QBarSet(set.name);
        for (double value : set.values) {
            *barSet << value;
            top = std::max(top, value);
        }
        bars->append(barSet);
    }
    c->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsBrush(palette().text());
    auto *y = new QValueAxis;
    y->setTitleText(m_unit);
    y->setRange(0, top > 0 ? top * 1.15 : 1);
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setLabelsBrush(palette().text());
    y->setTitleBrush(palette().text());
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (limit > 0 && !categories.isEmpty()) {
        // The limit across every category, on a hidden value axis spanning the same width.
        auto *line = new QLineSeries;
        line->setName(limitName);
        line->append(-0.5, limit);
        line->append(double(categories.size()) - 0.5, limit);
        QPen pen(palette().text().color(), 2, Qt::DashLine);
        line->setPen(pen);
        c->addSeries(line);
        auto *hidden = new QValueAxis;
        hidden->setRange(-0.5, double(categories.size()) - 0.5);
        hidden->setVisible(false);
        c->addAxis(hidden, Qt::AlignTop);
        line->attachAxis(hidden);
        line->attachAxis(y);
    }
}
