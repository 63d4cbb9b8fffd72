#include "translationloader.h"

#include "store/shareddata.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace TranslationLoader {

namespace {
QString installedLanguage = QStringLiteral("en");
}

QString uiLanguage()
{
    return installedLanguage;
}

QLocale install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("column-planner"), QStringLiteral("_"),
                   SharedData::translationsDir())) {
        delete own;
        return QLocale(QLocale::English);
    }
    QCoreApplication::installTranslator(own);
    // The catalogue's own language ("de"), not the locale's: LANGUAGE=de under LC_ALL=C loads
    // German.
    installedLanguage = own->language().section(u'_', 0, 0);
    // Qt's own strings (standard buttons, file dialogs) in the same language, when installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace TranslationLoader
