#pragma once
// The GUI thread's handle on a connection: owns the worker thread, numbers requests, forwards
// answers, and cancels straight at the server without waiting. Consumers keep the id of their
// latest request and drop answers to older ones.

#include "base/activity.h"
#include "base/catalog.h"
#include "connectionuri.h"
#include "queryresult.h"
#include "session.h"

#include <QObject>
#include <QThread>
#include <memory>

class SessionWorker;

class SessionController : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(const ConnectionUri &uri, QObject *parent = nullptr);
    ~SessionController() override;

    const ConnectionUri &uri() const { return m_uri; }
    bool isBusy() const { return m_pending > 0; }

    quint64 open();
    quint64 loadCatalog(const CatalogFilter &filter = {});
    quint64 loadActivity(const QString &schema, const QString &table);
    quint64 execute(const QString &sql);
    // Interrupts whatever the worker is running; returns at once (the cancel request itself
    // travels from a pool thread, so an unreachable server cannot freeze the caller).
    void cancel();

Q_SIGNALS:
    void opened(quint64 requestId, const QString &serverVersion);
    void catalogReady(quint64 requestId, const Catalog &catalog);
    void activityReady(quint64 requestId, const ActivitySnapshot &snapshot);
    void executed(quint64 requestId, const QueryResult &result);
    void failed(quint64 requestId, const QString &message, int kind);
    void busyChanged(bool busy);

private:
    quint64 begin();
    void finish();

    ConnectionUri m_uri;
    std::shared_ptr<Session> m_session;
    QThread *m_thread; // deletes itself once the worker has finished, even after we are gone
    SessionWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
    quint64 m_nextRequest = 0;
    int m_pending = 0;
};
