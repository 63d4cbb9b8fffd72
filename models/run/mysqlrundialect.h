#pragma once
// The run on MySQL and MariaDB: START TRANSACTION ... COMMIT at READ COMMITTED (no gap locks,
// so a batch does not block inserts next to its range), strict sql_mode (a NOT NULL change
// fails on a NULL instead of writing 0 or ''), lock_wait_timeout for metadata locks and
// innodb_lock_wait_timeout for row locks (error 1205), deadlocks (1213), max_statement_time
// (MariaDB) or max_execution_time (MySQL, SELECT only), lock waits from INNODB_LOCK_WAITS
// (MariaDB) or performance_schema.data_lock_waits (MySQL 8), privileges from
// information_schema, and the replicas' lag.

#include "rundialect.h"

#include <QCoreApplication>

class MysqlRunDialect : public RunDialect
{
    Q_DECLARE_TR_FUNCTIONS(MysqlRunDialect)

public:
    DialectKind kind() const override { return DialectKind::MySQL; }
    QString product(Session &session) const override;

    void afterOpen(Session &session) const override;

    void refuseReadOnly(Session &session) const override;
    void checkPrivileges(Session &session, const PreparedRun &prepared,
                         const QStringList &phases) const override;

    QMap<QString, QString> ddlSettings(const BackfillSettings &settings) const override;
    QString setSql(const QString &name, const QString &value) const override;
    QString lockTimeoutSetting() const override { return QStringLiteral("lock_wait_timeout"); }
    QString statementTimeoutSetting() const override;
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

private:
    // Learnt from the server when a session opens.
    mutable bool m_mariadb = true;
    mutable bool m_lockWaitsVisible = false;
};
