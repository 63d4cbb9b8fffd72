// column-planner generate PLAN [--dialect D] [--server-version V] [--phase NAME] [--rollback] [--db
// URI]

#include "cliutil.h"
#include "commands.h"
#include "db/dberror.h"
#include "db/session.h"
#include "db/sqlitecatalogreader.h"
#include "plan/planfile.h"
#include "review/expressionchecker.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QFileInfo>

namespace cli {

int generateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PLAN"), Cli::tr("The plan file."));
    parser.addOption({QStringLiteral("dialect"),
                      Cli::tr("postgresql, sqlite, mysql or mariadb (default: the plan's)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("server-version"),
                      Cli::tr("Server version to write for, e.g. 15 or 8.0.35."),
                      QStringLiteral("V")});
    parser.addOption({QStringLiteral("phase"),
                      Cli::tr("Only this phase: expand, backfill, enforce, verify."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("rollback"),
                      Cli::tr("Print the rollback (of --phase, or of every phase newest first).")});
    parser.addOption({QStringLiteral("db"),
                      Cli::tr("Read the catalog and check expressions on this database."),
                      QStringLiteral("URI")});
    parseOrFail(parser, args);
    const QString planPath = requiredPositional(parser, QStringLiteral("PLAN"));
    const QString phase = parser.value(QStringLiteral("phase"));

    Plan plan = loadPlanOrFail(planPath);
    CompileOptions options;
    if (parser.isSet(QStringLiteral("dialect"))) {
        const QString name = parser.value(QStringLiteral("dialect"));
        const auto dialect = dialectFromName(name);
        if (!dialect)
            throw Failure{ExitUsage, Cli::tr("--dialect: unknown dialect \"%1\", choose "
                                             "postgresql, sqlite, mysql or mariadb")
                                         .arg(name)};
        options.dialect = dialect;
        options.mariadb =
            name.trimmed().compare(QStringLiteral("mariadb"), Qt::CaseInsensitive) == 0;
    }
    options.serverVersion = parser.value(QStringLiteral("server-version"));
    if (!phase.isEmpty() && !PlanFile::phaseNames().contains(phase))
        throw Failure{ExitUsage,
                      Cli::tr("--phase: unknown phase \"%1\", choose %2")
                          .arg(phase, PlanFile::phaseNames().join(QStringLiteral(", ")))};

    Catalog catalog;
    std::unique_ptr<Session> session;
    if (parser.isSet(QStringLiteral("db"))) {
        session = Session::create(ConnectionUri::parse(parser.value(QStringLiteral("db"))));
        session->open();
        if (!options.dialect)
            options.dialect = session->dialect();
        catalog = session->catalog(CatalogFilter{});
        options.catalog = &catalog;
        if (session->dialect() == DialectKind::SQLite)
            options.sqliteSchema = readSqliteSchema(*session);
    }

    Script script;
    try {
        if (session)
            ExpressionChecker(*session).prepareCompile(plan, options);
        script = Compiler::compile(plan, options);
    } catch (const CompileError &error) {
        throw Failure{ExitUsage,
                      Cli::tr("%1: %2").arg(QFileInfo(planPath).fileName(), error.message())};
    }

    RenderOptions render;
    render.phase = phase;
    render.rollback = parser.isSet(QStringLiteral("rollback"));
    writeOut(ScriptRenderer::render(script, render));
    return ExitOk;
}

} // namespace cli
