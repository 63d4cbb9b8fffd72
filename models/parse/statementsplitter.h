#pragma once
// Splits a script into statement regions at ';' outside parentheses and outside the
// BEGIN ATOMIC ... END body of a SQL-standard function. A hand-written lexer that follows the
// PostgreSQL scanner's rules for quotes, dollar quotes, E'' strings and nested comments does
// the common case in one pass over the bytes; anything it cannot decide the way the scanner
// would (an unterminated quote or comment, an escape the scanner may reject) goes to the real
// scanner (pg_query_scan), which also places the error.

#include <QByteArray>
#include <QList>
#include <optional>

struct StatementRegion
{
    qsizetype from = 0; // right after the previous ';'
    qsizetype to = 0;   // the ';' (or the end of the script)
    bool operator==(const StatementRegion &other) const = default;
};

class StatementSplitter
{
public:
    // Regions holding at least one token that is not a comment.
    static QList<StatementRegion> split(const QByteArray &bytes);
    // The fast lexer alone: nullopt when it hands the script to the scanner.
    static std::optional<QList<StatementRegion>> splitFast(const QByteArray &bytes);
    // The scanner alone. When it fails, everything before the failing statement is still split
    // and the rest of the script becomes one region, which then fails to parse at the right place.
    static QList<StatementRegion> splitWithScanner(const QByteArray &bytes);
};
