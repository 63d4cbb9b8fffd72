#pragma once
// A parsed connection string: a libpq URI or key=value string, sqlite:PATH, or
// mysql://user@host:port/db?ssl-mode=... (mariadb:// alike).
// The text is kept exactly as given (libpq parses it again); display() never shows a password.

#include "base/dialectkind.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <utility>

class ConnectionUri
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionUri)

public:
    // Throws DbError(BadInput) with one line naming what is wrong.
    static ConnectionUri parse(const QString &text);
    // A mysql:// connection from the MariaDB client's option names (host, port, dbname, user,
    // ssl-mode, option-file, socket, ...), checked as parse() checks a typed URI.
    static ConnectionUri fromMysqlOptions(const QMap<QString, QString> &options);

    DialectKind dialect() const { return m_dialect; }
    QString text() const { return m_text; }
    QString sqlitePath() const { return m_sqlitePath; }
    // libpq options as parsed (host, port, dbname, user, sslmode, ...), password included.
    QMap<QString, QString> options() const { return m_options; }
    QString option(const QString &key) const { return m_options.value(key); }
    bool hasPassword() const { return !m_options.value(QStringLiteral("password")).isEmpty(); }

    // A human label such as "alice@db1:5432/shop" or "sqlite:/tmp/demo.db"; never a password.
    QString display() const;
    // The same connection as a key=value string without the password: what profiles store.
    QString withoutPassword() const;
    // The same connection with this password added, for the in-memory connect only.
    ConnectionUri withPassword(const QString &password) const;
    // MySQL: the replicas named by ?replica=host:port (repeatable), as written.
    QStringList replicas() const;
    // The same credentials and TLS settings on another server of the same kind (no socket, no
    // database, no replicas): how a primary's replicas are reached. Keeps an in-memory password.
    ConnectionUri withServer(const QString &host, int port) const;
    // The same server and credentials with another database (empty: the server's default).
    ConnectionUri withDatabase(const QString &database) const;
    // The query that lists the databases a user may pick on this kind of server (one name per
    // row, sorted); empty for an SQLite file.
    static QString databaseListQuery(DialectKind dialect);
    // The database to ask for that list when the one named does not exist: PostgreSQL's
    // "postgres", none on MySQL/MariaDB.
    static QString maintenanceDatabase(DialectKind dialect);
    // "db1:3307" / "[::1]" → host and port (defaultPort when absent, 0 when malformed).
    static std::pair<QString, int> splitHostPort(const QString &address, int defaultPort);

    // The libpq conninfo string to connect with (key=value form, values quoted).
    QString conninfo() const;

private:
    QString mysqlUri(bool withPassword) const;

    DialectKind m_dialect = DialectKind::PostgreSQL;
    QString m_text;
    QString m_sqlitePath;
    QMap<QString, QString> m_options;
};
