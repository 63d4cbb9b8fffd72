#pragma once
// What a compiled MySQL/MariaDB script will do to a live table, as plain values: the algorithm
// each ALTER gets and why, whether it blocks writes, the sessions whose metadata locks it would
// queue behind right now, open transactions, and replication.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct MysqlStatementForecast
{
    int number = 0; // 1-based, over the script's executable statements
    QString phase;
    QString sql;
    QString purpose;
    QString requested; // the ALGORITHM the script asks for: INSTANT, INPLACE, COPY, "" (default)
    QString algorithm; // what the server does: INSTANT, INPLACE, COPY
    QString lock;      // NONE, SHARED, EXCLUSIVE (what concurrent DML may do)
    bool blocksWrites = false;
    bool rebuildsTable = false;
    QString reason; // why this algorithm, in words
    QString probe;  // how the server confirmed it (empty copy of the table), or why it could not
    QStringList refusals; // the server's own words for each stronger algorithm it refused
    bool refused = false; // the server refuses the statement as written (the run would stop there)
};

struct MysqlSessionLock
{
    qint64 id = 0; // processlist id (KILL id)
    QString user;
    QString host;
    QString command; // Sleep, Query, ...
    QString
        lockType; // SHARED_READ, SHARED_WRITE, EXCLUSIVE, ... (metadata lock); empty when unknown
    QString lockStatus; // GRANTED, PENDING
    qint64 transactionSeconds = -1;
    QString transactionState; // RUNNING, LOCK WAIT, ...
    QString query;
    bool holdsTableLock =
        false; // holds a metadata lock on the table (known only with performance_schema)
};

struct MysqlForecast
{
    QString table;   // schema.table
    QString product; // "MariaDB 10.11.19"
    QDateTime takenAt;
    QString engine;
    QString rowFormat;
    bool fulltextIndex = false;
    int totalRowVersions = -1;
    double rows = -1;
    qint64 totalBytes = -1;
    QList<MysqlStatementForecast> statements;

    bool metadataLocksVisible =
        false;                 // performance_schema.metadata_locks with the mdl instrument on
    QString metadataLocksNote; // how to turn it on, when off
    QList<MysqlSessionLock>
        lockHolders; // sessions with a metadata lock on the table (or waiting for one)
    QList<MysqlSessionLock> openTransactions; // information_schema.innodb_trx

    bool isReplica = false;
    double secondsBehindPrimary = -1;
    QStringList replicas; // replicas registered with this server
    QString replicationNote;
    QStringList notes;

    // A session holds a metadata lock on the table now: every ALTER would queue behind it, and
    // everything after the ALTER behind the ALTER.
    bool hasGrantedBlockers() const
    {
        for (const MysqlSessionLock &lock : lockHolders)
            if (lock.lockStatus == u"GRANTED")
                return true;
        return false;
    }
};

Q_DECLARE_METATYPE(MysqlForecast)
