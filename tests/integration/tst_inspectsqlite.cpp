// inspect on real SQLite files: the bundled demo, a schema with every kind of object, and
// files that are not what the user thinks.

#include "db/dberror.h"
#include "db/session.h"
#include "demo/demodatabase.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

class TestInspectSqlite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoHasWhatNewcomersNeed();
    void readsPragmaFacts();
    void badFiles_data();
    void badFiles();
    void neverCreatesAFile();

private:
    QString m_demo;
    QString m_custom;
};

void TestInspectSqlite::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = DemoDatabase::ensure(testsupport::tempPath(QStringLiteral("demo.sqlite")));
    m_custom = testsupport::tempPath(QStringLiteral("custom.sqlite"));
    QFile(m_custom).open(QIODevice::WriteOnly); // an empty file is an empty database
    testsupport::execute(QStringLiteral("sqlite:") + m_custom, QStringLiteral(R"SQL(
CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE entries (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    amount NUMERIC NOT NULL DEFAULT 0 CHECK (amount <> 0),
    "note ""quoted""" TEXT CHECK (length("note ""quoted""") < 100),
    doubled NUMERIC GENERATED ALWAYS AS (amount * 2) STORED,
    PRIMARY KEY (account_id, seq)
) WITHOUT ROWID;
CREATE INDEX entries_big_idx ON entries (amount) WHERE amount > 1000;
CREATE VIEW account_totals AS SELECT account_id, sum(amount) AS total FROM entries GROUP BY account_id;
CREATE VIEW rich_accounts AS SELECT * FROM account_totals WHERE total > 100;
CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries BEGIN SELECT RAISE(ABORT, 'append only'); END;
INSERT INTO accounts (name) VALUES ('cash'), ('bank');
INSERT INTO entries (account_id, seq, amount) VALUES (1, 1, 10), (1, 2, -5), (2, 1, 2000);
)SQL"));
}

void TestInspectSqlite::demoHasWhatNewcomersNeed()
{
    const auto run = testsupport::runCli(
        {QStringLiteral("inspect"), QStringLiteral("--db"), QStringLiteral("sqlite:") + m_demo,
         QStringLiteral("--table"), QStringLiteral("orders"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject table = QJsonDocument::fromJson(run.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("table"))
                                  .toObject();
    QCOMPARE(table.value(QStringLiteral("row_estimate")).toDouble(), 200000.0);
    QCOMPARE(table.value(QStringLiteral("primary_key")).toArray(),
             QJsonArray({QStringLiteral("id")}));
    int foreignKeys = 0;
    for (const QJsonValue &constraint : table.value(QStringLiteral("constraints")).toArray()) {
        if (constraint.toObject().value(QStringLiteral("kind")).toString() == u"foreign_key")
            ++foreignKeys;
    }
    QCOMPARE(foreignKeys, 2);
    QVERIFY(table.value(QStringLiteral("indexes")).toArray().size() >= 3);
    QCOMPARE(table.value(QStringLiteral("dependent_views")).toArray().size(), 2);
    QCOMPARE(table.value(QStringLiteral("triggers")).toArray().size(), 1);
    QVERIFY(table.value(QStringLiteral("total_bytes")).toDouble() > 1e6);

    // Varied data: every status present, some nulls, the skew the seed promises.
    auto session = Session::create(ConnectionUri::parse(QStringLiteral("sqlite:") + m_demo));
    session->open();
    const QueryResult statuses = session->execute(
        QStringLiteral("SELECT count(DISTINCT status), count(*) - count(shipped_at) FROM orders"));
    QCOMPARE(statuses.value(0, 0).toString(), QStringLiteral("6"));
    QVERIFY(statuses.value(0, 1).toInt() > 10000);
    QCOMPARE(session->execute(QStringLiteral("PRAGMA foreign_key_check")).rows.size(), 0);
}

void TestInspectSqlite::readsPragmaFacts()
{
    auto session = Session::create(ConnectionUri::parse(QStringLiteral("sqlite:") + m_custom));
    session->open();
    const Catalog catalog = session->catalog();
    QCOMPARE(catalog.dialect, DialectKind::SQLite);
    QCOMPARE(catalog.schemas, QStringList{QStringLiteral("main")});
    const TableInfo *entries = catalog.table(QStringLiteral("main"), QStringLiteral("entries"));
    QVERIFY(entries);
    QCOMPARE(entries->primaryKey,
             (QStringList{QStringLiteral("account_id"), QStringLiteral("seq")}));
    QVERIFY(entries->withoutRowid);
    QCOMPARE(entries->rowEstimate, 3.0);
    QCOMPARE(entries->column(QStringLiteral("amount"))->defaultExpr, QStringLiteral("0"));
    QCOMPARE(entries->column(QStringLiteral("doubled"))->generated, QStringLiteral("stored"));
    QVERIFY(entries->column(QStringLiteral("note \"quoted\"")));

    QStringList checks;
    const ConstraintInfo *foreignKey = nullptr;
    for (const ConstraintInfo &constraint : entries->constraints) {
        if (constraint.kind == u"check")
            checks << constraint.definition;
        if (constraint.kind == u"foreign_key")
            foreignKey = &constraint;
    }
    QCOMPARE(checks,
             (QStringList{QStringLiteral("CHECK (amount <> 0)"),
                          QStringLiteral("CHECK (length(\"note \"\"quoted\"\"\") < 100)")}));
    QVERIFY(foreignKey);
    QCOMPARE(foreignKey->referencedTable, QStringLiteral("main.accounts"));
    QVERIFY(foreignKey->definition.contains(QStringLiteral("ON DELETE CASCADE")));

    bool partialFound = false;
    for (const IndexInfo &index : entries->indexes) {
        if (index.name == u"entries_big_idx") {
            partialFound = true;
            QCOMPARE(index.predicate, QStringLiteral("amount > 1000"));
            QCOMPARE(index.columns, QStringList{QStringLiteral("amount")});
        }
    }
    QVERIFY(partialFound);
    QCOMPARE(entries->triggers.size(), 1);
    // Views found through the authorizer, nested view included.
    QStringList views;
    for (const DependentView &view : entries->dependentViews)
        views << view.name;
    views.sort();
    QCOMPARE(views,
             (QStringList{QStringLiteral("account_totals"), QStringLiteral("rich_accounts")}));

    const TableInfo *accounts = catalog.table(QStringLiteral("main"), QStringLiteral("accounts"));
    QVERIFY(accounts);
    bool unique = false;
    for (const ConstraintInfo &constraint : accounts->constraints)
        unique |= constraint.kind == u"unique" &&
                  constraint.columns == QStringList{QStringLiteral("name")};
    QVERIFY(unique);
}

void TestInspectSqlite::badFiles_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString text = testsupport::tempPath(QStringLiteral("notes.txt"));
    QFile file(text);
    file.open(QIODevice::WriteOnly);
    file.write("this is not a database, just some notes that are long enough to have a header\n");
    file.close();
    QTest::newRow("text file") << QStringLiteral("sqlite:") + text << 2 << "not an SQLite database";
    QTest::newRow("missing file") << QStringLiteral("sqlite:") +
                                         testsupport::tempPath(QStringLiteral("missing.db"))
                                  << 3 << "no such file";
    QTest::newRow("directory") << QStringLiteral("sqlite:") + QDir::tempPath() << 2
                               << "is a directory";
    QTest::newRow("no path") << QStringLiteral("sqlite:") << 2 << "without a file path";
    // A device reads as an empty database; a FIFO would block the open (issue 21).
    QTest::newRow("device") << QStringLiteral("sqlite:/dev/zero") << 2 << "not a regular file";
    QTest::newRow("null device") << QStringLiteral("sqlite:/dev/null") << 2 << "not a regular file";
}

void TestInspectSqlite::badFiles()
{
    QFETCH(QString, uri);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto run = testsupport::runCli({QStringLiteral("inspect"), QStringLiteral("--db"), uri});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

void TestInspectSqlite::neverCreatesAFile()
{
    const QString path = testsupport::tempPath(QStringLiteral("typo.sqlite"));
    const auto run = testsupport::runCli(
        {QStringLiteral("inspect"), QStringLiteral("--db"), QStringLiteral("sqlite:") + path});
    QCOMPARE(run.exitCode, 3); // a missing SQLite file, as badFiles() says
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestInspectSqlite)
#include "tst_inspectsqlite.moc"
