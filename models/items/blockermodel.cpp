#include "blockermodel.h"

#include "forecastmodel.h"
#include "reviewroles.h"

BlockerModel::BlockerModel(QObject *parent) : QAbstractTableModel(parent) {}

void BlockerModel::setBlockers(const QList<BlockingBackend> &blockers)
{
    beginResetModel();
    m_blockers = blockers;
    endResetModel();
}

int BlockerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blockers.size());
}

int BlockerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlockerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_blockers.size())
        return {};
    const BlockingBackend &b = m_blockers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PidColumn:
            return b.pid;
        case UserColumn:
            return b.user;
        case ApplicationColumn:
            return b.application;
        case StateColumn:
            return b.state;
        case LockColumn:
            return tr("%1 on %2").arg(LockMatrix::name(b.heldMode), b.relation);
        case GrantedColumn:
            return b.granted ? tr("holds") : tr("waits");
        case AgeColumn:
            return b.transactionAgeSeconds < 0
                       ? QString()
                       : ForecastModel::estimateText(b.transactionAgeSeconds);
        case QueryColumn:
            return b.query.simplified().left(200);
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == QueryColumn ? b.query : QVariant();
    case ReviewRoles::PidRole:
        return b.pid;
    case ReviewRoles::BlockLevelRole:
        return index.column() == LockColumn ? QVariant(ReviewRoles::blockLevel(int(b.heldMode)))
                                            : QVariant();
    case ReviewRoles::SortRole:
        switch (index.column()) {
        case PidColumn:
            return b.pid;
        case AgeColumn:
            return b.transactionAgeSeconds;
        case LockColumn:
            return int(b.heldMode);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant BlockerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PidColumn:
        return tr("PID");
    case UserColumn:
        return tr("User");
    case ApplicationColumn:
        return tr("Application");
    case StateColumn:
        return tr("State");
    case LockColumn:
        return tr("Lock");
    case GrantedColumn:
        return tr("Granted");
    case AgeColumn:
        return tr("Transaction age");
    case QueryColumn:
        return tr("Last query");
    }
    return {};
}
