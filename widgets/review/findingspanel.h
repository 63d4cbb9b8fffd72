#pragma once
// The findings of the static review in a sortable table with severity icons; double-clicking
// (or Enter on) a finding asks the editor to jump to it.

#include "review/finding.h"

#include <QWidget>

class FindingModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class ReviewDecorationProxy;

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    // scope: what kind of review made them, said after the counts (empty: the PostgreSQL review).
    void setFindings(const QList<Finding> &findings, const QString &scope = {});
    // No review happened (a dialect the PostgreSQL parser does not read): the summary says why.
    void setNotReviewed(const QString &reason);
    FindingModel *model() const { return m_model; }

Q_SIGNALS:
    void jumpTo(int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);

    FindingModel *m_model;
    ReviewDecorationProxy *m_decoration;
    QSortFilterProxyModel *m_sort;
    QTableView *m_view;
    QLabel *m_summary;
};
