#include "forecastmodel.h"

#include "reviewroles.h"

ForecastModel::ForecastModel(QObject *parent) : QAbstractTableModel(parent) {}

void ForecastModel::setStatements(const QList<StatementImpact> &statements, bool live)
{
    beginResetModel();
    m_rows = statements;
    m_live = live;
    endResetModel();
}

void ForecastModel::setReview(const ReviewResult &review)
{
    beginResetModel();
    m_rows.clear();
    m_live = false;
    for (const ReviewedStatement &statement : review.statements) {
        StatementImpact row;
        row.number = int(m_rows.size()) + 1;
        row.sql = statement.text;
        row.forecast = statement.forecast;
        m_rows << row;
    }
    endResetModel();
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ForecastModel::estimateText(double seconds)
{
    if (seconds <= 0)
        return tr("instant");
    if (seconds < 1)
        return tr("< 1 s");
    if (seconds < 120)
        return tr("%1 s").arg(seconds, 0, 'f', 0);
    if (seconds < 7200)
        return tr("%1 min").arg(seconds / 60, 0, 'f', 1);
    return tr("%1 h").arg(seconds / 3600, 0, 'f', 1);
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StatementImpact &row = m_rows.at(index.row());
    const StatementForecast &f = row.forecast;
    const LockMode lock = f.strongestLock();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.number;
        case PhaseColumn:
            return row.phase;
        case StatementColumn:
            return row.sql.simplified().left(120);
        case LockColumn:
            if (!f.lockName.isEmpty())
                return f.lockName;
            return lock == LockMode::None ? tr("none") : LockMatrix::name(lock);
        case BlocksColumn: {
            const QString blocked =
                f.lockName.isEmpty() ? LockMatrix::blockedSummary(lock) : f.blocks;
            return blocked.isEmpty() ? tr("nothing") : blocked;
        }
        case RewriteColumn:
            return f.rewritesTable ? tr("yes") : tr("no");
        case ScanColumn:
            return f.scansTable ? tr("yes") : tr("no");
        case EstimateColumn:
            return m_live ? estimateText(row.estimatedSeconds)
                          : StatementForecast::durationName(f.duration);
        case WaitsColumn: {
            QStringList pids;
            for (int pid : row.blockerPids)
                pids << QString::number(pid);
            return pids.join(QStringLiteral(", "));
        }
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatementColumn:
            return row.purpose.isEmpty() ? row.sql : row.purpose + u'\n' + row.sql;
        case EstimateColumn:
            return row.estimateBasis;
        case LockColumn:
            return f.note;
        default:
            return {};
        }
    case ReviewRoles::BlockLevelRole:
        return index.column() == LockColumn ? QVariant(ReviewRoles::blockLevel(int(lock)))
                                            : QVariant();
    case ReviewRoles::SortRole:
        switch (index.column()) {
        case NumberColumn:
            return row.number;
        case LockColumn:
            return int(lock);
        case EstimateColumn:
            return row.estimatedSeconds;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case PhaseColumn:
        return tr("Phase");
    case StatementColumn:
        return tr("Statement");
    case LockColumn:
        return tr("Lock");
    case BlocksColumn:
        return tr("Blocks");
    case RewriteColumn:
        return tr("Rewrite");
    case ScanColumn:
        return tr("Scan");
    case EstimateColumn:
        return tr("Estimate");
    case WaitsColumn:
        return tr("Waits behind");
    }
    return {};
}
