#pragma once
// Rules on statements that change the schema: CREATE TABLE, ALTER TABLE (every subcommand),
// RENAME, CREATE/DROP/REINDEX INDEX. They read the parse tree and report to the context, and
// record what the statement creates so later statements know which tables are new.

#include "parse/parsetree.h"

#include <QCoreApplication>

class ReviewContext;
struct StatementForecast;

class SchemaRules
{
    Q_DECLARE_TR_FUNCTIONS(SchemaRules)

public:
    static void check(ReviewContext &context, const parsetree::Node *statement,
                      const StatementForecast &forecast);

private:
    static void createTable(ReviewContext &context, const PgQuery__CreateStmt *stmt);
    static void alterTable(ReviewContext &context, const PgQuery__AlterTableStmt *stmt);
    static void addConstraint(ReviewContext &context, const QString &table,
                              const PgQuery__Constraint *constraint, bool live);
    static void rename(ReviewContext &context, const PgQuery__RenameStmt *stmt);
    static void createIndex(ReviewContext &context, const PgQuery__IndexStmt *stmt);
    static void dropIndex(ReviewContext &context, const PgQuery__DropStmt *stmt);
    static void reindex(ReviewContext &context, const PgQuery__ReindexStmt *stmt);
    static void identifier(ReviewContext &context, const QString &name, const QString &what,
                           int location);
};
