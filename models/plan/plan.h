#pragma once
// A plan as plain values: which column to add to which table, how, and how to backfill it.
// Read and written by PlanFile (format column-planner/plan@1, DESIGN.md).

#include "base/dialectkind.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

struct ReferenceSpec
{
    QString table; // "public.customers" or "customers"
    QString column = QStringLiteral("id");
    QString onDelete =
        QStringLiteral("restrict"); // restrict, cascade, set null, set default, no action
};

struct IndexSpec
{
    QString method = QStringLiteral("btree"); // btree, hash, gin, gist, brin
    bool unique = false;
};

struct ColumnSpec
{
    QString name;
    QString type;
    bool nullable = true;
    std::optional<QString> defaultExpr; // SQL expression
    std::optional<QString> backfill;    // SQL expression over the row's other columns
    std::optional<QString> check;       // boolean SQL expression
    QStringList enumValues;             // non-empty: an enum type (PG/MySQL) or CHECK IN (SQLite)
    std::optional<ReferenceSpec> references;
    std::optional<IndexSpec> index;
    QString comment;
};

struct BackfillSettings
{
    int targetBatchMs = 200;
    int maxBatchRows = 50000;
    int pauseMs = 0;
    int maxReplicationLagMs = 5000;
    int lockTimeoutMs = 2000;
    int statementTimeoutMs = 60000;
    // PostgreSQL: a BEFORE INSERT OR UPDATE trigger, created in expand and dropped in enforce,
    // writes the backfill expression into rows the application writes while the backfill runs.
    bool syncTrigger = false;
};

struct CheckSpec
{
    QString name;
    QString sql;
    QString expect; // the single value the query must return, as text
};

struct Plan
{
    QString title;
    DialectKind dialect = DialectKind::PostgreSQL;
    bool mariadb = false;  // "dialect": "mariadb": MySQL syntax with MariaDB version rules
    QString serverVersion; // as written: "15", "8.0.35", "10.6"; empty: newest known
    QString schema;        // empty: the search path / "main" / the connection's database
    QString table;
    QStringList primaryKey; // optional "table.primary_key": used offline when no catalog says
    ColumnSpec column;
    BackfillSettings backfill;
    QList<CheckSpec> checks;
    // Hand-edited phase SQL ("overrides": {"backfill": "..."}): printed and run instead of the
    // compiled phase. Keys are phase names.
    QMap<QString, QString> overrides;
    // The document as read: keys this build does not know (approvals, rehearsal, ...) are kept
    // from here when the plan is saved.
    QJsonObject source;
};
