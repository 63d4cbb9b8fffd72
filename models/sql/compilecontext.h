#pragma once
// Everything the dialects need to write a plan's SQL, worked out once by the Compiler: resolved
// names (quoted), the key to walk, what the backfill writes, and the version in use.

#include "base/catalog.h"
#include "plan/plan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct CompileContext
{
    Plan plan;
    ColumnSpec column;
    DialectKind dialect = DialectKind::PostgreSQL;
    bool mariadb = false;
    int version = 0;
    bool connected = false;         // a catalog was given
    std::optional<TableInfo> table; // from the catalog

    QString schema; // resolved; may be empty offline
    QString tableName;
    QString qTable; // quoted, qualified
    QString qColumn;
    QStringList keyColumns;  // unquoted primary key columns; empty: none
    bool keyAssumed = false; // offline and not in the plan: "id" assumed

    QString typeSql;      // as written in ADD COLUMN
    QString enumTypeName; // PostgreSQL: the type created for enum_values (unquoted)
    bool createEnum = false;
    bool defaultVolatile = false;    // the default must be computed per row
    bool defaultInAddColumn = false; // attached in ADD COLUMN (existing rows read it)
    std::optional<QString> fill;     // what the backfill writes into existing rows
    QString enumCheck;               // SQLite/MySQL-less-enum: "col IN ('a', 'b')"

    QString checkName, notNullName, foreignKeyName, indexName, uniqueName;
    QString syncName; // PostgreSQL sync trigger and its function (unquoted); empty: none
    // A partitioned table's index: each partition's own (qualified partition name -> index name).
    QHash<QString, QString> partitionIndexNames;
    QString qReferencedTable, qReferencedColumn;
    QString onDeleteSql; // "RESTRICT", "SET NULL", ...

    QList<SqliteSchemaObject> sqliteSchema;
    QStringList warnings;

    QString q(const QString &name) const; // quoteIdentifier in this dialect
    QString literal(const QString &text) const;
};
