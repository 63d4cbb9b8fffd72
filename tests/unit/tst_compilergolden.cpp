// Golden scripts: the exact text generated for representative plans on each server version
// that changes what the compiler may do (PostgreSQL 10, 11, 12, 15, 18; MySQL 8.0.11, 8.0.28,
// 8.0.35; MariaDB 10.2, 10.6), whole script then every rollback. The files in
// tests/data/golden were read statement by statement before they were frozen; a change to the
// compiler that changes them must be read again. Plans using a one-dialect feature (the
// PostgreSQL sync trigger) are frozen for one target only.
// COLUMN_PLANNER_UPDATE_GOLDEN=1 rewrites them from the current compiler.

#include "plan/planfile.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

struct Target
{
    const char *dialect;
    const char *version;
};

const Target targets[] = {
    {"postgresql", "10"}, {"postgresql", "11"}, {"postgresql", "12"}, {"postgresql", "15"},
    {"postgresql", "18"}, {"mysql", "8.0.11"},  {"mysql", "8.0.28"},  {"mysql", "8.0.35"},
    {"mariadb", "10.2"},  {"mariadb", "10.6"},
};

const char *const plans[] = {
    COLUMN_PLANNER_TEST_DATA "/plans/order-amount-cents.json",
    COLUMN_PLANNER_SOURCE_DIR "/resources/plans/orders-add-fulfilment-state.json",
    COLUMN_PLANNER_SOURCE_DIR "/resources/plans/orders-add-referrer-id.json",
    COLUMN_PLANNER_SOURCE_DIR "/resources/plans/orders-add-discount-cents.json",
};

// Plans compiled for one target only (a feature of one dialect): plan, dialect, version.
struct SingleTarget
{
    const char *plan;
    Target target;
};

const SingleTarget singleTargets[] = {
    {COLUMN_PLANNER_TEST_DATA "/plans/order-amount-cents-sync.json", {"postgresql", "15"}},
};

QString goldenFileName(const char *plan, const Target &target)
{
    return QStringLiteral("%1--%2-%3.sql")
        .arg(QFileInfo(QString::fromUtf8(plan)).completeBaseName(), QLatin1String(target.dialect),
             QLatin1String(target.version));
}

QString goldenText(const Plan &plan, const QString &dialect, const QString &version)
{
    CompileOptions options;
    options.dialect = dialectFromName(dialect);
    options.mariadb = dialect == u"mariadb";
    options.serverVersion = version;
    const Script script = Compiler::compile(plan, options);
    RenderOptions rollback;
    rollback.rollback = true;
    rollback.header = false;
    return ScriptRenderer::render(script) +
           QStringLiteral("\n-- ######## rollback, newest phase first ########\n") +
           ScriptRenderer::render(script, rollback);
}

} // namespace

class TestCompilerGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesGolden_data();
    void matchesGolden();
    void noStrayGoldenFiles();
};

void TestCompilerGolden::matchesGolden_data()
{
    QTest::addColumn<QString>("planPath");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("goldenPath");
    for (const char *plan : plans) {
        const QString stem = QFileInfo(QString::fromUtf8(plan)).completeBaseName();
        for (const Target &target : targets) {
            const QString file =
                QStringLiteral("%1--%2-%3.sql")
                    .arg(stem, QLatin1String(target.dialect), QLatin1String(target.version));
            QTest::newRow(qPrintable(file))
                << QString::fromUtf8(plan) << QString::fromLatin1(target.dialect)
                << QString::fromLatin1(target.version)
                << QStringLiteral(COLUMN_PLANNER_TEST_DATA "/golden/") + file;
        }
    }
    for (const SingleTarget &single : singleTargets) {
        const QString file = goldenFileName(single.plan, single.target);
        QTest::newRow(qPrintable(file))
            << QString::fromUtf8(single.plan) << QString::fromLatin1(single.target.dialect)
            << QString::fromLatin1(single.target.version)
            << QStringLiteral(COLUMN_PLANNER_TEST_DATA "/golden/") + file;
    }
}

void TestCompilerGolden::matchesGolden()
{
    QFETCH(QString, planPath);
    QFETCH(QString, dialect);
    QFETCH(QString, version);
    QFETCH(QString, goldenPath);

    const QString text = goldenText(PlanFile::load(planPath), dialect, version);
    QFile file(goldenPath);
    if (qEnvironmentVariable("COLUMN_PLANNER_UPDATE_GOLDEN") == u"1") {
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(goldenPath));
        file.write(text.toUtf8());
        qInfo("rewrote %s", qPrintable(goldenPath));
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral(
                            "%1 is missing: run with COLUMN_PLANNER_UPDATE_GOLDEN=1, then read it")
                            .arg(goldenPath)));
    const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n');
    const QStringList actual = text.split(u'\n');
    for (int i = 0; i < qMax(expected.size(), actual.size()); ++i)
        if (expected.value(i) != actual.value(i))
            QFAIL(qPrintable(QStringLiteral("%1:%2 differs\n  golden:    %3\n  generated: %4\n"
                                            "(if the change is intended: "
                                            "COLUMN_PLANNER_UPDATE_GOLDEN=1, then read the diff)")
                                 .arg(goldenPath)
                                 .arg(i + 1)
                                 .arg(expected.value(i), actual.value(i))));
}

void TestCompilerGolden::noStrayGoldenFiles()
{
    // Every file in the folder belongs to a row above: a renamed plan leaves no stale golden.
    QStringList expected;
    for (const char *plan : plans)
        for (const Target &target : targets)
            expected << QStringLiteral("%1--%2-%3.sql")
                            .arg(QFileInfo(QString::fromUtf8(plan)).completeBaseName(),
                                 QLatin1String(target.dialect), QLatin1String(target.version));
    for (const SingleTarget &single : singleTargets)
        expected << goldenFileName(single.plan, single.target);
    const QStringList present = QDir(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/golden"))
                                    .entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &file : present)
        QVERIFY2(expected.contains(file), qPrintable(file));
    QCOMPARE(present.size(), expected.size());
}

QTEST_GUILESS_MAIN(TestCompilerGolden)
#include "tst_compilergolden.moc"
