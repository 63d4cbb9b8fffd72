#pragma once
// One thing that happened during a run, as a plain value: what the front ends show (progress
// bar, JSON line, run console) and what the journal keeps.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct RunEvent
{
    enum Kind
    {
        RunStarted,
        PhaseStarted,
        PhaseSkipped, // already done (journal or catalog), or nothing to do
        PhaseDone,
        StatementDone,
        StatementSkipped, // its skipIf query said "already done"
        DryRun,           // a statement shown, not executed
        Attempt,          // a retry: lock timeout, deadlock, invalid index dropped
        Reconnect,        // the connection was lost and is being re-established
        Progress,         // one backfill batch committed
        Throttle,         // waiting: replication lag, paused, our batch blocked others
        CheckDone,
        Warning,
        Info,
    };

    Kind kind = Info;
    QDateTime at = QDateTime::currentDateTimeUtc();
    QString phase;
    int statement = -1; // index within the phase
    QString sql;
    QString message; // one line
    int attempt = 0;
    int maxAttempts = 0;

    // Progress (backfill).
    qint64 rowsDone = 0;    // rows walked so far (checkpoint)
    qint64 rowsTotal = 0;   // estimate at the start
    qint64 rowsUpdated = 0; // rows actually written
    double rowsPerSecond = 0;
    double etaSeconds = -1;
    double batchMs = 0;
    int batchRows = 0;
    int nextBatchRows = 0;
    int targetBatchMs = 0;
    double lagMs = -1; // replication replay lag; -1: no standby
    QStringList lastKey;
    // Rows written without a value (or otherwise violating what enforce adds) that arrived while
    // the runner watched or swept; -1: not measured by this event.
    qint64 rowsArriving = -1;

    // Checks.
    bool passed = true;
    QString expected;
    QString actual;

    static QString kindName(Kind kind);
    QJsonObject toJson() const;
};
Q_DECLARE_METATYPE(RunEvent)
