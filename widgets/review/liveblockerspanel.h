#pragma once
// Sessions that hold (or queue for) a lock the DDL would wait behind, refreshed on demand and
// on a timer through a LiveImpactController (a worker thread), with Cancel backend and
// Terminate backend behind a confirmation that never blocks the event loop.

#include "review/statementforecast.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class BlockerModel;
class LiveImpactController;
class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class ReviewDecorationProxy;
struct BlockingBackend;

class LiveBlockersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LiveBlockersPanel(QWidget *parent = nullptr);

    // The controller is not owned. Null disables the panel.
    void setController(LiveImpactController *controller);
    // No controller because the connection has no such view (MySQL): says where to look instead.
    void setStatusText(const QString &text);
    // The locks the plan needs; blockers are sessions whose locks conflict with them.
    void setNeededLocks(const QList<RelationLock> &needed);
    void setRefreshInterval(int milliseconds);

    BlockerModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed(int blockers);
    void backendSignalled(int pid, bool terminate, bool signalled);

private:
    void askToSignal(bool terminate);
    void updateButtons();
    int selectedPid() const;
    void onBlockers(quint64 requestId, const QList<BlockingBackend> &blockers);
    void onSignalled(quint64 requestId, int pid, bool terminate, bool signalled);
    void onFailed(quint64 requestId, const QString &message);

    QPointer<LiveImpactController> m_controller;
    QList<QMetaObject::Connection> m_connections;
    QList<RelationLock> m_needed;
    quint64 m_listRequest = 0;
    quint64 m_signalRequest = 0;
    BlockerModel *m_model;
    ReviewDecorationProxy *m_decoration;
    QSortFilterProxyModel *m_sort;
    QTableView *m_view;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QPushButton *m_terminate;
    QCheckBox *m_autoRefresh;
    QLabel *m_status;
    QTimer *m_timer;
    QPointer<QMessageBox> m_confirm;
};
