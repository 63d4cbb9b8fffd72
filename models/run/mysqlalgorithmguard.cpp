#include "mysqlalgorithmguard.h"

#include "db/dberror.h"
#include "db/mysqlsession.h"
#include "review/mysqlforecaster.h"
#include "runcontrol.h"
#include "runner.h"

namespace {

Statement *findStatement(Script &script, const QString &phase, const QString &sql)
{
    for (Phase &candidate : script.phases)
        if (candidate.name == phase)
            for (Statement &statement : candidate.statements)
                if (statement.sql == sql)
                    return &statement;
    return nullptr;
}

QString size(qint64 bytes)
{
    return bytes < 0 ? MysqlAlgorithmGuard::tr("size unknown")
                     : MysqlAlgorithmGuard::tr("%1 MB").arg((bytes + (1 << 19)) >> 20);
}

} // namespace

MysqlAlgorithmGuard::MysqlAlgorithmGuard(RunEnvironment &env, MysqlSession &session)
    : m_env(env), m_session(session)
{
}

void MysqlAlgorithmGuard::check(Script &script, const QStringList &phases)
{
    const PreparedRun &prepared = *m_env.prepared;
    if (!prepared.context.table)
        return;
    const TableInfo &table = *prepared.context.table;
    // Only what this run will execute: the phases to run, without statements already done.
    Script probed = script;
    probed.phases.clear();
    for (const Phase &phase : script.phases) {
        if (!phases.contains(phase.name) || phase.handEdited)
            continue;
        Phase copy = phase;
        copy.statements.clear();
        for (const Statement &statement : phase.statements) {
            if (!statement.skipIf.isEmpty()) {
                const QString done = m_session.execute(statement.skipIf).value(0, 0).toString();
                if (!done.isEmpty() && done != u"0")
                    continue;
            }
            copy.statements << statement;
        }
        probed.phases << copy;
    }
    const MysqlForecast forecast = MysqlForecaster::forecast(m_session, probed, table);

    auto notify = [&](RunEvent::Kind kind, const QString &phase, const QString &message) {
        RunEvent event;
        event.kind = kind;
        event.phase = phase;
        event.message = message;
        m_env.notify(event);
    };
    const bool innodb = table.engine.isEmpty() ||
                        table.engine.compare(QStringLiteral("InnoDB"), Qt::CaseInsensitive) == 0;
    if (!innodb)
        notify(RunEvent::Warning, {},
               MysqlAlgorithmGuard::tr(
                   "%1 uses the %2 engine: no transactions (a batch cut short is not rolled back; "
                   "the IS NULL guard makes redoing it safe), "
                   "each batch locks the whole table while it runs, and every ALTER copies the "
                   "table; convert it to InnoDB for an online change")
                   .arg(forecast.table, table.engine));

    QStringList blocking;
    struct Rewrite
    {
        Statement *statement;
        QString sql;
        QString clause;
    };
    QList<Rewrite> rewrites;
    for (const MysqlStatementForecast &f : forecast.statements) {
        if (f.algorithm.isEmpty() && !f.refused)
            continue; // not an ALTER of the table
        Statement *statement = findStatement(script, f.phase, f.sql);
        if (f.refused && f.algorithm.isEmpty())
            throw RunAborted(
                MysqlAlgorithmGuard::tr(
                    "%1 refuses %2 statement %3 (%4) with every algorithm: %5; nothing was changed")
                    .arg(forecast.product, f.phase)
                    .arg(f.number)
                    .arg(f.purpose, f.refusals.join(QStringLiteral("; "))));
        QString sql = f.sql;
        if (f.refused)
            sql = MysqlForecaster::withAlgorithm(f.sql, f.algorithm, f.lock);
        if (f.blocksWrites)
            blocking << QStringLiteral("%1: %2 — ALGORITHM=%3, LOCK=%4: %5")
                            .arg(f.phase, f.purpose, f.algorithm, f.lock, f.reason);
        if (f.refused && statement)
            rewrites << Rewrite{statement, sql,
                                QStringLiteral("ALGORITHM=%1, LOCK=%2").arg(f.algorithm, f.lock)};
    }

    if (!blocking.isEmpty()) {
        const QString what =
            MysqlAlgorithmGuard::tr(
                "%1 statement(s) would block writes to %2 (%3, about %4 rows) until they end")
                .arg(blocking.size())
                .arg(forecast.table, size(forecast.totalBytes))
                .arg(qint64(std::max(0.0, forecast.rows)));
        if (m_env.options.dryRun) {
            for (const QString &line : blocking)
                notify(RunEvent::DryRun, {},
                       MysqlAlgorithmGuard::tr("would need --accept-blocking-copy: %1").arg(line));
        } else {
            bool accepted = m_env.options.acceptBlockingCopy;
            QString how = QStringLiteral("--accept-blocking-copy");
            if (!accepted && m_env.gate) {
                RunGate gate;
                gate.kind = RunGate::AcceptBlockingCopy;
                gate.question = MysqlAlgorithmGuard::tr("%1: accept the blocking copy?").arg(what);
                gate.details = blocking;
                m_env.control->resetGate();
                accepted = m_env.gate(gate);
                how = MysqlAlgorithmGuard::tr("a yes at the gate");
            }
            if (!accepted)
                throw RunAborted(
                    MysqlAlgorithmGuard::tr(
                        "refusing to run: %1 (%2); accept it with --accept-blocking-copy "
                        "(journaled), run it in a quiet window, "
                        "or change the plan; nothing was changed")
                        .arg(what, blocking.first()));
            notify(RunEvent::Warning, {},
                   MysqlAlgorithmGuard::tr("blocking copy accepted by %1 through %2: %3")
                       .arg(Runner::osUser(), how, blocking.join(QStringLiteral("; "))));
        }
    }
    for (const Rewrite &rewrite : rewrites) {
        notify(RunEvent::Warning, {},
               MysqlAlgorithmGuard::tr("%1 refuses \"%2\" as written; it runs with %3 instead")
                   .arg(forecast.product, rewrite.statement->purpose, rewrite.clause));
        if (!m_env.options.dryRun)
            rewrite.statement->sql = rewrite.sql;
    }
}
