#pragma once
// A bar chart of one measure per phase (latency percentiles, longest lock wait) with a dashed
// line at the limit the verdict applies, colours from the palette (light and dark themes).

#include <QChartView>
#include <QList>
#include <QStringList>

class PhaseBarChart : public QChartView
{
    Q_OBJECT
public:
    PhaseBarChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    struct Set
    {
        QString name;
        QList<double> values; // one per category
    };
    // Replaces the bars; limit < 0 draws no limit line.
    void setData(const QStringList &categories, const QList<Set> &sets, double limit,
                 const QString &limitName);

private:
    QString m_title;
    QString m_unit;
};
