#include "expressioncheckcontroller.h"

#include <QtConcurrent/QtConcurrentRun>

ExpressionCheckController::ExpressionCheckController(const ConnectionUri &uri, QObject *parent)
    : QObject(parent), m_session(Session::create(uri)), m_thread(new QThread)
{
    m_dialect = m_session->dialect();
    m_thread->setObjectName(QStringLiteral("expression checks ") + uri.display());
    m_worker = new ExpressionCheckWorker(m_session);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_worker, &ExpressionCheckWorker::checked, this,
            [this](quint64 id, const QString &field, const QString &message, const QString &warning,
                   const QHash<QString, QChar> &volatility) {
                if (m_pending.value(field) != id)
                    return; // an older check answered late
                m_pending.remove(field);
                Q_EMIT checked(field, message, warning, volatility);
            });
    connect(m_worker, &ExpressionCheckWorker::sqliteSchemaReady, this,
            [this](quint64 id, const QList<SqliteSchemaObject> &objects) {
                if (id == m_schemaRequest)
                    Q_EMIT sqliteSchemaReady(objects);
            });
    connect(m_worker, &ExpressionCheckWorker::failed, this,
            [this](quint64 id, const QString &field, const QString &message) {
                if (!field.isEmpty() && m_pending.value(field) != id)
                    return;
                m_pending.remove(field);
                Q_EMIT failed(field, message);
            });
    m_thread->start();
}

ExpressionCheckController::~ExpressionCheckController()
{
    std::shared_ptr<Session> session = m_session;
    (void)QtConcurrent::run([session] { session->cancel(); });
    QMetaObject::invokeMethod(m_worker, &ExpressionCheckWorker::close, Qt::QueuedConnection);
    // Never wait: the worker closes its session after the check it is running (cancelled now),
    // then its thread ends and deletes itself and the worker.
    m_thread->quit();
}

quint64 ExpressionCheckController::check(const ExpressionJob &job)
{
    const quint64 id = ++m_nextRequest;
    m_pending.insert(job.field, id);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, job] { worker->check(id, job); }, Qt::QueuedConnection);
    return id;
}

quint64 ExpressionCheckController::readSqliteSchema()
{
    m_schemaRequest = ++m_nextRequest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id = m_schemaRequest] { worker->readSqliteSchema(id); },
        Qt::QueuedConnection);
    return m_schemaRequest;
}
