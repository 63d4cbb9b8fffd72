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

} // namespace

QList<SqlLexToken> SqlTokenizer::tokenize(const QString &sql)
{
    QList<SqlLexToken> tokens;
    m_error.clear();
    const int n = int(sql.size());
    int i = 0;
    auto closeQuoted = [&](QChar close, bool backslashEscapes) {
        int j = i + 1;
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
    };
    while (i < n) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        SqlLexToken token;
        token.offset = i;
        int end = i + 1;
        if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            token.kind = SqlLexToken::Comment;
            end = int(sql.indexOf(u'\n', i));
            end = end < 0 ? n : end;
        } else if (c == u'#' && m_dialect == DialectKind::MySQL) {
            token.kind = SqlLexToken::Comment;
            end = int(sql.indexOf(u'\n', i));
            end = end < 0 ? n : end;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            token.kind = SqlLexToken::Comment;
            const int close = int(sql.indexOf(QStringLiteral("*/"), i + 2));
            if (close < 0) {
                m_error = SqlTokenizer::tr("unterminated /* comment");
                return tokens;
            }
            end = close + 2;
        } else if (c == u'\'' || ((c == u'E' || c == u'e') && i + 1 < n && sql.at(i + 1) == u'\'' &&
                                  m_dialect == DialectKind::PostgreSQL)) {
            const bool escape = c != u'\'' || m_dialect == DialectKind::MySQL;
            if (c != u'\'')
                ++i;
            token.kind = SqlLexToken::String;
            end = closeQuoted(u'\'', escape);
            if (end < 0) {
                m_error = SqlTokenizer::tr("unterminated string literal");
                return tokens;
            }
            if (c != u'\'')
                --i;
        } else if (c == u'"' || (c == u'`' && m_dialect != DialectKind::PostgreSQL) ||
                   (c == u'[' && m_dialect == DialectKind::SQLite)) {
            token.kind = m_dialect == DialectKind::MySQL && c == u'"' ? SqlLexToken::String
                                                                      : SqlLexToken::QuotedName;
            if (c == u'[') {
                const int close = int(sql.indexOf(u']', i + 1));
                end = close < 0 ? -1 : close + 1;
            } else {
                end = closeQuoted(c, m_dialect == DialectKind::MySQL && c == u'"');
            }
            if (end < 0) {
                m_error = SqlTokenizer::tr("unterminated quoted name");
                return tokens;
            }
        } else if (c == u'$' && m_dialect == DialectKind::PostgreSQL) {
            int j = i + 1;
            while (j < n && sql.at(j).isDigit())
                ++j;
            if (j > i + 1) {
                token.kind = SqlLexToken::Param;
                end = j;
            } else {
                j = i + 1;
                while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == u'_'))
                    ++j;
                if (j < n && sql.at(j) == u'$') {
                    const QString tag = sql.mid(i, j - i + 1);
                    const int close = int(sql.indexOf(tag, j + 1));
                    if (close < 0) {
                        m_error = SqlTokenizer::tr("unterminated dollar-quoted string");
                        return tokens;
                    }
                    token.kind = SqlLexToken::Dollar;
                    end = close + int(tag.size());
                } else {
                    token.kind = SqlLexToken::Operator;
                }
            }
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && sql.at(i + 1).isDigit())) {
            token.kind = SqlLexToken::Number;
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
            end = j;
        } else if (isWordStart(c)) {
            token.kind = SqlLexToken::Word;
            int j = i + 1;
            while (j < n && isWordPart(sql.at(j)))
                ++j;
            end = j;
        } else if (c == u'(' || c == u')' || c == u',' || c == u';' || c == u'.' || c == u'[' ||
                   c == u']') {
            token.kind = SqlLexToken::Punct;
        } else if ((c == u':' || c == u'?' || c == u'@') && i + 1 < n &&
                   isWordStart(sql.at(i + 1)) && !(c == u':' && i > 0 && sql.at(i - 1) == u':')) {
            token.kind = SqlLexToken::Param;
            int j = i + 1;
            while (j < n && isWordPart(sql.at(j)))
                ++j;
            end = j;
        } else {
            token.kind = SqlLexToken::Operator;
            static const QString operatorChars = QStringLiteral("+-*/<>=~!@#%^&|`?:\\");
            int j = i + 1;
            while (j < n && operatorChars.contains(sql.at(j)) &&
                   !(sql.at(j) == u'-' && j + 1 < n && sql.at(j + 1) == u'-') &&
                   !(sql.at(j) == u'/' && j + 1 < n && sql.at(j + 1) == u'*'))
                ++j;
            end = j;
        }
        token.text = sql.mid(i, end - i);
        tokens << token;
        i = end;
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
