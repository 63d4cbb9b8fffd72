#include "mysqlforecastoutput.h"

#include "cliutil.h"
#include "db/dberror.h"
#include "db/mysqlsession.h"
#include "review/expressionchecker.h"
#include "review/mysqlforecaster.h"
#include "sql/compiler.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

QString oneLine(QString text, int limit = 110)
{
    text = text.simplified();
    return text.size() > limit ? text.left(limit - 3) + QStringLiteral("...") : text;
}

QString age(qint64 seconds)
{
    return seconds < 0 ? Cli::tr("no transaction") : Cli::tr("transaction open %1 s").arg(seconds);
}

QString textOutput(const MysqlForecast &f)
{
    QString out = Cli::tr("Forecast for %1 on %2, %3 UTC\n")
                      .arg(f.table, f.product, f.takenAt.toString(Qt::ISODate));
    out += Cli::tr("Table: engine %1, row format %2, FULLTEXT index: %3, instant row versions: %4, "
                   "about %5 rows, %6 bytes\n\n")
               .arg(f.engine, f.rowFormat, f.fulltextIndex ? Cli::tr("yes") : Cli::tr("no"),
                    f.totalRowVersions < 0 ? Cli::tr("not kept")
                                           : Cli::tr("%1 of 64").arg(f.totalRowVersions))
               .arg(qint64(f.rows))
               .arg(f.totalBytes);
    for (const MysqlStatementForecast &s : f.statements) {
        out += QStringLiteral("%1. [%2] %3\n").arg(s.number).arg(s.phase, oneLine(s.sql));
        if (!s.algorithm.isEmpty()) {
            out += Cli::tr("   algorithm: %1, LOCK=%2%3; writes %4; table %5\n")
                       .arg(s.algorithm, s.lock,
                            s.requested.isEmpty() ? Cli::tr(" (chosen by the server)")
                                                  : Cli::tr(" (requested %1)").arg(s.requested),
                            s.blocksWrites ? Cli::tr("BLOCKED while it runs") : Cli::tr("go on"),
                            s.rebuildsTable ? Cli::tr("rebuilt") : Cli::tr("not rebuilt"));
            if (!s.probe.isEmpty())
                out += Cli::tr("   server: %1\n").arg(s.probe);
            for (const QString &refusal : s.refusals)
                out += Cli::tr("   refused %1\n").arg(oneLine(refusal, 160));
        }
        out += Cli::tr("   why: %1\n").arg(s.reason);
    }
    out += Cli::tr("\nLive now\n");
    if (!f.metadataLocksVisible)
        out += Cli::tr("  metadata locks: %1\n").arg(f.metadataLocksNote);
    else if (f.lockHolders.isEmpty())
        out += Cli::tr("  metadata locks: none on %1 (an ALTER would not queue)\n").arg(f.table);
    for (const MysqlSessionLock &l : f.lockHolders)
        out += Cli::tr("  session %1 (%2@%3, %4, %5) %6 %7 on %8: every ALTER would wait for it, "
                       "and every later query on the table for the ALTER; %9\n")
                   .arg(l.id)
                   .arg(l.user, l.host, l.command, age(l.transactionSeconds),
                        l.lockStatus == u"GRANTED" ? Cli::tr("holds") : Cli::tr("waits for"),
                        l.lockType, f.table,
                        l.query.isEmpty() ? Cli::tr("idle") : oneLine(l.query, 80));
    if (f.openTransactions.isEmpty())
        out += Cli::tr("  open transactions: none\n");
    for (const MysqlSessionLock &t : f.openTransactions)
        out += Cli::tr("  open transaction: session %1 (%2@%3, %4), %5 s, state %6%7\n")
                   .arg(t.id)
                   .arg(t.user, t.host, t.command)
                   .arg(t.transactionSeconds)
                   .arg(t.transactionState,
                        t.holdsTableLock ? Cli::tr(", holds the table") : QString());
    if (f.isReplica)
        out += Cli::tr("  replication: this server is a replica, %1 behind its primary: run the "
                       "plan on the primary\n")
                   .arg(f.secondsBehindPrimary < 0 ? Cli::tr("unknown")
                                                   : Cli::tr("%1 s").arg(f.secondsBehindPrimary));
    for (const QString &replica : f.replicas)
        out += Cli::tr("  replica: %1\n").arg(replica);
    out += Cli::tr("  replication: %1\n").arg(f.replicationNote);
    for (const QString &note : f.notes)
        out += Cli::tr("  note: %1\n").arg(note);
    return out;
}

QJsonObject lockJson(const MysqlSessionLock &l)
{
    return QJsonObject{
        {QStringLiteral("id"), l.id},
        {QStringLiteral("user"), l.user},
        {QStringLiteral("host"), l.host},
        {QStringLiteral("command"), l.command},
        {QStringLiteral("lock_type"), l.lockType.isEmpty() ? QJsonValue() : QJsonValue(l.lockType)},
        {QStringLiteral("lock_status"),
         l.lockStatus.isEmpty() ? QJsonValue() : QJsonValue(l.lockStatus)},
        {QStringLiteral("transaction_seconds"),
         l.transactionSeconds < 0 ? QJsonValue() : QJsonValue(l.transactionSeconds)},
        {QStringLiteral("transaction_state"), l.transactionState},
        {QStringLiteral("holds_table"), l.holdsTableLock},
        {QStringLiteral("query"), l.query}};
}

QString jsonOutput(const MysqlForecast &f)
{
    QJsonArray statements;
    for (const MysqlStatementForecast &s : f.statements)
        statements.append(QJsonObject{
            {QStringLiteral("number"), s.number},
            {QStringLiteral("phase"), s.phase},
            {QStringLiteral("sql"), s.sql},
            {QStringLiteral("purpose"), s.purpose},
            {QStringLiteral("requested_algorithm"),
             s.requested.isEmpty() ? QJsonValue() : QJsonValue(s.requested)},
            {QStringLiteral("algorithm"),
             s.algorithm.isEmpty() ? QJsonValue() : QJsonValue(s.algorithm)},
            {QStringLiteral("lock"), s.lock.isEmpty() ? QJsonValue() : QJsonValue(s.lock)},
            {QStringLiteral("blocks_writes"), s.blocksWrites},
            {QStringLiteral("rebuilds_table"), s.rebuildsTable},
            {QStringLiteral("refused_as_written"), s.refused},
            {QStringLiteral("refusals"), QJsonArray::fromStringList(s.refusals)},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("probe"), s.probe}});
    QJsonArray holders, transactions, replicas = QJsonArray::fromStringList(f.replicas);
    for (const MysqlSessionLock &l : f.lockHolders)
        holders.append(lockJson(l));
    for (const MysqlSessionLock &t : f.openTransactions)
        transactions.append(lockJson(t));
    const QJsonObject root{
        {QStringLiteral("table"), f.table},
        {QStringLiteral("server"), f.product},
        {QStringLiteral("taken_at"), f.takenAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("engine"), f.engine},
        {QStringLiteral("row_format"), f.rowFormat},
        {QStringLiteral("fulltext_index"), f.fulltextIndex},
        {QStringLiteral("total_row_versions"),
         f.totalRowVersions < 0 ? QJsonValue() : QJsonValue(f.totalRowVersions)},
        {QStringLiteral("rows"), f.rows},
        {QStringLiteral("total_bytes"), f.totalBytes},
        {QStringLiteral("statements"), statements},
        {QStringLiteral("live"),
         QJsonObject{{QStringLiteral("metadata_locks_visible"), f.metadataLocksVisible},
                     {QStringLiteral("metadata_locks_note"), f.metadataLocksNote},
                     {QStringLiteral("lock_holders"), holders},
                     {QStringLiteral("open_transactions"), transactions},
                     {QStringLiteral("replication"),
                      QJsonObject{{QStringLiteral("replica"), f.isReplica},
                                  {QStringLiteral("seconds_behind_primary"),
                                   f.secondsBehindPrimary < 0 ? QJsonValue()
                                                              : QJsonValue(f.secondsBehindPrimary)},
                                  {QStringLiteral("replicas"), replicas},
                                  {QStringLiteral("note"), f.replicationNote}}}}},
        {QStringLiteral("notes"), QJsonArray::fromStringList(f.notes)}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace

int mysqlForecast(const Plan &plan, const QString &planPath, Session &session, bool json)
{
    if (plan.dialect != DialectKind::MySQL)
        throw Failure{ExitUsage,
                      Cli::tr("%1: the plan targets %2 but the database is MySQL/MariaDB: write "
                              "the plan for \"mysql\" or \"mariadb\"")
                          .arg(QFileInfo(planPath).fileName(), dialectName(plan.dialect))};
    auto &mysql = dynamic_cast<MysqlSession &>(session);
    // The whole database: a foreign key's target table is checked against it too.
    const Catalog catalog = session.catalog(CatalogFilter{plan.schema, {}, false});
    CompileOptions options;
    options.dialect = DialectKind::MySQL;
    options.catalog = &catalog;
    Script script;
    try {
        ExpressionChecker(session).prepareCompile(plan, options);
        script = Compiler::compile(plan, options);
    } catch (const CompileError &error) {
        throw Failure{ExitUsage,
                      Cli::tr("%1: %2").arg(QFileInfo(planPath).fileName(), error.message())};
    }
    const TableInfo *table =
        catalog.findTable(plan.schema.isEmpty() ? plan.table : plan.schema + u'.' + plan.table);
    if (!table)
        throw Failure{ExitUsage, Cli::tr("%1: no table \"%2\" in %3")
                                     .arg(QFileInfo(planPath).fileName(), plan.table,
                                          session.uri().display())};
    const MysqlForecast forecast = MysqlForecaster::forecast(mysql, script, *table);
    writeOut(json ? jsonOutput(forecast) : textOutput(forecast));
    bool refused = false;
    for (const MysqlStatementForecast &s : forecast.statements)
        refused = refused || s.refused;
    return forecast.hasGrantedBlockers() || refused ? ExitFindings : ExitOk;
}

} // namespace cli
