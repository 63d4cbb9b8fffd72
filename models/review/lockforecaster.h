#pragma once
// Forecasts what one parsed statement does to the relations it names: the lock mode per
// relation (PostgreSQL 15 documentation: "Explicit Locking" and the lock level of every
// ALTER TABLE form), rewrite, scan, transaction-block rule and duration class.

#include "parse/parsetree.h"
#include "statementforecast.h"

#include <QCoreApplication>

class ReviewContext;

class LockForecaster
{
    Q_DECLARE_TR_FUNCTIONS(LockForecaster)

public:
    // The context tells the server version and what earlier statements of the script did
    // (validated NOT NULL checks make SET NOT NULL instant).
    static StatementForecast forecast(const parsetree::Node *statement,
                                      const ReviewContext &context);
    // The lock one ALTER TABLE subcommand needs on its table (AlterTableGetLockLevel).
    static LockMode alterTableCommandLock(const PgQuery__AlterTableCmd *cmd);
};
