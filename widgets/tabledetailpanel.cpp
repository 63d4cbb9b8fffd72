#include "tabledetailpanel.h"

#include "base/catalogjson.h"
#include "designer/fieldnote.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

void fillRow(QTableWidget *table, int row, const QStringList &cells, bool warning = false)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        if (warning)
            item->setForeground(FieldNote::color(Severity::Warning, table->palette()));
        table->setItem(row, column, item);
    }
}

} // namespace

TableDetailPanel::TableDetailPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("tableDetail"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("tableSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_columns = makeTable(tr("Columns"), {tr("#"), tr("Name"), tr("Type"), tr("Nullable"),
                                          tr("Default"), tr("Identity / generated")});
    m_indexes = makeTable(tr("Indexes"), {tr("Name"), tr("Method"), tr("Unique"), tr("Valid"),
                                          tr("Size"), tr("Definition")});
    m_constraints =
        makeTable(tr("Constraints"), {tr("Name"), tr("Kind"), tr("Validated"), tr("Definition")});
    m_others = makeTable(tr("Triggers and views"), {tr("Kind"), tr("Name"), tr("Definition")});
    m_columns->setObjectName(QStringLiteral("tableColumns"));
    m_tabs->addTab(m_columns, tr("&Columns"));
    m_tabs->addTab(m_indexes, tr("&Indexes"));
    m_tabs->addTab(m_constraints, tr("C&onstraints"));
    m_tabs->addTab(m_others, tr("&Triggers and views"));
    m_tabs->setAccessibleName(tr("Table details"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    clear();
}

QTableWidget *TableDetailPanel::makeTable(const QString &accessibleName, const QStringList &headers)
{
    auto *table = new QTableWidget(this);
    table->setAccessibleName(accessibleName);
    table->setAccessibleDescription(tr("Read-only facts of the selected table"));
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    return table;
}

void TableDetailPanel::clear()
{
    m_title->setText(tr("No table selected"));
    m_summary->setText(
        tr("Pick a table in the schema browser to see its columns, indexes and constraints."));
    for (QTableWidget *table : {m_columns, m_indexes, m_constraints, m_others})
        table->setRowCount(0);
}

QString TableDetailPanel::title() const
{
    return m_title->text();
}

void TableDetailPanel::showTable(const TableInfo &table)
{
    m_title->setText(table.qualifiedName());
    QString summary =
        tr("About %1 rows (%2) · %3 on disk (%4 heap) · primary key: %5")
            .arg(formatRowEstimate(table.rowEstimate),
                 table.rowEstimateSource.isEmpty() ? tr("no statistics") : table.rowEstimateSource,
                 formatBytes(table.totalBytes), formatBytes(table.tableBytes),
                 table.primaryKey.isEmpty() ? tr("none")
                                            : table.primaryKey.join(QStringLiteral(", ")));
    if (!table.engine.isEmpty()) {
        QStringList facts{tr("Engine %1").arg(table.engine),
                          tr("row format %1").arg(table.rowFormat)};
        if (table.hasFulltextIndex())
            facts << tr("FULLTEXT index (no INSTANT ADD COLUMN)");
        if (table.totalRowVersions >= 0)
            facts << tr("%1 of 64 instant row versions used").arg(table.totalRowVersions);
        summary += QStringLiteral("\n") + facts.join(QStringLiteral(" · "));
    }
    if (!table.comment.isEmpty())
        summary += QStringLiteral("\n") + table.comment;
    m_summary->setText(summary);

    m_columns->setRowCount(int(table.columns.size()));
    for (int row = 0; row < table.columns.size(); ++row) {
        const ColumnInfo &column = table.columns.at(row);
        QString special =
            column.identity.isEmpty() ? QString() : tr("identity (%1)").arg(column.identity);
        if (!column.generated.isEmpty())
            special = tr("generated: %1").arg(column.generated);
        fillRow(m_columns, row,
                {QString::number(column.position), column.name, column.type,
                 column.nullable ? tr("yes") : tr("NOT NULL"), column.defaultExpr, special});
    }
    m_indexes->setRowCount(int(table.indexes.size()));
    for (int row = 0; row < table.indexes.size(); ++row) {
        const IndexInfo &index = table.indexes.at(row);
        fillRow(m_indexes, row,
                {index.name, index.method, index.unique ? tr("yes") : tr("no"),
                 index.valid ? tr("yes") : tr("INVALID"), formatBytes(index.sizeBytes),
                 index.definition.isEmpty() ? index.columns.join(QStringLiteral(", "))
                                            : index.definition},
                !index.valid);
    }
    m_constraints->setRowCount(int(table.constraints.size()));
    for (int row = 0; row < table.constraints.size(); ++row) {
        const ConstraintInfo &constraint = table.constraints.at(row);
        fillRow(m_constraints, row,
                {constraint.name, constraint.kind,
                 constraint.validated ? tr("yes") : tr("NOT VALID"), constraint.definition},
                !constraint.validated);
    }
    m_others->setRowCount(int(table.triggers.size() + table.dependentViews.size()));
    int row = 0;
    for (const TriggerInfo &trigger : table.triggers)
        fillRow(m_others, row++,
                {trigger.enabled ? tr("trigger") : tr("trigger (disabled)"), trigger.name,
                 trigger.definition});
    for (const DependentView &view : table.dependentViews)
        fillRow(m_others, row++,
                {view.materialized ? tr("materialized view") : tr("view"),
                 view.schema + u'.' + view.name, QString()});
}
