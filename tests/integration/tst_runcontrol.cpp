// Live control of a CLI run through its --control file, on a real server: pause holds the
// backfill between batches (no row written while paused), target_batch_ms=N changes the batch
// time, resume goes on, abort stops with exit 4 and leaves the run resumable from its checkpoint,
// and a second run finishes it.

#include "runtestkit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace runtestkit;

namespace {

// The JSON lines of a running `column-planner run --json-progress`, read as they come.
class ProgressReader
{
public:
    explicit ProgressReader(QProcess &process) : m_process(process) {}
    QList<QJsonObject> events;
    // Reads until `condition` holds on the events so far, the process ends, or ms pass.
    bool readUntil(const std::function<bool()> &condition, int ms)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            m_pending += m_process.readAllStandardOutput();
            while (m_pending.contains('\n')) {
                const int end = int(m_pending.indexOf('\n'));
                events << QJsonDocument::fromJson(m_pending.left(end)).object();
                m_pending.remove(0, end + 1);
            }
            if (condition())
                return true;
            if (m_process.state() != QProcess::Running || clock.elapsed() > ms)
                return false;
            m_process.waitForReadyRead(100);
        }
    }
    int count(const QString &kind, const QString &containing = {}, int from = 0) const
    {
        int n = 0;
        for (int i = from; i < events.size(); ++i)
            n += events.at(i).value(QStringLiteral("event")).toString() == kind &&
                         events.at(i)
                             .value(QStringLiteral("message"))
                             .toString()
                             .contains(containing)
                     ? 1
                     : 0;
        return n;
    }

private:
    QProcess &m_process;
    QByteArray m_pending;
};

} // namespace

class TestRunControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pauseRetargetResumeAbortThenResume();
};

void TestRunControl::pauseRetargetResumeAbortThenResume()
{
    REQUIRE_POSTGRES(serverUri);
    const int rows = 200000;
    const QString uri = makeOrders(QStringLiteral("cp_runner2_control"), rows);
    const QString plan = writeFile(QStringLiteral("control-plan.json"),
                                   planJson(QStringLiteral("amount_cents"), NullableCentsColumn, 20,
                                            2000, 2000, 60000, 5000, 20));
    const QString control = testsupport::tempPath(QStringLiteral("control"));
    const QString journal = testsupport::tempPath(QStringLiteral("control.sqlite"));
    QProcess child;
    child.start(QStringLiteral(COLUMN_PLANNER_BIN),
                {QStringLiteral("run"), plan, QStringLiteral("--db"), uri, QStringLiteral("--yes"),
                 QStringLiteral("--json-progress"), QStringLiteral("--journal"), journal,
                 QStringLiteral("--control"), control});
    QVERIFY(child.waitForStarted());
    ProgressReader reader(child);
    QVERIFY2(
        reader.readUntil([&] { return reader.count(QStringLiteral("progress")) >= 2; }, 120000),
        qPrintable(child.readAllStandardError()));

    writeFile(QStringLiteral("control"), QStringLiteral("pause\n"));
    QVERIFY(reader.readUntil(
        [&] {
            return reader.count(QStringLiteral("throttle"), QStringLiteral("paused after")) == 1;
        },
        60000));
    const int pausedAt = int(reader.events.size());
    const qint64 filledWhenPaused = filledRows(uri);
    writeFile(QStringLiteral("control"), QStringLiteral("target_batch_ms=7\n"));
    // While paused: nothing more is written and no batch is reported (observed for a second).
    reader.readUntil([] { return false; }, 1000);
    QCOMPARE(reader.count(QStringLiteral("progress"), {}, pausedAt), 0);
    QCOMPARE(filledRows(uri), filledWhenPaused);
    QVERIFY(filledWhenPaused < rows);

    writeFile(QStringLiteral("control"), QStringLiteral("resume\n"));
    QVERIFY(reader.readUntil(
        [&] { return reader.count(QStringLiteral("progress"), {}, pausedAt) >= 2; }, 60000));
    for (int i = pausedAt; i < reader.events.size(); ++i)
        if (reader.events.at(i).value(QStringLiteral("event")).toString() == u"progress")
            QCOMPARE(reader.events.at(i).value(QStringLiteral("target_batch_ms")).toInt(), 7);
    QVERIFY(filledRows(uri) > filledWhenPaused);

    writeFile(QStringLiteral("control"), QStringLiteral("abort\n"));
    QVERIFY(child.waitForFinished(60000));
    reader.readUntil([] { return false; }, 0);
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 4);
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(QStringLiteral("stopped")) && err.contains(QStringLiteral("resume")),
             qPrintable(err));
    QCOMPARE(reader.events.last().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("stopped"));
    const qint64 filledWhenAborted = filledRows(uri);
    QVERIFY(filledWhenAborted < rows);

    // The second run picks up from the checkpoint the aborted one journaled.
    const testsupport::CliRun again = testsupport::runCli(
        {QStringLiteral("run"), plan, QStringLiteral("--db"), uri, QStringLiteral("--yes"),
         QStringLiteral("--json-progress"), QStringLiteral("--journal"), journal});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(again.out.contains(QStringLiteral("resuming from the checkpoint after key")));
    QCOMPARE(filledRows(uri), qint64(rows));
    QCOMPARE(scalar(uri, QStringLiteral("SELECT count(*) FROM orders WHERE amount_cents IS "
                                        "DISTINCT FROM (amount * 100)::bigint")),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestRunControl)
#include "tst_runcontrol.moc"
