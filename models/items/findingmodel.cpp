#include "findingmodel.h"

#include "reviewroles.h"

FindingModel::FindingModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return Finding::severityName(f.severity);
        case RuleColumn:
            return f.rule;
        case LineColumn:
            return f.line;
        case ColumnColumn:
            return f.column;
        case MessageColumn:
            return f.message;
        }
        break;
    case ReviewRoles::SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(f.severity) * 1000000 + f.line; // errors first, then by line
        case LineColumn:
            return f.line * 10000 + f.column;
        case ColumnColumn:
            return f.column;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return f.hint.isEmpty() ? f.message : tr("%1\nSafe form: %2").arg(f.message, f.hint);
    case ReviewRoles::SeverityRole:
        return index.column() == SeverityColumn ? QVariant(int(f.severity)) : QVariant();
    case ReviewRoles::LineRole:
        return f.line;
    case ReviewRoles::ColumnRole:
        return f.column;
    default:
        break;
    }
    return {};
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
