#pragma once
// The run on PostgreSQL: lock_timeout and statement_timeout, SQLSTATEs 55P03 / 40P01 / 40001,
// pg_blocking_pids, reltuples, ctid sweeps, pg_stat_replication. It speaks to the server through
// Session only; libpqxx stays inside models/db.

#include "rundialect.h"

#include <QCoreApplication>

class PostgresRunDialect : public RunDialect
{
    Q_DECLARE_TR_FUNCTIONS(PostgresRunDialect)

public:
    DialectKind kind() const override { return DialectKind::PostgreSQL; }
    QString product(Session &session) const override;

    void afterOpen(Session &session) const override;

    void refuseReadOnly(Session &session) const override;
    void checkPrivileges(Session &session, const PreparedRun &prepared,
                         const QStringList &phases) const override;

    QMap<QString, QString> ddlSettings(const BackfillSettings &settings) const override;
    QString setSql(const QString &name, const QString &value) const override;
    QString lockTimeoutSetting() const override { return QStringLiteral("lock_timeout"); }
    QString statementTimeoutSetting() const override { return QStringLiteral("statement_timeout"); }
    bool isLockTimeout(const DbError &error) const override;
    bool isConflict(const DbError &error) const override;
    QString lockHolders(Session &session, const CompileContext &ctx) const override;

    QString batchSettings(const BackfillSettings &settings) const override;
    QString typedLiteral(const QString &value, const QString &type) const override;
    QString typedParameter(int n, const QString &type) const override;
    bool isTrue(const QVariant &value) const override;
    QString blockedOthersSql() const override;
    BoundSql rowEstimateSql(const CompileContext &ctx) const override;
    QString tableIdentity(Session &session, const CompileContext &ctx) const override;
    QString sweepSql(const QString &qTable, const QString &qColumn, const QString &value,
                     int rows) const override;
    QString differs(const QString &a, const QString &b) const override;
    QString valueSql(const QString &fill, const QString &typeSql) const override;
    std::unique_ptr<LagProbe> lagProbe(RunConnection &connection) const override;
    BoundSql activitySampleSql(const CompileContext &ctx) const override;
};
