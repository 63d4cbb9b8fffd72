#pragma once
// Installs the compiled catalogues (Column Planner's own and Qt's) for a language at startup.

#include <QLocale>
#include <QString>

namespace TranslationLoader {

// `language` is a locale name ("de", "fr", "en"); empty follows the system locale (LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG). Returns the locale whose catalogue was installed, or nothing
// installed (English, the source language) when none matches.
QLocale install(const QString &language = {});

// The language of the catalogue install() put in place ("de", "fr"), "en" when none: what the
// menus speak, for content outside the catalogues (the bundled guide).
QString uiLanguage();

} // namespace TranslationLoader
