#include "catalogtreemodel.h"

#include "base/catalogjson.h"

#include <functional>

CatalogTreeModel::Node *CatalogTreeModel::Node::add(NodeKind childKind, const QString &childName,
                                                    const QString &childDetail)
{
    auto child = std::make_unique<Node>();
    child->kind = childKind;
    child->name = childName;
    child->detail = childDetail;
    child->schema = schema;
    child->table = table;
    child->parent = this;
    child->row = int(children.size());
    children.push_back(std::move(child));
    return children.back().get();
}

CatalogTreeModel::CatalogTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->kind = NodeKind::Group;
}

CatalogTreeModel::~CatalogTreeModel() = default;

QStringList CatalogTreeModel::mysqlMarkers(const TableInfo &table)
{
    QStringList markers;
    if (table.engine.isEmpty())
        return markers;
    markers << table.engine;
    if (table.hasFulltextIndex())
        markers << tr("FULLTEXT");
    if (table.rowFormat.compare(QStringLiteral("Compressed"), Qt::CaseInsensitive) == 0)
        markers << tr("compressed");
    if (table.totalRowVersions >= 0)
        markers << tr("%1/64 row versions").arg(table.totalRowVersions);
    return markers;
}

void CatalogTreeModel::addTable(Node *schemaNode, const TableInfo &table)
{
    Node *tableNode = addTableNode(schemaNode, table);
    addPartitions(tableNode, table);
}

// A partitioned table's partitions sit under it (and sub-partitions under theirs), each a table
// node of its own so that selecting one shows it.
void CatalogTreeModel::addPartitions(Node *tableNode, const TableInfo &table)
{
    QList<const TableInfo *> partitions;
    for (const TableInfo &candidate : m_catalog.tables)
        if (candidate.partitionOf == table.qualifiedName())
            partitions << &candidate;
    if (partitions.isEmpty())
        return;
    Node *group =
        tableNode->add(NodeKind::Group, tr("Partitions"),
                       table.partitionKey.isEmpty()
                           ? QString::number(partitions.size())
                           : tr("%1 · %2").arg(partitions.size()).arg(table.partitionKey));
    for (const TableInfo *partition : partitions) {
        Node *node = addTableNode(group, *partition);
        node->tooltip +=
            u'\n' +
            tr("Partition of %1: %2").arg(partition->partitionOf, partition->partitionBound);
        addPartitions(node, *partition);
    }
}

CatalogTreeModel::Node *CatalogTreeModel::addTableNode(Node *parentNode, const TableInfo &table)
{
    QString detail =
        tr("%1 rows, %2").arg(formatRowEstimate(table.rowEstimate), formatBytes(table.totalBytes));
    // MySQL/MariaDB: the engine and what refuses INSTANT, visible before the table is opened.
    const QStringList markers = mysqlMarkers(table);
    if (!markers.isEmpty())
        detail += QStringLiteral(" · ") + markers.join(QStringLiteral(", "));
    if (!table.partitionBound.isEmpty())
        detail = table.partitionBound + QStringLiteral(" · ") + detail;
    Node *tableNode = parentNode->add(NodeKind::Table, table.name, detail);
    tableNode->schema = table.schema;
    tableNode->table = table.name;
    tableNode->tooltip =
        tr("%1: about %2 rows (%3), %4 on disk")
            .arg(table.qualifiedName(), formatRowEstimate(table.rowEstimate),
                 table.rowEstimateSource.isEmpty() ? tr("no statistics") : table.rowEstimateSource,
                 formatBytes(table.totalBytes));
    if (!table.engine.isEmpty())
        tableNode->tooltip +=
            u'\n' + tr("Engine %1, row format %2").arg(table.engine, table.rowFormat);
    // Only InnoDB alters in place: any other engine means a blocking copy.
    tableNode->warning = !table.engine.isEmpty() &&
                         table.engine.compare(QStringLiteral("InnoDB"), Qt::CaseInsensitive) != 0;

    Node *columns =
        tableNode->add(NodeKind::Group, tr("Columns"), QString::number(table.columns.size()));
    for (const ColumnInfo &column : table.columns) {
        QString detail = column.type + (column.nullable ? QString() : QStringLiteral(" NOT NULL"));
        if (table.primaryKey.contains(column.name))
            detail += tr(" (primary key)");
        Node *node = columns->add(NodeKind::Column, column.name, detail);
        node->tooltip = column.defaultExpr.isEmpty()
                            ? detail
                            : detail + tr(" DEFAULT %1").arg(column.defaultExpr);
    }
    Node *indexes =
        tableNode->add(NodeKind::Group, tr("Indexes"), QString::number(table.indexes.size()));
    for (const IndexInfo &index : table.indexes) {
        QString detail = index.method + (index.unique ? tr(" unique") : QString());
        if (!index.predicate.isEmpty())
            detail += tr(" partial");
        if (!index.valid)
            detail += tr(" INVALID");
        Node *node = indexes->add(NodeKind::Index, index.name, detail);
        node->tooltip = index.definition;
        node->warning = !index.valid;
    }
    Node *constraints = tableNode->add(NodeKind::Group, tr("Constraints"),
                                       QString::number(table.constraints.size()));
    for (const ConstraintInfo &constraint : table.constraints) {
        Node *node = constraints->add(NodeKind::Constraint, constraint.name,
                                      constraint.kind +
                                          (constraint.validated ? QString() : tr(" NOT VALID")));
        node->tooltip = constraint.definition;
        node->warning = !constraint.validated;
    }
    if (!table.triggers.isEmpty()) {
        Node *triggers =
            tableNode->add(NodeKind::Group, tr("Triggers"), QString::number(table.triggers.size()));
        for (const TriggerInfo &trigger : table.triggers)
            triggers
                ->add(NodeKind::Trigger, trigger.name, trigger.enabled ? QString() : tr("disabled"))
                ->tooltip = trigger.definition;
    }
    if (!table.dependentViews.isEmpty()) {
        Node *views = tableNode->add(NodeKind::Group, tr("Dependent views"),
                                     QString::number(table.dependentViews.size()));
        for (const DependentView &view : table.dependentViews)
            views->add(NodeKind::View, view.schema + u'.' + view.name,
                       view.materialized ? tr("materialized") : QString());
    }
    return tableNode;
}

void CatalogTreeModel::setCatalog(const Catalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_root = std::make_unique<Node>();
    m_root->kind = NodeKind::Group;
    for (const QString &schema : catalog.schemas) {
        Node *schemaNode = m_root->add(NodeKind::Schema, schema);
        schemaNode->schema = schema;
        int count = 0;
        for (const TableInfo &table : catalog.tables) {
            if (table.schema == schema && table.partitionOf.isEmpty()) {
                addTable(schemaNode, table);
                ++count;
            }
        }
        schemaNode->detail = tr("%n table(s)", nullptr, count);
    }
    endResetModel();
}

QModelIndex CatalogTreeModel::tableIndex(const QString &schema, const QString &table) const
{
    // Partitions sit below their parents: search the tree, not only the schemas' rows.
    std::function<const Node *(const Node *)> find = [&](const Node *node) -> const Node * {
        for (const auto &child : node->children) {
            if (child->kind == NodeKind::Table && child->schema == schema && child->name == table)
                return child.get();
            if (child->kind == NodeKind::Schema || child->kind == NodeKind::Table ||
                (child->kind == NodeKind::Group && child->name == tr("Partitions")))
                if (const Node *found = find(child.get()))
                    return found;
        }
        return nullptr;
    };
    const Node *found = find(m_root.get());
    return found ? createIndex(found->row, 0, const_cast<Node *>(found)) : QModelIndex();
}

CatalogTreeModel::Node *CatalogTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *parentNode = nodeOf(parent);
    if (row < 0 || row >= int(parentNode->children.size()) || column < 0 || column >= 2)
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!child.isValid() || !node->parent || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? node->name : node->detail;
    case Qt::ToolTipRole:
        return node->tooltip.isEmpty() ? QVariant() : QVariant(node->tooltip);
    case Qt::AccessibleTextRole:
        return node->name + QStringLiteral(", ") + node->detail;
    case NodeKindRole:
        return int(node->kind);
    case SchemaRole:
        return node->schema;
    case TableRole:
        return node->table;
    case WarningRole:
        return node->warning;
    default:
        return {};
    }
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Name") : tr("Details");
}
