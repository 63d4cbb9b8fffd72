// `column-planner generate` run as a real process: the whole script, one phase, rollbacks,
// dialect and version overrides, --db on PostgreSQL and SQLite with expressions checked by the
// server, every bad input as one clear line with exit code 2, every sample plan compiled both
// ways, and the compiler's PostgreSQL output fed to `lint -` without an error-level finding.

#include "demo/demodatabase.h"
#include "plan/planfile.h"
#include "plan/presets.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QString SamplesDir = QStringLiteral(COLUMN_PLANNER_SOURCE_DIR "/resources/plans");
const QString Sample = SamplesDir + QStringLiteral("/orders-add-refund-count.json");

QJsonObject sampleJson()
{
    QFile file(Sample);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets "a.b" = value in a copy of the sample; an undefined value removes the key.
QString writePlan(const QString &name, const QString &path, const QJsonValue &value)
{
    QJsonObject root = sampleJson();
    if (!path.isEmpty()) {
        const QStringList keys = path.split(u'.');
        QJsonObject inner = root.value(keys.first()).toObject();
        if (keys.size() == 1) {
            if (value.isUndefined())
                root.remove(keys.first());
            else
                root.insert(keys.first(), value);
        } else {
            if (value.isUndefined())
                inner.remove(keys.at(1));
            else
                inner.insert(keys.at(1), value);
            root.insert(keys.first(), inner);
        }
    }
    const QString file = testsupport::tempPath(name + QStringLiteral(".json"));
    QFile out(file);
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    out.write(QJsonDocument(root).toJson());
    return file;
}

QStringList banners(const QString &text)
{
    QStringList found;
    static const QRegularExpression banner(QStringLiteral("^-- ===== (.*?) =====$"),
                                           QRegularExpression::MultilineOption);
    for (auto it = banner.globalMatch(text); it.hasNext();)
        found << it.next().captured(1).section(QStringLiteral(" — "), 0, 0);
    return found;
}

// One line on stderr, naming the program, nothing on stdout, exit 2.
void expectBadInput(const testsupport::CliRun &run, const QString &mention)
{
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out.left(300)));
    const QStringList lines = run.err.trimmed().split(u'\n');
    QVERIFY2(lines.size() == 1, qPrintable(run.err));
    QVERIFY2(lines.first().startsWith(QStringLiteral("column-planner: ")), qPrintable(run.err));
    for (const QString &part :
         mention.split(QStringLiteral(" ... "))) // pieces in order around the server's own words
        QVERIFY2(run.err.contains(part, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, run.err)));
}

} // namespace

class TestGenerateCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wholeScript();
    void onePhase();
    void rollbacks();
    void dialectAndVersion();
    void withPostgres();
    void withSqlite();
    void samplesCompileBothWays_data();
    void samplesCompileBothWays();
    void badInput_data();
    void badInput();
    void lenientNumberRefused();
    void badInputOnServer_data();
    void badInputOnServer();
    void lintFindsNoError_data();
    void lintFindsNoError();

private:
    QString m_pgUri;  // scratch database with the demo tables, or empty without a server
    QString m_sqlite; // demo database file
};

void TestGenerateCli::initTestCase()
{
    m_sqlite = DemoDatabase::ensure(testsupport::tempPath(QStringLiteral("demo.db")));
    if (testsupport::postgresUri().isEmpty())
        return;
    m_pgUri = testsupport::createScratchDatabase(QStringLiteral("cp_compiler2_generatecli"));
    QFile seed(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/demo-orders-postgres.sql"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    testsupport::execute(m_pgUri, QString::fromUtf8(seed.readAll()));
}

void TestGenerateCli::wholeScript()
{
    const auto run = testsupport::runCli({QStringLiteral("generate"), Sample});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.startsWith(
        QStringLiteral("-- Column Planner: Count refunds per order\n-- PostgreSQL 15,")));
    QCOMPARE(banners(run.out), QStringList({"phase 1/4: expand", "phase 2/4: backfill",
                                            "phase 3/4: enforce", "phase 4/4: verify"}));
    QVERIFY(run.out.contains(QStringLiteral(
        "ALTER TABLE \"public\".\"orders\" ADD COLUMN IF NOT EXISTS \"refund_count\" bigint;")));
    QVERIFY(run.out.contains(QStringLiteral("DO $cp_backfill$")));
    QVERIFY(run.out.contains(QStringLiteral("VALIDATE CONSTRAINT \"orders_refund_count_check\"")));
    QVERIFY(!run.out.contains(QStringLiteral("rollback of")));
    // The same bytes every time: a script can be diffed and reviewed.
    const auto again = testsupport::runCli({QStringLiteral("generate"), Sample});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, run.out);
}

void TestGenerateCli::onePhase()
{
    const auto run = testsupport::runCli({QStringLiteral("generate"), Sample,
                                          QStringLiteral("--phase"), QStringLiteral("backfill")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(banners(run.out), QStringList({"phase 2/4: backfill"}));
    QVERIFY(run.out.contains(QStringLiteral("UPDATE \"public\".\"orders\" SET \"refund_count\"")));
    QVERIFY(!run.out.contains(QStringLiteral("ADD COLUMN")));
}

void TestGenerateCli::rollbacks()
{
    const auto one =
        testsupport::runCli({QStringLiteral("generate"), Sample, QStringLiteral("--phase"),
                             QStringLiteral("enforce"), QStringLiteral("--rollback")});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(banners(one.out), QStringList({"rollback of phase 3/4: enforce"}));
    QVERIFY(one.out.contains(
        QStringLiteral("DROP CONSTRAINT IF EXISTS \"orders_refund_count_check\"")));
    QVERIFY(!one.out.contains(QStringLiteral("DROP COLUMN")));

    const auto all =
        testsupport::runCli({QStringLiteral("generate"), Sample, QStringLiteral("--rollback")});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(banners(all.out),
             QStringList({"rollback of phase 4/4: verify", "rollback of phase 3/4: enforce",
                          "rollback of phase 2/4: backfill", "rollback of phase 1/4: expand"}));
    QVERIFY(all.out.indexOf(QStringLiteral("DROP CONSTRAINT")) <
            all.out.indexOf(QStringLiteral("DROP COLUMN")));
}

void TestGenerateCli::dialectAndVersion()
{
    const auto old =
        testsupport::runCli({QStringLiteral("generate"), Sample, QStringLiteral("--server-version"),
                             QStringLiteral("10")});
    QCOMPARE(old.exitCode, 0);
    QVERIFY(old.out.contains(QStringLiteral("-- PostgreSQL 10,")));
    QVERIFY(!old.out.contains(QStringLiteral("DO $cp_backfill$"))); // no COMMIT in DO before 11
    QVERIFY(old.out.contains(QStringLiteral(
        "NOT NULL is enforced by the validated CHECK orders_refund_count_not_null")));
    QVERIFY(!old.out.contains(QStringLiteral("SET NOT NULL;\n")));

    const auto mariadb = testsupport::runCli(
        {QStringLiteral("generate"), Sample, QStringLiteral("--dialect"), QStringLiteral("mariadb"),
         QStringLiteral("--server-version"), QStringLiteral("10.6")});
    QCOMPARE(mariadb.exitCode, 0);
    QVERIFY(mariadb.out.contains(QStringLiteral("-- MariaDB 10.6, table `orders`")));
    QVERIFY(mariadb.out.contains(QStringLiteral("ALGORITHM=INSTANT")));
    QVERIFY(mariadb.out.contains(QStringLiteral("DROP CONSTRAINT `orders_refund_count_check`")) ==
            false); // only in --rollback

    const auto mysql = testsupport::runCli(
        {QStringLiteral("generate"), Sample, QStringLiteral("--dialect"), QStringLiteral("mysql"),
         QStringLiteral("--server-version"), QStringLiteral("8.0.11")});
    QCOMPARE(mysql.exitCode, 0);
    QVERIFY(!mysql.out.contains(QStringLiteral("ALGORITHM=INSTANT")));
    QVERIFY(mysql.out.contains(QStringLiteral(
        "is not added: MySQL 8.0.11 parses CHECK constraints but never enforces them")));

    // SQLite offline: a NOT NULL column with a backfill needs the table's definition.
    const auto sqlite =
        testsupport::runCli({QStringLiteral("generate"), Sample, QStringLiteral("--dialect"),
                             QStringLiteral("sqlite")});
    expectBadInput(sqlite, QStringLiteral("give --db to read sqlite_schema"));
}

void TestGenerateCli::withPostgres()
{
    if (m_pgUri.isEmpty()) {
        REQUIRE_POSTGRES(uri);
    }
    const auto run =
        testsupport::runCli({QStringLiteral("generate"), Sample, QStringLiteral("--db"), m_pgUri});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(
        QStringLiteral("-- PostgreSQL 15,"))); // the server's version, not the plan's
    QVERIFY(!run.out.contains(QStringLiteral("primary key unknown")));
}

void TestGenerateCli::withSqlite()
{
    const auto run = testsupport::runCli({QStringLiteral("generate"), Sample,
                                          QStringLiteral("--db"), DemoDatabase::uriFor(m_sqlite)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("-- SQLite ")));
    QVERIFY(
        run.out.contains(QStringLiteral("CREATE TABLE \"cp_new_orders\""))); // the 12-step rebuild
    QVERIFY(run.out.contains(QStringLiteral("CREATE TRIGGER orders_touch_updated_at")));
    const auto bad = testsupport::runCli(
        {QStringLiteral("generate"),
         writePlan(QStringLiteral("sqlite-bad"), QStringLiteral("column.backfill"),
                   QStringLiteral("amout + 1")),
         QStringLiteral("--db"), DemoDatabase::uriFor(m_sqlite)});
    expectBadInput(bad, QStringLiteral("$.column.backfill: amout + 1: ... no such column: amout"));
}

void TestGenerateCli::samplesCompileBothWays_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &file :
         QDir(SamplesDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << QDir(SamplesDir).filePath(file);
    QVERIFY(QDir(SamplesDir).entryList({QStringLiteral("*.json")}).size() >=
            int(Presets::all().size()));
}

void TestGenerateCli::samplesCompileBothWays()
{
    QFETCH(QString, path);
    const auto sqlite = testsupport::runCli(
        {QStringLiteral("generate"), path, QStringLiteral("--db"), DemoDatabase::uriFor(m_sqlite)});
    QVERIFY2(sqlite.exitCode == 0 && sqlite.err.isEmpty(), qPrintable(sqlite.err));
    QCOMPARE(banners(sqlite.out).size(), 4);
    if (m_pgUri.isEmpty()) {
        REQUIRE_POSTGRES(uri);
    }
    const auto postgres =
        testsupport::runCli({QStringLiteral("generate"), path, QStringLiteral("--db"), m_pgUri});
    QVERIFY2(postgres.exitCode == 0 && postgres.err.isEmpty(), qPrintable(postgres.err));
    QCOMPARE(banners(postgres.out).size(), 4);
}

void TestGenerateCli::badInput_data()
{
    QTest::addColumn<QStringList>("args"); // "PLAN" stands for the plan file
    QTest::addColumn<QString>("path");     // what to change in the sample ("" = nothing)
    QTest::addColumn<QString>("json");     // the new value as JSON text ("" = remove the key)
    QTest::addColumn<QString>("mention");
    const QStringList plain = {QStringLiteral("PLAN")};
    QTest::newRow("invalid identifier")
        << plain << "column.name"
        << "\"2nd_count\""
        << "$.column.name: column name \"2nd_count\" starts with a digit";
    QTest::newRow("reserved word") << plain << "column.name"
                                   << "\"select\""
                                   << "$.column.name: column name \"select\" is a reserved word";
    QTest::newRow("name too long")
        << plain << "column.name" << QStringLiteral("\"%1\"").arg(QString(70, u'n'))
        << "is 70 bytes";
    // Issue 21: hostile text is refused with one line, control characters escaped.
    QTest::newRow("title with a statement")
        << plain << "title"
        << "\"t\\nDROP TABLE pwned;\\n--\""
        << "$.title: \"t\\nDROP TABLE pwned;\\n--\" holds a control character";
    QTest::newRow("schema with a statement")
        << plain << "table.schema"
        << "\"public\\nDROP TABLE pwned;\""
        << "$.table.schema: \"public\\nDROP TABLE pwned;\" holds a control character";
    QTest::newRow("schema of 10 MB")
        << plain << "table.schema" << QStringLiteral("\"%1\"").arg(QString(10 * 1024 * 1024, u's'))
        << "a plan file has at most 8388608 bytes";
    QTest::newRow("column name with newlines")
        << plain << "column.name"
        << "\"a\\nb\\nc\\nd\\ne\\nf\""
        << "$.column.name: \"a\\nb\\nc\\nd\\ne\\nf\" holds a control character";
    // Issue 13, point 5: offline, the PostgreSQL grammar reads every expression.
    QTest::newRow("backfill that cannot parse")
        << plain << "column.backfill"
        << "\"refund_count * * 100\""
        << "$.column.backfill: refund_count * * 100: syntax error at or near \"*\" at character 16 "
           "of the expression";
    QTest::newRow("default that cannot parse") << plain << "column.default"
                                               << "\"(0\""
                                               << "$.column.default: (0: unbalanced parentheses";
    QTest::newRow("check that cannot parse")
        << plain << "column.check"
        << "\"refund_count >= = 0\""
        << "$.column.check: refund_count >= = 0: syntax error at or near \"=\" at character 17 of "
           "the expression";
    QTest::newRow("unknown type") << plain << "column.type"
                                  << "\"bigintt\""
                                  << "$.column.type: unknown type \"bigintt\"";
    QTest::newRow("type with injection")
        << plain << "column.type"
        << "\"bigint; DROP TABLE orders\""
        << "$.column.type: \"bigint; DROP TABLE orders\" is not a type name";
    QTest::newRow("not null without fill")
        << plain << "column"
        << R"({"name":"x_count","type":"bigint","nullable":false})"
        << "$.column: NOT NULL (nullable: false) needs a default or a backfill";
    QTest::newRow("expression with a statement") << plain << "column.backfill"
                                                 << "\"1; DELETE FROM orders\""
                                                 << "$.column.backfill";
    QTest::newRow("nullable missing") << plain << "column"
                                      << R"({"name":"x_count","type":"bigint"})"
                                      << "$.column.nullable: required";
    QTest::newRow("set null on NOT NULL") << plain << "column.references"
                                          << R"({"table":"customers","on_delete":"set null"})"
                                          << "$.column.references.on_delete";
    QTest::newRow("old server") << plain << "target"
                                << R"({"dialect":"postgresql","server_version":"9.6"})"
                                << "PostgreSQL 9.6 is not supported";
    QTest::newRow("unknown phase")
        << QStringList{QStringLiteral("PLAN"), QStringLiteral("--phase"), QStringLiteral("cleanup")}
        << ""
        << ""
        << "--phase: unknown phase \"cleanup\", choose expand, backfill, enforce, verify";
    QTest::newRow("unknown dialect")
        << QStringList{QStringLiteral("PLAN"), QStringLiteral("--dialect"),
                       QStringLiteral("oracle")}
        << ""
        << ""
        << "--dialect: unknown dialect \"oracle\"";
    QTest::newRow("bad version") << QStringList{QStringLiteral("PLAN"),
                                                QStringLiteral("--server-version"),
                                                QStringLiteral("fifteen")}
                                 << ""
                                 << ""
                                 << "--server-version: \"fifteen\" is not a postgresql version";
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/plan.json")} << ""
                                  << ""
                                  << "/nonexistent/plan.json";
    QTest::newRow("no plan") << QStringList{} << ""
                             << ""
                             << "missing PLAN";
    QTest::newRow("malformed JSON") << QStringList{QStringLiteral("MALFORMED")} << ""
                                    << ""
                                    << "malformed.json";
}

void TestGenerateCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, path);
    QFETCH(QString, json);
    QFETCH(QString, mention);
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    QJsonValue value = QJsonValue::Undefined;
    if (!json.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson("[" + json.toUtf8() + "]");
        value = doc.array().at(0);
    }
    const QString plan = writePlan(name, path, value);
    QStringList full = {QStringLiteral("generate")};
    for (const QString &arg : args) {
        if (arg == u"PLAN") {
            full << plan;
        } else if (arg == u"MALFORMED") {
            const QString broken = testsupport::tempPath(QStringLiteral("malformed.json"));
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(R"({"format": "column-planner/plan@1", "column": {)");
            full << broken;
        } else {
            full << arg;
        }
    }
    expectBadInput(testsupport::runCli(full), mention);
}

// Issue 21: QJsonDocument reads "5." as 5; the loader holds plans to JSON's own numbers.
void TestGenerateCli::lenientNumberRefused()
{
    QFile in(Sample);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray json = in.readAll();
    QVERIFY(json.contains("\"pause_ms\": 0"));
    json.replace("\"pause_ms\": 0", "\"pause_ms\": 5.");
    const QString path = testsupport::tempPath(QStringLiteral("lenient.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(json);
    out.close();
    const auto run = testsupport::runCli({QStringLiteral("generate"), path});
    expectBadInput(run, QStringLiteral("lenient.json: line ... not valid JSON (the number \"5.\""));
}

void TestGenerateCli::badInputOnServer_data()
{
    QTest::addColumn<QString>("db"); // "pg" or "sqlite"
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("mention");
    QTest::newRow("pg unknown table") << "pg"
                                      << "table"
                                      << R"({"schema":"public","name":"orderz"})"
                                      << "$.table: no table \"public.orderz\"";
    QTest::newRow("pg column clash") << "pg"
                                     << "column.name"
                                     << "\"status\""
                                     << "$.column.name: column \"status\" already exists in orders";
    QTest::newRow("pg column clash by case") << "pg"
                                             << "column.name"
                                             << "\"Status\""
                                             << "clashes with existing column \"status\"";
    QTest::newRow("pg expression does not parse")
        << "pg"
        << "column.backfill"
        << "\"amount *\""
        << "$.column.backfill: amount *: ... syntax error";
    QTest::newRow("pg expression of the wrong type")
        << "pg"
        << "column.backfill"
        << "\"ordered_at\""
        << "$.column.backfill: ordered_at: ... cannot cast type timestamp with time zone to bigint";
    QTest::newRow("pg unknown column in check")
        << "pg"
        << "column.check"
        << "\"refund_cnt >= 0\""
        << "$.column.check: refund_cnt >= 0: ... column \"refund_cnt\" does not exist";
    QTest::newRow("pg check not boolean") << "pg"
                                          << "column.check"
                                          << "\"refund_count + 1\""
                                          << "$.column.check";
    QTest::newRow("pg unknown type on the server")
        << "pg"
        << "column.type"
        << "\"citext\""
        << "$.column.type: unknown type \"citext\" in postgresql (not in the server's types)";
    QTest::newRow("pg foreign key to a missing table")
        << "pg"
        << "column.references"
        << R"({"table":"public.coupons"})"
        << "$.column.references.table: no table \"public.coupons\" to reference";
    QTest::newRow("pg foreign key to a missing column")
        << "pg"
        << "column.references"
        << R"({"table":"customers","column":"uid"})"
        << "$.column.references.column: table customers has no column \"uid\"";
    QTest::newRow("sqlite unknown table") << "sqlite"
                                          << "table"
                                          << R"({"name":"orderz"})"
                                          << "$.table: no table \"orderz\"";
    QTest::newRow("sqlite column clash") << "sqlite"
                                         << "column.name"
                                         << "\"note\""
                                         << "column \"note\" already exists in orders";
    QTest::newRow("sqlite expression does not parse") << "sqlite"
                                                      << "column.backfill"
                                                      << "\"status =\""
                                                      << "$.column.backfill: status =: ";
    QTest::newRow("sqlite postgres cast") << "sqlite"
                                          << "column.backfill"
                                          << "\"quantity::bigint\""
                                          << "\"::\" casts are PostgreSQL syntax";
    QTest::newRow("sqlite foreign key to a missing table") << "sqlite"
                                                           << "column.references"
                                                           << R"({"table":"coupons"})"
                                                           << "no table \"coupons\" to reference";
}

void TestGenerateCli::badInputOnServer()
{
    QFETCH(QString, db);
    QFETCH(QString, path);
    QFETCH(QString, json);
    QFETCH(QString, mention);
    if (db == u"pg" && m_pgUri.isEmpty()) {
        REQUIRE_POSTGRES(uri);
    }
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString plan =
        writePlan(name, path, QJsonDocument::fromJson("[" + json.toUtf8() + "]").array().at(0));
    expectBadInput(testsupport::runCli({QStringLiteral("generate"), plan, QStringLiteral("--db"),
                                        db == u"pg" ? m_pgUri : DemoDatabase::uriFor(m_sqlite)}),
                   mention);
}

void TestGenerateCli::lintFindsNoError_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("version");
    for (const char *version : {"10", "11", "12", "15", "18"}) {
        for (const ColumnPreset &preset : Presets::all()) {
            PresetChoices choices;
            if (preset.id == u"reference")
                choices.columnName = QStringLiteral("referrer_id");
            Plan plan = Presets::plan(preset.id, DialectKind::PostgreSQL, QStringLiteral("public"),
                                      QStringLiteral("orders"), choices);
            plan.primaryKey = {QStringLiteral("id")};
            const QString file =
                testsupport::tempPath(QStringLiteral("preset-%1.json").arg(preset.id));
            PlanFile::save(plan, file);
            QTest::addRow("preset %s, PostgreSQL %s", qPrintable(preset.id), version)
                << file << QString::fromLatin1(version);
        }
        for (const QString &file :
             QDir(SamplesDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::addRow("%s, PostgreSQL %s", qPrintable(file), version)
                << QDir(SamplesDir).filePath(file) << QString::fromLatin1(version);
    }
}

void TestGenerateCli::lintFindsNoError()
{
    QFETCH(QString, plan);
    QFETCH(QString, version);
    const auto generated = testsupport::runCli(
        {QStringLiteral("generate"), plan, QStringLiteral("--dialect"),
         QStringLiteral("postgresql"), QStringLiteral("--server-version"), version});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    const auto lint = testsupport::runCli({QStringLiteral("lint"), QStringLiteral("-"),
                                           QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("--server-version"), version},
                                          generated.out.toUtf8());
    QVERIFY2(lint.exitCode == 0 || lint.exitCode == 1, qPrintable(lint.err));
    const QJsonArray findings = QJsonDocument::fromJson(lint.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("findings"))
                                    .toArray();
    QStringList errors;
    for (const QJsonValue &finding : findings)
        if (finding.toObject().value(QStringLiteral("severity")).toString() == u"error")
            errors << QStringLiteral("%1 (statement %2): %3")
                          .arg(finding.toObject().value(QStringLiteral("rule")).toString())
                          .arg(finding.toObject().value(QStringLiteral("statement")).toInt())
                          .arg(finding.toObject().value(QStringLiteral("message")).toString());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "tst_generatecli.moc"
