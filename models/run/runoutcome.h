#pragma once
// How a run ended: a status the front ends map to an exit code (DESIGN.md) and one line.

#include <QMetaType>
#include <QString>

struct RunOutcome
{
    enum Status
    {
        Done,
        ChecksFailed,
        BadInput,
        DatabaseError,
        Stopped
    };
    Status status = Done;
    QString message;
    qint64 runId = 0; // the journal's run row; 0 without a journal

    int exitCode() const
    {
        switch (status) {
        case Done:
            return 0;
        case ChecksFailed:
            return 1;
        case BadInput:
            return 2;
        case DatabaseError:
            return 3;
        case Stopped:
            return 4;
        }
        return 3;
    }
    static QString statusName(Status status)
    {
        switch (status) {
        case Done:
            return QStringLiteral("done");
        case ChecksFailed:
            return QStringLiteral("checks_failed");
        case BadInput:
            return QStringLiteral("bad_input");
        case DatabaseError:
            return QStringLiteral("database_error");
        case Stopped:
            return QStringLiteral("stopped");
        }
        return {};
    }
};
Q_DECLARE_METATYPE(RunOutcome)
