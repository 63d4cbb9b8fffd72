#pragma once
// Forecasts what one parsed statement does to the relations it names: the lock mode per
// relation (PostgreSQL 15 documentation: "Explicit Locking" and the lock level of every
// ALTER TABLE form), rewrite, scan, transaction-block rule and duration class.

#include "statementforecast.h"

#include <QJsonObject>

class ReviewContext;

class LockForecaster
{
public:
    // node: {"AlterTableStmt": {...}}. The context tells the server version and what earlier
    // statements of the script did (validated NOT NULL checks make SET NOT NULL instant).
    static StatementForecast forecast(const QJsonObject &node, const ReviewContext &context);
    // The lock one ALTER TABLE subcommand needs on its table (AlterTableGetLockLevel).
    static LockMode alterTableCommandLock(const QJsonObject &alterTableCmd);
};
