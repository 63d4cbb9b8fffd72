#include "shareddata.h"

#include <QCoreApplication>
#include <QDir>

namespace SharedData {

QString directory()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../share/column-planner"));
}

QString translationsDir()
{
    return directory() + QStringLiteral("/translations");
}

QString samplePlansDir()
{
    return directory() + QStringLiteral("/plans");
}

} // namespace SharedData
