#pragma once
// How the front end wants a run done: which phase, dry run, retry limits, what it allows.

#include <QString>

struct RunOptions
{
    QString planPath;                // recorded in the journal
    QString phase;                   // empty: every phase not yet done
    bool dryRun = false;             // show every step, change nothing
    int maxAttempts = 20;            // per DDL statement, for lock timeouts and deadlocks
    int maxWaitMs = 10 * 60 * 1000;  // total time one DDL statement may keep retrying
    bool retryInvalidIndex = false;  // drop an INVALID index and build it again without asking
    bool acceptBlockingCopy = false; // MySQL: run ALTERs that copy the table or block writes (journaled)
    int reconnectForMs = 120 * 1000; // how long a lost connection is retried
    int initialBatchRows = 1000;     // the sizer's first batch (capped by max_batch_rows)
    int sampleEveryBatches = 10;     // compare stored values with the expression every N batches
    // A production connection profile: the run refuses an unapproved or stale plan there unless
    // productionConfirmation, typed by the user, equals the profile's name (journaled).
    QString productionProfile;       // empty: not production
    QString productionConfirmation;
};
