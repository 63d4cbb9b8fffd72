#include "statementsplitter.h"

#include "sqltokens.h"

#include <algorithm>

namespace {

enum class Word
{
    Other,
    Begin,
    Atomic,
    Case,
    End
};

// Tracks parentheses and BEGIN ATOMIC bodies, and cuts regions at ';' (both lexers feed it).
struct RegionCutter
{
    QList<StatementRegion> regions;
    qsizetype regionStart = 0;
    bool hasToken = false;
    int parens = 0;
    int atomic = 0;
    Word previous = Word::Other;

    void token(qsizetype start, qsizetype end, int kind, Word word)
    {
        switch (kind) {
        case '(':
            ++parens;
            break;
        case ')':
            parens = std::max(0, parens - 1);
            break;
        case ';':
            if (parens == 0 && atomic == 0) {
                if (hasToken)
                    regions.append({regionStart, start});
                regionStart = end;
                hasToken = false;
                previous = Word::Other;
                return;
            }
            break;
        default:
            if (word == Word::Atomic && previous == Word::Begin)
                atomic = 1;
            else if (word == Word::Case && atomic > 0)
                ++atomic;
            else if (word == Word::End && atomic > 0)
                --atomic;
            break;
        }
        hasToken = true;
        previous = word;
    }

    void finish(qsizetype length)
    {
        if (hasToken)
            regions.append({regionStart, length});
    }
};

Word scannerWord(int token)
{
    switch (token) {
    case SqlTokens::Begin:
        return Word::Begin;
    case SqlTokens::Atomic:
        return Word::Atomic;
    case SqlTokens::Case:
        return Word::Case;
    case SqlTokens::End:
        return Word::End;
    default:
        return Word::Other;
    }
}

QList<StatementRegion> scannerRegions(const QByteArray &bytes, qsizetype length)
{
    RegionCutter cutter;
    const int error = SqlTokens::forEach(
        QByteArray::fromRawData(bytes.constData(), length), [&](const SqlToken &token) {
            if (token.token == SqlTokens::SqlComment || token.token == SqlTokens::CComment)
                return;
            const int kind =
                token.token == '(' || token.token == ')' || token.token == ';' ? token.token : 0;
            cutter.token(token.start, token.end, kind, scannerWord(token.token));
        });
    if (error == 0) {
        cutter.finish(length);
        return cutter.regions;
    }
    // error is 1-based in characters; find its byte
    qsizetype errorByte = 0;
    for (int chars = error - 1; chars > 0 && errorByte < length; --chars) {
        ++errorByte;
        while (errorByte < length && (uchar(bytes[errorByte]) & 0xC0) == 0x80)
            ++errorByte;
    }
    QList<StatementRegion> regions;
    if (errorByte > 0 && errorByte < length) {
        regions = scannerRegions(bytes, errorByte);
        // the last region before the error is the statement the broken token belongs to,
        // unless a ';' separates them
        if (!regions.isEmpty()) {
            bool separated = false;
            for (qsizetype i = regions.last().to; i < errorByte; ++i)
                if (bytes[i] == ';')
                    separated = true;
            if (!separated)
                regions.removeLast();
        }
    }
    const qsizetype restFrom = regions.isEmpty() ? 0 : regions.last().to + 1;
    if (restFrom < length)
        regions.append({restFrom, length});
    return regions;
}

inline bool isIdentStart(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

inline bool isIdentCont(uchar c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
}

inline bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

bool wordIs(const uchar *p, qsizetype n, const char *lower)
{
    for (qsizetype i = 0; i < n; ++i) {
        if (!lower[i] || (p[i] | 0x20) != uchar(lower[i]))
            return false;
    }
    return lower[n] == 0;
}

Word classify(const uchar *p, qsizetype n)
{
    switch (n) {
    case 3:
        return wordIs(p, n, "end") ? Word::End : Word::Other;
    case 4:
        return wordIs(p, n, "case") ? Word::Case : Word::Other;
    case 5:
        return wordIs(p, n, "begin") ? Word::Begin : Word::Other;
    case 6:
        return wordIs(p, n, "atomic") ? Word::Atomic : Word::Other;
    default:
        return Word::Other;
    }
}

// The fast lexer's token readers: each reads the token that starts at i and returns the byte
// after it, or handOver when the scanner must decide (an error it would place, or a form the
// fast lexer does not follow).
constexpr qsizetype handOver = -1;

// /* ... */, nested; unterminated: the scanner places the error.
qsizetype skipBlockComment(const uchar *data, qsizetype n, qsizetype i)
{
    int depth = 1;
    i += 2;
    while (i < n && depth > 0) {
        if (data[i] == '*' && i + 1 < n && data[i + 1] == '/') {
            --depth;
            i += 2;
        } else if (data[i] == '/' && i + 1 < n && data[i + 1] == '*') {
            ++depth;
            i += 2;
        } else {
            ++i;
        }
    }
    return depth > 0 ? handOver : i;
}

// '...' under standard_conforming_strings: a quote is doubled, a backslash is a character.
qsizetype readString(const uchar *data, qsizetype n, qsizetype i)
{
    ++i;
    for (;;) {
        while (i < n && data[i] != '\'')
            ++i;
        if (i >= n)
            return handOver;
        ++i;
        if (i < n && data[i] == '\'')
            ++i;
        else
            return i;
    }
}

// "...", a quote doubled inside; a zero-length delimited identifier is a scanner error.
qsizetype readQuotedName(const uchar *data, qsizetype n, qsizetype i)
{
    ++i;
    qsizetype length = 0;
    for (;;) {
        while (i < n && data[i] != '"') {
            ++i;
            ++length;
        }
        if (i >= n)
            return handOver;
        ++i;
        if (i < n && data[i] == '"') {
            ++i;
            ++length;
        } else {
            break;
        }
    }
    return length == 0 ? handOver : i;
}

// $1 parameter or $tag$ ... $tag$ dollar quote; a lone $ (operator-like) goes to the scanner.
qsizetype readDollar(const QByteArray &bytes, qsizetype i)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype j = i + 1;
    if (j < n && isDigit(data[j])) {
        while (j < n && isDigit(data[j]))
            ++j;
        if (j < n && isIdentStart(data[j]))
            return handOver; // "trailing junk after parameter": a scanner error
        return j;
    }
    if (j < n && isIdentStart(data[j])) {
        while (j < n && isIdentCont(data[j]) && data[j] != '$')
            ++j;
    }
    if (j >= n || data[j] != '$')
        return handOver; // "$abc" without a closing $: leave it to the scanner
    const QByteArray delimiter = QByteArray::fromRawData(bytes.constData() + i, j + 1 - i);
    const qsizetype close = bytes.indexOf(delimiter, j + 1);
    if (close < 0)
        return handOver; // unterminated dollar quote
    return close + delimiter.size();
}

// The body of E'...' from after its opening quote: backslash escapes; unicode escapes the
// scanner may reject go to it.
qsizetype readEscapeString(const uchar *data, qsizetype n, qsizetype i)
{
    for (;;) {
        while (i < n && data[i] != '\'' && data[i] != '\\')
            ++i;
        if (i >= n)
            return handOver;
        if (data[i] == '\\') {
            if (i + 1 < n && (data[i + 1] == 'u' || data[i + 1] == 'U'))
                return handOver;
            i += 2;
            continue;
        }
        ++i;
        if (i < n && data[i] == '\'')
            ++i;
        else
            return i;
    }
}

// A word, or a string with a prefix: E'..' has backslash escapes; B'', X'' and N'' follow the
// standard rules (their prefix is a word of its own here); U&'..' and U&".." go to the scanner.
// word: what the word is, for BEGIN ATOMIC bodies.
qsizetype readWord(const uchar *data, qsizetype n, qsizetype i, Word &word)
{
    const uchar c = data[i];
    qsizetype j = i + 1;
    while (j < n && isIdentCont(data[j]))
        ++j;
    word = Word::Other;
    if (j < n && data[j] == '\'' && j - i == 1 && (c == 'e' || c == 'E'))
        return readEscapeString(data, n, j + 1);
    if (j - i == 1 && (c == 'u' || c == 'U') && j + 1 < n && data[j] == '&' &&
        (data[j + 1] == '\'' || data[j + 1] == '"'))
        return handOver;
    word = classify(data + i, j - i);
    return j;
}

// Digits and dots with an optional exponent; letters right after are a scanner error.
qsizetype readNumber(const uchar *data, qsizetype n, qsizetype i)
{
    qsizetype j = i;
    while (j < n && (isDigit(data[j]) || data[j] == '.'))
        ++j;
    if (j < n && (data[j] == 'e' || data[j] == 'E')) {
        qsizetype k = j + 1;
        if (k < n && (data[k] == '+' || data[k] == '-'))
            ++k;
        if (k < n && isDigit(data[k])) {
            j = k;
            while (j < n && isDigit(data[j]))
                ++j;
        }
    }
    if (j < n && isIdentStart(data[j]))
        return handOver; // "trailing junk after numeric literal": a scanner error
    return j;
}

} // namespace

std::optional<QList<StatementRegion>> StatementSplitter::splitFast(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    RegionCutter cutter;
    cutter.regions.reserve(n / 64 + 1);
    qsizetype i = 0;
    while (i < n) {
        const uchar c = data[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++i;
            continue;
        }
        if (c == '-' && i + 1 < n && data[i + 1] == '-') {
            while (i < n && data[i] != '\n' && data[i] != '\r')
                ++i;
            continue;
        }
        if (c == '/' && i + 1 < n && data[i + 1] == '*') {
            i = skipBlockComment(data, n, i);
            if (i == handOver)
                return std::nullopt;
            continue;
        }
        if (c == '\\')
            return std::nullopt; // psql meta-commands and stray backslashes: the scanner decides
        qsizetype end;
        int kind = 0;
        Word word = Word::Other;
        if (c == '\'')
            end = readString(data, n, i);
        else if (c == '"')
            end = readQuotedName(data, n, i);
        else if (c == '$')
            end = readDollar(bytes, i);
        else if (isIdentStart(c))
            end = readWord(data, n, i, word);
        else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(data[i + 1])))
            end = readNumber(data, n, i);
        else {
            end = i + 1;
            kind = c == '(' || c == ')' || c == ';' ? int(c) : 0;
        }
        if (end == handOver)
            return std::nullopt;
        cutter.token(i, end, kind, word);
        i = end;
    }
    cutter.finish(n);
    return cutter.regions;
}

QList<StatementRegion> StatementSplitter::splitWithScanner(const QByteArray &bytes)
{
    return scannerRegions(bytes, bytes.size());
}

QList<StatementRegion> StatementSplitter::split(const QByteArray &bytes)
{
    if (auto regions = splitFast(bytes))
        return std::move(*regions);
    return splitWithScanner(bytes);
}
