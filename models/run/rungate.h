#pragma once
// A question the runner asks its front end before it goes on: enter a phase, or drop an
// INVALID index left by a failed CREATE INDEX CONCURRENTLY and build it again.

#include <QMetaType>
#include <QString>
#include <QStringList>

struct RunGate
{
    enum Kind { EnterPhase, DropInvalidIndex };
    Kind kind = EnterPhase;
    QString phase;
    QString question;       // one line, ends with "?"
    QStringList details;    // statements with their locks, what is already done
};
Q_DECLARE_METATYPE(RunGate)
