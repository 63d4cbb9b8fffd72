#pragma once
// A question the runner asks its front end before it goes on: enter a phase, drop an INVALID
// index left by a failed CREATE INDEX CONCURRENTLY and build it again, or accept that a MySQL
// ALTER copies the table while writes wait.

#include <QMetaType>
#include <QString>
#include <QStringList>

struct RunGate
{
    enum Kind { EnterPhase, DropInvalidIndex, AcceptBlockingCopy };
    Kind kind = EnterPhase;
    QString phase;
    QString question;       // one line, ends with "?"
    QStringList details;    // statements with their locks, what is already done
};
Q_DECLARE_METATYPE(RunGate)
