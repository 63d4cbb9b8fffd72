#pragma once
// An SQLite database file on the sqlite3 C API: the local demo and a real target.

#include "session.h"

#include <atomic>

#include <QCoreApplication>

struct sqlite3;

class SqliteSession : public Session
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSession)

public:
    explicit SqliteSession(ConnectionUri uri);
    ~SqliteSession() override;

    DialectKind dialect() const override { return DialectKind::SQLite; }
    const ConnectionUri &uri() const override { return m_uri; }
    // Opens an existing file read-write; never creates one (a typo must not make an empty
    // database).
    void open() override;
    void close() override;
    bool isOpen() const override { return m_db.load() != nullptr; }
    QString serverVersion() const override;
    int serverVersionNumber() const override;
    using Session::execute; // execute(BoundSql) too
    QueryResult execute(const QString &sql) override;
    QueryResult execute(const QString &sql, const QStringList &parameters) override;
    void cancel() override;
    Catalog catalog(const CatalogFilter &filter = {}) override;

    sqlite3 *handle() const { return m_db.load(); }
    // Throws DbError for an sqlite3 return code; `what` names the operation.
    void check(int code, const QString &what) const;

private:
    ConnectionUri m_uri;
    std::atomic<sqlite3 *> m_db{nullptr};
};
