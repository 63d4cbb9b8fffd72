#pragma once
// PostgreSQL's eight table-level lock modes and their conflict matrix (documentation,
// "Explicit Locking", table 13.2), encoded once as data; everything else asks this class.

#include <QCoreApplication>
#include <QList>
#include <QString>

enum class LockMode
{
    None = 0,
    AccessShare,          // SELECT
    RowShare,             // SELECT FOR UPDATE/SHARE
    RowExclusive,         // INSERT, UPDATE, DELETE, MERGE
    ShareUpdateExclusive, // VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT
    Share,                // CREATE INDEX
    ShareRowExclusive,    // CREATE TRIGGER, ADD FOREIGN KEY
    Exclusive,            // REFRESH MATERIALIZED VIEW CONCURRENTLY
    AccessExclusive,      // most ALTER TABLE forms, DROP, TRUNCATE, VACUUM FULL, LOCK TABLE
};

class LockMatrix
{
    Q_DECLARE_TR_FUNCTIONS(LockMatrix)

public:
    static QString name(LockMode mode); // "ACCESS EXCLUSIVE"
    static QString key(LockMode mode);  // "access_exclusive" (JSON)
    static LockMode
    fromName(const QString &name); // either spelling, case-insensitive; None if unknown
    static bool conflicts(LockMode held, LockMode requested);
    static QList<LockMode> allModes();

    // What a lock held on a table stops other sessions from doing there.
    static bool blocksReads(LockMode mode) { return conflicts(mode, LockMode::AccessShare); }
    static bool blocksRowLocks(LockMode mode) { return conflicts(mode, LockMode::RowShare); }
    static bool blocksWrites(LockMode mode) { return conflicts(mode, LockMode::RowExclusive); }
    static bool blocksDdl(LockMode mode) { return conflicts(mode, LockMode::ShareUpdateExclusive); }
    // "reads, writes, DDL and VACUUM" in words; empty for None.
    static QString blockedSummary(LockMode mode);
};
