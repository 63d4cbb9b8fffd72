#include "liveblockerspanel.h"

#include "items/blockermodel.h"
#include "items/reviewroles.h"
#include "review/liveimpactcontroller.h"
#include "reviewdecorationproxy.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

LiveBlockersPanel::LiveBlockersPanel(QWidget *parent)
    : QWidget(parent), m_model(new BlockerModel(this)),
      m_decoration(new ReviewDecorationProxy(this)), m_sort(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_cancel(new QPushButton(tr("&Cancel backend..."), this)),
      m_terminate(new QPushButton(tr("&Terminate backend..."), this)),
      m_autoRefresh(new QCheckBox(tr("Refresh every %1 s").arg(5), this)),
      m_status(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("liveBlockersPanel"));
    m_decoration->setSourceModel(m_model);
    m_sort->setSourceModel(m_decoration);
    m_sort->setSortRole(ReviewRoles::SortRole);
    m_view->setObjectName(QStringLiteral("blockersView"));
    m_view->setModel(m_sort);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BlockerModel::AgeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Sessions blocking the plan"));
    m_view->setAccessibleDescription(tr("Sessions holding a lock the plan would wait for"));
    m_refresh->setObjectName(QStringLiteral("refreshBlockers"));
    m_refresh->setAccessibleName(tr("Refresh blockers"));
    m_refresh->setAccessibleDescription(tr("Reads the server's sessions and locks again"));
    m_cancel->setObjectName(QStringLiteral("cancelBackend"));
    m_cancel->setAccessibleName(tr("Cancel the selected backend's query"));
    m_cancel->setToolTip(tr("pg_cancel_backend: stops the session's running query; an idle "
                            "transaction keeps its locks"));
    m_terminate->setObjectName(QStringLiteral("terminateBackend"));
    m_terminate->setAccessibleName(tr("Terminate the selected backend"));
    m_terminate->setToolTip(tr(
        "pg_terminate_backend: closes the session; its transaction rolls back and its locks go"));
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshBlockers"));
    m_autoRefresh->setAccessibleName(tr("Refresh blockers automatically"));
    m_autoRefresh->setAccessibleDescription(tr("Reads the sessions again at a fixed interval"));
    m_status->setAccessibleName(tr("Blockers status"));
    // Wrapped: a server's error or the MySQL pointer to the forecast must not widen the window.
    m_status->setWordWrap(true);
    m_timer->setInterval(5000);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_autoRefresh);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_terminate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &LiveBlockersPanel::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] { askToSignal(false); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { askToSignal(true); });
    connect(m_autoRefresh, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_timer->start();
            refresh();
        } else {
            m_timer->stop();
        }
    });
    connect(m_timer, &QTimer::timeout, this, &LiveBlockersPanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LiveBlockersPanel::updateButtons);
    connect(m_sort, &QAbstractItemModel::modelReset, this, &LiveBlockersPanel::updateButtons);
    updateButtons();
    m_status->setText(tr("Not connected."));
}

void LiveBlockersPanel::setController(LiveImpactController *controller)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_controller = controller;
    m_listRequest = m_signalRequest = 0;
    if (controller) {
        m_connections << connect(controller, &LiveImpactController::blockersListed, this,
                                 &LiveBlockersPanel::onBlockers)
                      << connect(controller, &LiveImpactController::backendSignalled, this,
                                 &LiveBlockersPanel::onSignalled)
                      << connect(controller, &LiveImpactController::failed, this,
                                 &LiveBlockersPanel::onFailed);
        m_status->setText(tr("Press Refresh to list the sessions the plan would wait behind."));
    } else {
        m_model->setBlockers({});
        m_status->setText(tr("Not connected."));
    }
    updateButtons();
}

void LiveBlockersPanel::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void LiveBlockersPanel::setNeededLocks(const QList<RelationLock> &needed)
{
    m_needed = needed;
}

void LiveBlockersPanel::setRefreshInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
    m_autoRefresh->setText(tr("Refresh every %1 s").arg(milliseconds / 1000.0));
}

void LiveBlockersPanel::refresh()
{
    if (!m_controller || m_needed.isEmpty())
        return;
    m_listRequest = m_controller->listBlockers(m_needed);
    m_status->setText(tr("Refreshing..."));
}

void LiveBlockersPanel::onBlockers(quint64 requestId, const QList<BlockingBackend> &blockers)
{
    if (requestId != m_listRequest)
        return; // an older answer
    const int keep = selectedPid();
    m_model->setBlockers(blockers);
    for (int row = 0; row < m_sort->rowCount(); ++row)
        if (m_sort->index(row, 0).data(ReviewRoles::PidRole).toInt() == keep)
            m_view->selectRow(row);
    m_status->setText(
        blockers.isEmpty()
            ? tr("No session blocks the plan (%1).").arg(QTime::currentTime().toString())
            : tr("%n session(s) would block the plan (%1).", nullptr, int(blockers.size()))
                  .arg(QTime::currentTime().toString()));
    updateButtons();
    Q_EMIT refreshed(int(blockers.size()));
}

int LiveBlockersPanel::selectedPid() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ReviewRoles::PidRole).toInt();
}

void LiveBlockersPanel::updateButtons()
{
    const bool connected = m_controller != nullptr;
    const int pid = selectedPid();
    m_refresh->setEnabled(connected);
    m_autoRefresh->setEnabled(connected);
    m_cancel->setEnabled(connected && pid > 0);
    m_terminate->setEnabled(connected && pid > 0);
}

void LiveBlockersPanel::askToSignal(bool terminate)
{
    const int pid = selectedPid();
    if (!m_controller || pid <= 0)
        return;
    if (m_confirm)
        m_confirm->deleteLater();
    m_confirm = new QMessageBox(
        QMessageBox::Warning, terminate ? tr("Terminate backend") : tr("Cancel backend"),
        terminate ? tr("Terminate session %1? Its transaction rolls back and its connection "
                       "closes; the application sees an error.")
                        .arg(pid)
                  : tr("Cancel the running query of session %1? An idle transaction keeps "
                       "its locks until it ends.")
                        .arg(pid),
        QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setObjectName(QStringLiteral("backendConfirmation"));
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    QMessageBox *box = m_confirm;
    connect(box, &QMessageBox::finished, this, [this, box, pid, terminate] {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_controller)
            return;
        m_signalRequest = m_controller->signalBackend(pid, terminate);
        m_status->setText(terminate ? tr("Terminating session %1...").arg(pid)
                                    : tr("Cancelling session %1...").arg(pid));
    });
    m_confirm->open();
}

void LiveBlockersPanel::onSignalled(quint64 requestId, int pid, bool terminate, bool signalled)
{
    if (requestId != m_signalRequest)
        return;
    Q_EMIT backendSignalled(pid, terminate, signalled);
    if (!signalled)
        m_status->setText(
            tr("Session %1 could not be signalled (gone already, or not allowed).").arg(pid));
    refresh();
}

void LiveBlockersPanel::onFailed(quint64 requestId, const QString &message)
{
    if (requestId != m_listRequest && requestId != m_signalRequest)
        return;
    m_status->setText(message);
}
