#pragma once
// Runs one phase statement so that it never queues behind a long transaction: under
// lock_timeout, retried with exponential backoff and jitter on lock timeouts and deadlocks
// (each attempt a visible, journaled event), across lost connections, with skipIf honoured and
// INVALID indexes from a failed CREATE INDEX CONCURRENTLY detected and, when allowed, dropped
// and built again.

#include "rundialect.h"
#include "runenvironment.h"
#include "sql/script.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

class DbError;
class RetryBackoff;

class DdlExecutor
{
    Q_DECLARE_TR_FUNCTIONS(DdlExecutor)

public:
    explicit DdlExecutor(RunEnvironment &env);

    // A "SET name = value" statement of the phase: remembered and applied before every attempt
    // (a reconnect loses session settings). Returns false when the text is not a plain SET.
    bool remember(const QString &setSql);
    // Executes (or, in a dry run, shows) the statement; returns the rows it changed.
    // Throws DbError (with one line naming the statement), RunAborted (stop or safety limit).
    qint64 run(const QString &phase, int index, const Statement &statement);
    // Takes back what a failed phase changed (Statement::undo): retried like any DDL, even
    // when the run was stopped, journaled as "undo". Throws DbError when it cannot.
    void undo(const QString &phase, const QString &sql);

private:
    struct Attempt;

    qint64 attemptLoop(const QString &phase, int index, const Statement &statement,
                       const QString &indexName);
    // The steps of attemptLoop(): one try, the wait before the next one after a lock timeout or
    // a deadlock, the end on any other error.
    qint64 execute(const Attempt &attempt);
    void waitToRetry(const Attempt &attempt, const DbError &error, double ms, bool lock,
                     RetryBackoff &backoff);
    [[noreturn]] void throwFailure(const Attempt &attempt, const DbError &error, double ms);
    QString settingsSql() const;
    QString invalidIndexName(const QString &sql) const; // unquoted name of a CIC target, else empty
    bool indexIsInvalid(const QString &name);
    void dropInvalidIndex(const QString &phase, const QString &name, bool askFirst);
    QString lockHolders();
    void journal(const QString &phase, int index, const QString &sql, const QDateTime &start,
                 double ms, qint64 rows, int attempts, const QString &error,
                 const QString &outcome);

    RunEnvironment &m_env;
    const RunDialect &m_dialect;
    QMap<QString, QString> m_settings; // name -> value as written
    bool m_undoing = false;            // a stop does not interrupt an undo
};
