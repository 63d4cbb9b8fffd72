#include "cliutil.h"

#include "plan/planfile.h"

#include <QFileInfo>
#include <cstdio>
#include <unistd.h>

namespace cli {

void parseOrFail(QCommandLineParser &parser, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Not addHelpOption(): its --help-all lists Qt's own options, and French Qt leaves its
    // descriptions in English.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("column-planner"));
    if (!parser.parse(withProgram))
        throw Failure{ExitUsage, parser.errorText()};
    if (parser.isSet(help)) {
        // Qt's first line ("Usage: <argv[0]> [options] ...", in Qt's catalogue) names the
        // executable as started and not the command: name both as the user would type them.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), QStringLiteral("column-planner ") + args.value(0));
        writeOut(text);
        throw HelpShown{};
    }
}

QString requiredPositional(const QCommandLineParser &parser, const QString &what)
{
    const QStringList positional = parser.positionalArguments();
    // positional[0] is the subcommand itself
    if (positional.size() < 2)
        throw Failure{ExitUsage, Cli::tr("missing %1").arg(what)};
    if (positional.size() > 2)
        throw Failure{ExitUsage, Cli::tr("unexpected argument \"%1\"").arg(positional.at(2))};
    return positional.at(1);
}

QString requiredOption(const QCommandLineParser &parser, const QString &name)
{
    const QString value = parser.value(name);
    if (value.isEmpty())
        throw Failure{ExitUsage, Cli::tr("missing --%1").arg(name)};
    return value;
}

Plan loadPlanOrFail(const QString &path)
{
    try {
        return PlanFile::load(path);
    } catch (const PlanError &error) {
        throw Failure{ExitUsage, error.message()};
    }
}

Script compileOrFail(const Plan &plan, const QString &path, const CompileOptions &options)
{
    try {
        return Compiler::compile(plan, options);
    } catch (const CompileError &error) {
        throw Failure{ExitUsage,
                      Cli::tr("%1: %2").arg(QFileInfo(path).fileName(), error.message())};
    }
}

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeError(const QString &line)
{
    const QByteArray bytes = (QStringLiteral("column-planner: ") + line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stdoutIsTerminal()
{
    return isatty(fileno(stdout));
}

} // namespace cli
