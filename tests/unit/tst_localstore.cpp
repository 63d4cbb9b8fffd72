// LocalStore: schema migrations, refusal of files it must not touch, profiles without
// passwords, and the recent-plans list.

#include "db/dberror.h"
#include "store/localstore.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <sqlite3.h>

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Runs SQL on a file with the raw C API, as an older build (or a hand edit) would have.
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int code = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString reason = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(code == SQLITE_OK, qPrintable(reason));
}

QString freshPath(const QString &name)
{
    const QString path = testsupport::tempPath(name);
    QFile::remove(path);
    return path;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void freshStoreIsAtCurrentVersion();
    void defaultPathIsUnderAppData();
    void migratesVersionOneFile();
    void refusesNewerVersion();
    void refusesCorruptFile_data();
    void refusesCorruptFile();
    void refusesForeignDatabase();
    void profilesRoundTripWithoutPassword();
    void profileUpdateKeepsCreationAndOrdersByUse();
    void rejectsBadProfiles();
    void recentPlansOrderAndCap();
};

void TestLocalStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLocalStore::freshStoreIsAtCurrentVersion()
{
    const QString path = freshPath(QStringLiteral("fresh.sqlite"));
    LocalStore store;
    store.open(path);
    QVERIFY(store.isOpen());
    QCOMPARE(store.schemaVersion(), LocalStore::currentSchemaVersion());
    QVERIFY(LocalStore::currentSchemaVersion() >= 3);
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.recentPlans().isEmpty());
    store.close();

    // Opening again applies nothing and keeps the data.
    LocalStore again;
    again.open(path);
    QCOMPARE(again.schemaVersion(), LocalStore::currentSchemaVersion());
}

void TestLocalStore::defaultPathIsUnderAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(LocalStore::defaultPath().startsWith(appData));
    QVERIFY(LocalStore::defaultPath().endsWith(QStringLiteral("/store.sqlite")));
    // Test mode keeps us out of the user's real folder.
    QVERIFY(appData.contains(QStringLiteral("qttest")));
}

void TestLocalStore::migratesVersionOneFile()
{
    const QString path = freshPath(QStringLiteral("v1.sqlite"));
    // The version-1 schema exactly as the first release wrote it, with a password that an old
    // build or a hand edit left in a URI.
    rawExec(
        path,
        "CREATE TABLE profiles (name TEXT PRIMARY KEY NOT NULL, uri TEXT NOT NULL, created_at TEXT "
        "NOT NULL);"
        "CREATE TABLE recent_plans (path TEXT PRIMARY KEY NOT NULL, opened_at TEXT NOT NULL);"
        "INSERT INTO profiles VALUES ('shop', "
        "'postgresql://alice:Hunter2-old-secret@db1:5433/shop', "
        "'2023-05-01T10:00:00.000Z');"
        "INSERT INTO profiles VALUES ('demo', 'sqlite:/tmp/demo.db', '2023-05-02T10:00:00.000Z');"
        "INSERT INTO recent_plans VALUES ('/plans/a.json', '2023-05-03T10:00:00.000Z');"
        "PRAGMA user_version = 1;");
    QVERIFY(readBytes(path).contains("Hunter2-old-secret"));

    LocalStore store;
    store.open(path);
    QCOMPARE(store.schemaVersion(), LocalStore::currentSchemaVersion());

    const auto shop = store.profile(QStringLiteral("shop"));
    QVERIFY(shop.has_value());
    QCOMPARE(shop->dialect, DialectKind::PostgreSQL);
    QVERIFY(!shop->production);
    QVERIFY(!shop->uri.contains(QStringLiteral("Hunter2")));
    QCOMPARE(ConnectionUri::parse(shop->uri).display(), QStringLiteral("alice@db1:5433/shop"));
    QCOMPARE(shop->createdAt, QDateTime(QDate(2023, 5, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(!shop->lastUsedAt.isValid());

    const auto demo = store.profile(QStringLiteral("demo"));
    QVERIFY(demo.has_value());
    QCOMPARE(demo->dialect, DialectKind::SQLite);
    QCOMPARE(demo->uri, QStringLiteral("sqlite:/tmp/demo.db"));

    const QList<RecentPlan> plans = store.recentPlans();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.first().path, QStringLiteral("/plans/a.json"));
    QCOMPARE(plans.first().title, QString());
    store.close();

    // The migration removed the secret from the file itself, not only from what we read back.
    QVERIFY(!readBytes(path).contains("Hunter2-old-secret"));
}

void TestLocalStore::refusesNewerVersion()
{
    const QString path = freshPath(QStringLiteral("newer.sqlite"));
    {
        LocalStore store;
        store.open(path);
        store.saveProfile(QStringLiteral("keep me"), QStringLiteral("host=db1 dbname=x"), false);
    }
    const QByteArray future =
        "PRAGMA user_version = " + QByteArray::number(LocalStore::currentSchemaVersion() + 5);
    rawExec(path, future.constData());
    const QByteArray before = readBytes(path);

    LocalStore store;
    try {
        store.open(path);
        QFAIL("a file from a newer version was opened");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::Unsupported);
        QVERIFY2(error.message().contains(QStringLiteral("newer Column Planner")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(QString::number(LocalStore::currentSchemaVersion() + 5)));
        QVERIFY(!error.message().contains(u'\n'));
    }
    QVERIFY(!store.isOpen());
    QCOMPARE(readBytes(path), before);
}

void TestLocalStore::refusesCorruptFile_data()
{
    QTest::addColumn<bool>("damageValidStore");
    QTest::newRow("text file") << false;
    QTest::newRow("damaged pages") << true;
}

void TestLocalStore::refusesCorruptFile()
{
    QFETCH(bool, damageValidStore);
    const QString path = freshPath(QStringLiteral("corrupt.sqlite"));
    if (damageValidStore) {
        {
            LocalStore store;
            store.open(path);
            for (int i = 0; i < 200; ++i)
                store.saveProfile(QStringLiteral("profile %1").arg(i),
                                  QStringLiteral("host=db%1 dbname=shop").arg(i), false);
        }
        QByteArray bytes = readBytes(path);
        QVERIFY(bytes.size() > 3 * 4096);
        // Smash the b-tree page headers of pages 2 and 3.
        for (int offset : {4096, 2 * 4096})
            bytes.replace(offset, 64, QByteArray(64, '\xff'));
        writeBytes(path, bytes);
    } else {
        writeBytes(path, QByteArray("these are my notes, not a database\n").repeated(200));
    }
    const QByteArray before = readBytes(path);

    LocalStore store;
    try {
        store.open(path);
        QFAIL("a damaged file was opened");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::BadInput);
        QVERIFY2(error.message().contains(QStringLiteral("damaged or not an SQLite file")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("left untouched")));
        QVERIFY(!error.message().contains(u'\n'));
    }
    QVERIFY(!store.isOpen());
    // Never silently wiped or "repaired".
    QCOMPARE(readBytes(path), before);
}

void TestLocalStore::refusesForeignDatabase()
{
    const QString path = freshPath(QStringLiteral("foreign.sqlite"));
    rawExec(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
    LocalStore store;
    try {
        store.open(path);
        QFAIL("someone else's database was adopted as the store");
    } catch (const DbError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("not a Column Planner store")),
                 qPrintable(error.message()));
    }
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "SELECT id FROM invoices", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "SELECT name FROM profiles", nullptr, nullptr, nullptr),
             SQLITE_ERROR);
    sqlite3_close(db);
}

void TestLocalStore::profilesRoundTripWithoutPassword()
{
    const QString path = freshPath(QStringLiteral("secrets.sqlite"));
    {
        LocalStore store;
        store.open(path);
        const ConnectionProfile saved = store.saveProfile(
            QStringLiteral("billing"),
            QStringLiteral(
                "postgresql://bob:Correct-Horse-77@db2:6432/billing?sslmode=verify-full"),
            true);
        QCOMPARE(saved.name, QStringLiteral("billing"));
        QVERIFY(saved.production);
        QCOMPARE(saved.dialect, DialectKind::PostgreSQL);
        QVERIFY(!saved.uri.contains(QStringLiteral("Correct-Horse")));
        const ConnectionUri parsed = ConnectionUri::parse(saved.uri);
        QVERIFY(!parsed.hasPassword());
        QCOMPARE(parsed.display(), QStringLiteral("bob@db2:6432/billing"));
        QCOMPARE(parsed.option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));

        store.saveProfile(QStringLiteral("keyvalue"),
                          QStringLiteral("host=db3 dbname=x user=carol password='Tr0ub4dor&3'"),
                          false);
        QVERIFY(
            !store.profile(QStringLiteral("keyvalue"))->uri.contains(QStringLiteral("Tr0ub4dor")));

        const ConnectionProfile local =
            store.saveProfile(QStringLiteral("local"), QStringLiteral("sqlite:/tmp/x.db"), false);
        QCOMPARE(local.dialect, DialectKind::SQLite);
        QCOMPARE(store.profiles().size(), 3);
    }
    const QByteArray bytes = readBytes(path);
    QVERIFY(bytes.contains("billing"));
    QVERIFY(!bytes.contains("Correct-Horse-77"));
    QVERIFY(!bytes.contains("Tr0ub4dor"));
    QVERIFY(!bytes.contains("password"));
}

void TestLocalStore::profileUpdateKeepsCreationAndOrdersByUse()
{
    LocalStore store;
    store.open(freshPath(QStringLiteral("order.sqlite")));
    const ConnectionProfile first =
        store.saveProfile(QStringLiteral("Zeta"), QStringLiteral("host=z dbname=z"), false);
    store.saveProfile(QStringLiteral("alpha"), QStringLiteral("host=a dbname=a"), false);
    store.saveProfile(QStringLiteral("Mid"), QStringLiteral("host=m dbname=m"), false);

    auto names = [&store] {
        QStringList result;
        for (const ConnectionProfile &profile : store.profiles())
            result << profile.name;
        return result;
    };
    // Never used: by name, case-insensitively.
    QCOMPARE(names(), (QStringList{"alpha", "Mid", "Zeta"}));

    store.markProfileUsed(QStringLiteral("Zeta"));
    // Times are kept to the millisecond: Mid's use must come on a later one than Zeta's.
    const QDateTime zetaUsed = store.profile(QStringLiteral("Zeta"))->lastUsedAt;
    QVERIFY(zetaUsed.isValid());
    QTRY_VERIFY2_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > zetaUsed,
                              "the clock did not pass the time Zeta was marked used", 30000);
    store.markProfileUsed(QStringLiteral("Mid"));
    QCOMPARE(names(), (QStringList{"Mid", "Zeta", "alpha"}));
    QVERIFY(store.profile(QStringLiteral("Mid"))->lastUsedAt.isValid());

    // Updating keeps the creation time and the name, changes the rest.
    const ConnectionProfile updated =
        store.saveProfile(QStringLiteral("Zeta"), QStringLiteral("sqlite:/tmp/z.db"), true);
    QCOMPARE(updated.createdAt, first.createdAt);
    QCOMPARE(updated.dialect, DialectKind::SQLite);
    QVERIFY(updated.production);
    QCOMPARE(store.profiles().size(), 3);

    QVERIFY(store.removeProfile(QStringLiteral("Mid")));
    QVERIFY(!store.removeProfile(QStringLiteral("Mid")));
    QCOMPARE(names(), (QStringList{"Zeta", "alpha"}));
}

void TestLocalStore::rejectsBadProfiles()
{
    LocalStore store;
    store.open(freshPath(QStringLiteral("bad.sqlite")));
    QVERIFY_THROWS_EXCEPTION(
        DbError, store.saveProfile(QStringLiteral("  "), QStringLiteral("host=a"), false));
    try {
        store.saveProfile(QStringLiteral("typo"), QStringLiteral("hots=db1 dbname=x"), false);
        QFAIL("a malformed URI was saved");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::BadInput);
    }
    QVERIFY(store.profiles().isEmpty());

    LocalStore closed;
    QVERIFY_THROWS_EXCEPTION(DbError, closed.profiles());
}

void TestLocalStore::recentPlansOrderAndCap()
{
    LocalStore store;
    store.open(freshPath(QStringLiteral("recent.sqlite")));
    const int total = LocalStore::RecentPlanCap + 5;
    for (int i = 0; i < total; ++i)
        store.touchRecentPlan(QStringLiteral("/plans/plan%1.json").arg(i),
                              QStringLiteral("Plan %1").arg(i));

    QList<RecentPlan> plans = store.recentPlans();
    QCOMPARE(plans.size(), LocalStore::RecentPlanCap);
    QCOMPARE(plans.first().path, QStringLiteral("/plans/plan%1.json").arg(total - 1));
    QCOMPARE(plans.first().title, QStringLiteral("Plan %1").arg(total - 1));
    QCOMPARE(plans.last().path,
             QStringLiteral("/plans/plan%1.json").arg(total - LocalStore::RecentPlanCap));
    for (int i = 1; i < plans.size(); ++i)
        QVERIFY(plans[i - 1].openedAt > plans[i].openedAt);

    // Opening an older plan again moves it to the top with its new title, without duplicating it.
    const QString again = QStringLiteral("/plans/plan%1.json").arg(total - 10);
    store.touchRecentPlan(again, QStringLiteral("Renamed"));
    plans = store.recentPlans();
    QCOMPARE(plans.size(), LocalStore::RecentPlanCap);
    QCOMPARE(plans.first().path, again);
    QCOMPARE(plans.first().title, QStringLiteral("Renamed"));
    QCOMPARE(std::count_if(plans.cbegin(), plans.cend(),
                           [&](const RecentPlan &plan) { return plan.path == again; }),
             1);

    // Relative paths are stored absolute, so the same file is one entry.
    store.touchRecentPlan(QStringLiteral("relative.json"), QStringLiteral("Relative"));
    QVERIFY(QFileInfo(store.recentPlans().first().path).isAbsolute());
    QVERIFY(store.removeRecentPlan(QStringLiteral("relative.json")));
    QCOMPARE(store.recentPlans().first().path, again);
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
