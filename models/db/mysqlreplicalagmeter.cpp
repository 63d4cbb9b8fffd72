#include "mysqlreplicalagmeter.h"

#include "dberror.h"
#include "mysqlsession.h"

#include <algorithm>
#include <limits>

namespace {

constexpr double unbounded = std::numeric_limits<double>::infinity();
// A replica that could not be reached is tried again after this long, so a dead host does not
// slow every measurement by its connect timeout.
constexpr qint64 reconnectAfterMs = 10000;

// The value of the first of `names` the result has (MySQL 8.0.22 renamed Master to Source).
QVariant field(const QueryResult &result, int row, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const int column = int(result.columns.indexOf(QString::fromLatin1(name)));
        if (column >= 0)
            return result.value(row, column);
    }
    return {};
}

bool newReplicationWords(const MysqlSession &session)
{
    return session.isMariadb() ? session.serverVersionNumber() >= 100501
                               : session.serverVersionNumber() >= 80022;
}

// "binlog.000012" → 12; -1 when the name has no numeric suffix.
qint64 fileIndex(const QString &file)
{
    const int dot = int(file.lastIndexOf(u'.'));
    bool number = false;
    const qint64 index = file.mid(dot + 1).toLongLong(&number);
    return dot >= 0 && number ? index : -1;
}

QString describeGtids(const QMap<quint32, quint64> &gtids)
{
    QStringList parts;
    for (auto it = gtids.cbegin(); it != gtids.cend(); ++it)
        parts << MysqlReplicaLagMeter::tr("domain %1 at %2").arg(it.key()).arg(it.value());
    return parts.isEmpty() ? MysqlReplicaLagMeter::tr("nothing") : parts.join(QStringLiteral(", "));
}

} // namespace

QMap<quint32, quint64> BinlogPosition::parseGtids(const QString &text)
{
    QMap<quint32, quint64> gtids;
    for (const QString &gtid : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList parts = gtid.trimmed().split(u'-');
        if (parts.size() != 3)
            continue;
        const quint32 domain = parts.at(0).toUInt();
        gtids[domain] = std::max(gtids.value(domain), parts.at(2).toULongLong());
    }
    return gtids;
}

bool BinlogPosition::reachedBy(const BinlogPosition &executed) const
{
    if (byGtid) {
        for (auto it = gtids.cbegin(); it != gtids.cend(); ++it)
            if (executed.gtids.value(it.key()) < it.value())
                return false;
        return true;
    }
    if (file.isEmpty())
        return true;
    if (executed.file.isEmpty())
        return false;
    const qint64 index = fileIndex(file), executedIndex = fileIndex(executed.file);
    return executedIndex != index ? executedIndex > index : executed.offset >= offset;
}

struct MysqlReplicaLagMeter::Replica
{
    MysqlReplicaState state;
    QString host;
    int port = 0;
    std::unique_ptr<MysqlSession> session;
    qint64 retryAt = 0;
    bool duplicate = false; // the same server as another entry (named twice)
    BinlogPosition executed;
};

MysqlReplicaLagMeter::MysqlReplicaLagMeter(const ConnectionUri &primary,
                                           MysqlSession &primarySession)
    : m_primary(primary), m_session(primarySession)
{
    m_clock.start();
    for (const QString &address : primary.replicas()) {
        const auto [host, port] = ConnectionUri::splitHostPort(address, 3306);
        addReplica(host, port, true);
    }
}

MysqlReplicaLagMeter::~MysqlReplicaLagMeter() = default;

void MysqlReplicaLagMeter::note(const QString &text)
{
    if (!m_notes.contains(text))
        m_notes << text;
}

void MysqlReplicaLagMeter::addReplica(const QString &host, int port, bool explicitlyNamed)
{
    const QString address = host.contains(u':') ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                                : QStringLiteral("%1:%2").arg(host).arg(port);
    for (const auto &known : m_replicas)
        if (known->state.address == address)
            return;
    auto replica = std::make_unique<Replica>();
    replica->host = host;
    replica->port = port;
    replica->state.address = address;
    replica->state.explicitlyNamed = explicitlyNamed;
    // The primary's credentials and TLS settings; a short connect timeout unless the URI sets
    // one, because a replica that is down must not hold up the run for long.
    ConnectionUri uri = m_primary.withServer(host, port);
    if (uri.option(QStringLiteral("connect-timeout")).isEmpty()) {
        const QString text = uri.withoutPassword();
        uri = ConnectionUri::parse(text + (text.contains(u'?') ? u'&' : u'?') +
                                   QStringLiteral("connect-timeout=3"));
        if (m_primary.hasPassword())
            uri = uri.withPassword(m_primary.option(QStringLiteral("password")));
    }
    replica->session = std::make_unique<MysqlSession>(uri);
    m_replicas.push_back(std::move(replica));
}

void MysqlReplicaLagMeter::discover()
{
    const bool mariadb = m_session.isMariadb();
    QueryResult hosts;
    m_listingRefused = false;
    try {
        hosts = m_session.execute(!mariadb && newReplicationWords(m_session)
                                      ? QStringLiteral("SHOW REPLICAS")
                                      : QStringLiteral("SHOW SLAVE HOSTS"));
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost ||
            error.kind() == DbError::Kind::Unreachable)
            throw;
        note(MysqlReplicaLagMeter::tr(
                 "the replicas registered with %1 cannot be listed (%2): grant %3, or "
                 "name them with ?replica=host:port")
                 .arg(m_primary.display(), singleLine(error.message()),
                      mariadb ? QStringLiteral("REPLICATION MASTER ADMIN")
                              : QStringLiteral("REPLICATION SLAVE")));
        m_listingRefused = true;
        return;
    }
    for (int row = 0; row < hosts.rows.size(); ++row) {
        const qint64 serverId = field(hosts, row, {"Server_id", "Server_Id"}).toLongLong();
        const QString host = field(hosts, row, {"Host"}).toString();
        const int port = field(hosts, row, {"Port"}).toInt();
        if (!host.isEmpty()) {
            addReplica(host, port > 0 ? port : 3306, false);
            continue;
        }
        const bool known = std::any_of(m_replicas.cbegin(), m_replicas.cend(), [&](const auto &r) {
            return r->state.serverId == serverId;
        });
        if (!known)
            note(MysqlReplicaLagMeter::tr(
                     "a replica (server id %1) is connected to %2 without reporting its "
                     "address: set report_host and report_port on it, "
                     "or name it with ?replica=host:port; its lag is not counted")
                     .arg(serverId)
                     .arg(m_primary.display()));
    }
}

BinlogPosition MysqlReplicaLagMeter::readPrimaryPosition()
{
    BinlogPosition position;
    try {
        if (m_primaryServerId < 0)
            m_primaryServerId =
                m_session.execute(QStringLiteral("SELECT @@server_id")).value(0, 0).toLongLong();
        const QueryResult status =
            m_session.execute(!m_session.isMariadb() && m_session.serverVersionNumber() >= 80402
                                  ? QStringLiteral("SHOW BINARY LOG STATUS")
                                  : QStringLiteral("SHOW MASTER STATUS"));
        if (status.rows.isEmpty()) {
            note(MysqlReplicaLagMeter::tr(
                     "%1 writes no binary log (log_bin is off), so no replica can follow it")
                     .arg(m_primary.display()));
            return position;
        }
        position.file = field(status, 0, {"File"}).toString();
        position.offset = field(status, 0, {"Position"}).toLongLong();
        if (m_session.isMariadb()) {
            position.byGtid = true;
            position.gtids = BinlogPosition::parseGtids(
                m_session.execute(QStringLiteral("SELECT @@global.gtid_binlog_pos"))
                    .value(0, 0)
                    .toString());
        }
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost ||
            error.kind() == DbError::Kind::Unreachable)
            throw;
        note(MysqlReplicaLagMeter::tr(
                 "the binary log position of %1 cannot be read (%2): grant %3; lag is "
                 "then Seconds_Behind_Master alone (1 s steps, "
                 "0 on an idle replica whose IO thread is behind)")
                 .arg(m_primary.display(), singleLine(error.message()),
                      m_session.isMariadb() ? QStringLiteral("BINLOG MONITOR")
                                            : QStringLiteral("REPLICATION CLIENT")));
        return BinlogPosition{};
    }
    return position;
}

qint64 MysqlReplicaLagMeter::bytesBetween(const BinlogPosition &executed,
                                          const BinlogPosition &current)
{
    if (executed.file.isEmpty() || current.file.isEmpty())
        return -1;
    if (executed.file == current.file)
        return std::max<qint64>(0, current.offset - executed.offset);
    const qint64 from = fileIndex(executed.file), to = fileIndex(current.file);
    if (from < 0 || to < from)
        return from > to ? 0 : -1;
    // The rest of the replica's file, the files between, and the primary's file up to its offset.
    try {
        const QueryResult logs = m_session.execute(QStringLiteral("SHOW BINARY LOGS"));
        qint64 bytes = current.offset - executed.offset;
        for (int row = 0; row < logs.rows.size(); ++row) {
            const qint64 index = fileIndex(logs.value(row, 0).toString());
            if (index >= from && index < to)
                bytes += logs.value(row, 1).toLongLong();
        }
        return std::max<qint64>(0, bytes);
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost ||
            error.kind() == DbError::Kind::Unreachable)
            throw;
        return -1;
    }
}

void MysqlReplicaLagMeter::unreadable(Replica &replica, const QString &why)
{
    MysqlReplicaState &state = replica.state;
    const QString origin = state.explicitlyNamed
                               ? MysqlReplicaLagMeter::tr("named in the URI")
                               : MysqlReplicaLagMeter::tr("registered with the primary");
    state.reason = why;
    note(MysqlReplicaLagMeter::tr("replica %1 (%2) cannot be measured: %3; its lag is not counted")
             .arg(state.address, origin, why));
}

bool MysqlReplicaLagMeter::readReplicaStatus(Replica &replica, qint64 now, QueryResult &status)
{
    MysqlReplicaState &state = replica.state;
    for (int attempt = 1;; ++attempt) {
        try {
            if (!replica.session->isOpen()) {
                replica.session->open();
                state.serverId = replica.session->execute(QStringLiteral("SELECT @@server_id"))
                                     .value(0, 0)
                                     .toLongLong();
                replica.duplicate =
                    std::any_of(m_replicas.cbegin(), m_replicas.cend(), [&](const auto &other) {
                        return other.get() != &replica && other->state.serverId == state.serverId &&
                               !other->duplicate;
                    });
            }
            if (replica.duplicate) {
                state.reason = MysqlReplicaLagMeter::tr(
                                   "the same server (server id %1) as another replica in the list")
                                   .arg(state.serverId);
                return false;
            }
            const MysqlSession &session = *replica.session;
            status = replica.session->execute(
                session.isMariadb()            ? QStringLiteral("SHOW ALL SLAVES STATUS")
                : newReplicationWords(session) ? QStringLiteral("SHOW REPLICA STATUS")
                                               : QStringLiteral("SHOW SLAVE STATUS"));
            return true;
        } catch (const DbError &error) {
            const bool lost = error.kind() == DbError::Kind::ConnectionLost ||
                              error.kind() == DbError::Kind::Unreachable;
            const bool connecting = !replica.session->isOpen();
            if (lost || connecting)
                replica.session->close();
            if (lost && !connecting && attempt == 1)
                continue; // the kept connection went away (server restart, wait_timeout): reconnect
                          // once
            if (connecting)
                replica.retryAt = now + reconnectAfterMs;
            unreadable(replica, singleLine(error.message()));
            return false;
        }
    }
}

int MysqlReplicaLagMeter::channelRow(const QueryResult &status) const
{
    int row = -1;
    for (int i = 0; i < status.rows.size(); ++i)
        if (field(status, i, {"Master_Server_Id", "Source_Server_Id"}).toLongLong() ==
            m_primaryServerId)
            row = i;
    if (row < 0 && status.rows.size() == 1)
        row = 0; // its IO thread never connected, so it does not know the primary's id yet
    return row;
}

void MysqlReplicaLagMeter::judgeLag(Replica &replica, const QueryResult &status, int row,
                                    qint64 now)
{
    MysqlReplicaState &state = replica.state;
    const QVariant secondsBehind =
        field(status, row, {"Seconds_Behind_Master", "Seconds_Behind_Source"});
    const QString ioRunning =
        field(status, row, {"Slave_IO_Running", "Replica_IO_Running"}).toString();
    const QString sqlRunning =
        field(status, row, {"Slave_SQL_Running", "Replica_SQL_Running"}).toString();
    auto withError = [](const QString &what, const QVariant &error) {
        return error.toString().isEmpty()
                   ? what
                   : QStringLiteral("%1 (%2)").arg(what, singleLine(error.toString()));
    };
    if (sqlRunning != u"Yes") {
        state.ms = unbounded;
        state.reason =
            withError(MysqlReplicaLagMeter::tr("its SQL thread is stopped: it applies nothing"),
                      field(status, row, {"Last_SQL_Error"}));
        return;
    }
    if (ioRunning != u"Yes") {
        state.ms = unbounded;
        state.reason = withError(
            ioRunning == u"Connecting"
                ? MysqlReplicaLagMeter::tr(
                      "its IO thread is not connected to the primary: it receives nothing")
                : MysqlReplicaLagMeter::tr("its IO thread is stopped: it receives nothing"),
            field(status, row, {"Last_IO_Error"}));
        return;
    }
    if (secondsBehind.isNull()) {
        state.ms = unbounded;
        state.reason =
            MysqlReplicaLagMeter::tr("its Seconds_Behind_Master is NULL: it is not applying");
        return;
    }
    if (!m_current.isKnown()) { // the primary's position is not readable: its clock is all there is
        state.ms = state.secondsBehind * 1000;
        state.reason = state.ms == 0 ? MysqlReplicaLagMeter::tr("Seconds_Behind_Master is 0")
                                     : MysqlReplicaLagMeter::tr("behind by Seconds_Behind_Master");
        return;
    }
    if (m_current.reachedBy(replica.executed)) {
        state.ms = 0;
        state.bytesBehind = 0;
        state.reason = MysqlReplicaLagMeter::tr("caught up");
        return;
    }
    // The oldest primary position this meter saw that the replica has not executed yet: the
    // replica is behind by at least the time since then.
    double since = 0;
    for (const auto &[at, position] : m_samples) {
        if (!position.reachedBy(replica.executed)) {
            since = double(now - at);
            break;
        }
    }
    // At least 1 ms: 0 means caught up and nothing else, even on the first look at a replica
    // behind.
    state.ms = std::max({since, state.secondsBehind * 1000, 1.0});
    state.reason =
        m_current.byGtid
            ? MysqlReplicaLagMeter::tr("behind: it executed %1, the primary is at %2")
                  .arg(describeGtids(replica.executed.gtids), describeGtids(m_current.gtids))
            : MysqlReplicaLagMeter::tr("behind: it executed %1:%2, the primary is at %3:%4")
                  .arg(replica.executed.file)
                  .arg(replica.executed.offset)
                  .arg(m_current.file)
                  .arg(m_current.offset);
    const int delay = field(status, row, {"SQL_Delay"}).toInt();
    if (delay > 0)
        state.reason +=
            MysqlReplicaLagMeter::tr(" (it applies %1 s late on purpose: MASTER_DELAY)").arg(delay);
}

void MysqlReplicaLagMeter::measureReplica(Replica &replica, qint64 now)
{
    MysqlReplicaState &state = replica.state;
    state.measured = false;
    state.ms = -1;
    state.bytesBehind = -1;
    state.secondsBehind = -1;
    if (!replica.session->isOpen() && now < replica.retryAt)
        return; // the reason of the last failure stands
    QueryResult status;
    if (!readReplicaStatus(replica, now, status))
        return;

    // The row of the channel that follows this primary (MariaDB multi-source, MySQL channels).
    const int row = channelRow(status);
    if (row < 0) {
        unreadable(replica,
                   status.rows.isEmpty()
                       ? MysqlReplicaLagMeter::tr("it is not a replica (no replication configured)")
                       : MysqlReplicaLagMeter::tr("it does not replicate from server id %1")
                             .arg(m_primaryServerId));
        return;
    }

    state.measured = true;
    replica.executed = BinlogPosition{};
    replica.executed.byGtid = m_current.byGtid;
    replica.executed.gtids =
        BinlogPosition::parseGtids(field(status, row, {"Gtid_Slave_Pos"}).toString());
    replica.executed.file =
        field(status, row, {"Relay_Master_Log_File", "Relay_Source_Log_File"}).toString();
    replica.executed.offset =
        field(status, row, {"Exec_Master_Log_Pos", "Exec_Source_Log_Pos"}).toLongLong();
    state.bytesBehind = bytesBetween(replica.executed, m_current);
    const QVariant secondsBehind =
        field(status, row, {"Seconds_Behind_Master", "Seconds_Behind_Source"});
    state.secondsBehind = secondsBehind.isNull() ? -1 : secondsBehind.toDouble();
    judgeLag(replica, status, row, now);
}

ReplicationLag MysqlReplicaLagMeter::measure()
{
    discover();
    m_current = readPrimaryPosition();
    const qint64 now = m_clock.elapsed();
    // A position already sampled keeps its older time: that is when it first existed.
    if (m_samples.empty() || !(m_samples.back().second == m_current))
        m_samples.emplace_back(now, m_current);

    ReplicationLag lag;
    const MysqlReplicaState *slowest = nullptr;
    for (const auto &replica : m_replicas) {
        measureReplica(*replica, now);
        if (!replica->state.measured)
            continue;
        ++lag.standbys;
        if (!slowest || replica->state.ms > slowest->ms)
            slowest = &replica->state;
    }
    // Forget the positions every measured replica has executed.
    while (!m_samples.empty() &&
           std::all_of(m_replicas.cbegin(), m_replicas.cend(), [&](const auto &replica) {
               return !replica->state.measured ||
                      m_samples.front().second.reachedBy(replica->executed);
           }))
        m_samples.pop_front();

    // Not visible: replicas exist (or may: the listing was refused) and none could be read.
    lag.visible = lag.standbys > 0 || (m_replicas.empty() && !m_listingRefused);
    m_reason.clear();
    if (!slowest)
        return lag;
    lag.ms = slowest->ms;
    lag.bytesBehind = std::max<qint64>(0, slowest->bytesBehind);
    lag.slowest = slowest->address;
    if (slowest->ms != 0)
        m_reason = slowest->reason;
    return lag;
}

QList<MysqlReplicaState> MysqlReplicaLagMeter::replicas() const
{
    QList<MysqlReplicaState> list;
    for (const auto &replica : m_replicas)
        list << replica->state;
    return list;
}
