// Column Planner: with a subcommand it runs headless; otherwise it opens the main window.

#include "cli/commandline.h"
#include "startup.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (cli::isCommandLineRequest(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("column-planner"));
        return cli::run(args);
    }
    return runGui(argc, argv, args);
}
