#include "startup.h"

#include "i18n/translationloader.h"
#include "mainwindow.h"
#include "store/appsettings.h"

#include <QApplication>

int runGui(int argc, char *argv[], const QStringList &args)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("column-planner"));
    QApplication::setApplicationVersion(QStringLiteral(COLUMN_PLANNER_VERSION));
    // The SVG icon stays sharp at any scale; the hicolor theme has it when installed.
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("io.github.columnplanner.ColumnPlanner"),
        QIcon(QStringLiteral(":/icons/io.github.columnplanner.ColumnPlanner.svg"))));
    TranslationLoader::install(AppSettings::load().language);

    MainWindow window;
    window.show();
    if (args.contains(QStringLiteral("--demo")))
        window.openDemo();
    return app.exec();
}
