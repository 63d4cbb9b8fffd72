#include "runevent.h"

#include <QJsonArray>

QString RunEvent::kindName(Kind kind)
{
    switch (kind) {
    case RunStarted:
        return QStringLiteral("run_started");
    case PhaseStarted:
        return QStringLiteral("phase_started");
    case PhaseSkipped:
        return QStringLiteral("phase_skipped");
    case PhaseDone:
        return QStringLiteral("phase_done");
    case StatementDone:
        return QStringLiteral("statement_done");
    case StatementSkipped:
        return QStringLiteral("statement_skipped");
    case DryRun:
        return QStringLiteral("dry_run");
    case Attempt:
        return QStringLiteral("attempt");
    case Reconnect:
        return QStringLiteral("reconnect");
    case Progress:
        return QStringLiteral("progress");
    case Throttle:
        return QStringLiteral("throttle");
    case CheckDone:
        return QStringLiteral("check");
    case Warning:
        return QStringLiteral("warning");
    case Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

QJsonObject RunEvent::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("event"), kindName(kind));
    json.insert(QStringLiteral("at"), at.toString(Qt::ISODateWithMs));
    if (!phase.isEmpty())
        json.insert(QStringLiteral("phase"), phase);
    if (statement >= 0)
        json.insert(QStringLiteral("statement"), statement);
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (attempt > 0) {
        json.insert(QStringLiteral("attempt"), attempt);
        json.insert(QStringLiteral("max_attempts"), maxAttempts);
    }
    if (kind == Progress) {
        json.insert(QStringLiteral("rows_done"), rowsDone);
        json.insert(QStringLiteral("rows_total"), rowsTotal);
        json.insert(QStringLiteral("rows_updated"), rowsUpdated);
        json.insert(QStringLiteral("rows_per_second"), qRound64(rowsPerSecond));
        json.insert(QStringLiteral("eta_seconds"),
                    etaSeconds < 0 ? QJsonValue() : QJsonValue(qRound64(etaSeconds)));
        json.insert(QStringLiteral("batch_ms"), qRound64(batchMs));
        json.insert(QStringLiteral("batch_rows"), batchRows);
        json.insert(QStringLiteral("next_batch_rows"), nextBatchRows);
        json.insert(QStringLiteral("target_batch_ms"), targetBatchMs);
        json.insert(QStringLiteral("lag_ms"),
                    lagMs < 0 ? QJsonValue() : QJsonValue(qRound64(lagMs)));
        json.insert(QStringLiteral("last_key"), QJsonArray::fromStringList(lastKey));
    }
    if (rowsArriving >= 0)
        json.insert(QStringLiteral("rows_arriving"), rowsArriving);
    if (kind == Throttle && lagMs >= 0)
        json.insert(QStringLiteral("lag_ms"), qRound64(lagMs));
    if (kind == CheckDone) {
        json.insert(QStringLiteral("passed"), passed);
        json.insert(QStringLiteral("expected"), expected);
        json.insert(QStringLiteral("actual"), actual);
    }
    return json;
}
