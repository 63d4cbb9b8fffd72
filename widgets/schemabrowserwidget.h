#pragma once
// The schema browser dock: schema -> table -> columns / indexes / constraints, with row
// estimates and sizes, a filter box, and a signal when the user picks a table.

#include "base/catalog.h"

#include <QWidget>

class CatalogTreeModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

class SchemaBrowserWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaBrowserWidget(QWidget *parent = nullptr);

    void setCatalog(const Catalog &catalog);
    void clear();
    void selectTable(const QString &schema, const QString &table);
    QTreeView *treeView() const { return m_tree; }
    CatalogTreeModel *model() const { return m_model; }

Q_SIGNALS:
    void tableSelected(const QString &schema, const QString &table);

private:
    void onCurrentChanged(const QModelIndex &current);

    CatalogTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
};
