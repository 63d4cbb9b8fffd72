#pragma once
// The runner's own connection: statements and short transactions, and the re-connect with
// backoff when the server drops us (pg_terminate_backend, KILL, restart, network). What differs
// by server is asked of the RunDialect.

#include "db/connectionuri.h"
#include "db/queryresult.h"
#include "db/session.h"
#include "rundialect.h"
#include "runevent.h"

#include <functional>
#include <memory>

#include <QCoreApplication>

class RunControl;

class RunConnection
{
    Q_DECLARE_TR_FUNCTIONS(RunConnection)

public:
    using Exec = RunDialect::Exec;

    RunConnection(const ConnectionUri &uri, RunControl &control,
                  std::function<void(const RunEvent &)> emitEvent);

    // Throws DbError; Unsupported for a server the runner does not speak.
    void open();
    Session &session() { return *m_session; }
    const RunDialect &dialect() const { return *m_dialect; }
    const ConnectionUri &uri() const { return m_uri; }
    qint64 backendId() const { return m_session->backendId(); }

    QueryResult execute(const QString &sql);
    QueryResult execute(const BoundSql &bound);
    // Runs body in one transaction (READ COMMITTED) and commits; throws DbError (rolled back).
    void transaction(const std::function<void(const Exec &exec)> &body);
    // Reconnects with backoff until it works, the time limit passes (throws the last DbError)
    // or the run is aborted (throws RunAborted). `why` is shown in the Reconnect events.
    void reconnect(const QString &phase, const QString &why, int forMs);

private:
    ConnectionUri m_uri;
    RunControl &m_control;
    std::function<void(const RunEvent &)> m_emit;
    std::unique_ptr<RunDialect> m_dialect;
    std::unique_ptr<Session> m_session;
};
