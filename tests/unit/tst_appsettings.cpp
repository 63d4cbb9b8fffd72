// The user's defaults: built-in values without a file, a round trip through the INI file, and
// hand-edited nonsense falling back to the defaults instead of reaching a plan.

#include "store/appsettings.h"
#include "testsupport.h"

#include <QFile>
#include <QSettings>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingFileGivesBuiltInDefaults();
    void savesAndLoads();
    void outOfRangeValuesFallBack();
    void newPlanBackfillCarriesTheDefaults();
};

void TestAppSettings::missingFileGivesBuiltInDefaults()
{
    const AppSettings settings =
        AppSettings::load(testsupport::tempPath(QStringLiteral("absent/settings.ini")));
    const BackfillSettings planDefaults;
    QCOMPARE(settings.lockTimeoutMs, planDefaults.lockTimeoutMs);
    QCOMPARE(settings.targetBatchMs, planDefaults.targetBatchMs);
    QCOMPARE(settings.maxReplicationLagMs, planDefaults.maxReplicationLagMs);
    QVERIFY(settings.language.isEmpty());
}

void TestAppSettings::savesAndLoads()
{
    const QString path = testsupport::tempPath(QStringLiteral("nested/dir/settings.ini"));
    AppSettings settings;
    settings.lockTimeoutMs = 750;
    settings.targetBatchMs = 120;
    settings.maxReplicationLagMs = 30000;
    settings.language = QStringLiteral("fr");
    QString error;
    QVERIFY2(settings.save(path, &error), qPrintable(error));
    const AppSettings loaded = AppSettings::load(path);
    QCOMPARE(loaded.lockTimeoutMs, 750);
    QCOMPARE(loaded.targetBatchMs, 120);
    QCOMPARE(loaded.maxReplicationLagMs, 30000);
    QCOMPARE(loaded.language, QStringLiteral("fr"));
}

void TestAppSettings::outOfRangeValuesFallBack()
{
    const QString path = testsupport::tempPath(QStringLiteral("edited.ini"));
    {
        QSettings file(path, QSettings::IniFormat);
        file.setValue(QStringLiteral("defaults/lock_timeout_ms"), 0); // would mean "wait forever"
        file.setValue(QStringLiteral("defaults/target_batch_ms"), QStringLiteral("fast"));
        file.setValue(QStringLiteral("defaults/max_replication_lag_ms"), 15000);
    }
    const AppSettings loaded = AppSettings::load(path);
    QCOMPARE(loaded.lockTimeoutMs, BackfillSettings{}.lockTimeoutMs);
    QCOMPARE(loaded.targetBatchMs, BackfillSettings{}.targetBatchMs);
    QCOMPARE(loaded.maxReplicationLagMs, 15000);
}

void TestAppSettings::newPlanBackfillCarriesTheDefaults()
{
    AppSettings settings;
    settings.lockTimeoutMs = 900;
    settings.targetBatchMs = 80;
    settings.maxReplicationLagMs = 2500;
    const BackfillSettings backfill = settings.newPlanBackfill();
    QCOMPARE(backfill.lockTimeoutMs, 900);
    QCOMPARE(backfill.targetBatchMs, 80);
    QCOMPARE(backfill.maxReplicationLagMs, 2500);
    QCOMPARE(backfill.maxBatchRows,
             BackfillSettings{}.maxBatchRows); // untouched keys keep the plan's defaults
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
