#pragma once
// Rules about how a script runs rather than what it changes: transaction blocks, lock_timeout
// before lock-taking DDL, and unbatched UPDATE backfills of existing tables.

#include <QJsonObject>

class ReviewContext;
struct StatementForecast;

class ScriptRules
{
public:
    // Before the schema rules: sees the state left by the earlier statements.
    static void check(ReviewContext &context, const QString &kind, const QJsonObject &stmt,
                      const StatementForecast &forecast);
    // True when an UPDATE's WHERE (or FROM) bounds the rows it touches to a batch.
    static bool isBoundedUpdate(const QJsonObject &updateStmt);

private:
    static void transaction(ReviewContext &context, const QJsonObject &stmt);
    static void variableSet(ReviewContext &context, const QJsonObject &stmt);
    static void selectSetConfig(ReviewContext &context, const QJsonObject &stmt);
    static void lockTimeout(ReviewContext &context, const QString &kind, const StatementForecast &forecast);
    static void update(ReviewContext &context, const QJsonObject &stmt);
};
