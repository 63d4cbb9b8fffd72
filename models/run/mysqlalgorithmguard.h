#pragma once
// Before a MySQL run changes anything, the server itself is asked (MysqlForecaster, on an empty
// copy of the table) which algorithm each ALTER of the phases to run will get. A statement the
// server refuses as written but accepts in place with LOCK=NONE runs that way, said in a
// warning. One that copies the table or blocks writes runs only once the user accepted it
// (RunOptions::acceptBlockingCopy, or a "yes" at the gate), and the acceptance is journaled;
// otherwise the run stops before anything changed. A statement the server refuses with every
// algorithm stops the run too, with the server's reason.

#include "runenvironment.h"
#include "sql/script.h"

#include <QCoreApplication>
#include <QStringList>

class MysqlSession;

class MysqlAlgorithmGuard
{
    Q_DECLARE_TR_FUNCTIONS(MysqlAlgorithmGuard)

public:
    MysqlAlgorithmGuard(RunEnvironment &env, MysqlSession &session);

    // Rewrites the ALGORITHM clause of statements in `script` where needed.
    // Throws RunAborted (refused, or declined), DbError.
    void check(Script &script, const QStringList &phases);

private:
    RunEnvironment &m_env;
    MysqlSession &m_session;
};
