#pragma once
// Rules about how a script runs rather than what it changes: transaction blocks, lock_timeout
// before lock-taking DDL, and unbatched UPDATE backfills of existing tables.

#include "parse/parsetree.h"

#include <QCoreApplication>

class ReviewContext;
struct StatementForecast;

class ScriptRules
{
    Q_DECLARE_TR_FUNCTIONS(ScriptRules)

public:
    // Before the schema rules: sees the state left by the earlier statements.
    static void check(ReviewContext &context, const parsetree::Node *statement,
                      const StatementForecast &forecast);
    // True when an UPDATE's WHERE (or FROM) bounds the rows it touches to a batch.
    static bool isBoundedUpdate(const PgQuery__UpdateStmt *stmt);

private:
    static void transaction(ReviewContext &context, const PgQuery__TransactionStmt *stmt);
    static void variableSet(ReviewContext &context, const PgQuery__VariableSetStmt *stmt);
    static void selectSetConfig(ReviewContext &context, const PgQuery__SelectStmt *stmt);
    static void lockTimeout(ReviewContext &context, const parsetree::Node *statement,
                            const StatementForecast &forecast);
    static void update(ReviewContext &context, const PgQuery__UpdateStmt *stmt);
};
