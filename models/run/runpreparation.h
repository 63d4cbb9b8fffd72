#pragma once
// Reads the catalog, refuses a column that exists with another type, checks the plan's
// expressions on the server and compiles the script a run (or `check`) executes.

#include "preparedrun.h"

#include <QCoreApplication>

class Session;

class RunPreparation
{
    Q_DECLARE_TR_FUNCTIONS(RunPreparation)

public:
    // Throws DbError: BadInput for a plan the database cannot take (one line), others as they come.
    static PreparedRun prepare(Session &session, const Plan &plan);
    static QString sha256(const QString &text);
    static QString phaseFingerprint(const Script &script, const Phase &phase);
};
