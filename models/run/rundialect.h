#pragma once
// What a run says differently on each server, behind one interface: the transaction a batch
// runs in, the settings a DDL attempt starts with, how a lock timeout or a deadlock shows in an
// error, typed key literals, the row estimate, who waits on our locks, the final sweep, who
// holds a lock on the table, how replication lag is measured, and the checks before anything
// changes (read-only server, privileges). PostgreSQL and MySQL/MariaDB implement it; the parts
// of a run (DdlExecutor, BackfillRunner, CheckRunner, Runner) speak through it.

#include "db/connectionuri.h"
#include "db/queryresult.h"
#include "db/session.h"
#include "replicationlagmeter.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

class DbError;
class RunConnection;
struct BackfillSettings;
struct CompileContext;
struct PreparedRun;

// How far the replicas are behind, measured by the dialect's own means.
class LagProbe
{
public:
    virtual ~LagProbe() = default;
    // Throws DbError when the run's own connection fails (the caller reconnects).
    virtual ReplicationLag measure() = 0;
    // Said once when lag cannot be measured although replicas exist (lag.visible false).
    virtual QString hiddenWarning() const = 0;
    // Why the run waits: the lag is over the limit (ms may be infinity: a replica not applying).
    virtual QString throttleMessage(const ReplicationLag &lag, int limitMs) const = 0;
    // Notes not said yet (a replica that cannot be reached), each once.
    virtual QStringList takeNotes() { return {}; }
};

class RunDialect
{
    Q_DECLARE_TR_FUNCTIONS(RunDialect)

public:
    using Exec = Session::Exec;

    virtual ~RunDialect() = default;
    static std::unique_ptr<RunDialect> create(DialectKind dialect);
    // Throws DbError(Unsupported) naming a target create() has no dialect for.
    [[noreturn]] static void refuseUnsupported(const ConnectionUri &uri);

    virtual DialectKind kind() const = 0;
    // "PostgreSQL" or "MariaDB 10.11.6"-like product words for messages.
    virtual QString product(Session &session) const = 0;

    // A new session for the run (not opened), and what every (re)opened one needs first.
    virtual std::unique_ptr<Session> newSession(const ConnectionUri &uri) const;
    virtual void afterOpen(Session &session) const = 0;

    // Before anything changes: throws DbError(ReadOnly) on a standby or read-only server.
    virtual void refuseReadOnly(Session &session) const = 0;
    // Throws DbError(Privilege) when the role cannot do what the named phases of this run need.
    virtual void checkPrivileges(Session &session, const PreparedRun &prepared,
                                 const QStringList &phases) const = 0;

    // DDL: the settings every attempt starts with (name -> value as SQL), and how to set one.
    virtual QMap<QString, QString> ddlSettings(const BackfillSettings &settings) const = 0;
    virtual QString setSql(const QString &name, const QString &value) const = 0;
    virtual QString lockTimeoutSetting() const = 0;
    virtual QString statementTimeoutSetting() const = 0;
    virtual bool isLockTimeout(const DbError &error) const = 0;
    virtual bool isConflict(const DbError &error) const = 0; // deadlock, serialization failure
    // ", held by ..." naming up to three sessions holding a lock on the table; empty if none.
    virtual QString lockHolders(Session &session, const CompileContext &ctx) const = 0;

    // Backfill.
    virtual QString
    batchSettings(const BackfillSettings &settings) const = 0; // first in each batch's transaction
    // A key value as SQL text, for showing a batch's statement to the user (never executed).
    virtual QString typedLiteral(const QString &value, const QString &type) const = 0;
    // The placeholder of the n-th bound value of a column of `type` ("$2::bigint"), compared as
    // that type, not as text.
    virtual QString typedParameter(int n, const QString &type) const = 0;
    // `sql` with its :lo_N / :hi_N key placeholders (KeysetBatch) bound to the given key values,
    // each typed as its key column (keyTypes).
    BoundSql bindKeys(const QString &sql, const QStringList &keyTypes, const QStringList &lo,
                      const QStringList &hi, const QString &offset = {}) const;
    virtual bool isTrue(const QVariant &value) const = 0;
    // Sessions waiting on locks this session holds; empty when the server does not tell.
    virtual QString blockedOthersSql() const = 0;
    virtual BoundSql rowEstimateSql(const CompileContext &ctx) const = 0;
    // Which incarnation of the table this is (server or cluster, database, the table's own id):
    // a table dropped and created again under the same name gets another one. Journal
    // checkpoints and finished phases are bound to it.
    virtual QString tableIdentity(Session &session, const CompileContext &ctx) const = 0;
    // Fills up to `rows` rows still NULL wherever they are (rows added behind the cursor).
    virtual QString sweepSql(const QString &qTable, const QString &qColumn, const QString &value,
                             int rows) const = 0;
    // A condition true when a and b differ, NULL counting as a value.
    virtual QString differs(const QString &a, const QString &b) const = 0;
    // A condition true when a stored value disagrees with what the backfill writes: equality, or
    // only NULL-ness when the value is volatile (clock_timestamp(), random(): never equal twice).
    QString valueDiffers(const QString &column, const PreparedRun &prepared) const;
    // What a row gets, as SQL: the fill expression, cast to the column's type where the dialect
    // can.
    virtual QString valueSql(const QString &fill, const QString &typeSql) const = 0;
    virtual std::unique_ptr<LagProbe> lagProbe(RunConnection &connection) const = 0;

    // What the run console samples beside the run: one row of (bytes of write-ahead or redo log
    // written so far, sessions waiting for a lock on the table).
    virtual BoundSql activitySampleSql(const CompileContext &ctx) const = 0;
};
