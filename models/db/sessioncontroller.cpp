#include "sessioncontroller.h"

#include "sessionworker.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

SessionController::SessionController(const ConnectionUri &uri, QObject *parent)
    : QObject(parent), m_uri(uri), m_session(Session::create(uri)), m_thread(new QThread)
{
    qRegisterMetaType<Catalog>();
    qRegisterMetaType<CatalogFilter>();
    qRegisterMetaType<ActivitySnapshot>();
    qRegisterMetaType<QueryResult>();

    m_thread->setObjectName(QStringLiteral("session ") + uri.display());
    m_worker = new SessionWorker(m_session);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);

    connect(m_worker, &SessionWorker::opened, this, [this](quint64 id, const QString &version) {
        finish();
        Q_EMIT opened(id, version);
    });
    connect(m_worker, &SessionWorker::catalogReady, this,
            [this](quint64 id, const Catalog &catalog) {
                finish();
                Q_EMIT catalogReady(id, catalog);
            });
    connect(m_worker, &SessionWorker::activityReady, this,
            [this](quint64 id, const ActivitySnapshot &snapshot) {
                finish();
                Q_EMIT activityReady(id, snapshot);
            });
    connect(m_worker, &SessionWorker::executed, this,
            [this](quint64 id, const QueryResult &result) {
                finish();
                Q_EMIT executed(id, result);
            });
    connect(m_worker, &SessionWorker::failed, this,
            [this](quint64 id, const QString &message, int kind) {
                finish();
                Q_EMIT failed(id, message, kind);
            });
    m_thread->start();
}

SessionController::~SessionController()
{
    // Never wait here: a connect to a host that does not answer may take its whole timeout.
    // The worker closes the session after the statement it is running (cancelled now), then
    // its thread ends and deletes itself and the worker; answers meant for us are dropped
    // because we are gone.
    cancel();
    QMetaObject::invokeMethod(m_worker, &SessionWorker::close, Qt::QueuedConnection);
    m_thread->quit();
}

quint64 SessionController::begin()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    return ++m_nextRequest;
}

void SessionController::finish()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT busyChanged(false);
}

quint64 SessionController::open()
{
    const quint64 id = begin();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->open(id); }, Qt::QueuedConnection);
    return id;
}

quint64 SessionController::loadCatalog(const CatalogFilter &filter)
{
    const quint64 id = begin();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, filter] { worker->loadCatalog(id, filter); },
        Qt::QueuedConnection);
    return id;
}

quint64 SessionController::loadActivity(const QString &schema, const QString &table)
{
    const quint64 id = begin();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, schema, table] { worker->loadActivity(id, schema, table); },
        Qt::QueuedConnection);
    return id;
}

quint64 SessionController::execute(const QString &sql)
{
    const quint64 id = begin();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, sql] { worker->execute(id, sql); }, Qt::QueuedConnection);
    return id;
}

void SessionController::cancel()
{
    std::shared_ptr<Session> session = m_session;
    (void)QtConcurrent::run([session] { session->cancel(); });
}
