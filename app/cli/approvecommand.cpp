// column-planner approve PLAN --by NAME [--note TEXT]
// column-planner approve PLAN --status
//
// Records an approval of the plan's compiled script in the plan file (approvals bound to the
// script's SHA-256), or prints whether the plan is approved, unapproved or stale (exit 1 unless
// approved).

#include "cliutil.h"
#include "commands.h"
#include "plan/planfile.h"
#include "review/planapprovals.h"

#include <QFileInfo>

namespace cli {

int approveCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    parser.addOption({QStringLiteral("by"), Cli::tr("Who approves."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("note"), Cli::tr("What was checked, conditions."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("status"), Cli::tr("Print the approval status only.")});
    parseOrFail(parser, args);
    const QString planPath = requiredPositional(parser, QStringLiteral("PLAN"));
    const bool statusOnly = parser.isSet(QStringLiteral("status"));
    const QString by =
        statusOnly ? QString() : requiredOption(parser, QStringLiteral("by")).trimmed();
    if (!statusOnly && by.isEmpty())
        throw Failure{ExitUsage, Cli::tr("--by: say who approves")};
    Plan plan = loadPlanOrFail(planPath);
    compileOrFail(plan, planPath);
    try {
        if (!statusOnly) {
            plan = PlanApprovals::approve(plan, by, parser.value(QStringLiteral("note")));
            PlanFile::save(plan, planPath);
        }
        const ApprovalStatus status = PlanApprovals::status(plan);
        writeOut(QStringLiteral("%1: %2\n").arg(QFileInfo(planPath).fileName(), status.summary()));
        return status.state == ApprovalStatus::Approved ? ExitOk : ExitFindings;
    } catch (const PlanError &error) {
        throw Failure{ExitUsage,
                      Cli::tr("%1: %2").arg(QFileInfo(planPath).fileName(), error.message())};
    }
}

} // namespace cli
