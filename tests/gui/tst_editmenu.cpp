// The window's Edit menu and the SQL editor as DB Browser, DataGrip and pgAdmin users know them,
// on the demo database: Ctrl+F from anywhere opens find under the SQL, go to line, copy a phase or
// the whole script, zoom, and completion of the connected catalog's table, column and function
// names as you type and on Ctrl+Space.

#include "designer/columndesignerwidget.h"
#include "editactions.h"
#include "editor/findbarwidget.h"
#include "editor/sqleditor.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>

class TestEditMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void menuHoldsTheEditorsActions();
    void findFromTheDesigner();
    void goToLineAndCopy();
    void zooms();
    void completesCatalogNames();

private:
    QAction *action(const char *name) const
    {
        auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }
    // The first editable line of the phase's body.
    int bodyLine(const QString &phase) const;

    std::unique_ptr<MainWindow> m_window;
    SqlEditor *m_editor = nullptr;
};

void TestEditMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::catalogLoaded);
    m_window->openDemo();
    QVERIFY(loaded.wait(60000));
    // A complete plan: orders.delivery_note TEXT NULL.
    auto *designer = m_window->findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    designer->setTable(QStringLiteral("main"), QStringLiteral("orders"));
    QTest::keyClicks(designer->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("gift_note"));
    designer->findChild<QComboBox *>(QStringLiteral("typeCombo"))
        ->setEditText(QStringLiteral("TEXT"));
    designer->findChild<QRadioButton *>(QStringLiteral("nullAllowedRadio"))->click();
    m_editor = m_window->findChild<SqlEditor *>(QStringLiteral("sqlEditor"));
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->hasScript(), 20000);
}

void TestEditMenu::cleanupTestCase()
{
    m_window.reset();
}

int TestEditMenu::bodyLine(const QString &phase) const
{
    for (const PhaseSection &section : m_editor->phases())
        if (section.name == phase)
            return section.firstLine;
    return -1;
}

void TestEditMenu::menuHoldsTheEditorsActions()
{
    QStringList titles;
    QMenu *edit = nullptr;
    for (QAction *item : m_window->menuBar()->actions()) {
        titles << item->text();
        if (item->menu() && item->menu()->objectName() == u"editMenu")
            edit = item->menu();
    }
    QVERIFY(edit);
    QCOMPARE(titles.indexOf(QStringLiteral("&Edit")), titles.indexOf(QStringLiteral("&File")) + 1);
    const QList<QPair<const char *, QString>> shortcuts = {
        {"findAction", QStringLiteral("Ctrl+F")},
        {"replaceAction", QStringLiteral("Ctrl+H")},
        {"findNextAction", QStringLiteral("F3")},
        {"findPreviousAction", QStringLiteral("Shift+F3")},
        {"goToLineAction", QStringLiteral("Ctrl+G")},
        {"completeAction", QStringLiteral("Ctrl+Space")},
        {"resetZoomAction", QStringLiteral("Ctrl+0")},
        {"undoAction", QKeySequence(QKeySequence::Undo).toString()},
        {"copyAction", QKeySequence(QKeySequence::Copy).toString()}};
    for (const auto &[name, keys] : shortcuts) {
        QAction *found = action(name);
        QVERIFY2(edit->actions().contains(found), name);
        QCOMPARE(found->shortcut().toString(), keys);
    }
    QVERIFY(edit->actions().contains(m_editor->copyPhaseAction()));
    QVERIFY(edit->actions().contains(m_editor->copyScriptAction()));
}

void TestEditMenu::findFromTheDesigner()
{
    // The keyboard is in the designer's name field: Ctrl+F goes to the SQL and its find bar.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    tabs->setCurrentIndex(0);
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClick(name, Qt::Key_F, Qt::ControlModifier);
    auto *bar = m_window->findChild<FindBarWidget *>(QStringLiteral("findBar"));
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(bar->findField()->hasFocus());
    QTest::keyClicks(bar->findField(), QStringLiteral("gift_note"));
    QCOMPARE(m_editor->selectedText(), QStringLiteral("gift_note"));
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    // F3 goes to the next match from anywhere in the window.
    QTest::keyClick(bar->findField(), Qt::Key_F3);
    int next = 0;
    m_editor->getCursorPosition(&next, &index);
    QVERIFY2(next > line, qPrintable(QStringLiteral("%1 -> %2").arg(line).arg(next)));
    QTest::keyClick(bar->findField(), Qt::Key_F3, Qt::ShiftModifier);
    m_editor->getCursorPosition(&next, &index);
    QCOMPARE(next, line);
    // Ctrl+H adds the replace row; Esc closes the bar and gives the keyboard to the editor.
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(bar->replaceField()->isVisible());
    QTest::keyClick(bar->findField(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(m_editor->hasFocus());
}

void TestEditMenu::goToLineAndCopy()
{
    auto *edit = m_window->findChild<EditActions *>();
    QVERIFY(edit);
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(edit->goToLineDialog() && edit->goToLineDialog()->isVisible());
    const int target = bodyLine(QStringLiteral("backfill")) + 1; // 1-based: the body's first line
    edit->goToLineDialog()->setIntValue(target);
    edit->goToLineDialog()->accept();
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    QCOMPARE(line, target - 1);
    QTRY_VERIFY(!edit->goToLineDialog());

    // Copy phase: the phase under the cursor, banner and SQL, nothing of the next one.
    QVERIFY(m_editor->copyPhaseAction()->isEnabled());
    QVERIFY(m_editor->copyPhaseAction()->text().contains(QStringLiteral("backfill")));
    m_editor->copyPhaseAction()->trigger();
    const QString phase = QGuiApplication::clipboard()->text();
    QVERIFY2(phase.startsWith(QStringLiteral("-- ===== phase 2/4: backfill")), qPrintable(phase));
    QVERIFY(phase.contains(QStringLiteral("UPDATE \"orders\"")) ||
            phase.contains(QStringLiteral("nothing to write")));
    QVERIFY(!phase.contains(QStringLiteral("phase 3/4")));
    m_editor->copyScriptAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_editor->text());
}

void TestEditMenu::zooms()
{
    m_window->activateWindow();
    m_editor->setFocus();
    QTRY_VERIFY(m_editor->hasFocus());
    QCOMPARE(int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), 0);
    action("zoomInAction")->trigger();
    action("zoomInAction")->trigger();
    QCOMPARE(int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), 2);
    action("zoomOutAction")->trigger();
    QCOMPARE(int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), 1);
    QTest::keyClick(m_editor, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), 0);
}

void TestEditMenu::completesCatalogNames()
{
    // The demo's names are prepared off the GUI thread.
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->isCompletionReady(), 20000);

    // Type in the verify phase: the list opens from the second character on.
    const int line = bodyLine(QStringLiteral("verify"));
    QVERIFY(line > 0);
    m_window->activateWindow();
    m_editor->setFocus();
    QTRY_VERIFY(m_editor->hasFocus());
    m_editor->setCursorPosition(line, 0);
    QTest::keyClicks(m_editor, QStringLiteral("SELECT customer_i"));
    QTRY_VERIFY(m_editor->isListActive());
    auto current = [this] {
        QByteArray buffer(256, '\0');
        m_editor->SendScintilla(QsciScintillaBase::SCI_AUTOCGETCURRENTTEXT, buffer.data());
        return QString::fromUtf8(buffer.constData());
    };
    QCOMPARE(current(), QStringLiteral("customer_id")); // a column of orders
    QTest::keyClick(m_editor, Qt::Key_Escape);
    QVERIFY(!m_editor->isListActive());

    // A function of the connected SQLite, on Ctrl+Space.
    QTest::keyClicks(m_editor, QStringLiteral(", json_ext"));
    QTest::keyClick(m_editor, Qt::Key_Escape);
    QVERIFY(!m_editor->isListActive());
    QTest::keyClick(m_editor, Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(m_editor->isListActive());
    QCOMPARE(current(), QStringLiteral("json_extract"));
    QTest::keyClick(m_editor, Qt::Key_Return);
    QVERIFY(m_editor->text(line).contains(QStringLiteral("json_extract")));
    QVERIFY(m_editor->isHandEdited(QStringLiteral("verify")));
}

QTEST_MAIN(TestEditMenu)
#include "tst_editmenu.moc"
