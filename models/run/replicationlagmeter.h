#pragma once
// Measures how far the slowest streaming standby is behind the primary, in milliseconds, in a
// way that keeps growing while the standby does not replay (paused replay, a stuck standby)
// even when nothing else is written.
//
// pg_stat_replication.replay_lag alone does not do that: the walsender only updates it when the
// standby reports progress, so with replay paused on an idle primary (which the primary is while
// the runner waits for the lag to go down) it stays frozen at its last value, and after the
// standby has caught up it keeps a stale value until the next status message (up to
// wal_receiver_status_interval). So the meter compares replay_lsn with pg_current_wal_lsn():
// caught up (no byte left to replay) is 0 ms whatever replay_lag says; behind, the lag is the
// larger of replay_lag and the time since the oldest WAL position this meter saw on the primary
// that the standby has not replayed yet (its own samples, one per measurement).

#include "db/replicationlag.h"

#include <QString>
#include <deque>
#include <utility>

class RunConnection;

class ReplicationLagMeter
{
public:
    explicit ReplicationLagMeter(RunConnection &connection);

    // Throws DbError.
    ReplicationLag measure();

private:
    RunConnection &m_connection;
    std::deque<std::pair<qint64, qint64>>
        m_samples; // (steady ms, primary WAL position), oldest first
};
