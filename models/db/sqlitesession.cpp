#include "sqlitesession.h"

#include "dberror.h"
#include "sqlitecatalogreader.h"

#include <QFileInfo>
#include <filesystem>
#include <sqlite3.h>

SqliteSession::SqliteSession(ConnectionUri uri) : m_uri(std::move(uri)) {}

SqliteSession::~SqliteSession()
{
    close();
}

void SqliteSession::open()
{
    close();
    const QString path = m_uri.sqlitePath();
    if (path != u":memory:") {
        const QFileInfo info(path);
        if (!info.exists())
            throw DbError(DbError::Kind::MissingDatabase,
                          SqliteSession::tr("cannot open %1: no such file").arg(m_uri.display()));
        if (info.isDir())
            throw DbError(
                DbError::Kind::BadInput,
                SqliteSession::tr("cannot open %1: it is a directory, not a database file")
                    .arg(m_uri.display()));
        // /dev/zero reads as an empty database and a FIFO blocks: only a regular file is one.
        std::error_code error;
        if (std::filesystem::status(path.toStdString(), error).type() !=
            std::filesystem::file_type::regular)
            throw DbError(DbError::Kind::BadInput,
                          SqliteSession::tr("cannot open %1: not a regular file, so not an SQLite "
                                            "database")
                              .arg(m_uri.display()));
    }
    sqlite3 *db = nullptr;
    const int code =
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (code != SQLITE_OK) {
        const QString reason =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
        sqlite3_close(db);
        throw DbError(DbError::Kind::Unreachable,
                      SqliteSession::tr("cannot open %1: %2").arg(m_uri.display(), reason));
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_extended_result_codes(db, 1);
    // Reading the schema proves the file is a database (SQLITE_NOTADB otherwise).
    char *error = nullptr;
    const int probe =
        sqlite3_exec(db, "PRAGMA foreign_keys = ON; SELECT count(*) FROM sqlite_schema", nullptr,
                     nullptr, &error);
    if (probe != SQLITE_OK) {
        const QString reason = QString::fromUtf8(error ? error : sqlite3_errstr(probe));
        sqlite3_free(error);
        sqlite3_close(db);
        const bool notADatabase = (probe & 0xff) == SQLITE_NOTADB;
        throw DbError(notADatabase ? DbError::Kind::BadInput : DbError::Kind::Unreachable,
                      notADatabase
                          ? SqliteSession::tr("cannot open %1: the file is not an SQLite database")
                                .arg(m_uri.display())
                          : SqliteSession::tr("cannot open %1: %2").arg(m_uri.display(), reason));
    }
    m_db.store(db);
}

void SqliteSession::close()
{
    if (sqlite3 *db = m_db.exchange(nullptr))
        sqlite3_close_v2(db);
}

QString SqliteSession::serverVersion() const
{
    return QString::fromLatin1(sqlite3_libversion());
}

int SqliteSession::serverVersionNumber() const
{
    return sqlite3_libversion_number();
}

void SqliteSession::check(int code, const QString &what) const
{
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return;
    sqlite3 *db = m_db.load();
    const QString reason =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    DbError::Kind kind = DbError::Kind::Query;
    switch (code & 0xff) {
    case SQLITE_INTERRUPT:
        kind = DbError::Kind::Canceled;
        break;
    case SQLITE_READONLY:
        kind = DbError::Kind::ReadOnly;
        break;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        kind = DbError::Kind::Privilege;
        break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        kind = DbError::Kind::BadInput;
        break;
    default:
        break;
    }
    throw DbError(kind, SqliteSession::tr("%1 failed on %2: %3").arg(what, m_uri.display(), reason),
                  QString::number(code), reason);
}

QueryResult SqliteSession::execute(const QString &sql)
{
    return execute(sql, QStringList());
}

QueryResult SqliteSession::execute(const QString &sql, const QStringList &parameters)
{
    sqlite3 *db = m_db.load();
    if (!db)
        throw DbError(DbError::Kind::ConnectionLost,
                      SqliteSession::tr("%1 is not open").arg(m_uri.display()));
    QueryResult result;
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = utf8.constData();
    const char *end = tail + utf8.size();
    while (tail && tail < end) {
        sqlite3_stmt *statement = nullptr;
        check(sqlite3_prepare_v2(db, tail, int(end - tail), &statement, &tail),
              QStringLiteral("statement"));
        if (!statement)
            continue; // whitespace or a comment
        // $1, $2, ...: SQLite numbers named parameters by first appearance, so bind by name.
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            const QByteArray name = "$" + QByteArray::number(i + 1);
            const int index = sqlite3_bind_parameter_index(statement, name.constData());
            if (index == 0)
                continue;
            const QByteArray value = parameters.at(i).toUtf8();
            const int code = parameters.at(i).isNull()
                                 ? sqlite3_bind_null(statement, index)
                                 : sqlite3_bind_text(statement, index, value.constData(),
                                                     int(value.size()), SQLITE_TRANSIENT);
            if (code != SQLITE_OK) {
                sqlite3_finalize(statement);
                check(code, QStringLiteral("statement"));
            }
        }
        QueryResult current;
        const int columns = sqlite3_column_count(statement);
        for (int column = 0; column < columns; ++column)
            current.columns << QString::fromUtf8(sqlite3_column_name(statement, column));
        int code;
        while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
            QVariantList values;
            values.reserve(columns);
            for (int column = 0; column < columns; ++column) {
                if (sqlite3_column_type(statement, column) == SQLITE_NULL)
                    values << QVariant();
                else
                    values << QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
            }
            current.rows << values;
        }
        sqlite3_finalize(statement);
        check(code, QStringLiteral("statement"));
        current.affectedRows = columns == 0 ? sqlite3_changes64(db) : qint64(current.rows.size());
        if (columns > 0 || result.columns.isEmpty())
            result = current;
    }
    return result;
}

void SqliteSession::cancel()
{
    if (sqlite3 *db = m_db.load())
        sqlite3_interrupt(db);
}

Catalog SqliteSession::catalog(const CatalogFilter &filter)
{
    if (!m_db.load())
        throw DbError(DbError::Kind::ConnectionLost,
                      SqliteSession::tr("%1 is not open").arg(m_uri.display()));
    return readSqliteCatalog(*this, filter);
}
