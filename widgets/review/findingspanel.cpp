#include "findingspanel.h"

#include "items/findingmodel.h"
#include "items/reviewroles.h"
#include "reviewdecorationproxy.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent), m_model(new FindingModel(this)),
      m_decoration(new ReviewDecorationProxy(this)), m_sort(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_decoration->setSourceModel(m_model);
    m_sort->setSourceModel(m_decoration);
    m_sort->setSortRole(ReviewRoles::SortRole);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_sort);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingModel::LineColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Review findings"));
    m_view->setAccessibleDescription(
        tr("What the review found in the script; Enter jumps to the line"));
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setAccessibleName(tr("Findings summary"));
    // Wrapped: a long reason (why no review took place) must not widen the dock, and the window
    // with it.
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);

    // activated: double-click, Enter, or a single click where the platform activates on one
    connect(m_view, &QAbstractItemView::activated, this, &FindingsPanel::activate);
    setFindings({});
}

void FindingsPanel::setFindings(const QList<Finding> &findings, const QString &scope)
{
    m_model->setFindings(findings);
    int errors = 0, warnings = 0, notes = 0;
    for (const Finding &f : findings)
        (f.severity == Severity::Error     ? errors
         : f.severity == Severity::Warning ? warnings
                                           : notes)++;
    m_summary->setText(
        findings.isEmpty()
            ? tr("No findings.")
            : tr("%1 error(s), %2 warning(s), %3 note(s)").arg(errors).arg(warnings).arg(notes));
    if (!scope.isEmpty()) // its own sentence: "0 note(s). SQLite: …"
        m_summary->setText(
            m_summary->text() +
            (m_summary->text().endsWith(u'.') ? QStringLiteral(" ") : QStringLiteral(". ")) +
            scope);
    m_view->resizeColumnsToContents();
    m_view->setAccessibleDescription(m_summary->text());
}

void FindingsPanel::setNotReviewed(const QString &reason)
{
    setFindings({});
    // "No findings" would read as a clean review; say that none took place.
    m_summary->setText(reason);
    m_view->setAccessibleDescription(reason);
}

void FindingsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT jumpTo(index.data(ReviewRoles::LineRole).toInt(),
                  index.data(ReviewRoles::ColumnRole).toInt());
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_decoration->setPalette(palette());
    QWidget::changeEvent(event);
}
