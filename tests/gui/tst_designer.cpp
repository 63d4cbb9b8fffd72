// The column designer offscreen, in the main window on the demo database: pick a table, type a
// name and see the naming rules answer, choose nullability, type expressions checked by the
// server, see the phased SQL, hand-edit a phase, save the plan and load it back.

#include "designer/columndesignerwidget.h"
#include "designer/fieldnote.h"
#include "designer/namereviewpanel.h"
#include "editor/sqleditor.h"
#include "mainwindow.h"
#include "plan/planfile.h"
#include "schemabrowserwidget.h"
#include "tabledetailpanel.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>

namespace {

// The user has picked NULL allowed or NOT NULL (neither is checked in a new plan).
bool nullabilityChosen(const ColumnDesignerWidget *designer)
{
    return designer->findChild<QRadioButton *>(QStringLiteral("nullAllowedRadio"))->isChecked() ||
           designer->findChild<QRadioButton *>(QStringLiteral("notNullRadio"))->isChecked();
}

} // namespace

class TestDesigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void designsAColumnOnTheDemo();
    void presetFillsTheDesignOffline();
    void checksExpressionsOnPostgres();

private:
    static QModelIndex findRow(QAbstractItemModel *model, const QString &text,
                               const QModelIndex &parent = {});
    static void retype(QLineEdit *edit, const QString &text);
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
};

void TestDesigner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QModelIndex TestDesigner::findRow(QAbstractItemModel *model, const QString &text,
                                  const QModelIndex &parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
        const QModelIndex found = findRow(model, text, index);
        if (found.isValid())
            return found;
    }
    return {};
}

void TestDesigner::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestDesigner::designsAColumnOnTheDemo()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openDemo();
    QVERIFY(loaded.wait(60000));

    // Pick orders in the schema browser: the designer follows.
    QTreeView *tree =
        window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"))->treeView();
    const QModelIndex orders = findRow(tree->model(), QStringLiteral("orders"));
    QVERIFY(orders.isValid());
    tree->scrollTo(orders);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(orders).center());
    ColumnDesignerWidget *designer =
        window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    SqlEditor *editor = window.findChild<SqlEditor *>(QStringLiteral("sqlEditor"));
    QTRY_COMPARE(child<QComboBox>(designer, "tableCombo")->currentText(),
                 QStringLiteral("main.orders"));

    // A new plan has not chosen nullability: neither button, and the plan says so.
    auto *nullAllowed = child<QRadioButton>(designer, "nullAllowedRadio");
    auto *notNull = child<QRadioButton>(designer, "notNullRadio");
    QVERIFY(!nullAllowed->isChecked() && !notNull->isChecked());
    QVERIFY(child<FieldNote>(designer, "nullNote")->text().contains(QStringLiteral("not valid")));

    // The name is reviewed as it is typed.
    auto *name = child<QLineEdit>(designer, "nameEdit");
    auto *review = child<NameReviewPanel>(designer, "nameReview");
    retype(name, QStringLiteral("select"));
    QVERIFY(review->isVisible());
    QVERIFY(review->hasErrors());
    QStringList shown;
    for (const QLabel *text : review->findChildren<QLabel *>(QStringLiteral("nameIssueText")))
        shown << text->text();
    QVERIFY2(shown.join(u'\n').contains(QStringLiteral("reserved"), Qt::CaseInsensitive),
             qPrintable(shown.join(u'\n')));
    retype(name, QStringLiteral("data"));
    QVERIFY(!review->hasErrors());
    const QList<NameIssue> issues = review->issues();
    auto vague = std::find_if(issues.begin(), issues.end(),
                              [](const NameIssue &i) { return i.rule == u"vague-column-name"; });
    QVERIFY(vague != issues.end());
    QCOMPARE(vague->severity, QStringLiteral("warning"));
    QVERIFY(!vague->suggestion.isEmpty());
    // A suggestion that is a name is a button beside the message; pressing it applies the name.
    if (isPlainIdentifier(vague->suggestion)) {
        auto *use = review->findChild<QPushButton *>(QStringLiteral("useSuggestion"));
        QVERIFY(use);
        QTRY_VERIFY(use->isVisible());
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(name->text(), vague->suggestion);
    }
    retype(name, QStringLiteral("amount_cents"));
    QVERIFY(!review->hasErrors());

    auto *type = child<QComboBox>(designer, "typeCombo");
    QVERIFY(type->count() > 0); // the catalog's type names
    type->lineEdit()->setFocus();
    type->lineEdit()->selectAll();
    QTest::keyClicks(type->lineEdit(), QStringLiteral("INTEGER"));
    // Still no nullability: the editor shows why there is no script.
    QTRY_VERIFY(designer->findChild<QLabel *>(QStringLiteral("designerStatus"))
                    ->text()
                    .contains(QStringLiteral("Nullability")));
    QVERIFY(!editor->hasScript());

    QTest::mouseClick(notNull, Qt::LeftButton);
    QVERIFY(notNull->isChecked());
    auto *defaultEdit = child<QLineEdit>(designer, "defaultEdit");
    retype(defaultEdit, QStringLiteral("0"));
    QTRY_VERIFY_WITH_TIMEOUT(editor->hasScript(), 5000);
    QStringList phases;
    for (const PhaseSection &section : editor->phases())
        phases << section.name;
    QVERIFY(phases.contains(QStringLiteral("expand")));
    QVERIFY(phases.contains(QStringLiteral("verify")));
    QVERIFY(editor->text().contains(
        QStringLiteral("ADD COLUMN \"amount_cents\" INTEGER NOT NULL DEFAULT 0")));
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))->currentIndex(),
             1); // the SQL tab came forward
    QVERIFY(window.isWindowModified());

    // A bad expression: the server's own message beside the field, no script.
    auto *backfill = child<QLineEdit>(designer, "backfillEdit");
    auto *backfillNote = child<FieldNote>(designer, "backfillNote");
    retype(backfill, QStringLiteral("no_such_column * 100"));
    QTRY_VERIFY_WITH_TIMEOUT(backfillNote->isVisible(), 10000);
    QVERIFY(backfillNote->text().contains(QStringLiteral("no such column: no_such_column")));
    QCOMPARE(backfillNote->severity(), Severity::Error);
    QTRY_VERIFY(!editor->hasScript());
    QVERIFY(designer->findChild<QLabel *>(QStringLiteral("designerStatus"))
                ->text()
                .contains(QStringLiteral("no such column")));
    retype(backfill, QStringLiteral("CAST(round(amount * 100) AS INTEGER)"));
    QTRY_VERIFY_WITH_TIMEOUT(!backfillNote->isVisible() && editor->hasScript(), 10000);
    QVERIFY(editor->text().contains(QStringLiteral("round(amount * 100)")));

    // Hand-edit the verify phase by typing into it.
    const int verifyLine = editor->phases().last().firstLine;
    QCOMPARE(editor->phases().last().name, QStringLiteral("verify"));
    editor->setFocus();
    editor->setCursorPosition(verifyLine, 0);
    QTest::keyClicks(editor, QStringLiteral("-- reviewed by the DBA"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(editor->isHandEdited(QStringLiteral("verify")));
    QVERIFY(editor->markersAtLine(editor->bannerLine(QStringLiteral("verify"))) &
            (1 << SqlEditor::HandEditedMarker));
    QVERIFY(designer->plan()
                .overrides.value(QStringLiteral("verify"))
                .startsWith(QStringLiteral("-- reviewed by the DBA\n")));
    QVERIFY(window.findChild<SqlEditor *>(QStringLiteral("sqlEditor"))
                ->revertPhaseAction()
                ->isEnabled());

    // Changing the form regenerates the other phases and keeps the hand edit.
    retype(child<QLineEdit>(designer, "commentEdit"), QStringLiteral("Order amount in cents"));
    designer->regenerateNow();
    QVERIFY(editor->isHandEdited(QStringLiteral("verify")));
    QVERIFY(editor->text().contains(QStringLiteral("-- reviewed by the DBA")));
    QVERIFY(editor->text().contains(QStringLiteral("HAND-EDITED")));
    QVERIFY(designer->findChild<QLabel *>(QStringLiteral("designerStatus"))
                ->text()
                .contains(QStringLiteral("hand-edited")));

    // Save, then load into a fresh plan: the override and every value come back.
    const QString path = testsupport::tempPath(QStringLiteral("amount_cents.plan.json"));
    const Plan saved = designer->plan();
    QVERIFY(designer->savePlan(path));
    QVERIFY(!designer->document().isModified());
    QVERIFY(window.windowTitle().contains(QStringLiteral("amount_cents.plan.json")));
    QVERIFY(!window.isWindowModified());
    designer->newPlan();
    QVERIFY(!notNull->isChecked() && !nullAllowed->isChecked());
    QVERIFY(name->text().isEmpty());
    QVERIFY(designer->openPlan(path));
    const Plan reloaded = designer->plan();
    QCOMPARE(reloaded.column.name, QStringLiteral("amount_cents"));
    QCOMPARE(reloaded.column.type, QStringLiteral("INTEGER"));
    QCOMPARE(reloaded.column.nullable, false);
    QVERIFY(notNull->isChecked());
    QCOMPARE(reloaded.column.defaultExpr, saved.column.defaultExpr);
    QCOMPARE(reloaded.column.backfill, saved.column.backfill);
    QCOMPARE(reloaded.column.comment, QStringLiteral("Order amount in cents"));
    QCOMPARE(reloaded.table, QStringLiteral("orders"));
    QCOMPARE(reloaded.overrides, saved.overrides);
    QCOMPARE(PlanFile::serialize(reloaded), PlanFile::serialize(saved));
    QVERIFY(editor->isHandEdited(QStringLiteral("verify")));

    // Revert drops the hand edit and takes the generated SQL again.
    editor->setCursorPosition(editor->phases().last().firstLine, 0);
    QVERIFY(editor->revertPhaseAction()->isEnabled());
    editor->revertPhaseAction()->trigger();
    QVERIFY(!editor->isHandEdited(QStringLiteral("verify")));
    QVERIFY(!designer->plan().overrides.contains(QStringLiteral("verify")));
    QVERIFY(!editor->text().contains(QStringLiteral("-- reviewed by the DBA")));
    QVERIFY(designer->document().isModified());

    // A broken plan file: one line in the status area, the form untouched.
    const QString broken = testsupport::tempPath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"column-planner/plan@1\", \"column\": 3}");
    file.close();
    QVERIFY(!designer->openPlan(broken));
    QVERIFY(designer->document().fileError().contains(QStringLiteral("broken.json")));
    QVERIFY(designer->findChild<QLabel *>(QStringLiteral("designerStatus"))
                ->text()
                .contains(QStringLiteral("broken.json")));
    QCOMPARE(name->text(), QStringLiteral("amount_cents"));
}

void TestDesigner::presetFillsTheDesignOffline()
{
    ColumnDesignerWidget designer;
    SqlEditor editor;
    designer.attachEditor(&editor);
    designer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&designer));
    auto *table = child<QComboBox>(&designer, "tableCombo");
    table->lineEdit()->setFocus();
    QTest::keyClicks(table->lineEdit(), QStringLiteral("public.orders"));
    QCOMPARE(designer.plan().schema, QStringLiteral("public"));
    QCOMPARE(designer.plan().table, QStringLiteral("orders"));

    auto *preset = child<QComboBox>(&designer, "presetCombo");
    const int counter = preset->findData(QStringLiteral("counter"));
    QVERIFY(counter > 0);
    preset->setFocus();
    for (int i = 0; i < counter; ++i)
        QTest::keyClick(preset, Qt::Key_Down);
    QCOMPARE(preset->currentIndex(), counter);
    auto *explanation = child<QLabel>(&designer, "presetExplanation");
    QVERIFY(explanation->isVisible());
    QVERIFY(explanation->text().contains(QStringLiteral("bigint")));
    const Plan plan = designer.plan();
    QCOMPARE(plan.column.name, QStringLiteral("refund_count"));
    QCOMPARE(plan.column.type, QStringLiteral("bigint"));
    QCOMPARE(plan.column.nullable, false);
    QVERIFY(nullabilityChosen(&designer));
    QTRY_VERIFY(editor.hasScript());
    QVERIFY(
        editor.text().contains(QStringLiteral("ADD COLUMN IF NOT EXISTS \"refund_count\" bigint")));
    QVERIFY(designer.document().isModified());

    // A compile error is one line in the status area, never a box.
    auto *check = child<QLineEdit>(&designer, "checkEdit");
    retype(check, QStringLiteral("refund_count >= 0; DROP TABLE orders"));
    QTRY_VERIFY(!editor.hasScript());
    QVERIFY(!designer.problems().isEmpty());
    QVERIFY(designer.findChild<QLabel *>(QStringLiteral("designerStatus"))
                ->text()
                .contains(designer.problems().first().toHtmlEscaped()));
}

void TestDesigner::checksExpressionsOnPostgres()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_designer_checks"));
    testsupport::execute(
        uri,
        QStringLiteral(
            "CREATE TABLE public.orders (id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL);"
            "INSERT INTO public.orders SELECT g, g / 4.0 FROM generate_series(1, 3000) g"));
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openConnection(ConnectionUri::parse(uri));
    QVERIFY(loaded.wait(30000));
    ColumnDesignerWidget *designer =
        window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    designer->setTable(QStringLiteral("public"), QStringLiteral("orders"));
    retype(child<QLineEdit>(designer, "nameEdit"), QStringLiteral("amount_cents"));
    auto *type = child<QComboBox>(designer, "typeCombo");
    QVERIFY(type->findText(QStringLiteral("bigint")) >= 0);
    type->lineEdit()->setFocus();
    QTest::keyClicks(type->lineEdit(), QStringLiteral("bigint"));
    QTest::mouseClick(child<QRadioButton>(designer, "nullAllowedRadio"), Qt::LeftButton);

    auto *backfill = child<QLineEdit>(designer, "backfillEdit");
    auto *note = child<FieldNote>(designer, "backfillNote");
    retype(backfill, QStringLiteral("amount * 'x'"));
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 10000);
    QVERIFY2(note->text().contains(QStringLiteral("invalid input syntax")),
             qPrintable(note->text()));
    // Text into a bigint type-checks, but fails on the table's real rows: a sync trigger with it
    // would fail every write of the application, so the designer says so, naming the row.
    retype(backfill, QStringLiteral("amount || 'x'"));
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible() && note->text().contains(QStringLiteral(
                                                      "fails on the row with key (id)=(1)")),
                             10000);
    QCOMPARE(note->severity(), Severity::Error);
    retype(backfill, QStringLiteral("(amount * 100)::bigint"));
    QTRY_VERIFY_WITH_TIMEOUT(!note->isVisible(), 10000);

    // A volatile default is named beside the field.
    auto *defaultEdit = child<QLineEdit>(designer, "defaultEdit");
    auto *defaultNote = child<FieldNote>(designer, "defaultNote");
    retype(defaultEdit, QStringLiteral("(random() * 10)::bigint"));
    QTRY_VERIFY_WITH_TIMEOUT(defaultNote->isVisible(), 10000);
    QVERIFY2(defaultNote->text().contains(QStringLiteral("random")),
             qPrintable(defaultNote->text()));
    QCOMPARE(defaultNote->severity(), Severity::Info);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.findChild<SqlEditor *>(QStringLiteral("sqlEditor"))->hasScript(), 10000);
    QVERIFY(window.findChild<SqlEditor *>(QStringLiteral("sqlEditor"))
                ->text()
                .contains(QStringLiteral("ADD COLUMN IF NOT EXISTS \"amount_cents\" bigint")));
}

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
