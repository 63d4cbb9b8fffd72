#include "connectionuri.h"

#include "dberror.h"

#include <QDir>
#include <QStringList>
#include <QUrl>
#include <libpq-fe.h>

namespace {

QString quoteConninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

QMap<QString, QString> parseLibpq(const QString &text)
{
    char *error = nullptr;
    const QByteArray utf8 = text.toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &error);
    if (!options) {
        const QString reason =
            error ? singleLine(QString::fromUtf8(error)) : ConnectionUri::tr("unknown error");
        PQfreemem(error);
        throw DbError(DbError::Kind::BadInput,
                      ConnectionUri::tr("malformed connection string: %1").arg(reason));
    }
    QMap<QString, QString> result;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val && *option->val)
            result.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    return result;
}

// mysql://[user[:password]@]host[:port][/database][?key=value&...] (also mariadb://). Keys are
// the MariaDB client's option names: ssl-mode, ssl-ca, ssl-cert, ssl-key, ssl-cipher, socket,
// option-file, option-group, connect-timeout; plus replica=host[:port], repeatable (kept
// comma-separated), naming replicas to measure beside those registered with the primary.
QMap<QString, QString> parseMysqlUri(const QString &text)
{
    auto bad = [&](const QString &why) {
        return DbError(
            DbError::Kind::BadInput,
            ConnectionUri::tr("malformed MySQL connection URI: %1 "
                              "(write mysql://user@host:port/database?ssl-mode=required)")
                .arg(why));
    };
    const int schemeEnd = text.indexOf(u"://");
    if (schemeEnd < 0)
        throw bad(ConnectionUri::tr("no \"//\" after the scheme"));
    QString rest = text.mid(schemeEnd + 3);
    QMap<QString, QString> options;
    const int query = rest.indexOf(u'?');
    if (query >= 0) {
        static const QStringList known = {
            QStringLiteral("ssl-mode"),     QStringLiteral("ssl-ca"),
            QStringLiteral("ssl-capath"),   QStringLiteral("ssl-cert"),
            QStringLiteral("ssl-key"),      QStringLiteral("ssl-cipher"),
            QStringLiteral("socket"),       QStringLiteral("option-file"),
            QStringLiteral("option-group"), QStringLiteral("connect-timeout"),
            QStringLiteral("replica")};
        for (const QString &pair : rest.mid(query + 1).split(u'&', Qt::SkipEmptyParts)) {
            const int equals = pair.indexOf(u'=');
            const QString key =
                QUrl::fromPercentEncoding(pair.left(equals).toUtf8()).replace(u'_', u'-').toLower();
            if (!known.contains(key))
                throw bad(ConnectionUri::tr("unknown option \"%1\" (known: %2)")
                              .arg(key, known.join(QStringLiteral(", "))));
            const QString value =
                equals < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(equals + 1).toUtf8());
            if (key == u"replica") {
                for (const QString &address : value.split(u',', Qt::SkipEmptyParts))
                    if (ConnectionUri::splitHostPort(address.trimmed(), 3306).second == 0)
                        throw bad(QStringLiteral("invalid replica \"%1\" (write replica=host:port)")
                                      .arg(address));
                const QString before = options.value(key);
                options.insert(key, before.isEmpty() ? value : before + u',' + value);
                continue;
            }
            options.insert(key, value);
        }
        rest = rest.left(query);
    }
    const int slash = rest.indexOf(u'/');
    if (slash >= 0) {
        const QString database = QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8());
        if (!database.isEmpty())
            options.insert(QStringLiteral("dbname"), database);
        rest = rest.left(slash);
    }
    const int at = rest.lastIndexOf(u'@');
    if (at >= 0) {
        const QString credentials = rest.left(at);
        const int colon = credentials.indexOf(u':');
        const QString user = QUrl::fromPercentEncoding(credentials.left(colon).toUtf8());
        if (!user.isEmpty())
            options.insert(QStringLiteral("user"), user);
        if (colon >= 0)
            options.insert(QStringLiteral("password"),
                           QUrl::fromPercentEncoding(credentials.mid(colon + 1).toUtf8()));
        rest = rest.mid(at + 1);
    }
    QString host = rest;
    if (host.startsWith(u'[')) { // [::1]:3306
        const int close = host.indexOf(u']');
        if (close < 0)
            throw bad(ConnectionUri::tr("unclosed \"[\" in the host"));
        const QString after = host.mid(close + 1);
        if (after.startsWith(u':'))
            options.insert(QStringLiteral("port"), after.mid(1));
        host = host.mid(1, close - 1);
    } else if (const int colon = host.lastIndexOf(u':'); colon >= 0) {
        options.insert(QStringLiteral("port"), host.mid(colon + 1));
        host = host.left(colon);
    }
    if (!host.isEmpty())
        options.insert(QStringLiteral("host"), QUrl::fromPercentEncoding(host.toUtf8()));
    if (options.contains(QStringLiteral("port"))) {
        bool number = false;
        const int port = options.value(QStringLiteral("port")).toInt(&number);
        if (!number || port <= 0 || port > 65535)
            throw bad(ConnectionUri::tr("invalid port \"%1\"")
                          .arg(options.value(QStringLiteral("port"))));
    }
    static const QStringList sslModes = {QStringLiteral("disabled"), QStringLiteral("preferred"),
                                         QStringLiteral("required"), QStringLiteral("verify-ca"),
                                         QStringLiteral("verify-identity")};
    if (options.contains(QStringLiteral("ssl-mode"))) {
        const QString mode =
            options.value(QStringLiteral("ssl-mode")).toLower().replace(u'_', u'-');
        if (!sslModes.contains(mode))
            throw bad(ConnectionUri::tr("invalid ssl-mode \"%1\" (use %2)")
                          .arg(mode, sslModes.join(QStringLiteral(", "))));
        options.insert(QStringLiteral("ssl-mode"), mode);
    }
    if (options.contains(QStringLiteral("connect-timeout")) &&
        options.value(QStringLiteral("connect-timeout")).toInt() <= 0)
        throw bad(ConnectionUri::tr("connect-timeout must be a positive number of seconds"));
    return options;
}

} // namespace

std::pair<QString, int> ConnectionUri::splitHostPort(const QString &address, int defaultPort)
{
    QString host = address;
    QString port;
    if (host.startsWith(u'[')) { // [::1]:3306
        const int close = int(host.indexOf(u']'));
        if (close < 0)
            return {host, 0};
        port = host.mid(close + 1);
        if (!port.isEmpty() && !port.startsWith(u':'))
            return {host, 0};
        port = port.mid(1);
        host = host.mid(1, close - 1);
    } else if (const int colon = int(host.lastIndexOf(u':')); colon >= 0) {
        port = host.mid(colon + 1);
        host = host.left(colon);
    }
    if (host.isEmpty())
        return {host, 0};
    if (port.isEmpty())
        return {host, defaultPort};
    bool number = false;
    const int value = port.toInt(&number);
    return {host, number && value > 0 && value <= 65535 ? value : 0};
}

QStringList ConnectionUri::replicas() const
{
    QStringList list;
    for (const QString &address : option(QStringLiteral("replica")).split(u',', Qt::SkipEmptyParts))
        list << address.trimmed();
    return list;
}

ConnectionUri ConnectionUri::withServer(const QString &host, int port) const
{
    ConnectionUri copy = *this;
    for (const char *key : {"socket", "dbname", "replica", "hostaddr"})
        copy.m_options.remove(QString::fromLatin1(key));
    copy.m_options.insert(QStringLiteral("host"), host);
    copy.m_options.insert(QStringLiteral("port"), QString::number(port));
    copy.m_text = m_dialect == DialectKind::MySQL ? copy.mysqlUri(false) : copy.withoutPassword();
    return copy;
}

ConnectionUri ConnectionUri::withDatabase(const QString &database) const
{
    ConnectionUri copy = *this;
    if (m_dialect == DialectKind::SQLite)
        return copy;
    if (database.isEmpty())
        copy.m_options.remove(QStringLiteral("dbname"));
    else
        copy.m_options.insert(QStringLiteral("dbname"), database);
    copy.m_text = m_dialect == DialectKind::MySQL ? copy.mysqlUri(false) : copy.withoutPassword();
    return copy;
}

QString ConnectionUri::databaseListQuery(DialectKind dialect)
{
    switch (dialect) {
    case DialectKind::PostgreSQL:
        return QStringLiteral("SELECT datname FROM pg_database WHERE datallowconn AND NOT "
                              "datistemplate AND has_database_privilege(datname, 'CONNECT') "
                              "ORDER BY datname");
    case DialectKind::MySQL:
        return QStringLiteral("SELECT schema_name FROM information_schema.schemata WHERE "
                              "schema_name NOT IN ('mysql', 'information_schema', "
                              "'performance_schema', 'sys') ORDER BY schema_name");
    case DialectKind::SQLite:
        break;
    }
    return {};
}

QString ConnectionUri::maintenanceDatabase(DialectKind dialect)
{
    return dialect == DialectKind::PostgreSQL ? QStringLiteral("postgres") : QString();
}

ConnectionUri ConnectionUri::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        throw DbError(DbError::Kind::BadInput, ConnectionUri::tr("empty connection string"));

    ConnectionUri uri;
    uri.m_text = text;
    if (text.startsWith(u"sqlite:", Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2); // sqlite:///abs/path
        if (path.isEmpty())
            throw DbError(DbError::Kind::BadInput,
                          ConnectionUri::tr("sqlite URI without a file path (write sqlite:PATH)"));
        uri.m_dialect = DialectKind::SQLite;
        uri.m_sqlitePath = path == u":memory:" ? path : QDir::cleanPath(path);
        return uri;
    }
    if (text.startsWith(u"mysql:", Qt::CaseInsensitive) ||
        text.startsWith(u"mariadb:", Qt::CaseInsensitive)) {
        uri.m_dialect = DialectKind::MySQL;
        uri.m_options = parseMysqlUri(text);
        return uri;
    }
    const int schemeEnd = text.indexOf(u"://");
    if (schemeEnd > 0) {
        const QString scheme = text.left(schemeEnd).toLower();
        if (scheme != u"postgresql" && scheme != u"postgres")
            throw DbError(DbError::Kind::BadInput,
                          ConnectionUri::tr("unknown connection scheme \"%1\" (use postgresql://, "
                                            "a key=value string, or sqlite:PATH)")
                              .arg(scheme));
    } else if (!text.contains(u'=')) {
        throw DbError(DbError::Kind::BadInput,
                      ConnectionUri::tr("cannot read \"%1\" as a connection string (use "
                                        "postgresql://user@host:port/db, host=... dbname=..., "
                                        "or sqlite:PATH)")
                          .arg(text));
    }
    uri.m_dialect = DialectKind::PostgreSQL;
    uri.m_options = parseLibpq(text);
    // libpq checks these only when connecting; a typo should fail here, with its name.
    for (const QString &port : uri.option(QStringLiteral("port")).split(u',', Qt::SkipEmptyParts)) {
        bool number = false;
        const int value = port.toInt(&number);
        if (!number || value <= 0 || value > 65535)
            throw DbError(
                DbError::Kind::BadInput,
                ConnectionUri::tr("malformed connection string: invalid port \"%1\"").arg(port));
    }
    static const QStringList sslModes = {
        QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    const QString sslmode = uri.option(QStringLiteral("sslmode"));
    if (!sslmode.isEmpty() && !sslModes.contains(sslmode))
        throw DbError(
            DbError::Kind::BadInput,
            ConnectionUri::tr("malformed connection string: invalid sslmode \"%1\" (use %2)")
                .arg(sslmode, sslModes.join(QStringLiteral(", "))));
    return uri;
}

QString ConnectionUri::display() const
{
    if (m_dialect == DialectKind::SQLite)
        return QStringLiteral("sqlite:") + m_sqlitePath;
    QString label;
    const QString user = m_options.value(QStringLiteral("user"));
    if (!user.isEmpty())
        label += user + u'@';
    const QString host =
        m_options.value(QStringLiteral("host"), m_options.value(QStringLiteral("hostaddr")));
    label += host.isEmpty() ? QStringLiteral("localhost") : host;
    const QString port = m_options.value(QStringLiteral("port"));
    if (!port.isEmpty())
        label += u':' + port;
    const QString dbname = m_options.value(QStringLiteral("dbname"));
    if (!dbname.isEmpty())
        label += u'/' + dbname;
    const QString socket = m_options.value(QStringLiteral("socket"));
    if (!socket.isEmpty())
        label += QStringLiteral(" (socket %1)").arg(socket);
    const QString service = m_options.value(QStringLiteral("service"));
    if (!service.isEmpty())
        label += QStringLiteral(" (service %1)").arg(service);
    return label;
}

QString ConnectionUri::withoutPassword() const
{
    if (m_dialect == DialectKind::SQLite)
        return QStringLiteral("sqlite:") + m_sqlitePath;
    if (m_dialect == DialectKind::MySQL)
        return mysqlUri(false);
    QStringList parts;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        if (it.key() != u"password")
            parts << it.key() + u'=' + quoteConninfoValue(it.value());
    }
    return parts.join(u' ');
}

ConnectionUri ConnectionUri::withPassword(const QString &password) const
{
    ConnectionUri copy = *this;
    if (m_dialect != DialectKind::SQLite)
        copy.m_options.insert(QStringLiteral("password"), password);
    return copy;
}

QString ConnectionUri::conninfo() const
{
    QStringList parts;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        parts << it.key() + u'=' + quoteConninfoValue(it.value());
    return parts.join(u' ');
}

ConnectionUri ConnectionUri::fromMysqlOptions(const QMap<QString, QString> &options)
{
    ConnectionUri draft;
    draft.m_dialect = DialectKind::MySQL;
    draft.m_options = options;
    return parse(draft.mysqlUri(true));
}

QString ConnectionUri::mysqlUri(bool withPassword) const
{
    auto encode = [](const QString &value) {
        return QString::fromUtf8(QUrl::toPercentEncoding(value));
    };
    QString text = m_text.startsWith(u"mariadb:", Qt::CaseInsensitive)
                       ? QStringLiteral("mariadb://")
                       : QStringLiteral("mysql://");
    const QString user = option(QStringLiteral("user"));
    if (!user.isEmpty() || (withPassword && hasPassword())) {
        text += encode(user);
        if (withPassword && hasPassword())
            text += u':' + encode(option(QStringLiteral("password")));
        text += u'@';
    }
    const QString host = option(QStringLiteral("host"));
    text += host.contains(u':') ? u'[' + host + u']' : encode(host);
    if (!option(QStringLiteral("port")).isEmpty())
        text += u':' + option(QStringLiteral("port"));
    text += u'/' + encode(option(QStringLiteral("dbname")));
    QStringList query;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        if (it.key() == u"replica") {
            for (const QString &address : replicas())
                query << it.key() + u'=' + encode(address);
        } else if (it.key().contains(u'-') || it.key() == u"socket") {
            query << it.key() + u'=' + encode(it.value());
        }
    }
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}
