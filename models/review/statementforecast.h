#pragma once
// What one statement does to the tables it touches when it runs: the lock it takes on each,
// whether it rewrites or scans them, whether it may run inside a transaction block, and how
// its duration grows.

#include "lockmode.h"

#include <QList>
#include <QString>

enum class DurationClass
{
    Instant,     // catalog change only
    RowsTouched, // proportional to the rows the statement reads or writes
    TableSize,   // proportional to the size of the table (scan, rewrite, index build)
};

struct RelationLock
{
    QString relation; // as written, lower-cased unless quoted: "public.orders"
    LockMode mode = LockMode::None;
    bool operator==(const RelationLock &other) const = default;
};

struct StatementForecast
{
    QString command;           // "ALTER TABLE", "CREATE INDEX CONCURRENTLY", ...
    QList<RelationLock> locks; // strongest lock per relation, in order of appearance
    bool rewritesTable = false;
    bool scansTable = false;
    bool transactionAllowed = true; // false: must run outside BEGIN ... COMMIT
    DurationClass duration = DurationClass::Instant;
    QString note; // why, in one line ("volatile default: every row is rewritten")
    // A database whose locks are not PostgreSQL's table locks (SQLite locks the whole file):
    // the lock and what it stops, in words; `locks` then holds the PostgreSQL mode that stops
    // the same (a write lock that lets reads go on: EXCLUSIVE). Empty: PostgreSQL's own names.
    QString lockName;
    QString blocks;

    LockMode strongestLock() const;
    LockMode lockOn(const QString &relation) const;
    bool blocksReads() const { return LockMatrix::blocksReads(strongestLock()); }
    bool blocksWrites() const { return LockMatrix::blocksWrites(strongestLock()); }
    bool blocksDdl() const { return LockMatrix::blocksDdl(strongestLock()); }
    // Adds a lock, keeping the strongest mode when the relation is already listed.
    void addLock(const QString &relation, LockMode mode);

    static QString durationName(DurationClass duration); // "instant", "rows", "table"
};
