#pragma once
// A small SQL tokenizer shared by the dialects: splits text into words, quoted names, strings,
// numbers, operators and punctuation, and says why a user expression is unsafe to embed.

#include "dialectkind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct SqlLexToken
{
    enum Kind
    {
        Word,
        QuotedName,
        String,
        Number,
        Operator,
        Punct,
        Comment,
        Param,
        Dollar
    };
    Kind kind = Word;
    QString text;   // exactly as written
    int offset = 0; // in the input
};

class SqlTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(SqlTokenizer)

public:
    // Throws nothing: an unterminated string or quoted name ends the list and sets error().
    explicit SqlTokenizer(DialectKind dialect) : m_dialect(dialect) {}

    QList<SqlLexToken> tokenize(const QString &sql);
    QString error() const { return m_error; }

    // Empty when `expression` is a single, self-contained SQL expression that is safe to embed
    // inside parentheses; else one line saying why not (statement separator, comment, unbalanced
    // parentheses or quotes, a dollar-quoted body, a psql meta-command, a sub-statement keyword).
    static QString unsafeExpressionReason(const QString &expression, DialectKind dialect);
    // Names called as functions in the expression (lower-cased, schema dropped): "now", "random".
    static QStringList calledFunctions(const QString &expression, DialectKind dialect);
    // The tokens of `expression` that name the column `column` (bare or quoted, as the dialect
    // folds names; not a function of that name, not a type after "::"), in order: where a
    // rename of the column must write its new name.
    static QList<SqlLexToken> columnReferences(const QString &expression, const QString &column,
                                               DialectKind dialect);

private:
    DialectKind m_dialect;
    QString m_error;
};
