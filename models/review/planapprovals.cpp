#include "planapprovals.h"

#include "plan/planfile.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QJsonArray>
#include <QRegularExpression>

QString ApprovalStatus::summary() const
{
    switch (state) {
    case Approved: {
        QStringList names;
        for (const Approval &approval : current)
            names << approval.by;
        return PlanApprovals::tr("approved by %1 (script %2)")
            .arg(names.join(QStringLiteral(", ")), scriptSha256.left(12));
    }
    case Stale:
        return PlanApprovals::tr(
                   "approval is stale: the plan changed after %1 approved it (script now %2)")
            .arg(stale.last().by, scriptSha256.left(12));
    case Unapproved:
        break;
    }
    return PlanApprovals::tr("not approved (script %1)").arg(scriptSha256.left(12));
}

QString PlanApprovals::scriptSha256(const Plan &plan)
{
    return ScriptRenderer::sha256(Compiler::compile(plan));
}

QList<Approval> PlanApprovals::read(const Plan &plan)
{
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonValue value = plan.source.value(QStringLiteral("approvals"));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        throw PlanError(
            {PlanApprovals::tr("$.approvals: must be a list of {by, at, script_sha256, note}")});
    QList<Approval> out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        Approval approval;
        approval.by = entry.value(QStringLiteral("by")).toString().trimmed();
        approval.at =
            QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODate);
        approval.scriptSha256 = entry.value(QStringLiteral("script_sha256")).toString();
        approval.note = entry.value(QStringLiteral("note")).toString();
        const QString where = QStringLiteral("$.approvals[%1]").arg(i);
        if (!array.at(i).isObject() || approval.by.isEmpty())
            throw PlanError(
                {PlanApprovals::tr("%1: an approval needs \"by\" (who approved)").arg(where)});
        if (!approval.at.isValid())
            throw PlanError({PlanApprovals::tr("%1.at: not an ISO 8601 time").arg(where)});
        if (!sha.match(approval.scriptSha256).hasMatch())
            throw PlanError(
                {PlanApprovals::tr("%1.script_sha256: \"%2\" is not a SHA-256 (64 lower-case hex "
                                   "digits): the approval is damaged or was tampered with")
                     .arg(where, approval.scriptSha256.left(80))});
        out << approval;
    }
    return out;
}

ApprovalStatus PlanApprovals::status(const Plan &plan)
{
    ApprovalStatus status;
    const QList<Approval> approvals = read(plan);
    status.scriptSha256 = scriptSha256(plan);
    for (const Approval &approval : approvals)
        (approval.scriptSha256 == status.scriptSha256 ? status.current : status.stale) << approval;
    status.state = !status.current.isEmpty() ? ApprovalStatus::Approved
                   : !status.stale.isEmpty() ? ApprovalStatus::Stale
                                             : ApprovalStatus::Unapproved;
    return status;
}

Plan PlanApprovals::approve(const Plan &plan, const QString &by, const QString &note,
                            const QDateTime &at)
{
    read(plan); // refuse to add to a damaged list
    Plan approved = plan;
    QJsonArray array = plan.source.value(QStringLiteral("approvals")).toArray();
    QJsonObject entry;
    entry.insert(QStringLiteral("by"), by.trimmed());
    entry.insert(QStringLiteral("at"), at.toUTC().toString(Qt::ISODate));
    entry.insert(QStringLiteral("script_sha256"), scriptSha256(plan));
    entry.insert(QStringLiteral("note"), note);
    array.append(entry);
    approved.source.insert(QStringLiteral("approvals"), array);
    return approved;
}
