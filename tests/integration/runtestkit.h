#pragma once
// What the runner's integration tests share (tst_runreplica, tst_runfaults, tst_runcontrol):
// plans as JSON, an orders table in a scratch database, a Runner on its own thread with the
// events it sent, and reading one value from a server.

#include "db/dberror.h"
#include "db/session.h"
#include "plan/planfile.h"
#include "run/runcontrol.h"
#include "run/runner.h"
#include "store/runjournal.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <atomic>
#include <functional>
#include <mutex>

namespace runtestkit {

// A plan for public.orders; `column` is the inside of the plan's "column" object after "name".
inline QString planJson(const QString &column, const QString &columnBody, int targetMs = 200,
                        int maxRows = 50000, int lockTimeoutMs = 2000,
                        int statementTimeoutMs = 60000, int maxLagMs = 5000, int pauseMs = 0)
{
    return QStringLiteral(R"({"format": "column-planner/plan@1", "title": "test %1",
      "target": {"dialect": "postgresql"}, "table": {"schema": "public", "name": "orders"},
      "column": {"name": "%1", %2},
      "backfill": {"target_batch_ms": %3, "max_batch_rows": %4, "pause_ms": %8, "max_replication_lag_ms": %7,
                   "lock_timeout_ms": %5, "statement_timeout_ms": %6},
      "checks": []})")
        .arg(column, columnBody)
        .arg(targetMs)
        .arg(maxRows)
        .arg(lockTimeoutMs)
        .arg(statementTimeoutMs)
        .arg(maxLagMs)
        .arg(pauseMs);
}

inline const QString CentsColumn = QStringLiteral(
    R"("type": "bigint", "nullable": false, "default": "0", "backfill": "(amount * 100)::bigint",
    "check": "amount_cents >= 0", "index": {"method": "btree", "unique": false}, "comment": "cents")");
inline const QString NullableCentsColumn =
    QStringLiteral(R"("type": "bigint", "nullable": true, "backfill": "(amount * 100)::bigint")");

inline Plan parsePlan(const QString &json)
{
    return PlanFile::parse(json.toUtf8(), QStringLiteral("test-plan.json"));
}

inline QString writeFile(const QString &name, const QString &text)
{
    const QString path = testsupport::tempPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
    return path;
}

inline QString scalar(const QString &uri, const QString &sql)
{
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();
    const QVariant value = session->execute(sql).value(0, 0);
    return value.isNull() ? QStringLiteral("NULL") : value.toString();
}

// orders (id bigserial primary key, amount numeric, status text) with `rows` rows.
inline QString makeOrders(const QString &database, int rows)
{
    const QString uri = testsupport::createScratchDatabase(database);
    testsupport::execute(
        uri, QStringLiteral(
                 "CREATE TABLE orders (id bigserial PRIMARY KEY, amount numeric(12,2) NOT NULL, "
                 "status text NOT NULL DEFAULT 'new');"
                 "INSERT INTO orders (amount) SELECT (g % 500) / 4.0 FROM generate_series(1, %1) g")
                 .arg(rows));
    testsupport::execute(uri, QStringLiteral("VACUUM ANALYZE orders"));
    return uri;
}

// orders partitioned by RANGE (placed): 2024 sub-partitioned by HASH (id) into two leaves, 2025,
// and a DEFAULT partition; `rows` rows spread over 800 days from 2024-01-01 (the first leaf,
// orders_2024_h0, gets about 22 % of them).
inline QString makePartitionedOrders(const QString &database, int rows)
{
    const QString uri = testsupport::createScratchDatabase(database);
    testsupport::execute(uri, QStringLiteral(R"SQL(
CREATE TABLE orders (id bigserial, placed date NOT NULL, amount numeric(12,2) NOT NULL,
                     status text NOT NULL DEFAULT 'new', PRIMARY KEY (id, placed))
    PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
    PARTITION BY HASH (id);
CREATE TABLE orders_2024_h0 PARTITION OF orders_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE orders_2024_h1 PARTITION OF orders_2024 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE orders_default PARTITION OF orders DEFAULT;
INSERT INTO orders (placed, amount)
    SELECT date '2024-01-01' + g % 800, (g % 500) / 4.0 FROM generate_series(1, %1) g;
)SQL")
                                  .arg(rows));
    testsupport::execute(uri, QStringLiteral("VACUUM ANALYZE orders"));
    return uri;
}

inline qint64 filledRows(const QString &uri, const QString &column = QStringLiteral("amount_cents"))
{
    return scalar(uri,
                  QStringLiteral("SELECT count(*) FROM orders WHERE %1 IS NOT NULL").arg(column))
        .toLongLong();
}

// Events from the runner's thread, read by the test's thread.
class EventLog
{
public:
    void add(const RunEvent &event)
    {
        std::lock_guard lock(m_mutex);
        m_events << event;
    }
    QList<RunEvent> events() const
    {
        std::lock_guard lock(m_mutex);
        return m_events;
    }
    int count(RunEvent::Kind kind, const QString &containing = {}) const
    {
        std::lock_guard lock(m_mutex);
        int n = 0;
        for (const RunEvent &event : m_events)
            n += event.kind == kind && event.message.contains(containing) ? 1 : 0;
        return n;
    }

private:
    mutable std::mutex m_mutex;
    QList<RunEvent> m_events;
};

// A Runner on its own thread, as the GUI's RunWorker runs it.
class RunThread : public QThread
{
public:
    RunThread(const Plan &plan, const QString &uri, RunJournal *journal, RunOptions options = {})
        : m_runner(plan, ConnectionUri::parse(uri), options, control, journal)
    {
        m_runner.setEventHandler([this](const RunEvent &event) { log.add(event); });
    }
    RunControl control;
    EventLog log;
    RunOutcome outcome;
    QList<RunCheckResult> checks;

protected:
    void run() override
    {
        outcome = m_runner.run();
        checks = m_runner.checkResults();
    }

private:
    Runner m_runner;
};

inline bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > ms)
            return false;
        QThread::msleep(20); // the poll interval of this condition wait, not a wait of its own
    }
    return true;
}

// A reader on its own connection running one SELECT over and over, keeping the longest wait:
// what the application feels while a DDL queues for the table's lock.
class WorstLatencyReader : public QThread
{
public:
    WorstLatencyReader(const QString &uri, const QString &sql) : m_uri(uri), m_sql(sql) {}
    ~WorstLatencyReader() override
    {
        stop = true;
        wait();
    }
    std::atomic<bool> stop{false};
    std::atomic<qint64> worstMs{0};
    std::atomic<int> reads{0};
    QString error; // read after wait()

protected:
    void run() override
    {
        try {
            auto session = Session::create(ConnectionUri::parse(m_uri));
            session->open();
            while (!stop) {
                QElapsedTimer clock;
                clock.start();
                session->execute(m_sql);
                worstMs = std::max<qint64>(worstMs, clock.elapsed());
                ++reads;
                QThread::msleep(5); // stimulus: the reader's pace, an application's read rate
            }
        } catch (const DbError &e) {
            error = e.message();
        }
    }

private:
    QString m_uri;
    QString m_sql;
};

// Starts `column-planner run ... --json-progress` with these arguments and SIGKILLs it (no chance
// to clean up) once it printed `lines` progress lines. Returns empty, or why it could not.
inline QString killRunAfterProgress(const QStringList &args, int lines)
{
    QProcess child;
    child.start(QStringLiteral(COLUMN_PLANNER_BIN), args);
    if (!child.waitForStarted())
        return QStringLiteral("the run did not start");
    int progressLines = 0;
    QElapsedTimer clock;
    clock.start();
    QByteArray pending;
    while (progressLines < lines && clock.elapsed() < 120000) {
        child.waitForReadyRead(200);
        pending += child.readAllStandardOutput();
        while (pending.contains('\n')) {
            const int end = int(pending.indexOf('\n'));
            const QJsonObject line = QJsonDocument::fromJson(pending.left(end)).object();
            pending.remove(0, end + 1);
            progressLines += line.value(QStringLiteral("event")).toString() == u"progress" ? 1 : 0;
        }
        if (child.state() != QProcess::Running)
            return QStringLiteral("the run ended before %1 progress lines: %2")
                .arg(lines)
                .arg(QString::fromUtf8(child.readAllStandardError()));
    }
    child.kill();
    child.waitForFinished();
    return progressLines >= lines
               ? QString()
               : QStringLiteral("only %1 progress lines in two minutes").arg(progressLines);
}

// Rows the journal says batches and sweeps wrote, over these runs.
inline qint64 rowsWritten(RunJournal &journal, const QList<JournalRun> &runs)
{
    qint64 written = 0;
    for (const JournalRun &run : runs)
        for (const JournalStatement &s : journal.statements(run.id))
            if (s.outcome == u"batch" || s.outcome == u"sweep")
                written += s.rows;
    return written;
}

// Whether the run's journaled events say it went on from the checkpoint after this key.
// The application beside a run, on its own connection: every intervalMs its old release's INSERT
// (without the new column) or, once writesNewColumn is set, its new release's, then `update`
// (where %1 is a random id from 1 to 1000) if given. Records every error it sees: a run must
// never cause one.
class ApplicationWriter : public QThread
{
public:
    ApplicationWriter(const QString &uri, int intervalMs, const QString &oldInsert,
                      const QString &newInsert, const QString &update = {})
        : m_uri(uri), m_intervalMs(intervalMs), m_oldInsert(oldInsert), m_newInsert(newInsert),
          m_update(update)
    {
    }
    ~ApplicationWriter() override { stopAndWait(); }

    std::atomic<bool> writesNewColumn{false};
    std::atomic<int> inserts{0};

    void stopAndWait()
    {
        m_stop = true;
        wait();
    }
    int errors() const
    {
        std::lock_guard lock(m_mutex);
        return int(m_errors.size());
    }
    QString firstError() const
    {
        std::lock_guard lock(m_mutex);
        return m_errors.value(0);
    }

protected:
    void run() override
    {
        auto session = Session::create(ConnectionUri::parse(m_uri));
        session->open();
        while (!m_stop) {
            try {
                session->execute(writesNewColumn ? m_newInsert : m_oldInsert);
                if (!m_update.isEmpty())
                    session->execute(m_update.arg(1 + QRandomGenerator::global()->bounded(1000)));
                ++inserts;
            } catch (const DbError &error) {
                std::lock_guard lock(m_mutex);
                m_errors << error.message();
            }
            if (m_intervalMs > 0)
                QThread::msleep(m_intervalMs); // stimulus: the application's write rate
        }
    }

private:
    QString m_uri;
    int m_intervalMs;
    QString m_oldInsert, m_newInsert, m_update;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QStringList m_errors;
};

inline bool resumedAfter(RunJournal &journal, qint64 runId, const QString &key)
{
    for (const JournalEvent &event : journal.events(runId))
        if (event.message.contains(
                QStringLiteral("resuming from the checkpoint after key %1").arg(key)))
            return true;
    return false;
}

} // namespace runtestkit
