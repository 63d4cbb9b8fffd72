#include "sqltokenizer.h"

#include <QSet>

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Where the token that starts at i ends and what it is; end < 0 (and error set) when it is not
// terminated.
struct TokenEnd
{
    SqlLexToken::Kind kind = SqlLexToken::Operator;
    int end = -1;
    QString error;
};

TokenEnd unterminated(const QString &error)
{
    return {SqlLexToken::Operator, -1, error};
}

// The byte after the quote that closes the one at `open`: a doubled quote stands for itself,
// and with backslashEscapes a backslash takes the next character; -1 when none closes it.
int closeQuoted(const QString &sql, int open, QChar close, bool backslashEscapes)
{
    const int n = int(sql.size());
    int j = open + 1;
    while (j < n) {
        const QChar c = sql.at(j);
        if (backslashEscapes && c == u'\\') {
            j += 2;
            continue;
        }
        if (c == close) {
            if (j + 1 < n && sql.at(j + 1) == close) {
                j += 2;
                continue;
            }
            return j + 1;
        }
        ++j;
    }
    return -1;
}

int lineEnd(const QString &sql, int i)
{
    const int end = int(sql.indexOf(u'\n', i));
    return end < 0 ? int(sql.size()) : end;
}

// '...', or E'...' (PostgreSQL) with backslash escapes, as MySQL's strings always have.
TokenEnd readString(const QString &sql, int i, DialectKind dialect)
{
    const QChar c = sql.at(i);
    const bool escape = c != u'\'' || dialect == DialectKind::MySQL;
    const int quote = c != u'\'' ? i + 1 : i;
    const int end = closeQuoted(sql, quote, u'\'', escape);
    if (end < 0)
        return unterminated(SqlTokenizer::tr("unterminated string literal"));
    return {SqlLexToken::String, end, {}};
}

// "name", `name` (MySQL, SQLite) or [name] (SQLite); MySQL's "..." is a string.
TokenEnd readQuoted(const QString &sql, int i, DialectKind dialect)
{
    const QChar c = sql.at(i);
    const SqlLexToken::Kind kind =
        dialect == DialectKind::MySQL && c == u'"' ? SqlLexToken::String : SqlLexToken::QuotedName;
    int end = -1;
    if (c == u'[') {
        const int close = int(sql.indexOf(u']', i + 1));
        end = close < 0 ? -1 : close + 1;
    } else {
        end = closeQuoted(sql, i, c, dialect == DialectKind::MySQL && c == u'"');
    }
    if (end < 0)
        return unterminated(SqlTokenizer::tr("unterminated quoted name"));
    return {kind, end, {}};
}

// PostgreSQL: $1 parameter, $tag$ ... $tag$ string, or a lone $ (an operator).
TokenEnd readDollar(const QString &sql, int i)
{
    const int n = int(sql.size());
    int j = i + 1;
    while (j < n && sql.at(j).isDigit())
        ++j;
    if (j > i + 1)
        return {SqlLexToken::Param, j, {}};
    j = i + 1;
    while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == u'_'))
        ++j;
    if (j >= n || sql.at(j) != u'$')
        return {SqlLexToken::Operator, i + 1, {}};
    const QString tag = sql.mid(i, j - i + 1);
    const int close = int(sql.indexOf(tag, j + 1));
    if (close < 0)
        return unterminated(SqlTokenizer::tr("unterminated dollar-quoted string"));
    return {SqlLexToken::Dollar, close + int(tag.size()), {}};
}

// Digits, dots and underscores, with an optional exponent.
int numberEnd(const QString &sql, int i)
{
    const int n = int(sql.size());
    int j = i;
    while (j < n && (sql.at(j).isDigit() || sql.at(j) == u'.' || sql.at(j) == u'_'))
        ++j;
    if (j < n && (sql.at(j) == u'e' || sql.at(j) == u'E')) {
        int k = j + 1;
        if (k < n && (sql.at(k) == u'+' || sql.at(k) == u'-'))
            ++k;
        if (k < n && sql.at(k).isDigit()) {
            j = k;
            while (j < n && sql.at(j).isDigit())
                ++j;
        }
    }
    return j;
}

int wordEnd(const QString &sql, int i)
{
    const int n = int(sql.size());
    int j = i + 1;
    while (j < n && isWordPart(sql.at(j)))
        ++j;
    return j;
}

// A run of operator characters, stopping before a comment starts.
int operatorEnd(const QString &sql, int i)
{
    static const QString operatorChars = QStringLiteral("+-*/<>=~!@#%^&|`?:\\");
    const int n = int(sql.size());
    int j = i + 1;
    while (j < n && operatorChars.contains(sql.at(j)) &&
           !(sql.at(j) == u'-' && j + 1 < n && sql.at(j + 1) == u'-') &&
           !(sql.at(j) == u'/' && j + 1 < n && sql.at(j + 1) == u'*'))
        ++j;
    return j;
}

// The token that starts at i (not a space) in this dialect.
TokenEnd readToken(const QString &sql, int i, DialectKind dialect)
{
    const int n = int(sql.size());
    const QChar c = sql.at(i);
    if ((c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') ||
        (c == u'#' && dialect == DialectKind::MySQL))
        return {SqlLexToken::Comment, lineEnd(sql, i), {}};
    if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
        const int close = int(sql.indexOf(QStringLiteral("*/"), i + 2));
        if (close < 0)
            return unterminated(SqlTokenizer::tr("unterminated /* comment"));
        return {SqlLexToken::Comment, close + 2, {}};
    }
    if (c == u'\'' || ((c == u'E' || c == u'e') && i + 1 < n && sql.at(i + 1) == u'\'' &&
                       dialect == DialectKind::PostgreSQL))
        return readString(sql, i, dialect);
    if (c == u'"' || (c == u'`' && dialect != DialectKind::PostgreSQL) ||
        (c == u'[' && dialect == DialectKind::SQLite))
        return readQuoted(sql, i, dialect);
    if (c == u'$' && dialect == DialectKind::PostgreSQL)
        return readDollar(sql, i);
    if (c.isDigit() || (c == u'.' && i + 1 < n && sql.at(i + 1).isDigit()))
        return {SqlLexToken::Number, numberEnd(sql, i), {}};
    if (isWordStart(c))
        return {SqlLexToken::Word, wordEnd(sql, i), {}};
    if (c == u'(' || c == u')' || c == u',' || c == u';' || c == u'.' || c == u'[' || c == u']')
        return {SqlLexToken::Punct, i + 1, {}};
    if ((c == u':' || c == u'?' || c == u'@') && i + 1 < n && isWordStart(sql.at(i + 1)) &&
        !(c == u':' && i > 0 && sql.at(i - 1) == u':'))
        return {SqlLexToken::Param, wordEnd(sql, i), {}};
    return {SqlLexToken::Operator, operatorEnd(sql, i), {}};
}

} // namespace

QList<SqlLexToken> SqlTokenizer::tokenize(const QString &sql)
{
    QList<SqlLexToken> tokens;
    m_error.clear();
    const int n = int(sql.size());
    int i = 0;
    while (i < n) {
        if (sql.at(i).isSpace()) {
            ++i;
            continue;
        }
        const TokenEnd read = readToken(sql, i, m_dialect);
        if (read.end < 0) {
            m_error = read.error;
            return tokens;
        }
        SqlLexToken token;
        token.offset = i;
        token.kind = read.kind;
        token.text = sql.mid(i, read.end - i);
        tokens << token;
        i = read.end;
    }
    return tokens;
}

QString SqlTokenizer::unsafeExpressionReason(const QString &expression, DialectKind dialect)
{
    if (expression.trimmed().isEmpty())
        return SqlTokenizer::tr("the expression is empty");
    if (expression.contains(QChar(0)))
        return SqlTokenizer::tr("the expression contains a NUL character");
    SqlTokenizer tokenizer(dialect);
    const QList<SqlLexToken> tokens = tokenizer.tokenize(expression);
    if (!tokenizer.error().isEmpty())
        return tokenizer.error();
    static const QSet<QString> statementWords = {
        QStringLiteral("select"),   QStringLiteral("insert"),   QStringLiteral("update"),
        QStringLiteral("delete"),   QStringLiteral("drop"),     QStringLiteral("alter"),
        QStringLiteral("create"),   QStringLiteral("truncate"), QStringLiteral("grant"),
        QStringLiteral("revoke"),   QStringLiteral("copy"),     QStringLiteral("commit"),
        QStringLiteral("rollback"), QStringLiteral("begin"),    QStringLiteral("vacuum"),
        QStringLiteral("pragma"),   QStringLiteral("attach"),   QStringLiteral("detach"),
        QStringLiteral("call"),     QStringLiteral("execute"),  QStringLiteral("prepare"),
        QStringLiteral("set"),      QStringLiteral("lock"),     QStringLiteral("into")};
    int depth = 0;
    for (const SqlLexToken &token : tokens) {
        switch (token.kind) {
        case SqlLexToken::Comment:
            return SqlTokenizer::tr("comments (-- or /* */) are not allowed in an expression");
        case SqlLexToken::Dollar:
            return SqlTokenizer::tr("dollar-quoted strings are not allowed in an expression");
        case SqlLexToken::Param:
            return SqlTokenizer::tr(
                       "parameters or variables (\"%1\") are not allowed in an expression")
                .arg(token.text);
        case SqlLexToken::Punct:
            if (token.text == u";")
                return SqlTokenizer::tr("\";\" would end the statement; give one expression");
            if (token.text == u"(")
                ++depth;
            else if (token.text == u")" && --depth < 0)
                return SqlTokenizer::tr("unbalanced parentheses: \")\" at offset %1 closes nothing")
                    .arg(token.offset);
            break;
        case SqlLexToken::Operator:
            if (token.text.contains(u'\\'))
                return SqlTokenizer::tr(
                    "a backslash (psql meta-command) is not allowed in an expression");
            if (token.text.startsWith(QStringLiteral("::")) && dialect != DialectKind::PostgreSQL)
                return SqlTokenizer::tr(
                           "\"::\" casts are PostgreSQL syntax; %1 needs CAST(... AS type)")
                    .arg(dialect == DialectKind::MySQL ? QStringLiteral("MySQL")
                                                       : QStringLiteral("SQLite"));
            break;
        case SqlLexToken::Word:
            if (statementWords.contains(token.text.toLower()))
                return SqlTokenizer::tr(
                           "\"%1\" starts a statement; an expression may not contain one "
                           "(write a plain expression over the row's columns)")
                    .arg(token.text);
            break;
        default:
            break;
        }
    }
    if (depth > 0)
        return SqlTokenizer::tr("unbalanced parentheses: %1 \"(\" left open").arg(depth);
    return {};
}

QStringList SqlTokenizer::calledFunctions(const QString &expression, DialectKind dialect)
{
    SqlTokenizer tokenizer(dialect);
    const QList<SqlLexToken> tokens = tokenizer.tokenize(expression);
    QStringList names;
    for (int i = 0; i + 1 < tokens.size(); ++i) {
        const SqlLexToken &token = tokens.at(i);
        if ((token.kind == SqlLexToken::Word || token.kind == SqlLexToken::QuotedName) &&
            tokens.at(i + 1).kind == SqlLexToken::Punct && tokens.at(i + 1).text == u"(") {
            QString name = token.text;
            if (token.kind == SqlLexToken::QuotedName)
                name = name.mid(1, name.size() - 2);
            else
                name = name.toLower();
            if (!names.contains(name))
                names << name;
        }
    }
    // CURRENT_TIMESTAMP and friends are functions written without parentheses.
    static const QSet<QString> bare = {
        QStringLiteral("current_timestamp"), QStringLiteral("current_date"),
        QStringLiteral("current_time"), QStringLiteral("localtimestamp"),
        QStringLiteral("localtime")};
    for (const SqlLexToken &token : tokens)
        if (token.kind == SqlLexToken::Word && bare.contains(token.text.toLower()) &&
            !names.contains(token.text.toLower()))
            names << token.text.toLower();
    return names;
}

QList<SqlLexToken> SqlTokenizer::columnReferences(const QString &expression, const QString &column,
                                                  DialectKind dialect)
{
    QList<SqlLexToken> found;
    if (column.isEmpty())
        return found;
    SqlTokenizer tokenizer(dialect);
    const QList<SqlLexToken> tokens = tokenizer.tokenize(expression);
    // PostgreSQL folds a bare name to lower case and keeps a quoted one as written; SQLite and
    // MySQL compare column names without regard to case.
    const bool pg = dialect == DialectKind::PostgreSQL;
    for (int i = 0; i < tokens.size(); ++i) {
        const SqlLexToken &token = tokens.at(i);
        bool names = false;
        if (token.kind == SqlLexToken::Word)
            names = pg ? token.text.toLower() == column
                       : token.text.compare(column, Qt::CaseInsensitive) == 0;
        else if (token.kind == SqlLexToken::QuotedName && token.text.size() >= 2) {
            const QChar close = token.text.back();
            const QString name =
                token.text.mid(1, token.text.size() - 2).replace(QString(2, close), close);
            names = pg ? name == column : name.compare(column, Qt::CaseInsensitive) == 0;
        }
        if (!names)
            continue;
        const bool called = i + 1 < tokens.size() && tokens.at(i + 1).kind == SqlLexToken::Punct &&
                            tokens.at(i + 1).text == u"(";
        const bool castTo = i > 0 && tokens.at(i - 1).kind == SqlLexToken::Operator &&
                            tokens.at(i - 1).text.endsWith(QStringLiteral("::"));
        if (!called && !castTo)
            found << token;
    }
    return found;
}
