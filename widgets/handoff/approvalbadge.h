#pragma once
// The plan's approval status in the status bar, always in view while a plan is open: approved
// (by whom, when), stale (the script changed since it was approved) or not approved.

#include "review/planapprovals.h"

#include <QLabel>

class ApprovalBadge : public QLabel
{
    Q_OBJECT
public:
    enum class State
    {
        Hidden,
        Unapproved,
        Approved,
        Stale,
        Damaged
    };
    explicit ApprovalBadge(QWidget *parent = nullptr);

    // Recomputes from the plan as the window holds it (the hash of its offline-compiled script).
    // A plan that does not compile yet hides the badge.
    void showPlan(const Plan &plan);
    State state() const { return m_state; }

private:
    void setBadge(State state, const QString &text, const QString &tooltip);

    State m_state = State::Hidden;
};
