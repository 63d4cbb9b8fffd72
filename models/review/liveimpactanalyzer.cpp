#include "liveimpactanalyzer.h"

#include "db/dberror.h"
#include "db/session.h"
#include "reviewer.h"
#include "sql/keysetbatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace {

constexpr int pageBytes = 8192;
constexpr int walRecordOverhead =
    50;                             // XLogRecord + block reference + heap update header, rounded up
constexpr int indexEntryBytes = 40; // index tuple + WAL record of one index insert, rounded

double number(const QVariant &value, double fallback = -1)
{
    bool ok = false;
    const double result = value.toString().toDouble(&ok);
    return ok && !value.isNull() ? result : fallback;
}

QString megabytes(double bytes)
{
    if (bytes >= 1024.0 * 1024 * 1024)
        return QStringLiteral("%1 GB").arg(bytes / (1024.0 * 1024 * 1024), 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(bytes / (1024.0 * 1024), 0, 'f', 1);
}

// The statements of every phase, in order, as the review numbers them.
struct Flattened
{
    QList<StatementImpact> impacts;
    QList<Statement::Kind> kinds;
};

Flattened flatten(const Script &script)
{
    Flattened flat;
    for (const Phase &phase : script.phases) {
        for (const Statement &statement : phase.statements) {
            if (statement.kind == Statement::Comment || statement.sql.trimmed().isEmpty())
                continue;
            StatementImpact impact;
            impact.number = int(flat.impacts.size()) + 1;
            impact.phase = phase.name;
            impact.sql = statement.sql;
            impact.purpose = statement.purpose;
            flat.impacts << impact;
            flat.kinds << statement.kind;
        }
    }
    return flat;
}

// Reviews the statements as one script (so SET lock_timeout and validated checks carry over)
// and gives each statement the forecast of the parsed statements inside its bytes.
void forecastStatements(QList<StatementImpact> &impacts, int serverVersion)
{
    QByteArray text;
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const StatementImpact &impact : impacts) {
        const qsizetype from = text.size();
        text += impact.sql.toUtf8();
        ranges.append({from, text.size()});
        text += ";\n";
    }
    ReviewOptions options;
    options.serverVersion = std::clamp(serverVersion, 10, 18);
    const ReviewResult review = Reviewer::reviewUtf8(text, options);
    int k = 0;
    for (const ReviewedStatement &reviewed : review.statements) {
        while (k < ranges.size() && reviewed.startByte >= ranges[k].second)
            ++k;
        if (k >= ranges.size())
            break;
        StatementForecast &forecast = impacts[k].forecast;
        if (forecast.command.isEmpty()) {
            forecast = reviewed.forecast;
            continue;
        }
        for (const RelationLock &lock : reviewed.forecast.locks)
            forecast.addLock(lock.relation, lock.mode);
        forecast.rewritesTable |= reviewed.forecast.rewritesTable;
        forecast.scansTable |= reviewed.forecast.scansTable;
        forecast.transactionAllowed &= reviewed.forecast.transactionAllowed;
        forecast.duration = std::max(forecast.duration, reviewed.forecast.duration);
    }
}

void estimate(StatementImpact &impact, Statement::Kind kind, const LiveImpact &live,
              const Script &script, const LiveImpactOptions &options)
{
    const double rate = options.scanBytesPerSecond;
    const double heap = double(std::max<qint64>(0, live.heapBytes));
    const double total = double(std::max<qint64>(0, live.totalBytes));
    const QString rateText = QStringLiteral("%1/s").arg(megabytes(rate));
    const StatementForecast &f = impact.forecast;
    const auto [tableSchema, tableName] = LiveImpactAnalyzer::splitName(script.table);
    bool touchesTable = false;
    for (const RelationLock &lock : f.locks) {
        const auto [schema, name] = LiveImpactAnalyzer::splitName(lock.relation);
        touchesTable |= name == tableName && (schema.isEmpty() || schema == tableSchema);
    }
    if (kind != Statement::Backfill && kind != Statement::BatchRepeat && !touchesTable) {
        impact.estimatedSeconds = 0;
        impact.estimateBasis =
            f.strongestLock() == LockMode::None
                ? LiveImpactAnalyzer::tr("no table lock")
                : LiveImpactAnalyzer::tr("does not touch %1: not estimated").arg(script.table);
        return;
    }
    if (kind == Statement::Backfill || kind == Statement::BatchRepeat) {
        const int batchRows = std::max(1, script.backfill.batchRows);
        const double batches = live.rows > 0 ? std::ceil(double(live.rows) / batchRows) : 0;
        impact.estimatedSeconds = heap * options.backfillSlowdown / rate;
        impact.estimateBasis =
            LiveImpactAnalyzer::tr(
                "%1 heap at %2 (assumed scan rate) x %3 for writing new row versions, "
                "WAL and index entries; %4 batches of up to %5 rows")
                .arg(megabytes(heap), rateText)
                .arg(options.backfillSlowdown)
                .arg(qint64(batches))
                .arg(batchRows);
        if (kind == Statement::BatchRepeat) {
            impact.estimateBasis += LiveImpactAnalyzer::tr(" (total over all repetitions)");
        }
    } else if (f.rewritesTable) {
        impact.estimatedSeconds = total * options.rewriteSlowdown / rate;
        impact.estimateBasis =
            LiveImpactAnalyzer::tr("rewrites %1 (table, TOAST and indexes) at %2 / %3 (assumed)")
                .arg(megabytes(total), rateText)
                .arg(options.rewriteSlowdown);
    } else if (f.command.contains(QLatin1String("INDEX")) &&
               f.duration == DurationClass::TableSize) {
        const bool concurrently = f.command.contains(QLatin1String("CONCURRENTLY"));
        const double scans = concurrently ? 3.0 : 2.0;
        impact.estimatedSeconds = heap * scans / rate;
        impact.estimateBasis = LiveImpactAnalyzer::tr("%1 heap at %2 (assumed) x %3 (%4 plus sort)")
                                   .arg(megabytes(heap), rateText)
                                   .arg(scans)
                                   .arg(concurrently ? LiveImpactAnalyzer::tr("two scans")
                                                     : LiveImpactAnalyzer::tr("one scan"));
        if (concurrently)
            impact.estimateBasis +=
                LiveImpactAnalyzer::tr("; also waits for older snapshots and transactions");
    } else if (f.scansTable || f.duration != DurationClass::Instant) {
        impact.estimatedSeconds = heap / rate;
        impact.estimateBasis = LiveImpactAnalyzer::tr("one scan of %1 heap at %2 (assumed)")
                                   .arg(megabytes(heap), rateText);
    } else {
        impact.estimatedSeconds = 0;
        impact.estimateBasis =
            f.strongestLock() == LockMode::None
                ? LiveImpactAnalyzer::tr("no table lock")
                : LiveImpactAnalyzer::tr("catalog change only, once the lock is granted");
    }
}

QStringList firstRow(Session &session, const QString &sql)
{
    const QueryResult result = session.execute(sql);
    QStringList values;
    if (result.rows.isEmpty())
        return values;
    for (const QVariant &value : result.rows.first())
        values << (value.isNull() ? QStringLiteral("NULL")
                                  : LiveImpactAnalyzer::literal(value.toString()));
    return values;
}

void explainBatch(Session &session, const Script &script, LiveImpact &live)
{
    const BackfillJob &job = script.backfill;
    BatchExplain &batch = live.batch;
    if (job.table.isEmpty() || job.updateSql.isEmpty())
        return;
    try {
        const QStringList lo = firstRow(session, job.firstKeySql);
        if (lo.isEmpty()) {
            batch.note = LiveImpactAnalyzer::tr("the table is empty: there is no batch to explain");
            return;
        }
        QStringList hi =
            firstRow(session, KeysetBatch::bind(job.batchEndSql, lo, {},
                                                QString::number(std::max(1, job.batchRows) - 1)));
        if (hi.isEmpty())
            hi = firstRow(session, KeysetBatch::bind(job.lastKeySql, lo, {}));
        const auto [schema, table] = LiveImpactAnalyzer::splitName(job.table);
        const QueryResult exists =
            session.execute(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                           "to_regclass($1) AND attname = $2 "
                                           "AND NOT attisdropped"),
                            {job.table, script.column});
        if (number(exists.value(0, 0), 0) > 0) {
            batch.sql = KeysetBatch::bind(job.updateSql, lo, hi);
        } else {
            batch.sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %4")
                            .arg(job.expression, job.table,
                                 KeysetBatch::compare(job.keyColumns, QStringLiteral(">="),
                                                      QStringLiteral("lo")),
                                 KeysetBatch::compare(job.keyColumns, QStringLiteral("<="),
                                                      QStringLiteral("hi")));
            batch.sql = KeysetBatch::bind(batch.sql, lo, hi);
            batch.note =
                LiveImpactAnalyzer::tr(
                    "column %1 does not exist yet: explained the batch's read (same key range and "
                    "expression) instead of its UPDATE")
                    .arg(script.column);
        }
        const QueryResult plan =
            session.execute(QStringLiteral("EXPLAIN (FORMAT JSON) ") + batch.sql);
        QStringList lines;
        for (const QVariantList &row : plan.rows)
            lines << row.value(0).toString();
        batch.planJson = lines.join(u'\n');
        const QJsonObject top = QJsonDocument::fromJson(batch.planJson.toUtf8())
                                    .array()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("Plan"))
                                    .toObject();
        QJsonObject rowsNode = top;
        batch.topNode = top.value(QLatin1String("Node Type")).toString();
        if (batch.topNode == u"ModifyTable" &&
            !top.value(QLatin1String("Plans")).toArray().isEmpty()) {
            rowsNode = top.value(QLatin1String("Plans")).toArray().at(0).toObject();
            batch.topNode +=
                QStringLiteral(" over ") + rowsNode.value(QLatin1String("Node Type")).toString();
        }
        batch.totalCost = top.value(QLatin1String("Total Cost")).toDouble(-1);
        batch.rows = rowsNode.value(QLatin1String("Plan Rows")).toDouble(-1);
    } catch (const DbError &error) {
        batch.note = LiveImpactAnalyzer::tr("could not explain a batch: %1").arg(error.message());
    }
}

void readTable(Session &session, const Script &script, LiveImpact &live)
{
    // A partitioned table stores nothing itself (nor does an inheritance parent all of it): the
    // rows and pages are the sums over the tables an UPDATE of it reaches.
    const QueryResult size = session.execute(
        QStringLiteral(
            "WITH RECURSIVE tree(oid) AS (SELECT to_regclass($1)::oid UNION ALL SELECT i.inhrelid "
            "FROM tree t JOIN pg_inherits i ON i.inhparent = t.oid) "
            "SELECT CASE WHEN count(*) FILTER (WHERE c.relkind <> 'p' AND c.reltuples >= 0) = 0 "
            "THEN -1 ELSE sum(c.reltuples) FILTER (WHERE c.relkind <> 'p' AND c.reltuples >= 0) "
            "END::bigint, sum(c.relpages), sum(pg_relation_size(c.oid)), "
            "sum(pg_total_relation_size(c.oid)), (SELECT count(*) FROM pg_index i WHERE "
            "i.indrelid = to_regclass($1)), current_setting('full_page_writes') "
            "FROM tree JOIN pg_class c ON c.oid = tree.oid HAVING count(c.oid) > 0"),
        {script.table});
    if (size.rows.isEmpty())
        throw DbError(
            DbError::Kind::BadInput,
            LiveImpactAnalyzer::tr("table %1 does not exist on this database").arg(script.table));
    live.rows = qint64(number(size.value(0, 0)));
    live.rowsBasis = QStringLiteral("reltuples");
    live.heapBytes = qint64(number(size.value(0, 2), 0));
    live.totalBytes = qint64(number(size.value(0, 3), 0));
    live.wal.heapPages =
        std::max<qint64>(qint64(number(size.value(0, 1), 0)), live.heapBytes / pageBytes);
    live.wal.indexes = int(number(size.value(0, 4), 0));
    live.wal.fullPageWrites = size.value(0, 5).toString() != u"off";
    if (live.rows < 0 && live.heapBytes <= 64LL * 1024 * 1024) {
        // never analyzed, and small enough to count
        live.rows = qint64(
            number(session.execute(QStringLiteral("SELECT count(*) FROM %1").arg(script.table))
                       .value(0, 0),
                   0));
        live.rowsBasis = QStringLiteral("count");
    }
}

void estimateWal(LiveImpact &live)
{
    WalEstimate &wal = live.wal;
    wal.rows = std::max<qint64>(0, live.rows);
    wal.rowBytes = wal.rows > 0 ? int(std::min<qint64>(live.heapBytes / wal.rows, 1 << 30)) : 0;
    const qint64 rowPart = wal.rows * (wal.rowBytes + walRecordOverhead);
    const qint64 pagePart = wal.fullPageWrites ? wal.heapPages * pageBytes : 0;
    const qint64 indexPart = wal.rows * qint64(wal.indexes) * indexEntryBytes;
    wal.bytes = rowPart + pagePart + indexPart;
    wal.formula =
        LiveImpactAnalyzer::tr(
            "rows x (row bytes + %1 B record overhead) + heap pages x 8 KB full-page images%2 + "
            "rows x indexes x %3 B index entries (non-HOT updates, an upper bound) = "
            "%4 x (%5 + %1) + %6 x 8192 + %4 x %7 x %3 = %8")
            .arg(walRecordOverhead)
            .arg(wal.fullPageWrites ? QString()
                                    : LiveImpactAnalyzer::tr(" (off: full_page_writes is off)"))
            .arg(indexEntryBytes)
            .arg(wal.rows)
            .arg(wal.rowBytes)
            .arg(wal.fullPageWrites ? wal.heapPages : 0)
            .arg(wal.indexes)
            .arg(megabytes(double(wal.bytes)));
}

} // namespace

QString LiveImpactAnalyzer::literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QLatin1String("''"));
    return u'\'' + escaped + u'\'';
}

std::pair<QString, QString> LiveImpactAnalyzer::splitName(const QString &qualified)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    const QString text = qualified.trimmed();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            if (quoted && i + 1 < text.size() && text.at(i + 1) == u'"') {
                current += u'"';
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == u'.' && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    if (parts.size() >= 2)
        return {parts.at(parts.size() - 2), parts.last()};
    return {QString(), parts.last()};
}

QList<BlockingBackend> LiveImpactAnalyzer::blockers(Session &session,
                                                    const QList<RelationLock> &needed)
{
    QList<BlockingBackend> result;
    if (needed.isEmpty())
        return result;
    const QueryResult locks = session.execute(QStringLiteral(R"SQL(
SELECT coalesce(l.pid, 0), n.nspname, c.relname, l.mode, l.granted, a.usename, a.application_name, a.state,
       extract(epoch FROM clock_timestamp() - a.xact_start), a.query
FROM pg_locks l
JOIN pg_class c ON c.oid = l.relation
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'relation'
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.pid IS DISTINCT FROM pg_backend_pid()
ORDER BY l.granted DESC, a.xact_start NULLS LAST, l.pid)SQL"));
    for (const QVariantList &row : locks.rows) {
        const QString schema = row.value(1).toString();
        const QString name = row.value(2).toString();
        const LockMode held = LockMatrix::fromName(row.value(3).toString());
        if (held == LockMode::None)
            continue;
        QList<int> blocked;
        for (int k = 0; k < needed.size(); ++k) {
            const auto [wantSchema, wantName] = splitName(needed[k].relation);
            if (wantName != name || (!wantSchema.isEmpty() && wantSchema != schema))
                continue;
            if (LockMatrix::conflicts(held, needed[k].mode))
                blocked << k + 1;
        }
        if (blocked.isEmpty())
            continue;
        const int pid = row.value(0).toString().toInt();
        const bool granted = row.value(4).toString() == u"t" || row.value(4).toString() == u"true";
        auto existing = std::find_if(result.begin(), result.end(), [&](const BlockingBackend &b) {
            return b.pid == pid && b.relation == schema + u'.' + name && b.granted == granted;
        });
        if (existing != result.end()) {
            existing->heldMode = std::max(existing->heldMode, held);
            for (int k : blocked)
                if (!existing->statements.contains(k))
                    existing->statements << k;
            continue;
        }
        BlockingBackend blocker;
        blocker.pid = pid;
        blocker.relation = schema + u'.' + name;
        blocker.heldMode = held;
        blocker.granted = granted;
        blocker.user = row.value(5).toString();
        blocker.application = row.value(6).toString();
        blocker.state =
            pid == 0 ? LiveImpactAnalyzer::tr("prepared transaction") : row.value(7).toString();
        blocker.transactionAgeSeconds = number(row.value(8));
        blocker.query = row.value(9).toString();
        blocker.statements = blocked;
        result << blocker;
    }
    return result;
}

SnapshotHolder LiveImpactAnalyzer::oldestSnapshot(Session &session, bool *found, int *holders)
{
    // CREATE INDEX CONCURRENTLY waits for backends of its own database holding an older snapshot;
    // VACUUM's own snapshots are ignored by it.
    const QueryResult rows = session.execute(QStringLiteral(R"SQL(
SELECT pid, usename, application_name, state, age(backend_xmin),
       extract(epoch FROM clock_timestamp() - xact_start), query, count(*) OVER ()
FROM pg_stat_activity
WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL
  AND backend_type <> 'autovacuum worker'
ORDER BY age(backend_xmin) DESC, xact_start NULLS LAST
LIMIT 1)SQL"));
    SnapshotHolder holder;
    if (found)
        *found = !rows.rows.isEmpty();
    if (holders)
        *holders = rows.rows.isEmpty() ? 0 : int(number(rows.value(0, 7), 0));
    if (rows.rows.isEmpty())
        return holder;
    holder.pid = rows.value(0, 0).toString().toInt();
    holder.user = rows.value(0, 1).toString();
    holder.application = rows.value(0, 2).toString();
    holder.state = rows.value(0, 3).toString();
    holder.xminAgeTransactions = qint64(number(rows.value(0, 4), 0));
    holder.transactionAgeSeconds = number(rows.value(0, 5));
    holder.query = rows.value(0, 6).toString();
    return holder;
}

ReplicationStatus LiveImpactAnalyzer::replication(Session &session)
{
    ReplicationStatus status;
    const QueryResult recovery = session.execute(QStringLiteral(
        "SELECT pg_is_in_recovery(), extract(epoch FROM now() - pg_last_xact_replay_timestamp())"));
    status.isStandby =
        recovery.value(0, 0).toString() == u"t" || recovery.value(0, 0).toString() == u"true";
    if (status.isStandby)
        status.standbyReplayDelaySeconds = number(recovery.value(0, 1));
    const QueryResult replicas = session.execute(QStringLiteral(R"SQL(
SELECT application_name, coalesce(host(client_addr), ''), state, sync_state,
       extract(epoch FROM write_lag), extract(epoch FROM flush_lag), extract(epoch FROM replay_lag)
FROM pg_stat_replication ORDER BY application_name, pid)SQL"));
    for (const QVariantList &row : replicas.rows) {
        ReplicaLag lag;
        lag.applicationName = row.value(0).toString();
        lag.clientAddress = row.value(1).toString();
        lag.state = row.value(2).toString();
        lag.syncState = row.value(3).toString();
        lag.writeLagSeconds = number(row.value(4));
        lag.flushLagSeconds = number(row.value(5));
        lag.replayLagSeconds = number(row.value(6));
        status.replicas << lag;
    }
    return status;
}

bool LiveImpactAnalyzer::signalBackend(Session &session, int pid, bool terminate)
{
    // From PostgreSQL 14 terminate can wait for the backend to exit, so a refresh right after no
    // longer lists a session that is still on its way out.
    const QString call = !terminate ? QStringLiteral("pg_cancel_backend(%1)")
                         : session.serverVersionNumber() >= 140000
                             ? QStringLiteral("pg_terminate_backend(%1, 5000)")
                             : QStringLiteral("pg_terminate_backend(%1)");
    const QueryResult result = session.execute(QStringLiteral("SELECT ") + call.arg(pid));
    const QString value = result.value(0, 0).toString();
    return value == u"t" || value == u"true";
}

LiveImpact LiveImpactAnalyzer::analyze(Session &session, const Script &script,
                                       const LiveImpactOptions &options)
{
    if (session.dialect() != DialectKind::PostgreSQL)
        throw DbError(DbError::Kind::Unsupported,
                      LiveImpactAnalyzer::tr("the live forecast needs a PostgreSQL server"));
    LiveImpact live;
    live.takenAt = QDateTime::currentDateTimeUtc();
    live.serverVersion = session.serverVersion();
    live.table = script.table;
    live.scanBytesPerSecond = options.scanBytesPerSecond;
    session.execute(QStringLiteral("SET lock_timeout = %1; SET statement_timeout = %2")
                        .arg(options.lockTimeoutMs)
                        .arg(options.statementTimeoutMs));
    live.database =
        session.execute(QStringLiteral("SELECT current_database()")).value(0, 0).toString();
    readTable(session, script, live);

    Flattened flat = flatten(script);
    forecastStatements(flat.impacts, session.serverVersionNumber() / 10000);
    for (int i = 0; i < flat.impacts.size(); ++i) {
        if (flat.kinds[i] != Statement::Backfill && flat.kinds[i] != Statement::BatchRepeat)
            continue;
        // a DO block or procedure body is opaque to the static review: its UPDATEs lock the table
        StatementForecast &f = flat.impacts[i].forecast;
        const auto [schema, name] = splitName(script.table);
        f.addLock(schema.isEmpty() ? name : schema + u'.' + name, LockMode::RowExclusive);
        f.duration = DurationClass::RowsTouched;
        if (f.note.isEmpty())
            f.note = LiveImpactAnalyzer::tr("backfill batches: ROW EXCLUSIVE on the table and row "
                                            "locks of one batch at a time");
    }
    for (int i = 0; i < flat.impacts.size(); ++i)
        estimate(flat.impacts[i], flat.kinds[i], live, script, options);

    // every lock any statement needs, and which statements need it
    QList<RelationLock> needed;
    QList<int> neededBy;
    for (const StatementImpact &impact : flat.impacts) {
        for (const RelationLock &lock : impact.forecast.locks) {
            if (lock.mode == LockMode::None)
                continue;
            needed << lock;
            neededBy << impact.number;
        }
    }
    live.blockers = blockers(session, needed);
    for (BlockingBackend &blocker : live.blockers) {
        QList<int> statements;
        for (int k : blocker.statements)
            if (!statements.contains(neededBy[k - 1]))
                statements << neededBy[k - 1];
        blocker.statements = statements;
        for (int number : statements)
            if (!flat.impacts[number - 1].blockerPids.contains(blocker.pid))
                flat.impacts[number - 1].blockerPids << blocker.pid;
    }
    live.statements = flat.impacts;
    live.oldestSnapshot = oldestSnapshot(session, &live.hasOldestSnapshot, &live.snapshotHolders);
    live.replication = replication(session);
    estimateWal(live);
    explainBatch(session, script, live);
    return live;
}
