#pragma once
// A question the runner asks its front end before it goes on: enter a phase, drop an INVALID
// index left by a failed CREATE INDEX CONCURRENTLY and build it again, or accept that a MySQL
// ALTER copies the table while writes wait, or watch again for rows an enforce statement would
// reject.

#include <QMetaType>
#include <QString>
#include <QStringList>

struct RunGate
{
    // WatchAgain: rows that an enforce statement would reject keep arriving (the application
    // does not write the column yet); yes sweeps and watches again, no stops before enforcing.
    enum Kind
    {
        EnterPhase,
        DropInvalidIndex,
        AcceptBlockingCopy,
        WatchAgain
    };
    Kind kind = EnterPhase;
    QString phase;
    QString question;    // one line, ends with "?"
    QStringList details; // statements with their locks, what is already done
};
Q_DECLARE_METATYPE(RunGate)
