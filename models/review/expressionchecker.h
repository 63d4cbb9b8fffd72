#pragma once
// Checks a plan's SQL expressions on the live server before they are used: PostgreSQL parses,
// resolves and type-checks them in a rolled-back transaction; SQLite prepares them. Also reads
// the volatility of the functions a default calls (pg_proc.provolatile).

#include "db/session.h"
#include "plan/plan.h"
#include "sql/compilecontext.h"
#include "sql/compiler.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class ExpressionChecker
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionChecker)

public:
    explicit ExpressionChecker(Session &session) : m_session(session) {}

    // Empty when the server accepts `expression` as a value of `type` over rows of qTable, where
    // the new column qColumn (of `type`) already exists; else the server's own message, one line.
    // resultType: what the expression must yield (empty: the column's type).
    QString check(const QString &expression, const QString &qTable, const QString &qColumn,
                  const QString &type, const QString &resultType = {});
    // PostgreSQL: evaluates `expression` as a value of `type` on a sample of the table's real rows
    // (the oldest and the newest by key) in a transaction that is rolled back; empty when every
    // row gives a value, else the server's message and the key of the first failing row. A type
    // check passes "amount || 'x'" for a bigint, rows do not: a sync trigger must not go live
    // with it.
    QString checkOnRows(const QString &expression, const QString &qTable, const QString &qColumn,
                        const QString &type, const QStringList &keyColumns, int sampleRows = 1000);
    // SQLite: in how many of the table's rows (at most the first `maxRows`) `expression` gives a
    // fraction that a column of `type` with INTEGER affinity would keep as REAL (amount * 100
    // is 1234.0000000000002, not 1234, for some amounts): a warning in words with the cast that
    // makes the values integers, or empty when every row gives an integer, on other dialects,
    // and for other affinities.
    QString checkIntegerAffinity(const QString &expression, const QString &qTable,
                                 const QString &qColumn, const QString &type,
                                 int maxRows = 1000000);
    // Every expression of the plan (default, backfill, check); problems as "$.column.KEY: ...".
    QStringList checkPlan(const CompileContext &ctx);
    // PostgreSQL: provolatile ('i', 's', 'v') of the named functions; empty elsewhere.
    QHash<QString, QChar> volatility(const QStringList &functions);
    // What every compile against a live server does first: checks the plan's expressions (unless
    // checkExpressions is false), throwing the first problem as a CompileError, and records the
    // volatility of the functions the default calls in options.
    void prepareCompile(const Plan &plan, CompileOptions &options, bool checkExpressions = true);

private:
    bool hasColumn(const QString &qTable, const QString &qColumn);
    // A SELECT of the table's rows with qColumn among them (as it is, or NULL of `type`).
    QString rowsWithColumn(const QString &qTable, const QString &qColumn, const QString &type);

    Session &m_session;
};
