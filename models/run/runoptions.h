#pragma once
// How the front end wants a run done: which phase, dry run, retry limits, what it allows.

#include "sql/script.h"

#include <QString>
#include <optional>

struct RunOptions
{
    QString planPath;    // recorded in the journal
    QString phase;       // empty: every phase not yet done
    bool dryRun = false; // show every step, change nothing
    int maxAttempts = 0; // per DDL statement or batch on lock timeouts and deadlocks; 0: no count,
                         // maxWaitMs decides
    int maxWaitMs = 10 * 60 * 1000; // total time one DDL statement or batch may keep retrying
    bool retryInvalidIndex = false; // drop an INVALID index and build it again without asking
    bool acceptBlockingCopy =
        false; // MySQL: run ALTERs that copy the table or block writes (journaled)
    int reconnectForMs = 120 * 1000; // how long a lost connection is retried
    int arrivalWatchMs = 3000;       // before enforce: how long no violating row may arrive
    int initialBatchRows = 1000;     // the sizer's first batch (capped by max_batch_rows)
    int sampleEveryBatches = 10;     // compare stored values with the expression every N batches
    // A production connection profile: the run refuses an unapproved or stale plan there unless
    // productionConfirmation, typed by the user, equals the profile's name (journaled).
    QString productionProfile; // empty: not production
    QString productionConfirmation;
    // The script the user reviewed (the window's SQL tab), compiled earlier against the catalog
    // it had then: a phase this run would execute differently is named in the log and at its gate.
    std::optional<Script> reviewedScript;
};
