#include "localstore.h"

#include "sqlitequery.h"

#include "db/connectionuri.h"
#include "db/dberror.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <functional>
#include <sqlite3.h>

namespace {

using Kind = DbError::Kind;

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString errorText(sqlite3 *db, int code)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
}

// One prepared statement of the store; every failure becomes a DbError naming the store.
class Statement : public SqliteQuery
{
public:
    Statement(sqlite3 *db, const char *sql, const QString &storePath)
        : SqliteQuery(db, sql, [db, storePath](int code) {
              throw DbError(Kind::Query,
                            QStringLiteral("the local store %1 refused a request: %2")
                                .arg(QDir::toNativeSeparators(storePath), errorText(db, code)));
          })
    {
    }
};

void exec(sqlite3 *db, const char *sql, const QString &storePath)
{
    char *error = nullptr;
    const int code = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (code != SQLITE_OK) {
        const QString reason = error ? QString::fromUtf8(error) : errorText(db, code);
        sqlite3_free(error);
        throw DbError((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT
                          ? Kind::BadInput
                          : Kind::Query,
                      QStringLiteral("the local store %1 refused a request: %2")
                          .arg(QDir::toNativeSeparators(storePath), reason));
    }
}

// One numbered schema step. Steps run in order, each in its own transaction that also sets
// PRAGMA user_version, so a file is always at exactly one known version.
struct Migration
{
    int version;
    std::function<void(sqlite3 *, const QString &)> apply;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        // 1: the first release: profiles by name and a list of opened plan files.
        {1,
         [](sqlite3 *db, const QString &path) {
             exec(db,
                  "CREATE TABLE profiles (name TEXT PRIMARY KEY NOT NULL, uri TEXT NOT NULL, "
                  "created_at TEXT NOT NULL);"
                  "CREATE TABLE recent_plans (path TEXT PRIMARY KEY NOT NULL, opened_at TEXT NOT "
                  "NULL);",
                  path);
         }},
        // 2: the dialect (so lists can show an icon without parsing), the production flag,
        // last use for ordering, and plan titles.
        {2,
         [](sqlite3 *db, const QString &path) {
             exec(db,
                  "ALTER TABLE profiles ADD COLUMN dialect TEXT NOT NULL DEFAULT 'postgresql';"
                  "ALTER TABLE profiles ADD COLUMN production INTEGER NOT NULL DEFAULT 0;"
                  "ALTER TABLE profiles ADD COLUMN last_used_at TEXT;"
                  "UPDATE profiles SET dialect = 'sqlite' WHERE lower(substr(uri, 1, 7)) = "
                  "'sqlite:';"
                  "ALTER TABLE recent_plans ADD COLUMN title TEXT NOT NULL DEFAULT '';"
                  "CREATE INDEX recent_plans_by_time ON recent_plans (opened_at DESC);",
                  path);
         }},
        // 3: a version-1 file could hold URIs with a password (typed by hand or by an old build);
        // rewrite every stored URI without it. secure_delete (set at open) zeroes the old bytes.
        {3,
         [](sqlite3 *db, const QString &path) {
             QList<QPair<QString, QString>> rewrites;
             {
                 Statement select(db, "SELECT name, uri FROM profiles", path);
                 while (select.step()) {
                     const QString name = select.text(0);
                     const QString uri = select.text(1);
                     QString clean;
                     try {
                         clean = ConnectionUri::parse(uri).withoutPassword();
                     } catch (const DbError &) {
                         // Unreadable: keep no part of it that might be a secret, but keep the row
                         // so the user sees the profile and can fix or delete it.
                         clean = uri.contains(u"password", Qt::CaseInsensitive) ? QString() : uri;
                     }
                     if (clean != uri)
                         rewrites.append({name, clean});
                 }
             }
             for (const auto &[name, clean] : rewrites) {
                 Statement update(db, "UPDATE profiles SET uri = ?1 WHERE name = ?2", path);
                 update.bind(1, clean).bind(2, name).step();
             }
         }},
    };
    return steps;
}

ConnectionProfile readProfile(const Statement &row)
{
    ConnectionProfile profile;
    profile.name = row.text(0);
    profile.uri = row.text(1);
    profile.dialect = dialectFromName(row.text(2)).value_or(DialectKind::PostgreSQL);
    profile.production = row.integer(3) != 0;
    profile.createdAt = fromTimestamp(row.text(4));
    profile.lastUsedAt = fromTimestamp(row.text(5));
    return profile;
}

constexpr const char *ProfileColumns =
    "SELECT name, uri, dialect, production, created_at, last_used_at FROM profiles ";

} // namespace

int LocalStore::currentSchemaVersion()
{
    return migrations().constLast().version;
}

QString LocalStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("store.sqlite"));
}

LocalStore::~LocalStore()
{
    close();
}

void LocalStore::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void LocalStore::open(const QString &path)
{
    close();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        throw DbError(Kind::BadInput,
                      QStringLiteral("the local store %1 is a directory, not a file").arg(shown));
    if (!QDir().mkpath(info.absolutePath()))
        throw DbError(Kind::Unreachable,
                      QStringLiteral("cannot create the folder of the local store %1").arg(shown));

    sqlite3 *db = nullptr;
    const int code = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (code != SQLITE_OK) {
        const QString reason = errorText(db, code);
        sqlite3_close(db);
        throw DbError(Kind::Unreachable,
                      QStringLiteral("cannot open the local store %1: %2").arg(shown, reason));
    }
    sqlite3_busy_timeout(db, 2000);
    sqlite3_extended_result_codes(db, 1);

    try {
        // Freed and overwritten content is zeroed, so a removed secret does not linger in the file.
        exec(db, "PRAGMA secure_delete = ON", path);
        int version = 0;
        try {
            Statement read(db, "PRAGMA user_version", path);
            if (read.step())
                version = int(read.integer(0));
            Statement check(db, "PRAGMA quick_check", path);
            QStringList problems;
            while (check.step()) {
                if (check.text(0) != u"ok")
                    problems << check.text(0);
            }
            if (!problems.isEmpty())
                throw DbError(Kind::BadInput, problems.first());
        } catch (const DbError &error) {
            throw DbError(
                Kind::BadInput,
                QStringLiteral("the local store %1 is damaged or not an SQLite file (%2); "
                               "it was left untouched: move it aside and restart to begin "
                               "with an empty store")
                    .arg(shown, singleLine(error.message())));
        }
        if (version > currentSchemaVersion())
            throw DbError(Kind::Unsupported,
                          QStringLiteral("the local store %1 was written by a newer Column Planner "
                                         "(schema version %2, this build knows up to %3); upgrade "
                                         "Column Planner or move the file aside")
                              .arg(shown)
                              .arg(version)
                              .arg(currentSchemaVersion()));
        if (version == 0) {
            Statement objects(db, "SELECT count(*) FROM sqlite_schema", path);
            if (objects.step() && objects.integer(0) > 0)
                throw DbError(Kind::BadInput,
                              QStringLiteral("%1 is an SQLite database but not a Column Planner "
                                             "store; it was left untouched")
                                  .arg(shown));
        }
        for (const Migration &step : migrations()) {
            if (step.version <= version)
                continue;
            exec(db, "BEGIN IMMEDIATE", path);
            try {
                step.apply(db, path);
                exec(db,
                     QByteArray("PRAGMA user_version = " + QByteArray::number(step.version))
                         .constData(),
                     path);
                exec(db, "COMMIT", path);
            } catch (const DbError &error) {
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
                throw DbError(error.kind(),
                              QStringLiteral("migrating the local store %1 to schema version %2 "
                                             "failed: %3")
                                  .arg(shown)
                                  .arg(step.version)
                                  .arg(error.message()));
            }
            version = step.version;
        }
    } catch (...) {
        sqlite3_close_v2(db);
        throw;
    }
    m_db = db;
    m_path = path;
}

void LocalStore::requireOpen() const
{
    if (!m_db)
        throw DbError(Kind::Unreachable, QStringLiteral("the local store is not open"));
}

int LocalStore::schemaVersion() const
{
    requireOpen();
    Statement read(m_db, "PRAGMA user_version", m_path);
    return read.step() ? int(read.integer(0)) : 0;
}

QList<ConnectionProfile> LocalStore::profiles() const
{
    requireOpen();
    const QByteArray sql = QByteArray(ProfileColumns) +
                           "ORDER BY last_used_at IS NULL, last_used_at DESC, name COLLATE NOCASE";
    Statement select(m_db, sql.constData(), m_path);
    QList<ConnectionProfile> result;
    while (select.step())
        result << readProfile(select);
    return result;
}

std::optional<ConnectionProfile> LocalStore::profile(const QString &name) const
{
    requireOpen();
    const QByteArray sql = QByteArray(ProfileColumns) + "WHERE name = ?1";
    Statement select(m_db, sql.constData(), m_path);
    select.bind(1, name);
    if (select.step())
        return readProfile(select);
    return std::nullopt;
}

std::optional<ConnectionProfile> LocalStore::profileForUri(const ConnectionUri &uri) const
{
    const QString wanted = uri.withoutPassword();
    for (const ConnectionProfile &profile : profiles())
        if (ConnectionUri::parse(profile.uri).withoutPassword() == wanted)
            return profile;
    return std::nullopt;
}

ConnectionProfile LocalStore::saveProfile(const QString &name, const QString &uri, bool production)
{
    requireOpen();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw DbError(Kind::BadInput, QStringLiteral("a connection profile needs a name"));
    const ConnectionUri parsed = ConnectionUri::parse(uri); // throws with the reason
    Statement upsert(
        m_db,
        "INSERT INTO profiles (name, uri, dialect, production, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (name) DO UPDATE SET uri = excluded.uri, dialect = excluded.dialect, "
        "production = excluded.production",
        m_path);
    upsert.bind(1, trimmed)
        .bind(2, parsed.withoutPassword())
        .bind(3, dialectName(parsed.dialect()))
        .bind(4, qint64(production ? 1 : 0))
        .bind(5, timestamp(QDateTime::currentDateTimeUtc()))
        .step();
    return *profile(trimmed);
}

bool LocalStore::removeProfile(const QString &name)
{
    requireOpen();
    Statement remove(m_db, "DELETE FROM profiles WHERE name = ?1", m_path);
    remove.bind(1, name).step();
    return sqlite3_changes(m_db) > 0;
}

void LocalStore::markProfileUsed(const QString &name)
{
    requireOpen();
    Statement update(m_db, "UPDATE profiles SET last_used_at = ?1 WHERE name = ?2", m_path);
    update.bind(1, timestamp(QDateTime::currentDateTimeUtc())).bind(2, name).step();
}

QList<RecentPlan> LocalStore::recentPlans() const
{
    requireOpen();
    Statement select(
        m_db, "SELECT path, title, opened_at FROM recent_plans ORDER BY opened_at DESC LIMIT ?1",
        m_path);
    select.bind(1, qint64(RecentPlanCap));
    QList<RecentPlan> result;
    while (select.step())
        result << RecentPlan{select.text(0), select.text(1), fromTimestamp(select.text(2))};
    return result;
}

void LocalStore::touchRecentPlan(const QString &path, const QString &title)
{
    requireOpen();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Two touches within one millisecond must still order: never go back in time.
    QDateTime when = QDateTime::currentDateTimeUtc();
    {
        Statement newest(m_db, "SELECT max(opened_at) FROM recent_plans", m_path);
        if (newest.step()) {
            const QDateTime last = fromTimestamp(newest.text(0));
            if (last.isValid() && when <= last)
                when = last.addMSecs(1);
        }
    }
    exec(m_db, "BEGIN IMMEDIATE", m_path);
    try {
        Statement upsert(m_db,
                         "INSERT INTO recent_plans (path, title, opened_at) VALUES (?1, ?2, ?3) "
                         "ON CONFLICT (path) DO UPDATE SET title = excluded.title, opened_at = "
                         "excluded.opened_at",
                         m_path);
        upsert.bind(1, absolute).bind(2, title).bind(3, timestamp(when)).step();
        Statement trim(m_db,
                       "DELETE FROM recent_plans WHERE path NOT IN "
                       "(SELECT path FROM recent_plans ORDER BY opened_at DESC LIMIT ?1)",
                       m_path);
        trim.bind(1, qint64(RecentPlanCap)).step();
        exec(m_db, "COMMIT", m_path);
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

bool LocalStore::removeRecentPlan(const QString &path)
{
    requireOpen();
    Statement remove(m_db, "DELETE FROM recent_plans WHERE path = ?1", m_path);
    remove.bind(1, QFileInfo(path).absoluteFilePath()).step();
    return sqlite3_changes(m_db) > 0;
}
