#pragma once
// The bundled SQLite demo database: created on first use from resources/demo/demo-seed.sql.

#include <QString>

class DemoDatabase
{
public:
    // Where --demo keeps its database: the platform's app-data folder.
    static QString defaultPath();
    // Creates the database at `path` unless it is already there; returns the path.
    // Built under a temporary name and renamed at the end, so a crash never leaves half a demo.
    // Throws DbError.
    static QString ensure(const QString &path = defaultPath());
    static QString uriFor(const QString &path) { return QStringLiteral("sqlite:") + path; }
};
