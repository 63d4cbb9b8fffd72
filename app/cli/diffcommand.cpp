// column-planner diff A B
//
// Compares two versions of a plan: what changed in the design, in words, then the compiled SQL
// as a unified diff. Exit 0 when they are the same, 1 when they differ (as diff(1) does), 2 for
// a plan that cannot be read or compiled.

#include "cliutil.h"
#include "commands.h"
#include "review/plandiff.h"

#include <QFileInfo>

namespace cli {

int diffCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("A"), Cli::tr("The earlier plan."));
    parser.addPositionalArgument(QStringLiteral("B"), Cli::tr("The later plan."));
    parseOrFail(parser, args);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3)
        throw Failure{ExitUsage, Cli::tr("diff needs two plans: column-planner diff A B")};
    if (positional.size() > 3)
        throw Failure{ExitUsage, Cli::tr("unexpected argument \"%1\"").arg(positional.at(3))};
    const QString pathA = positional.at(1);
    const QString pathB = positional.at(2);
    const Plan a = loadPlanOrFail(pathA);
    const Plan b = loadPlanOrFail(pathB);
    // Each must compile on its own, so a failure names the right file.
    compileOrFail(a, pathA);
    compileOrFail(b, pathB);
    const PlanDiffResult diff = PlanDiff::compare(a, b, pathA, pathB);
    if (diff.identical()) {
        writeOut(Cli::tr("The plans are the same.\n"));
        return ExitOk;
    }
    QString out = Cli::tr("Design changes (%1 -> %2):\n")
                      .arg(QFileInfo(pathA).fileName(), QFileInfo(pathB).fileName());
    for (const QString &change : diff.designChanges)
        out += QStringLiteral("  - %1\n").arg(change);
    if (diff.designChanges.isEmpty())
        out += Cli::tr("  (none)\n");
    out += Cli::tr("\nSQL changes:\n");
    out += diff.sqlDiff.isEmpty() ? Cli::tr("  (the compiled script is the same)\n") : diff.sqlDiff;
    writeOut(out);
    return ExitFindings;
}

} // namespace cli
