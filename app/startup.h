#pragma once
// Starts the windowed application: settings paths, the main window, --demo.

#include <QStringList>

int runGui(int argc, char *argv[], const QStringList &args);
