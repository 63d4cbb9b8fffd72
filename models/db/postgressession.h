#pragma once
// A PostgreSQL connection on libpqxx: connect with libpq's own password handling (pgpass,
// service files, PGPASSWORD), run statements, cancel from another thread, read the catalog.

#include "session.h"

#include <memory>
#include <mutex>

#include <QCoreApplication>

namespace pqxx {
class connection_base;
class result;
} // namespace pqxx

class PostgresSession : public Session
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSession)

public:
    explicit PostgresSession(ConnectionUri uri);
    ~PostgresSession() override;

    DialectKind dialect() const override { return DialectKind::PostgreSQL; }
    const ConnectionUri &uri() const override { return m_uri; }
    void open() override;
    void close() override;
    bool isOpen() const override;
    QString serverVersion() const override { return m_serverVersion; }
    int serverVersionNumber() const override { return m_serverVersionNumber; }
    using Session::execute; // execute(BoundSql) too
    QueryResult execute(const QString &sql) override;
    QueryResult execute(const QString &sql, const QStringList &parameters) override;
    void cancel() override;
    Catalog catalog(const CatalogFilter &filter = {}) override;
    ActivitySnapshot activity(const QString &schema, const QString &table) override;

    void transaction(const std::function<void(const Exec &exec)> &body) override;
    qint64 backendId() const override;
    void disableSilentReconnect() override;
    void copyRows(const CopyJob &job) override;

    // A statement prepared once on this connection under `name`, run with its $1, $2, ...
    // parameters bound by libpq, outside a transaction block: what an application does.
    void prepare(const QString &name, const QString &sql);
    QueryResult executePrepared(const QString &name, const QStringList &parameters);

    // The connection for the catalog readers of models/db, which speak libpqxx directly.
    pqxx::connection_base &connection();

private:
    ConnectionUri m_uri;
    struct Connection;
    std::unique_ptr<Connection> m_connection;
    mutable std::mutex m_cancelMutex; // guards m_connection against close() during cancel()
    QString m_serverVersion;
    int m_serverVersionNumber = 0;
};

// A libpqxx result as plain values (text, NULL as an invalid QVariant), for every caller.
QueryResult postgresQueryResult(const pqxx::result &rows);

// Maps a libpqxx exception to a DbError with one clear line; `what` names the operation.
[[noreturn]] void rethrowPostgresError(const std::exception &error, const QString &what,
                                       const ConnectionUri &uri);
