#include "schemabrowserwidget.h"

#include "items/catalogtreemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

SchemaBrowserWidget::SchemaBrowserWidget(QWidget *parent)
    : QWidget(parent), m_model(new CatalogTreeModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("schemaBrowser"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    m_filter->setPlaceholderText(tr("Filter tables and columns"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the schema browser"));

    m_tree->setModel(m_proxy);
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setAccessibleName(tr("Schema browser"));
    m_tree->setAccessibleDescription(
        tr("Schemas, tables, columns, indexes and constraints of the open database"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    setFocusProxy(m_tree);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
}

void SchemaBrowserWidget::setCatalog(const Catalog &catalog)
{
    m_model->setCatalog(catalog);
    // Open the schemas so the tables show at once; tables stay folded.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_tree->expand(m_proxy->index(row, 0));
}

void SchemaBrowserWidget::clear()
{
    m_model->setCatalog({});
}

void SchemaBrowserWidget::selectTable(const QString &schema, const QString &table)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->tableIndex(schema, table));
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void SchemaBrowserWidget::onCurrentChanged(const QModelIndex &current)
{
    const QString table = current.data(CatalogTreeModel::TableRole).toString();
    if (!table.isEmpty())
        Q_EMIT tableSelected(current.data(CatalogTreeModel::SchemaRole).toString(), table);
}
