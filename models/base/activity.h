#pragma once
// What the server is doing right now, for forecast and blocker panels (PostgreSQL).

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

struct BackendActivity
{
    int pid = 0;
    QString user;
    QString application;
    QString clientAddress;
    QString state; // active, idle in transaction, ...
    QString waitEventType;
    QString waitEvent;
    QString query;
    double transactionAgeSeconds = -1; // -1: no open transaction
    double queryAgeSeconds = -1;
    QString backendXminAge; // age(backend_xmin) in transactions, empty when none
};

struct TableLock
{
    int pid = 0;
    QString relation; // schema.table
    QString mode;     // AccessShareLock, RowExclusiveLock, ...
    bool granted = true;
};

struct ActivitySnapshot
{
    QDateTime takenAt;
    QList<BackendActivity> backends; // every client backend but ours
    QList<TableLock> tableLocks;     // locks on the requested table only
};

Q_DECLARE_METATYPE(ActivitySnapshot)
