// The MySQL/MariaDB session and catalog against the throwaway MariaDB server of scripts/test:
// flavour and version, every catalog fact that decides the ALTER algorithm, inspect through the
// real binary, passwords from option files, and the bad inputs a user meets first.

#include "db/dberror.h"
#include "db/mysqlsession.h"
#include "db/session.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

class TestInspectMysql : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void detectsFlavourAndVersion();
    void readsEveryFact();
    void inspectCliTextAndJson();
    void passwordFromDefaultOptionFile();
    void badInput_data();
    void badInput();
    void missingPrivilege();

private:
    QString m_uri;
};

void TestInspectMysql::initTestCase()
{
    REQUIRE_MYSQL(admin);
    m_uri = testsupport::createScratchMysqlDatabase(QStringLiteral("cp_inspect_mysql"));
    testsupport::execute(m_uri, QStringLiteral(R"SQL(
CREATE TABLE customers (id bigint AUTO_INCREMENT PRIMARY KEY, email varchar(200) NOT NULL, UNIQUE KEY customers_email (email));
CREATE TABLE orders (
    id bigint AUTO_INCREMENT PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount decimal(12,2) NOT NULL DEFAULT 0,
    status varchar(20) NOT NULL DEFAULT 'open',
    note text,
    CONSTRAINT orders_amount_check CHECK (amount >= 0),
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
    KEY orders_status (status, amount),
    FULLTEXT KEY orders_note_ft (note)) ENGINE=InnoDB COMMENT='one row per order';
CREATE TABLE packed (id int PRIMARY KEY, v int) ENGINE=InnoDB ROW_FORMAT=COMPRESSED;
CREATE TABLE legacy (id int PRIMARY KEY, v int) ENGINE=MyISAM;
CREATE VIEW big_orders AS SELECT id, amount FROM orders WHERE amount > 100;
CREATE TRIGGER orders_note_default BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = coalesce(NEW.note, '');
INSERT INTO customers (email) VALUES ('a@example.com'), ('b@example.com');
INSERT INTO orders (customer_id, amount) VALUES (1, 10), (2, 200);
ANALYZE TABLE customers, orders;
)SQL"));
}

void TestInspectMysql::detectsFlavourAndVersion()
{
    auto session = Session::create(ConnectionUri::parse(m_uri));
    session->open();
    auto *mysql = dynamic_cast<MysqlSession *>(session.get());
    QVERIFY(mysql);
    const QString version =
        session->execute(QStringLiteral("SELECT VERSION()")).value(0, 0).toString();
    QCOMPARE(mysql->isMariadb(), version.contains(QStringLiteral("MariaDB")));
    QVERIFY2(version.startsWith(session->serverVersion()),
             qPrintable(version + QStringLiteral(" vs ") + session->serverVersion()));
    const int number = session->serverVersionNumber();
    QCOMPARE(
        QStringLiteral("%1.%2.%3").arg(number / 10000).arg(number / 100 % 100).arg(number % 100),
        session->serverVersion());
    QCOMPARE(mysql->database(), QStringLiteral("cp_inspect_mysql"));
    QVERIFY(mysql->product().startsWith(mysql->isMariadb() ? QStringLiteral("MariaDB ")
                                                           : QStringLiteral("MySQL ")));
}

void TestInspectMysql::readsEveryFact()
{
    auto session = Session::create(ConnectionUri::parse(m_uri));
    session->open();
    const Catalog catalog = session->catalog();
    QCOMPARE(catalog.dialect, DialectKind::MySQL);
    QCOMPARE(catalog.schemas, QStringList{QStringLiteral("cp_inspect_mysql")});
    QCOMPARE(catalog.tables.size(), 4);

    const TableInfo *orders =
        catalog.table(QStringLiteral("cp_inspect_mysql"), QStringLiteral("orders"));
    QVERIFY(orders);
    QCOMPARE(orders->engine, QStringLiteral("InnoDB"));
    QCOMPARE(orders->primaryKey, QStringList{QStringLiteral("id")});
    QCOMPARE(orders->comment, QStringLiteral("one row per order"));
    QVERIFY(orders->rowEstimate >= 0);
    QVERIFY(orders->totalBytes > 0);
    QVERIFY(orders->hasFulltextIndex());
    QCOMPARE(orders->columns.size(), 5);
    QCOMPARE(orders->columns.at(0).identity, QStringLiteral("auto_increment"));
    QCOMPARE(orders->columns.at(2).type, QStringLiteral("decimal(12,2)"));
    QVERIFY(!orders->columns.at(2).nullable);
    QVERIFY(orders->columns.at(4).nullable);
    QVERIFY2(orders->columns.at(3).defaultExpr.contains(QStringLiteral("open")),
             qPrintable(orders->columns.at(3).defaultExpr));
    QVERIFY(orders->columns.at(4).defaultExpr.isEmpty());

    QStringList indexNames;
    for (const IndexInfo &index : orders->indexes)
        indexNames << index.name;
    QVERIFY2(indexNames.contains(QStringLiteral("orders_status")) &&
                 indexNames.contains(QStringLiteral("orders_note_ft")),
             qPrintable(indexNames.join(u',')));
    for (const IndexInfo &index : orders->indexes) {
        if (index.name == u"orders_status")
            QCOMPARE(index.columns,
                     (QStringList{QStringLiteral("status"), QStringLiteral("amount")}));
        if (index.name == u"orders_note_ft")
            QCOMPARE(index.method, QStringLiteral("fulltext"));
    }

    bool check = false, foreignKey = false;
    for (const ConstraintInfo &constraint : orders->constraints) {
        if (constraint.name == u"orders_amount_check") {
            check = true;
            QCOMPARE(constraint.kind, QStringLiteral("check"));
            QVERIFY2(constraint.definition.contains(QStringLiteral("amount")),
                     qPrintable(constraint.definition));
        }
        if (constraint.name == u"orders_customer_fk") {
            foreignKey = true;
            QCOMPARE(constraint.kind, QStringLiteral("foreign_key"));
            QCOMPARE(constraint.referencedTable, QStringLiteral("cp_inspect_mysql.customers"));
            QCOMPARE(constraint.referencedColumns, QStringList{QStringLiteral("id")});
            QVERIFY2(constraint.definition.contains(QStringLiteral("ON DELETE CASCADE")),
                     qPrintable(constraint.definition));
        }
    }
    QVERIFY(check);
    QVERIFY(foreignKey);
    QCOMPARE(orders->triggers.size(), 1);
    QCOMPARE(orders->triggers.first().name, QStringLiteral("orders_note_default"));
    QVERIFY(orders->triggers.first().definition.startsWith(QStringLiteral("BEFORE INSERT")));
    QCOMPARE(orders->dependentViews.size(), 1);
    QCOMPARE(orders->dependentViews.first().name, QStringLiteral("big_orders"));

    const TableInfo *packed =
        catalog.table(QStringLiteral("cp_inspect_mysql"), QStringLiteral("packed"));
    QVERIFY(packed);
    QCOMPARE(packed->rowFormat.toLower(), QStringLiteral("compressed"));
    QVERIFY(!packed->hasFulltextIndex());
    const TableInfo *legacy =
        catalog.table(QStringLiteral("cp_inspect_mysql"), QStringLiteral("legacy"));
    QVERIFY(legacy);
    QCOMPARE(legacy->engine, QStringLiteral("MyISAM"));
    // Instant row versions are kept by MySQL 8.0.29+ only.
    auto *mysql = dynamic_cast<MysqlSession *>(session.get());
    if (mysql->isMariadb())
        QCOMPARE(orders->totalRowVersions, -1);
    else if (session->serverVersionNumber() >= 80029)
        QVERIFY(orders->totalRowVersions >= 0);
}

void TestInspectMysql::inspectCliTextAndJson()
{
    const testsupport::CliRun listing =
        testsupport::runCli({QStringLiteral("inspect"), QStringLiteral("--db"), m_uri});
    QVERIFY2(listing.exitCode == 0, qPrintable(listing.err));
    QVERIFY(listing.err.isEmpty());
    QVERIFY2(listing.out.contains(QStringLiteral("cp_inspect_mysql.orders")),
             qPrintable(listing.out));
    QVERIFY(listing.out.startsWith(QStringLiteral("MariaDB ")) ||
            listing.out.startsWith(QStringLiteral("MySQL ")));

    const testsupport::CliRun detail =
        testsupport::runCli({QStringLiteral("inspect"), QStringLiteral("--db"), m_uri,
                             QStringLiteral("--table"), QStringLiteral("packed")});
    QVERIFY2(detail.exitCode == 0, qPrintable(detail.err));
    QVERIFY2(detail.out.contains(QStringLiteral("row format: Compressed")), qPrintable(detail.out));

    const testsupport::CliRun json = testsupport::runCli(
        {QStringLiteral("inspect"), QStringLiteral("--db"), m_uri, QStringLiteral("--table"),
         QStringLiteral("cp_inspect_mysql.orders"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("dialect")).toString(), QStringLiteral("mysql"));
    QVERIFY(root.value(QStringLiteral("flavour")).toString() == u"mariadb" ||
            root.value(QStringLiteral("flavour")).toString() == u"mysql");
    const QJsonObject table = root.value(QStringLiteral("table")).toObject();
    QCOMPARE(table.value(QStringLiteral("engine")).toString(), QStringLiteral("InnoDB"));
    QCOMPARE(table.value(QStringLiteral("fulltext_index")).toBool(), true);
    QCOMPARE(table.value(QStringLiteral("primary_key")).toArray().first().toString(),
             QStringLiteral("id"));
}

void TestInspectMysql::passwordFromDefaultOptionFile()
{
    // The URI of scripts/test names its option file; the same password in $MARIADB_HOME/my.cnf
    // (read like ~/.my.cnf) must be found without it.
    const ConnectionUri withFile = ConnectionUri::parse(m_uri);
    const QString optionFile = withFile.option(QStringLiteral("option-file"));
    if (optionFile.isEmpty())
        QSKIP("the test URI carries no option file to copy");
    QTemporaryDir home;
    QVERIFY(QFile::copy(optionFile, home.filePath(QStringLiteral("my.cnf"))));
    QString bare = m_uri.left(m_uri.indexOf(u'?'));
    QVERIFY(!ConnectionUri::parse(bare).hasPassword());
    qputenv("MARIADB_HOME", home.path().toUtf8());
    const testsupport::CliRun run =
        testsupport::runCli({QStringLiteral("inspect"), QStringLiteral("--db"), bare});
    qunsetenv("MARIADB_HOME");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("cp_inspect_mysql.orders")));
}

void TestInspectMysql::badInput_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const ConnectionUri parsed = ConnectionUri::parse(testsupport::mysqlUri().isEmpty()
                                                          ? QStringLiteral("mysql://x@127.0.0.1:1")
                                                          : testsupport::mysqlUri());
    const QString port = parsed.option(QStringLiteral("port"));
    QTest::newRow("wrong password")
        << QStringLiteral("mysql://cpl:not-the-password@127.0.0.1:%1/cp_inspect_mysql").arg(port)
        << 3 << "Access denied";
    QTest::newRow("unreachable")
        << QStringLiteral("mysql://cpl@127.0.0.1:1/cp_inspect_mysql?connect-timeout=2") << 3
        << "is the server running";
    QTest::newRow("missing database")
        << QStringLiteral("%1/cp_no_such_database%2")
               .arg(m_uri.left(m_uri.indexOf(QStringLiteral("/cp_inspect_mysql"))),
                    m_uri.mid(m_uri.indexOf(u'?')))
        << 3 << "Unknown database";
    QTest::newRow("bad port") << QStringLiteral("mysql://cpl@127.0.0.1:99999/x") << 2
                              << "invalid port";
    QTest::newRow("bad ssl-mode") << QStringLiteral("mariadb://cpl@127.0.0.1/x?ssl-mode=sometimes")
                                  << 2 << "invalid ssl-mode";
    QTest::newRow("unknown option")
        << QStringLiteral("mysql://cpl@127.0.0.1/x?sslmode=require") << 2 << "unknown option";
    QTest::newRow("tls required, server has none")
        << QStringLiteral("%1&ssl-mode=required").arg(m_uri) << 3 << "connect failed";
}

void TestInspectMysql::badInput()
{
    QFETCH(QString, uri);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const testsupport::CliRun run =
        testsupport::runCli({QStringLiteral("inspect"), QStringLiteral("--db"), uri});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(!run.err.contains(QStringLiteral("not-the-password")), qPrintable(run.err));
}

void TestInspectMysql::missingPrivilege()
{
    // A user that may log in but not see the database.
    testsupport::execute(m_uri,
                         QStringLiteral("DROP USER IF EXISTS 'cp_nobody'@'127.0.0.1'; CREATE USER "
                                        "'cp_nobody'@'127.0.0.1' IDENTIFIED BY 'nobody-pw'"));
    const ConnectionUri parsed = ConnectionUri::parse(m_uri);
    const testsupport::CliRun run = testsupport::runCli(
        {QStringLiteral("inspect"), QStringLiteral("--db"),
         QStringLiteral("mysql://cp_nobody:nobody-pw@127.0.0.1:%1/cp_inspect_mysql")
             .arg(parsed.option(QStringLiteral("port")))});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("Access denied for user 'cp_nobody'")),
             qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestInspectMysql)
#include "tst_inspectmysql.moc"
