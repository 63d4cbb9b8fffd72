#pragma once
// A plan file the user opened recently, for the File > Recent menu.

#include <QDateTime>
#include <QString>

struct RecentPlan
{
    QString path;
    QString title;
    QDateTime openedAt;
};
