#include "mysqlforecastcontroller.h"

#include "mysqlforecastworker.h"

MysqlForecastController::MysqlForecastController(const ConnectionUri &uri, QObject *parent)
    : QObject(parent), m_thread(new QThread), m_worker(new MysqlForecastWorker(uri))
{
    qRegisterMetaType<MysqlForecast>();
    m_thread->setObjectName(QStringLiteral("mysql forecast ") + uri.display());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_worker, &MysqlForecastWorker::forecastReady, this,
            [this](quint64 id, const MysqlForecast &forecast) {
                answered();
                Q_EMIT forecastReady(id, forecast);
            });
    connect(m_worker, &MysqlForecastWorker::failed, this,
            [this](quint64 id, const QString &message) {
                answered();
                Q_EMIT failed(id, message);
            });
    m_thread->start();
}

MysqlForecastController::~MysqlForecastController()
{
    // Never wait: the worker closes its connection after the request it is running (the probe
    // table it made is dropped by then), then the thread ends and deletes itself and the worker.
    QMetaObject::invokeMethod(m_worker, &MysqlForecastWorker::close, Qt::QueuedConnection);
    m_thread->quit();
}

quint64 MysqlForecastController::forecast(const Script &script, const QString &schema,
                                          const QString &table)
{
    const quint64 id = ++m_nextRequest;
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, script, schema, table] {
            worker->forecast(id, script, schema, table);
        },
        Qt::QueuedConnection);
    return id;
}

void MysqlForecastController::answered()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT busyChanged(false);
}
