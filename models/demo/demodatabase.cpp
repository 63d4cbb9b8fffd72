#include "demodatabase.h"

#include "db/dberror.h"
#include "db/sqlitesession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

QString DemoDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

QString DemoDatabase::ensure(const QString &path)
{
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).absolutePath());

    QFile seed(QStringLiteral(":/demo/demo-seed.sql"));
    if (!seed.open(QIODevice::ReadOnly))
        throw DbError(DbError::Kind::BadInput,
                      QStringLiteral("the demo seed is missing from this build"));
    const QString script = QString::fromUtf8(seed.readAll());

    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        QFile empty(partial); // SQLite reads an empty file as an empty database
        if (!empty.open(QIODevice::WriteOnly))
            throw DbError(DbError::Kind::BadInput,
                          QStringLiteral("cannot create the demo database at %1: %2")
                              .arg(partial, empty.errorString()));
    }
    try {
        SqliteSession session(ConnectionUri::parse(uriFor(partial)));
        session.open();
        session.execute(script);
    } catch (const DbError &error) {
        QFile::remove(partial);
        throw DbError(error.kind(),
                      QStringLiteral("cannot create the demo database: %1").arg(error.message()));
    }
    if (!QFile::rename(partial, path))
        throw DbError(DbError::Kind::BadInput,
                      QStringLiteral("cannot move the demo database into %1").arg(path));
    return path;
}
