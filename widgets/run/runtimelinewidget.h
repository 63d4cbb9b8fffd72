#pragma once
// The run console's phase timeline: every phase of the compiled script and its statements, each
// with its state (pending, waiting for the gate, running, retrying, done, failed, skipped),
// advanced by the runner's events.

#include "run/runevent.h"
#include "sql/script.h"

#include <QTreeWidget>
#include <optional>

class RunTimelineWidget : public QTreeWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Pending,
        Waiting,
        Running,
        Retrying,
        Done,
        Failed,
        Skipped,
        Stopped,
        Shown
    };

    explicit RunTimelineWidget(QWidget *parent = nullptr);

    void setScript(const Script &script);
    void apply(const RunEvent &event);
    void setWaiting(const QString &phase);
    // The run ended: what was running failed (or stopped); waiting phases go back to pending.
    void finish(bool failed, const QString &message);

    State phaseState(const QString &phase) const;
    State statementState(const QString &phase, int statement) const;
    static QString stateText(State state);
    // The phase as the runner executes it: the generated backfill phase is walked by the runner
    // itself in keyset batches (its batch UPDATE shown), not by the script's DO block.
    static Phase executedPhase(const Script &script, const Phase &phase);

private:
    QTreeWidgetItem *phaseItem(const QString &phase) const;
    QTreeWidgetItem *statementItem(const QString &phase, int statement) const;
    void setState(QTreeWidgetItem *item, State state, const QString &detail = {});
    void startNextStatement(QTreeWidgetItem *phase);

    QString m_current; // the phase running now
};
