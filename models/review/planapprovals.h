#pragma once
// Approvals recorded in a plan ("approvals": [{by, at, script_sha256, note}]), each bound to the
// SHA-256 of the compiled script: the bytes `column-planner generate PLAN` prints, compiled
// offline for the plan's own target. Any change to the design, a phase override, the backfill
// settings or the checks changes those bytes, and every earlier approval goes stale.

#include "plan/plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

struct Approval
{
    QString by;
    QDateTime at;         // UTC
    QString scriptSha256; // 64 lower-case hex digits
    QString note;
};

struct ApprovalStatus
{
    enum State
    {
        Unapproved,
        Approved,
        Stale
    };
    State state = Unapproved;
    QString scriptSha256;    // of the plan as it is now
    QList<Approval> current; // approvals of exactly this script
    QList<Approval> stale;   // approvals of an earlier script
    QString summary() const; // one line in words
};

class PlanApprovals
{
    Q_DECLARE_TR_FUNCTIONS(PlanApprovals)

public:
    // The SHA-256 of the plan's compiled script; throws CompileError when it does not compile.
    static QString scriptSha256(const Plan &plan);
    // The approvals of the plan. Throws PlanError naming the entry when one is malformed or its
    // hash is not a SHA-256 (a damaged or tampered approval).
    static QList<Approval> read(const Plan &plan);
    // Throws CompileError / PlanError as above.
    static ApprovalStatus status(const Plan &plan);
    // The plan with one more approval of its current script (kept in plan.source, so it is saved).
    static Plan approve(const Plan &plan, const QString &by, const QString &note,
                        const QDateTime &at = QDateTime::currentDateTimeUtc());
};
