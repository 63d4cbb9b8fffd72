#pragma once
// The SQL text every export shares: a phase's executable statements (hand-edited phases split
// into statements), idempotent forms of statements that carry a "done already" query, and
// checks turned into assertions that fail the migration tool when they do not hold.

#include "sql/script.h"

#include <QList>
#include <QString>

class ExportSql
{
public:
    // Statements that execute (comments dropped). A hand-edited phase is split at its ';' with
    // the review's splitter and every piece is treated as needing autocommit.
    static QList<Statement> executable(const Phase &phase);
    static QList<Statement> executableRollback(const Phase &phase);
    // Whether any statement must run outside a transaction block (CREATE INDEX CONCURRENTLY,
    // a DO block that commits per batch).
    static bool needsAutocommit(const QList<Statement> &statements);
    // The statement as it should be written into a migration: a statement with a skipIf query
    // runs only when that query says it is not done yet; checks become assertions.
    static QString idempotentSql(const Statement &statement);
    // A DO block raising an exception when the check's single value differs from its expectation.
    static QString assertionSql(const Statement &check);
    // Purpose comment plus idempotent SQL with its ';', for the file-based exports.
    static QString render(const QList<Statement> &statements, DialectKind dialect);
    // "add_amount_cents_to_orders": lower-case words joined by '_', for file and change names.
    static QString slug(const QString &text);
    // A PostgreSQL dollar-quote tag that does not occur in text.
    static QString dollarTag(const QString &base, const QString &text);
    // Checks that belong to a phase's own verification: the column exists after expand, no row is
    // left unfilled after the backfill; the script's verify phase checks the final state.
    static QList<Statement> columnExistsCheck(const Script &script);
    static QList<Statement> backfillDoneCheck(const Script &script);
};
