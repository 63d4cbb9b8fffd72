// Find and replace under the SQL editor, driven from the keyboard: typing finds, Enter and F3
// go on (wrapping), Shift+Enter goes back, a miss says so; Replace and Replace all change the SQL
// the user may edit, leave the generated header and banners alone, and undo as one step.

#include "editor/findbarwidget.h"
#include "editor/sqleditor.h"
#include "plan/planfile.h"
#include "sql/compiler.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QVBoxLayout>

class TestFindBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void findsAsYouType();
    void replacesOutsideTheFrame();
    void escapeReturnsToTheEditor();

private:
    int selectedLine() const
    {
        int lineFrom = -1, indexFrom = -1, lineTo = -1, indexTo = -1;
        m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        return lineFrom;
    }

    std::unique_ptr<QWidget> m_page;
    SqlEditor *m_editor = nullptr;
    FindBarWidget *m_bar = nullptr;
    Script m_script;
};

void TestFindBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_script = Compiler::compile(
        PlanFile::load(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json")));
}

void TestFindBar::init()
{
    m_page = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_page.get());
    m_editor = new SqlEditor(m_page.get());
    m_bar = new FindBarWidget(m_editor, m_page.get());
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_bar);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_editor->showScript(m_script, m_script);
}

void TestFindBar::cleanup()
{
    m_page.reset();
}

void TestFindBar::findsAsYouType()
{
    QVERIFY(!m_bar->isVisible());
    m_editor->setCursorPosition(0, 0);
    m_bar->showFind();
    QVERIFY(m_bar->isVisible());
    QVERIFY(m_bar->findField()->hasFocus());

    // Typing selects the first match after the cursor.
    QTest::keyClicks(m_bar->findField(), QStringLiteral("SET lock_timeout"));
    QVERIFY(m_editor->hasSelectedText());
    QCOMPARE(m_editor->selectedText(), QStringLiteral("SET lock_timeout"));
    const int first = selectedLine();
    QVERIFY(first > 0);

    // Enter goes to the next one, Shift+Enter back.
    QTest::keyClick(m_bar->findField(), Qt::Key_Return);
    const int second = selectedLine();
    QVERIFY2(second > first, qPrintable(QString::number(second)));
    QTest::keyClick(m_bar->findField(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(selectedLine(), first);

    // Past the last match the search goes on from the top, and says so.
    int guard = 0;
    int previous = selectedLine();
    while (guard++ < 100) {
        QVERIFY(m_bar->findNext());
        if (selectedLine() < previous)
            break;
        previous = selectedLine();
    }
    QCOMPARE(selectedLine(), first);
    QCOMPARE(m_bar->statusText(), QStringLiteral("Continued from the top"));

    // Whole words and case are honoured; a miss says so.
    m_bar->findChild<QCheckBox *>(QStringLiteral("matchCase"))->setChecked(true);
    m_bar->findField()->selectAll();
    QTest::keyClicks(m_bar->findField(), QStringLiteral("set LOCK_TIMEOUT"));
    QVERIFY(!m_bar->findNext());
    QCOMPARE(m_bar->statusText(), QStringLiteral("Not found"));
}

void TestFindBar::replacesOutsideTheFrame()
{
    const QString header = m_editor->text(0);
    const int bannerLine = m_editor->phases().first().bannerLine;
    const QString banner = m_editor->text(bannerLine);
    QVERIFY(header.contains(QStringLiteral("amount_cents")) ||
            banner.contains(QStringLiteral("amount_cents")));
    const int inBody = m_editor->text().count(QStringLiteral("amount_cents"));

    m_bar->showReplace();
    QTest::keyClicks(m_bar->findField(), QStringLiteral("amount_cents"));
    QVERIFY(m_bar->replaceField()->isVisible());
    QTest::keyClicks(m_bar->replaceField(), QStringLiteral("amount_in_cents"));
    const int replaced = m_bar->replaceAll();
    QVERIFY(replaced > 0);
    QVERIFY(replaced < inBody); // the generated lines kept the name
    QVERIFY2(m_bar->statusText().contains(QStringLiteral("left alone")),
             qPrintable(m_bar->statusText()));
    QCOMPARE(m_editor->text(0), header);
    QCOMPARE(m_editor->text(bannerLine), banner);
    QVERIFY(
        m_editor->text().contains(QStringLiteral("ADD COLUMN IF NOT EXISTS \"amount_in_cents\"")));
    // The edits are the user's: the phases they touched are hand-edited now.
    QVERIFY(!m_editor->handEditedPhases().isEmpty());

    // One undo takes the whole replacement back.
    m_editor->undo();
    QCOMPARE(m_editor->text().count(QStringLiteral("amount_in_cents")), 0);
    QVERIFY(m_editor->handEditedPhases().isEmpty());

    // Replace changes the selected match and moves on to the next one.
    m_editor->setCursorPosition(m_editor->phases().first().firstLine, 0);
    QVERIFY(m_bar->findNext());
    const int line = selectedLine();
    QVERIFY(!m_editor->isGeneratedLine(line));
    QVERIFY(m_bar->replaceCurrent());
    QVERIFY(m_editor->text(line).contains(QStringLiteral("amount_in_cents")));
    QVERIFY(m_editor->hasSelectedText());
    QCOMPARE(m_editor->selectedText(), QStringLiteral("amount_cents"));

    // An incomplete plan's placeholder is read-only: nothing is replaced.
    m_editor->showPlaceholder(QStringLiteral("amount_cents: not complete"));
    QCOMPARE(m_bar->replaceAll(), 0);
    QVERIFY(m_editor->text().contains(QStringLiteral("amount_cents")));
}

void TestFindBar::escapeReturnsToTheEditor()
{
    m_editor->setFocus();
    m_bar->showFind();
    QVERIFY(m_bar->findField()->hasFocus());
    QTest::keyClick(m_bar->findField(), Qt::Key_Escape);
    QVERIFY(!m_bar->isVisible());
    QVERIFY(m_editor->hasFocus());

    // The word under the cursor seeds the search.
    const int line = m_editor->phases().first().firstLine;
    for (int l = line; l < m_editor->lines(); ++l)
        if (m_editor->text(l).startsWith(QStringLiteral("ALTER TABLE"))) {
            m_editor->setCursorPosition(l, 2);
            break;
        }
    m_bar->showFind();
    QCOMPARE(m_bar->findField()->text(), QStringLiteral("ALTER"));
    QCOMPARE(m_bar->findField()->selectedText(), QStringLiteral("ALTER"));
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
