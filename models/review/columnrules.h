#pragma once
// Rules about one column definition (CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE): its type
// (prefer-bigint, prefer-timestamptz, ban-char-type, prefer-jsonb), its name (through the
// shared identifier rules) and, on a live table, whether adding it rewrites or fails.

#include "parse/parsetree.h"

#include <QCoreApplication>

class ReviewContext;

class ColumnRules
{
    Q_DECLARE_TR_FUNCTIONS(ColumnRules)

public:
    enum class Volatility
    {
        Immutable,
        Stable,
        Volatile,
        Unknown
    };

    // Type and name rules for a column of a new or existing table.
    static void checkDesign(ReviewContext &context, const QString &column,
                            const PgQuery__TypeName *typeName, int location);
    // ADD COLUMN: design rules, then the rewrite/failure rules when the table is live.
    static void checkAddColumn(ReviewContext &context, const QString &table,
                               const PgQuery__ColumnDef *columnDef, bool live);
    // ALTER COLUMN ... TYPE on a live table: column-type-rewrite unless binary-coercible.
    static void checkTypeChange(ReviewContext &context, const QString &table, const QString &column,
                                const PgQuery__ColumnDef *columnDef, int location);

    // The volatility of an expression (default, backfill); `culprit` gets the deciding function.
    static Volatility volatility(const parsetree::Node *expression, QString *culprit = nullptr);
    // True when PostgreSQL changes `from` into `to` without rewriting the table.
    static bool isBinaryCoercible(const parsetree::TypeInfo &from, const parsetree::TypeInfo &to);
    // Whether an ADD COLUMN with this ColumnDef rewrites the table on this server version; `why`
    // says.
    static bool addColumnRewrites(const PgQuery__ColumnDef *columnDef, int serverVersion,
                                  QString *why = nullptr);
    static bool isSerialType(const QString &typeName);
};
