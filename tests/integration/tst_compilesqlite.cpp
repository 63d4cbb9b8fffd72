// Every generated SQLite script is executed on a real copy of the demo database (200,000
// orders, indexes, a trigger, views, a child table with a foreign key): each phase in turn, the
// final catalog is checked, and each phase's rollback restores the catalog it started from.
// Covers every preset, every sample plan, and the 12-step table rebuild.

#include "base/catalogjson.h"
#include "db/dberror.h"
#include "db/session.h"
#include "db/sqlitecatalogreader.h"
#include "demo/demodatabase.h"
#include "plan/planfile.h"
#include "plan/presets.h"
#include "review/expressionchecker.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"
#include "sql/sqlitedialect.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue stripVolatile(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out << stripVolatile(item);
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        static const QStringList drop = {"row_estimate", "row_estimate_source", "total_bytes",
                                         "table_bytes",  "size_bytes",          "size_source"};
        if (!drop.contains(it.key()))
            out.insert(it.key(), stripVolatile(it.value()));
    }
    return out;
}

// The catalog without sizes and estimates, plus the text of every index, trigger and view (the
// rebuild must recreate them verbatim).
QString schemaOf(Session &session)
{
    const Catalog catalog = session.catalog();
    QString text = QString::fromUtf8(QJsonDocument(stripVolatile(catalogToJson(catalog)).toObject())
                                         .toJson(QJsonDocument::Indented));
    QStringList objects; // by name: the rebuild recreates them, so their rowid order changes
    for (const SqliteSchemaObject &object : readSqliteSchema(session))
        if (object.type != u"table")
            objects << QStringLiteral("%1 %2 on %3: %4")
                           .arg(object.type, object.name, object.tableName, object.sql);
    objects.sort();
    return text + objects.join(u'\n');
}

QString firstDifference(const QString &now, const QString &expected)
{
    const QStringList a = now.split(u'\n');
    const QStringList b = expected.split(u'\n');
    for (int i = 0; i < qMax(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            return QStringLiteral("line %1: got \"%2\", expected \"%3\"")
                .arg(i + 1)
                .arg(a.value(i).trimmed(), b.value(i).trimmed());
    return {};
}

QString runStatements(Session &session, const QList<Statement> &statements)
{
    for (const Statement &statement : statements) {
        if (statement.kind == Statement::Comment)
            continue;
        try {
            if (statement.kind == Statement::BatchRepeat) {
                int batches = 0;
                while (session.execute(statement.sql).affectedRows > 0)
                    if (++batches > 10000)
                        return QStringLiteral("batch never reached 0 rows: ") + statement.sql;
                continue;
            }
            const QueryResult result = session.execute(statement.sql);
            if (statement.kind == Statement::Check &&
                result.value(0, 0).toString() != statement.expect)
                return QStringLiteral("%1: got %2, expected %3")
                    .arg(statement.purpose, result.value(0, 0).toString(), statement.expect);
        } catch (const DbError &error) {
            return QStringLiteral("%1\n  in: %2").arg(error.message(), statement.sql.left(400));
        }
    }
    return {};
}

QString scalar(Session &session, const QString &sql)
{
    return session.execute(sql).value(0, 0).toString();
}

Plan sqlitePlan(const QString &name, const QString &type, bool nullable)
{
    Plan plan;
    plan.dialect = DialectKind::SQLite;
    plan.table = QStringLiteral("orders");
    plan.column.name = name;
    plan.column.type = type;
    plan.column.nullable = nullable;
    plan.backfill.maxBatchRows = 25000;
    return plan;
}

} // namespace

Q_DECLARE_METATYPE(Plan)

class TestCompileSqlite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void executesEveryPhase_data();
    void executesEveryPhase();
    void rewritesCreateTable_data();
    void rewritesCreateTable();
    void affinity_data();
    void affinity();

private:
    QString
        m_master; // the demo database plus a WITHOUT ROWID child table, never modified by a test
    int m_copies = 0;
};

void TestCompileSqlite::initTestCase()
{
    m_master = DemoDatabase::ensure(testsupport::tempPath(QStringLiteral("demo-master.db")));
    auto session = Session::create(ConnectionUri::parse(DemoDatabase::uriFor(m_master)));
    session->open();
    // A child table that references orders (the rebuild must leave its foreign key intact) and
    // a WITHOUT ROWID table with a composite key (batched by its key, not by rowid).
    session->execute(QStringLiteral("CREATE TABLE order_tags (order_id INTEGER NOT NULL REFERENCES "
                                    "orders (id), tag TEXT NOT NULL, "
                                    "PRIMARY KEY (order_id, tag)) WITHOUT ROWID"));
    session->execute(QStringLiteral("INSERT INTO order_tags SELECT id, CASE WHEN id % 3 = 0 THEN "
                                    "'vip' ELSE 'web' END FROM orders WHERE id <= 30000"));
    session->execute(QStringLiteral(
        "INSERT INTO order_tags SELECT id, 'promo' FROM orders WHERE id <= 30000 AND id % 5 = 0"));
    session->execute(QStringLiteral("CREATE INDEX order_tags_tag_idx ON order_tags (tag)"));
    session->close();
}

void TestCompileSqlite::executesEveryPhase_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<bool>("rebuild"); // the enforce phase rebuilds the table

    // Every preset as the designer fills it for SQLite.
    for (const ColumnPreset &preset : Presets::all()) {
        PresetChoices choices;
        if (preset.id == u"reference") { // orders already has customer_id
            choices.columnName = QStringLiteral("referrer_id");
            choices.referencedTable = QStringLiteral("customers");
        }
        Plan plan =
            Presets::plan(preset.id, DialectKind::SQLite, {}, QStringLiteral("orders"), choices);
        plan.backfill.maxBatchRows = 25000;
        QTest::addRow("preset %s", qPrintable(preset.id)) << plan << false;
    }

    // Every sample plan, written for PostgreSQL, compiled for SQLite.
    const QDir samples(QStringLiteral(COLUMN_PLANNER_SOURCE_DIR "/resources/plans"));
    for (const QString &file :
         samples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Plan plan = PlanFile::load(samples.filePath(file));
        plan.dialect = DialectKind::SQLite;
        plan.serverVersion.clear();
        const bool rebuild = !plan.column.nullable && plan.column.backfill;
        QTest::addRow("sample %s", qPrintable(file)) << plan << rebuild;
    }

    Plan day = sqlitePlan(QStringLiteral("order_day"), QStringLiteral("TEXT"), false);
    day.column.defaultExpr = QStringLiteral("date('now')");
    day.column.backfill = QStringLiteral("substr(ordered_at, 1, 10)");
    day.column.check =
        QStringLiteral("order_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'");
    QTest::newRow("NOT NULL, non-constant default, backfill, check") << day << true;

    Plan stamp = sqlitePlan(QStringLiteral("imported_at"), QStringLiteral("TEXT"), true);
    stamp.column.defaultExpr = QStringLiteral("datetime('now')");
    QTest::newRow("nullable, non-constant default filled by backfill") << stamp << true;

    Plan code = sqlitePlan(QStringLiteral("order_code"), QStringLiteral("TEXT"), false);
    code.column.backfill = QStringLiteral("printf('ORD-%06d', id)");
    code.column.check = QStringLiteral("length(order_code) = 10");
    code.column.index = IndexSpec{QStringLiteral("btree"), true};
    QTest::newRow("NOT NULL backfill only, check, unique index") << code << true;

    Plan product =
        sqlitePlan(QStringLiteral("bundle_product_id"), QStringLiteral("INTEGER"), false);
    product.column.defaultExpr = QStringLiteral("1");
    product.column.references =
        ReferenceSpec{QStringLiteral("products"), QStringLiteral("id"), QStringLiteral("restrict")};
    product.column.index = IndexSpec{};
    QTest::newRow("foreign key with a non-NULL default, index") << product << true;

    Plan gift = sqlitePlan(QStringLiteral("gift_product_id"), QStringLiteral("INTEGER"), true);
    gift.column.backfill = QStringLiteral("CASE WHEN note = 'gift wrap' THEN product_id END");
    gift.column.references =
        ReferenceSpec{QStringLiteral("products"), QStringLiteral("id"), QStringLiteral("set null")};
    QTest::newRow("nullable foreign key, partial backfill (rollback rebuilds)") << gift << false;

    Plan token = sqlitePlan(QStringLiteral("public_token"), QStringLiteral("TEXT"), false);
    token.column.defaultExpr = QStringLiteral("lower(hex(randomblob(8)))");
    token.column.index = IndexSpec{QStringLiteral("btree"), true};
    QTest::newRow("volatile default per row, NOT NULL, unique") << token << true;

    Plan priority = sqlitePlan(QStringLiteral("priority"), QStringLiteral("INTEGER"), true);
    priority.column.defaultExpr = QStringLiteral("0");
    priority.column.backfill = QStringLiteral("CASE WHEN status = 'paid' THEN 1 ELSE 0 END");
    priority.column.check = QStringLiteral("priority BETWEEN 0 AND 9");
    QTest::newRow("constant default and backfill, nullable, check") << priority << true;

    Plan old = sqlitePlan(QStringLiteral("courier_note"), QStringLiteral("TEXT"), true);
    old.serverVersion = QStringLiteral("3.34.1");
    old.column.backfill =
        QStringLiteral("CASE WHEN shipped_at IS NOT NULL THEN 'shipped ' || shipped_at END");
    old.column.index = IndexSpec{};
    QTest::newRow("SQLite 3.34: no DROP COLUMN, the rollback rebuilds") << old << false;

    Plan weight = sqlitePlan(QStringLiteral("weight"), QStringLiteral("INTEGER"), false);
    weight.table = QStringLiteral("order_tags");
    weight.column.defaultExpr = QStringLiteral("1");
    weight.column.backfill = QStringLiteral("length(tag)");
    weight.column.check = QStringLiteral("weight > 0");
    weight.backfill.maxBatchRows = 7000;
    QTest::newRow("WITHOUT ROWID, composite key, rebuild") << weight << true;
}

void TestCompileSqlite::executesEveryPhase()
{
    QFETCH(Plan, plan);
    QFETCH(bool, rebuild);

    const QString path = testsupport::tempPath(QStringLiteral("demo-%1.db").arg(++m_copies));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_master, path));
    auto session = Session::create(ConnectionUri::parse(DemoDatabase::uriFor(path)));
    session->open();

    const Catalog catalog = session->catalog();
    CompileOptions options;
    options.catalog = &catalog;
    options.sqliteSchema = readSqliteSchema(*session);
    CompileContext ctx;
    try {
        ctx = Compiler::prepare(plan, options);
    } catch (const CompileError &error) {
        QFAIL(qPrintable(error.message()));
    }
    ExpressionChecker checker(*session);
    const QStringList problems = checker.checkPlan(ctx);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    Script script;
    try {
        script = Compiler::compile(plan, options);
    } catch (const CompileError &error) {
        QFAIL(qPrintable(error.message()));
    }
    const QString text = ScriptRenderer::render(script);
    QCOMPARE(ScriptRenderer::render(script, {QStringLiteral("enforce")})
                 .contains(QStringLiteral("cp_new_")),
             rebuild);

    const QString table = plan.table;
    const QString rows =
        scalar(*session, QStringLiteral("SELECT count(*) FROM %1").arg(ctx.qTable));
    QStringList before;
    for (const Phase &phase : script.phases) {
        before << schemaOf(*session);
        const QString failure = runStatements(*session, phase.statements);
        QVERIFY2(failure.isEmpty(),
                 qPrintable(QStringLiteral("phase %1: %2\n%3").arg(phase.name, failure, text)));
    }

    // The final state is what the plan asked for.
    const Catalog after = session->catalog();
    const TableInfo *info = after.table(QStringLiteral("main"), table);
    QVERIFY(info);
    const ColumnInfo *column = info->column(plan.column.name);
    QVERIFY2(column, qPrintable(text));
    QCOMPARE(column->type.toLower(), ctx.typeSql.toLower());
    QCOMPARE(column->nullable, plan.column.nullable);
    QCOMPARE(column->defaultExpr.isEmpty(), !plan.column.defaultExpr.has_value());
    QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM %1").arg(ctx.qTable)), rows);
    QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
             QStringLiteral("0"));
    QCOMPARE(scalar(*session, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    if (ctx.fill)
        QCOMPARE(
            scalar(*session,
                   QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL AND (%3) IS NOT NULL")
                       .arg(ctx.qTable, ctx.qColumn, *ctx.fill)),
            QStringLiteral("0"));
    if (!plan.column.nullable)
        QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL")
                                      .arg(ctx.qTable, ctx.qColumn)),
                 QStringLiteral("0"));
    const QString tableSql =
        scalar(*session,
               QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                   .arg(table));
    if (plan.column.check)
        QVERIFY2(tableSql.contains(*plan.column.check), qPrintable(tableSql));
    if (plan.column.references)
        QVERIFY2(tableSql.contains(QStringLiteral("REFERENCES ") + ctx.qReferencedTable),
                 qPrintable(tableSql));
    // Every index, trigger and view of the table is still there (the rebuild recreated them),
    // plus the plan's index; views still answer.
    for (const SqliteSchemaObject &object : options.sqliteSchema)
        if (object.type != u"table")
            QVERIFY2(
                scalar(*session,
                       QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = '%1' AND "
                                      "name = '%2' AND sql IS %3")
                           .arg(object.type, object.name,
                                object.sql.isEmpty()
                                    ? QStringLiteral("NULL")
                                    : u'\'' +
                                          QString(object.sql).replace(u'\'', QStringLiteral("''")) +
                                          u'\'')) == u"1",
                qPrintable(object.name));
    if (plan.column.index) {
        const auto index =
            std::find_if(info->indexes.begin(), info->indexes.end(),
                         [&](const IndexInfo &i) { return i.name == ctx.indexName; });
        QVERIFY(index != info->indexes.end());
        QCOMPARE(index->unique, plan.column.index->unique);
        QCOMPARE(index->columns, QStringList{plan.column.name});
    }
    QVERIFY(!scalar(*session, QStringLiteral("SELECT count(*) FROM open_orders")).isEmpty());
    // The trigger still fires.
    session->execute(QStringLiteral("UPDATE orders SET status = 'paid' WHERE id = 2"));
    QVERIFY(
        !scalar(*session, QStringLiteral("SELECT updated_at FROM orders WHERE id = 2")).isEmpty());
    session->execute(QStringLiteral("UPDATE orders SET updated_at = NULL, status = (SELECT status "
                                    "FROM orders WHERE id = 2) WHERE id = 2"));

    // Each rollback, newest phase first, restores the catalog its phase started from.
    for (int i = int(script.phases.size()) - 1; i >= 0; --i) {
        const QString failure = runStatements(*session, script.phases.at(i).rollback);
        QVERIFY2(failure.isEmpty(),
                 qPrintable(
                     QStringLiteral("rollback of %1: %2").arg(script.phases.at(i).name, failure)));
        const QString now = schemaOf(*session);
        QVERIFY2(now == before.at(i), qPrintable(QStringLiteral("rollback of %1 differs: %2")
                                                     .arg(script.phases.at(i).name,
                                                          firstDifference(now, before.at(i)))));
    }
    QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM %1").arg(ctx.qTable)), rows);
    QCOMPARE(scalar(*session, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
             QStringLiteral("0"));
    QCOMPARE(scalar(*session, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    session->close();
    QFile::remove(path);
}

void TestCompileSqlite::rewritesCreateTable_data()
{
    QTest::addColumn<QString>("create");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain")
        << "CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT)"
        << "\"c\" INTEGER"
        << "CREATE TABLE \"cp_new_t\" (a INTEGER PRIMARY KEY, b TEXT, \"c\" INTEGER)";
    QTest::newRow("before table constraints")
        << "CREATE TABLE \"t\" (a INT, b INT, PRIMARY KEY (a, b), CHECK (a > 0)) WITHOUT ROWID"
        << "\"c\" INT"
        << "CREATE TABLE \"cp_new_t\" (a INT, b INT, \"c\" INT, PRIMARY KEY (a, b), CHECK (a > 0)) "
           "WITHOUT ROWID";
    QTest::newRow("commas inside parentheses")
        << "CREATE TABLE t (a NUMERIC(10, 2) CHECK (a IN (1, 2)), CONSTRAINT k UNIQUE (a))"
        << "c"
        << "CREATE TABLE \"cp_new_t\" (a NUMERIC(10, 2) CHECK (a IN (1, 2)), c, CONSTRAINT k "
           "UNIQUE (a))";
    QTest::newRow("unchanged columns") << "CREATE TABLE IF NOT EXISTS main.t (a)"
                                       << ""
                                       << "CREATE TABLE IF NOT EXISTS \"cp_new_t\" (a)";
    QTest::newRow("trailing comment")
        << "CREATE TABLE t (a TEXT -- note, with comma\n)"
        << "b"
        << "CREATE TABLE \"cp_new_t\" (a TEXT, b -- note, with comma\n)";
    QTest::newRow("comment before constraint")
        << "CREATE TABLE t (a TEXT, /* keys */ PRIMARY KEY (a))"
        << "b"
        << "CREATE TABLE \"cp_new_t\" (a TEXT, /* keys */ b, PRIMARY KEY (a))";
}

void TestCompileSqlite::rewritesCreateTable()
{
    QFETCH(QString, create);
    QFETCH(QString, definition);
    QFETCH(QString, expected);
    QString newName = QStringLiteral("cp_new_t");
    QCOMPARE(SqliteDialect::rewriteCreateTable(create, newName, definition), expected);
}

void TestCompileSqlite::affinity_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bigint") << "bigint"
                            << "INTEGER";
    QTest::newRow("varchar") << "varchar(20)"
                             << "TEXT";
    QTest::newRow("empty") << ""
                           << "BLOB";
    QTest::newRow("double") << "DOUBLE PRECISION"
                            << "REAL";
    QTest::newRow("jsonb") << "jsonb"
                           << "NUMERIC";
    QTest::newRow("timestamptz") << "timestamptz"
                                 << "NUMERIC";
    QTest::newRow("point has INT") << "point"
                                   << "INTEGER";
}

void TestCompileSqlite::affinity()
{
    QFETCH(QString, type);
    QFETCH(QString, expected);
    QCOMPARE(SqliteDialect::affinity(type), expected);
}

QTEST_GUILESS_MAIN(TestCompileSqlite)
#include "tst_compilesqlite.moc"
