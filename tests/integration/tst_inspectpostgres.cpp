// inspect against the throwaway PostgreSQL server: every catalog fact the issue names, read
// through the real binary, plus the bad inputs a user meets first.

#include "db/dberror.h"
#include "db/session.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

QJsonObject findNamed(const QJsonArray &array, const QString &name)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestInspectPostgres : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reportsEveryFact();
    void listsTablesWithEstimates();
    void badInput_data();
    void badInput();
    void missingPrivilege();
    void showsAPartitionTree();

private:
    QString m_uri;
};

void TestInspectPostgres::initTestCase()
{
    REQUIRE_POSTGRES(admin);
    m_uri = testsupport::createScratchDatabase(QStringLiteral("cp_inspect_pg"));
    testsupport::execute(m_uri, QStringLiteral(R"SQL(
CREATE SCHEMA shop;
CREATE TABLE shop.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE TABLE shop.order_lines (
    order_id bigint NOT NULL,
    line_no integer NOT NULL,
    customer_id bigint,
    quantity integer NOT NULL DEFAULT 1,
    price numeric(12,2) NOT NULL,
    total numeric(14,2) GENERATED ALWAYS AS (quantity * price) STORED,
    status text NOT NULL DEFAULT 'open',
    PRIMARY KEY (order_id, line_no));
COMMENT ON TABLE shop.order_lines IS 'one row per order line';
COMMENT ON COLUMN shop.order_lines.price IS 'unit price';
INSERT INTO shop.customers (email) SELECT 'c' || g || '@example.com' FROM generate_series(1, 50) g;
INSERT INTO shop.order_lines (order_id, line_no, customer_id, price)
    SELECT g / 3, g % 3, 1 + g % 50, g FROM generate_series(1, 3000) g;
INSERT INTO shop.order_lines (order_id, line_no, customer_id, price, quantity) VALUES (5000, 1, 1, 1, 7), (5001, 1, 1, 1, 7);
CREATE INDEX order_lines_open_idx ON shop.order_lines (status) WHERE status = 'open';
CREATE INDEX order_lines_lower_status_idx ON shop.order_lines (lower(status));
ALTER TABLE shop.order_lines ADD CONSTRAINT quantity_positive CHECK (quantity > 0) NOT VALID;
ALTER TABLE shop.order_lines ADD CONSTRAINT order_lines_customer_fk FOREIGN KEY (customer_id)
    REFERENCES shop.customers (id) NOT VALID;
ALTER TABLE shop.order_lines ADD CONSTRAINT price_nonnegative CHECK (price >= 0);
CREATE VIEW shop.open_lines AS SELECT order_id, line_no FROM shop.order_lines WHERE status = 'open';
CREATE MATERIALIZED VIEW shop.line_totals AS SELECT order_id, sum(total) AS total FROM shop.order_lines GROUP BY order_id;
CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER order_lines_touch BEFORE UPDATE ON shop.order_lines FOR EACH ROW EXECUTE FUNCTION shop.touch();
CREATE TRIGGER order_lines_audit AFTER INSERT ON shop.order_lines FOR EACH ROW EXECUTE FUNCTION shop.touch();
ALTER TABLE shop.order_lines DISABLE TRIGGER order_lines_audit;
CREATE TABLE public.never_analyzed (id integer);
INSERT INTO public.never_analyzed SELECT generate_series(1, 10);
ANALYZE shop.order_lines;
ANALYZE shop.customers;
)SQL"));
    // A failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind: duplicates on quantity=7.
    try {
        testsupport::execute(m_uri,
                             QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY order_lines_qty_uniq "
                                            "ON shop.order_lines (order_id, quantity)"));
        QFAIL("the unique index should have failed on duplicate keys");
    } catch (const DbError &) {
    }
}

void TestInspectPostgres::reportsEveryFact()
{
    const auto run = testsupport::runCli(
        {QStringLiteral("inspect"), QStringLiteral("--db"), m_uri, QStringLiteral("--table"),
         QStringLiteral("shop.order_lines"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("dialect")).toString(), QStringLiteral("postgresql"));
    QVERIFY(root.value(QStringLiteral("server_version_num")).toInt() >= 100000);
    const QJsonObject table = root.value(QStringLiteral("table")).toObject();
    QCOMPARE(table.value(QStringLiteral("schema")).toString(), QStringLiteral("shop"));
    QCOMPARE(table.value(QStringLiteral("comment")).toString(),
             QStringLiteral("one row per order line"));
    QCOMPARE(table.value(QStringLiteral("primary_key")).toArray(),
             QJsonArray({QStringLiteral("order_id"), QStringLiteral("line_no")}));
    QCOMPARE(table.value(QStringLiteral("row_estimate")).toDouble(), 3002.0);
    QCOMPARE(table.value(QStringLiteral("row_estimate_source")).toString(),
             QStringLiteral("reltuples"));
    QVERIFY(table.value(QStringLiteral("total_bytes")).toDouble() >
            table.value(QStringLiteral("table_bytes")).toDouble());

    const QJsonArray columns = table.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), 7);
    const QJsonObject price = findNamed(columns, QStringLiteral("price"));
    QCOMPARE(price.value(QStringLiteral("type")).toString(), QStringLiteral("numeric(12,2)"));
    QCOMPARE(price.value(QStringLiteral("nullable")).toBool(), false);
    QCOMPARE(price.value(QStringLiteral("comment")).toString(), QStringLiteral("unit price"));
    const QJsonObject quantity = findNamed(columns, QStringLiteral("quantity"));
    QCOMPARE(quantity.value(QStringLiteral("default")).toString(), QStringLiteral("1"));
    QCOMPARE(findNamed(columns, QStringLiteral("customer_id"))
                 .value(QStringLiteral("nullable"))
                 .toBool(),
             true);
    const QJsonObject total = findNamed(columns, QStringLiteral("total"));
    QCOMPARE(total.value(QStringLiteral("generated")).toString(),
             QStringLiteral("((quantity)::numeric * price)"));
    QVERIFY(total.value(QStringLiteral("default")).isNull());

    const QJsonArray indexes = table.value(QStringLiteral("indexes")).toArray();
    const QJsonObject partial = findNamed(indexes, QStringLiteral("order_lines_open_idx"));
    QCOMPARE(partial.value(QStringLiteral("partial")).toBool(), true);
    QCOMPARE(partial.value(QStringLiteral("predicate")).toString(),
             QStringLiteral("(status = 'open'::text)"));
    QCOMPARE(partial.value(QStringLiteral("valid")).toBool(), true);
    const QJsonObject invalid = findNamed(indexes, QStringLiteral("order_lines_qty_uniq"));
    QCOMPARE(invalid.value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(invalid.value(QStringLiteral("unique")).toBool(), true);
    const QJsonObject expression =
        findNamed(indexes, QStringLiteral("order_lines_lower_status_idx"));
    QCOMPARE(expression.value(QStringLiteral("columns")).toArray(),
             QJsonArray({QStringLiteral("lower(status)")}));
    const QJsonObject pkey = findNamed(indexes, QStringLiteral("order_lines_pkey"));
    QCOMPARE(pkey.value(QStringLiteral("primary")).toBool(), true);
    QCOMPARE(pkey.value(QStringLiteral("method")).toString(), QStringLiteral("btree"));

    const QJsonArray constraints = table.value(QStringLiteral("constraints")).toArray();
    const QJsonObject check = findNamed(constraints, QStringLiteral("quantity_positive"));
    QCOMPARE(check.value(QStringLiteral("kind")).toString(), QStringLiteral("check"));
    QCOMPARE(check.value(QStringLiteral("validated")).toBool(), false);
    QCOMPARE(check.value(QStringLiteral("definition")).toString(),
             QStringLiteral("CHECK (quantity > 0) NOT VALID"));
    QCOMPARE(findNamed(constraints, QStringLiteral("price_nonnegative"))
                 .value(QStringLiteral("validated"))
                 .toBool(),
             true);
    const QJsonObject fk = findNamed(constraints, QStringLiteral("order_lines_customer_fk"));
    QCOMPARE(fk.value(QStringLiteral("kind")).toString(), QStringLiteral("foreign_key"));
    QCOMPARE(fk.value(QStringLiteral("validated")).toBool(), false);
    QCOMPARE(fk.value(QStringLiteral("columns")).toArray(),
             QJsonArray({QStringLiteral("customer_id")}));
    QCOMPARE(
        fk.value(QStringLiteral("references")).toObject().value(QStringLiteral("table")).toString(),
        QStringLiteral("shop.customers"));
    QCOMPARE(findNamed(constraints, QStringLiteral("order_lines_pkey"))
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("primary_key"));

    const QJsonArray triggers = table.value(QStringLiteral("triggers")).toArray();
    QCOMPARE(triggers.size(), 2);
    QCOMPARE(findNamed(triggers, QStringLiteral("order_lines_touch"))
                 .value(QStringLiteral("enabled"))
                 .toBool(),
             true);
    QCOMPARE(findNamed(triggers, QStringLiteral("order_lines_audit"))
                 .value(QStringLiteral("enabled"))
                 .toBool(),
             false);
    QVERIFY(findNamed(triggers, QStringLiteral("order_lines_touch"))
                .value(QStringLiteral("definition"))
                .toString()
                .contains(QStringLiteral("BEFORE UPDATE")));

    const QJsonArray views = table.value(QStringLiteral("dependent_views")).toArray();
    QCOMPARE(views.size(), 2);
    QCOMPARE(findNamed(views, QStringLiteral("open_lines"))
                 .value(QStringLiteral("materialized"))
                 .toBool(),
             false);
    QCOMPARE(findNamed(views, QStringLiteral("line_totals"))
                 .value(QStringLiteral("materialized"))
                 .toBool(),
             true);
}

void TestInspectPostgres::listsTablesWithEstimates()
{
    auto session = Session::create(ConnectionUri::parse(m_uri));
    session->open();
    const Catalog catalog = session->catalog();
    QCOMPARE(catalog.tables.size(), 3);
    QVERIFY(catalog.schemas.contains(QStringLiteral("shop")));
    QVERIFY(catalog.typeNames.contains(QStringLiteral("bigint")));
    QVERIFY(catalog.typeNames.contains(QStringLiteral("timestamp with time zone")));
    QVERIFY(catalog.typeNames.contains(QStringLiteral("jsonb")));
    const TableInfo *identity = catalog.table(QStringLiteral("shop"), QStringLiteral("customers"));
    QVERIFY(identity);
    QCOMPARE(identity->column(QStringLiteral("id"))->identity, QStringLiteral("always"));
    // Never analyzed: reltuples is -1 on 14+, so the estimate falls back to n_live_tup.
    const TableInfo *fresh =
        catalog.table(QStringLiteral("public"), QStringLiteral("never_analyzed"));
    QVERIFY(fresh);
    QVERIFY(fresh->rowEstimateSource == u"n_live_tup" || fresh->rowEstimateSource.isEmpty());

    const auto run =
        testsupport::runCli({QStringLiteral("inspect"), QStringLiteral("--db"), m_uri});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("shop.order_lines")));
    QVERIFY(run.out.contains(QStringLiteral("order_id, line_no")));
}

void TestInspectPostgres::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString admin = testsupport::postgresUri();
    const ConnectionUri parsed =
        ConnectionUri::parse(admin.isEmpty() ? QStringLiteral("host=x") : admin);
    const QString host = parsed.option(QStringLiteral("host"));
    const QString port = parsed.option(QStringLiteral("port"));
    const QString user = parsed.option(QStringLiteral("user"));
    QTest::newRow("unknown table")
        << QStringList{QStringLiteral("--table"), QStringLiteral("shop.nope")} << 2
        << "no table \"shop.nope\"";
    QTest::newRow("unknown schema")
        << QStringList{QStringLiteral("--table"), QStringLiteral("nope.orders")} << 2
        << "no schema \"nope\"";
    QTest::newRow("wrong password")
        << QStringList{QStringLiteral("--db"),
                       QStringLiteral("host=%1 port=%2 user=%3 dbname=cp_inspect_pg password=wrong")
                           .arg(host, port, user)}
        << 3 << "password authentication failed";
    QTest::newRow("missing database")
        << QStringList{QStringLiteral("--db"),
                       QStringLiteral("host=%1 port=%2 user=%3 dbname=cp_no_such_db")
                           .arg(host, port, user)}
        << 3 << "database \"cp_no_such_db\" does not exist";
    QTest::newRow("unreachable") << QStringList{QStringLiteral("--db"),
                                                QStringLiteral("postgresql://nobody@127.0.0.1:1/x")}
                                 << 3 << "Connection refused";
    QTest::newRow("malformed uri")
        << QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://db:port/x")} << 2
        << "malformed connection string";
    QTest::newRow("missing --db") << QStringList{QStringLiteral("NO_DB")} << 2 << "missing --db";
}

void TestInspectPostgres::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QStringList full = {QStringLiteral("inspect")};
    if (args.contains(QStringLiteral("NO_DB")))
        args.clear();
    else if (!args.contains(QStringLiteral("--db")))
        full << QStringLiteral("--db") << m_uri;
    full << args;
    const auto run = testsupport::runCli(full);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one line
    QVERIFY(run.err.startsWith(QStringLiteral("column-planner: ")));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.contains(QStringLiteral("wrong"))); // the password is never echoed
}

void TestInspectPostgres::missingPrivilege()
{
    // A role that may log in but has no CONNECT right on the database.
    testsupport::execute(m_uri,
                         QStringLiteral("DROP ROLE IF EXISTS cp_inspect_nobody; CREATE ROLE "
                                        "cp_inspect_nobody LOGIN PASSWORD 'pw-nobody';"
                                        "REVOKE CONNECT ON DATABASE cp_inspect_pg FROM PUBLIC;"));
    const ConnectionUri parsed = ConnectionUri::parse(testsupport::postgresUri());
    const QString uri =
        QStringLiteral(
            "host=%1 port=%2 dbname=cp_inspect_pg user=cp_inspect_nobody password=pw-nobody")
            .arg(parsed.option(QStringLiteral("host")), parsed.option(QStringLiteral("port")));
    const auto run = testsupport::runCli({QStringLiteral("inspect"), QStringLiteral("--db"), uri});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("permission denied for database")),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("pw-nobody")));
    testsupport::execute(m_uri,
                         QStringLiteral("GRANT CONNECT ON DATABASE cp_inspect_pg TO PUBLIC"));
}

QTEST_GUILESS_MAIN(TestInspectPostgres)
#include "tst_inspectpostgres.moc"

// A range-partitioned table with a hash-sub-partitioned month and a DEFAULT partition: inspect
// shows the tree with bounds, rows and sizes (the root's are the sums over its leaves) and folds
// the partitions into their root in the listing; a plan on a partition, or with an index on the
// partitioned table (CREATE INDEX CONCURRENTLY fails there), is refused before anything changes,
// and a plan without an index runs to the end.
void TestInspectPostgres::showsAPartitionTree()
{
    REQUIRE_POSTGRES(admin);
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_inspect_partitions"));
    testsupport::execute(uri, QStringLiteral(R"SQL(
CREATE TABLE events (id bigint NOT NULL, tenant int NOT NULL, created_at date NOT NULL, amount numeric,
                     PRIMARY KEY (id, created_at, tenant)) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01') TO ('2024-03-01')
    PARTITION BY HASH (tenant);
CREATE TABLE events_2024_02_h0 PARTITION OF events_2024_02 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE events_2024_02_h1 PARTITION OF events_2024_02 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE events_default PARTITION OF events DEFAULT;
INSERT INTO events SELECT g, g % 7, date '2024-01-01' + (g % 90), g FROM generate_series(1, 30000) g;
ANALYZE events;
)SQL"));

    const auto listing =
        testsupport::runCli({QStringLiteral("inspect"), QStringLiteral("--db"), uri});
    QCOMPARE(listing.exitCode, 0);
    QVERIFY2(listing.out.contains(QStringLiteral("1 tables (and 5 partitions) in 1 schemas")),
             qPrintable(listing.out));
    QVERIFY2(
        listing.out.contains(QStringLiteral("partitioned by RANGE (created_at): 5 partitions")),
        qPrintable(listing.out));
    QVERIFY2(!listing.out.contains(QStringLiteral("\npublic.events_2024_01")),
             qPrintable(listing.out));

    const auto json = testsupport::runCli(
        {QStringLiteral("inspect"), QStringLiteral("--db"), uri, QStringLiteral("--table"),
         QStringLiteral("public.events"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject table = QJsonDocument::fromJson(json.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("table"))
                                  .toObject();
    QCOMPARE(table.value(QStringLiteral("kind")).toString(), QStringLiteral("partitioned table"));
    QCOMPARE(table.value(QStringLiteral("partition_key")).toString(),
             QStringLiteral("RANGE (created_at)"));
    const QJsonArray partitions = table.value(QStringLiteral("partitions")).toArray();
    QStringList names;
    QList<int> levels;
    double rows = 0;
    qint64 bytes = 0;
    for (const QJsonValue &value : partitions) {
        const QJsonObject partition = value.toObject();
        names << partition.value(QStringLiteral("name")).toString();
        levels << partition.value(QStringLiteral("level")).toInt();
        if (!partition.value(QStringLiteral("partitioned")).toBool()) {
            rows += partition.value(QStringLiteral("row_estimate")).toDouble();
            bytes += qint64(partition.value(QStringLiteral("total_bytes")).toDouble());
        }
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("events_2024_01"), QStringLiteral("events_2024_02"),
                          QStringLiteral("events_2024_02_h0"), QStringLiteral("events_2024_02_h1"),
                          QStringLiteral("events_default")}));
    QCOMPARE(levels, (QList<int>{1, 1, 2, 2, 1}));
    QVERIFY(findNamed(partitions, QStringLiteral("events_default"))
                .value(QStringLiteral("default"))
                .toBool());
    QVERIFY(findNamed(partitions, QStringLiteral("events_2024_02"))
                .value(QStringLiteral("partitioned"))
                .toBool());
    QCOMPARE(findNamed(partitions, QStringLiteral("events_2024_02_h1"))
                 .value(QStringLiteral("parent"))
                 .toString(),
             QStringLiteral("public.events_2024_02"));
    QCOMPARE(rows, 30000.0); // ANALYZE counted every row of these small partitions
    QCOMPARE(table.value(QStringLiteral("row_estimate")).toDouble(), rows);
    QCOMPARE(qint64(table.value(QStringLiteral("total_bytes")).toDouble()), bytes);
    QVERIFY(bytes > 0);

    const auto detail = testsupport::runCli({QStringLiteral("inspect"), QStringLiteral("--db"), uri,
                                             QStringLiteral("--table"), QStringLiteral("events")});
    QCOMPARE(detail.exitCode, 0);
    QVERIFY2(detail.out.contains(QStringLiteral("\n    public.events_2024_02_h0  FOR VALUES WITH "
                                                "(modulus 2, remainder 0)")),
             qPrintable(detail.out));
    QVERIFY2(detail.out.contains(QStringLiteral("\n  public.events_default  DEFAULT")),
             qPrintable(detail.out));

    auto plan = [](const QString &table, const QString &column, const QString &index) {
        const QString path = testsupport::tempPath(table + u'-' + column + QStringLiteral(".json"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(
            QStringLiteral(
                R"({"format": "column-planner/plan@1", "title": "cents",
  "target": {"dialect": "postgresql", "server_version": "15"}, "table": {"schema": "public", "name": "%1"},
  "column": {"name": "%2", "type": "bigint", "nullable": false, "default": "0",
             "backfill": "(amount * 100)::bigint", "check": "%2 >= 0"%3},
  "backfill": {"target_batch_ms": 50, "max_batch_rows": 2000, "pause_ms": 0}})")
                .arg(table, column,
                     index.isEmpty() ? QString() : QStringLiteral(R"(, "index": %1)").arg(index))
                .toUtf8());
        return path;
    };
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();
    auto scalar = [&](const QString &sql) { return session->execute(sql).value(0, 0).toString(); };
    const QString journal = testsupport::tempPath(QStringLiteral("partitions-journal.sqlite"));
    auto run = [&](const QString &planPath) {
        return testsupport::runCli({QStringLiteral("run"), planPath, QStringLiteral("--db"), uri,
                                    QStringLiteral("--yes"), QStringLiteral("--journal"), journal},
                                   {}, 300000);
    };

    // Refused before anything changes: a partition's own column, a unique index without the key.
    const auto onLeaf = run(plan(QStringLiteral("events_2024_01"), QStringLiteral("cents"), {}));
    QCOMPARE(onLeaf.exitCode, 2);
    QVERIFY2(onLeaf.err.contains(QStringLiteral("is a partition of public.events")),
             qPrintable(onLeaf.err));
    const auto unique = run(plan(QStringLiteral("events"), QStringLiteral("cents"),
                                 QStringLiteral(R"({"method": "btree", "unique": true})")));
    QCOMPARE(unique.exitCode, 2);
    QVERIFY2(unique.err.contains(QStringLiteral("must contain the partition key")),
             qPrintable(unique.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attname = 'cents'")),
             QStringLiteral("0"));

    // Enforce's rollback, generated against the database before the run (as a reviewer reads it).
    const auto rollback =
        testsupport::runCli({QStringLiteral("generate"),
                             plan(QStringLiteral("events"), QStringLiteral("cents"),
                                  QStringLiteral(R"({"method": "btree"})")),
                             QStringLiteral("--db"), uri, QStringLiteral("--phase"),
                             QStringLiteral("enforce"), QStringLiteral("--rollback")});
    QCOMPARE(rollback.exitCode, 0);
    QVERIFY2(rollback.out.contains(
                 QStringLiteral("DROP INDEX IF EXISTS \"public\".\"events_cents_idx\"")),
             qPrintable(rollback.out));

    // The review of that script finds nothing to object to (ON ONLY builds nothing), and the
    // forecast sizes the table by its partitions.
    const QString indexedPlan = plan(QStringLiteral("events"), QStringLiteral("cents"),
                                     QStringLiteral(R"({"method": "btree"})"));
    const auto script =
        testsupport::runCli({QStringLiteral("generate"), indexedPlan, QStringLiteral("--db"), uri});
    QCOMPARE(script.exitCode, 0);
    const QString scriptPath = testsupport::tempPath(QStringLiteral("partitions.sql"));
    {
        QFile file(scriptPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(script.out.toUtf8());
    }
    const auto lint = testsupport::runCli({QStringLiteral("lint"), scriptPath});
    QVERIFY2(lint.exitCode == 0, qPrintable(lint.out + lint.err));
    const auto forecast =
        testsupport::runCli({QStringLiteral("forecast"), indexedPlan, QStringLiteral("--db"), uri});
    QCOMPARE(forecast.exitCode, 0);
    QVERIFY2(!forecast.out.contains(QStringLiteral("heap 0.0 kB")), qPrintable(forecast.out));
    QVERIFY2(forecast.out.contains(QStringLiteral(
                 "ON ONLY \"public\".\"events\" USING btree (\"cents\")\n   lock: SHARE on "
                 "public.events\n   blocks: writes, DDL and VACUUM\n   rewrite: no, scan: no")),
             qPrintable(forecast.out));

    // The whole tree gets the column, every row its value, every table the NOT NULL and a valid
    // index: ON ONLY on the partitioned tables, CONCURRENTLY on each leaf, attached up the tree.
    const auto indexed = run(plan(QStringLiteral("events"), QStringLiteral("cents"),
                                  QStringLiteral(R"({"method": "btree"})")));
    QVERIFY2(indexed.exitCode == 0, qPrintable(indexed.err));
    QCOMPARE(session
                 ->execute(QStringLiteral("SELECT count(*) FILTER (WHERE cents IS NULL OR cents <> "
                                          "amount * 100), count(*) FROM events"))
                 .rows.value(0),
             (QVariantList{QStringLiteral("0"), QStringLiteral("30000")}));
    const QString treeIndexes =
        QStringLiteral("SELECT count(*) FROM pg_partition_tree('events') t JOIN pg_index i ON "
                       "i.indrelid = t.relid JOIN pg_attribute a ON a.attrelid = t.relid AND "
                       "a.attnum = i.indkey[0] WHERE a.attname = 'cents'%1");
    QCOMPARE(scalar(treeIndexes.arg(QStringLiteral(" AND i.indisvalid"))), QStringLiteral("6"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_partition_tree('events') t JOIN "
                                   "pg_attribute a ON a.attrelid = t.relid WHERE a.attname = "
                                   "'cents' AND a.attnotnull")),
             QStringLiteral("6"));

    // ... and drops the index of every table of the tree.
    session->execute(rollback.out);
    QCOMPARE(scalar(treeIndexes.arg(QString())), QStringLiteral("0"));

    // The generated script of a plan with a sync trigger, run with psql as a user would: every
    // table of the tree ends with the column NOT NULL and a valid index on it.
    const QString syncPlan = testsupport::tempPath(QStringLiteral("partitions-sync.json"));
    {
        QFile in(plan(QStringLiteral("events"), QStringLiteral("cents_sync"),
                      QStringLiteral(R"({"method": "btree"})")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(syncPlan);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QString::fromUtf8(in.readAll())
                      .replace(QStringLiteral("\"pause_ms\": 0"),
                               QStringLiteral("\"pause_ms\": 0, \"sync_trigger\": true"))
                      .toUtf8());
    }
    const auto syncScript =
        testsupport::runCli({QStringLiteral("generate"), syncPlan, QStringLiteral("--db"), uri});
    QCOMPARE(syncScript.exitCode, 0);
    QVERIFY(syncScript.out.contains(QStringLiteral("LOCK TABLE \"public\".\"events\" IN ACCESS "
                                                   "EXCLUSIVE MODE; DROP TRIGGER")));
    const QString syncPath = testsupport::tempPath(QStringLiteral("partitions-sync.sql"));
    {
        QFile file(syncPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(syncScript.out.toUtf8());
    }
    const QString psql = QStandardPaths::findExecutable(
        QStringLiteral("psql"),
        {qEnvironmentVariable("COLUMN_PLANNER_TEST_PG_BIN"), QStringLiteral("/usr/bin")});
    QVERIFY2(!psql.isEmpty(), "psql not found");
    const auto applied =
        testsupport::runProgram(psql, {QStringLiteral("-X"), QStringLiteral("-q"),
                                       QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                       QStringLiteral("-d"), uri, QStringLiteral("-f"), syncPath});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_partition_tree('events') t JOIN "
                                   "pg_attribute a ON a.attrelid = t.relid WHERE a.attname = "
                                   "'cents_sync' AND a.attnotnull")),
             QStringLiteral("6"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_partition_tree('events') t JOIN "
                                   "pg_index i ON i.indrelid = t.relid JOIN pg_attribute a ON "
                                   "a.attrelid = t.relid AND a.attnum = i.indkey[0] WHERE "
                                   "a.attname = 'cents_sync' AND i.indisvalid")),
             QStringLiteral("6"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE cents_sync IS DISTINCT "
                                   "FROM (amount * 100)::bigint")),
             QStringLiteral("0"));
}
