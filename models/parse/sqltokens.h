#pragma once
// The PostgreSQL scanner's tokens for a piece of SQL (pg_query_scan), for the few checks that
// need the text as written: identifiers longer than the parser keeps, and statement forms a
// newer server accepts that the bundled PostgreSQL 15 grammar does not.

#include <QByteArray>
#include <QList>
#include <functional>

struct SqlToken
{
    int start = 0; // byte offsets into the scanned text
    int end = 0;
    int token = 0;       // libpg_query Token enum value
    int keywordKind = 0; // 0 = not a keyword
};

class SqlTokens
{
public:
    enum : int
    {
        Ident = 258,
        StringConstant = 261,
        SqlComment = 275,
        CComment = 276,
        Add = 281,
        Alter = 287,
        Constraint = 347,
        Exists = 410,
        If = 447,
        Not = 528,
        Null = 533,
        Only = 544,
        Table = 661,
        Valid = 699,
        NotLookahead = 737,
        Atomic = 300,
        Begin = 307,
        Case = 321,
        End = 401,
    };

    // Tokens of `sql` (need not be NUL-terminated); empty when the scanner rejects it.
    static QList<SqlToken> scan(const QByteArray &sql);
    // Streams the tokens of `sql` to visit without storing them. Returns 0, or the scanner's
    // 1-based error position in characters (an unterminated quote or comment) when it fails.
    static int forEach(const QByteArray &sql, const std::function<void(const SqlToken &)> &visit);
};
