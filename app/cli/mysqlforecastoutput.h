#pragma once
// forecast on a MySQL/MariaDB database: the part of `forecast` after the plan is loaded.

#include "plan/plan.h"

#include <QString>

class Session;

namespace cli {

// Compiles the plan against the server, asks the server for each ALTER's algorithm and reads
// the locks and replication; prints text or JSON. Returns the exit code (1: a session holds a
// metadata lock on the table now, or the server refuses a statement as written).
int mysqlForecast(const Plan &plan, const QString &planPath, Session &session, bool json);

} // namespace cli
