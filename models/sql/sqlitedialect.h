#pragma once
// Writes a plan's phases for SQLite: what ALTER TABLE ADD COLUMN allows, batched backfill by
// rowid, and SQLite's documented 12-step table rebuild for what ALTER cannot add.

#include "compilecontext.h"
#include "script.h"

class SqliteDialect
{
public:
    static Script compile(const CompileContext &ctx);
    // The CREATE TABLE text of `createSql` renamed to `newName` with `columnDefinition`
    // inserted after the last column (where ADD COLUMN puts it); empty definition: unchanged
    // columns. Throws CompileError when the text is not a CREATE TABLE.
    // The column affinity SQLite gives a declared type (https://www.sqlite.org/datatype3.html,
    // 3.1): INTEGER, TEXT, BLOB, REAL or NUMERIC.
    static QString affinity(const QString &declaredType);
    static QString rewriteCreateTable(const QString &createSql, const QString &newName,
                                      const QString &columnDefinition);
};
