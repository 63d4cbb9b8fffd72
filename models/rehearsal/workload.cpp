#include "workload.h"

#include "db/dberror.h"
#include "db/postgressession.h"

#include <chrono>
#include <random>

struct Workload::Client
{
    explicit Client(const ConnectionUri &uri) : session(uri) {}
    PostgresSession session;
    std::vector<WorkloadSample> samples;
    mutable std::mutex mutex; // guards samples against samples() while running
};

namespace {

ConnectionUri clientUri(const ConnectionUri &uri)
{
    // A name of its own, so that lock samples can tell the workload from the run.
    QString text = uri.conninfo();
    text += QStringLiteral(" application_name='column-planner-rehearsal-workload'");
    return ConnectionUri::parse(text);
}

} // namespace

Workload::Workload(ConnectionUri uri, WorkloadTarget target, WorkloadOptions options)
    : m_uri(clientUri(uri)), m_target(std::move(target)), m_options(options)
{
    if (m_target.keyColumn.isEmpty() || m_target.keys.isEmpty()) {
        m_options.readByKeyWeight = 0;
        m_options.updateWeight = 0;
    }
    if (m_target.indexedColumn.isEmpty() || m_target.indexedValues.isEmpty())
        m_options.readByIndexWeight = 0;
    if (m_target.nextKey < 0 || m_target.keys.isEmpty())
        m_options.insertWeight = 0;
    if (m_target.updateColumn.isEmpty())
        m_options.updateWeight = 0;
    m_nextKey.store(m_target.nextKey);
}

Workload::~Workload()
{
    stop();
}

QString Workload::kindName(WorkloadSample::Kind kind)
{
    switch (kind) {
    case WorkloadSample::ReadByKey:
        return QStringLiteral("read_by_key");
    case WorkloadSample::ReadByIndex:
        return QStringLiteral("read_by_index");
    case WorkloadSample::Insert:
        return QStringLiteral("insert");
    case WorkloadSample::Update:
        return QStringLiteral("update");
    }
    return {};
}

void Workload::start()
{
    if (m_options.readByKeyWeight + m_options.readByIndexWeight + m_options.insertWeight +
            m_options.updateWeight <=
        0)
        throw DbError(DbError::Kind::BadInput,
                      Workload::tr("no workload operation fits table %1 (it needs a "
                                   "single-column primary key or an index)")
                          .arg(m_target.table));
    m_stop.store(false);
    for (int i = 0; i < m_options.clients; ++i) {
        auto client = std::make_unique<Client>(m_uri);
        connectClient(*client);
        m_clients.push_back(std::move(client));
    }
    for (int i = 0; i < int(m_clients.size()); ++i)
        m_threads.emplace_back([this, i] { clientLoop(*m_clients[size_t(i)], i); });
}

void Workload::connectClient(Client &client) const
{
    client.session.open();
    const QString &table = m_target.table;
    const QString selected = m_target.readColumns.isEmpty()
                                 ? QStringLiteral("*")
                                 : m_target.readColumns.join(QStringLiteral(", "));
    if (!m_target.keyColumn.isEmpty()) {
        const QString &key = m_target.keyColumn;
        client.session.prepare(
            QStringLiteral("read_by_key"),
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = $1").arg(selected, table, key));
        if (!m_target.updateColumn.isEmpty())
            client.session.prepare(QStringLiteral("update"),
                                   QStringLiteral("UPDATE %1 SET %2 = %2 WHERE %3 = $1")
                                       .arg(table, m_target.updateColumn, key));
        if (m_options.insertWeight > 0) {
            const QString columns =
                m_target.insertColumns.isEmpty()
                    ? QString()
                    : QStringLiteral(", ") + m_target.insertColumns.join(QStringLiteral(", "));
            client.session.prepare(
                QStringLiteral("insert"),
                QStringLiteral("INSERT INTO %1 (%2%3) SELECT $1%3 FROM %1 WHERE %2 = $2")
                    .arg(table, key, columns));
        }
    }
    if (!m_target.indexedColumn.isEmpty())
        client.session.prepare(QStringLiteral("read_by_index"),
                               QStringLiteral("SELECT %1 FROM %2 WHERE %3 = $1 LIMIT 20")
                                   .arg(selected, table, m_target.indexedColumn));
}

void Workload::stop()
{
    if (m_threads.empty())
        return;
    m_stop.store(true);
    for (auto &client : m_clients)
        client->session.cancel(); // an operation stuck behind a lock returns now
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
}

std::vector<WorkloadSample> Workload::samples() const
{
    std::vector<WorkloadSample> all;
    for (const auto &client : m_clients) {
        std::lock_guard lock(client->mutex);
        all.insert(all.end(), client->samples.begin(), client->samples.end());
    }
    return all;
}

QStringList Workload::errors() const
{
    std::lock_guard lock(m_errorMutex);
    return m_errors;
}

void Workload::clientLoop(Client &client, int index)
{
    using Clock = std::chrono::steady_clock;
    std::mt19937_64 random(quint64(index) * 7919 + 17);
    const int total = m_options.readByKeyWeight + m_options.readByIndexWeight +
                      m_options.insertWeight + m_options.updateWeight;
    const double perClient =
        std::max(0.1, m_options.operationsPerSecond / double(std::max(1, m_options.clients)));
    const auto interval =
        std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / perClient));
    // Clients start spread over one interval, so their operations do not arrive in bursts.
    Clock::time_point next = Clock::now() + interval * index / std::max(1, m_options.clients);
    const QStringList &keys = m_target.keys;
    const QStringList &values = m_target.indexedValues;

    while (!m_stop.load()) {
        const Clock::time_point now = Clock::now();
        if (now < next) {
            std::this_thread::sleep_for(
                std::min<Clock::duration>(next - now, std::chrono::milliseconds(50)));
            continue;
        }
        // Open loop: the schedule does not wait for slow answers; a client that fell far behind
        // (a long lock wait) starts again from now rather than firing a burst.
        next = std::max(next + interval, now - interval * 4);
        int pick = int(random() % quint64(total));
        WorkloadSample sample;
        sample.phase = m_phase.load();
        if ((pick -= m_options.readByKeyWeight) < 0)
            sample.kind = WorkloadSample::ReadByKey;
        else if ((pick -= m_options.readByIndexWeight) < 0)
            sample.kind = WorkloadSample::ReadByIndex;
        else if ((pick -= m_options.insertWeight) < 0)
            sample.kind = WorkloadSample::Insert;
        else
            sample.kind = WorkloadSample::Update;
        const Clock::time_point started = Clock::now();
        try {
            const auto anyOf = [&random](const QStringList &from) {
                return from.at(qsizetype(random() % quint64(from.size())));
            };
            switch (sample.kind) {
            case WorkloadSample::ReadByKey:
                client.session.executePrepared(QStringLiteral("read_by_key"), {anyOf(keys)});
                break;
            case WorkloadSample::ReadByIndex:
                client.session.executePrepared(QStringLiteral("read_by_index"), {anyOf(values)});
                break;
            case WorkloadSample::Insert:
                client.session.executePrepared(
                    QStringLiteral("insert"),
                    {QString::number(m_nextKey.fetch_add(1)), anyOf(keys)});
                break;
            case WorkloadSample::Update:
                client.session.executePrepared(QStringLiteral("update"), {anyOf(keys)});
                break;
            }
        } catch (const std::exception &error) {
            if (m_stop.load())
                break; // cancelled by stop(): not a measurement
            sample.ok = false;
            const QString line = QStringLiteral("%1: %2").arg(
                kindName(sample.kind), singleLine(QString::fromUtf8(error.what())));
            {
                std::lock_guard lock(m_errorMutex);
                if (m_errors.size() < 5 && !m_errors.contains(line))
                    m_errors << line;
            }
            const auto *dbError = dynamic_cast<const DbError *>(&error);
            if (!client.session.isOpen() ||
                (dbError && dbError->kind() == DbError::Kind::ConnectionLost)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                try {
                    connectClient(client); // a new connection: its prepared statements too
                } catch (const DbError &) {
                }
            }
        }
        sample.latencyMs =
            std::chrono::duration<double, std::milli>(Clock::now() - started).count();
        std::lock_guard lock(client.mutex);
        client.samples.push_back(sample);
    }
}
