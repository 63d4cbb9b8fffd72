// column-planner check PLAN --db URI [--json]

#include "cliutil.h"
#include "commands.h"
#include "db/dberror.h"
#include "db/session.h"
#include "plan/planfile.h"
#include "run/checkrunner.h"
#include "run/runpreparation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace cli {

int checkCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    parser.addOption(
        {QStringLiteral("db"), Cli::tr("The database to check."), QStringLiteral("URI")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print the results as JSON.")});
    parseOrFail(parser, args);
    const QString planPath = requiredPositional(parser, QStringLiteral("PLAN"));
    const QString uriText = requiredOption(parser, QStringLiteral("db"));
    Plan plan;
    try {
        plan = PlanFile::load(planPath);
    } catch (const PlanError &error) {
        throw Failure{ExitUsage, error.message()};
    }
    auto session = Session::create(ConnectionUri::parse(uriText));
    session->open();
    const PreparedRun prepared = RunPreparation::prepare(*session, plan);
    if (!prepared.columnExists)
        throw Failure{
            ExitFindings,
            Cli::tr("column %1 does not exist on %2: nothing to check yet (run the plan first)")
                .arg(plan.column.name, prepared.context.tableName)};
    CheckRunner checks(*session, prepared);
    const QList<RunCheckResult> results = checks.runAll();
    const bool passed = CheckRunner::allPassed(results);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const RunCheckResult &result : results) {
            QJsonObject item;
            item.insert(QStringLiteral("name"), result.name);
            item.insert(QStringLiteral("passed"), result.passed);
            item.insert(QStringLiteral("informational"), result.informational);
            item.insert(QStringLiteral("expected"),
                        result.expected.isEmpty() ? QJsonValue() : QJsonValue(result.expected));
            item.insert(QStringLiteral("actual"), result.actual);
            item.insert(QStringLiteral("sql"), result.sql);
            if (!result.error.isEmpty())
                item.insert(QStringLiteral("error"), result.error);
            items << item;
        }
        QJsonObject root;
        root.insert(QStringLiteral("passed"), passed);
        root.insert(QStringLiteral("target"), prepared.target);
        root.insert(QStringLiteral("table"), prepared.script.table);
        root.insert(QStringLiteral("column"), prepared.script.column);
        root.insert(QStringLiteral("checks"), items);
        writeOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        // Markers padded to the widest of them in the user's language, so the names line up.
        const QString info = Cli::tr("info"), ok = Cli::tr("ok"), fail = Cli::tr("FAIL");
        const qsizetype width = std::max({info.size(), ok.size(), fail.size()});
        for (const RunCheckResult &result : results)
            writeOut(QStringLiteral("%1  %2: %3%4\n")
                         .arg((result.informational ? info
                               : result.passed      ? ok
                                                    : fail)
                                  .leftJustified(width),
                              result.name, result.error.isEmpty() ? result.actual : result.error,
                              result.informational
                                  ? QString()
                                  : Cli::tr(" (expected %1)").arg(result.expected)));
    }
    if (!passed) {
        int failed = 0;
        for (const RunCheckResult &result : results)
            failed += result.passed ? 0 : 1;
        writeError(Cli::tr("%1 of %2 checks failed on %3")
                       .arg(failed)
                       .arg(results.size())
                       .arg(prepared.target));
        return ExitFindings;
    }
    return ExitOk;
}

} // namespace cli
