// column-planner report PLAN [--db URI] --format html|pdf|md --out FILE [--force]
//
// Writes the review report of a plan. With --db the plan is compiled against the live catalog
// and the report adds the live blockers, sizes and estimates of that moment.

#include "cliutil.h"
#include "commands.h"
#include "export/migrationexporter.h"
#include "export/reportgatherer.h"
#include "plan/planfile.h"
#include "reportpdfwriter.h"

#include <QFileInfo>

namespace cli {

int reportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    parser.addOption({QStringLiteral("db"), Cli::tr("Include the live state of this database."),
                      QStringLiteral("URI")});
    parser.addOption(
        {QStringLiteral("format"), Cli::tr("html, pdf or md."), QStringLiteral("FORMAT")});
    parser.addOption(
        {QStringLiteral("out"), Cli::tr("The report file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("force"), Cli::tr("Replace FILE if it exists.")});
    parseOrFail(parser, args);
    const QString planPath = requiredPositional(parser, QStringLiteral("PLAN"));
    const QString formatText = requiredOption(parser, QStringLiteral("format"));
    const QString outPath = requiredOption(parser, QStringLiteral("out"));
    const auto format = ReviewReport::formatFromName(formatText);
    if (!format)
        throw Failure{ExitUsage,
                      Cli::tr("--format: unknown report format \"%1\", choose html, pdf or md")
                          .arg(formatText)};
    if (QFileInfo::exists(outPath) && !parser.isSet(QStringLiteral("force")))
        throw Failure{ExitUsage, Cli::tr("%1 exists (use --force to replace it)").arg(outPath)};

    const Plan plan = loadPlanOrFail(planPath);
    std::optional<ConnectionUri> db;
    if (parser.isSet(QStringLiteral("db")))
        db = ConnectionUri::parse(parser.value(QStringLiteral("db")));
    ReportInput input;
    try {
        input = ReportGatherer::gather(plan, planPath, db);
    } catch (const PlanError &error) {
        throw Failure{ExitUsage,
                      Cli::tr("%1: %2").arg(QFileInfo(planPath).fileName(), error.message())};
    } catch (const CompileError &error) {
        throw Failure{ExitUsage,
                      Cli::tr("%1: %2").arg(QFileInfo(planPath).fileName(), error.message())};
    }

    try {
        ReportPdfWriter::writeReport(input, *format, outPath);
    } catch (const ExportError &error) {
        throw Failure{ExitUsage, error.message()};
    }
    return ExitOk;
}

} // namespace cli
