#pragma once
// One row per statement of a forecast: lock mode (with ReviewRoles::BlockLevelRole telling how
// much it blocks), what it blocks, rewrite, scan, estimate and the sessions it would wait behind.
// Fed by a live forecast or, without a server, by a static review.

#include "review/liveimpact.h"
#include "review/reviewresult.h"

#include <QAbstractTableModel>

class ForecastModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        PhaseColumn,
        StatementColumn,
        LockColumn,
        BlocksColumn,
        RewriteColumn,
        ScanColumn,
        EstimateColumn,
        WaitsColumn,
        ColumnCount
    };

    explicit ForecastModel(QObject *parent = nullptr);

    // live: with estimates from a server; else the duration class stands for the estimate
    void setStatements(const QList<StatementImpact> &statements, bool live = true);
    void setReview(const ReviewResult &review); // static: no estimates
    const QList<StatementImpact> &statements() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString estimateText(double seconds);

private:
    QList<StatementImpact> m_rows;
    bool m_live = false;
};
