// The designer's backfill settings: the sync-trigger box is offered only with a backfill
// expression, clicking it puts backfill.sync_trigger in the plan and the trigger in the script,
// and clearing the expression takes both away (the choice comes back with an expression).

#include "designer/backfillsettingswidget.h"
#include "designer/columndesignerwidget.h"
#include "editor/sqleditor.h"
#include "plan/planfile.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

class TestBackfillSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void syncTriggerFollowsTheExpression();

private:
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        if (!text.isEmpty())
            QTest::keyClicks(edit, text);
    }
};

void TestBackfillSettings::syncTriggerFollowsTheExpression()
{
    ColumnDesignerWidget designer;
    SqlEditor editor;
    designer.attachEditor(&editor);
    designer.setPlan(
        PlanFile::load(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/order-amount-cents.json")));
    designer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&designer));
    QTRY_VERIFY(editor.hasScript());
    QVERIFY(!editor.text().contains(QStringLiteral("TRIGGER")));

    QTest::mouseClick(child<QToolButton>(&designer, "backfillSettingsToggle"), Qt::LeftButton);
    auto *sync = child<QCheckBox>(&designer, "syncTrigger");
    QTRY_VERIFY(sync->isVisible());
    QCOMPARE(
        sync->accessibleName(),
        QStringLiteral("Keep new and updated rows in sync with a trigger during the backfill"));
    QVERIFY(sync->isEnabled());
    QVERIFY(!sync->isChecked());

    QTest::mouseClick(sync, Qt::LeftButton, {}, QPoint(8, sync->height() / 2));
    QVERIFY(sync->isChecked());
    QCOMPARE(designer.plan().backfill.syncTrigger, true);
    QTRY_VERIFY(editor.text().contains(QStringLiteral(
        "CREATE OR REPLACE TRIGGER \"orders_amount_cents_sync\" BEFORE INSERT OR UPDATE")));
    QVERIFY(editor.text().contains(
        QStringLiteral("DROP TRIGGER IF EXISTS \"orders_amount_cents_sync\"")));
    QVERIFY(PlanFile::serialize(designer.plan()).contains("\"sync_trigger\": true"));

    // No expression: nothing to keep in sync.
    auto *backfill = child<QLineEdit>(&designer, "backfillEdit");
    retype(backfill, QString());
    QVERIFY(!sync->isEnabled());
    QVERIFY(!sync->isChecked());
    QCOMPARE(designer.plan().backfill.syncTrigger, false);
    QTRY_VERIFY(editor.hasScript() && !editor.text().contains(QStringLiteral("TRIGGER")));

    // The expression back: so is the choice.
    retype(backfill, QStringLiteral("(amount * 100)::bigint"));
    QVERIFY(sync->isEnabled());
    QVERIFY(sync->isChecked());
    QCOMPARE(designer.plan().backfill.syncTrigger, true);
    QTRY_VERIFY(editor.text().contains(
        QStringLiteral("SELECT ((amount * 100)::bigint)::bigint INTO NEW.\"amount_cents\"")));
}

QTEST_MAIN(TestBackfillSettings)
#include "tst_backfillsettings.moc"
