#include "statementforecast.h"

LockMode StatementForecast::strongestLock() const
{
    LockMode strongest = LockMode::None;
    for (const RelationLock &lock : locks)
        strongest = std::max(strongest, lock.mode);
    return strongest;
}

LockMode StatementForecast::lockOn(const QString &relation) const
{
    for (const RelationLock &lock : locks)
        if (lock.relation == relation)
            return lock.mode;
    return LockMode::None;
}

void StatementForecast::addLock(const QString &relation, LockMode mode)
{
    if (relation.isEmpty() || mode == LockMode::None)
        return;
    for (RelationLock &lock : locks) {
        if (lock.relation == relation) {
            lock.mode = std::max(lock.mode, mode);
            return;
        }
    }
    locks.append({relation, mode});
}

QString StatementForecast::durationName(DurationClass duration)
{
    switch (duration) {
    case DurationClass::Instant:
        return QStringLiteral("instant");
    case DurationClass::RowsTouched:
        return QStringLiteral("rows");
    case DurationClass::TableSize:
        return QStringLiteral("table");
    }
    return QStringLiteral("instant");
}
