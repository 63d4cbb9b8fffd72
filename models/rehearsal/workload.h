#pragma once
// The application stand-in during a rehearsal: N client connections to staging replaying a
// read/write mix at a configured total rate (reads by primary key and by an indexed column,
// inserts, updates), each operation's latency recorded under the phase running when it
// started. One std::thread per client; start(), setPhase() and stop() from one thread.

#include "db/connectionuri.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct WorkloadOptions
{
    int clients = 4;
    double operationsPerSecond = 200; // all clients together
    int readByKeyWeight = 50;
    int readByIndexWeight = 20;
    int insertWeight = 10;
    int updateWeight = 20;
};

// What the clients run against, read from staging after the load.
struct WorkloadTarget
{
    QString table;     // quoted "schema"."table"
    QString keyColumn; // quoted; empty: no single-column key (no reads by key, updates, inserts)
    QStringList keys;  // a sample of existing keys, as text
    QString indexedColumn; // quoted; empty: no reads by index
    QStringList indexedValues;
    QString updateColumn;      // quoted column set to itself by updates
    QStringList insertColumns; // quoted columns copied from an existing row by inserts
    // Quoted columns reads return: the table's columns before the run, named, because a prepared
    // SELECT * fails once the plan adds a column ("cached plan must not change result type").
    QStringList readColumns;
    qint64 nextKey = -1; // first free integer key for inserts; -1: no inserts
    QStringList notes;
};

struct WorkloadSample
{
    enum Kind
    {
        ReadByKey,
        ReadByIndex,
        Insert,
        Update
    };
    int phase = 0;
    Kind kind = ReadByKey;
    double latencyMs = 0;
    bool ok = true;
};

class Workload
{
    Q_DECLARE_TR_FUNCTIONS(Workload)

public:
    Workload(ConnectionUri uri, WorkloadTarget target, WorkloadOptions options);
    ~Workload();

    // Throws DbError when a client cannot connect or prepare its statements.
    void start();
    // Operations started from now on count for this phase index.
    void setPhase(int phase) { m_phase.store(phase); }
    // Stops the clients (cancelling what waits on the server) and joins them.
    void stop();

    std::vector<WorkloadSample> samples() const;
    QStringList errors() const; // the first few distinct failures, one line each
    static QString kindName(WorkloadSample::Kind kind);

private:
    struct Client;
    // Opens the client's connection and prepares its statements; throws DbError.
    void connectClient(Client &client) const;
    void clientLoop(Client &client, int index);

    ConnectionUri m_uri;
    WorkloadTarget m_target;
    WorkloadOptions m_options;
    std::atomic<int> m_phase{0};
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_nextKey{0};
    std::vector<std::unique_ptr<Client>> m_clients;
    std::vector<std::thread> m_threads;
    mutable std::mutex m_errorMutex;
    QStringList m_errors;
};
