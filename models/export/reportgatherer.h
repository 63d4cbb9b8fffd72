#pragma once
// Gathers what the review report shows: the approval status, the script compiled offline or,
// given a database, against its live catalog (expressions checked by the server) with the live
// blockers of that moment. Shared by `column-planner report` and the window's Review report…,
// which calls it on a worker thread because it talks to the server.

#include "db/connectionuri.h"
#include "reviewreport.h"

#include <optional>

class ReportGatherer
{
public:
    // Throws PlanError (damaged approvals), CompileError (the plan does not compile) and DbError
    // (connection or catalog).
    // `compiled`: the script the caller already has for this plan (the window's designer
    // compiled it against the open connection's catalog); the plan is then not compiled again.
    static ReportInput gather(const Plan &plan, const QString &planPath,
                              const std::optional<ConnectionUri> &db,
                              const std::optional<Script> &compiled = std::nullopt);
};
