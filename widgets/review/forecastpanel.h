#pragma once
// The lock forecast, one row per statement: lock mode tinted by how much it blocks, what it
// blocks, rewrite, scan, estimate and the sessions it would wait behind right now.

#include "review/liveimpact.h"
#include "review/reviewresult.h"

#include <QWidget>

class ForecastModel;
class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class ReviewDecorationProxy;

class ForecastPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastPanel(QWidget *parent = nullptr);

    void setImpact(const LiveImpact &impact);   // live forecast from a server
    void setReview(const ReviewResult &review); // static forecast, no estimates
    // A static forecast made without the PostgreSQL parser (SQLite), with its own summary.
    void setStatements(const QList<StatementImpact> &statements, const QString &summary);
    // No statements to forecast, and why (the plan does not compile yet).
    void clear(const QString &reason);
    ForecastModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    ForecastModel *m_model;
    ReviewDecorationProxy *m_decoration;
    QSortFilterProxyModel *m_sort;
    QTableView *m_view;
    QLabel *m_summary;
};
