#include "postgresrundialect.h"

#include "base/identifierrules.h"
#include "db/dberror.h"
#include "db/session.h"
#include "plan/plan.h"
#include "preparedrun.h"
#include "runcontrol.h"

namespace {

QString literal(const QString &value)
{
    return quoteLiteral(value, DialectKind::PostgreSQL);
}

class PostgresLagProbe : public LagProbe
{
public:
    explicit PostgresLagProbe(RunConnection &connection) : m_meter(connection) {}
    ReplicationLag measure() override { return m_meter.measure(); }
    QString hiddenWarning() const override
    {
        return PostgresRunDialect::tr("replication lag cannot be measured: the role may not read "
                                      "pg_stat_replication (grant it pg_monitor); "
                                      "the backfill is not throttled on lag");
    }
    QString throttleMessage(const ReplicationLag &lag, int limitMs) const override
    {
        return PostgresRunDialect::tr("throttled: replication lag %1 ms on standby %2 (%3 kB of "
                                      "WAL not replayed) is over the limit of %4 ms: waiting")
            .arg(qRound64(lag.ms))
            .arg(lag.slowest.isEmpty() ? QStringLiteral("?") : lag.slowest)
            .arg((lag.bytesBehind + 1023) / 1024)
            .arg(limitMs);
    }

private:
    ReplicationLagMeter m_meter;
};

} // namespace

QString PostgresRunDialect::product(Session &session) const
{
    return QStringLiteral("PostgreSQL %1").arg(session.serverVersion());
}

void PostgresRunDialect::afterOpen(Session &session) const
{
    // libpqxx 6 would silently reconnect on the next transaction, losing session settings and
    // hiding the event; the runner reconnects itself and says so.
    session.disableSilentReconnect();
}

void PostgresRunDialect::refuseReadOnly(Session &session) const
{
    if (session.execute(QStringLiteral("SELECT pg_is_in_recovery()")).value(0, 0).toString() ==
        u"t")
        throw DbError(
            DbError::Kind::ReadOnly,
            PostgresRunDialect::tr(
                "%1 is a read-only standby (pg_is_in_recovery() is true): run against the primary")
                .arg(session.uri().display()));
}

void PostgresRunDialect::checkPrivileges(Session &session, const PreparedRun &prepared,
                                         const QStringList &phases) const
{
    // Refuse before anything changes rather than fail half-way: adding the column needs the
    // table's owner (or a member of its role), the backfill needs UPDATE on it.
    const QueryResult rights = session.execute(
        QStringLiteral(
            "SELECT pg_has_role(current_user, c.relowner, 'USAGE'), has_table_privilege(c.oid, "
            "'UPDATE'), current_user::text,"
            " pg_get_userbyid(c.relowner)::text FROM pg_class c WHERE c.oid = $1::regclass"),
        {prepared.context.qTable});
    if (rights.rows.isEmpty())
        return;
    const bool owner = rights.value(0, 0).toString() == u"t";
    const bool update = rights.value(0, 1).toString() == u"t";
    const QString role = rights.value(0, 2).toString();
    const QString tableOwner = rights.value(0, 3).toString();
    if (!owner && !prepared.columnExists && phases.contains(QStringLiteral("expand")))
        throw DbError(
            DbError::Kind::Privilege,
            PostgresRunDialect::tr("role %1 does not own %2 (owner: %3) and cannot add column %4 "
                                   "to it: run as %3 or a member of that role; nothing was changed")
                .arg(role, prepared.context.qTable, tableOwner, prepared.plan.column.name));
    if (!update && phases.contains(QStringLiteral("backfill")) &&
        !prepared.script.backfill.table.isEmpty())
        throw DbError(
            DbError::Kind::Privilege,
            PostgresRunDialect::tr("role %1 may not UPDATE %2 (owner: %3), which the backfill of "
                                   "%4 needs: GRANT UPDATE ON %2 TO %1, or run as the owner; "
                                   "nothing was changed")
                .arg(role, prepared.context.qTable, tableOwner, prepared.plan.column.name));
}

QMap<QString, QString> PostgresRunDialect::ddlSettings(const BackfillSettings &settings) const
{
    return {{QStringLiteral("lock_timeout"), QStringLiteral("'%1ms'").arg(settings.lockTimeoutMs)},
            {QStringLiteral("statement_timeout"),
             QStringLiteral("'%1ms'").arg(settings.statementTimeoutMs)}};
}

QString PostgresRunDialect::setSql(const QString &name, const QString &value) const
{
    return QStringLiteral("SET %1 = %2").arg(name, value);
}

bool PostgresRunDialect::isLockTimeout(const DbError &error) const
{
    return error.sqlState() == u"55P03";
}

bool PostgresRunDialect::isConflict(const DbError &error) const
{
    return error.sqlState() == u"40P01" || error.sqlState() == u"40001";
}

QString PostgresRunDialect::lockHolders(Session &session, const CompileContext &ctx) const
{
    const QueryResult rows = session.execute(
        QStringLiteral("SELECT a.pid, a.state, coalesce(extract(epoch FROM now() - "
                       "a.xact_start)::bigint::text, '?') FROM pg_stat_activity a"
                       " WHERE a.pid <> pg_backend_pid() AND a.pid IN (SELECT l.pid FROM pg_locks "
                       "l WHERE l.relation = $1::regclass AND l.granted)"
                       " ORDER BY a.xact_start LIMIT 3"),
        {ctx.qTable});
    QStringList holders;
    for (const QVariantList &row : rows.rows)
        holders << PostgresRunDialect::tr("pid %1 (%2, transaction open %3 s)")
                       .arg(row.value(0).toString(), row.value(1).toString(),
                            row.value(2).toString());
    return holders.isEmpty()
               ? QString()
               : PostgresRunDialect::tr(", held by ") + holders.join(QStringLiteral(", "));
}

QString PostgresRunDialect::batchSettings(const BackfillSettings &settings) const
{
    return QStringLiteral("SET LOCAL lock_timeout = '%1ms'; SET LOCAL statement_timeout = '%2ms'")
        .arg(settings.lockTimeoutMs)
        .arg(settings.statementTimeoutMs);
}

QString PostgresRunDialect::typedLiteral(const QString &value, const QString &type) const
{
    return type.isEmpty() ? literal(value) : QStringLiteral("%1::%2").arg(literal(value), type);
}

QString PostgresRunDialect::typedParameter(int n, const QString &type) const
{
    return type.isEmpty() ? QStringLiteral("$%1").arg(n)
                          : QStringLiteral("$%1::%2").arg(n).arg(type);
}

bool PostgresRunDialect::isTrue(const QVariant &value) const
{
    return value.toString() == u"t";
}

QString PostgresRunDialect::blockedOthersSql() const
{
    return QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND "
                          "pg_backend_pid() = ANY (pg_blocking_pids(pid))");
}

BoundSql PostgresRunDialect::rowEstimateSql(const CompileContext &ctx) const
{
    // A partitioned table keeps no statistics of its own: the sum over its leaves.
    return {QStringLiteral("WITH RECURSIVE tree(oid) AS (SELECT $1::regclass::oid UNION ALL "
                           "SELECT i.inhrelid FROM tree t JOIN pg_inherits i ON i.inhparent = "
                           "t.oid) SELECT coalesce(sum(greatest(c.reltuples, 0)) FILTER (WHERE "
                           "c.relkind <> 'p'), 0)::bigint FROM tree JOIN pg_class c ON c.oid = "
                           "tree.oid"),
            {ctx.qTable}};
}

QString PostgresRunDialect::tableIdentity(Session &session, const CompileContext &ctx) const
{
    // initdb's system identifier names the cluster (a role without the right to read it gets
    // the cluster's start time instead); the database and table OIDs are new for a database or
    // table created again under the same name.
    QString cluster;
    try {
        cluster =
            session
                .execute(QStringLiteral("SELECT system_identifier::text FROM pg_control_system()"))
                .value(0, 0)
                .toString();
    } catch (const DbError &error) {
        if (error.kind() != DbError::Kind::Privilege && error.kind() != DbError::Kind::Query)
            throw;
    }
    const QueryResult row = session.execute(
        QStringLiteral(
            "SELECT d.oid::text, $1::regclass::oid::text, pg_postmaster_start_time()::text FROM "
            "pg_database d WHERE d.datname = current_database()"),
        {ctx.qTable});
    return QStringLiteral("postgresql:%1/%2/%3")
        .arg(cluster.isEmpty() ? row.value(0, 2).toString() : cluster, row.value(0, 0).toString(),
             row.value(0, 1).toString());
}

QString PostgresRunDialect::sweepSql(const QString &qTable, const QString &qColumn,
                                     const QString &value, int rows) const
{
    return QStringLiteral("UPDATE %1 SET %2 = %3 WHERE ctid = ANY (ARRAY(SELECT ctid FROM %1 WHERE "
                          "%2 IS NULL AND %3 IS NOT NULL LIMIT %4))"
                          " AND %2 IS NULL")
        .arg(qTable, qColumn, value)
        .arg(rows);
}

QString PostgresRunDialect::differs(const QString &a, const QString &b) const
{
    return QStringLiteral("%1 IS DISTINCT FROM %2").arg(a, b);
}

QString PostgresRunDialect::valueSql(const QString &fill, const QString &typeSql) const
{
    return QStringLiteral("(%1)::%2").arg(fill, typeSql);
}

std::unique_ptr<LagProbe> PostgresRunDialect::lagProbe(RunConnection &connection) const
{
    return std::make_unique<PostgresLagProbe>(connection);
}

BoundSql PostgresRunDialect::activitySampleSql(const CompileContext &ctx) const
{
    // The WAL position is cluster-wide: other databases' writes count too.
    return {QStringLiteral("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::float8,"
                           " (SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = "
                           "to_regclass($1))"),
            {ctx.qTable}};
}
