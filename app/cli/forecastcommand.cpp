// column-planner forecast PLAN --db URI [--json]
//
// Compiles the plan against the database, then prints per statement the lock it takes, what
// that lock blocks, rewrite, scan and a time estimate, and the live section: sessions whose
// locks the DDL would wait behind right now, the oldest snapshot, replication lag and the
// backfill's WAL volume. Exit 0; 1 when a session holds a lock right now that conflicts with a
// lock the plan needs (the DDL would queue behind it and stop the table); 2 bad input; 3
// database or connection error.

#include "cliutil.h"
#include "commands.h"
#include "db/dberror.h"
#include "db/session.h"
#include "mysqlforecastoutput.h"
#include "plan/planfile.h"
#include "review/expressionchecker.h"
#include "review/liveimpactanalyzer.h"
#include "sql/compiler.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

QString seconds(double value)
{
    if (value < 0)
        return Cli::tr("unknown");
    if (value < 1)
        return value == 0 ? Cli::tr("instant") : QStringLiteral("< 1 s");
    if (value < 120)
        return QStringLiteral("%1 s").arg(value, 0, 'f', 0);
    if (value < 7200)
        return QStringLiteral("%1 min").arg(value / 60, 0, 'f', 1);
    return QStringLiteral("%1 h").arg(value / 3600, 0, 'f', 1);
}

QString bytes(qint64 value)
{
    if (value < 0)
        return Cli::tr("unknown");
    if (value >= 1024LL * 1024 * 1024)
        return QStringLiteral("%1 GB").arg(value / (1024.0 * 1024 * 1024), 0, 'f', 2);
    if (value >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(value / (1024.0 * 1024), 0, 'f', 1);
    return QStringLiteral("%1 kB").arg(value / 1024.0, 0, 'f', 1);
}

QString oneLine(QString text, int limit = 100)
{
    text = text.simplified();
    return text.size() > limit ? text.left(limit - 3) + QStringLiteral("...") : text;
}

QString locksText(const StatementForecast &forecast)
{
    QStringList parts;
    for (const RelationLock &lock : forecast.locks)
        parts << Cli::tr("%1 on %2").arg(LockMatrix::name(lock.mode), lock.relation);
    return parts.isEmpty() ? Cli::tr("no table lock") : parts.join(QStringLiteral(", "));
}

QString lagText(double value)
{
    return value < 0 ? QStringLiteral("-") : QStringLiteral("%1 s").arg(value, 0, 'f', 3);
}

QString textOutput(const LiveImpact &live)
{
    QString out;
    out +=
        Cli::tr("Forecast for %1 on %2 (PostgreSQL %3), %4 UTC\n")
            .arg(live.table, live.database, live.serverVersion, live.takenAt.toString(Qt::ISODate));
    out +=
        Cli::tr("Table: %1 rows (%2), heap %3, total %4; estimates assume a scan rate of %5/s\n\n")
            .arg(live.rows)
            .arg(live.rowsBasis, bytes(live.heapBytes), bytes(live.totalBytes),
                 bytes(qint64(live.scanBytesPerSecond)));
    for (const StatementImpact &s : live.statements) {
        const StatementForecast &f = s.forecast;
        out += QStringLiteral("%1. [%2] %3\n").arg(s.number).arg(s.phase, oneLine(s.sql));
        out += Cli::tr("   lock: %1\n").arg(locksText(f));
        const QString blocked = LockMatrix::blockedSummary(f.strongestLock());
        out += Cli::tr("   blocks: %1\n").arg(blocked.isEmpty() ? Cli::tr("nothing") : blocked);
        out += Cli::tr("   rewrite: %1, scan: %2, in transaction: %3\n")
                   .arg(f.rewritesTable ? Cli::tr("yes") : Cli::tr("no"),
                        f.scansTable ? Cli::tr("yes") : Cli::tr("no"),
                        f.transactionAllowed ? Cli::tr("allowed") : Cli::tr("not allowed"));
        out += Cli::tr("   estimate: %1 (%2)\n").arg(seconds(s.estimatedSeconds), s.estimateBasis);
        if (!s.blockerPids.isEmpty()) {
            QStringList pids;
            for (int pid : s.blockerPids)
                pids << QString::number(pid);
            out += Cli::tr("   would wait behind: pid %1\n").arg(pids.join(QStringLiteral(", ")));
        }
    }
    out += Cli::tr("\nLive now\n");
    if (live.blockers.isEmpty()) {
        out += Cli::tr(
            "  blockers: none (no session holds a lock that conflicts with the plan's locks)\n");
    } else {
        out += Cli::tr("  blockers:\n");
        for (const BlockingBackend &b : live.blockers)
            out += Cli::tr("    pid %1 %2 %3 on %4 (user %5, application \"%6\", %7, transaction "
                           "open %8): %9\n")
                       .arg(b.pid)
                       .arg(b.granted ? Cli::tr("holds") : Cli::tr("waits for"),
                            LockMatrix::name(b.heldMode), b.relation, b.user, b.application,
                            b.state, seconds(b.transactionAgeSeconds), oneLine(b.query, 80));
    }
    if (live.hasOldestSnapshot) {
        const SnapshotHolder &o = live.oldestSnapshot;
        out += Cli::tr("  oldest snapshot: pid %1 (user %2, %3), xmin age %4 transactions, "
                       "transaction open %5; "
                       "%6 backend(s) hold a snapshot (CREATE INDEX CONCURRENTLY waits for them)\n")
                   .arg(o.pid)
                   .arg(o.user, o.state)
                   .arg(o.xminAgeTransactions)
                   .arg(seconds(o.transactionAgeSeconds))
                   .arg(live.snapshotHolders);
    } else {
        out += Cli::tr("  oldest snapshot: none held\n");
    }
    const ReplicationStatus &r = live.replication;
    if (r.isStandby)
        out += Cli::tr("  replication: this server is a standby (replay delay %1): the plan cannot "
                       "run here\n")
                   .arg(lagText(r.standbyReplayDelaySeconds));
    else if (r.replicas.isEmpty())
        out += Cli::tr("  replication: primary with no connected standby\n");
    for (const ReplicaLag &lag : r.replicas)
        out += Cli::tr("  replica %1 (%2, %3, %4): write lag %5, flush lag %6, replay lag %7\n")
                   .arg(lag.applicationName, lag.clientAddress, lag.state, lag.syncState,
                        lagText(lag.writeLagSeconds), lagText(lag.flushLagSeconds),
                        lagText(lag.replayLagSeconds));
    out += Cli::tr("  backfill WAL: about %1 (%2)\n").arg(bytes(live.wal.bytes), live.wal.formula);
    if (!live.batch.sql.isEmpty() || !live.batch.note.isEmpty()) {
        out += Cli::tr("  one backfill batch: ");
        if (live.batch.totalCost >= 0)
            out += Cli::tr("%1, cost %2, %3 rows estimated")
                       .arg(live.batch.topNode)
                       .arg(live.batch.totalCost, 0, 'f', 2)
                       .arg(live.batch.rows, 0, 'f', 0);
        if (!live.batch.note.isEmpty())
            out += QStringLiteral(" (%1)").arg(live.batch.note);
        out += u'\n';
    }
    return out;
}

QJsonObject forecastJson(const StatementForecast &f)
{
    QJsonArray locks;
    for (const RelationLock &lock : f.locks)
        locks.append(QJsonObject{{QStringLiteral("relation"), lock.relation},
                                 {QStringLiteral("mode"), LockMatrix::key(lock.mode)}});
    return QJsonObject{{QStringLiteral("command"), f.command},
                       {QStringLiteral("lock"), LockMatrix::key(f.strongestLock())},
                       {QStringLiteral("locks"), locks},
                       {QStringLiteral("blocks"), LockMatrix::blockedSummary(f.strongestLock())},
                       {QStringLiteral("blocks_reads"), f.blocksReads()},
                       {QStringLiteral("blocks_writes"), f.blocksWrites()},
                       {QStringLiteral("rewrite"), f.rewritesTable},
                       {QStringLiteral("scan"), f.scansTable},
                       {QStringLiteral("transaction_allowed"), f.transactionAllowed},
                       {QStringLiteral("duration"), StatementForecast::durationName(f.duration)},
                       {QStringLiteral("note"), f.note}};
}

QJsonValue optionalNumber(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QString jsonOutput(const LiveImpact &live)
{
    QJsonArray statements;
    for (const StatementImpact &s : live.statements) {
        QJsonObject object = forecastJson(s.forecast);
        object.insert(QStringLiteral("number"), s.number);
        object.insert(QStringLiteral("phase"), s.phase);
        object.insert(QStringLiteral("sql"), s.sql);
        object.insert(QStringLiteral("purpose"), s.purpose);
        object.insert(QStringLiteral("estimated_seconds"), s.estimatedSeconds);
        object.insert(QStringLiteral("estimate_basis"), s.estimateBasis);
        QJsonArray pids;
        for (int pid : s.blockerPids)
            pids.append(pid);
        object.insert(QStringLiteral("blocked_by"), pids);
        statements.append(object);
    }
    QJsonArray blockers;
    for (const BlockingBackend &b : live.blockers) {
        QJsonArray numbers;
        for (int n : b.statements)
            numbers.append(n);
        blockers.append(QJsonObject{
            {QStringLiteral("pid"), b.pid},
            {QStringLiteral("relation"), b.relation},
            {QStringLiteral("mode"), LockMatrix::key(b.heldMode)},
            {QStringLiteral("granted"), b.granted},
            {QStringLiteral("user"), b.user},
            {QStringLiteral("application"), b.application},
            {QStringLiteral("state"), b.state},
            {QStringLiteral("transaction_age_seconds"), optionalNumber(b.transactionAgeSeconds)},
            {QStringLiteral("query"), b.query},
            {QStringLiteral("statements"), numbers}});
    }
    QJsonValue snapshot;
    if (live.hasOldestSnapshot) {
        const SnapshotHolder &o = live.oldestSnapshot;
        snapshot = QJsonObject{
            {QStringLiteral("pid"), o.pid},
            {QStringLiteral("user"), o.user},
            {QStringLiteral("application"), o.application},
            {QStringLiteral("state"), o.state},
            {QStringLiteral("xmin_age"), o.xminAgeTransactions},
            {QStringLiteral("transaction_age_seconds"), optionalNumber(o.transactionAgeSeconds)},
            {QStringLiteral("query"), o.query},
            {QStringLiteral("holders"), live.snapshotHolders}};
    }
    QJsonArray replicas;
    for (const ReplicaLag &lag : live.replication.replicas)
        replicas.append(QJsonObject{
            {QStringLiteral("application"), lag.applicationName},
            {QStringLiteral("client"), lag.clientAddress},
            {QStringLiteral("state"), lag.state},
            {QStringLiteral("sync_state"), lag.syncState},
            {QStringLiteral("write_lag_seconds"), optionalNumber(lag.writeLagSeconds)},
            {QStringLiteral("flush_lag_seconds"), optionalNumber(lag.flushLagSeconds)},
            {QStringLiteral("replay_lag_seconds"), optionalNumber(lag.replayLagSeconds)}});
    const QJsonObject replication{{QStringLiteral("standby"), live.replication.isStandby},
                                  {QStringLiteral("standby_replay_delay_seconds"),
                                   optionalNumber(live.replication.standbyReplayDelaySeconds)},
                                  {QStringLiteral("replicas"), replicas}};
    const QJsonObject wal{{QStringLiteral("bytes"), live.wal.bytes},
                          {QStringLiteral("rows"), live.wal.rows},
                          {QStringLiteral("row_bytes"), live.wal.rowBytes},
                          {QStringLiteral("heap_pages"), live.wal.heapPages},
                          {QStringLiteral("indexes"), live.wal.indexes},
                          {QStringLiteral("full_page_writes"), live.wal.fullPageWrites},
                          {QStringLiteral("formula"), live.wal.formula}};
    const QJsonObject batch{
        {QStringLiteral("sql"), live.batch.sql},
        {QStringLiteral("note"), live.batch.note},
        {QStringLiteral("node"), live.batch.topNode},
        {QStringLiteral("total_cost"), optionalNumber(live.batch.totalCost)},
        {QStringLiteral("rows"), optionalNumber(live.batch.rows)},
        {QStringLiteral("plan"), QJsonDocument::fromJson(live.batch.planJson.toUtf8()).array()}};
    const QJsonObject root{
        {QStringLiteral("table"), live.table},
        {QStringLiteral("database"), live.database},
        {QStringLiteral("server_version"), live.serverVersion},
        {QStringLiteral("taken_at"), live.takenAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("rows"), live.rows},
        {QStringLiteral("rows_basis"), live.rowsBasis},
        {QStringLiteral("heap_bytes"), live.heapBytes},
        {QStringLiteral("total_bytes"), live.totalBytes},
        {QStringLiteral("scan_bytes_per_second"), live.scanBytesPerSecond},
        {QStringLiteral("statements"), statements},
        {QStringLiteral("live"), QJsonObject{{QStringLiteral("blockers"), blockers},
                                             {QStringLiteral("oldest_snapshot"), snapshot},
                                             {QStringLiteral("replication"), replication},
                                             {QStringLiteral("wal"), wal},
                                             {QStringLiteral("batch"), batch}}}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace

int forecastCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    parser.addOption({QStringLiteral("db"),
                      Cli::tr("The PostgreSQL or MySQL/MariaDB database the plan would run on."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parseOrFail(parser, args);
    const QString planPath = requiredPositional(parser, QStringLiteral("PLAN"));
    const QString uri = requiredOption(parser, QStringLiteral("db"));

    Plan plan;
    try {
        plan = PlanFile::load(planPath);
    } catch (const PlanError &error) {
        throw Failure{ExitUsage, error.message()};
    }
    std::unique_ptr<Session> session = Session::create(ConnectionUri::parse(uri));
    if (session->dialect() == DialectKind::MySQL) {
        session->open();
        return mysqlForecast(plan, planPath, *session, parser.isSet(QStringLiteral("json")));
    }
    if (session->dialect() != DialectKind::PostgreSQL)
        throw Failure{ExitUsage,
                      Cli::tr("--db: forecast needs a PostgreSQL or MySQL/MariaDB database, not %1")
                          .arg(uri)};
    session->open();
    session->execute(
        QStringLiteral("SET lock_timeout = 1000")); // never queue behind the locks being forecast
    if (plan.dialect != DialectKind::PostgreSQL)
        throw Failure{ExitUsage,
                      Cli::tr("%1: the plan targets %2; forecast reads PostgreSQL servers only")
                          .arg(QFileInfo(planPath).fileName(), dialectName(plan.dialect))};
    const Catalog catalog = session->catalog(CatalogFilter{plan.schema, plan.table, true});
    CompileOptions options;
    options.dialect = DialectKind::PostgreSQL;
    options.catalog = &catalog;
    options.serverVersion = QString::number(session->serverVersionNumber() / 10000);
    Script script;
    try {
        ExpressionChecker(*session).prepareCompile(plan, options);
        script = Compiler::compile(plan, options);
    } catch (const CompileError &error) {
        throw Failure{ExitUsage,
                      Cli::tr("%1: %2").arg(QFileInfo(planPath).fileName(), error.message())};
    }

    const LiveImpact live = LiveImpactAnalyzer::analyze(*session, script);
    writeOut(parser.isSet(QStringLiteral("json")) ? jsonOutput(live) : textOutput(live));
    return live.hasGrantedBlockers() ? ExitFindings : ExitOk;
}

} // namespace cli
