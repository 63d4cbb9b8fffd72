#pragma once
// The compiler's output as plain values: a Script of phases (expand, backfill, enforce, verify),
// each a list of statements with what they are for, whether they may run in a transaction, the
// lock they take, and the statements that undo the phase.

#include "base/dialectkind.h"

#include <QList>
#include <QString>
#include <QStringList>

struct Statement
{
    enum Kind
    {
        Setting,     // SET lock_timeout, PRAGMA, ...
        Ddl,         // schema change
        Transaction, // BEGIN / COMMIT inside a phase that groups statements itself
        Backfill,    // a complete backfill (DO block / procedure call)
        BatchRepeat, // one backfill batch: run again until it changes 0 rows
        Check,       // a query whose single value must equal `expect`
        Comment,     // text only (e.g. instructions); never executed
    };

    Kind kind = Ddl;
    QString sql;               // without the trailing ";"
    QString purpose;           // one line, in words
    bool transactional = true; // may run inside a transaction block
    QString lock;              // "ACCESS EXCLUSIVE (brief)", "SHARE UPDATE EXCLUSIVE", "none", ...
    QString expect;            // Check: the value the query must return
    QString skipIf;            // optional query: a non-zero first value means "already done"
    QStringList warnings;      // honest notes printed above the statement
    bool needsDelimiter = false; // MySQL compound statement: the mysql client needs DELIMITER
    // A row condition (over the table, unaliased) true for rows this statement makes the server
    // reject from now on: the runner proves no such row exists or keeps arriving before it runs.
    QString violation;
    // What takes this statement's effect on the application's writes back (a constraint it
    // added, a trigger it dropped), newest last: run when the phase fails after it.
    QStringList undo;

    static Statement make(Kind kind, const QString &sql, const QString &purpose,
                          const QString &lock, bool transactional = true)
    {
        Statement statement;
        statement.kind = kind;
        statement.sql = sql;
        statement.purpose = purpose;
        statement.lock = lock;
        statement.transactional = transactional;
        return statement;
    }
    // A read-only query whose single value must equal `expect`.
    static Statement check(const QString &sql, const QString &purpose, const QString &expect)
    {
        Statement statement = make(Check, sql, purpose, QStringLiteral("none (read only)"));
        statement.expect = expect;
        return statement;
    }
};

struct Phase
{
    QString name;    // expand, backfill, enforce, verify
    QString purpose; // one line
    QList<Statement> statements;
    QList<Statement> rollback; // undoes this phase (run newest phase first)
    QString rollbackNote;      // what the rollback does or why it is empty
    bool handEdited = false;   // statements come from the plan's "overrides"
    QString editedSql;         // the hand-edited text, verbatim
};

// What the runner needs to walk the table itself, batch by batch, instead of running the
// Backfill statement in one go. `table` is empty when the phase has nothing to backfill.
// Placeholders the runner replaces with quoted literals: :lo_1.. and :hi_1.. (one per key
// column, the batch's inclusive bounds), :offset (batch rows - 1).
struct BackfillJob
{
    QString table;          // quoted, qualified
    QStringList keyColumns; // quoted key columns ("rowid" on SQLite rowid tables)
    QString column;         // quoted target column
    QString expression;     // the value each row takes
    int batchRows = 0;
    QString firstKeySql; // smallest key
    QString batchEndSql; // key :offset rows after :lo (no row: the batch reaches the end)
    QString lastKeySql;  // largest key at or after :lo
    QString updateSql;   // fills rows between :lo and :hi whose column is still NULL
    QString nextKeySql;  // first key after :hi (no row: done)
    // A partitioned table: one job per leaf partition, walked in turn on the leaf itself so that
    // no batch crosses partitions; empty otherwise. partition: the leaf's qualified name.
    QList<BackfillJob> leaves;
    QString partition;
};

struct Script
{
    DialectKind dialect = DialectKind::PostgreSQL;
    bool mariadb = false;
    int serverVersion = 0; // PostgreSQL 150000, MySQL 80035, SQLite 3045001
    QString title;
    QString table;  // quoted, qualified
    QString column; // unquoted name
    QList<Phase> phases;
    BackfillJob backfill;
    QStringList warnings;   // plan-wide notes (assumptions made offline, version limits)
    QStringList removeSync; // drops the sync trigger and its function; empty: no trigger

    const Phase *phase(const QString &name) const
    {
        for (const Phase &p : phases)
            if (p.name == name)
                return &p;
        return nullptr;
    }
};
