#pragma once
// The rules a new column's name must pass in each dialect: reserved words, length limits,
// quoting, and the naming habits (snake_case, vague names, *_at / is_* / *_id conventions).

#include "dialectkind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Translation context of the name rules' messages, which come from the free functions below.
class IdentifierRules
{
    Q_DECLARE_TR_FUNCTIONS(IdentifierRules)
};

struct NameIssue
{
    QString rule;       // kebab-case, stable: "reserved-word-identifier", ...
    QString severity;   // "error", "warning" or "info"
    QString message;    // one line naming the column and what is wrong
    QString suggestion; // a better name, or empty
};

// PostgreSQL reserved key words (reserved and "reserved (can be function or type)"), SQLite
// keywords, MySQL 8.0 reserved words. Case-insensitive.
bool isReservedWord(const QString &word, DialectKind dialect);
// 63 PostgreSQL (NAMEDATALEN - 1), 64 MySQL, 0 = no limit (SQLite).
int maxIdentifierBytes(DialectKind dialect);
// Always quotes: "x" (PostgreSQL, SQLite) or `x` (MySQL), doubling embedded quote characters.
QString quoteIdentifier(const QString &name, DialectKind dialect);
// "schema"."table" (PostgreSQL, MySQL); "table" alone on SQLite or when schema is empty.
QString quoteQualified(const QString &schema, const QString &name, DialectKind dialect);
// A string literal: 'it''s' (backslashes doubled on MySQL too).
QString quoteLiteral(const QString &value, DialectKind dialect);
// The column as an expression may name it: bare when that is safe, else quoted.
QString columnReference(const QString &name, DialectKind dialect);
// True for a plain identifier: [A-Za-z_][A-Za-z0-9_]*.
bool isPlainIdentifier(const QString &name);
// "OrderTotal" -> "order_total", "order-total" -> "order_total".
QString toSnakeCase(const QString &name);

// Every rule that applies to a new column's name. typeName (as the user wrote it) enables the
// naming-convention rule; isReference says the column carries a foreign key.
QList<NameIssue> reviewColumnName(const QString &name, DialectKind dialect,
                                  const QString &typeName = {},
                                  const QStringList &existingColumns = {},
                                  bool isReference = false);
// Errors only (invalid, too long, reserved): for any identifier (type, constraint, index).
QList<NameIssue> reviewIdentifier(const QString &name, DialectKind dialect, const QString &what);
