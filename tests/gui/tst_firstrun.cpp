// First run: the welcome page (demo, sample plans, recent plans), the settings dialog whose
// defaults reach new plans, and the bundled guide from the Help menu. Driven by the keyboard
// where a person would use it.

#include "designer/columndesignerwidget.h"
#include "guidedialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "store/appsettings.h"
#include "store/shareddata.h"
#include "testsupport.h"
#include "welcomepage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>

class TestFirstRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void welcomeOpensSampleAndRecentPlans();
    void settingsReachNewPlans();
    void guideFromHelpMenu();
    void demoFromWelcomeByKeyboard();

private:
    static QString samplePlan()
    {
        return SharedData::samplePlansDir() + QStringLiteral("/orders-add-refund-count.json");
    }
};

void TestFirstRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(samplePlan()), qPrintable(samplePlan()));
}

void TestFirstRun::init()
{
    // Every case starts as a first run: no settings, no store.
    QFile::remove(AppSettings::defaultPath());
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestFirstRun::welcomeOpensSampleAndRecentPlans()
{
    MainWindow window;
    window.show();
    auto *designer = window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    QVERIFY(designer);
    auto *welcomeWidget = window.findChild<WelcomePage *>(QStringLiteral("welcomePage"));
    QVERIFY(welcomeWidget);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(welcomeWidget->isVisible());
    QVERIFY(!window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))->isVisible());
    QCOMPARE(welcomeWidget->findChild<QListWidget *>(QStringLiteral("recentPlans"))->count(), 0);

    QVERIFY(window.openPlanPath(samplePlan()));
    QVERIFY(!welcomeWidget->isVisible());
    QVERIFY(window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))->isVisible());
    QCOMPARE(designer->document().path(), samplePlan());
    QCOMPARE(designer->plan().column.name, QStringLiteral("refund_count"));

    // Back to the welcome page (View › Welcome page): the plan is listed; Enter opens it again.
    window.findChild<QAction *>(QStringLiteral("welcomeAction"))->trigger();
    QVERIFY(welcomeWidget->isVisible());
    QListWidget *recent = welcomeWidget->findChild<QListWidget *>(QStringLiteral("recentPlans"));
    QCOMPARE(recent->count(), 1);
    QVERIFY(recent->item(0)->text().contains(QStringLiteral("orders-add-refund-count.json")));
    designer->newPlan();
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Return);
    QTRY_VERIFY(!welcomeWidget->isVisible());
    QCOMPARE(designer->document().path(), QFileInfo(samplePlan()).absoluteFilePath());

    // The list survives a restart: it lives in the local store.
    MainWindow second;
    QCOMPARE(second.findChild<WelcomePage *>(QStringLiteral("welcomePage"))
                 ->findChild<QListWidget *>(QStringLiteral("recentPlans"))
                 ->count(),
             1);
}

void TestFirstRun::settingsReachNewPlans()
{
    MainWindow window;
    window.show();
    auto *designer = window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    QVERIFY(designer);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    const struct
    {
        const char *name;
        int value;
    } fields[] = {{"defaultLockTimeoutMs", 750},
                  {"defaultTargetBatchMs", 120},
                  {"defaultMaxReplicationLagMs", 20000}};
    for (const auto &field : fields) {
        auto *spin = dialog->findChild<QSpinBox *>(QString::fromLatin1(field.name));
        QVERIFY(spin);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QString::number(field.value));
        QCOMPARE(spin->value(), field.value);
    }
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    language->setFocus();
    // System, English, Deutsch, Français: two steps down is German.
    QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    QTest::keyClick(language, Qt::Key_Return); // OK is the default button
    QTRY_VERIFY(!dialog->isVisible());

    const AppSettings saved = AppSettings::load();
    QCOMPARE(saved.lockTimeoutMs, 750);
    QCOMPARE(saved.targetBatchMs, 120);
    QCOMPARE(saved.maxReplicationLagMs, 20000);
    QCOMPARE(saved.language, QStringLiteral("de"));

    designer->newPlan();
    const Plan plan = designer->plan();
    QCOMPARE(plan.backfill.lockTimeoutMs, 750);
    QCOMPARE(plan.backfill.targetBatchMs, 120);
    QCOMPARE(plan.backfill.maxReplicationLagMs, 20000);

    // A plan opened from a file keeps its own settings.
    QVERIFY(window.openPlanPath(samplePlan()));
    QCOMPARE(designer->plan().backfill.lockTimeoutMs, 2000);

    // The next start reads them back.
    MainWindow next;
    next.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"))->newPlan();
    QCOMPARE(next.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"))
                 ->plan()
                 .backfill.targetBatchMs,
             120);
}

void TestFirstRun::guideFromHelpMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(window.findChild<GuideDialog *>(QStringLiteral("guideDialog")) &&
                window.findChild<GuideDialog *>(QStringLiteral("guideDialog"))->isVisible());
    const QString text = window.findChild<GuideDialog *>(QStringLiteral("guideDialog"))
                             ->findChild<QTextBrowser *>(QStringLiteral("guideBrowser"))
                             ->toPlainText();
    for (const char *section :
         {"Connect", "Design the column", "Review the SQL", "Run it", "Keyboard", "Command line"})
        QVERIFY2(text.contains(QString::fromLatin1(section)), section);
    QVERIFY(text.contains(QStringLiteral("lock_timeout")));
}

void TestFirstRun::demoFromWelcomeByKeyboard()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    auto *welcome = window.findChild<WelcomePage *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome);
    QPushButton *demo = welcome->demoButton();
    demo->setFocus();
    QTest::keyClick(demo, Qt::Key_Space);
    QVERIFY(loaded.wait(60000));
    QVERIFY(!welcome->isVisible());
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo.sqlite")));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
