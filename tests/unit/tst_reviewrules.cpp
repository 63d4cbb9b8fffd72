// Every review rule against scripts where it must fire and safe forms where it must stay
// silent, on the server version given per case.

#include "review/reviewer.h"
#include "review/rulecatalog.h"

#include <QTest>

class TestReviewRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void everyRuleIsCovered();
    void findingsCarryMessageAndHint();
};

namespace {

struct Case
{
    const char *rule;
    bool fires;
    int version;
    QString sql;
};

QString longName(int bytes)
{
    return QString(bytes, u'n');
}

QList<Case> cases()
{
    const QString batchedDo =
        QStringLiteral("DO $$\nDECLARE last_id bigint := 0; max_id bigint;\nBEGIN\n"
                       "  SELECT max(id) INTO max_id FROM orders;\n"
                       "  WHILE last_id < max_id LOOP\n"
                       "    UPDATE orders SET amount_cents = amount * 100 WHERE id > last_id AND "
                       "id <= last_id + 5000;\n"
                       "    last_id := last_id + 5000;\n    COMMIT;\n  END LOOP;\nEND $$;");
    return {
        // adding-required-column
        {"adding-required-column", true, 15, "ALTER TABLE orders ADD COLUMN status text NOT NULL;"},
        {"adding-required-column", true, 15,
         "ALTER TABLE public.orders ADD COLUMN amount_cents bigint NOT NULL CHECK (amount_cents >= "
         "0);"},
        {"adding-required-column", true, 15,
         "ALTER TABLE orders ADD COLUMN a bigint, ADD COLUMN b text NOT NULL;"},
        {"adding-required-column", false, 15,
         "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';"},
        {"adding-required-column", false, 15, "ALTER TABLE orders ADD COLUMN note bigint;"},
        {"adding-required-column", false, 15,
         "CREATE TABLE orders (id bigint); ALTER TABLE orders ADD COLUMN status text NOT NULL;"},
        {"adding-required-column", false, 15,
         "ALTER TABLE orders ADD COLUMN n bigint NOT NULL GENERATED ALWAYS AS IDENTITY;"},
        // volatile-default-rewrite
        {"volatile-default-rewrite", true, 15,
         "ALTER TABLE orders ADD COLUMN r float8 DEFAULT random();"},
        {"volatile-default-rewrite", true, 15,
         "ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();"},
        {"volatile-default-rewrite", true, 15,
         "ALTER TABLE orders ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();"},
        {"volatile-default-rewrite", true, 15,
         "ALTER TABLE orders ADD COLUMN n bigint DEFAULT nextval('orders_n_seq');"},
        {"volatile-default-rewrite", true, 10,
         "ALTER TABLE orders ADD COLUMN status text DEFAULT 'new';"},
        {"volatile-default-rewrite", false, 15,
         "ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT now();"},
        {"volatile-default-rewrite", false, 11,
         "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';"},
        {"volatile-default-rewrite", false, 15,
         "ALTER TABLE orders ADD COLUMN created_at timestamptz DEFAULT CURRENT_TIMESTAMP;"},
        {"volatile-default-rewrite", false, 10,
         "ALTER TABLE orders ADD COLUMN note text DEFAULT NULL;"},
        {"volatile-default-rewrite", false, 15,
         "CREATE TABLE t (id bigint); ALTER TABLE t ADD COLUMN r float8 DEFAULT random();"},
        // set-not-null-scan
        {"set-not-null-scan", true, 15, "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;"},
        {"set-not-null-scan", true, 15,
         "ALTER TABLE orders ADD CONSTRAINT status_nn CHECK (status IS NOT NULL) NOT VALID;\n"
         "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;"},
        {"set-not-null-scan", true, 11,
         "ALTER TABLE orders ADD CONSTRAINT status_nn CHECK (status IS NOT NULL) NOT VALID;\n"
         "ALTER TABLE orders VALIDATE CONSTRAINT status_nn;\n"
         "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;"},
        {"set-not-null-scan", true, 15,
         "ALTER TABLE orders ADD CONSTRAINT other_nn CHECK (other IS NOT NULL);\n"
         "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;"},
        {"set-not-null-scan", true, 18,
         "ALTER TABLE orders ADD CONSTRAINT status_nn NOT NULL status;"},
        {"set-not-null-scan", false, 15,
         "ALTER TABLE orders ADD CONSTRAINT status_nn CHECK (status IS NOT NULL) NOT VALID;\n"
         "ALTER TABLE orders VALIDATE CONSTRAINT status_nn;\n"
         "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;\n"
         "ALTER TABLE orders DROP CONSTRAINT status_nn;"},
        {"set-not-null-scan", false, 15,
         "ALTER TABLE orders ADD CONSTRAINT status_nn CHECK (status IS NOT NULL);\n"
         "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;"},
        {"set-not-null-scan", false, 15,
         "CREATE TABLE t (a int); ALTER TABLE t ALTER COLUMN a SET NOT NULL;"},
        {"set-not-null-scan", false, 18,
         "ALTER TABLE orders ADD CONSTRAINT status_nn NOT NULL status NOT VALID;\n"
         "ALTER TABLE orders VALIDATE CONSTRAINT status_nn;\n"
         "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;"},
        // constraint-missing-not-valid
        {"constraint-missing-not-valid", true, 15,
         "ALTER TABLE orders ADD CONSTRAINT positive CHECK (amount > 0);"},
        {"constraint-missing-not-valid", true, 15,
         "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) "
         "REFERENCES customers (id);"},
        {"constraint-missing-not-valid", true, 15,
         "ALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customers (id);"},
        {"constraint-missing-not-valid", true, 15, "ALTER TABLE orders ADD CHECK (amount > 0);"},
        {"constraint-missing-not-valid", false, 15,
         "ALTER TABLE orders ADD CONSTRAINT positive CHECK (amount > 0) NOT VALID;"},
        {"constraint-missing-not-valid", false, 15,
         "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) "
         "REFERENCES customers (id) NOT VALID;"},
        {"constraint-missing-not-valid", false, 15,
         "ALTER TABLE orders VALIDATE CONSTRAINT positive;"},
        {"constraint-missing-not-valid", false, 15,
         "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);"},
        // concurrent-index-on-partitioned
        {"concurrent-index-on-partitioned", true, 15,
         "CREATE TABLE e (id bigint, d date) PARTITION BY RANGE (d);\n"
         "CREATE INDEX CONCURRENTLY e_id ON e (id);"},
        {"concurrent-index-on-partitioned", false, 15,
         "CREATE TABLE e (id bigint, d date) PARTITION BY RANGE (d);\n"
         "CREATE INDEX e_id ON ONLY e (id);"},
        {"concurrent-index-on-partitioned", false, 15,
         "CREATE INDEX CONCURRENTLY orders_id ON orders (id);"},
        {"concurrent-index-on-partitioned", false, 15,
         "CREATE TABLE e (id bigint, d date) PARTITION BY RANGE (d);\n"
         "CREATE TABLE e_2024 PARTITION OF e FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n"
         "CREATE INDEX CONCURRENTLY e_2024_id ON e_2024 (id);"},
        {"concurrent-index-on-partitioned", true, 15,
         "CREATE TABLE app.e (id bigint, k text) PARTITION BY LIST (k);\n"
         "CREATE UNIQUE INDEX CONCURRENTLY e_id ON app.e (id, k);"},
        {"concurrent-index-on-partitioned", true, 16,
         "CREATE TABLE e (id bigint) PARTITION BY HASH (id);\n"
         "CREATE INDEX CONCURRENTLY IF NOT EXISTS e_id ON e USING btree (id);"},
        // detach-partition-blocking
        {"detach-partition-blocking", true, 14,
         "ALTER TABLE public.events DETACH PARTITION public.events_2020;"},
        {"detach-partition-blocking", true, 17,
         "SET lock_timeout = '2s';\nALTER TABLE events DETACH PARTITION events_2021;"},
        {"detach-partition-blocking", true, 15, "ALTER TABLE events DETACH PARTITION events_2020;"},
        {"detach-partition-blocking", false, 15,
         "ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;"},
        {"detach-partition-blocking", false, 15,
         "CREATE TABLE e (id bigint, d date) PARTITION BY RANGE (d);\n"
         "CREATE TABLE e_1 PARTITION OF e FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n"
         "ALTER TABLE e DETACH PARTITION e_1;"},
        {"detach-partition-blocking", false, 13,
         "ALTER TABLE events DETACH PARTITION events_2020;"},
        // non-concurrent-index
        {"non-concurrent-index", true, 15, "CREATE INDEX orders_status_idx ON orders (status);"},
        {"non-concurrent-index", true, 15, "CREATE UNIQUE INDEX ON orders (code);"},
        {"non-concurrent-index", true, 15, "DROP INDEX orders_status_idx;"},
        {"non-concurrent-index", false, 15,
         "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);"},
        {"non-concurrent-index", false, 15, "DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;"},
        {"non-concurrent-index", false, 15, "CREATE TABLE t (a int); CREATE INDEX t_a ON t (a);"},
        {"non-concurrent-index", false, 15,
         "CREATE TABLE t (a int); CREATE INDEX t_a ON t (a); DROP INDEX t_a;"},
        // concurrent-index-in-transaction
        {"concurrent-index-in-transaction", true, 15,
         "BEGIN; CREATE INDEX CONCURRENTLY i ON orders (a); COMMIT;"},
        {"concurrent-index-in-transaction", true, 15, "BEGIN; DROP INDEX CONCURRENTLY i; COMMIT;"},
        {"concurrent-index-in-transaction", true, 15,
         "START TRANSACTION; REINDEX INDEX CONCURRENTLY i; COMMIT;"},
        {"concurrent-index-in-transaction", false, 15,
         "CREATE INDEX CONCURRENTLY i ON orders (a);"},
        {"concurrent-index-in-transaction", false, 15,
         "BEGIN; SELECT 1; COMMIT; CREATE INDEX CONCURRENTLY i ON orders (a);"},
        {"concurrent-index-in-transaction", false, 15,
         "BEGIN; CREATE INDEX i ON orders (a); COMMIT;"},
        // missing-lock-timeout
        {"missing-lock-timeout", true, 15, "ALTER TABLE orders ADD COLUMN note text;"},
        {"missing-lock-timeout", true, 15,
         "SET lock_timeout = 0; ALTER TABLE orders ADD COLUMN note text;"},
        {"missing-lock-timeout", true, 15,
         "SET LOCAL lock_timeout = '2s'; ALTER TABLE orders ADD COLUMN note text;"},
        {"missing-lock-timeout", true, 15,
         "BEGIN; SET LOCAL lock_timeout = '2s'; COMMIT; ALTER TABLE orders ADD COLUMN note text;"},
        {"missing-lock-timeout", true, 15,
         "SET lock_timeout = '2s'; RESET lock_timeout; CREATE INDEX CONCURRENTLY i ON orders (a);"},
        {"missing-lock-timeout", false, 15,
         "SET lock_timeout = '2s'; ALTER TABLE orders ADD COLUMN note text;"},
        {"missing-lock-timeout", false, 15,
         "BEGIN; SET LOCAL lock_timeout = '2s'; ALTER TABLE orders ADD COLUMN note text; COMMIT;"},
        {"missing-lock-timeout", false, 15,
         "SELECT set_config('lock_timeout', '2s', false); ALTER TABLE orders ADD COLUMN note "
         "text;"},
        {"missing-lock-timeout", false, 15,
         "CREATE TABLE t (a int); ALTER TABLE t ADD COLUMN b int;"},
        {"missing-lock-timeout", false, 15, "UPDATE orders SET a = 1 WHERE id > 1 AND id <= 2;"},
        // column-type-rewrite
        {"column-type-rewrite", true, 15, "ALTER TABLE orders ALTER COLUMN amount TYPE bigint;"},
        {"column-type-rewrite", true, 15,
         "ALTER TABLE orders ALTER COLUMN code TYPE varchar(10) USING code::varchar(10);"},
        {"column-type-rewrite", true, 15,
         "ALTER TABLE orders ADD COLUMN code varchar(40);\nALTER TABLE orders ALTER COLUMN code "
         "TYPE varchar(20);"},
        {"column-type-rewrite", true, 15,
         "ALTER TABLE orders ADD COLUMN price numeric(10,2);\nALTER TABLE orders ALTER COLUMN "
         "price TYPE numeric(12,4);"},
        {"column-type-rewrite", false, 15,
         "ALTER TABLE orders ADD COLUMN code varchar(20);\nALTER TABLE orders ALTER COLUMN code "
         "TYPE varchar(40);"},
        {"column-type-rewrite", false, 15,
         "ALTER TABLE orders ADD COLUMN code varchar(20);\nALTER TABLE orders ALTER COLUMN code "
         "TYPE text;"},
        {"column-type-rewrite", false, 15,
         "ALTER TABLE orders ADD COLUMN price numeric(10,2);\nALTER TABLE orders ALTER COLUMN "
         "price TYPE numeric(14,2);"},
        {"column-type-rewrite", false, 15,
         "CREATE TABLE t (a int); ALTER TABLE t ALTER COLUMN a TYPE bigint;"},
        // unbatched-backfill
        {"unbatched-backfill", true, 15, "UPDATE orders SET amount_cents = amount * 100;"},
        {"unbatched-backfill", true, 15,
         "UPDATE orders SET amount_cents = amount * 100 WHERE amount_cents IS NULL;"},
        {"unbatched-backfill", true, 15, "UPDATE orders SET x = 1 WHERE id > 100;"},
        {"unbatched-backfill", true, 15,
         "UPDATE orders SET x = 1 WHERE id IN (SELECT id FROM orders WHERE x IS NULL);"},
        {"unbatched-backfill", false, 15, "UPDATE orders SET x = 1 WHERE id > $1 AND id <= $2;"},
        {"unbatched-backfill", false, 15,
         "UPDATE orders SET x = 1 WHERE id IN (SELECT id FROM orders WHERE x IS NULL ORDER BY id "
         "LIMIT 1000);"},
        {"unbatched-backfill", false, 15, "UPDATE orders SET x = 1 WHERE id BETWEEN 1 AND 1000;"},
        {"unbatched-backfill", false, 15, "UPDATE orders SET x = 1 WHERE id = $1;"},
        {"unbatched-backfill", false, 15, batchedDo},
        {"unbatched-backfill", false, 15, "CREATE TABLE t (a int); UPDATE t SET a = 1;"},
        {"unbatched-backfill", false, 15,
         "UPDATE orders o SET x = 1 FROM (SELECT id FROM orders WHERE x IS NULL ORDER BY id LIMIT "
         "500) b WHERE o.id = b.id;"},
        // unique-constraint-builds-index
        {"unique-constraint-builds-index", true, 15,
         "ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE (code);"},
        {"unique-constraint-builds-index", true, 15, "ALTER TABLE orders ADD PRIMARY KEY (id);"},
        {"unique-constraint-builds-index", true, 15,
         "ALTER TABLE orders ADD COLUMN code text UNIQUE;"},
        {"unique-constraint-builds-index", false, 15,
         "ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE USING INDEX orders_code_idx;"},
        {"unique-constraint-builds-index", false, 15,
         "ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx;"},
        {"unique-constraint-builds-index", false, 15,
         "CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT u UNIQUE (a);"},
        {"unique-constraint-builds-index", false, 15,
         "CREATE TABLE t (a int UNIQUE, b int PRIMARY KEY);"},
        // prefer-bigint
        {"prefer-bigint", true, 15, "CREATE TABLE t (id int PRIMARY KEY);"},
        {"prefer-bigint", true, 15, "CREATE TABLE t (id serial, customer_id integer);"},
        {"prefer-bigint", true, 15, "ALTER TABLE orders ADD COLUMN line_count smallint;"},
        {"prefer-bigint", false, 15, "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY);"},
        {"prefer-bigint", false, 15, "CREATE TABLE t (quantity int);"},
        {"prefer-bigint", false, 15, "ALTER TABLE orders ADD COLUMN customer_id bigint;"},
        // prefer-timestamptz
        {"prefer-timestamptz", true, 15, "CREATE TABLE t (created_at timestamp);"},
        {"prefer-timestamptz", true, 15,
         "ALTER TABLE orders ADD COLUMN shipped_at timestamp without time zone;"},
        {"prefer-timestamptz", true, 15,
         "ALTER TABLE orders ALTER COLUMN shipped_at TYPE timestamp(3);"},
        {"prefer-timestamptz", false, 15, "CREATE TABLE t (created_at timestamptz);"},
        {"prefer-timestamptz", false, 15,
         "ALTER TABLE orders ADD COLUMN shipped_at timestamp with time zone;"},
        {"prefer-timestamptz", false, 15, "CREATE TABLE t (d date, t time);"},
        // ban-char-type
        {"ban-char-type", true, 15, "CREATE TABLE t (code char(3));"},
        {"ban-char-type", true, 15, "ALTER TABLE orders ADD COLUMN country character(2);"},
        {"ban-char-type", true, 15, "CREATE TABLE t (flag char);"},
        {"ban-char-type", false, 15, "CREATE TABLE t (code varchar(3));"},
        {"ban-char-type", false, 15, "CREATE TABLE t (code text);"},
        {"ban-char-type", false, 15, "CREATE TABLE t (c \"char\");"},
        // prefer-jsonb
        {"prefer-jsonb", true, 15, "CREATE TABLE t (payload json);"},
        {"prefer-jsonb", true, 15, "ALTER TABLE orders ADD COLUMN meta json;"},
        {"prefer-jsonb", true, 15, "CREATE TABLE t (items json[]);"},
        {"prefer-jsonb", false, 15, "CREATE TABLE t (payload jsonb);"},
        {"prefer-jsonb", false, 15, "ALTER TABLE orders ADD COLUMN meta jsonb DEFAULT '{}';"},
        {"prefer-jsonb", false, 15, "SELECT '{}'::json;"},
        // identifier-too-long
        {"identifier-too-long", true, 15,
         QStringLiteral("CREATE TABLE t (%1 int);").arg(longName(64))},
        {"identifier-too-long", true, 15,
         QStringLiteral("ALTER TABLE orders ADD COLUMN \"%1\" text;").arg(longName(70))},
        {"identifier-too-long", true, 15,
         QStringLiteral("CREATE INDEX CONCURRENTLY %1 ON orders (a);").arg(longName(64))},
        {"identifier-too-long", false, 15,
         QStringLiteral("CREATE TABLE t (%1 int);").arg(longName(63))},
        {"identifier-too-long", false, 15, "CREATE TABLE t (amount_cents bigint);"},
        {"identifier-too-long", false, 15, QStringLiteral("SELECT '%1';").arg(longName(100))},
        // vague-column-name
        {"vague-column-name", true, 15, "CREATE TABLE t (data jsonb);"},
        {"vague-column-name", true, 15, "ALTER TABLE orders ADD COLUMN info text;"},
        {"vague-column-name", true, 15, "ALTER TABLE orders ADD COLUMN misc text;"},
        {"vague-column-name", false, 15, "ALTER TABLE orders ADD COLUMN shipping_note text;"},
        {"vague-column-name", false, 15, "CREATE TABLE t (payload jsonb);"},
        {"vague-column-name", false, 15, "SELECT data FROM t;"},
        // reserved-word-identifier
        {"reserved-word-identifier", true, 15, "ALTER TABLE orders ADD COLUMN \"order\" bigint;"},
        {"reserved-word-identifier", true, 15, "CREATE TABLE \"user\" (id bigint);"},
        {"reserved-word-identifier", true, 15, "CREATE TABLE t (\"select\" text);"},
        {"reserved-word-identifier", false, 15, "CREATE TABLE t (order_no text);"},
        {"reserved-word-identifier", false, 15, "CREATE TABLE users (id bigint);"},
        {"reserved-word-identifier", false, 15, "ALTER TABLE orders ADD COLUMN status text;"},
        // drop-column
        {"drop-column", true, 15, "ALTER TABLE orders DROP COLUMN note;"},
        {"drop-column", true, 15, "ALTER TABLE orders DROP COLUMN IF EXISTS note;"},
        {"drop-column", true, 15, "ALTER TABLE orders ADD COLUMN a bigint, DROP COLUMN note;"},
        {"drop-column", false, 15, "ALTER TABLE orders ADD COLUMN note text;"},
        {"drop-column", false, 15, "CREATE TABLE t (a int, b int); ALTER TABLE t DROP COLUMN b;"},
        {"drop-column", false, 15, "ALTER TABLE orders DROP CONSTRAINT c;"},
        // rename-column
        {"rename-column", true, 15, "ALTER TABLE orders RENAME COLUMN note TO remark;"},
        {"rename-column", true, 15, "ALTER TABLE orders RENAME note TO remark;"},
        {"rename-column", true, 15, "ALTER TABLE public.orders RENAME COLUMN a TO b;"},
        {"rename-column", false, 15, "CREATE TABLE t (a int); ALTER TABLE t RENAME COLUMN a TO b;"},
        {"rename-column", false, 15, "ALTER TABLE orders RENAME TO orders_old;"},
        {"rename-column", false, 15, "ALTER TABLE orders RENAME CONSTRAINT c TO d;"},
        // rename-table
        {"rename-table", true, 15, "ALTER TABLE orders RENAME TO orders_old;"},
        {"rename-table", true, 15, "ALTER TABLE IF EXISTS public.orders RENAME TO purchases;"},
        {"rename-table", true, 15, "ALTER TABLE customers RENAME TO clients;"},
        {"rename-table", false, 15, "CREATE TABLE t (a int); ALTER TABLE t RENAME TO t2;"},
        {"rename-table", false, 15, "ALTER TABLE orders RENAME COLUMN a TO b;"},
        {"rename-table", false, 15, "ALTER INDEX orders_idx RENAME TO orders_idx2;"},
        // identity-or-serial-rewrite
        {"identity-or-serial-rewrite", true, 15, "ALTER TABLE orders ADD COLUMN seq bigserial;"},
        {"identity-or-serial-rewrite", true, 15, "ALTER TABLE orders ADD COLUMN n serial;"},
        {"identity-or-serial-rewrite", true, 15,
         "ALTER TABLE orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;"},
        {"identity-or-serial-rewrite", false, 15, "ALTER TABLE orders ADD COLUMN n bigint;"},
        {"identity-or-serial-rewrite", false, 15,
         "CREATE TABLE t (id bigserial); ALTER TABLE t ADD COLUMN n bigserial;"},
        {"identity-or-serial-rewrite", false, 15,
         "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY);"},
        // stored-generated-column-rewrite
        {"stored-generated-column-rewrite", true, 15,
         "ALTER TABLE orders ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED;"},
        {"stored-generated-column-rewrite", true, 15,
         "ALTER TABLE orders ADD COLUMN email_lower text GENERATED ALWAYS AS (lower(email)) "
         "STORED;"},
        {"stored-generated-column-rewrite", true, 15,
         "ALTER TABLE orders ADD COLUMN a bigint, ADD COLUMN b bigint GENERATED ALWAYS AS (a * 2) "
         "STORED;"},
        {"stored-generated-column-rewrite", false, 15,
         "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);"},
        {"stored-generated-column-rewrite", false, 15,
         "ALTER TABLE orders ADD COLUMN total numeric;"},
        {"stored-generated-column-rewrite", false, 15,
         "CREATE TABLE t (a int); ALTER TABLE t ADD COLUMN b int GENERATED ALWAYS AS (a) STORED;"},
        // transaction-nesting
        {"transaction-nesting", true, 15, "BEGIN; BEGIN; COMMIT;"},
        {"transaction-nesting", true, 15, "COMMIT;"},
        {"transaction-nesting", true, 15, "BEGIN; COMMIT; ROLLBACK;"},
        {"transaction-nesting", false, 15, "BEGIN; SELECT 1; COMMIT;"},
        {"transaction-nesting", false, 15, "BEGIN; SAVEPOINT s; RELEASE SAVEPOINT s; COMMIT;"},
        {"transaction-nesting", false, 15, "START TRANSACTION; COMMIT; BEGIN; ROLLBACK;"},
        // syntax-error
        {"syntax-error", true, 15, "ALTER TABLE orders ADD COLUM x int;"},
        {"syntax-error", true, 15, "SELEC 1;"},
        {"syntax-error", true, 15, "CREATE TABLE t (a int,);"},
        {"syntax-error", true, 15,
         "ALTER TABLE orders ADD CONSTRAINT status_nn NOT NULL status NOT VALID;"},
        {"syntax-error", false, 15, "SELECT 1;"},
        {"syntax-error", false, 18,
         "ALTER TABLE orders ADD CONSTRAINT status_nn NOT NULL status NOT VALID;"},
        {"syntax-error", false, 15, "CREATE TABLE t (a int);"},
        {"syntax-error", false, 15, "-- nothing but a comment\n"},
        // statement-too-complex (issue 21: these crashed lint with SIGSEGV)
        {"statement-too-complex", true, 15,
         QStringLiteral("SELECT 1") + QStringLiteral(" + 1").repeated(10000) + u';'},
        {"statement-too-complex", true, 15,
         QStringLiteral("ALTER TABLE t ADD COLUMN c text DEFAULT '0'") +
             QStringLiteral("::text").repeated(5000) + u';'},
        {"statement-too-complex", true, 15,
         QStringLiteral("SELECT ") + QStringLiteral("(").repeated(1001) + u'1' +
             QStringLiteral(")").repeated(1001) + u';'},
        {"statement-too-complex", false, 15,
         QStringLiteral("SELECT 1") + QStringLiteral(" + 1").repeated(900) + u';'},
        {"statement-too-complex", false, 15,
         QStringLiteral("SELECT 1 WHERE ") + QStringLiteral("id = 1 OR ").repeated(5000) +
             QStringLiteral("id = 0;")},
        {"statement-too-complex", false, 15,
         QStringLiteral("INSERT INTO t VALUES ") + QStringLiteral("(1 + 1), ").repeated(5000) +
             QStringLiteral("(1);")},
    };
}

} // namespace

void TestReviewRules::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("sql");
    QHash<QString, int> counter;
    for (const Case &c : cases()) {
        const QString rule = QString::fromLatin1(c.rule);
        const int n = ++counter[rule + (c.fires ? u'+' : u'-')];
        const QByteArray name =
            QStringLiteral("%1 %2%3")
                .arg(rule, c.fires ? QStringLiteral("fires") : QStringLiteral("silent"))
                .arg(n)
                .toUtf8();
        QTest::newRow(name.constData()) << rule << c.fires << c.version << c.sql;
    }
}

void TestReviewRules::rules()
{
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    QFETCH(int, version);
    QFETCH(QString, sql);
    ReviewOptions options;
    options.serverVersion = version;
    const ReviewResult result = Reviewer::review(sql, options);
    QStringList found;
    for (const Finding &finding : result.findings)
        found << finding.rule;
    if (found.contains(rule) != fires)
        qWarning().noquote() << "findings:" << found.join(u", ");
    QCOMPARE(found.contains(rule), fires);
}

void TestReviewRules::everyRuleIsCovered()
{
    QHash<QString, int> positive, negative;
    for (const Case &c : cases())
        (c.fires ? positive : negative)[QString::fromLatin1(c.rule)]++;
    for (const RuleInfo &rule : RuleCatalog::all()) {
        if (rule.id == u"statement-too-large")
            continue; // needs a 16 MB statement: covered by tst_reviewparser
        QVERIFY2(positive.value(rule.id) >= 3, qPrintable(rule.id));
        QVERIFY2(negative.value(rule.id) >= 3, qPrintable(rule.id));
    }
}

void TestReviewRules::findingsCarryMessageAndHint()
{
    const ReviewResult result = Reviewer::review(
        QStringLiteral("ALTER TABLE orders ADD COLUMN status text NOT NULL;\nCREATE INDEX i ON "
                       "orders (status);\nUPDATE orders SET a = 1;"));
    QVERIFY(result.findings.size() >= 4);
    for (const Finding &finding : result.findings) {
        QVERIFY2(!finding.message.isEmpty(), qPrintable(finding.rule));
        QVERIFY2(!finding.hint.isEmpty(), qPrintable(finding.rule));
        QVERIFY(RuleCatalog::find(finding.rule));
        QVERIFY(finding.line >= 1 && finding.column >= 1 && finding.statement >= 1);
    }
}

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
