#pragma once
// Adapts a Catalog for tree views: schema -> table -> columns / indexes / constraints /
// triggers / dependent views, with row estimates and sizes in a second column.

#include "base/catalog.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind
    {
        Schema,
        Table,
        Group,
        Column,
        Index,
        Constraint,
        Trigger,
        View
    };
    enum Roles
    {
        NodeKindRole = Qt::UserRole + 1,
        SchemaRole,  // the schema a node belongs to
        TableRole,   // the table a node belongs to (empty for schemas)
        WarningRole, // true for an invalid index, a constraint not validated, a non-InnoDB MySQL
                     // table
    };

    explicit CatalogTreeModel(QObject *parent = nullptr);
    ~CatalogTreeModel() override;

    void setCatalog(const Catalog &catalog);
    const Catalog &catalog() const { return m_catalog; }
    // The index of a table node, for selecting it from elsewhere.
    QModelIndex tableIndex(const QString &schema, const QString &table) const;
    // MySQL/MariaDB: engine, FULLTEXT, compressed and instant row versions, as short markers
    // (empty for other dialects).
    static QStringList mysqlMarkers(const TableInfo &table);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeKind kind;
        QString name;
        QString detail;
        QString tooltip;
        QString schema;
        QString table;
        bool warning = false; // an invalid index or a constraint not validated
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        Node *add(NodeKind childKind, const QString &childName, const QString &childDetail = {});
    };
    Node *nodeOf(const QModelIndex &index) const;
    void addTable(Node *schemaNode, const TableInfo &table);
    Node *addTableNode(Node *parentNode, const TableInfo &table);
    void addPartitions(Node *tableNode, const TableInfo &table);

    Catalog m_catalog;
    std::unique_ptr<Node> m_root;
};
