#pragma once
// The runner's own PostgreSQL connection: statements and short transactions, and the
// re-connect with backoff when the server drops us (pg_terminate_backend, restart, network).
// The only file of models/run that speaks libpqxx.

#include "db/connectionuri.h"
#include "db/postgressession.h"
#include "db/queryresult.h"
#include "runevent.h"

#include <functional>
#include <memory>

class RunControl;

class RunConnection
{
public:
    using Exec = std::function<QueryResult(const QString &sql)>;

    RunConnection(const ConnectionUri &uri, RunControl &control, std::function<void(const RunEvent &)> emitEvent);

    // Throws DbError.
    void open();
    PostgresSession &session() { return *m_session; }
    const ConnectionUri &uri() const { return m_uri; }
    int backendPid() const { return m_session->backendPid(); }

    QueryResult execute(const QString &sql);
    // Runs body in one transaction (READ COMMITTED) and commits; throws DbError (rolled back).
    void transaction(const std::function<void(const Exec &exec)> &body);
    // Reconnects with backoff until it works, the time limit passes (throws the last DbError)
    // or the run is aborted (throws RunAborted). `why` is shown in the Reconnect events.
    void reconnect(const QString &phase, const QString &why, int forMs);

private:
    ConnectionUri m_uri;
    RunControl &m_control;
    std::function<void(const RunEvent &)> m_emit;
    std::unique_ptr<PostgresSession> m_session;
};
