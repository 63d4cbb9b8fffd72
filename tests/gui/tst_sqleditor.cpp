// The SQL editor offscreen: one fold per phase, findings drawn as indicator + marker +
// annotation, and hand edits typed by the user told apart from the generated SQL.

#include "editor/sqleditor.h"
#include "plan/planfile.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"
#include "testsupport.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestSqlEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsPhasesFoldedOneByOne();
    void drawsFindings();
    void tellsHandEditedPhases();
    void protectsBannersAndHeader();
    void showsOverridesFromThePlan();

private:
    static Plan samplePlan();
    static void clickLine(SqlEditor &editor, int line);
};

void TestSqlEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

Plan TestSqlEditor::samplePlan()
{
    return PlanFile::load(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json"));
}

void TestSqlEditor::clickLine(SqlEditor &editor, int line)
{
    editor.setFocus();
    editor.setCursorPosition(line, 0);
    QVERIFY(editor.hasFocus() || !editor.isActiveWindow());
}

void TestSqlEditor::showsPhasesFoldedOneByOne()
{
    SqlEditor editor;
    editor.resize(900, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const Script script = Compiler::compile(samplePlan());
    editor.showScript(script, script);

    // The editor shows the very bytes `column-planner generate` prints.
    QCOMPARE(editor.text(), ScriptRenderer::render(script));
    QStringList names;
    for (const PhaseSection &section : editor.phases())
        names << section.name;
    QCOMPARE(names, (QStringList{QStringLiteral("expand"), QStringLiteral("backfill"),
                                 QStringLiteral("enforce"), QStringLiteral("verify")}));

    // Each banner heads a fold; its body is one level deeper; the header is at the base level.
    for (const PhaseSection &section : editor.phases()) {
        const int level =
            int(editor.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, section.bannerLine));
        QVERIFY(level & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG);
        const int bodyLevel =
            int(editor.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, section.firstLine));
        QCOMPARE(bodyLevel & QsciScintillaBase::SC_FOLDLEVELNUMBERMASK,
                 QsciScintillaBase::SC_FOLDLEVELBASE + 1);
        // The phase's purpose stands under its banner.
        const Phase *phase = script.phase(section.name);
        QVERIFY(editor.annotationAt(section.bannerLine).contains(phase->purpose));
    }
    QCOMPARE(int(editor.SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, 0)) &
                 QsciScintillaBase::SC_FOLDLEVELHEADERFLAG,
             0);

    // Folding the backfill hides its body and nothing else.
    const PhaseSection backfill = editor.phases().at(1);
    const PhaseSection enforce = editor.phases().at(2);
    editor.setPhaseFolded(QStringLiteral("backfill"), true);
    QVERIFY(editor.isPhaseFolded(QStringLiteral("backfill")));
    QVERIFY(!editor.isPhaseFolded(QStringLiteral("expand")));
    QVERIFY(editor.SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, backfill.bannerLine));
    QVERIFY(!editor.SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, backfill.firstLine));
    QVERIFY(!editor.SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, backfill.lastLine));
    QVERIFY(editor.SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, enforce.bannerLine));
    QVERIFY(editor.SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, enforce.firstLine));

    // Clicking the fold margin at the banner unfolds it, as a user would.
    editor.SendScintilla(QsciScintillaBase::SCI_TOGGLEFOLD, backfill.bannerLine);
    QVERIFY(!editor.isPhaseFolded(QStringLiteral("backfill")));
    QVERIFY(editor.SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, backfill.firstLine));
}

void TestSqlEditor::drawsFindings()
{
    SqlEditor editor;
    editor.show();
    const Script script = Compiler::compile(samplePlan());
    editor.showScript(script, script);

    // Find the statement that adds the column: the finding points at it.
    int addLine = -1;
    for (int line = 0; line < editor.lines(); ++line)
        if (editor.text(line).startsWith(QStringLiteral("ALTER TABLE")) &&
            editor.text(line).contains(QStringLiteral("ADD COLUMN")))
            addLine = line;
    QVERIFY(addLine >= 0);
    Finding error;
    error.rule = QStringLiteral("test-rule");
    error.severity = Severity::Error;
    error.message = QStringLiteral("takes an ACCESS EXCLUSIVE lock");
    error.hint = QStringLiteral("set lock_timeout first");
    error.line = addLine + 1;
    error.column = 1;
    Finding info;
    info.severity = Severity::Info;
    info.message = QStringLiteral("just so you know");
    info.line = 2;
    info.column = 4;
    editor.setFindings({error, info});

    QVERIFY(editor.markersAtLine(addLine) & (1 << SqlEditor::ErrorMarker));
    QVERIFY(!(editor.markersAtLine(addLine) & (1 << SqlEditor::WarningMarker)));
    QVERIFY(editor.markersAtLine(1) & (1 << SqlEditor::InfoMarker));
    const int position = editor.positionFromLineIndex(addLine, 3);
    QVERIFY(editor.SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                 editor.indicatorFor(Severity::Error), position));
    QVERIFY(!editor.SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                  editor.indicatorFor(Severity::Warning), position));
    QVERIFY(editor.annotationAt(addLine).contains(
        QStringLiteral("error: takes an ACCESS EXCLUSIVE lock")));
    QVERIFY(editor.annotationAt(addLine).contains(QStringLiteral("set lock_timeout first")));
    QVERIFY(editor.annotationAt(1).contains(QStringLiteral("just so you know")));
    // The indicator starts at the finding's column: not before it.
    QVERIFY(!editor.SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                  editor.indicatorFor(Severity::Info),
                                  editor.positionFromLineIndex(1, 1)));

    editor.setFindings({});
    QCOMPARE(editor.markersAtLine(addLine) & (1 << SqlEditor::ErrorMarker), 0u);
    QVERIFY(!editor.annotationAt(addLine).contains(QStringLiteral("ACCESS EXCLUSIVE lock")));
}

void TestSqlEditor::tellsHandEditedPhases()
{
    SqlEditor editor;
    editor.resize(900, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.activateWindow();
    const Script script = Compiler::compile(samplePlan());
    editor.showScript(script, script);
    QVERIFY(editor.handEditedPhases().isEmpty());
    QVERIFY(!editor.revertPhaseAction()->isEnabled());

    QSignalSpy edited(&editor, &SqlEditor::phaseEdited);
    QSignalSpy restored(&editor, &SqlEditor::phaseRestored);
    QSignalSpy revert(&editor, &SqlEditor::revertRequested);
    const PhaseSection verify = editor.phases().at(3);
    clickLine(editor, verify.firstLine);
    QTest::keyClicks(&editor, QStringLiteral("-- checked by hand"));
    QTest::keyClick(&editor, Qt::Key_Return);

    QCOMPARE(edited.count() > 0, true);
    QCOMPARE(edited.last().at(0).toString(), QStringLiteral("verify"));
    QVERIFY(edited.last().at(1).toString().startsWith(QStringLiteral("-- checked by hand\n")));
    QVERIFY(editor.isHandEdited(QStringLiteral("verify")));
    QCOMPARE(editor.handEditedPhases(), QStringList{QStringLiteral("verify")});
    QVERIFY(editor.markersAtLine(verify.bannerLine) & (1 << SqlEditor::HandEditedMarker));
    QVERIFY(editor.markersAtLine(verify.firstLine) & (1 << SqlEditor::HandEditedMarker));
    QCOMPARE(editor.markersAtLine(editor.phases().at(0).firstLine) &
                 (1 << SqlEditor::HandEditedMarker),
             0u);
    QVERIFY(editor.annotationAt(verify.bannerLine).contains(QStringLiteral("Hand-edited")));
    QVERIFY(editor.revertPhaseAction()->isEnabled());
    QVERIFY(editor.revertPhaseAction()->text().contains(QStringLiteral("verify")));

    editor.revertPhaseAction()->trigger();
    QCOMPARE(revert.count(), 1);
    QCOMPARE(revert.at(0).at(0).toString(), QStringLiteral("verify"));

    // Taking the typing back makes the phase generated again.
    const int before = int(restored.count());
    while (editor.isHandEdited(QStringLiteral("verify")) && editor.isUndoAvailable())
        editor.undo();
    QVERIFY(!editor.isHandEdited(QStringLiteral("verify")));
    QCOMPARE(restored.count(), before + 1);
    QCOMPARE(editor.markersAtLine(verify.bannerLine) & (1 << SqlEditor::HandEditedMarker), 0u);
}

void TestSqlEditor::protectsBannersAndHeader()
{
    SqlEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const Script script = Compiler::compile(samplePlan());
    editor.showScript(script, script);
    const QString original = editor.text();
    QSignalSpy problem(&editor, &SqlEditor::editProblem);
    QSignalSpy edited(&editor, &SqlEditor::phaseEdited);

    const PhaseSection backfill = editor.phases().at(1);
    clickLine(editor, backfill.bannerLine);
    QTest::keyClicks(&editor, QStringLiteral("oops"));
    QCOMPARE(editor.text(), original);
    // Backspace at the start of the first body line would join it with the banner.
    editor.setCursorPosition(backfill.firstLine, 0);
    QTest::keyClick(&editor, Qt::Key_Backspace);
    QCOMPARE(editor.text(), original);
    editor.setCursorPosition(0, 3);
    QTest::keyClick(&editor, Qt::Key_Delete);
    QCOMPARE(editor.text(), original);
    QVERIFY(problem.count() >= 3);
    QVERIFY(problem.last().at(0).toString().contains(QStringLiteral("banners")));
    QCOMPARE(edited.count(), 0);

    // A change made some other way (a programmatic replace) is taken back.
    editor.setSelection(backfill.bannerLine, 0, backfill.bannerLine, 10);
    editor.replaceSelectedText(QStringLiteral("-- broken "));
    QTRY_COMPARE(editor.text(), original);
}

void TestSqlEditor::showsOverridesFromThePlan()
{
    SqlEditor editor;
    editor.show();
    Plan plan = samplePlan();
    const Script generated = Compiler::compile(plan);
    plan.overrides.insert(QStringLiteral("backfill"),
                          QStringLiteral("UPDATE orders SET amount_cents = 0;\n"));
    const Script effective = Compiler::compile(plan);
    editor.showScript(effective, generated, {QStringLiteral("backfill")});
    QCOMPARE(editor.text(), ScriptRenderer::render(effective));
    QCOMPARE(editor.handEditedPhases(), QStringList{QStringLiteral("backfill")});
    QCOMPARE(editor.phaseText(QStringLiteral("backfill")),
             QStringLiteral("UPDATE orders SET amount_cents = 0;\n"));
    const int banner = editor.bannerLine(QStringLiteral("backfill"));
    QVERIFY(editor.annotationAt(banner).contains(QStringLiteral("Hand-edited")));
    QVERIFY(
        editor.annotationAt(banner).contains(QStringLiteral("changed this phase's generated SQL")));
    QVERIFY(editor.generatedPhaseText(QStringLiteral("backfill")) !=
            editor.phaseText(QStringLiteral("backfill")));

    // A placeholder has no phases and cannot be edited.
    editor.showPlaceholder(QStringLiteral("Choose whether the column allows NULL."));
    QVERIFY(!editor.hasScript());
    QVERIFY(editor.isReadOnly());
    QCOMPARE(editor.text(), QStringLiteral("-- Choose whether the column allows NULL.\n"));
}

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
