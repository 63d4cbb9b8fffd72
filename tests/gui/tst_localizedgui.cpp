// The window in each language: the bundled guide in the menus' language, and no two items of one
// menu, of the menu bar, of the central tabs, or of one form (a tab's page, a dock, a dialog)
// sharing an Alt+letter mnemonic (Qt would then cycle between them instead of acting).

#include "connectiondialog.h"
#include "guidedialog.h"
#include "handoff/approvedialog.h"
#include "handoff/exportdialog.h"
#include "handoff/plancomparedialog.h"
#include "handoff/reportdialog.h"
#include "i18n/translationloader.h"
#include "mainwindow.h"
#include "plan/planfile.h"
#include "run/productionconfirmdialog.h"
#include "settingsdialog.h"
#include "store/appsettings.h"
#include "store/localstore.h"
#include "store/shareddata.h"
#include "testsupport.h"
#include "welcomepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTranslator>

namespace {

// The Alt+letter of a text: the character after a single '&' ("&&" is a literal ampersand).
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

int mnemonicsChecked =
    0; // so a window that lost its widgets cannot pass by having nothing to check

// Mnemonics used more than once among (text, where) pairs, as readable lines.
QStringList clashes(const QList<QPair<QString, QString>> &items, const QString &scope)
{
    QHash<QChar, QStringList> byLetter;
    for (const auto &[text, where] : items) {
        if (const QChar letter = mnemonic(text); !letter.isNull()) {
            byLetter[letter] << QStringLiteral("\"%1\" (%2)").arg(text, where);
            ++mnemonicsChecked;
        }
    }
    QStringList found;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            found << QStringLiteral("%1: Alt+%2 on %3")
                         .arg(scope, it.key(), it.value().join(QStringLiteral(", ")));
    return found;
}

QStringList menuClashes(const QMenu *menu, const QString &path)
{
    QList<QPair<QString, QString>> items;
    QStringList found;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        items << qMakePair(action->text(), action->objectName());
        if (action->menu())
            found << menuClashes(action->menu(),
                                 path + QStringLiteral(" › ") + action->menu()->title());
    }
    return found << clashes(items, path);
}

// What Alt+letter reaches in a form as shown now: visible buttons, checkable group boxes, tab
// bars and labels with a buddy.
QList<QPair<QString, QString>> visibleMnemonics(const QWidget *window)
{
    QList<QPair<QString, QString>> items;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->isVisible())
            items << qMakePair(button->text(), button->objectName());
    for (const QGroupBox *box : window->findChildren<QGroupBox *>())
        if (box->isVisible() && box->isCheckable())
            items << qMakePair(box->title(), box->objectName());
    for (const QLabel *label : window->findChildren<QLabel *>())
        if (label->isVisible() && label->buddy() && label->textFormat() != Qt::RichText)
            items << qMakePair(label->text(), label->buddy()->objectName());
    for (const QTabBar *bar : window->findChildren<QTabBar *>())
        if (bar->isVisible())
            for (int i = 0; i < bar->count(); ++i)
                if (bar->isTabVisible(i))
                    items << qMakePair(bar->tabText(i), QStringLiteral("tab"));
    return items;
}

} // namespace

class TestLocalizedGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void guideFollowsTheLanguage();

private:
    // Installs the language's catalogue for one test (English: none); removed afterwards.
    bool useLanguage(const QString &language);
    std::unique_ptr<QTranslator> m_translator;
};

void TestLocalizedGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(AppSettings::defaultPath());
}

bool TestLocalizedGui::useLanguage(const QString &language)
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    if (language == u"en")
        return true;
    m_translator = std::make_unique<QTranslator>();
    return m_translator->load(QStringLiteral("column-planner_") + language,
                              SharedData::translationsDir()) &&
           QCoreApplication::installTranslator(m_translator.get());
}

void TestLocalizedGui::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestLocalizedGui::mnemonicsAreUnique()
{
    QFETCH(QString, language);
    QVERIFY2(useLanguage(language), qPrintable(language));
    QStringList found;
    mnemonicsChecked = 0;

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QPair<QString, QString>> titles;
    for (QAction *action : window.menuBar()->actions()) {
        if (!action->menu() || !action->isVisible())
            continue;
        titles << qMakePair(action->text(), action->menu()->objectName());
        found << menuClashes(action->menu(), action->menu()->title());
    }
    found << clashes(titles, QStringLiteral("menu bar"));
    QVERIFY(window.findChild<WelcomePage *>(QStringLiteral("welcomePage"))->isVisible());
    found << clashes(
        visibleMnemonics(window.findChild<WelcomePage *>(QStringLiteral("welcomePage"))),
        QStringLiteral("welcome page"));

    // The main window with the demo open: the central tabs, and each tab's page as shown (a page
    // is one form; its inner tab bars are part of it).
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openDemo();
    QVERIFY(loaded.wait(60000));
    QTabWidget *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    QList<QPair<QString, QString>> tabTexts;
    for (int i = 0; i < tabs->count(); ++i)
        tabTexts << qMakePair(tabs->tabText(i), QStringLiteral("tab"));
    found << clashes(tabTexts, QStringLiteral("central tabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTRY_VERIFY2_WITH_TIMEOUT(
            tabs->widget(i)->isVisible(),
            qPrintable(QStringLiteral("tab \"%1\" was not shown").arg(tabs->tabText(i))), 30000);
        found << clashes(visibleMnemonics(tabs->widget(i)),
                         QStringLiteral("tab \"%1\"").arg(tabs->tabText(i)));
    }
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        if (dock->isVisible() && dock->widget())
            found << clashes(visibleMnemonics(dock->widget()),
                             QStringLiteral("dock \"%1\"").arg(dock->windowTitle()));

    LocalStore store;
    const Plan plan = PlanFile::load(SharedData::samplePlansDir() +
                                     QStringLiteral("/orders-add-refund-count.json"));
    const QList<QDialog *> dialogs{
        new ConnectionDialog(&store, nullptr, &window),
        new SettingsDialog(AppSettings{}, &window),
        new GuideDialog(&window),
        new ExportDialog(plan, &window),
        new ApproveDialog(plan.title, QString(64, u'a'), &window),
        new ReportDialog(QStringLiteral("/tmp/report.html"), QString(), &window),
        new PlanCompareDialog(plan, QStringLiteral("plan.json"), &window),
        new ProductionConfirmDialog(QStringLiteral("prod"), QStringLiteral("approved"), &window)};
    for (QDialog *dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        found << clashes(visibleMnemonics(dialog), dialog->metaObject()->className());
        dialog->close();
    }
    for (const QString &clash : found)
        qWarning("%s", qPrintable(clash));
    QVERIFY2(mnemonicsChecked >= 100, qPrintable(QString::number(mnemonicsChecked)));
    QVERIFY2(found.isEmpty(), "mnemonics shared within one menu, window or dialog (listed above)");
}

void TestLocalizedGui::guideFollowsTheLanguage()
{
    // Help › Guide under German: the German guide, as TranslationLoader decides at startup.
    useLanguage(QStringLiteral("en"));
    QCOMPARE(TranslationLoader::install(QStringLiteral("de")).language(), QLocale::German);
    QCOMPARE(TranslationLoader::uiLanguage(), QStringLiteral("de"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(window.findChild<GuideDialog *>(QStringLiteral("guideDialog")) &&
                window.findChild<GuideDialog *>(QStringLiteral("guideDialog"))->isVisible());
    const QString text = window.findChild<GuideDialog *>(QStringLiteral("guideDialog"))
                             ->findChild<QTextBrowser *>(QStringLiteral("guideBrowser"))
                             ->toPlainText();
    for (const char *section : {"Verbinden", "Die Spalte entwerfen", "Das SQL prüfen", "Ausführen",
                                "Tastatur", "Kommandozeile"})
        QVERIFY2(text.contains(QString::fromUtf8(section)), section);
    QVERIFY(text.contains(QStringLiteral("lock_timeout")));
    QCOMPARE(window.findChild<GuideDialog *>(QStringLiteral("guideDialog"))->windowTitle(),
             QStringLiteral("Column-Planner-Leitfaden"));
    // Every language the catalogues have, has its guide.
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")})
        QVERIFY2(GuideDialog::sourcePath(language).endsWith(language + QStringLiteral(".html")),
                 qPrintable(language));
    QCOMPARE(GuideDialog::sourcePath(QStringLiteral("es")), QStringLiteral(":/guide/index.html"));
}

QTEST_MAIN(TestLocalizedGui)
#include "tst_localizedgui.moc"
