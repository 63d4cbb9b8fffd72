#pragma once
// The table detail panel: everything the catalog knows about one table, laid out in tabs
// (columns, indexes, constraints, triggers and dependent views).

#include "base/catalog.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

class TableDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TableDetailPanel(QWidget *parent = nullptr);

    void showTable(const TableInfo &table);
    void clear();
    QString title() const;

private:
    QTableWidget *makeTable(const QString &accessibleName, const QStringList &headers);

    QLabel *m_title;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_columns;
    QTableWidget *m_indexes;
    QTableWidget *m_constraints;
    QTableWidget *m_others;
};
