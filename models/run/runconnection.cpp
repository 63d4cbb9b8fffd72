#include "runconnection.h"

#include "db/dberror.h"
#include "retrybackoff.h"
#include "runcontrol.h"

#include <QElapsedTimer>
#include <pqxx/pqxx>

namespace {

QueryResult toQueryResult(const pqxx::result &rows)
{
    QueryResult result;
    for (pqxx::row::size_type column = 0; column < rows.columns(); ++column)
        result.columns << QString::fromUtf8(rows.column_name(column));
    for (const pqxx::row &row : rows) {
        QVariantList values;
        for (const pqxx::field &field : row)
            values << (field.is_null() ? QVariant() : QVariant(QString::fromUtf8(field.c_str())));
        result.rows << values;
    }
    result.affectedRows = rows.affected_rows();
    return result;
}

void noAutomaticReactivation(pqxx::connection_base &connection)
{
    // libpqxx 6 would silently reconnect on the next transaction, losing session settings and
    // hiding the event; the runner reconnects itself and says so.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    connection.inhibit_reactivation(true);
#pragma GCC diagnostic pop
}

} // namespace

RunConnection::RunConnection(const ConnectionUri &uri, RunControl &control, std::function<void(const RunEvent &)> emitEvent)
    : m_uri(uri), m_control(control), m_emit(std::move(emitEvent)), m_session(std::make_unique<PostgresSession>(uri))
{
}

void RunConnection::open()
{
    m_session->open();
    noAutomaticReactivation(m_session->connection());
}

QueryResult RunConnection::execute(const QString &sql)
{
    return m_session->execute(sql);
}

void RunConnection::transaction(const std::function<void(const Exec &)> &body)
{
    try {
        pqxx::work work(m_session->connection());
        const Exec exec = [&work](const QString &sql) { return toQueryResult(work.exec(sql.toStdString())); };
        body(exec);
        work.commit();
    } catch (const DbError &) {
        throw;
    } catch (const RunAborted &) {
        throw;
    } catch (const std::exception &error) {
        rethrowPostgresError(error, QStringLiteral("transaction"), m_uri);
    }
}

void RunConnection::reconnect(const QString &phase, const QString &why, int forMs)
{
    RetryBackoff backoff(250, 5000);
    QElapsedTimer clock;
    clock.start();
    for (int attempt = 1;; ++attempt) {
        m_control.throwIfAborted(QStringLiteral("stopped while reconnecting to %1").arg(m_uri.display()));
        RunEvent event;
        event.kind = RunEvent::Reconnect;
        event.phase = phase;
        event.attempt = attempt;
        event.message = QStringLiteral("connection to %1 lost (%2): reconnecting, attempt %3").arg(m_uri.display(), why).arg(attempt);
        m_emit(event);
        try {
            open();
            RunEvent done;
            done.kind = RunEvent::Reconnect;
            done.phase = phase;
            done.attempt = attempt;
            done.message = QStringLiteral("reconnected to %1 (backend %2)").arg(m_uri.display()).arg(m_session->backendPid());
            m_emit(done);
            return;
        } catch (const DbError &error) {
            if (error.kind() == DbError::Kind::Authentication || error.kind() == DbError::Kind::BadInput
                || clock.elapsed() > forMs)
                throw;
        }
        if (!m_control.sleep(backoff.delayMs(attempt)))
            throw RunAborted(QStringLiteral("stopped while reconnecting to %1").arg(m_uri.display()));
    }
}
