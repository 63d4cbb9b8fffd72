#pragma once
// Before enforce adds what new rows must satisfy (a NOT NULL, a CHECK, a foreign key): fills the
// rows still without a value, proves that no row violates it now and that none arrives during a
// short watch, and otherwise stops before anything is added, so the application beside the run
// never has a write rejected because of us.

#include "runenvironment.h"
#include "sql/script.h"

#include <QCoreApplication>
#include <QList>

class EnforceGuard
{
    Q_DECLARE_TR_FUNCTIONS(EnforceGuard)

public:
    explicit EnforceGuard(RunEnvironment &env);

    // Proves the conditions of `restricting` (statements with a violation). Returns when proven;
    // throws RunAborted when the front end does not want to watch again (or cannot be asked).
    void prove(const QString &phase, const QList<Statement> &restricting);

private:
    struct Condition
    {
        QString sql;   // the row condition
        QString words; // what a violating row lacks, for the message
    };
    QList<Condition> conditions(const QList<Statement> &restricting) const;
    QList<qint64> countViolations(const QList<Condition> &conditions);
    static QString describe(const QList<Condition> &conditions, const QList<qint64> &counts,
                            bool arrived);
    // Sweeps (when it can fill NULLs), counts, then watches: why enforcing is not safe yet, with
    // the largest count in `arrived`; empty when proven.
    QString findViolations(const QString &phase, const QList<Condition> &watched, bool fillsNulls,
                           qint64 &arrived);
    void notify(const QString &phase, const QString &message, qint64 arriving,
                bool warning = false);

    RunEnvironment &m_env;
};
