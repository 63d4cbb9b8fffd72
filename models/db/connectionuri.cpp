#include "connectionuri.h"

#include "dberror.h"

#include <QDir>
#include <QStringList>
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
        const QString reason = error ? singleLine(QString::fromUtf8(error)) : QStringLiteral("unknown error");
        PQfreemem(error);
        throw DbError(DbError::Kind::BadInput,
                      QStringLiteral("malformed connection string: %1").arg(reason));
    }
    QMap<QString, QString> result;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val && *option->val)
            result.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    return result;
}

} // namespace

ConnectionUri ConnectionUri::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        throw DbError(DbError::Kind::BadInput, QStringLiteral("empty connection string"));

    ConnectionUri uri;
    uri.m_text = text;
    if (text.startsWith(u"sqlite:", Qt::CaseInsensitive)) {
        QString path = text.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2); // sqlite:///abs/path
        if (path.isEmpty())
            throw DbError(DbError::Kind::BadInput,
                          QStringLiteral("sqlite URI without a file path (write sqlite:PATH)"));
        uri.m_dialect = DialectKind::SQLite;
        uri.m_sqlitePath = path == u":memory:" ? path : QDir::cleanPath(path);
        return uri;
    }
    if (text.startsWith(u"mysql:", Qt::CaseInsensitive)
        || text.startsWith(u"mariadb:", Qt::CaseInsensitive)) {
        throw DbError(DbError::Kind::Unsupported,
                      QStringLiteral("MySQL and MariaDB connections are not supported by this "
                                     "build yet; generate MySQL scripts with --dialect mysql"));
    }
    const int schemeEnd = text.indexOf(u"://");
    if (schemeEnd > 0) {
        const QString scheme = text.left(schemeEnd).toLower();
        if (scheme != u"postgresql" && scheme != u"postgres")
            throw DbError(DbError::Kind::BadInput,
                          QStringLiteral("unknown connection scheme \"%1\" (use postgresql://, "
                                         "a key=value string, or sqlite:PATH)")
                              .arg(scheme));
    } else if (!text.contains(u'=')) {
        throw DbError(DbError::Kind::BadInput,
                      QStringLiteral("cannot read \"%1\" as a connection string (use "
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
            throw DbError(DbError::Kind::BadInput,
                          QStringLiteral("malformed connection string: invalid port \"%1\"").arg(port));
    }
    static const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"),
                                         QStringLiteral("prefer"), QStringLiteral("require"),
                                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    const QString sslmode = uri.option(QStringLiteral("sslmode"));
    if (!sslmode.isEmpty() && !sslModes.contains(sslmode))
        throw DbError(DbError::Kind::BadInput,
                      QStringLiteral("malformed connection string: invalid sslmode \"%1\" (use %2)")
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
    const QString host = m_options.value(QStringLiteral("host"),
                                         m_options.value(QStringLiteral("hostaddr")));
    label += host.isEmpty() ? QStringLiteral("localhost") : host;
    const QString port = m_options.value(QStringLiteral("port"));
    if (!port.isEmpty())
        label += u':' + port;
    const QString dbname = m_options.value(QStringLiteral("dbname"));
    if (!dbname.isEmpty())
        label += u'/' + dbname;
    const QString service = m_options.value(QStringLiteral("service"));
    if (!service.isEmpty())
        label += QStringLiteral(" (service %1)").arg(service);
    return label;
}

QString ConnectionUri::withoutPassword() const
{
    if (m_dialect == DialectKind::SQLite)
        return QStringLiteral("sqlite:") + m_sqlitePath;
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
    if (m_dialect == DialectKind::PostgreSQL)
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
