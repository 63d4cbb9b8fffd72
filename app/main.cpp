// Column Planner: with a subcommand it runs headless; otherwise it opens the main window.

#include "cli/commandline.h"
#include "i18n/translationloader.h"
#include "startup.h"

#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (cli::needsGuiApplication(args)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen platform's start-up notes (XDG_RUNTIME_DIR) would break the one-line
        // error contract of stderr: silence messages while the application starts only.
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        QGuiApplication app(argc, argv);
        qInstallMessageHandler(previous);
        QCoreApplication::setApplicationName(QStringLiteral("column-planner"));
        return cli::run(args);
    }
    if (cli::isCommandLineRequest(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("column-planner"));
        // Messages follow the system locale, as command-line tools do (LANGUAGE, LC_ALL, LANG).
        TranslationLoader::install();
        return cli::run(args);
    }
    return runGui(argc, argv, args);
}
