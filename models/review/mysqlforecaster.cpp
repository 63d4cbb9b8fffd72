#include "mysqlforecaster.h"

#include "base/catalog.h"
#include "base/identifierrules.h"
#include "db/dberror.h"
#include "db/mysqlreplicalagmeter.h"
#include "db/mysqlsession.h"

#include <QRegularExpression>
#include <cmath>

namespace {

struct Rung
{
    QString clause; // appended to the ALTER
    QString algorithm;
    QString lock;
};

const QList<Rung> &ladder()
{
    static const QList<Rung> rungs = {
        {QStringLiteral(", ALGORITHM=INSTANT"), QStringLiteral("INSTANT"), QStringLiteral("NONE")},
        {QStringLiteral(", ALGORITHM=INPLACE, LOCK=NONE"), QStringLiteral("INPLACE"),
         QStringLiteral("NONE")},
        {QStringLiteral(", ALGORITHM=INPLACE, LOCK=SHARED"), QStringLiteral("INPLACE"),
         QStringLiteral("SHARED")},
        {QStringLiteral(", ALGORITHM=COPY, LOCK=SHARED"), QStringLiteral("COPY"),
         QStringLiteral("SHARED")},
        {QStringLiteral(", ALGORITHM=COPY"), QStringLiteral("COPY"), QStringLiteral("EXCLUSIVE")},
    };
    return rungs;
}

const QRegularExpression &algorithmClause()
{
    static const QRegularExpression clause(
        QStringLiteral("\\s*,\\s*ALGORITHM\\s*=\\s*(\\w+)(\\s*,\\s*LOCK\\s*=\\s*(\\w+))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    return clause;
}

QString describe(const QString &algorithm, const QString &lock, bool rebuilds)
{
    if (algorithm == u"INSTANT")
        return MysqlForecaster::tr("metadata change only: no row is touched; an exclusive metadata "
                                   "lock for a moment at the start");
    if (algorithm == u"INPLACE" && lock == u"NONE")
        return rebuilds
                   ? MysqlForecaster::tr("the table is rebuilt in place while reads and writes go "
                                         "on; exclusive metadata lock briefly at start and end")
                   : MysqlForecaster::tr("built in place while reads and writes go on; exclusive "
                                         "metadata lock briefly at start and end");
    if (algorithm == u"INPLACE")
        return MysqlForecaster::tr("in place, but writes wait until it ends (reads go on)");
    return lock == u"SHARED"
               ? MysqlForecaster::tr(
                     "the table is copied row by row: writes wait until it ends (reads go on)")
               : MysqlForecaster::tr(
                     "the table is copied row by row: reads and writes wait until it ends");
}

bool rebuildsWhenInplace(const QString &sql)
{
    // Secondary indexes and foreign keys are added without a rebuild; column changes rebuild.
    static const QRegularExpression noRebuild(
        QStringLiteral("\\bADD\\s+(UNIQUE\\s+)?(INDEX|KEY|CONSTRAINT\\s+\\S+\\s+FOREIGN\\s+KEY)\\b|"
                       "\\bDROP\\s+(INDEX|FOREIGN\\s+KEY)\\b"
                       "|\\bALTER\\s+COLUMN\\s+\\S+\\s+(SET|DROP)\\s+DEFAULT\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return !noRebuild.match(sql).hasMatch();
}

// The server's words without our "statement failed on HOST: " prefix.
QString serverWords(const DbError &error)
{
    return MysqlSession::serverWords(singleLine(error.message()));
}

// Runs the ALTER on the empty copy: as written first (what the run will do), then down the
// ladder when the server refuses it, so the copy stays in step for the next statement.
void probe(MysqlSession &session, const QString &shadowSql, const QString &requested,
           MysqlStatementForecast &f)
{
    QString base = shadowSql;
    base.remove(algorithmClause());
    int start = 0;
    QList<Rung> rungs = ladder();
    if (!requested.isEmpty()) {
        // As written first.
        try {
            session.execute(shadowSql);
            const QRegularExpressionMatch match = algorithmClause().match(shadowSql);
            f.algorithm = requested == u"DEFAULT" ? QString() : requested;
            f.lock = match.captured(3).toUpper();
            if (f.lock.isEmpty() || f.lock == u"DEFAULT")
                f.lock = requested == u"INSTANT" ? QStringLiteral("NONE")
                         : requested == u"COPY"  ? QStringLiteral("SHARED")
                                                 : QStringLiteral("NONE");
            return;
        } catch (const DbError &error) {
            if (error.kind() != DbError::Kind::Query)
                throw;
            f.refused = true;
            f.refusals << MysqlForecaster::tr("as written: %1").arg(serverWords(error));
        }
        for (; start < rungs.size() && rungs.at(start).algorithm != requested; ++start) {
        }
        ++start;
    }
    for (int i = start; i < rungs.size(); ++i) {
        try {
            session.execute(base + rungs.at(i).clause);
            if (f.refused) {
                f.probe = MysqlForecaster::tr("the server refuses the statement as written; it "
                                              "would accept ALGORITHM=%1, LOCK=%2")
                              .arg(rungs.at(i).algorithm, rungs.at(i).lock);
            }
            f.algorithm = rungs.at(i).algorithm;
            f.lock = rungs.at(i).lock;
            return;
        } catch (const DbError &error) {
            if (error.kind() != DbError::Kind::Query)
                throw;
            f.refusals << QStringLiteral("%1: %2").arg(rungs.at(i).clause.mid(2),
                                                       serverWords(error));
        }
    }
    f.refused = true;
    f.probe = MysqlForecaster::tr("the server refuses this statement with every algorithm");
}

} // namespace

QString MysqlForecaster::requestedAlgorithm(const QString &sql)
{
    return algorithmClause().match(sql).captured(1).toUpper();
}

QString MysqlForecaster::withAlgorithm(const QString &sql, const QString &algorithm,
                                       const QString &lock)
{
    QString base = sql;
    base.remove(algorithmClause());
    return QStringLiteral("%1, ALGORITHM=%2, LOCK=%3").arg(base, algorithm, lock);
}

MysqlForecast MysqlForecaster::forecast(MysqlSession &session, const Script &script,
                                        const TableInfo &table)
{
    MysqlForecast out;
    out.table = table.qualifiedName();
    out.product = session.product();
    out.takenAt = QDateTime::currentDateTimeUtc();
    out.engine = table.engine;
    out.rowFormat = table.rowFormat;
    out.fulltextIndex = table.hasFulltextIndex();
    out.totalRowVersions = table.totalRowVersions;
    out.rows = table.rowEstimate;
    out.totalBytes = table.totalBytes;

    // Never wait long behind a lock ourselves (CREATE TABLE ... LIKE reads the table's definition).
    session.execute(QStringLiteral("SET SESSION lock_wait_timeout = 2"));
    const QString shadow = QStringLiteral("_cp_probe_%1").arg(session.connectionId());
    const QString qShadow = quoteQualified(table.schema, shadow, DialectKind::MySQL);
    const QString qTable = quoteQualified(table.schema, table.name, DialectKind::MySQL);
    QString probeFailure;
    try {
        session.execute(QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 LIKE %2")
                            .arg(qShadow, qTable));
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost)
            throw;
        probeFailure =
            MysqlForecaster::tr("could not make an empty copy of the table to ask the server (%1); "
                                "the algorithm shown is what the script requests")
                .arg(singleLine(error.message()));
        out.notes << probeFailure;
    }
    const bool probing = probeFailure.isEmpty();

    int number = 0;
    try {
        for (const Phase &phase : script.phases) {
            for (const Statement &statement : phase.statements) {
                if (statement.kind == Statement::Comment)
                    continue;
                if (statement.kind == Statement::Setting) {
                    if (probing)
                        session.execute(
                            statement
                                .sql); // lock_wait_timeout, foreign_key_checks: as the run will
                    continue;
                }
                MysqlStatementForecast f;
                f.number = ++number;
                f.phase = phase.name;
                f.sql = statement.sql;
                f.purpose = statement.purpose;
                const bool alterOfTable = statement.kind == Statement::Ddl &&
                                          statement.sql.trimmed().startsWith(
                                              QStringLiteral("ALTER TABLE"), Qt::CaseInsensitive) &&
                                          statement.sql.contains(script.table);
                if (alterOfTable) {
                    f.requested = requestedAlgorithm(statement.sql);
                    if (probing) {
                        QString shadowSql = statement.sql;
                        shadowSql.replace(script.table, qShadow);
                        probe(session, shadowSql, f.requested, f);
                        if (f.probe.isEmpty())
                            f.probe = MysqlForecaster::tr(
                                "confirmed by the server on an empty copy of the table");
                    } else {
                        f.algorithm = f.requested.isEmpty() ? QStringLiteral("COPY") : f.requested;
                        f.lock = f.algorithm == u"COPY" ? QStringLiteral("SHARED")
                                                        : QStringLiteral("NONE");
                        f.probe = probeFailure;
                    }
                    f.rebuildsTable =
                        f.algorithm == u"COPY" ||
                        (f.algorithm == u"INPLACE" && rebuildsWhenInplace(statement.sql));
                    f.blocksWrites =
                        f.algorithm == u"COPY" || f.lock == u"SHARED" || f.lock == u"EXCLUSIVE";
                    f.reason = describe(f.algorithm, f.lock, f.rebuildsTable);
                    if (f.algorithm != u"INSTANT" && f.requested == u"INSTANT")
                        f.reason += MysqlForecaster::tr("; INSTANT is not possible here");
                    // Name the table's obstacle where it made the statement weaker than asked or
                    // than online.
                    const bool weakened =
                        f.refused || f.lock != u"NONE" ||
                        (f.requested == u"INSTANT" && f.algorithm != u"INSTANT") ||
                        (f.algorithm != u"INSTANT" &&
                         statement.sql.contains(QStringLiteral(" ADD COLUMN "),
                                                Qt::CaseInsensitive));
                    if (!table.engine.isEmpty() &&
                        table.engine.compare(QStringLiteral("InnoDB"), Qt::CaseInsensitive) != 0)
                        f.reason += MysqlForecaster::tr(" (engine %1: only InnoDB alters in place)")
                                        .arg(table.engine);
                    else if (weakened && out.fulltextIndex)
                        f.reason += MysqlForecaster::tr(" (the table has a FULLTEXT index)");
                    else if (weakened && table.rowFormat.compare(QStringLiteral("Compressed"),
                                                                 Qt::CaseInsensitive) == 0)
                        f.reason += QStringLiteral(" (ROW_FORMAT=COMPRESSED)");
                } else if (statement.kind == Statement::Backfill ||
                           statement.kind == Statement::BatchRepeat) {
                    f.reason = MysqlForecaster::tr(
                        "row locks of one batch at a time; other rows stay writable");
                } else if (statement.kind == Statement::Check) {
                    f.reason = MysqlForecaster::tr("reads only");
                } else {
                    f.reason = statement.lock;
                }
                out.statements << f;
            }
        }
    } catch (...) {
        if (probing) {
            try {
                session.execute(
                    QStringLiteral("SET SESSION foreign_key_checks = 1; DROP TABLE IF EXISTS %1")
                        .arg(qShadow));
            } catch (const DbError &) {
            }
        }
        throw;
    }
    if (probing)
        session.execute(
            QStringLiteral("SET SESSION foreign_key_checks = 1; DROP TABLE IF EXISTS %1")
                .arg(qShadow));

    readLocks(session, table.schema, table.name, out);
    readReplication(session, out);
    return out;
}

void MysqlForecaster::readLocks(MysqlSession &session, const QString &schema, const QString &table,
                                MysqlForecast &out)
{
    try {
        out.metadataLocksVisible =
            session.execute(QStringLiteral("SELECT @@performance_schema")).value(0, 0).toString() ==
                u"1" &&
            session.execute(
                       QStringLiteral("SELECT ENABLED FROM performance_schema.setup_instruments "
                                      "WHERE NAME = 'wait/lock/metadata/sql/mdl'"))
                    .value(0, 0)
                    .toString() == u"YES";
    } catch (const DbError &) {
        out.metadataLocksVisible = false;
    }
    if (out.metadataLocksVisible) {
        const QueryResult locks = session.execute(
            QStringLiteral(
                "SELECT t.PROCESSLIST_ID, t.PROCESSLIST_USER, t.PROCESSLIST_HOST, "
                "t.PROCESSLIST_COMMAND, m.LOCK_TYPE, m.LOCK_STATUS,"
                " TIMESTAMPDIFF(SECOND, x.trx_started, NOW()), x.trx_state, t.PROCESSLIST_INFO"
                " FROM performance_schema.metadata_locks m JOIN performance_schema.threads t ON "
                "t.THREAD_ID = m.OWNER_THREAD_ID"
                " LEFT JOIN information_schema.INNODB_TRX x ON x.trx_mysql_thread_id = "
                "t.PROCESSLIST_ID"
                " WHERE m.OBJECT_TYPE = 'TABLE' AND m.OBJECT_SCHEMA = $1 AND m.OBJECT_NAME = $2 "
                "AND t.PROCESSLIST_ID <> CONNECTION_ID()"
                " ORDER BY m.LOCK_STATUS, x.trx_started"),
            {schema, table});
        for (const QVariantList &row : locks.rows) {
            MysqlSessionLock lock;
            lock.id = row.value(0).toLongLong();
            lock.user = row.value(1).toString();
            lock.host = row.value(2).toString();
            lock.command = row.value(3).toString();
            lock.lockType = row.value(4).toString();
            lock.lockStatus = row.value(5).toString();
            lock.transactionSeconds = row.value(6).isNull() ? -1 : row.value(6).toLongLong();
            lock.transactionState = row.value(7).toString();
            lock.query = row.value(8).toString();
            lock.holdsTableLock = lock.lockStatus == u"GRANTED";
            out.lockHolders << lock;
        }
    } else {
        out.metadataLocksNote =
            MysqlForecaster::tr("metadata locks are not visible (performance_schema off or its mdl "
                                "instrument disabled): "
                                "start the server with performance_schema=ON and "
                                "performance-schema-instrument='wait/lock/metadata/sql/mdl=ON' to "
                                "see who holds the table; "
                                "every open transaction below may hold it");
    }
    const QueryResult transactions = session.execute(
        QStringLiteral("SELECT x.trx_mysql_thread_id, p.USER, p.HOST, p.COMMAND, "
                       "TIMESTAMPDIFF(SECOND, x.trx_started, NOW()), x.trx_state, x.trx_query"
                       " FROM information_schema.INNODB_TRX x LEFT JOIN "
                       "information_schema.PROCESSLIST p ON p.ID = x.trx_mysql_thread_id"
                       " WHERE x.trx_mysql_thread_id <> CONNECTION_ID() ORDER BY x.trx_started"));
    for (const QVariantList &row : transactions.rows) {
        MysqlSessionLock trx;
        trx.id = row.value(0).toLongLong();
        trx.user = row.value(1).toString();
        trx.host = row.value(2).toString();
        trx.command = row.value(3).toString();
        trx.transactionSeconds = row.value(4).toLongLong();
        trx.transactionState = row.value(5).toString();
        trx.query = row.value(6).toString();
        for (const MysqlSessionLock &holder : out.lockHolders)
            trx.holdsTableLock =
                trx.holdsTableLock || (holder.id == trx.id && holder.lockStatus == u"GRANTED");
        out.openTransactions << trx;
    }
}

void MysqlForecaster::readReplication(MysqlSession &session, MysqlForecast &out)
{
    const QString noReplicaNote = MysqlForecaster::tr("no replica registered with this server");
    const bool newWords = session.isMariadb() ? session.serverVersionNumber() >= 100501
                                              : session.serverVersionNumber() >= 80022;
    try {
        const QueryResult status = session.execute(newWords ? QStringLiteral("SHOW REPLICA STATUS")
                                                            : QStringLiteral("SHOW SLAVE STATUS"));
        if (!status.rows.isEmpty()) {
            out.isReplica = true;
            for (int i = 0; i < status.columns.size(); ++i)
                if (status.columns.at(i) == u"Seconds_Behind_Master" ||
                    status.columns.at(i) == u"Seconds_Behind_Source")
                    out.secondsBehindPrimary =
                        status.value(0, i).isNull() ? -1 : status.value(0, i).toDouble();
        }
        out.replicationNote = noReplicaNote;
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost)
            throw;
        out.replicationNote =
            MysqlForecaster::tr(
                "replication status not readable (%1): grant REPLICATION CLIENT (MySQL) or "
                "REPLICATION MASTER ADMIN / SLAVE MONITOR (MariaDB)")
                .arg(singleLine(error.message()));
    }
    // Each replica read on the replica itself, as the run's throttle reads it (one measurement:
    // a replica behind shows Seconds_Behind_Master, or 0 ms when only its position says so).
    MysqlReplicaLagMeter meter(session.uri(), session);
    meter.measure();
    for (const MysqlReplicaState &replica : meter.replicas()) {
        QString state;
        if (!replica.measured)
            state = MysqlForecaster::tr("not measured: %1").arg(replica.reason);
        else if (std::isinf(replica.ms))
            state = MysqlForecaster::tr("not applying: %1").arg(replica.reason);
        else if (replica.ms == 0)
            state = replica.reason;
        else
            state = MysqlForecaster::tr("%1 ms behind%2: %3")
                        .arg(qRound64(replica.ms))
                        .arg(replica.bytesBehind >= 0
                                 ? MysqlForecaster::tr(", %1 bytes of binary log not executed")
                                       .arg(replica.bytesBehind)
                                 : QString(),
                             replica.reason);
        out.replicas << QStringLiteral("%1 (%2%3): %4")
                            .arg(replica.address,
                                 replica.serverId >= 0
                                     ? MysqlForecaster::tr("server id %1, ").arg(replica.serverId)
                                     : QString(),
                                 replica.explicitlyNamed
                                     ? MysqlForecaster::tr("named in the URI")
                                     : MysqlForecaster::tr("registered with the primary"),
                                 state);
    }
    if (!meter.replicas().isEmpty() && out.replicationNote == noReplicaNote)
        out.replicationNote = MysqlForecaster::tr(
            "each replica's lag is read on the replica, with this connection's credentials");
    if (!meter.notes().isEmpty())
        out.replicationNote += QStringLiteral("; ") + meter.notes().join(QStringLiteral("; "));
}
