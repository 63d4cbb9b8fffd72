#pragma once
// Sessions holding or queued for a lock that conflicts with the DDL, as a table: pid, user,
// application, state, lock, granted, transaction age, query. ReviewRoles::PidRole gives the pid.

#include "review/liveimpact.h"

#include <QAbstractTableModel>

class BlockerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PidColumn,
        UserColumn,
        ApplicationColumn,
        StateColumn,
        LockColumn,
        GrantedColumn,
        AgeColumn,
        QueryColumn,
        ColumnCount
    };

    explicit BlockerModel(QObject *parent = nullptr);

    void setBlockers(const QList<BlockingBackend> &blockers);
    const QList<BlockingBackend> &blockers() const { return m_blockers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BlockingBackend> m_blockers;
};
