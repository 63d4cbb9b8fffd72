#pragma once
// Samples the staging database while a rehearsal runs, on its own connection and thread: the
// longest current lock wait of any session there (pg_locks.waitstart, or query_start before
// PostgreSQL 14) with who waits and who blocks, and the server's WAL position, each sample
// tagged with the phase then running.

#include "db/connectionuri.h"

#include <QString>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

struct LockSample
{
    int phase = 0;
    double maxWaitMs = 0;  // the longest wait in progress at that moment; 0: none
    int waiting = 0;       // sessions waiting for a lock
    double walBytes = 0;   // pg_current_wal_lsn() - '0/0'
    QString longestWaiter; // "workload: UPDATE ..." or "run: ALTER TABLE ..."
};

class LockMonitor
{
public:
    explicit LockMonitor(ConnectionUri uri, int intervalMs = 50);
    ~LockMonitor();

    void start(); // throws DbError when it cannot connect
    void setPhase(int phase) { m_phase.store(phase); }
    void stop();
    std::vector<LockSample> samples() const;

private:
    void loop();

    ConnectionUri m_uri;
    int m_intervalMs;
    std::atomic<int> m_phase{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::vector<LockSample> m_samples;
    QString m_query;
    struct Connection;
    std::unique_ptr<Connection> m_connection;
};
