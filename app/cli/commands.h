#pragma once
// One entry point per subcommand; each parses its own options and returns an exit code,
// throwing cli::Failure for errors. Add a command here and in the table of commandline.cpp.

#include <QStringList>

namespace cli {

int inspectCommand(const QStringList &args);
int generateCommand(const QStringList &args);
int lintCommand(const QStringList &args);
int runCommand(const QStringList &args);
int checkCommand(const QStringList &args);
int forecastCommand(const QStringList &args);
int exportCommand(const QStringList &args);
int reportCommand(const QStringList &args);
int diffCommand(const QStringList &args);
int approveCommand(const QStringList &args);
int rehearseCommand(const QStringList &args);

} // namespace cli
