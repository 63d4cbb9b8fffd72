#include "approvalbadge.h"

#include "plan/planfile.h"
#include "sql/compiler.h"

#include <QLocale>

namespace {
QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

ApprovalBadge::ApprovalBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("approvalBadge"));
    setAccessibleName(tr("Approval status"));
    setTextFormat(Qt::PlainText);
    QLabel::hide();
}

void ApprovalBadge::showPlan(const Plan &plan)
{
    if (plan.table.isEmpty() || plan.column.name.isEmpty() || plan.column.type.isEmpty()) {
        m_state = State::Hidden;
        QLabel::hide();
        return;
    }
    ApprovalStatus status;
    try {
        status = PlanApprovals::status(plan);
    } catch (const CompileError &) {
        m_state = State::Hidden;
        QLabel::hide();
        return;
    } catch (const PlanError &error) {
        setBadge(State::Damaged, tr("Approvals damaged"), error.message());
        return;
    }
    const QString script = tr("Script SHA-256 %1").arg(status.scriptSha256);
    switch (status.state) {
    case ApprovalStatus::Approved: {
        const Approval &last = status.current.last();
        QStringList tip{script};
        for (const Approval &approval : status.current)
            tip << tr("Approved by %1 at %2%3")
                       .arg(approval.by, when(approval.at),
                            approval.note.isEmpty() ? QString()
                                                    : QStringLiteral(": ") + approval.note);
        setBadge(State::Approved, tr("Approved by %1 at %2").arg(last.by, when(last.at)),
                 tip.join(u'\n'));
        return;
    }
    case ApprovalStatus::Stale:
        setBadge(
            State::Stale,
            tr("Stale: the script changed since %1 approved it").arg(status.stale.last().by),
            tr("%1\nApprove it again after reviewing the changes (Plan › Approve…).").arg(script));
        return;
    case ApprovalStatus::Unapproved:
        break;
    }
    setBadge(State::Unapproved, tr("Not approved"), script);
}

void ApprovalBadge::setBadge(State state, const QString &text, const QString &tooltip)
{
    m_state = state;
    // Fixed colours rather than the palette's: a status must read the same in every theme.
    static const char *const styles[] = {
        "", "background: #e0e0e0; color: #212121;", "background: #2e7d32; color: white;",
        "background: #ef6c00; color: white;", "background: #c62828; color: white;"};
    setStyleSheet(QStringLiteral("QLabel { %1 padding: 1px 8px; border-radius: 3px; }")
                      .arg(QLatin1String(styles[int(state)])));
    setText(text);
    setToolTip(tooltip);
    setAccessibleDescription(text);
    QLabel::show();
}
