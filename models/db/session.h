#pragma once
// The narrow interface every database connection offers: open, version, execute, cancel,
// catalog. One Session belongs to one thread at a time; only cancel() may be called from
// another thread, to interrupt what that thread is waiting for.

#include "activity.h"
#include "catalog.h"
#include "connectionuri.h"
#include "queryresult.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <memory>

struct CatalogFilter
{
    QString schema;   // empty: every user schema
    QString table;    // empty: every table
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
    // Thread-safe: asks the server to stop the statement the owning thread is running.
    virtual void cancel() = 0;
    virtual Catalog catalog(const CatalogFilter &filter = {}) = 0;
    // Backends and locks on one table; empty on dialects without such views.
    virtual ActivitySnapshot activity(const QString &schema, const QString &table);

    // A session of the right kind for this URI, not yet opened.
    static std::unique_ptr<Session> create(const ConnectionUri &uri);
};
