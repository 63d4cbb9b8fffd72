#include "dialectkind.h"

QString dialectName(DialectKind kind)
{
    switch (kind) {
    case DialectKind::PostgreSQL:
        return QStringLiteral("postgresql");
    case DialectKind::SQLite:
        return QStringLiteral("sqlite");
    case DialectKind::MySQL:
        return QStringLiteral("mysql");
    }
    return {};
}

std::optional<DialectKind> dialectFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"postgresql" || lower == u"postgres" || lower == u"pg")
        return DialectKind::PostgreSQL;
    if (lower == u"sqlite" || lower == u"sqlite3")
        return DialectKind::SQLite;
    if (lower == u"mysql" || lower == u"mariadb")
        return DialectKind::MySQL;
    return std::nullopt;
}
