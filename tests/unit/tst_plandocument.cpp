// PlanDocument: the open plan's file, modified flag and hand-edited phases, as File › Open/Save
// and the column designer rely on them.
#include "plan/plandocument.h"
#include "plan/planfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestPlanDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openReadsThePlanAndNamesTheFile();
    void aFileThatCannotBeReadLeavesTheDocumentAsItWas();
    void saveWritesWhatItIsGivenAndClearsModified();
    void handEditsRememberWhereTheyBegan();
    void startNewForgetsTheFile();

private:
    static QString samplePath()
    {
        return QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json");
    }
};

void TestPlanDocument::openReadsThePlanAndNamesTheFile()
{
    PlanDocument document;
    const std::optional<Plan> plan = document.open(samplePath());
    QVERIFY(plan);
    QCOMPARE(plan->column.name, PlanFile::load(samplePath()).column.name);
    QCOMPARE(document.plan().column.name, plan->column.name);
    QCOMPARE(document.path(), samplePath());
    QVERIFY(!document.isModified());
    QVERIFY(document.fileError().isEmpty());
}

void TestPlanDocument::aFileThatCannotBeReadLeavesTheDocumentAsItWas()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();

    PlanDocument document;
    QVERIFY(document.open(samplePath()));
    QVERIFY(document.setModified(true));
    QVERIFY(!document.open(broken));
    QVERIFY2(document.fileError().contains(QStringLiteral("broken.json")),
             qPrintable(document.fileError()));
    QCOMPARE(document.path(), samplePath());
    QVERIFY(document.isModified());
    QCOMPARE(document.plan().column.name, PlanFile::load(samplePath()).column.name);
}

void TestPlanDocument::saveWritesWhatItIsGivenAndClearsModified()
{
    QTemporaryDir dir;
    PlanDocument document;
    QVERIFY(document.open(samplePath()));
    Plan changed = document.plan();
    changed.title = QStringLiteral("renamed in the form");
    QVERIFY(document.setModified(true));
    QVERIFY(!document.setModified(true)); // no change of the flag: nothing to tell
    const QString target = dir.filePath(QStringLiteral("saved.json"));
    QVERIFY(document.save(changed, target));
    QCOMPARE(document.path(), target);
    QVERIFY(!document.isModified());
    QCOMPARE(document.plan().title, changed.title);
    QCOMPARE(PlanFile::load(target).title, changed.title);

    QVERIFY(!document.save(changed, dir.filePath(QStringLiteral("missing/dir/plan.json"))));
    QVERIFY(!document.fileError().isEmpty());
    QCOMPARE(document.path(), target);
}

void TestPlanDocument::handEditsRememberWhereTheyBegan()
{
    PlanDocument document;
    QVERIFY(document.open(samplePath()));
    document.editPhase(QStringLiteral("enforce"), QStringLiteral("-- mine 1"),
                       QStringLiteral("generated v1"));
    // Later keystrokes keep the text the edit began from.
    document.editPhase(QStringLiteral("enforce"), QStringLiteral("-- mine 2"),
                       QStringLiteral("generated v2"));
    QCOMPARE(document.plan().overrides.value(QStringLiteral("enforce")),
             QStringLiteral("-- mine 2"));
    QVERIFY(!document.isOutdated(QStringLiteral("enforce"), QStringLiteral("generated v1")));
    QVERIFY(document.isOutdated(QStringLiteral("enforce"), QStringLiteral("generated v2")));
    // An edit whose origin is unknown is never called outdated.
    document.editPhase(QStringLiteral("expand"), QStringLiteral("-- mine"), QString());
    QVERIFY(!document.isOutdated(QStringLiteral("expand"), QStringLiteral("anything")));

    document.revertPhase(QStringLiteral("enforce"));
    QVERIFY(!document.plan().overrides.contains(QStringLiteral("enforce")));
    QVERIFY(!document.isOutdated(QStringLiteral("enforce"), QStringLiteral("generated v2")));
    // Replacing the content forgets where edits began.
    document.replace(document.plan());
    QVERIFY(document.plan().overrides.contains(QStringLiteral("expand")));
}

void TestPlanDocument::startNewForgetsTheFile()
{
    PlanDocument document;
    QVERIFY(document.open(samplePath()));
    QVERIFY(document.setModified(true));
    document.startNew(Plan());
    QVERIFY(document.path().isEmpty());
    QVERIFY(!document.isModified());
    QVERIFY(document.plan().column.name.isEmpty());
}

QTEST_APPLESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
