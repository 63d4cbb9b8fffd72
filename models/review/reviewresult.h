#pragma once
// The input options and the output of a static review: every statement of the script with its
// position, parse status and lock forecast, and the findings.

#include "base/dialectkind.h"
#include "finding.h"
#include "statementforecast.h"

#include <QList>
#include <QString>

struct Catalog;

struct ReviewOptions
{
    int serverVersion = 15; // PostgreSQL major version, 10..18
    DialectKind dialect = DialectKind::PostgreSQL;
    const Catalog *catalog = nullptr; // optional: tells live tables and column types
};

struct ReviewedStatement
{
    QString text; // from the first token to the end, without the ';'
    QString kind; // parse node name: "AlterTableStmt", "" when it did not parse
    int line = 0; // 1-based position of the first token
    int column = 0;
    qsizetype startByte = 0; // first token, in the UTF-8 script
    qsizetype endByte = 0;   // one past the last byte (before the ';')
    bool parsed = false;
    StatementForecast forecast;
};

struct ReviewResult
{
    QList<ReviewedStatement> statements;
    QList<Finding> findings; // in script order

    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
};
