// ConnectionUri: what users type, what libpq reads, and what is shown or stored.

#include "db/connectionuri.h"
#include "db/dberror.h"

#include <QTest>

class TestConnectionUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValid_data();
    void parsesValid();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void neverShowsPassword();
    void withPasswordIsInMemoryOnly();
    void mysqlPasswordNeverStored();
    void mysqlReplicasNamed();
};

void TestConnectionUri::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("sslmode");

    QTest::newRow("uri") << "postgresql://alice@db1:5433/shop"
                         << "postgresql"
                         << "alice@db1:5433/shop"
                         << "";
    QTest::newRow("postgres scheme") << "postgres://db1/shop?sslmode=require"
                                     << "postgresql"
                                     << "db1/shop"
                                     << "require";
    QTest::newRow("key value") << "host=db2 port=6432 dbname=billing user=bob sslmode=verify-full"
                               << "postgresql"
                               << "bob@db2:6432/billing"
                               << "verify-full";
    QTest::newRow("service") << "service=prod"
                             << "postgresql"
                             << "localhost (service prod)"
                             << "";
    QTest::newRow("sqlite relative") << "sqlite:demo.db"
                                     << "sqlite"
                                     << "sqlite:demo.db"
                                     << "";
    QTest::newRow("sqlite absolute") << "sqlite:///tmp/x.sqlite"
                                     << "sqlite"
                                     << "sqlite:/tmp/x.sqlite"
                                     << "";
    QTest::newRow("sqlite memory") << "sqlite::memory:"
                                   << "sqlite"
                                   << "sqlite::memory:"
                                   << "";
    QTest::newRow("mysql") << "mysql://alice@db3:3307/shop"
                           << "mysql"
                           << "alice@db3:3307/shop"
                           << "";
    QTest::newRow("mariadb tls")
        << "mariadb://bob@db4/billing?ssl-mode=verify-identity&ssl-ca=/etc/ca.pem"
        << "mysql"
        << "bob@db4/billing"
        << "";
    QTest::newRow("mysql socket") << "mysql://carol@localhost/x?socket=/run/mysqld/mysqld.sock"
                                  << "mysql"
                                  << "carol@localhost/x (socket /run/mysqld/mysqld.sock)"
                                  << "";
    QTest::newRow("mysql escaped user") << "mysql://o%27brien@db5/x"
                                        << "mysql"
                                        << "o'brien@db5/x"
                                        << "";
}

void TestConnectionUri::parsesValid()
{
    QFETCH(QString, text);
    QFETCH(QString, dialect);
    QFETCH(QString, display);
    QFETCH(QString, sslmode);
    const ConnectionUri uri = ConnectionUri::parse(text);
    QCOMPARE(dialectName(uri.dialect()), dialect);
    QCOMPARE(uri.display(), display);
    QCOMPARE(uri.option(QStringLiteral("sslmode")), sslmode);
}

void TestConnectionUri::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("unknown scheme") << "oracle://x/y"
                                    << "unknown connection scheme";
    QTest::newRow("bare word") << "localhost"
                               << "cannot read";
    QTest::newRow("bad key") << "hots=db1 dbname=x"
                             << "malformed connection string";
    QTest::newRow("bad uri port") << "postgresql://db1:notaport/x"
                                  << "malformed connection string";
    QTest::newRow("sqlite without path") << "sqlite:"
                                         << "without a file path";
    QTest::newRow("mysql bad port") << "mysql://db1:port/x"
                                    << "invalid port";
    QTest::newRow("mysql bad ssl-mode") << "mysql://db1/x?ssl-mode=maybe"
                                        << "invalid ssl-mode";
    QTest::newRow("mysql libpq option") << "mariadb://db1/x?sslmode=require"
                                        << "unknown option";
    QTest::newRow("mysql without slashes") << "mysql:db1"
                                           << "malformed MySQL connection URI";
    QTest::newRow("mysql bad replica port") << "mysql://db1/x?replica=db2:none"
                                            << "invalid replica";
    QTest::newRow("mysql replica without host") << "mysql://db1/x?replica=:3307"
                                                << "invalid replica";
}

void TestConnectionUri::rejectsMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    try {
        ConnectionUri::parse(text);
        QFAIL("accepted a malformed connection string");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::BadInput);
        QCOMPARE(error.exitCode(), 2);
        QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        QVERIFY(!error.message().contains(u'\n'));
    }
}

void TestConnectionUri::neverShowsPassword()
{
    const ConnectionUri uri =
        ConnectionUri::parse(QStringLiteral("postgresql://alice:s3cret@db1/shop"));
    QVERIFY(uri.hasPassword());
    QVERIFY(!uri.display().contains(QStringLiteral("s3cret")));
    QVERIFY(!uri.withoutPassword().contains(QStringLiteral("s3cret")));
    // what a profile stores parses back to the same connection
    const ConnectionUri stored = ConnectionUri::parse(uri.withoutPassword());
    QCOMPARE(stored.display(), uri.display());
    QVERIFY(!stored.hasPassword());
}

void TestConnectionUri::mysqlPasswordNeverStored()
{
    const ConnectionUri uri = ConnectionUri::parse(
        QStringLiteral("mysql://alice:s3cr%40t@db1:3306/shop?ssl-mode=required"));
    QCOMPARE(uri.option(QStringLiteral("password")), QStringLiteral("s3cr@t"));
    QVERIFY(!uri.display().contains(QStringLiteral("s3cr")));
    const QString stored = uri.withoutPassword();
    QVERIFY2(!stored.contains(QStringLiteral("s3cr")), qPrintable(stored));
    const ConnectionUri again = ConnectionUri::parse(stored);
    QCOMPARE(again.dialect(), DialectKind::MySQL);
    QCOMPARE(again.display(), uri.display());
    QCOMPARE(again.option(QStringLiteral("ssl-mode")), QStringLiteral("required"));
    QVERIFY(!again.hasPassword());
    QCOMPARE(again.withPassword(QStringLiteral("x")).option(QStringLiteral("password")),
             QStringLiteral("x"));
}

void TestConnectionUri::mysqlReplicasNamed()
{
    const ConnectionUri uri = ConnectionUri::parse(
        QStringLiteral("mysql://alice:pw@db1:3306/"
                       "shop?replica=db2:3307&ssl-mode=required&replica=db3,%5B::1%5D:3309"));
    QCOMPARE(uri.replicas(), (QStringList{QStringLiteral("db2:3307"), QStringLiteral("db3"),
                                          QStringLiteral("[::1]:3309")}));
    QCOMPARE(ConnectionUri::splitHostPort(QStringLiteral("db3"), 3306),
             std::make_pair(QStringLiteral("db3"), 3306));
    QCOMPARE(ConnectionUri::splitHostPort(QStringLiteral("[::1]:3309"), 3306),
             std::make_pair(QStringLiteral("::1"), 3309));
    // Stored profiles keep the replicas (not the password); a replica gets the primary's
    // credentials and TLS settings, not its database, socket or replica list.
    const ConnectionUri stored = ConnectionUri::parse(uri.withoutPassword());
    QCOMPARE(stored.replicas(), uri.replicas());
    QVERIFY(!uri.withoutPassword().contains(QStringLiteral("pw")));
    const ConnectionUri replica = uri.withServer(QStringLiteral("db2"), 3307);
    QCOMPARE(replica.display(), QStringLiteral("alice@db2:3307"));
    QCOMPARE(replica.option(QStringLiteral("password")), QStringLiteral("pw"));
    QCOMPARE(replica.option(QStringLiteral("ssl-mode")), QStringLiteral("required"));
    QVERIFY(replica.replicas().isEmpty());
    QVERIFY(!replica.text().contains(QStringLiteral("pw")));
}

void TestConnectionUri::withPasswordIsInMemoryOnly()
{
    const ConnectionUri uri =
        ConnectionUri::parse(QStringLiteral("host=db1 user=o'brien dbname=x"));
    const ConnectionUri withPassword = uri.withPassword(QStringLiteral("it's me"));
    QVERIFY(withPassword.conninfo().contains(QStringLiteral("password='it\\'s me'")));
    QCOMPARE(ConnectionUri::parse(withPassword.conninfo()).option(QStringLiteral("user")),
             QStringLiteral("o'brien"));
    QVERIFY(!withPassword.withoutPassword().contains(QStringLiteral("it's me")));
}

QTEST_GUILESS_MAIN(TestConnectionUri)
#include "tst_connectionuri.moc"
