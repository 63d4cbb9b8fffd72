#pragma once
// The outcome of one validation check, as a value: what was asked, what came back.

#include <QMetaType>
#include <QString>

struct RunCheckResult
{
    QString name; // one line, e.g. "every row is backfilled"
    QString sql;
    QString expected; // empty for informational checks
    QString actual;
    bool passed = true;
    bool informational = false; // a figure (row count), never a failure
    QString error;              // the query itself failed (counts as failed)
};
Q_DECLARE_METATYPE(RunCheckResult)
