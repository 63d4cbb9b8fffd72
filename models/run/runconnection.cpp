#include "runconnection.h"

#include "db/dberror.h"
#include "retrybackoff.h"
#include "runcontrol.h"

#include <QElapsedTimer>

RunConnection::RunConnection(const ConnectionUri &uri, RunControl &control,
                             std::function<void(const RunEvent &)> emitEvent)
    : m_uri(uri), m_control(control), m_emit(std::move(emitEvent)),
      m_dialect(RunDialect::create(uri.dialect()))
{
    if (m_dialect)
        m_session = m_dialect->newSession(uri);
}

void RunConnection::open()
{
    if (!m_dialect)
        RunDialect::refuseUnsupported(m_uri);
    m_session->open();
    m_dialect->afterOpen(*m_session);
}

QueryResult RunConnection::execute(const BoundSql &bound)
{
    return bound.parameters.isEmpty() ? execute(bound.sql) : m_session->execute(bound);
}

QueryResult RunConnection::execute(const QString &sql)
{
    return m_session->execute(sql);
}

void RunConnection::transaction(const std::function<void(const Exec &)> &body)
{
    m_session->transaction(body);
}

void RunConnection::reconnect(const QString &phase, const QString &why, int forMs)
{
    RetryBackoff backoff(250, 5000);
    QElapsedTimer clock;
    clock.start();
    for (int attempt = 1;; ++attempt) {
        m_control.throwIfAborted(
            RunConnection::tr("stopped while reconnecting to %1").arg(m_uri.display()));
        RunEvent event;
        event.kind = RunEvent::Reconnect;
        event.phase = phase;
        event.attempt = attempt;
        event.message = RunConnection::tr("connection to %1 lost (%2): reconnecting, attempt %3")
                            .arg(m_uri.display(), why)
                            .arg(attempt);
        m_emit(event);
        try {
            open();
            RunEvent done;
            done.kind = RunEvent::Reconnect;
            done.phase = phase;
            done.attempt = attempt;
            done.message = RunConnection::tr("reconnected to %1 (backend %2)")
                               .arg(m_uri.display())
                               .arg(backendId());
            m_emit(done);
            return;
        } catch (const DbError &error) {
            if (error.kind() == DbError::Kind::Authentication ||
                error.kind() == DbError::Kind::BadInput || clock.elapsed() > forMs)
                throw;
        }
        if (!m_control.sleep(backoff.delayMs(attempt)))
            throw RunAborted(
                RunConnection::tr("stopped while reconnecting to %1").arg(m_uri.display()));
    }
}
