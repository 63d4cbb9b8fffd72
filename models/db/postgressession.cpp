#include "postgressession.h"

#include "dberror.h"
#include "postgrescatalogreader.h"

#include <pqxx/pqxx>

namespace {

using Kind = DbError::Kind;

QString versionText(int number)
{
    // 150004 -> "15.4"; 90624 -> "9.6.24"
    if (number >= 100000)
        return QStringLiteral("%1.%2").arg(number / 10000).arg(number % 10000);
    return QStringLiteral("%1.%2.%3").arg(number / 10000).arg(number / 100 % 100).arg(number % 100);
}

Kind kindOfConnectFailure(const QString &message)
{
    const QString lower = message.toLower();
    if (lower.contains(u"password authentication failed") ||
        lower.contains(u"no password supplied") || lower.contains(u"authentication failed") ||
        lower.contains(u"pg_hba.conf"))
        return Kind::Authentication;
    if (lower.contains(u"database \"") && lower.contains(u"does not exist"))
        return Kind::MissingDatabase;
    if (lower.contains(u"permission denied") || lower.contains(u"not permitted to log in") ||
        (lower.contains(u"role \"") && lower.contains(u"does not exist")))
        return Kind::Privilege;
    if (lower.contains(u"invalid") && (lower.contains(u"option") || lower.contains(u"value")))
        return Kind::BadInput;
    return Kind::Unreachable;
}

// libpq's text without its severity prefixes and doubled spaces.
QString cleanServerMessage(const QString &message)
{
    QString text = singleLine(message);
    text.replace(QStringLiteral("FATAL:  "), QString())
        .replace(QStringLiteral("ERROR:  "), QString());
    return text.simplified();
}

// The server's message without the LINE and caret lines that echo the statement back (one
// line says what failed; the statement is known to whoever ran it, and may be an internal
// probe the user never wrote). Without context: also without QUERY and CONTEXT, the server's
// words alone (DbError::reason()).
QString serverMessage(const QString &message, bool context)
{
    QStringList kept;
    for (const QString &line : message.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("LINE ")) || trimmed == u"^" ||
            (!context && (trimmed.startsWith(QStringLiteral("QUERY:")) ||
                          trimmed.startsWith(QStringLiteral("CONTEXT:")))))
            continue;
        kept << line;
    }
    return cleanServerMessage(kept.join(u'\n'));
}

QString hintFor(Kind kind, const QString &message)
{
    if (message.contains(QStringLiteral("Is the server running")))
        return {}; // libpq already says it

    switch (kind) {
    case Kind::Authentication:
        return PostgresSession::tr(
            " (check the user and the password in ~/.pgpass, PGPASSWORD or the keychain)");
    case Kind::Unreachable:
        return PostgresSession::tr(" (is the server running and reachable on that host and port?)");
    case Kind::MissingDatabase:
        return PostgresSession::tr(" (check the database name)");
    default:
        return {};
    }
}

Kind kindOfSqlState(const std::string &state)
{
    if (state == "42501")
        return Kind::Privilege;
    if (state == "57014")
        return Kind::Canceled;
    if (state == "25006")
        return Kind::ReadOnly;
    if (state.rfind("57P", 0) == 0 || state.rfind("08", 0) == 0)
        return Kind::ConnectionLost;
    if (state.rfind("28", 0) == 0)
        return Kind::Authentication;
    return Kind::Query;
}

// $1, $2, ... as libpq takes them: text, or a null pointer for SQL NULL (a null QString).
struct TextParameters
{
    explicit TextParameters(const QStringList &parameters)
    {
        storage.reserve(size_t(parameters.size()));
        for (const QString &parameter : parameters)
            storage.push_back(parameter.toStdString());
        for (qsizetype i = 0; i < parameters.size(); ++i)
            values.push_back(parameters.at(i).isNull() ? nullptr : storage[size_t(i)].c_str());
    }
    std::vector<std::string> storage;
    std::vector<const char *> values;
};

} // namespace

struct PostgresSession::Connection
{
    explicit Connection(const std::string &conninfo) : handle(conninfo) {}
    pqxx::connection handle;
};

void rethrowPostgresError(const std::exception &error, const QString &what,
                          const ConnectionUri &uri)
{
    const QString message = serverMessage(QString::fromUtf8(error.what()), true);
    const QString reason = serverMessage(QString::fromUtf8(error.what()), false);
    // libpqxx 6 throws its transaction_rollback family (not sql_errors there) without the
    // SQLSTATE: name it, so that callers can tell a deadlock or a serialization failure.
    std::string rollbackState;
    if (dynamic_cast<const pqxx::deadlock_detected *>(&error))
        rollbackState = "40P01";
    else if (dynamic_cast<const pqxx::serialization_failure *>(&error))
        rollbackState = "40001";
    else if (dynamic_cast<const pqxx::statement_completion_unknown *>(&error))
        rollbackState = "40003";
    else if (dynamic_cast<const pqxx::transaction_rollback *>(&error))
        rollbackState = "40000";
    if (!rollbackState.empty())
        throw DbError(Kind::Query,
                      PostgresSession::tr("%1 failed on %2: %3").arg(what, uri.display(), message),
                      QString::fromStdString(rollbackState), reason);
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&error)) {
        const std::string state = sql->sqlstate();
        throw DbError(kindOfSqlState(state),
                      PostgresSession::tr("%1 failed on %2: %3").arg(what, uri.display(), message),
                      QString::fromStdString(state), reason);
    }
    if (dynamic_cast<const pqxx::broken_connection *>(&error))
        throw DbError(Kind::ConnectionLost,
                      PostgresSession::tr("%1 failed: the connection to %2 was lost (%3)")
                          .arg(what, uri.display(), message));
    if (dynamic_cast<const pqxx::in_doubt_error *>(&error))
        throw DbError(
            Kind::ConnectionLost,
            PostgresSession::tr("%1: the connection to %2 was lost during COMMIT; the outcome "
                                "is unknown, check before retrying")
                .arg(what, uri.display()));
    throw DbError(Kind::Query,
                  PostgresSession::tr("%1 failed on %2: %3").arg(what, uri.display(), message), {},
                  reason);
}

PostgresSession::PostgresSession(ConnectionUri uri) : m_uri(std::move(uri)) {}

PostgresSession::~PostgresSession()
{
    close();
}

void PostgresSession::open()
{
    close();
    QString conninfo = m_uri.conninfo();
    if (m_uri.option(QStringLiteral("connect_timeout")).isEmpty())
        conninfo += QStringLiteral(" connect_timeout=10");
    if (m_uri.option(QStringLiteral("application_name")).isEmpty())
        conninfo += QStringLiteral(" application_name=column-planner");
    try {
        auto connection = std::make_unique<Connection>(conninfo.toStdString());
        m_serverVersionNumber = connection->handle.server_version();
        m_serverVersion = versionText(m_serverVersionNumber);
        std::lock_guard lock(m_cancelMutex);
        m_connection = std::move(connection);
    } catch (const std::exception &error) {
        const QString message = cleanServerMessage(QString::fromUtf8(error.what()));
        const Kind kind = kindOfConnectFailure(message);
        throw DbError(kind, PostgresSession::tr("cannot connect to %1: %2%3")
                                .arg(m_uri.display(), message, hintFor(kind, message)));
    }
}

void PostgresSession::close()
{
    std::lock_guard lock(m_cancelMutex);
    m_connection.reset();
}

bool PostgresSession::isOpen() const
{
    std::lock_guard lock(m_cancelMutex);
    return m_connection && m_connection->handle.is_open();
}

qint64 PostgresSession::backendId() const
{
    std::lock_guard lock(m_cancelMutex);
    return m_connection ? m_connection->handle.backendpid() : 0;
}

void PostgresSession::disableSilentReconnect()
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    connection().inhibit_reactivation(true);
#pragma GCC diagnostic pop
}

void PostgresSession::transaction(const std::function<void(const Exec &exec)> &body)
{
    try {
        pqxx::work work(connection()); // READ COMMITTED
        const Exec exec([&work](const QString &sql, const QStringList &parameters) {
            if (parameters.isEmpty())
                return postgresQueryResult(work.exec(sql.toStdString()));
            const TextParameters bound(parameters);
            return postgresQueryResult(work.exec_params(
                sql.toStdString(), pqxx::prepare::make_dynamic_params(bound.values)));
        });
        body(exec);
        work.commit();
    } catch (const pqxx::pqxx_exception &error) {
        rethrowPostgresError(error.base(), QStringLiteral("transaction"), m_uri);
    }
}

void PostgresSession::prepare(const QString &name, const QString &sql)
{
    try {
        connection().prepare(name.toStdString(), sql.toStdString());
    } catch (const pqxx::pqxx_exception &error) {
        rethrowPostgresError(error.base(), QStringLiteral("prepare %1").arg(name), m_uri);
    }
}

QueryResult PostgresSession::executePrepared(const QString &name, const QStringList &parameters)
{
    try {
        pqxx::nontransaction work(connection());
        const TextParameters bound(parameters);
        return postgresQueryResult(work.exec_prepared(
            name.toStdString(), pqxx::prepare::make_dynamic_params(bound.values)));
    } catch (const pqxx::pqxx_exception &error) {
        rethrowPostgresError(error.base(), QStringLiteral("statement %1").arg(name), m_uri);
    }
}

pqxx::connection_base &PostgresSession::connection()
{
    if (!m_connection)
        throw DbError(Kind::ConnectionLost,
                      PostgresSession::tr("not connected to %1").arg(m_uri.display()));
    return m_connection->handle;
}

QueryResult postgresQueryResult(const pqxx::result &rows)
{
    QueryResult result;
    for (pqxx::row::size_type column = 0; column < rows.columns(); ++column)
        result.columns << QString::fromUtf8(rows.column_name(column));
    result.rows.reserve(int(rows.size()));
    for (const pqxx::row &row : rows) {
        QVariantList values;
        values.reserve(int(row.size()));
        for (const pqxx::field &field : row)
            values << (field.is_null() ? QVariant() : QVariant(QString::fromUtf8(field.c_str())));
        result.rows << values;
    }
    result.affectedRows = rows.affected_rows();
    return result;
}

QueryResult PostgresSession::execute(const QString &sql)
{
    QueryResult result;
    try {
        pqxx::nontransaction work(connection());
        result = postgresQueryResult(work.exec(sql.toStdString()));
    } catch (const DbError &) {
        throw;
    } catch (const std::exception &error) {
        rethrowPostgresError(error, QStringLiteral("statement"), m_uri);
    }
    return result;
}

QueryResult PostgresSession::execute(const QString &sql, const QStringList &parameters)
{
    const TextParameters bound(parameters);
    try {
        pqxx::nontransaction work(connection());
        return postgresQueryResult(
            work.exec_params(sql.toStdString(), pqxx::prepare::make_dynamic_params(bound.values)));
    } catch (const pqxx::pqxx_exception &error) {
        rethrowPostgresError(error.base(), QStringLiteral("statement"), m_uri);
    }
}

void PostgresSession::cancel()
{
    std::lock_guard lock(m_cancelMutex);
    if (!m_connection)
        return;
    try {
        m_connection->handle.cancel_query();
    } catch (const std::exception &) {
        // Nothing running, or the connection is already gone: nothing to cancel.
    }
}

Catalog PostgresSession::catalog(const CatalogFilter &filter)
{
    try {
        return readPostgresCatalog(connection(), m_serverVersionNumber, filter, m_uri);
    } catch (const DbError &) {
        throw;
    } catch (const std::exception &error) {
        rethrowPostgresError(error, PostgresSession::tr("reading the catalog"), m_uri);
    }
}

ActivitySnapshot PostgresSession::activity(const QString &schema, const QString &table)
{
    try {
        return readPostgresActivity(connection(), schema, table);
    } catch (const DbError &) {
        throw;
    } catch (const std::exception &error) {
        rethrowPostgresError(error, PostgresSession::tr("reading server activity"), m_uri);
    }
}
