#include "rundialect.h"

#include "db/dberror.h"
#include "db/session.h"
#include "mysqlrundialect.h"
#include "postgresrundialect.h"
#include "preparedrun.h"
#include "sql/keysetbatch.h"

std::unique_ptr<RunDialect> RunDialect::create(DialectKind dialect)
{
    switch (dialect) {
    case DialectKind::PostgreSQL:
        return std::make_unique<PostgresRunDialect>();
    case DialectKind::MySQL:
        return std::make_unique<MysqlRunDialect>();
    default:
        return nullptr;
    }
}

BoundSql RunDialect::bindKeys(const QString &sql, const QStringList &keyTypes,
                              const QStringList &lo, const QStringList &hi,
                              const QString &offset) const
{
    BoundSql bound;
    QStringList loPlaceholders, hiPlaceholders;
    for (int i = 0; i < lo.size(); ++i) {
        bound.parameters << lo.at(i);
        loPlaceholders << typedParameter(int(bound.parameters.size()), keyTypes.value(i));
    }
    for (int i = 0; i < hi.size(); ++i) {
        bound.parameters << hi.at(i);
        hiPlaceholders << typedParameter(int(bound.parameters.size()), keyTypes.value(i));
    }
    bound.sql = KeysetBatch::bind(sql, loPlaceholders, hiPlaceholders, offset);
    return bound;
}

QString RunDialect::valueDiffers(const QString &column, const PreparedRun &prepared) const
{
    if (prepared.valueVolatile)
        return QStringLiteral("(%1 IS NULL) <> (%2 IS NULL)").arg(column, prepared.valueSql);
    // A row the application inserted without the column holds the default: that is right too.
    if (!prepared.defaultSql.isEmpty())
        return QStringLiteral("(%1 AND %2)")
            .arg(differs(column, prepared.valueSql), differs(column, prepared.defaultSql));
    return differs(column, prepared.valueSql);
}

void RunDialect::refuseUnsupported(const ConnectionUri &uri)
{
    throw DbError(DbError::Kind::Unsupported,
                  RunDialect::tr("run supports PostgreSQL, MySQL and MariaDB targets; %1 is %2 "
                                 "(use generate and run the script by hand)")
                      .arg(uri.display(), dialectName(uri.dialect())));
}

std::unique_ptr<Session> RunDialect::newSession(const ConnectionUri &uri) const
{
    return Session::create(uri);
}
