#include "lockmonitor.h"

#include "db/dberror.h"
#include "db/postgressession.h"

#include <chrono>

struct LockMonitor::Connection
{
    explicit Connection(const ConnectionUri &uri) : session(uri) {}
    PostgresSession session;
};

LockMonitor::LockMonitor(ConnectionUri uri, int intervalMs)
    : m_uri(ConnectionUri::parse(
          uri.conninfo() + QStringLiteral(" application_name='column-planner-rehearsal-monitor'"))),
      m_intervalMs(intervalMs)
{
}

LockMonitor::~LockMonitor()
{
    stop();
}

void LockMonitor::start()
{
    m_connection = std::make_unique<Connection>(m_uri);
    m_connection->session.open();
    const QString since = m_connection->session.serverVersionNumber() >= 140000
                              ? QStringLiteral("coalesce(l.waitstart, a.query_start)")
                              : QStringLiteral("a.query_start");
    m_query = QStringLiteral("WITH w AS (SELECT DISTINCT ON (a.pid) a.pid, extract(epoch FROM "
                             "clock_timestamp() - %1) * 1000 AS ms,"
                             "                  CASE WHEN a.application_name LIKE "
                             "'column-planner-rehearsal%' THEN 'workload' ELSE 'run' END"
                             "                  || ': ' || left(regexp_replace(a.query, '\\s+', ' "
                             "', 'g'), 120) AS who"
                             "             FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                             "            WHERE NOT l.granted AND a.datname = current_database() "
                             "AND a.pid <> pg_backend_pid()"
                             "            ORDER BY a.pid, ms DESC)"
                             "SELECT coalesce(max(ms), 0)::float8, count(*), (SELECT who FROM w "
                             "ORDER BY ms DESC LIMIT 1),"
                             "       pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::float8 FROM w")
                  .arg(since);
    m_stop.store(false);
    m_thread = std::thread([this] { loop(); });
}

void LockMonitor::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop.store(true);
    m_thread.join();
}

std::vector<LockSample> LockMonitor::samples() const
{
    std::lock_guard lock(m_mutex);
    return m_samples;
}

void LockMonitor::loop()
{
    using Clock = std::chrono::steady_clock;
    while (true) {
        const bool last = m_stop.load(); // one sample after stop() so the WAL position is final
        const Clock::time_point started = Clock::now();
        try {
            const QueryResult result = m_connection->session.execute(m_query);
            LockSample sample;
            sample.phase = m_phase.load();
            sample.maxWaitMs = result.value(0, 0).toDouble();
            sample.waiting = result.value(0, 1).toInt();
            sample.longestWaiter = result.value(0, 2).toString();
            sample.walBytes = result.value(0, 3).toDouble();
            std::lock_guard lock(m_mutex);
            m_samples.push_back(sample);
        } catch (const DbError &) {
            // A lost sample is a gap in the chart, not a failed rehearsal; the next one retries.
        }
        if (last)
            break;
        std::this_thread::sleep_until(started + std::chrono::milliseconds(m_intervalMs));
    }
}
