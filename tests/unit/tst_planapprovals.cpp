// Approvals bound to the SHA-256 of the compiled script: approved when one matches, stale after
// every kind of change to the design, a phase override, the backfill settings or the checks,
// and a damaged or tampered hash refused with one line. Plan diff in words and as SQL.

#include "plan/planfile.h"
#include "review/planapprovals.h"
#include "review/plandiff.h"
#include "run/runpreparation.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

namespace {

const QString PlanPath = QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/order-amount-cents.json");

} // namespace

class PlanApprovalsTest : public QObject
{
    Q_OBJECT

private slots:
    void hashIsTheGeneratedScript();
    void approvedThenStale_data();
    void approvedThenStale();
    void titleOrUnknownKeysDoNotMatterUnlessCompiled();
    void tamperedHashRefused_data();
    void tamperedHashRefused();
    void approvalSurvivesSaveAndLoad();
    void diffInWordsAndSql();
    void diffOfSamePlanIsEmpty();
};

void PlanApprovalsTest::hashIsTheGeneratedScript()
{
    const Plan plan = PlanFile::load(PlanPath);
    const QString expected =
        RunPreparation::sha256(ScriptRenderer::render(Compiler::compile(plan)));
    QCOMPARE(PlanApprovals::scriptSha256(plan), expected);
    QCOMPARE(expected.size(), 64);
    QCOMPARE(PlanApprovals::status(plan).state, ApprovalStatus::Unapproved);
}

void PlanApprovalsTest::approvedThenStale_data()
{
    QTest::addColumn<QString>("change");
    for (const char *change :
         {"type", "nullable", "default", "backfill", "check", "index", "comment", "name", "table",
          "override", "batch", "lock_timeout", "checks", "server_version"})
        QTest::newRow(change) << QString::fromLatin1(change);
}

void PlanApprovalsTest::approvedThenStale()
{
    QFETCH(QString, change);
    const Plan plan = PlanApprovals::approve(PlanFile::load(PlanPath), QStringLiteral("Ada DBA"),
                                             QStringLiteral("read the forecast"));
    const ApprovalStatus before = PlanApprovals::status(plan);
    QCOMPARE(before.state, ApprovalStatus::Approved);
    QCOMPARE(before.current.size(), 1);
    QCOMPARE(before.current.first().by, QStringLiteral("Ada DBA"));
    QVERIFY(before.summary().contains(QStringLiteral("approved by Ada DBA")));

    Plan changed = plan;
    if (change == u"type")
        changed.column.type = QStringLiteral("integer");
    else if (change == u"nullable")
        changed.column.nullable = true;
    else if (change == u"default")
        changed.column.defaultExpr = QStringLiteral("1");
    else if (change == u"backfill")
        changed.column.backfill = QStringLiteral("round(amount * 1000)");
    else if (change == u"check")
        changed.column.check = QStringLiteral("amount_cents > 0");
    else if (change == u"index")
        changed.column.index.reset();
    else if (change == u"comment")
        changed.column.comment = QStringLiteral("cents");
    else if (change == u"name")
        changed.column.name = QStringLiteral("amount_in_cents");
    else if (change == u"table")
        changed.table = QStringLiteral("order_archive");
    else if (change == u"override")
        changed.overrides.insert(QStringLiteral("enforce"), QStringLiteral("SELECT 1;"));
    else if (change == u"batch")
        changed.backfill.maxBatchRows = 5000;
    else if (change == u"lock_timeout")
        changed.backfill.lockTimeoutMs = 500;
    else if (change == u"checks")
        changed.checks.append(
            CheckSpec{QStringLiteral("none negative"),
                      QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents < 0"),
                      QStringLiteral("0")});
    else if (change == u"server_version")
        changed.serverVersion = QStringLiteral("11");
    const ApprovalStatus after = PlanApprovals::status(changed);
    QCOMPARE(after.state, ApprovalStatus::Stale);
    QVERIFY(after.current.isEmpty());
    QCOMPARE(after.stale.size(), 1);
    QVERIFY2(after.summary().contains(QStringLiteral("stale")), qPrintable(after.summary()));
    // A new approval of the changed plan makes it approved again.
    QCOMPARE(
        PlanApprovals::status(PlanApprovals::approve(changed, QStringLiteral("Bob"), {})).state,
        ApprovalStatus::Approved);
}

void PlanApprovalsTest::titleOrUnknownKeysDoNotMatterUnlessCompiled()
{
    Plan plan = PlanApprovals::approve(PlanFile::load(PlanPath), QStringLiteral("Ada"), {});
    // An attached rehearsal report is not part of the script: the approval stands.
    plan.source.insert(QStringLiteral("rehearsal"), QJsonObject{{QStringLiteral("wal_bytes"), 1}});
    QCOMPARE(PlanApprovals::status(plan).state, ApprovalStatus::Approved);
    // The title is printed in the script's header: changing it is a change.
    plan.title = QStringLiteral("something else");
    QCOMPARE(PlanApprovals::status(plan).state, ApprovalStatus::Stale);
}

void PlanApprovalsTest::tamperedHashRefused_data()
{
    QTest::addColumn<QJsonValue>("approvals");
    QTest::addColumn<QString>("mention");
    const QString hash = QStringLiteral("ab").repeated(32);
    auto entry = [&](const QString &sha, const QString &by = QStringLiteral("Ada"),
                     const QString &at = QStringLiteral("2024-05-01T10:00:00Z")) {
        return QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("by"), by},
                                                 {QStringLiteral("at"), at},
                                                 {QStringLiteral("script_sha256"), sha},
                                                 {QStringLiteral("note"), QString()}}});
    };
    QTest::newRow("short hash") << entry(hash.left(63))
                                << QStringLiteral("$.approvals[0].script_sha256");
    QTest::newRow("not hex") << entry(QStringLiteral("zz") + hash.mid(2))
                             << QStringLiteral("tampered");
    QTest::newRow("upper case") << entry(hash.toUpper()) << QStringLiteral("not a SHA-256");
    QTest::newRow("no one") << entry(hash, QString()) << QStringLiteral("needs \"by\"");
    QTest::newRow("bad time") << entry(hash, QStringLiteral("Ada"), QStringLiteral("yesterday"))
                              << QStringLiteral("$.approvals[0].at");
    QTest::newRow("not a list") << QJsonValue(QStringLiteral("yes"))
                                << QStringLiteral("must be a list");
}

void PlanApprovalsTest::tamperedHashRefused()
{
    QFETCH(QJsonValue, approvals);
    QFETCH(QString, mention);
    Plan plan = PlanFile::load(PlanPath);
    plan.source.insert(QStringLiteral("approvals"), approvals);
    try {
        PlanApprovals::status(plan);
        QFAIL("a damaged approval was accepted");
    } catch (const PlanError &error) {
        QVERIFY2(error.message().contains(mention), qPrintable(error.message()));
        QVERIFY(!error.message().contains(u'\n'));
    }
}

void PlanApprovalsTest::approvalSurvivesSaveAndLoad()
{
    const Plan plan = PlanApprovals::approve(PlanFile::load(PlanPath), QStringLiteral("Ada"),
                                             QStringLiteral("ok"));
    const QString path = QDir::temp().filePath(
        QStringLiteral("cp-approvals-%1.json").arg(QCoreApplication::applicationPid()));
    PlanFile::save(plan, path);
    const Plan loaded = PlanFile::load(path);
    QFile::remove(path);
    const ApprovalStatus status = PlanApprovals::status(loaded);
    QCOMPARE(status.state, ApprovalStatus::Approved);
    QCOMPARE(status.current.first().note, QStringLiteral("ok"));
    QVERIFY(status.current.first().at.isValid());
}

void PlanApprovalsTest::diffInWordsAndSql()
{
    const Plan before = PlanFile::load(PlanPath);
    Plan after = before;
    after.column.nullable = true;
    after.column.type = QStringLiteral("integer");
    after.column.index.reset();
    const PlanDiffResult diff =
        PlanDiff::compare(before, after, QStringLiteral("v1.json"), QStringLiteral("v2.json"));
    QVERIFY(!diff.identical());
    QVERIFY2(diff.designChanges.contains(QStringLiteral("column.type: \"bigint\" -> \"integer\"")),
             qPrintable(diff.designChanges.join(u'\n')));
    QVERIFY2(
        diff.designChanges.contains(QStringLiteral("the column now allows NULL (was NOT NULL)")),
        qPrintable(diff.designChanges.join(u'\n')));
    QVERIFY2(diff.designChanges.join(u'\n').contains(QStringLiteral("column.index: removed")),
             qPrintable(diff.designChanges.join(u'\n')));
    QVERIFY(diff.sqlDiff.startsWith(QStringLiteral("--- v1.json\n+++ v2.json\n@@ -")));
    QVERIFY(diff.sqlDiff.contains(QStringLiteral("\n-ALTER TABLE \"public\".\"orders\" ADD COLUMN "
                                                 "IF NOT EXISTS \"amount_cents\" bigint;\n")));
    QVERIFY(diff.sqlDiff.contains(QStringLiteral("\n+ALTER TABLE \"public\".\"orders\" ADD COLUMN "
                                                 "IF NOT EXISTS \"amount_cents\" integer;\n")));
    QVERIFY(diff.sqlDiff.contains(QStringLiteral("\n-CREATE INDEX CONCURRENTLY")));
    QVERIFY(!diff.sqlDiff.contains(QStringLiteral("\n+CREATE INDEX CONCURRENTLY")));
    // Applying the hunks to the old script gives the new one.
    const QStringList oldLines = ScriptRenderer::render(Compiler::compile(before)).split(u'\n');
    const QStringList newLines = ScriptRenderer::render(Compiler::compile(after)).split(u'\n');
    QStringList rebuilt;
    qsizetype next = 0;
    const QStringList diffLines = diff.sqlDiff.split(u'\n');
    for (qsizetype i = 2; i < diffLines.size(); ++i) {
        const QString &line = diffLines.at(i);
        if (line.startsWith(QStringLiteral("@@"))) {
            const qsizetype start =
                line.section(u' ', 1, 1).mid(1).section(u',', 0, 0).toLongLong() - 1;
            while (next < start)
                rebuilt << oldLines.at(next++);
        } else if (line.startsWith(u' ')) {
            rebuilt << line.mid(1);
            ++next;
        } else if (line.startsWith(u'-')) {
            ++next;
        } else if (line.startsWith(u'+')) {
            rebuilt << line.mid(1);
        }
    }
    while (next < oldLines.size())
        rebuilt << oldLines.at(next++);
    QCOMPARE(rebuilt, newLines);
}

void PlanApprovalsTest::diffOfSamePlanIsEmpty()
{
    const Plan plan = PlanFile::load(PlanPath);
    QVERIFY(PlanDiff::compare(plan, plan).identical());
}

QTEST_GUILESS_MAIN(PlanApprovalsTest)
#include "tst_planapprovals.moc"
