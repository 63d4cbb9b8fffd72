#pragma once
// The headless front end: dispatches a subcommand and returns the process exit code.

#include <QStringList>

namespace cli {

// True when args (without the program name) name a subcommand or --version/--help,
// i.e. when no window is wanted.
bool isCommandLineRequest(const QStringList &args);
// True for subcommands that lay out text (the PDF report): main() then starts an offscreen
// QGuiApplication instead of a QCoreApplication.
bool needsGuiApplication(const QStringList &args);
int run(const QStringList &args);
QString usage();

} // namespace cli
