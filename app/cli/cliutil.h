#pragma once
// Shared plumbing of the command-line front end: one error line on stderr, the exit codes of
// DESIGN.md, and option parsing that turns a usage mistake into exit 2.

#include "plan/plan.h"
#include "sql/compiler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cli {

enum ExitCode
{
    ExitOk = 0,       // done and clean
    ExitFindings = 1, // findings or failed checks
    ExitUsage = 2,    // bad usage or bad input
    ExitDatabase = 3, // database or connection error
    ExitStopped = 4,  // stopped by the user or by a safety limit
};

// The translation context of the command line's messages: Cli::tr("...") (errors, prompts, each
// command's --help, the text of forecast, check, rehearse, diff and lint; inspect's labels are
// CatalogText's in models/db/catalogjson.cpp). What scripts parse stays English, the same on
// every machine: JSON keys, SARIF, rule ids, lint's FILE:LINE:COLUMN: SEVERITY prefix.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Thrown by commands; main() prints "column-planner: <message>" and exits with code.
struct Failure
{
    int code;
    QString message;
};

// Thrown by parseOrFail once it has printed a command's --help: main() exits with ExitOk.
struct HelpShown
{
};

// Parses args (args[0] is the subcommand) or throws Failure(ExitUsage); with --help, prints the
// command's options and arguments (their descriptions in the user's language) and throws
// HelpShown.
void parseOrFail(QCommandLineParser &parser, const QStringList &args);
// The single positional argument a command needs, or Failure(ExitUsage) naming it.
QString requiredPositional(const QCommandLineParser &parser, const QString &what);
QString requiredOption(const QCommandLineParser &parser, const QString &name);

// The plan file at path, or Failure(ExitUsage) with the plan's first problem.
Plan loadPlanOrFail(const QString &path);
// The plan compiled (offline unless options carry a catalog), or Failure(ExitUsage) naming the
// plan file and what does not compile.
Script compileOrFail(const Plan &plan, const QString &path, const CompileOptions &options = {});

void writeOut(const QString &text);   // stdout, flushed
void writeError(const QString &line); // stderr, prefixed "column-planner: "
bool stdoutIsTerminal();

} // namespace cli
