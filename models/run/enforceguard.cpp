#include "enforceguard.h"

#include "backfillrunner.h"
#include "db/dberror.h"
#include "runconnection.h"
#include "runcontrol.h"

#include <QElapsedTimer>
#include <algorithm>

EnforceGuard::EnforceGuard(RunEnvironment &env) : m_env(env) {}

QList<EnforceGuard::Condition> EnforceGuard::conditions(const QList<Statement> &restricting) const
{
    const QString column = m_env.prepared->context.qColumn;
    const QString isNull = QStringLiteral("%1 IS NULL").arg(column);
    QList<Condition> list;
    for (const Statement &statement : restricting) {
        bool seen = false;
        for (const Condition &condition : list)
            seen = seen || condition.sql == statement.violation;
        if (seen)
            continue;
        const QString words =
            statement.violation == isNull
                ? EnforceGuard::tr("without a value for %1").arg(m_env.prepared->plan.column.name)
                : EnforceGuard::tr("violating \"%1\"").arg(statement.purpose);
        list << Condition{statement.violation, words};
    }
    return list;
}

QList<qint64> EnforceGuard::countViolations(const QList<Condition> &conditions)
{
    QStringList sums;
    for (const Condition &condition : conditions)
        sums << QStringLiteral("COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0)")
                    .arg(condition.sql);
    const QString sql = QStringLiteral("SELECT %1 FROM %2")
                            .arg(sums.join(QStringLiteral(", ")), m_env.prepared->context.qTable);
    for (;;) {
        try {
            const QueryResult result = m_env.connection->execute(sql);
            QList<qint64> counts;
            for (int i = 0; i < conditions.size(); ++i)
                counts << result.value(0, i).toLongLong();
            return counts;
        } catch (const DbError &error) {
            if (error.kind() != DbError::Kind::ConnectionLost)
                throw;
            m_env.connection->reconnect(QStringLiteral("enforce"), singleLine(error.message()),
                                        m_env.options.reconnectForMs);
        }
    }
}

void EnforceGuard::notify(const QString &phase, const QString &message, qint64 arriving,
                          bool warning)
{
    RunEvent event;
    event.kind = warning ? RunEvent::Warning : RunEvent::Info;
    event.phase = phase;
    event.message = message;
    event.rowsArriving = arriving;
    m_env.notify(event);
}

// "3 rows without a value for x and 2 rows violating ..." for the conditions that have rows.
QString EnforceGuard::describe(const QList<Condition> &conditions, const QList<qint64> &counts,
                               bool arrived)
{
    QStringList parts;
    for (int i = 0; i < conditions.size(); ++i)
        if (counts.at(i) > 0)
            parts << (arrived ? EnforceGuard::tr("%1 rows arrived %2")
                              : EnforceGuard::tr("%1 rows %2"))
                         .arg(counts.at(i))
                         .arg(conditions.at(i).words);
    return parts.join(EnforceGuard::tr(" and "));
}

QString EnforceGuard::findViolations(const QString &phase, const QList<Condition> &watched,
                                     bool fillsNulls, qint64 &arrived)
{
    // Rows written without a value since the backfill (by an earlier run, or while a failed
    // enforce was undone) get it now.
    if (fillsNulls) {
        const SweepResult swept = BackfillRunner(m_env).sweep();
        if (swept.filled > 0)
            notify(phase,
                   EnforceGuard::tr("filled %1 rows left without a value before enforcing")
                       .arg(swept.filled),
                   swept.keptArriving ? swept.lastPassRows : -1);
        if (swept.keptArriving) {
            arrived = swept.lastPassRows;
            return EnforceGuard::tr("%1 rows arrived %2 during each of 20 sweep passes")
                .arg(swept.lastPassRows)
                .arg(watched.first().words);
        }
    }
    QList<qint64> counts = countViolations(watched);
    if (const QString now = describe(watched, counts, false); !now.isEmpty()) {
        arrived = *std::max_element(counts.cbegin(), counts.cend());
        return EnforceGuard::tr("%1 exist now").arg(now);
    }
    const int watchMs = std::max(0, m_env.options.arrivalWatchMs);
    notify(phase,
           EnforceGuard::tr("no row violates what enforce adds; watching %1 s for rows arriving %2")
               .arg(watchMs / 1000.0, 0, 'f', 1)
               .arg(watched.first().words),
           0);
    const QDateTime watchStart = QDateTime::currentDateTimeUtc();
    QElapsedTimer watch;
    watch.start();
    while (watch.elapsed() < watchMs) {
        if (!m_env.control->sleep(int(std::min<qint64>(1000, watchMs - watch.elapsed()))))
            throw RunAborted(
                EnforceGuard::tr("stopped before %1 added anything; run again to resume")
                    .arg(phase));
        counts = countViolations(watched);
        if (const QString during = describe(watched, counts, true); !during.isEmpty()) {
            arrived = *std::max_element(counts.cbegin(), counts.cend());
            return EnforceGuard::tr("%1 in %2 s of watching (since %3 UTC)")
                .arg(during)
                .arg(watch.elapsed() / 1000.0, 0, 'f', 1)
                .arg(watchStart.toString(QStringLiteral("HH:mm:ss")));
        }
    }
    return {};
}

void EnforceGuard::prove(const QString &phase, const QList<Statement> &restricting)
{
    const QList<Condition> watched = conditions(restricting);
    if (watched.isEmpty() || m_env.options.dryRun)
        return;
    const QString isNull = QStringLiteral("%1 IS NULL").arg(m_env.prepared->context.qColumn);
    const bool canFill =
        !m_env.prepared->valueSql.isEmpty() && !m_env.prepared->script.backfill.table.isEmpty();
    const bool fillsNulls =
        canFill && std::any_of(watched.cbegin(), watched.cend(),
                               [&](const Condition &c) { return c.sql == isNull; });
    for (;;) {
        m_env.control->throwIfAborted(
            EnforceGuard::tr("stopped before %1 added anything; run again to resume").arg(phase));
        qint64 arrived = 0;
        const QString why = findViolations(phase, watched, fillsNulls, arrived);
        if (why.isEmpty()) {
            notify(phase, EnforceGuard::tr("none arrived while watching: enforcing"), 0);
            return;
        }
        notify(phase, EnforceGuard::tr("not enforcing yet: %1").arg(why), arrived, true);
        const QString advice =
            EnforceGuard::tr(
                "the application still writes rows that would be rejected: deploy the version "
                "that writes %1, give the column a default, or turn on the sync trigger")
                .arg(m_env.prepared->plan.column.name);
        RunGate gate;
        gate.kind = RunGate::WatchAgain;
        gate.phase = phase;
        gate.question = EnforceGuard::tr("%1: enforcing now would make the application's writes "
                                         "fail. Sweep and watch again?")
                            .arg(why);
        gate.details << advice;
        if (!m_env.gate || !m_env.gate(gate))
            throw RunAborted(
                EnforceGuard::tr("%1 stopped before adding anything: %2; %3, then run again")
                    .arg(phase, why, advice));
    }
}
