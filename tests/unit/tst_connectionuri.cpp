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
};

void TestConnectionUri::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("sslmode");

    QTest::newRow("uri") << "postgresql://alice@db1:5433/shop" << "postgresql" << "alice@db1:5433/shop" << "";
    QTest::newRow("postgres scheme") << "postgres://db1/shop?sslmode=require" << "postgresql" << "db1/shop" << "require";
    QTest::newRow("key value") << "host=db2 port=6432 dbname=billing user=bob sslmode=verify-full"
                               << "postgresql" << "bob@db2:6432/billing" << "verify-full";
    QTest::newRow("service") << "service=prod" << "postgresql" << "localhost (service prod)" << "";
    QTest::newRow("sqlite relative") << "sqlite:demo.db" << "sqlite" << "sqlite:demo.db" << "";
    QTest::newRow("sqlite absolute") << "sqlite:///tmp/x.sqlite" << "sqlite" << "sqlite:/tmp/x.sqlite" << "";
    QTest::newRow("sqlite memory") << "sqlite::memory:" << "sqlite" << "sqlite::memory:" << "";
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
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("unknown scheme") << "oracle://x/y" << "unknown connection scheme";
    QTest::newRow("bare word") << "localhost" << "cannot read";
    QTest::newRow("bad key") << "hots=db1 dbname=x" << "malformed connection string";
    QTest::newRow("bad uri port") << "postgresql://db1:notaport/x" << "malformed connection string";
    QTest::newRow("sqlite without path") << "sqlite:" << "without a file path";
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
    const ConnectionUri uri = ConnectionUri::parse(QStringLiteral("postgresql://alice:s3cret@db1/shop"));
    QVERIFY(uri.hasPassword());
    QVERIFY(!uri.display().contains(QStringLiteral("s3cret")));
    QVERIFY(!uri.withoutPassword().contains(QStringLiteral("s3cret")));
    // what a profile stores parses back to the same connection
    const ConnectionUri stored = ConnectionUri::parse(uri.withoutPassword());
    QCOMPARE(stored.display(), uri.display());
    QVERIFY(!stored.hasPassword());
}

void TestConnectionUri::withPasswordIsInMemoryOnly()
{
    const ConnectionUri uri = ConnectionUri::parse(QStringLiteral("host=db1 user=o'brien dbname=x"));
    const ConnectionUri withPassword = uri.withPassword(QStringLiteral("it's me"));
    QVERIFY(withPassword.conninfo().contains(QStringLiteral("password='it\\'s me'")));
    QCOMPARE(ConnectionUri::parse(withPassword.conninfo()).option(QStringLiteral("user")), QStringLiteral("o'brien"));
    QVERIFY(!withPassword.withoutPassword().contains(QStringLiteral("it's me")));
}

QTEST_GUILESS_MAIN(TestConnectionUri)
#include "tst_connectionuri.moc"
