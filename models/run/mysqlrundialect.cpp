#include "mysqlrundialect.h"

#include "base/identifierrules.h"
#include "db/dberror.h"
#include "db/mysqlreplicalagmeter.h"
#include "db/mysqlsession.h"
#include "plan/plan.h"
#include "preparedrun.h"
#include "review/mysqlforecaster.h"
#include "runconnection.h"
#include "runcontrol.h"

#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace {

MysqlSession &mysql(Session &session)
{
    return static_cast<MysqlSession &>(session);
}

// The table's schema as a bound parameter: NULL (the connection's database) when unnamed.
QString schemaOrNull(const CompileContext &ctx)
{
    return ctx.schema.isEmpty() ? QString() : ctx.schema;
}

QString literal(const QString &value)
{
    return quoteLiteral(value, DialectKind::MySQL);
}

// Whole seconds, at least 1: lock_wait_timeout and innodb_lock_wait_timeout take no fractions.
int seconds(int ms)
{
    return std::max(1, int(std::ceil(ms / 1000.0)));
}

// The CAST target that stores like the column type, or empty when CAST has none (ENUM, SET,
// JSON, floating point on older servers): then the expression is compared as it is.
QString castTarget(const QString &typeSql)
{
    const QString type = typeSql.trimmed().toLower();
    static const QRegularExpression integer(
        QStringLiteral("^(tiny|small|medium|big)?int(eger)?\\b"));
    static const QRegularExpression decimal(
        QStringLiteral("^(decimal|numeric|dec|fixed)\\s*(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?"));
    static const QRegularExpression temporal(
        QStringLiteral("^(date|datetime|timestamp|time)\\s*(\\(\\s*\\d\\s*\\))?"));
    static const QRegularExpression text(
        QStringLiteral("^(var)?char\\b|^(tiny|medium|long)?text\\b"));
    if (integer.match(type).hasMatch())
        return type.contains(QStringLiteral("unsigned")) ? QStringLiteral("UNSIGNED")
                                                         : QStringLiteral("SIGNED");
    if (const QRegularExpressionMatch match = decimal.match(type); match.hasMatch())
        return QStringLiteral("DECIMAL") + match.captured(2).remove(u' ');
    if (const QRegularExpressionMatch match = temporal.match(type); match.hasMatch())
        return (match.captured(1) == u"timestamp" ? QStringLiteral("DATETIME")
                                                  : match.captured(1).toUpper()) +
               match.captured(2).remove(u' ');
    if (text.match(type).hasMatch())
        return QStringLiteral("CHAR");
    return {};
}

class MysqlLagProbe : public LagProbe
{
public:
    explicit MysqlLagProbe(RunConnection &connection)
        : m_meter(connection.uri(), mysql(connection.session()))
    {
    }
    ReplicationLag measure() override { return m_meter.measure(); }
    QString hiddenWarning() const override
    {
        const QStringList notes = m_meter.notes();
        return MysqlRunDialect::tr(
                   "replica lag cannot be measured (%1); the backfill is not throttled on lag")
            .arg(notes.isEmpty() ? MysqlRunDialect::tr("no replica could be read")
                                 : notes.join(QStringLiteral("; ")));
    }
    QString throttleMessage(const ReplicationLag &lag, int limitMs) const override
    {
        const QString behind = std::isinf(lag.ms)
                                   ? MysqlRunDialect::tr("not applying")
                                   : MysqlRunDialect::tr("%1 ms behind").arg(qRound64(lag.ms));
        return MysqlRunDialect::tr(
                   "throttled: replica %1 is %2 (%3), over the limit of %4 ms: waiting")
            .arg(lag.slowest.isEmpty() ? QStringLiteral("?") : lag.slowest, behind,
                 m_meter.reason())
            .arg(limitMs);
    }
    QStringList takeNotes() override
    {
        const QStringList notes = m_meter.notes();
        const QStringList fresh = notes.mid(m_notesShown);
        m_notesShown = int(notes.size());
        return fresh;
    }

private:
    MysqlReplicaLagMeter m_meter;
    int m_notesShown = 0;
};

} // namespace

QString MysqlRunDialect::product(Session &session) const
{
    return mysql(session).product();
}

void MysqlRunDialect::afterOpen(Session &session) const
{
    MysqlSession &server = mysql(session);
    m_mariadb = server.isMariadb();
    // READ COMMITTED: no gap locks, and a scanning UPDATE (the sweep) keeps locks only on the
    // rows it changes. Statement-based binary logging refuses it for InnoDB: keep the
    // server's level there.
    const QueryResult binlog = session.execute(QStringLiteral("SELECT @@log_bin, @@binlog_format"));
    const bool statementLog = binlog.value(0, 0).toString() == u"1" &&
                              binlog.value(0, 1).toString().compare(QStringLiteral("STATEMENT"),
                                                                    Qt::CaseInsensitive) == 0;
    if (!statementLog)
        session.execute(QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED"));
    // Strict mode: without it MODIFY ... NOT NULL silently turns a remaining NULL into 0 or ''.
    session.execute(QStringLiteral(
        "SET SESSION sql_mode = IF(FIND_IN_SET('STRICT_TRANS_TABLES', @@sql_mode) OR "
        "FIND_IN_SET('STRICT_ALL_TABLES', @@sql_mode),"
        " @@sql_mode, CONCAT_WS(',', NULLIF(@@sql_mode, ''), 'STRICT_TRANS_TABLES'))"));
    try {
        session.execute(
            m_mariadb ? QStringLiteral(
                            "SELECT count(*) FROM information_schema.INNODB_LOCK_WAITS WHERE 1 = 0")
                      : QStringLiteral(
                            "SELECT count(*) FROM performance_schema.data_lock_waits WHERE 1 = 0"));
        m_lockWaitsVisible = true;
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost)
            throw;
        m_lockWaitsVisible = false; // no PROCESS privilege (or no performance_schema)
    }
}

void MysqlRunDialect::refuseReadOnly(Session &session) const
{
    const QueryResult flags =
        session.execute(QStringLiteral("SELECT @@read_only, @@innodb_read_only"));
    if (flags.value(0, 0).toString() == u"1" || flags.value(0, 1).toString() == u"1")
        throw DbError(
            DbError::Kind::ReadOnly,
            MysqlRunDialect::tr("%1 is read-only (%2 is ON; a replica?): run against the primary")
                .arg(session.uri().display(), flags.value(0, 0).toString() == u"1"
                                                  ? QStringLiteral("read_only")
                                                  : QStringLiteral("innodb_read_only")));
    MysqlForecast replication;
    MysqlForecaster::readReplication(mysql(session), replication);
    if (replication.isReplica)
        throw DbError(
            DbError::Kind::ReadOnly,
            MysqlRunDialect::tr(
                "%1 is a replica (SHOW SLAVE STATUS lists its primary): changing it would make it "
                "diverge; run against the primary")
                .arg(session.uri().display()));
}

void MysqlRunDialect::checkPrivileges(Session &session, const PreparedRun &prepared,
                                      const QStringList &phases) const
{
    // information_schema lists the privileges granted to the current account directly; through
    // a role they do not show there, so with a role active the server is left to decide.
    const QueryResult who =
        session.execute(QStringLiteral("SELECT CURRENT_USER(), CURRENT_ROLE()"));
    const QString account = who.value(0, 0).toString();
    const QString role = who.value(0, 1).toString();
    if (!role.isEmpty() && role != u"NONE")
        return;
    const int at = int(account.lastIndexOf(u'@'));
    const QString grantee = QStringLiteral("'%1'@'%2'").arg(account.left(at), account.mid(at + 1));
    const CompileContext &ctx = prepared.context;
    const QueryResult rows = session.execute(
        QStringLiteral(
            "SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = $1"
            " UNION SELECT PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE "
            "= $1 AND TABLE_SCHEMA = COALESCE($2, DATABASE())"
            " UNION SELECT PRIVILEGE_TYPE FROM information_schema.TABLE_PRIVILEGES WHERE GRANTEE = "
            "$1 AND TABLE_SCHEMA = COALESCE($2, DATABASE()) AND TABLE_NAME = $3"),
        {grantee, schemaOrNull(ctx), ctx.tableName});
    QSet<QString> granted;
    for (const QVariantList &row : rows.rows)
        granted.insert(row.value(0).toString().toUpper());
    QStringList missing;
    const bool alters = (phases.contains(QStringLiteral("expand")) && !prepared.columnExists) ||
                        phases.contains(QStringLiteral("enforce"));
    if (alters && !granted.contains(QStringLiteral("ALTER")))
        missing << QStringLiteral("ALTER");
    if (phases.contains(QStringLiteral("backfill")) && !prepared.script.backfill.table.isEmpty() &&
        !granted.contains(QStringLiteral("UPDATE")))
        missing << QStringLiteral("UPDATE");
    if (!missing.isEmpty())
        throw DbError(DbError::Kind::Privilege,
                      MysqlRunDialect::tr("account %1 lacks %2 on %3, which the run needs (ALTER "
                                          "for the column, UPDATE for the backfill): "
                                          "GRANT %2 ON %3 TO %1; nothing was changed")
                          .arg(grantee, missing.join(QStringLiteral(", ")), ctx.qTable));
}

QMap<QString, QString> MysqlRunDialect::ddlSettings(const BackfillSettings &settings) const
{
    // A DDL statement is not limited in time once it has its locks: an in-place rebuild of a
    // big table legitimately runs long while reads and writes go on.
    QMap<QString, QString> values{
        {QStringLiteral("lock_wait_timeout"), QString::number(seconds(settings.lockTimeoutMs))}};
    values.insert(statementTimeoutSetting(), QStringLiteral("0"));
    return values;
}

QString MysqlRunDialect::setSql(const QString &name, const QString &value) const
{
    return QStringLiteral("SET SESSION %1 = %2").arg(name, value);
}

QString MysqlRunDialect::statementTimeoutSetting() const
{
    return m_mariadb ? QStringLiteral("max_statement_time") : QStringLiteral("max_execution_time");
}

bool MysqlRunDialect::isLockTimeout(const DbError &error) const
{
    return error.sqlState() == u"1205"; // ER_LOCK_WAIT_TIMEOUT: metadata or row lock
}

bool MysqlRunDialect::isConflict(const DbError &error) const
{
    return error.sqlState() == u"1213"; // ER_LOCK_DEADLOCK
}

QString MysqlRunDialect::lockHolders(Session &session, const CompileContext &ctx) const
{
    MysqlForecast forecast;
    const QString schema =
        ctx.schema.isEmpty()
            ? session.execute(QStringLiteral("SELECT DATABASE()")).value(0, 0).toString()
            : ctx.schema;
    MysqlForecaster::readLocks(mysql(session), schema, ctx.tableName, forecast);
    QStringList holders;
    const QList<MysqlSessionLock> &sessions =
        forecast.metadataLocksVisible ? forecast.lockHolders : forecast.openTransactions;
    for (const MysqlSessionLock &lock : sessions) {
        if ((forecast.metadataLocksVisible && lock.lockStatus != u"GRANTED") || holders.size() == 3)
            continue;
        holders << MysqlRunDialect::tr("connection %1 (%2%3)")
                       .arg(lock.id)
                       .arg(lock.command.isEmpty() ? QStringLiteral("?") : lock.command,
                            lock.transactionSeconds >= 0
                                ? MysqlRunDialect::tr(", transaction open %1 s")
                                      .arg(lock.transactionSeconds)
                                : QString());
    }
    return holders.isEmpty()
               ? QString()
               : MysqlRunDialect::tr(", held by ") + holders.join(QStringLiteral(", "));
}

QString MysqlRunDialect::batchSettings(const BackfillSettings &settings) const
{
    const QString statementLimit =
        m_mariadb ? QStringLiteral("max_statement_time = %1")
                        .arg(settings.statementTimeoutMs / 1000.0, 0, 'f', 3)
                  : QStringLiteral("max_execution_time = %1").arg(settings.statementTimeoutMs);
    return QStringLiteral("SET SESSION lock_wait_timeout = %1, SESSION innodb_lock_wait_timeout = "
                          "%1, SESSION %2")
        .arg(seconds(settings.lockTimeoutMs))
        .arg(statementLimit);
}

QString MysqlRunDialect::typedLiteral(const QString &value, const QString &type) const
{
    // Numbers stay numbers: the runner also compares two keys in a bare SELECT, where quoted
    // they would compare as text ('21000' > '200000').
    static const QRegularExpression numericType(
        QStringLiteral("^\\s*(tiny|small|medium|big)?int(eger)?\\b|^\\s*(decimal|numeric|dec|fixed|"
                       "float|double|real)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$"));
    if (numericType.match(type).hasMatch() && number.match(value).hasMatch())
        return value;
    return literal(value);
}

QString MysqlRunDialect::typedParameter(int n, const QString &type) const
{
    // The client binds every value as a quoted string: numbers are cast back so that two keys
    // compare as numbers ('21000' > '200000' as text), exactly (no double for a bigint).
    static const QRegularExpression integerType(
        QStringLiteral("^\\s*(tiny|small|medium|big)?int(eger)?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression decimalType(
        QStringLiteral("^\\s*(decimal|numeric|dec|fixed)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression floatType(QStringLiteral("^\\s*(float|double|real)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString placeholder = QStringLiteral("$%1").arg(n);
    if (integerType.match(type).hasMatch())
        return QStringLiteral("CAST(%1 AS %2)")
            .arg(placeholder, type.contains(QStringLiteral("unsigned"), Qt::CaseInsensitive)
                                  ? QStringLiteral("UNSIGNED")
                                  : QStringLiteral("SIGNED"));
    if (decimalType.match(type).hasMatch())
        return QStringLiteral("CAST(%1 AS DECIMAL(65,30))").arg(placeholder);
    if (floatType.match(type).hasMatch())
        return QStringLiteral("(%1 + 0E0)").arg(placeholder);
    return placeholder;
}

bool MysqlRunDialect::isTrue(const QVariant &value) const
{
    return value.toString() == u"1";
}

QString MysqlRunDialect::blockedOthersSql() const
{
    if (!m_lockWaitsVisible)
        return {};
    return m_mariadb ? QStringLiteral("SELECT count(*) FROM information_schema.INNODB_LOCK_WAITS w "
                                      "JOIN information_schema.INNODB_TRX t"
                                      " ON t.trx_id = w.blocking_trx_id WHERE "
                                      "t.trx_mysql_thread_id = CONNECTION_ID()")
                     : QStringLiteral("SELECT count(*) FROM performance_schema.data_lock_waits w "
                                      "JOIN performance_schema.threads t"
                                      " ON t.THREAD_ID = w.BLOCKING_THREAD_ID WHERE "
                                      "t.PROCESSLIST_ID = CONNECTION_ID()");
}

BoundSql MysqlRunDialect::rowEstimateSql(const CompileContext &ctx) const
{
    return {QStringLiteral("SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                           "COALESCE($1, DATABASE()) AND TABLE_NAME = $2"),
            {ctx.schema.isEmpty() ? QString() : ctx.schema, ctx.tableName}};
}

QString MysqlRunDialect::tableIdentity(Session &session, const CompileContext &ctx) const
{
    // The server (MySQL's @@server_uuid; MariaDB has none, so host, port and data directory)
    // and InnoDB's id of the table, which an instant ADD COLUMN keeps and a new table does not.
    // Not CREATE_TIME where the id is readable: MariaDB renews it on every ALTER.
    QString server;
    try {
        server = session.execute(QStringLiteral("SELECT @@server_uuid")).value(0, 0).toString();
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost)
            throw;
    }
    if (server.isEmpty())
        server =
            session
                .execute(QStringLiteral("SELECT CONCAT(@@hostname, ':', @@port, ':', @@datadir)"))
                .value(0, 0)
                .toString();
    QString tableId;
    for (const char *view : {"INNODB_SYS_TABLES", "INNODB_TABLES"}) {
        try {
            tableId = session
                          .execute(QStringLiteral("SELECT TABLE_ID FROM information_schema.%1 "
                                                  "WHERE NAME = CONCAT(COALESCE($1, DATABASE()), "
                                                  "'/', $2)")
                                       .arg(QLatin1String(view)),
                                   {schemaOrNull(ctx), ctx.tableName})
                          .value(0, 0)
                          .toString();
            break;
        } catch (const DbError &error) {
            if (error.kind() == DbError::Kind::ConnectionLost)
                throw;
        }
    }
    if (!tableId.isEmpty())
        return QStringLiteral("mysql:%1/%2").arg(server, tableId);
    // Without the right to read InnoDB's table ids: the creation time, which an ALTER that
    // rewrites the definition also changes (a resumed run then starts afresh, which is safe).
    const QString created =
        session
            .execute(QStringLiteral("SELECT CREATE_TIME FROM information_schema.TABLES WHERE "
                                    "TABLE_SCHEMA = COALESCE($1, DATABASE()) AND TABLE_NAME = $2"),
                     {schemaOrNull(ctx), ctx.tableName})
            .value(0, 0)
            .toString();
    return QStringLiteral("mysql:%1/created %2").arg(server, created);
}

QString MysqlRunDialect::sweepSql(const QString &qTable, const QString &qColumn,
                                  const QString &value, int rows) const
{
    return QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 IS NULL AND %3 IS NOT NULL LIMIT %4")
        .arg(qTable, qColumn, value)
        .arg(rows);
}

QString MysqlRunDialect::differs(const QString &a, const QString &b) const
{
    return QStringLiteral("NOT (%1 <=> %2)").arg(a, b);
}

QString MysqlRunDialect::valueSql(const QString &fill, const QString &typeSql) const
{
    const QString target = castTarget(typeSql);
    return target.isEmpty() ? QStringLiteral("(%1)").arg(fill)
                            : QStringLiteral("CAST((%1) AS %2)").arg(fill, target);
}

std::unique_ptr<LagProbe> MysqlRunDialect::lagProbe(RunConnection &connection) const
{
    return std::make_unique<MysqlLagProbe>(connection);
}

BoundSql MysqlRunDialect::activitySampleSql(const CompileContext &ctx) const
{
    // Redo log bytes are server-wide. Waiting sessions: metadata lock requests pending on the
    // table (performance_schema) and InnoDB transactions waiting for a row lock in it.
    const QString schema = QStringLiteral("COALESCE($1, DATABASE())");
    const QString table = QStringLiteral("$2");
    const QString rowWaits =
        ctx.mariadb
            ? QStringLiteral(
                  "SELECT count(DISTINCT w.requesting_trx_id) FROM "
                  "information_schema.INNODB_LOCK_WAITS w"
                  " JOIN information_schema.INNODB_LOCKS l ON l.lock_id = w.requested_lock_id"
                  " WHERE l.lock_table = CONCAT('`', %1, '`.`', %2, '`')")
            : QStringLiteral("SELECT count(DISTINCT w.REQUESTING_ENGINE_TRANSACTION_ID) FROM "
                             "performance_schema.data_lock_waits w"
                             " JOIN performance_schema.data_locks l ON l.ENGINE_LOCK_ID = "
                             "w.REQUESTED_ENGINE_LOCK_ID"
                             " WHERE l.OBJECT_SCHEMA = %1 AND l.OBJECT_NAME = %2");
    const QString sql =
        QStringLiteral("SELECT (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
                       "WHERE VARIABLE_NAME = '%1'),"
                       " (SELECT count(*) FROM performance_schema.metadata_locks WHERE "
                       "OBJECT_TYPE = 'TABLE' AND OBJECT_SCHEMA = %2"
                       " AND OBJECT_NAME = %3 AND LOCK_STATUS = 'PENDING') + (%4)")
            .arg(ctx.mariadb ? QStringLiteral("Innodb_lsn_current")
                             : QStringLiteral("Innodb_os_log_written"),
                 schema, table, rowWaits.arg(schema, table));
    return {sql, {ctx.schema.isEmpty() ? QString() : ctx.schema, ctx.tableName}};
}
