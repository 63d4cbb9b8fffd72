#pragma once
// A saved connection: a name, the connection string WITHOUT its password, and how to treat it.

#include "base/dialectkind.h"

#include <QDateTime>
#include <QString>

struct ConnectionProfile
{
    QString name;
    QString uri; // always ConnectionUri::withoutPassword(); the password lives in the keychain if
                 // anywhere
    DialectKind dialect = DialectKind::PostgreSQL;
    bool production = false; // a production server: later steps ask twice before changing it
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid when never used
};
