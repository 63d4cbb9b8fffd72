#pragma once
// The catalog of an SQLite file from its pragmas, sqlite_stat1 and the dbstat table.

#include "catalog.h"
#include "session.h"

class SqliteSession;

Catalog readSqliteCatalog(SqliteSession &session, const CatalogFilter &filter);

// The CHECK constraints written in a CREATE TABLE statement (SQLite keeps no pragma for them),
// found by a scanner that skips strings, quoted names and comments.
QStringList sqliteCheckClauses(const QString &createTable);
