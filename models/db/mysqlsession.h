#pragma once
// A MySQL or MariaDB connection on MariaDB Connector/C: passwords from the URI (in memory only),
// the keychain, or the client's option files (~/.my.cnf, [client] and [column-planner] groups,
// or ?option-file=PATH&option-group=NAME); TLS from ?ssl-mode=...; flavour and version read from
// the server; cancel by KILL QUERY from a second connection (the protocol has no cancel request).

#include "dberror.h"
#include "session.h"

#include <QCoreApplication>
#include <atomic>

struct st_mysql;

class MysqlSession : public Session
{
    Q_DECLARE_TR_FUNCTIONS(MysqlSession)

public:
    explicit MysqlSession(ConnectionUri uri);
    ~MysqlSession() override;

    DialectKind dialect() const override { return DialectKind::MySQL; }
    const ConnectionUri &uri() const override { return m_uri; }
    void open() override;
    void close() override;
    bool isOpen() const override { return m_handle != nullptr; }
    QString serverVersion() const override { return m_serverVersion; }
    // 101106 for MariaDB 10.11.6, 80035 for MySQL 8.0.35 (mysql_get_server_version's numbering).
    int serverVersionNumber() const override { return m_serverVersionNumber; }
    using Session::execute; // execute(BoundSql) too
    QueryResult execute(const QString &sql) override;
    QueryResult execute(const QString &sql, const QStringList &parameters) override;
    void cancel() override;
    Catalog catalog(const CatalogFilter &filter = {}) override;

    bool isMariadb() const { return m_mariadb; }
    // "MariaDB 10.11.6" or "MySQL 8.0.35".
    QString product() const;
    unsigned long connectionId() const { return m_connectionId.load(); }
    qint64 backendId() const override { return qint64(connectionId()); }
    QString database() const { return m_database; }
    QString user() const { return m_user; }

    // The line a failed statement throws (%1 the server, %2 its message, %3 a hint), and the
    // server's own words cut back out of such a line, in the language of the catalogue.
    static QString statementFailedFormat();
    static QString serverWords(const QString &message);

private:
    // Throws DbError for the handle's last error; `format` is the line: %1 the server, %2 its
    // message, %3 a hint.
    [[noreturn]] void fail(st_mysql *handle, const QString &format) const;

    ConnectionUri m_uri;
    st_mysql *m_handle = nullptr;
    std::atomic<unsigned long> m_connectionId{0};
    QString m_serverVersion;
    int m_serverVersionNumber = 0;
    bool m_mariadb = false;
    QString m_database;
    QString m_user;
};

// The kind of a MySQL/MariaDB error number (ER_* and CR_* codes), for code outside the session.
DbError::Kind mysqlErrorKind(unsigned int code);
