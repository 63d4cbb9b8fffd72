#include "mysqlsession.h"

#include "mysqlcatalogreader.h"

#include <QDir>
#include <cctype>
#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

namespace {

using Kind = DbError::Kind;

QByteArray bytes(const QString &text)
{
    return text.toUtf8();
}

const char *orNull(const QByteArray &value)
{
    return value.isEmpty() ? nullptr : value.constData();
}

QString hintFor(Kind kind)
{
    switch (kind) {
    case Kind::Authentication:
        return MysqlSession::tr(
            " (check the user and the password in ~/.my.cnf, the keychain or the URI)");
    case Kind::Unreachable:
        return MysqlSession::tr(" (is the server running and reachable on that host and port?)");
    case Kind::MissingDatabase:
        return MysqlSession::tr(" (check the database name)");
    default:
        return {};
    }
}

bool tlsRequired(const ConnectionUri &uri)
{
    const QString mode = uri.option(QStringLiteral("ssl-mode"));
    return mode == u"required" || mode == u"verify-ca" || mode == u"verify-identity";
}

// A connected handle for these options, or nullptr with the error left in *failed (or, when
// TLS was required and the server offered none, *failed null too).
MYSQL *connectHandle(const ConnectionUri &uri, MYSQL **failed)
{
    MYSQL *handle = mysql_init(nullptr);
    // The client's own option files, as the mysql command-line client reads them: the
    // [client] group of /etc/mysql/my.cnf, ~/.my.cnf, $MARIADB_HOME/my.cnf, plus our group.
    const QByteArray optionFile =
        bytes(QDir::fromNativeSeparators(uri.option(QStringLiteral("option-file"))));
    const QByteArray group = bytes(uri.option(QStringLiteral("option-group")).isEmpty()
                                       ? QStringLiteral("column-planner")
                                       : uri.option(QStringLiteral("option-group")));
    if (!optionFile.isEmpty())
        mysql_optionsv(handle, MYSQL_READ_DEFAULT_FILE, optionFile.constData());
    mysql_optionsv(handle, MYSQL_READ_DEFAULT_GROUP, group.constData());
    mysql_optionsv(handle, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    unsigned int timeout = uri.option(QStringLiteral("connect-timeout")).isEmpty()
                               ? 10
                               : uri.option(QStringLiteral("connect-timeout")).toUInt();
    mysql_optionsv(handle, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    mysql_optionsv(handle, MYSQL_OPT_CONNECT_ATTR_ADD, "program_name", "column-planner");

    const QString sslMode = uri.option(QStringLiteral("ssl-mode"));
    const QByteArray key = bytes(uri.option(QStringLiteral("ssl-key"))),
                     cert = bytes(uri.option(QStringLiteral("ssl-cert"))),
                     ca = bytes(uri.option(QStringLiteral("ssl-ca"))),
                     capath = bytes(uri.option(QStringLiteral("ssl-capath"))),
                     cipher = bytes(uri.option(QStringLiteral("ssl-cipher")));
    if (sslMode != u"disabled" &&
        (!sslMode.isEmpty() || !key.isEmpty() || !cert.isEmpty() || !ca.isEmpty()))
        mysql_ssl_set(handle, orNull(key), orNull(cert), orNull(ca), orNull(capath),
                      orNull(cipher));
    if (sslMode == u"required" || sslMode == u"verify-ca" || sslMode == u"verify-identity") {
        my_bool on = 1;
        mysql_optionsv(handle, MYSQL_OPT_SSL_ENFORCE, &on);
        if (sslMode != u"required")
            mysql_optionsv(handle, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on);
    }

    const QByteArray host = bytes(uri.option(QStringLiteral("host"))),
                     user = bytes(uri.option(QStringLiteral("user"))),
                     database = bytes(uri.option(QStringLiteral("dbname"))),
                     socket = bytes(uri.option(QStringLiteral("socket")));
    // No password in the URI: nullptr lets the option files (or MYSQL_PWD) supply it.
    const QByteArray password = bytes(uri.option(QStringLiteral("password")));
    const unsigned int port = uri.option(QStringLiteral("port")).toUInt();
    if (!mysql_real_connect(handle, orNull(host), orNull(user),
                            uri.hasPassword() ? password.constData() : nullptr, orNull(database),
                            port, orNull(socket), CLIENT_MULTI_STATEMENTS | CLIENT_MULTI_RESULTS)) {
        *failed = handle;
        return nullptr;
    }
    // Connector/C 3.3 goes on in clear text when the server has no TLS, even with
    // MYSQL_OPT_SSL_ENFORCE: check what we got.
    if (tlsRequired(uri) && !mysql_get_ssl_cipher(handle)) {
        mysql_close(handle);
        *failed = nullptr;
        return nullptr;
    }
    return handle;
}

// The text of `sql` with each $N outside strings, quoted names and comments replaced by
// parameter N as a literal escaped by the client library for this connection's character set
// (MariaDB Connector/C binds no parameters outside prepared statements, which cannot run every
// statement the run needs); a null QString becomes NULL.
QByteArray bindParameters(MYSQL *handle, const QString &sql, const QStringList &parameters)
{
    const QByteArray text = sql.toUtf8();
    QByteArray out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const char c = text.at(i);
        if (c == '\'' || c == '"' || c == '`') {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != c)
                j += (text.at(j) == '\\' && c != '`') ? 2 : 1;
            out += text.mid(i, qMin(j + 1, n) - i);
            i = j + 1;
        } else if (c == '#' || (c == '-' && text.mid(i, 3) == "-- ")) {
            const qsizetype j = text.indexOf('\n', i);
            out += text.mid(i, j < 0 ? n - i : j - i);
            i = j < 0 ? n : j;
        } else if (c == '/' && text.mid(i, 2) == "/*") {
            const qsizetype j = text.indexOf("*/", i + 2);
            out += text.mid(i, j < 0 ? n - i : j + 2 - i);
            i = j < 0 ? n : j + 2;
        } else if (c == '$' && i + 1 < n &&
                   std::isdigit(static_cast<unsigned char>(text.at(i + 1)))) {
            qsizetype j = i + 1;
            while (j < n && std::isdigit(static_cast<unsigned char>(text.at(j))))
                ++j;
            const qsizetype number = text.mid(i + 1, j - i - 1).toLongLong();
            if (number < 1 || number > parameters.size())
                throw DbError(Kind::BadInput, MysqlSession::tr("no value for parameter $%1 of: %2")
                                                  .arg(number)
                                                  .arg(singleLine(sql)));
            const QString &value = parameters.at(number - 1);
            if (value.isNull()) {
                out += "NULL";
            } else {
                const QByteArray raw = value.toUtf8();
                QByteArray escaped(raw.size() * 2 + 1, Qt::Uninitialized);
                const unsigned long length =
                    mysql_real_escape_string(handle, escaped.data(), raw.constData(), raw.size());
                out += '\'' + escaped.left(qsizetype(length)) + '\'';
            }
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace

DbError::Kind mysqlErrorKind(unsigned int code)
{
    switch (code) {
    case ER_ACCESS_DENIED_ERROR:
    case 1698: // ER_ACCESS_DENIED_NO_PASSWORD_ERROR
    case ER_HOST_NOT_PRIVILEGED:
        return Kind::Authentication;
    case ER_BAD_DB_ERROR:
        return Kind::MissingDatabase;
    case ER_DBACCESS_DENIED_ERROR:
    case ER_TABLEACCESS_DENIED_ERROR:
    case ER_COLUMNACCESS_DENIED_ERROR:
    case ER_SPECIFIC_ACCESS_DENIED_ERROR:
    case ER_PROCACCESS_DENIED_ERROR:
        return Kind::Privilege;
    case ER_QUERY_INTERRUPTED:
    case 1969: // MariaDB ER_STATEMENT_TIMEOUT (max_statement_time)
    case 3024: // MySQL ER_QUERY_TIMEOUT (max_execution_time)
        return Kind::Canceled;
    case ER_OPTION_PREVENTS_STATEMENT: // --read-only
    case 1792:                         // ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION
        return Kind::ReadOnly;
    case CR_CONNECTION_ERROR:
    case CR_CONN_HOST_ERROR:
    case CR_UNKNOWN_HOST:
    case CR_SSL_CONNECTION_ERROR:
        return Kind::Unreachable;
    case CR_SERVER_GONE_ERROR:
    case CR_SERVER_LOST:
    case 1927: // ER_CONNECTION_KILLED
    case ER_SERVER_SHUTDOWN:
        return Kind::ConnectionLost;
    default:
        return Kind::Query;
    }
}

MysqlSession::MysqlSession(ConnectionUri uri) : m_uri(std::move(uri)) {}

MysqlSession::~MysqlSession()
{
    close();
}

void MysqlSession::fail(MYSQL *handle, const QString &format) const
{
    const unsigned int code = mysql_errno(handle);
    const Kind kind = mysqlErrorKind(code);
    const QString message = singleLine(QString::fromUtf8(mysql_error(handle)));
    // The error number travels as the "SQL state": ER_LOCK_WAIT_TIMEOUT is 1205 whether a row
    // lock or a metadata lock timed out, which the SQLSTATE (HY000) does not tell.
    throw DbError(kind, QString(format).arg(m_uri.display(), message, hintFor(kind)),
                  QString::number(code), message);
}

void MysqlSession::open()
{
    close();
    MYSQL *failed = nullptr;
    MYSQL *handle = connectHandle(m_uri, &failed);
    if (!handle && !failed)
        throw DbError(
            Kind::Unreachable,
            MysqlSession::tr(
                "connect failed on %1: the server offers no TLS but ssl-mode=%2 requires it "
                "(enable TLS on the server, or use ssl-mode=preferred)")
                .arg(m_uri.display(), m_uri.option(QStringLiteral("ssl-mode"))));
    if (!handle) {
        try {
            fail(failed, tr("connect failed on %1: %2%3"));
        } catch (...) {
            mysql_close(failed);
            throw;
        }
    }
    m_handle = handle;
    m_connectionId = mysql_thread_id(handle);
    m_serverVersionNumber = int(mysql_get_server_version(handle));
    const QString info = QString::fromUtf8(mysql_get_server_info(handle));
    m_mariadb = info.contains(QStringLiteral("MariaDB"), Qt::CaseInsensitive);
    m_serverVersion = QStringLiteral("%1.%2.%3")
                          .arg(m_serverVersionNumber / 10000)
                          .arg(m_serverVersionNumber / 100 % 100)
                          .arg(m_serverVersionNumber % 100);
    const QueryResult who = execute(QStringLiteral("SELECT CURRENT_USER(), DATABASE()"));
    m_user = who.value(0, 0).toString();
    m_database = who.value(0, 1).toString();
}

void MysqlSession::close()
{
    if (m_handle) {
        m_connectionId = 0;
        mysql_close(m_handle);
        m_handle = nullptr;
    }
}

QString MysqlSession::statementFailedFormat()
{
    return tr("statement failed on %1: %2%3");
}

QString MysqlSession::serverWords(const QString &message)
{
    // The translated line may put the server before or after other words, so the prefix is cut
    // at the text that follows %1 ("statement failed on HOST: " in English).
    const QString format = statementFailedFormat();
    const int server = int(format.indexOf(QStringLiteral("%1")));
    const int words = int(format.indexOf(QStringLiteral("%2")));
    if (server < 0 || words < server)
        return message;
    const QString before = format.left(server);
    const QString between = format.mid(server + 2, words - server - 2);
    const int at = int(message.indexOf(between, before.size()));
    return message.startsWith(before) && at > 0 ? message.mid(at + between.size()) : message;
}

QString MysqlSession::product() const
{
    return QStringLiteral("%1 %2").arg(
        m_mariadb ? QStringLiteral("MariaDB") : QStringLiteral("MySQL"), m_serverVersion);
}

QueryResult MysqlSession::execute(const QString &sql, const QStringList &parameters)
{
    if (!m_handle)
        throw DbError(Kind::ConnectionLost,
                      MysqlSession::tr("%1 is not open").arg(m_uri.display()));
    return execute(QString::fromUtf8(bindParameters(m_handle, sql, parameters)));
}

QueryResult MysqlSession::execute(const QString &sql)
{
    if (!m_handle)
        throw DbError(Kind::ConnectionLost,
                      MysqlSession::tr("%1 is not open").arg(m_uri.display()));
    const QByteArray utf8 = sql.toUtf8();
    if (mysql_real_query(m_handle, utf8.constData(), utf8.size()) != 0)
        fail(m_handle, statementFailedFormat());
    QueryResult result;
    for (;;) {
        if (MYSQL_RES *rows = mysql_store_result(m_handle)) {
            QueryResult current;
            const unsigned int columns = mysql_num_fields(rows);
            const MYSQL_FIELD *fields = mysql_fetch_fields(rows);
            for (unsigned int column = 0; column < columns; ++column)
                current.columns << QString::fromUtf8(fields[column].name);
            while (MYSQL_ROW row = mysql_fetch_row(rows)) {
                const unsigned long *lengths = mysql_fetch_lengths(rows);
                QVariantList values;
                values.reserve(int(columns));
                for (unsigned int column = 0; column < columns; ++column)
                    values << (row[column] ? QVariant(QString::fromUtf8(row[column],
                                                                        qsizetype(lengths[column])))
                                           : QVariant());
                current.rows << values;
            }
            current.affectedRows = current.rows.size();
            mysql_free_result(rows);
            result = current;
        } else if (mysql_field_count(m_handle) == 0) {
            if (result.columns.isEmpty())
                result.affectedRows = qint64(mysql_affected_rows(m_handle));
        } else {
            fail(m_handle, statementFailedFormat());
        }
        const int more = mysql_next_result(m_handle);
        if (more < 0)
            break;
        if (more > 0)
            fail(m_handle, statementFailedFormat());
    }
    return result;
}

void MysqlSession::cancel()
{
    const unsigned long id = m_connectionId.load();
    if (id == 0)
        return;
    MYSQL *failed = nullptr;
    MYSQL *killer = connectHandle(m_uri, &failed);
    if (!killer) {
        if (failed)
            mysql_close(failed);
        return; // nothing more to do: the statement goes on until its own timeout
    }
    const QByteArray kill = QByteArrayLiteral("KILL QUERY ") + QByteArray::number(qulonglong(id));
    mysql_real_query(killer, kill.constData(), kill.size());
    mysql_close(killer);
}

Catalog MysqlSession::catalog(const CatalogFilter &filter)
{
    if (!m_handle)
        throw DbError(Kind::ConnectionLost,
                      MysqlSession::tr("%1 is not open").arg(m_uri.display()));
    return readMysqlCatalog(*this, filter);
}
