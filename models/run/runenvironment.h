#pragma once
// What the parts of a run share while it lasts: the connection, the live control, the journal
// and the run's id, the options, the prepared script, and the callbacks to the front end.

#include "preparedrun.h"
#include "runevent.h"
#include "rungate.h"
#include "runoptions.h"

#include <functional>

class RunConnection;
class RunControl;
class RunJournal;

struct RunEnvironment
{
    RunConnection *connection = nullptr;
    RunControl *control = nullptr;
    RunJournal *journal = nullptr; // null: nothing recorded (dry runs without a journal, tests)
    qint64 runId = 0;
    RunOptions options;
    const PreparedRun *prepared = nullptr;
    std::function<void(const RunEvent &)> notify; // also journals the notable kinds
    std::function<bool(const RunGate &)> gate;    // the front end's answer
};
