#pragma once
// Splits a script into statements with exact byte positions (pg_query_split_with_scanner) and
// parses them with the real PostgreSQL 15 grammar (pg_query_parse, JSON tree). Statements are
// parsed in chunks of many at once and handed over one by one, so memory stays bounded and a
// statement that does not parse does not stop the others.

#include "sqlsource.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

struct PgQuery__Node;

struct ParsedStatement
{
    qsizetype regionStart = 0;        // right after the previous ';' (leading comments included)
    qsizetype start = 0;              // first token
    qsizetype end = 0;                // one past the last byte, before the ';'
    QStringList ignoredRules;         // from "-- column-planner: ignore RULE-ID" leading comments
    std::shared_ptr<const void> tree; // owns `node` (shared by the statements of a chunk)
    const PgQuery__Node *node = nullptr; // the statement's tree; null when it did not parse
    qsizetype treeBase = 0;              // tree "location" values are relative to this byte
    QString error;                       // the parser's message when it did not parse
    qsizetype errorByte = -1;            // where the parser stopped
    bool tooLarge = false;               // above maxStatementBytes: split but not parsed
    int nesting = 0;         // nestingDepth() when above maxNestingDepth (tooComplex), else 0
    bool tooComplex = false; // above maxNestingDepth: split but not parsed
};

class StatementParser
{
    Q_DECLARE_TR_FUNCTIONS(StatementParser)

public:
    // A single statement above this size is not parsed (its tree would take gigabytes).
    static constexpr qsizetype maxStatementBytes = 16 * 1024 * 1024;
    // A statement whose expressions may nest deeper than this is not parsed: libpg_query, the
    // protobuf packing and unpacking of its tree all recurse once or more per level, and a
    // hostile "1 + 1 + ..." of 10,000 terms overflowed the stack (README, "Limits").
    static constexpr int maxNestingDepth = 1000;
    // Stack of the threads that parse: a tree of maxNestingDepth levels takes a few MB to
    // unpack; this leaves a wide margin for the constructs that take more frames per level.
    static constexpr uint parseStackBytes = 256u * 1024 * 1024;

    static void parse(const SqlSource &source, const std::function<void(ParsedStatement &&)> &sink);
    // An upper bound of how deep the parse tree of `sql` nests, from the scanner's tokens (cheap,
    // no recursion): operators, casts, IS, NOT, ... chain one level each within a list item, and
    // parentheses, brackets and CASE open a level. ANDs and ORs, which the parser flattens into
    // one list, and commas start a new item. -1 when the scanner rejects the text.
    static int nestingDepth(const QByteArray &sql);
    // The rule ids of one "column-planner: ignore a, b" comment text (without -- or /* */).
    static QStringList ignoreDirective(QStringView comment);
};
