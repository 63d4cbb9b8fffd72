#pragma once
// The catalog of an SQLite file from its pragmas, sqlite_stat1 and the dbstat table.

#include "base/catalog.h"
#include "session.h"

class SqliteSession;

Catalog readSqliteCatalog(SqliteSession &session, const CatalogFilter &filter);

// The rows of sqlite_schema, which the table rebuild recreates (CompileOptions::sqliteSchema).
QList<SqliteSchemaObject> readSqliteSchema(Session &session);

// The CHECK constraints written in a CREATE TABLE statement (SQLite keeps no pragma for them),
// found by a scanner that skips strings, quoted names and comments.
QStringList sqliteCheckClauses(const QString &createTable);
