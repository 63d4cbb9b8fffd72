#pragma once
// The application's own SQLite file (connection profiles, recent plans), with numbered schema
// migrations recorded in PRAGMA user_version. It never holds a password.

#include "connectionprofile.h"
#include "db/connectionuri.h"
#include "recentplan.h"

#include <QList>
#include <QString>
#include <optional>

struct sqlite3;

class LocalStore
{
public:
    // The newest schema this build writes; files at a higher version are refused.
    static int currentSchemaVersion();
    static constexpr int RecentPlanCap = 20;

    // <AppDataLocation>/store.sqlite (the folder is created by open()).
    static QString defaultPath();

    LocalStore() = default;
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    // Opens or creates the file and brings its schema up to date in one transaction per step.
    // Throws DbError with one line when the file is damaged, not a store, or from a newer
    // version; the file is then left exactly as it was.
    void open(const QString &path = defaultPath());
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Most recently used first, then never-used ones by name.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    // The saved profile whose URI (without password) is this one's, e.g. to learn whether a
    // connection opened from a URI is a production one.
    std::optional<ConnectionProfile> profileForUri(const ConnectionUri &uri) const;
    // Inserts or updates by name (created_at is kept on update). The URI is parsed and stored
    // without its password; throws DbError(BadInput) for an empty name or a malformed URI.
    ConnectionProfile saveProfile(const QString &name, const QString &uri, bool production);
    bool removeProfile(const QString &name);
    void markProfileUsed(const QString &name);

    // Most recent first, at most RecentPlanCap entries.
    QList<RecentPlan> recentPlans() const;
    // Records that the plan at `path` was opened now (moving it to the top) and trims the list.
    void touchRecentPlan(const QString &path, const QString &title);
    bool removeRecentPlan(const QString &path);

private:
    void requireOpen() const;

    sqlite3 *m_db = nullptr;
    QString m_path;
};
