#pragma once
// The one error type that leaves the database layer: a kind the front ends map to an exit code
// or a message bar, and a single line that says what failed and what to do.

#include <QString>
#include <stdexcept>

class DbError : public std::runtime_error
{
public:
    enum class Kind
    {
        BadInput,       // malformed URI, unknown table, a file that is not a database: exit 2
        Unreachable,    // host down, wrong port, socket missing: exit 3
        Authentication, // wrong or missing password: exit 3
        MissingDatabase,
        Privilege,      // the role lacks a right the operation needs
        Query,          // the server refused a statement
        Canceled,       // cancel() reached the server
        ConnectionLost, // the server went away mid-operation
        ReadOnly,       // a standby or a read-only file
        Unsupported,    // a dialect or feature this build cannot serve
    };

    // reason: the server's or driver's own words, without what failed where (empty: message).
    DbError(Kind kind, const QString &message, const QString &sqlState = {},
            const QString &reason = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // What the server or driver said, without "statement failed on URI:" and without the echo
    // of the statement (PostgreSQL's LINE context): for a caller whose statement is its own
    // probe, not the user's.
    QString reason() const { return m_reason.isEmpty() ? m_message : m_reason; }
    QString sqlState() const { return m_sqlState; }
    // Exit code per DESIGN.md: 2 for bad input, 3 for database or connection errors.
    int exitCode() const;

private:
    Kind m_kind;
    QString m_message;
    QString m_sqlState;
    QString m_reason;
};

// Folds a multi-line server or driver message into one trimmed line.
QString singleLine(const QString &text);
