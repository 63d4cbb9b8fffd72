#pragma once
// The database families Column Planner speaks to, and their names in plans and URIs.

#include <QString>
#include <optional>

enum class DialectKind
{
    PostgreSQL,
    SQLite,
    MySQL
};

QString dialectName(DialectKind kind);                           // "postgresql", "sqlite", "mysql"
std::optional<DialectKind> dialectFromName(const QString &name); // accepts "mariadb" as MySQL
