#include "startup.h"

#include "mainwindow.h"

#include <QApplication>

int runGui(int argc, char *argv[], const QStringList &args)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("column-planner"));
    QApplication::setApplicationVersion(QStringLiteral(COLUMN_PLANNER_VERSION));

    MainWindow window;
    window.show();
    if (args.contains(QStringLiteral("--demo")))
        window.openDemo();
    return app.exec();
}
