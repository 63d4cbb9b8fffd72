// Plan files: load, every validation error names its JSON path in one line, unknown keys survive.

#include "plan/planfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestPlanFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsSample();
    void errors_data();
    void errors();
    void keepsUnknownKeys();
    void hostileText_data();
    void hostileText();
    void strictNumbers_data();
    void strictNumbers();
    void limitsAreLinear_data();
    void limitsAreLinear();
    void refusesHugeFile();
};

static QByteArray sample()
{
    QFile file(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void TestPlanFile::loadsSample()
{
    const Plan plan =
        PlanFile::load(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json"));
    QCOMPARE(plan.table, QStringLiteral("orders"));
    QCOMPARE(plan.column.name, QStringLiteral("amount_cents"));
    QCOMPARE(plan.column.nullable, false);
    QCOMPARE(*plan.column.backfill, QStringLiteral("(amount * 100)::bigint"));
    QVERIFY(plan.column.index.has_value());
    QCOMPARE(plan.backfill.maxBatchRows, 50000);
    QCOMPARE(plan.checks.size(), 1);
}

void TestPlanFile::errors_data()
{
    QTest::addColumn<QString>("path");  // JSON pointer-ish path to change, "" = remove
    QTest::addColumn<QString>("value"); // JSON value, empty = remove the key
    QTest::addColumn<QString>("message");
    QTest::newRow("nullable missing")
        << "column.nullable"
        << ""
        << "plan.json: $.column.nullable: required, choose true or false (no silent default)";
    QTest::newRow("nullable string")
        << "column.nullable"
        << "\"no\""
        << "plan.json: $.column.nullable: must be true or false, not a string";
    QTest::newRow("format") << "format"
                            << "\"other@2\""
                            << "plan.json: $.format: unsupported format \"other@2\", expected "
                               "\"column-planner/plan@1\"";
    QTest::newRow("dialect") << "target.dialect"
                             << "\"oracle\""
                             << "plan.json: $.target.dialect: unknown dialect \"oracle\", choose "
                                "postgresql, sqlite, mysql or mariadb";
    QTest::newRow("table name") << "table.name"
                                << ""
                                << "plan.json: $.table.name: required, a string";
    QTest::newRow("type empty") << "column.type"
                                << "\"\""
                                << "plan.json: $.column.type: must not be empty";
    QTest::newRow("index method")
        << "column.index"
        << "{\"method\":\"rtree\"}"
        << "plan.json: $.column.index.method: must be one of btree, hash, gin, gist, brin";
    QTest::newRow("enum dup") << "column.enum_values"
                              << "[\"a\",\"a\"]"
                              << "plan.json: $.column.enum_values[1]: duplicate value \"a\"";
    QTest::newRow("batch rows")
        << "backfill.max_batch_rows"
        << "0"
        << "plan.json: $.backfill.max_batch_rows: must be at least 1 (got 0)";
    QTest::newRow("batch rows 1e118")
        << "backfill.max_batch_rows"
        << "1e118"
        << "plan.json: $.backfill.max_batch_rows: must be at least 1 (got 1e+118)";
    QTest::newRow("sync trigger type")
        << "backfill.sync_trigger"
        << "\"yes\""
        << "plan.json: $.backfill.sync_trigger: must be true or false, not a string";
    QTest::newRow("override phase") << "overrides"
                                    << "{\"cleanup\":\"SELECT 1\"}"
                                    << "plan.json: $.overrides.cleanup: unknown phase, choose "
                                       "expand, backfill, enforce, verify";
    QTest::newRow("check expect") << "checks"
                                  << "[{\"name\":\"n\",\"sql\":\"SELECT 1\"}]"
                                  << "plan.json: $.checks[0].expect: required, the value the query "
                                     "must return (string or number)";
    // Issue 21: hostile text is refused with one line, control characters echoed escaped.
    QTest::newRow("title newline")
        << "title"
        << "\"t\\nDROP TABLE pwned;\\n--\""
        << "plan.json: $.title: \"t\\nDROP TABLE pwned;\\n--\" holds a control character (\\n at "
           "character 2); write it on one line of printable text";
    QTest::newRow("title too long")
        << "title" << QStringLiteral("\"%1\"").arg(QString(201, u't'))
        << QStringLiteral("plan.json: $.title: \"%1…\" is 201 characters long; at most 200")
               .arg(QString(40, u't'));
    QTest::newRow("schema CR")
        << "table.schema"
        << "\"public\\r\""
        << "plan.json: $.table.schema: \"public\\r\" holds a control character (\\r at character "
           "7); write it on one line of printable text";
    QTest::newRow("schema U+2028")
        << "table.schema"
        << "\"a\\u2028b\""
        << "plan.json: $.table.schema: \"a\\u2028b\" holds a control character (\\u2028 at "
           "character 2); write it on one line of printable text";
    QTest::newRow("schema too long")
        << "table.schema" << QStringLiteral("\"%1\"").arg(QString(64, u's'))
        << QStringLiteral("plan.json: $.table.schema: \"%1…\" is 64 bytes; PostgreSQL names are at "
                          "most 63 bytes")
               .arg(QString(40, u's'));
    QTest::newRow("table multibyte")
        << "table.name" << QStringLiteral("\"%1\"").arg(QString(32, QChar(0xe9)))
        << QStringLiteral(
               "plan.json: $.table.name: \"%1\" is 64 bytes; PostgreSQL names are at most 63 bytes")
               .arg(QString(32, QChar(0xe9)));
    QTest::newRow("column name newlines")
        << "column.name"
        << "\"a\\nb\\nc\\nd\\ne\\nf\""
        << "plan.json: $.column.name: \"a\\nb\\nc\\nd\\ne\\nf\" holds a control character (\\n at "
           "character 2); write it on one line of printable text";
    QTest::newRow("comment NUL")
        << "column.comment"
        << "\"a\\u0000b\""
        << "plan.json: $.column.comment: \"a\\0b\" holds a control character (\\0 at character 2); "
           "write it on one line of printable text";
    QTest::newRow("key part newline")
        << "table.primary_key"
        << "[\"id\", \"x\\ny\"]"
        << "plan.json: $.table.primary_key[1]: \"x\\ny\" holds a control character (\\n at "
           "character 2); write it on one line of printable text";
    QTest::newRow("key duplicate") << "table.primary_key"
                                   << "[\"id\", \"id\"]"
                                   << "plan.json: $.table.primary_key[1]: duplicate column \"id\"";
    QTest::newRow("key of 33") << "table.primary_key" << QStringLiteral("[%1\"k32\"]").arg([] {
        QString s;
        for (int i = 0; i < 32; ++i)
            s += QStringLiteral("\"k%1\",").arg(i);
        return s;
    }())
                               << "plan.json: $.table.primary_key: has 33 columns; a key has at "
                                  "most 32 (PostgreSQL's INDEX_MAX_KEYS)";
    QTest::newRow("label too long")
        << "column.enum_values" << QStringLiteral("[\"a\", \"%1\"]").arg(QString(64, u'l'))
        << QStringLiteral("plan.json: $.column.enum_values[1]: \"%1…\" is 64 bytes; an enum label "
                          "is at most 63 bytes (PostgreSQL's limit)")
               .arg(QString(40, u'l'));
    QTest::newRow("label newline")
        << "column.enum_values"
        << "[\"a\\n\"]"
        << "plan.json: $.column.enum_values[0]: \"a\\n\" holds a control character (\\n at "
           "character 2); write it on one line of printable text";
    QTest::newRow("reference table")
        << "column.references"
        << "{\"table\":\"public.cust\\nomers\"}"
        << "plan.json: $.column.references.table: \"cust\\nomers\" holds a control character (\\n "
           "at character 5); write it on one line of printable text";
    QTest::newRow("check name")
        << "checks"
        << "[{\"name\":\"n\\r\\n\",\"sql\":\"SELECT 1\",\"expect\":\"1\"}]"
        << "plan.json: $.checks[0].name: \"n\\r\\n\" holds a control character (\\r at character "
           "2); write it on one line of printable text";
    QTest::newRow("bidi override")
        << "column.comment"
        << "\"a\\u202Eb\""
        << "plan.json: $.column.comment: \"a\\u202eb\" holds a control character (\\u202e at "
           "character 2); write it on one line of printable text";
}

void TestPlanFile::errors()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QJsonObject root = QJsonDocument::fromJson(sample()).object();
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        if (value.isEmpty())
            root.remove(parts.at(0));
        else
            root.insert(parts.at(0),
                        QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0));
    } else {
        QJsonObject inner = root.value(parts.at(0)).toObject();
        if (value.isEmpty())
            inner.remove(parts.at(1));
        else
            inner.insert(parts.at(1),
                         QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0));
        root.insert(parts.at(0), inner);
    }
    try {
        PlanFile::parse(QJsonDocument(root).toJson(), QStringLiteral("plan.json"));
        QFAIL("the plan was accepted");
    } catch (const PlanError &error) {
        QCOMPARE(error.message(), message);
    }
}

void TestPlanFile::keepsUnknownKeys()
{
    QJsonObject root = QJsonDocument::fromJson(sample()).object();
    root.insert(QStringLiteral("approvals"),
                QJsonArray{QJsonObject{{QStringLiteral("by"), QStringLiteral("dba")}}});
    QJsonObject column = root.value(QStringLiteral("column")).toObject();
    column.insert(QStringLiteral("x_future"), 42);
    root.insert(QStringLiteral("column"), column);
    Plan plan = PlanFile::parse(QJsonDocument(root).toJson(), QStringLiteral("plan.json"));
    plan.overrides.insert(QStringLiteral("backfill"),
                          QStringLiteral("UPDATE orders SET amount_cents = 0 WHERE false;"));
    const QString path = QDir::temp().filePath(QStringLiteral("cp_planfile_roundtrip.json"));
    PlanFile::save(plan, path);
    const Plan again = PlanFile::load(path);
    QCOMPARE(again.source.value(QStringLiteral("approvals")).toArray().size(), 1);
    QCOMPARE(again.source.value(QStringLiteral("column"))
                 .toObject()
                 .value(QStringLiteral("x_future"))
                 .toInt(),
             42);
    QCOMPARE(again.overrides.value(QStringLiteral("backfill")),
             plan.overrides.value(QStringLiteral("backfill")));
    QCOMPARE(PlanFile::serialize(again), PlanFile::serialize(plan));
    QFile::remove(path);
}

// Text that is hostile where it lands but legal in the plan: it loads, and stays as written.
void TestPlanFile::hostileText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");
    QTest::newRow("title with comment marks") << "title"
                                              << "a */ b -- c /* d";
    QTest::newRow("title with quotes") << "title"
                                       << "it's \"quoted\" \\ back`tick`";
    QTest::newRow("schema with dollars") << "table.schema"
                                         << "s$$x$cp_type$";
    QTest::newRow("table with quote") << "table.name"
                                      << "or\"ders'";
    QTest::newRow("table of 63 bytes") << "table.name" << QString(63, u't');
    QTest::newRow("comment with markup") << "column.comment"
                                         << "<script>alert(1)</script> & \"\"\"";
    QTest::newRow("unicode title") << "title" << QStringLiteral("Beträge in Cent — 金額");
}

void TestPlanFile::hostileText()
{
    QFETCH(QString, path);
    QFETCH(QString, text);
    QJsonObject root = QJsonDocument::fromJson(sample()).object();
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        root.insert(parts.at(0), text);
    } else {
        QJsonObject inner = root.value(parts.at(0)).toObject();
        inner.insert(parts.at(1), text);
        root.insert(parts.at(0), inner);
    }
    const Plan plan = PlanFile::parse(QJsonDocument(root).toJson(), QStringLiteral("plan.json"));
    const QJsonObject saved = PlanFile::toJson(plan);
    QCOMPARE(parts.size() == 1 ? saved.value(parts.at(0)).toString()
                               : saved.value(parts.at(0)).toObject().value(parts.at(1)).toString(),
             text);
}

// QJsonDocument takes "5." and "-.5"; the loader holds numbers to RFC 8259.
void TestPlanFile::strictNumbers_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("5") << QByteArray("5") << true;
    QTest::newRow("5.0") << QByteArray("5.0") << true;
    QTest::newRow("0") << QByteArray("0") << true;
    QTest::newRow("5e2") << QByteArray("5e2") << true;
    QTest::newRow("5.5E+1") << QByteArray("5.5E+1") << true;
    QTest::newRow("5.") << QByteArray("5.") << false;
    QTest::newRow(".5") << QByteArray(".5") << false;
    QTest::newRow("-.5") << QByteArray("-.5") << false;
    QTest::newRow("+5") << QByteArray("+5") << false;
    QTest::newRow("05") << QByteArray("05") << false;
    QTest::newRow("5e") << QByteArray("5e") << false;
    QTest::newRow("5.e1") << QByteArray("5.e1") << false;
}

void TestPlanFile::strictNumbers()
{
    QFETCH(QByteArray, number);
    QFETCH(bool, accepted);
    QByteArray json = sample();
    // a string holding "5." elsewhere is no number
    json.replace("\"title\": \"", "\"title\": \"5. -.5 ");
    const qsizetype at = json.indexOf("\"pause_ms\": 0");
    QVERIFY(at > 0);
    json.replace(at, qstrlen("\"pause_ms\": 0"), "\"pause_ms\": " + number);
    try {
        PlanFile::parse(json, QStringLiteral("plan.json"));
        QVERIFY2(accepted, "accepted");
    } catch (const PlanError &error) {
        QVERIFY2(!accepted, qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("not valid JSON (the number \"%1\"")
                                              .arg(QString::fromLatin1(number))),
                 qPrintable(error.message()));
    }
}

// Issue 21: 100,000 labels took 17 s and 3,000 key columns 2.6 s (quadratic duplicate checks).
// At the limit the loader is fast; far beyond it, it refuses at once.
void TestPlanFile::limitsAreLinear_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::newRow("10,000 labels") << "enum_values" << 10000 << "";
    QTest::newRow("10,001 labels") << "enum_values" << 10001
                                   << "plan.json: $.column.enum_values: has 10001 values; at most "
                                      "10000 (a longer list belongs in a lookup table)";
    QTest::newRow("100,000 labels") << "enum_values" << 100000
                                    << "plan.json: $.column.enum_values: has 100000 values; at "
                                       "most 10000 (a longer list belongs in a lookup table)";
    QTest::newRow("32 key columns") << "primary_key" << 32 << "";
    QTest::newRow("10,000 key columns") << "primary_key" << 10000
                                        << "plan.json: $.table.primary_key: has 10000 columns; a "
                                           "key has at most 32 (PostgreSQL's INDEX_MAX_KEYS)";
    QTest::newRow("a plan of 9 MB")
        << "enum_values" << 600000
        << "plan.json: the plan is 8889584 bytes; a plan file has at most 8388608 bytes";
}

void TestPlanFile::limitsAreLinear()
{
    QFETCH(QString, key);
    QFETCH(int, count);
    QFETCH(QString, message);
    QJsonObject root = QJsonDocument::fromJson(sample()).object();
    QJsonArray values;
    for (int i = 0; i < count; ++i)
        values.append(QStringLiteral("value_%1").arg(i));
    const QString parent =
        key == u"primary_key" ? QStringLiteral("table") : QStringLiteral("column");
    QJsonObject inner = root.value(parent).toObject();
    inner.insert(key, values);
    root.insert(parent, inner);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    QElapsedTimer timer;
    timer.start();
    try {
        const Plan plan = PlanFile::parse(json, QStringLiteral("plan.json"));
        QVERIFY2(message.isEmpty(), "accepted");
        QCOMPARE(key == u"primary_key" ? plan.primaryKey.size() : plan.column.enumValues.size(),
                 count);
    } catch (const PlanError &error) {
        QCOMPARE(error.message(), message);
    }
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

void TestPlanFile::refusesHugeFile()
{
    QByteArray json = sample();
    json.replace("\"title\": \"", "\"title\": \"" + QByteArray(PlanFile::MaxPlanBytes, 'x'));
    try {
        PlanFile::parse(json, QStringLiteral("plan.json"));
        QFAIL("accepted");
    } catch (const PlanError &error) {
        QVERIFY2(error.message().startsWith(QStringLiteral("plan.json: the plan is ")),
                 qPrintable(error.message()));
        QVERIFY(error.message().endsWith(QStringLiteral("a plan file has at most 8388608 bytes")));
    }
}

QTEST_APPLESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
