#include "replicationlagmeter.h"

#include "runconnection.h"

#include <QElapsedTimer>
#include <algorithm>

namespace {

qint64 steadyMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}

} // namespace

ReplicationLagMeter::ReplicationLagMeter(RunConnection &connection) : m_connection(connection) {}

ReplicationLag ReplicationLagMeter::measure()
{
    // Without pg_read_all_stats (pg_monitor) a role sees the walsenders' pids and NULL elsewhere.
    const QueryResult result = m_connection.execute(QStringLiteral(
        "SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::text,"
        " count(*) FILTER (WHERE state IN ('streaming', 'catchup')),"
        " count(*) FILTER (WHERE state IS NULL),"
        " (min(replay_lsn - '0/0'::pg_lsn) FILTER (WHERE state IN ('streaming', 'catchup')))::text,"
        " coalesce(max(extract(epoch FROM replay_lag) * 1000) FILTER (WHERE state IN ('streaming', "
        "'catchup')), 0),"
        " (array_agg(application_name ORDER BY replay_lsn NULLS FIRST) FILTER (WHERE state IN "
        "('streaming', 'catchup')))[1]"
        " FROM pg_stat_replication"));
    const qint64 now = steadyMs();
    const qint64 current = result.value(0, 0).toString().toLongLong();
    ReplicationLag lag;
    lag.standbys = result.value(0, 1).toInt();
    lag.visible = lag.standbys > 0 || result.value(0, 2).toInt() == 0;
    if (lag.standbys == 0) {
        m_samples.clear();
        return lag;
    }
    lag.slowest = result.value(0, 5).toString();
    const QVariant replayValue = result.value(0, 3);
    // A standby that has not replayed anything yet (just connected) counts as behind by all.
    const qint64 replayed = replayValue.isNull() ? 0 : replayValue.toString().toLongLong();
    m_samples.emplace_back(now, current);
    // Forget the positions the standby has replayed: the oldest remaining one is the oldest
    // WAL it still owes, and it existed on the primary at that sample's time.
    while (!m_samples.empty() && m_samples.front().second <= replayed)
        m_samples.pop_front();
    lag.bytesBehind = std::max<qint64>(0, current - replayed);
    if (lag.bytesBehind == 0) {
        lag.ms = 0;
        return lag;
    }
    const double sinceOldest = m_samples.empty() ? 0 : double(now - m_samples.front().first);
    lag.ms = std::max(sinceOldest, result.value(0, 4).toDouble());
    return lag;
}
