#include "commandline.h"

#include "cliutil.h"
#include "commands.h"
#include "db/dberror.h"

#include <QCoreApplication>
#include <functional>

namespace cli {

namespace {

struct Command
{
    const char *name;
    const char *synopsis;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"inspect", "inspect  --db URI [--table SCHEMA.TABLE] [--json]", inspectCommand},
        {"generate",
         "generate PLAN [--dialect D] [--server-version V] [--phase NAME] [--rollback] [--db URI]",
         generateCommand},
        {"lint", "lint     FILE.sql|- [--format text|json|sarif] [--server-version V]",
         lintCommand},
        {"run",
         "run      PLAN --db URI|--profile NAME [--confirm-production NAME] [--phase NAME] [--yes] "
         "[--dry-run] [--json-progress] [--journal PATH] [--control FILE] [--accept-blocking-copy]",
         runCommand},
        {"check", "check    PLAN --db URI [--json]", checkCommand},
        {"forecast", "forecast PLAN --db URI [--json]", forecastCommand},
        {"export",
         "export   PLAN --to flyway|liquibase|django|sqitch|sql --out DIR [--force] [--django-app "
         "LABEL] [--django-model NAME] [--django-after MIGRATION]",
         exportCommand},
        {"report", "report   PLAN [--db URI] --format html|pdf|md --out FILE [--force]",
         reportCommand},
        {"approve", "approve  PLAN --by NAME [--note TEXT] | --status", approveCommand},
        {"diff", "diff     A B", diffCommand},
        {"rehearse",
         "rehearse PLAN --source URI --staging URI [--rows N] [--json] [--replace] [--attach]",
         rehearseCommand},
    };
    return table;
}

} // namespace

QString usage()
{
    QString text =
        Cli::tr("Usage: column-planner [--demo]            open the window (on the demo database)\n"
                "       column-planner COMMAND [OPTIONS]   run headless\n\nCommands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  column-planner %1\n").arg(QString::fromLatin1(command.synopsis));
    text +=
        Cli::tr("\nURI: postgresql://user@host:port/db, a libpq key=value string, or sqlite:PATH.\n"
                "Passwords come from ~/.pgpass, PGPASSWORD or a service file, never from the app.\n"
                "Exit codes: 0 done, 1 findings or failed checks, 2 bad usage or input,\n"
                "3 database or connection error, 4 stopped by the user or a safety limit.\n");
    return text;
}

bool needsGuiApplication(const QStringList &args)
{
    // Laying out the PDF report needs fonts, which need a QGuiApplication (offscreen, headless).
    if (args.isEmpty() || args.first() != u"report")
        return false;
    for (qsizetype i = 1; i < args.size(); ++i)
        if ((args.at(i) == u"--format" &&
             args.value(i + 1).compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0) ||
            args.at(i).compare(QStringLiteral("--format=pdf"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isCommandLineRequest(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    if (first == u"--version" || first == u"-v" || first == u"--help" || first == u"-h")
        return true;
    return !first.startsWith(u'-');
}

int run(const QStringList &args)
{
    const QString &first = args.first();
    if (first == u"--version" || first == u"-v") {
        writeOut(QStringLiteral("column-planner %1\n").arg(QStringLiteral(COLUMN_PLANNER_VERSION)));
        return ExitOk;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        writeOut(usage());
        return ExitOk;
    }
    for (const Command &command : commands()) {
        if (first != QLatin1String(command.name))
            continue;
        try {
            return command.run(args);
        } catch (const HelpShown &) {
            return ExitOk;
        } catch (const Failure &failure) {
            writeError(failure.message);
            return failure.code;
        } catch (const DbError &error) {
            writeError(error.message());
            return error.exitCode();
        } catch (const std::exception &error) {
            writeError(QString::fromUtf8(error.what()));
            return ExitDatabase;
        }
    }
    writeError(Cli::tr("unknown command \"%1\" (see column-planner --help)").arg(first));
    return ExitUsage;
}

} // namespace cli
