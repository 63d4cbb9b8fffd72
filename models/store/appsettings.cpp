#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

int boundedValue(const QSettings &settings, const QString &key, int fallback, int minimum,
                 int maximum)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

} // namespace

QString AppSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/settings.ini");
}

AppSettings AppSettings::load(const QString &path)
{
    AppSettings result;
    if (!QFileInfo::exists(path))
        return result;
    const QSettings settings(path, QSettings::IniFormat);
    // The same ranges as the designer's spin boxes: a hand-edited file cannot push nonsense.
    result.lockTimeoutMs = boundedValue(settings, QStringLiteral("defaults/lock_timeout_ms"),
                                        result.lockTimeoutMs, 1, 600000);
    result.targetBatchMs = boundedValue(settings, QStringLiteral("defaults/target_batch_ms"),
                                        result.targetBatchMs, 10, 60000);
    result.maxReplicationLagMs =
        boundedValue(settings, QStringLiteral("defaults/max_replication_lag_ms"),
                     result.maxReplicationLagMs, 0, 3600000);
    result.language = settings.value(QStringLiteral("interface/language")).toString().trimmed();
    return result;
}

bool AppSettings::save(const QString &path, QString *error) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSettings settings(path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("defaults/lock_timeout_ms"), lockTimeoutMs);
    settings.setValue(QStringLiteral("defaults/target_batch_ms"), targetBatchMs);
    settings.setValue(QStringLiteral("defaults/max_replication_lag_ms"), maxReplicationLagMs);
    settings.setValue(QStringLiteral("interface/language"), language);
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;
    if (error)
        *error = QCoreApplication::translate("AppSettings", "Could not write the settings to %1")
                     .arg(QDir::toNativeSeparators(path));
    return false;
}

BackfillSettings AppSettings::newPlanBackfill() const
{
    BackfillSettings settings;
    settings.lockTimeoutMs = lockTimeoutMs;
    settings.targetBatchMs = targetBatchMs;
    settings.maxReplicationLagMs = maxReplicationLagMs;
    return settings;
}
