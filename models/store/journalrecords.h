#pragma once
// The rows of the run journal as plain values: a run, a statement executed, a checkpoint.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct JournalRun
{
    qint64 id = 0;
    QString who;    // OS user
    QString target; // uri.display(): never a password
    QString serverVersion;
    QString planPath;
    QString scriptSha256;
    QString table; // quoted, qualified
    QString column;
    bool dryRun = false;
    QDateTime startedAt;
    QDateTime endedAt; // null while running (or killed)
    QString outcome;   // done, checks_failed, stopped, database_error, bad_input; empty: running or
                       // killed
    QString message;
    QString
        tableIdentity; // RunDialect::tableIdentity: cluster, database and table of this incarnation
};

struct JournalStatement
{
    qint64 id = 0;
    qint64 runId = 0;
    QString phase;
    int index = -1; // statement index in the phase; -1 for backfill batches
    QString sql;
    QDateTime startedAt;
    double durationMs = 0;
    qint64 rows = -1;
    int attempts = 1;
    QString error;   // empty when it succeeded
    QString outcome; // done, skipped, failed, dry-run, batch
};

struct RunCheckpoint
{
    qint64 runId = 0;
    QString phaseSha256;    // the backfill phase it belongs to
    QStringList lastKey;    // the last key of the last committed batch
    qint64 rowsDone = 0;    // rows walked
    qint64 rowsUpdated = 0; // rows written
    int batchRows = 0;      // the sizer's size at that point
    QDateTime writtenAt;
    QString tableIdentity; // of the run that wrote it (read only)
};

struct JournalEvent
{
    qint64 runId = 0;
    QDateTime at;
    QString kind;
    QString phase;
    QString message;
};
