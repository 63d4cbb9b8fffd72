#pragma once
// The user's defaults for new plans and the interface language, kept in an INI file under the
// application's config folder (QSettings), so they survive upgrades and are easy to inspect.

#include "plan/plan.h"

#include <QString>

struct AppSettings
{
    // New plans start with these backfill settings (the other keys keep the plan's defaults).
    int lockTimeoutMs = BackfillSettings{}.lockTimeoutMs;
    int targetBatchMs = BackfillSettings{}.targetBatchMs;
    int maxReplicationLagMs = BackfillSettings{}.maxReplicationLagMs;
    // A locale name such as "de" or "fr"; empty follows the system locale.
    QString language;

    // <AppConfigLocation>/settings.ini (QStandardPaths test mode moves it for tests).
    static QString defaultPath();
    // Missing or out-of-range values fall back to the defaults above.
    static AppSettings load(const QString &path = defaultPath());
    // Returns false with a one-line reason in *error when the file cannot be written.
    bool save(const QString &path = defaultPath(), QString *error = nullptr) const;

    // The backfill settings a new plan starts from.
    BackfillSettings newPlanBackfill() const;
};
