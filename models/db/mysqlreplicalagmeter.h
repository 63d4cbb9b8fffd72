#pragma once
// Measures how far the slowest replica of a MySQL/MariaDB primary is behind it, in milliseconds,
// in a way that keeps growing while a replica does not apply (delayed, stuck, idle IO thread
// behind) and reads 0 as soon as it has executed everything, whatever its clock says.
//
// Replicas: those registered with the primary (SHOW SLAVE HOSTS / SHOW REPLICAS, listed when the
// replica sets report_host) plus those the URI names (?replica=host:port); a replica once found
// is kept for the meter's life, because a replica whose IO thread stops leaves SHOW SLAVE HOSTS
// exactly when it matters. Each is read with its own connection (the primary's credentials),
// kept open and reopened when lost.
//
// Seconds_Behind_Master alone does not do: it has a 1 s resolution, reads 0 on a replica whose
// IO thread is behind and idle, and freezes while the SQL thread waits. So, as the PostgreSQL
// meter does with WAL positions, each measurement samples the primary's position (MariaDB:
// gtid_binlog_pos; MySQL: binary log file and offset) and compares it with what each replica has
// executed (Gtid_Slave_Pos / Relay_Master_Log_File + Exec_Master_Log_Pos): caught up is 0 ms;
// behind is the larger of Seconds_Behind_Master and the time since the oldest sampled position
// the replica has not executed yet. A replica whose IO or SQL thread is not running, or whose
// Seconds_Behind_Master is NULL, is infinitely behind (the run waits) and reason() says why.

#include "replicationlag.h"

#include "connectionuri.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QStringList>
#include <deque>
#include <memory>
#include <vector>

class MysqlSession;
struct QueryResult;

// One replica as the last measurement saw it.
struct MysqlReplicaState
{
    QString address;      // host:port
    qint64 serverId = -1; // its @@server_id, -1 when never reached
    bool explicitlyNamed = false;
    bool measured = false; // false: unreachable or unreadable (reason says why); not counted
    double ms = -1;        // 0 caught up; infinity when it does not apply
    qint64 bytesBehind =
        -1; // binary log the primary wrote and the replica has not executed; -1 unknown
    double secondsBehind = -1; // Seconds_Behind_Master as the replica says, -1 when NULL
    QString reason;            // "caught up", "SQL thread stopped: ...", "connect failed: ..."
};

// A position in the primary's binary log: GTIDs per replication domain (MariaDB), or a file and
// an offset in it.
struct BinlogPosition
{
    bool byGtid = false;          // MariaDB: compare GTIDs; else the file and offset
    QMap<quint32, quint64> gtids; // domain → sequence number
    QString file;
    qint64 offset = -1;

    static QMap<quint32, quint64> parseGtids(const QString &text); // "0-1-42,1-2-7"
    bool isKnown() const { return byGtid || !file.isEmpty(); }
    bool operator==(const BinlogPosition &other) const
    {
        return byGtid == other.byGtid && gtids == other.gtids && file == other.file &&
               offset == other.offset;
    }
    // True when `executed` (a replica's) includes everything up to this position; true too when
    // this position is unknown (then only Seconds_Behind_Master speaks).
    bool reachedBy(const BinlogPosition &executed) const;
};

class MysqlReplicaLagMeter
{
    Q_DECLARE_TR_FUNCTIONS(MysqlReplicaLagMeter)

public:
    // primary: the run's URI (its credentials are reused for the replicas); primarySession: an
    // open MysqlSession on it, used from the caller's thread only.
    MysqlReplicaLagMeter(const ConnectionUri &primary, MysqlSession &primarySession);
    ~MysqlReplicaLagMeter();

    // Throws DbError only when the primary cannot be read (connection lost); a replica that
    // cannot be reached is reported in notes() and left out, not thrown. `ms` is infinity when
    // a replica does not apply; `visible` is false when replicas exist but none could be read.
    ReplicationLag measure();
    // Why a replica could not be found or measured, each reason once, for a one-time warning.
    QStringList notes() const { return m_notes; }
    // Why the slowest replica of the last measurement is behind ("" when caught up).
    QString reason() const { return m_reason; }
    QList<MysqlReplicaState> replicas() const;

private:
    struct Replica;

    void discover();
    void addReplica(const QString &host, int port, bool explicitlyNamed);
    BinlogPosition readPrimaryPosition();
    void measureReplica(Replica &replica, qint64 now);
    // The steps of measureReplica(): its status read over its own connection (false when it
    // cannot be, the reason set), the row of the channel that follows this primary (-1: none),
    // and the lag that row says.
    bool readReplicaStatus(Replica &replica, qint64 now, QueryResult &status);
    int channelRow(const QueryResult &status) const;
    void judgeLag(Replica &replica, const QueryResult &status, int row, qint64 now);
    void unreadable(Replica &replica, const QString &why);
    qint64 bytesBetween(const BinlogPosition &executed, const BinlogPosition &current);
    void note(const QString &text);

    QElapsedTimer m_clock;
    ConnectionUri m_primary;
    MysqlSession &m_session;
    qint64 m_primaryServerId = -1;
    bool m_listingRefused = false; // SHOW SLAVE HOSTS refused: replicas may exist unseen
    BinlogPosition m_current;
    std::deque<std::pair<qint64, BinlogPosition>>
        m_samples; // (steady ms, primary position), oldest first
    std::vector<std::unique_ptr<Replica>> m_replicas;
    QStringList m_notes;
    QString m_reason;
};
