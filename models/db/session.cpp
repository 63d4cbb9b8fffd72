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
