#pragma once
// The narrow interface every database connection offers: open, version, execute, cancel,
// catalog. One Session belongs to one thread at a time; only cancel() may be called from
// another thread, to interrupt what that thread is waiting for.

#include "base/activity.h"
#include "base/boundsql.h"
#include "base/catalog.h"
#include "connectionuri.h"
#include "copyjob.h"
#include "queryresult.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <functional>
#include <memory>

struct CatalogFilter
{
    QString schema; // empty: every user schema
    QString table;  // empty: every table
    // Tables with their sizes, row estimates, columns and primary keys only: no deparsed
    // definitions (indexes, constraints, defaults, triggers), which cost most on big catalogs.
    bool summaryOnly = false;
};
Q_DECLARE_METATYPE(CatalogFilter)

class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    virtual ~Session();

    virtual DialectKind dialect() const = 0;
    virtual const ConnectionUri &uri() const = 0;
    // Throws DbError naming what failed: host, password, database, file, privilege.
    virtual void open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual QString serverVersion() const = 0;
    virtual int serverVersionNumber() const = 0;
    // Runs one or more statements; rows come from the last. Throws DbError.
    virtual QueryResult execute(const QString &sql) = 0;
    // Runs one statement whose values are $1, $2, ... placeholders, bound by the driver (a null
    // QString is SQL NULL): values never become SQL text. Throws DbError.
    virtual QueryResult execute(const QString &sql, const QStringList &parameters) = 0;
    QueryResult execute(const BoundSql &bound) { return execute(bound.sql, bound.parameters); }
    // Thread-safe: asks the server to stop the statement the owning thread is running.
    virtual void cancel() = 0;
    virtual Catalog catalog(const CatalogFilter &filter = {}) = 0;
    // Backends and locks on one table; empty on dialects without such views.
    virtual ActivitySnapshot activity(const QString &schema, const QString &table);

    // What transaction() hands its body: runs one statement in the transaction, as text or with
    // its values bound ($1..$n).
    class Exec
    {
    public:
        using Run = std::function<QueryResult(const QString &sql, const QStringList &parameters)>;
        explicit Exec(Run run) : m_run(std::move(run)) {}
        QueryResult operator()(const QString &sql) const { return m_run(sql, {}); }
        QueryResult operator()(const BoundSql &bound) const
        {
            return m_run(bound.sql, bound.parameters);
        }

    private:
        Run m_run;
    };
    // Runs `body` in one transaction (READ COMMITTED where the server offers it), whose
    // statements go through `exec`: committed when body returns, rolled back when it throws.
    // Driver errors come out as DbError; anything else body throws passes through unchanged.
    virtual void transaction(const std::function<void(const Exec &exec)> &body);
    // The server's id of this connection (pg_backend_pid(), CONNECTION_ID()); 0 where none.
    virtual qint64 backendId() const { return 0; }
    // A lost connection stays lost until open() is called again (libpqxx 6 would otherwise
    // reconnect silently on the next statement, losing session settings): for callers that
    // reconnect themselves and say so.
    virtual void disableSilentReconnect() {}
    // Streams job.rows generated rows into a table with COPY, in one transaction (nothing is
    // half-loaded). Throws DbError; Unsupported on servers without COPY.
    virtual void copyRows(const CopyJob &job);

    // A session of the right kind for this URI, not yet opened.
    static std::unique_ptr<Session> create(const ConnectionUri &uri);
};
