#pragma once
// Parses one SQL expression of a plan (default, backfill, check) with the PostgreSQL 15 grammar
// of libpg_query, without a server: an expression that cannot parse is refused when the plan is
// compiled instead of failing when the script runs.

#include <QCoreApplication>
#include <QString>

struct ExpressionProblem
{
    QString message;  // the parser's own words: syntax error at or near "*"
    int position = 0; // 1-based character of the expression where the parser stopped; 0 = unknown
};

class ExpressionParser
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionParser)

public:
    // Empty message when `expression` parses as the single value of SELECT (expression).
    static ExpressionProblem check(const QString &expression);
};
