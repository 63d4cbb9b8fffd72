#pragma once
// The findings of a static review as a table: severity, rule, line, column, message (with the
// safe form as tooltip). Sorts numerically through ReviewRoles::SortRole.

#include "review/finding.h"

#include <QAbstractTableModel>

class FindingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        RuleColumn,
        LineColumn,
        ColumnColumn,
        MessageColumn,
        ColumnCount
    };

    explicit FindingModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};
