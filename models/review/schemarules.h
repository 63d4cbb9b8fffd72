#pragma once
// Rules on statements that change the schema: CREATE TABLE, ALTER TABLE (every subcommand),
// RENAME, CREATE/DROP/REINDEX INDEX. They read the parse tree and report to the context, and
// record what the statement creates so later statements know which tables are new.

#include <QJsonObject>

class ReviewContext;
struct StatementForecast;

class SchemaRules
{
public:
    static void check(ReviewContext &context, const QString &kind, const QJsonObject &stmt,
                      const StatementForecast &forecast);

private:
    static void createTable(ReviewContext &context, const QJsonObject &stmt);
    static void alterTable(ReviewContext &context, const QJsonObject &stmt);
    static void addConstraint(ReviewContext &context, const QString &table, const QJsonObject &constraint, bool live);
    static void rename(ReviewContext &context, const QJsonObject &stmt);
    static void createIndex(ReviewContext &context, const QJsonObject &stmt);
    static void dropIndex(ReviewContext &context, const QJsonObject &stmt);
    static void reindex(ReviewContext &context, const QJsonObject &stmt);
    static void identifier(ReviewContext &context, const QString &name, const QString &what, int location);
};
