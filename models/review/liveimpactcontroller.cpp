#include "liveimpactcontroller.h"

#include "liveimpactworker.h"

LiveImpactController::LiveImpactController(const ConnectionUri &uri, QObject *parent)
    : QObject(parent), m_thread(new QThread), m_worker(new LiveImpactWorker(uri))
{
    qRegisterMetaType<LiveImpact>();
    qRegisterMetaType<QList<BlockingBackend>>();
    m_thread->setObjectName(QStringLiteral("live impact ") + uri.display());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_worker, &LiveImpactWorker::analyzed, this, &LiveImpactController::analyzed);
    connect(m_worker, &LiveImpactWorker::blockersListed, this,
            &LiveImpactController::blockersListed);
    connect(m_worker, &LiveImpactWorker::backendSignalled, this,
            &LiveImpactController::backendSignalled);
    connect(m_worker, &LiveImpactWorker::failed, this, &LiveImpactController::failed);
    m_thread->start();
}

LiveImpactController::~LiveImpactController()
{
    // Never wait: the worker closes its connection after the request it is running, then the
    // thread ends and deletes itself and the worker.
    QMetaObject::invokeMethod(m_worker, &LiveImpactWorker::close, Qt::QueuedConnection);
    m_thread->quit();
}

quint64 LiveImpactController::analyze(const Script &script)
{
    const quint64 id = ++m_nextRequest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, script] { worker->analyze(id, script); },
        Qt::QueuedConnection);
    return id;
}

quint64 LiveImpactController::listBlockers(const QList<RelationLock> &needed)
{
    const quint64 id = ++m_nextRequest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, needed] { worker->listBlockers(id, needed); },
        Qt::QueuedConnection);
    return id;
}

quint64 LiveImpactController::signalBackend(int pid, bool terminate)
{
    const quint64 id = ++m_nextRequest;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, pid, terminate] { worker->signalBackend(id, pid, terminate); },
        Qt::QueuedConnection);
    return id;
}
