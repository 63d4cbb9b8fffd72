#include "session.h"

#include "dberror.h"
#include "mysqlsession.h"
#include "postgressession.h"
#include "sqlitesession.h"

Session::~Session() = default;

ActivitySnapshot Session::activity(const QString &, const QString &)
{
    return {};
}

void Session::transaction(const std::function<void(const Exec &exec)> &body)
{
    execute(dialect() == DialectKind::MySQL ? QStringLiteral("START TRANSACTION")
                                            : QStringLiteral("BEGIN"));
    try {
        const Exec exec([this](const QString &sql, const QStringList &parameters) {
            return parameters.isEmpty() ? execute(sql) : execute(sql, parameters);
        });
        body(exec);
        execute(QStringLiteral("COMMIT"));
    } catch (...) {
        try {
            execute(QStringLiteral("ROLLBACK"));
        } catch (const DbError &) {
            // The connection itself failed: the server rolls back when it notices.
        }
        throw;
    }
}

void Session::copyRows(const CopyJob &job)
{
    throw DbError(
        DbError::Kind::Unsupported,
        Session::tr("%1 has no COPY to load %2 with").arg(dialectName(dialect()), job.quotedTable));
}

std::unique_ptr<Session> Session::create(const ConnectionUri &uri)
{
    switch (uri.dialect()) {
    case DialectKind::PostgreSQL:
        return std::make_unique<PostgresSession>(uri);
    case DialectKind::SQLite:
        return std::make_unique<SqliteSession>(uri);
    case DialectKind::MySQL:
        return std::make_unique<MysqlSession>(uri);
    }
    throw DbError(
        DbError::Kind::Unsupported,
        Session::tr("no live session for %1 in this build").arg(dialectName(uri.dialect())));
}
