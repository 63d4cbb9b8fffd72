// column-planner export PLAN --to flyway|liquibase|django|sqitch|sql --out DIR [--force]
//                            [--django-app LABEL] [--django-model NAME] [--django-after MIGRATION]
//
// Compiles the plan offline and writes the migration tool's files into DIR, which must be new
// or empty unless --force. Prints the files written, one per line.

#include "cliutil.h"
#include "commands.h"
#include "export/migrationexporter.h"

namespace cli {

int exportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    parser.addOption({QStringLiteral("to"), Cli::tr("flyway, liquibase, django, sqitch or sql."),
                      QStringLiteral("TARGET")});
    parser.addOption({QStringLiteral("out"), Cli::tr("The directory to write (new or empty)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("force"),
                      Cli::tr("Write into a non-empty directory, replacing the exported files.")});
    parser.addOption({QStringLiteral("django-app"), Cli::tr("Django app label (default: app)."),
                      QStringLiteral("LABEL")});
    parser.addOption({QStringLiteral("django-model"),
                      Cli::tr("Django model of the table (default: the table name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("django-after"),
                      Cli::tr("The app's migration the export follows, e.g. 0007_previous."),
                      QStringLiteral("MIGRATION")});
    parseOrFail(parser, args);
    const QString planPath = requiredPositional(parser, QStringLiteral("PLAN"));
    const QString targetText = requiredOption(parser, QStringLiteral("to"));
    const QString outDir = requiredOption(parser, QStringLiteral("out"));
    const auto target = MigrationExporter::targetFromName(targetText);
    if (!target)
        throw Failure{ExitUsage, Cli::tr("--to: unknown export target \"%1\", choose %2")
                                     .arg(targetText, MigrationExporter::targetNames().join(
                                                          QStringLiteral(", ")))};

    const Plan plan = loadPlanOrFail(planPath);
    const Script script = compileOrFail(plan, planPath);
    ExportOptions options;
    if (parser.isSet(QStringLiteral("django-app")))
        options.djangoApp = parser.value(QStringLiteral("django-app"));
    options.djangoModel = parser.value(QStringLiteral("django-model"));
    options.djangoDependency = parser.value(QStringLiteral("django-after"));
    try {
        const QList<ExportFile> files = MigrationExporter::files(plan, script, *target, options);
        MigrationExporter::write(files, outDir, parser.isSet(QStringLiteral("force")));
        QString listing;
        for (const ExportFile &file : files)
            listing += file.path + u'\n';
        writeOut(listing);
    } catch (const ExportError &error) {
        throw Failure{ExitUsage, error.message()};
    }
    return ExitOk;
}

} // namespace cli
