#include "forecastpanel.h"

#include "items/forecastmodel.h"
#include "items/reviewroles.h"
#include "reviewdecorationproxy.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ForecastPanel::ForecastPanel(QWidget *parent)
    : QWidget(parent), m_model(new ForecastModel(this)),
      m_decoration(new ReviewDecorationProxy(this)), m_sort(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("forecastPanel"));
    m_decoration->setSourceModel(m_model);
    m_sort->setSourceModel(m_decoration);
    m_sort->setSortRole(ReviewRoles::SortRole);
    m_view->setObjectName(QStringLiteral("forecastView"));
    m_view->setModel(m_sort);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ForecastModel::NumberColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Lock forecast"));
    m_view->setAccessibleDescription(tr("For each statement: the lock it takes, what it blocks, "
                                        "and whether it rewrites or scans the table"));
    m_summary->setAccessibleName(tr("Forecast summary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    setReview({});
}

void ForecastPanel::setImpact(const LiveImpact &impact)
{
    m_model->setStatements(impact.statements);
    const QLocale locale;
    QString text = tr("%1: %2 rows, %3; WAL of the backfill about %4.")
                       .arg(impact.table, locale.toString(impact.rows),
                            locale.formattedDataSize(std::max<qint64>(0, impact.totalBytes)),
                            locale.formattedDataSize(impact.wal.bytes));
    if (impact.hasGrantedBlockers())
        text += u' ' + tr("%n session(s) hold a lock the plan would wait behind right now.",
                          nullptr, int(impact.blockers.size()));
    if (impact.hasOldestSnapshot)
        text += u' ' + tr("Oldest snapshot: pid %1 (%2 transactions old).")
                           .arg(impact.oldestSnapshot.pid)
                           .arg(impact.oldestSnapshot.xminAgeTransactions);
    m_summary->setText(text);
    m_view->resizeColumnsToContents();
}

void ForecastPanel::setReview(const ReviewResult &review)
{
    m_model->setReview(review);
    m_summary->setText(
        review.statements.isEmpty()
            ? tr("No statements.")
            : tr("Static forecast: connect to a server for estimates and blockers."));
    m_view->resizeColumnsToContents();
}

void ForecastPanel::setStatements(const QList<StatementImpact> &statements, const QString &summary)
{
    m_model->setStatements(statements, false);
    m_summary->setText(summary);
    m_view->resizeColumnsToContents();
}

void ForecastPanel::clear(const QString &reason)
{
    m_model->setReview({});
    m_summary->setText(reason);
}

void ForecastPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_decoration->setPalette(palette());
    QWidget::changeEvent(event);
}
