// `column-planner report`, `approve`, `diff` and the production refusal of `run`, as real
// processes: the report in Markdown, self-contained HTML and PDF (text extracted with pdftotext),
// with and without a rehearsal attached and with the live state of a real server; approvals
// going stale; a tampered hash refused; an unapproved plan refused on a production profile
// unless the typed confirmation is given, which the journal records.

#include "db/session.h"
#include "store/localstore.h"
#include "store/runjournal.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

const QString PlanPath = QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/order-amount-cents.json");
const QString SeedPath = QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/demo-orders-postgres.sql");

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QJsonObject planJson()
{
    return QJsonDocument::fromJson(readFile(PlanPath).toUtf8()).object();
}

QString writePlan(const QString &name, const QJsonObject &json)
{
    const QString path = testsupport::tempPath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QJsonDocument(json).toJson());
    return path;
}

QJsonObject rehearsal()
{
    QJsonObject latency{{QStringLiteral("p50"), 0.8},
                        {QStringLiteral("p95"), 3.1},
                        {QStringLiteral("p99"), 9.4},
                        {QStringLiteral("max"), 41.0}};
    return QJsonObject{
        {QStringLiteral("verdict"),
         QJsonObject{{QStringLiteral("passed"), false},
                     {QStringLiteral("reasons"),
                      QJsonArray{QStringLiteral("p99 during backfill 4.1x the baseline")}}}},
        {QStringLiteral("phases"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("backfill")},
                                {QStringLiteral("duration_ms"), 81234},
                                {QStringLiteral("latency_ms"), latency}}}},
        {QStringLiteral("baseline"), QJsonObject{{QStringLiteral("p50"), 0.7},
                                                 {QStringLiteral("p95"), 1.9},
                                                 {QStringLiteral("p99"), 2.3},
                                                 {QStringLiteral("max"), 12.0}}},
        {QStringLiteral("max_lock_wait_ms"), 312},
        {QStringLiteral("wal_bytes"), 734003200},
    };
}

void expectOneLineError(const testsupport::CliRun &run, int code, const QString &mention)
{
    QCOMPARE(run.exitCode, code);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    QVERIFY2(run.err.contains(mention), qPrintable(run.err));
}

testsupport::CliRun report(const QString &plan, const QString &format, const QString &out,
                           const QStringList &extra = {})
{
    QFile::remove(out);
    return testsupport::runCli(QStringList{QStringLiteral("report"), plan,
                                           QStringLiteral("--format"), format,
                                           QStringLiteral("--out"), out} +
                               extra);
}

} // namespace

class ReportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void markdownWithoutRehearsal();
    void markdownWithRehearsalAndApproval();
    void htmlIsSelfContained();
    void hostileTextStaysText();
    void pdfTextHasEverySection();
    void liveStateWithDb();
    void badInput();
    void approveStaleAndTampered();
    void diffCommand();
    void productionRefusesUnapprovedPlan();
};

void ReportCliTest::markdownWithoutRehearsal()
{
    const QString out = testsupport::tempPath(QStringLiteral("report.md"));
    const auto run = report(PlanPath, QStringLiteral("md"), out);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString md = readFile(out);
    for (const QString &section :
         {QStringLiteral("# Review: Store order amounts in cents"),
          QStringLiteral("## Design and why"), QStringLiteral("## Phases"),
          QStringLiteral("## Findings"), QStringLiteral("## Live state"),
          QStringLiteral("## Rehearsal"), QStringLiteral("## Rollback paths"),
          QStringLiteral("## Run checklist"), QStringLiteral("## Approval")})
        QVERIFY2(md.contains(u'\n' + section + u'\n') || md.startsWith(section + u'\n'),
                 qPrintable(section));
    QVERIFY(md.contains(QStringLiteral("No rehearsal attached.")));
    QVERIFY(md.contains(QStringLiteral("| Nullability | NOT NULL")));
    QVERIFY(md.contains(QStringLiteral("Purpose: Order amount in cents")));
    QVERIFY(md.contains(QStringLiteral("```sql\n")));
    QVERIFY(md.contains(
        QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"orders_amount_cents_idx\"")));
    // The forecast table of the enforce phase says which lock the index build takes.
    QVERIFY2(md.contains(QStringLiteral(
                 "| CREATE INDEX CONCURRENTLY | SHARE UPDATE EXCLUSIVE | no | yes |")),
             qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("DROP COLUMN IF EXISTS \"amount_cents\"")));
    QVERIFY(md.contains(QStringLiteral("Status: not approved")));
    QVERIFY(md.contains(
        QStringLiteral("- [ ] Check \"cents match the amount\" returns 0 after the run.")));
}

void ReportCliTest::markdownWithRehearsalAndApproval()
{
    QJsonObject json = planJson();
    json.insert(QStringLiteral("rehearsal"), rehearsal());
    const QString plan = writePlan(QStringLiteral("rehearsed.json"), json);
    const auto approve = testsupport::runCli(
        {QStringLiteral("approve"), plan, QStringLiteral("--by"), QStringLiteral("Ada DBA"),
         QStringLiteral("--note"), QStringLiteral("forecast read")});
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
    const QString out = testsupport::tempPath(QStringLiteral("rehearsed.md"));
    const auto run = report(plan, QStringLiteral("md"), out);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString md = readFile(out);
    QVERIFY(!md.contains(QStringLiteral("No rehearsal attached")));
    QVERIFY(md.contains(QStringLiteral("Verdict: FAILED.")));
    QVERIFY(md.contains(QStringLiteral("- p99 during backfill 4.1x the baseline")));
    QVERIFY2(md.contains(
                 QStringLiteral("| backfill | 81234 ms | 0.80 ms | 3.10 ms | 9.40 ms | 41 ms |")),
             qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("Longest lock wait: 312 ms. WAL written: 700.0 MB.")));
    QVERIFY(md.contains(QStringLiteral("Status: approved by Ada DBA")));
    QVERIFY(md.contains(QStringLiteral("| Ada DBA |")));
}

void ReportCliTest::htmlIsSelfContained()
{
    const QString out = testsupport::tempPath(QStringLiteral("report.html"));
    const auto run = report(PlanPath, QStringLiteral("html"), out);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString html = readFile(out);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<style>")));
    for (const QString &external :
         {QStringLiteral("<link"), QStringLiteral("src="), QStringLiteral("http://"),
          QStringLiteral("https://"), QStringLiteral("@import")})
        QVERIFY2(!html.contains(external), qPrintable(external));
    QVERIFY(html.contains(QStringLiteral("<h2>Rollback paths</h2>")));
    // SQL is escaped, not interpreted.
    QVERIFY(html.contains(QStringLiteral("amount_cents &gt;= 0")));
    QVERIFY(html.contains(QStringLiteral("No rehearsal attached.")));
}

// A plan's title and comment carrying markup stay text in the HTML and Markdown reports.
void ReportCliTest::hostileTextStaysText()
{
    QJsonObject plan = planJson();
    plan.insert(QStringLiteral("title"), QStringLiteral("<script>alert(1)</script> & \"x\""));
    QJsonObject column = plan.value(QStringLiteral("column")).toObject();
    column.insert(QStringLiteral("comment"), QStringLiteral("<img src=x onerror=alert(1)>"));
    plan.insert(QStringLiteral("column"), column);
    const QString path = writePlan(QStringLiteral("hostile-report.json"), plan);

    const QString html = testsupport::tempPath(QStringLiteral("hostile-report.html"));
    const auto htmlRun = report(path, QStringLiteral("html"), html);
    QVERIFY2(htmlRun.exitCode == 0, qPrintable(htmlRun.err));
    const QString page = readFile(html);
    QVERIFY(!page.contains(QStringLiteral("<script>")));
    QVERIFY(!page.contains(QStringLiteral("<img")));
    QVERIFY(page.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));

    const QString md = testsupport::tempPath(QStringLiteral("hostile-report.md"));
    const auto mdRun = report(path, QStringLiteral("md"), md);
    QVERIFY2(mdRun.exitCode == 0, qPrintable(mdRun.err));
    // Outside code blocks no raw tag is left for a Markdown renderer to interpret.
    bool inCode = false;
    for (const QString &line : readFile(md).split(u'\n')) {
        if (line.startsWith(QStringLiteral("```")))
            inCode = !inCode;
        else if (!inCode)
            QVERIFY2(!line.contains(QStringLiteral("<script")) &&
                         !line.contains(QStringLiteral("<img")),
                     qPrintable(line));
    }
}

void ReportCliTest::pdfTextHasEverySection()
{
    const QString out = testsupport::tempPath(QStringLiteral("report.pdf"));
    const auto run = report(PlanPath, QStringLiteral("pdf"), out);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(readFile(out).startsWith(QStringLiteral("%PDF-")));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), out, QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(60000), "pdftotext did not finish");
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    for (const QString &expected :
         {QStringLiteral("Review: Store order amounts in cents"), QStringLiteral("Design and why"),
          QStringLiteral("Rollback paths"), QStringLiteral("Run checklist"),
          QStringLiteral("No rehearsal attached."), QStringLiteral("Status: not approved"),
          QStringLiteral("VALIDATE CONSTRAINT \"orders_amount_cents_check\"")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // Laid out for print: more than one A4 page.
    QVERIFY2(text.count(u'\f') >= 2, qPrintable(QString::number(text.count(u'\f'))));
}

void ReportCliTest::liveStateWithDb()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_report_live"));
    testsupport::execute(uri, readFile(SeedPath) + QStringLiteral(";\nANALYZE orders;"));
    const QString out = testsupport::tempPath(QStringLiteral("live.md"));
    const auto run = report(PlanPath, QStringLiteral("md"), out, {QStringLiteral("--db"), uri});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString md = readFile(out);
    QVERIFY2(md.contains(QStringLiteral("rows (reltuples)")),
             qPrintable(md.section(QStringLiteral("## Live state"), 1).left(400)));
    QVERIFY(md.contains(QStringLiteral(": 20000 rows")));
    QVERIFY(md.contains(QStringLiteral("No session holds or waits for a lock the plan needs.")));
}

void ReportCliTest::badInput()
{
    const QString out = testsupport::tempPath(QStringLiteral("bad.md"));
    expectOneLineError(report(PlanPath, QStringLiteral("docx"), out), 2,
                       QStringLiteral("unknown report format \"docx\""));
    QFile keep(out);
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    expectOneLineError(
        testsupport::runCli({QStringLiteral("report"), PlanPath, QStringLiteral("--format"),
                             QStringLiteral("md"), QStringLiteral("--out"), out}),
        2, QStringLiteral("exists (use --force"));
    QCOMPARE(readFile(out), QStringLiteral("mine"));
    QJsonObject json = planJson();
    QJsonObject column = json.value(QStringLiteral("column")).toObject();
    column.insert(QStringLiteral("default"), QJsonValue::Null);
    column.insert(QStringLiteral("backfill"), QJsonValue::Null);
    json.insert(QStringLiteral("column"), column);
    expectOneLineError(
        report(writePlan(QStringLiteral("nofill.json"), json), QStringLiteral("md"), out), 2,
        QStringLiteral("nofill.json: "));
}

void ReportCliTest::approveStaleAndTampered()
{
    const QString plan = writePlan(QStringLiteral("approve.json"), planJson());
    auto status = [&] {
        return testsupport::runCli({QStringLiteral("approve"), plan, QStringLiteral("--status")});
    };
    const auto unapproved = status();
    QCOMPARE(unapproved.exitCode, 1);
    QVERIFY(unapproved.out.contains(QStringLiteral("not approved")));
    const auto approve = testsupport::runCli(
        {QStringLiteral("approve"), plan, QStringLiteral("--by"), QStringLiteral("Ada")});
    QCOMPARE(approve.exitCode, 0);
    QVERIFY(approve.out.contains(QStringLiteral("approved by Ada")));
    QJsonObject json = QJsonDocument::fromJson(readFile(plan).toUtf8()).object();
    const QJsonArray approvals = json.value(QStringLiteral("approvals")).toArray();
    QCOMPARE(approvals.size(), 1);
    // The hash recorded is the SHA-256 of what `generate` prints.
    const auto generated = testsupport::runCli({QStringLiteral("generate"), plan});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    QCOMPARE(
        approvals.first().toObject().value(QStringLiteral("script_sha256")).toString(),
        QString::fromLatin1(
            QCryptographicHash::hash(generated.out.toUtf8(), QCryptographicHash::Sha256).toHex()));
    // Change the design: stale.
    QJsonObject column = json.value(QStringLiteral("column")).toObject();
    column.insert(QStringLiteral("check"), QStringLiteral("amount_cents > 0"));
    json.insert(QStringLiteral("column"), column);
    writePlan(QStringLiteral("approve.json"), json);
    const auto stale = status();
    QCOMPARE(stale.exitCode, 1);
    QVERIFY2(stale.out.contains(QStringLiteral("stale")), qPrintable(stale.out));
    // Tamper with the hash: one line, exit 2, for approve, report and run alike.
    QJsonObject tampered = approvals.first().toObject();
    tampered.insert(QStringLiteral("script_sha256"), QStringLiteral("0123"));
    json.insert(QStringLiteral("approvals"), QJsonArray{tampered});
    writePlan(QStringLiteral("approve.json"), json);
    expectOneLineError(status(), 2, QStringLiteral("is not a SHA-256"));
    expectOneLineError(
        report(plan, QStringLiteral("md"), testsupport::tempPath(QStringLiteral("tampered.md"))), 2,
        QStringLiteral("tampered"));
}

void ReportCliTest::diffCommand()
{
    const QString before = writePlan(QStringLiteral("diff-a.json"), planJson());
    QJsonObject json = planJson();
    QJsonObject column = json.value(QStringLiteral("column")).toObject();
    column.insert(QStringLiteral("type"), QStringLiteral("integer"));
    json.insert(QStringLiteral("column"), column);
    const QString after = writePlan(QStringLiteral("diff-b.json"), json);
    const auto same = testsupport::runCli({QStringLiteral("diff"), before, before});
    QCOMPARE(same.exitCode, 0);
    QCOMPARE(same.out, QStringLiteral("The plans are the same.\n"));
    const auto run = testsupport::runCli({QStringLiteral("diff"), before, after});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("  - column.type: \"bigint\" -> \"integer\"\n")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("\n-ALTER TABLE \"public\".\"orders\" ADD COLUMN IF "
                                            "NOT EXISTS \"amount_cents\" bigint;\n")));
    QVERIFY(run.out.contains(QStringLiteral("\n+ALTER TABLE \"public\".\"orders\" ADD COLUMN IF "
                                            "NOT EXISTS \"amount_cents\" integer;\n")));
    expectOneLineError(testsupport::runCli({QStringLiteral("diff"), before}), 2,
                       QStringLiteral("diff needs two plans"));
    expectOneLineError(testsupport::runCli({QStringLiteral("diff"), before,
                                            testsupport::tempPath(QStringLiteral("missing.json"))}),
                       2, QStringLiteral("missing.json"));
}

void ReportCliTest::productionRefusesUnapprovedPlan()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_report_production"));
    testsupport::execute(uri, readFile(SeedPath));
    // A profile store of our own, found by the CLI through XDG_DATA_HOME.
    const QString dataHome = testsupport::tempPath(QStringLiteral("xdg-data"));
    QDir(dataHome).removeRecursively();
    qputenv("XDG_DATA_HOME", dataHome.toUtf8());
    {
        LocalStore store;
        store.open(dataHome + QStringLiteral("/column-planner/store.sqlite"));
        store.saveProfile(QStringLiteral("shop-prod"), uri, true);
    }
    const QString journal = testsupport::tempPath(QStringLiteral("production-journal.sqlite"));
    QFile::remove(journal);
    const QString plan = writePlan(QStringLiteral("production.json"), planJson());
    auto runOn = [&](const QStringList &extra) {
        return testsupport::runCli(QStringList{QStringLiteral("run"), plan, QStringLiteral("--yes"),
                                               QStringLiteral("--journal"), journal} +
                                   extra);
    };
    auto columnExists = [&] {
        auto session = Session::create(ConnectionUri::parse(uri));
        session->open();
        return session
                   ->execute(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                            "'orders'::regclass AND attname = 'amount_cents'"))
                   .value(0, 0)
                   .toString() == u"1";
    };

    // By --db (matched to the saved profile) and by --profile: refused, nothing changed.
    const auto refused = runOn({QStringLiteral("--db"), uri});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(QStringLiteral(
                 "refusing to run on production profile \"shop-prod\": the plan is not approved")),
             qPrintable(refused.err));
    QCOMPARE(refused.err.trimmed().count(u'\n'), 0);
    QVERIFY(!columnExists());
    const auto wrongConfirmation =
        runOn({QStringLiteral("--profile"), QStringLiteral("shop-prod"),
               QStringLiteral("--confirm-production"), QStringLiteral("yes")});
    QCOMPARE(wrongConfirmation.exitCode, 4);
    QVERIFY(!columnExists());

    // The typed confirmation runs it, and the journal records the override.
    const auto confirmed =
        runOn({QStringLiteral("--profile"), QStringLiteral("shop-prod"),
               QStringLiteral("--confirm-production"), QStringLiteral("shop-prod")});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err + confirmed.out.right(500)));
    QVERIFY(columnExists());
    RunJournal records;
    records.open(journal);
    const QList<JournalRun> runs = records.runs();
    QCOMPARE(runs.size(), 1);
    bool journaled = false;
    for (const JournalEvent &event : records.events(runs.first().id))
        journaled = journaled ||
                    event.message.contains(QStringLiteral(
                        "production override on profile \"shop-prod\": not approved")) &&
                        event.message.contains(QStringLiteral("confirmed by typing \"shop-prod\""));
    QVERIFY(journaled);

    // An approved plan runs on production without a confirmation (every phase is done: a resume).
    QCOMPARE(testsupport::runCli(
                 {QStringLiteral("approve"), plan, QStringLiteral("--by"), QStringLiteral("Ada")})
                 .exitCode,
             0);
    const auto approved = runOn({QStringLiteral("--db"), uri});
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    qunsetenv("XDG_DATA_HOME");
}

QTEST_GUILESS_MAIN(ReportCliTest)
#include "tst_reportcli.moc"
