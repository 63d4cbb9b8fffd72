#include "sessionworker.h"

#include "dberror.h"
#include "mysqlsession.h"

SessionWorker::SessionWorker(std::shared_ptr<Session> session) : m_session(std::move(session)) {}

template <typename Work> void SessionWorker::guarded(quint64 requestId, Work work)
{
    try {
        if (!m_session->isOpen())
            m_session->open();
        work();
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, error.message(), int(error.kind()));
    } catch (const std::exception &error) {
        Q_EMIT failed(requestId, singleLine(QString::fromUtf8(error.what())),
                      int(DbError::Kind::Query));
    }
}

void SessionWorker::open(quint64 requestId)
{
    try {
        m_session->open();
        // A MySQL-dialect server names its product too: "MariaDB 10.11.6", not just "10.11.6".
        const auto *mysql = dynamic_cast<const MysqlSession *>(m_session.get());
        Q_EMIT opened(requestId, mysql ? mysql->product() : m_session->serverVersion());
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, error.message(), int(error.kind()));
    }
}

void SessionWorker::loadCatalog(quint64 requestId, const CatalogFilter &filter)
{
    guarded(requestId, [&] { Q_EMIT catalogReady(requestId, m_session->catalog(filter)); });
}

void SessionWorker::loadActivity(quint64 requestId, const QString &schema, const QString &table)
{
    guarded(requestId,
            [&] { Q_EMIT activityReady(requestId, m_session->activity(schema, table)); });
}

void SessionWorker::execute(quint64 requestId, const QString &sql)
{
    guarded(requestId, [&] { Q_EMIT executed(requestId, m_session->execute(sql)); });
}

void SessionWorker::close()
{
    m_session->close();
}
