#pragma once
// A snapshot of what the database holds, as plain values: schemas, tables with their columns,
// indexes, constraints, triggers and dependent views. Filled by a Session, read by everyone else.

#include "dialectkind.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct ColumnInfo
{
    QString name;
    QString type; // with modifiers, as the server formats it: "numeric(12,2)"
    bool nullable = true;
    QString defaultExpr; // empty when none
    QString identity;    // "always", "by default" or empty
    QString generated;   // generation expression of a stored generated column, else empty
    int position = 0;    // 1-based ordinal
    QString comment;
};

struct IndexInfo
{
    QString name;
    QString definition;  // CREATE INDEX ... as the server prints it
    QString method;      // btree, hash, gin, ...
    QStringList columns; // key columns; expressions appear as written
    bool unique = false;
    bool primary = false;
    bool valid = true; // false for a failed CREATE INDEX CONCURRENTLY
    QString predicate; // WHERE clause of a partial index, else empty
    qint64 sizeBytes = -1;
};

struct ConstraintInfo
{
    QString name;
    QString kind;       // primary_key, unique, foreign_key, check, exclusion
    QString definition; // as the server prints it: "CHECK ((amount >= 0)) NOT VALID"
    QStringList columns;
    bool validated = true;
    QString referencedTable; // foreign keys: "schema.table"
    QStringList referencedColumns;
};

struct TriggerInfo
{
    QString name;
    QString definition;
    bool enabled = true;
};

struct DependentView
{
    QString schema;
    QString name;
    bool materialized = false;
};

// One table below a partitioned table (PostgreSQL declarative partitioning), in tree order.
struct PartitionInfo
{
    QString schema;
    QString name;
    QString parent;           // schema-qualified
    int level = 1;            // 1: a direct partition of the root
    QString bound;            // "FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')", "DEFAULT"
    bool partitioned = false; // sub-partitioned: has partitions of its own, no rows itself
    double rowEstimate = -1;
    qint64 totalBytes = -1;

    QString qualifiedName() const { return schema + u'.' + name; }
    bool isDefault() const { return bound == u"DEFAULT"; }
};

struct TableInfo
{
    QString schema; // "main" on SQLite
    QString name;
    QString kind = QStringLiteral("table"); // table, partitioned table
    double rowEstimate = -1;                // -1: unknown
    QString rowEstimateSource; // "reltuples", "n_live_tup", "sqlite_stat1", "count", ...
    qint64 totalBytes = -1;    // table + indexes + toast; -1: unknown
    qint64 tableBytes = -1;
    QString sizeSource; // "exact", "relpages" (as of the last VACUUM/ANALYZE), "dbstat"
    QStringList primaryKey;
    bool withoutRowid = false; // SQLite WITHOUT ROWID tables
    // MySQL/MariaDB: what decides whether ALTER TABLE can be INSTANT or INPLACE.
    QString engine;            // "InnoDB", "MyISAM", ...; empty elsewhere
    QString rowFormat;         // "Dynamic", "Compressed", ...
    int totalRowVersions = -1; // MySQL 8.0.29+ INNODB_TABLES.TOTAL_ROW_VERSIONS; -1: not kept
    QString comment;
    QList<ColumnInfo> columns;
    QList<IndexInfo> indexes;
    QList<ConstraintInfo> constraints;
    QList<TriggerInfo> triggers;
    QList<DependentView> dependentViews;
    // Partitioning (PostgreSQL). A partitioned table: its key ("RANGE (created_at)") and its
    // whole tree; its rows and sizes are the sums over its leaves. A partition: its parent.
    QString partitionKey;
    QList<PartitionInfo> partitions;
    QString partitionOf; // schema-qualified; empty: not a partition
    QString partitionBound;

    QString qualifiedName() const { return schema + u'.' + name; }
    const ColumnInfo *column(const QString &columnName) const;
    bool hasFulltextIndex() const;
};

struct Catalog
{
    DialectKind dialect = DialectKind::PostgreSQL;
    QString serverVersion;       // "15.20", "3.40.1"
    int serverVersionNumber = 0; // 150020, 3040001, 101106 (MariaDB 10.11.6), 80035 (MySQL 8.0.35)
    bool mariadb = false;        // a MySQL-dialect server that is MariaDB
    QString database;
    QString user;
    QStringList schemas;
    QStringList typeNames; // types a column may take here (built-in and user-defined)
    // Functions an expression may call here, for completion in the SQL editor (read with the
    // whole catalog, not for one table).
    QStringList functionNames;
    QList<TableInfo> tables;

    const TableInfo *table(const QString &schema, const QString &name) const;
    // Accepts "schema.table" or a bare "table" (searched in every schema; first match wins,
    // ambiguity is reported by the caller through tablesNamed()).
    const TableInfo *findTable(const QString &qualified) const;
    QList<const TableInfo *> tablesNamed(const QString &name) const;
};

Q_DECLARE_METATYPE(Catalog)

// A row of sqlite_schema: what the SQLite table-rebuild procedure recreates verbatim.
struct SqliteSchemaObject
{
    QString type; // table, index, trigger, view
    QString name;
    QString tableName;
    QString sql; // empty for automatic indexes
};
