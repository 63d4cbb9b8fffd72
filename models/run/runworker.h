#pragma once
// Runs a Runner on its own QThread for the GUI: events, gate questions and the outcome arrive as
// queued signals; the GUI answers gates and pauses/resumes/aborts through control(), which is
// thread-safe (answers are queued signals only, never a blocking connection).

#include "db/connectionuri.h"
#include "plan/plan.h"
#include "runcheckresult.h"
#include "runcontrol.h"
#include "runevent.h"
#include "rungate.h"
#include "runoptions.h"
#include "runoutcome.h"
#include "runpreview.h"

#include <QObject>

class RunWorker : public QObject
{
    Q_OBJECT
public:
    // journalPath empty: RunJournal::defaultPath(). autoYes: no gate questions.
    RunWorker(const Plan &plan, const ConnectionUri &uri, const RunOptions &options,
              const QString &journalPath, bool autoYes, QObject *parent = nullptr);

    // Thread-safe: pause(), resume(), abort(), setTargetBatchMs(), answerGate(), ...
    RunControl &control() { return m_control; }

public Q_SLOTS:
    // Call through a queued connection (or QMetaObject::invokeMethod) once moved to its thread.
    void start();

Q_SIGNALS:
    void event(const RunEvent &event);
    // Answer with control().answerGate(bool) from any thread.
    void gateRequested(const RunGate &gate);
    // The plan as the runner prepared it, before its first gate.
    void prepared(const RunPreview &preview);
    void finished(const RunOutcome &outcome, const QList<RunCheckResult> &checks);

private:
    Plan m_plan;
    ConnectionUri m_uri;
    RunOptions m_options;
    QString m_journalPath;
    bool m_autoYes;
    RunControl m_control;
};
