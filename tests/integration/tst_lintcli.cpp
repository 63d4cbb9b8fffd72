// The real column-planner binary: lint's exit codes, its three output formats, and bad input
// (missing file, binary data, non-UTF-8, empty file, a large file, usage mistakes).

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestLintCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carefulMigrationIsClean();
    void riskyMigrationText();
    void jsonFormat();
    void sarifFormat();
    void standardInput();
    void warningsOnlyExitZero();
    void serverVersionOption();
    void badInput_data();
    void badInput();
    void emptyFile();
    void largeFile();
    void deepExpressions_data();
    void deepExpressions();

private:
    static QString fixture(const char *name)
    {
        return QStringLiteral(COLUMN_PLANNER_TEST_DATA "/review/") + QString::fromLatin1(name);
    }
    static QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = testsupport::tempPath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }
};

void TestLintCli::carefulMigrationIsClean()
{
    const auto run =
        testsupport::runCli({QStringLiteral("lint"), fixture("careful-migration.sql")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("0 error(s), 0 warning(s)")), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
}

void TestLintCli::riskyMigrationText()
{
    const QString path = fixture("risky-migration.sql");
    const auto run = testsupport::runCli({QStringLiteral("lint"), path});
    QCOMPARE(run.exitCode, 1);
    const QStringList expected = {
        QStringLiteral("%1:2:31: error: ").arg(path),
        QStringLiteral("[adding-required-column]"),
        QStringLiteral("%1:3:31: error: ").arg(path),
        QStringLiteral("[volatile-default-rewrite]"),
        QStringLiteral("%1:4:1: warning: ").arg(path),
        QStringLiteral("[unbatched-backfill]"),
        QStringLiteral("%1:6:1: error: ").arg(path),
        QStringLiteral("[concurrent-index-in-transaction]"),
        QStringLiteral("[set-not-null-scan]"),
        QStringLiteral("[constraint-missing-not-valid]"),
        QStringLiteral("[column-type-rewrite]"),
        QStringLiteral("%1:11:37: error: PostgreSQL rejects this statement").arg(path),
        QStringLiteral("[syntax-error]"),
        QStringLiteral("%1:12:1: error: ").arg(path),
        QStringLiteral("[non-concurrent-index]"),
        QStringLiteral("[missing-lock-timeout]"),
        QStringLiteral("    hint: "),
    };
    for (const QString &text : expected)
        QVERIFY2(run.out.contains(text), qPrintable(text + QStringLiteral("\n---\n") + run.out));
}

void TestLintCli::jsonFormat()
{
    const auto run = testsupport::runCli({QStringLiteral("lint"), fixture("risky-migration.sql"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray findings = document.object().value(QLatin1String("findings")).toArray();
    QVERIFY(findings.size() >= 10);
    bool sawSyntax = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char *key : {"rule", "severity", "message", "hint"})
            QVERIFY2(!finding.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(finding.value(QLatin1String("line")).toInt() >= 2);
        QVERIFY(finding.value(QLatin1String("statement")).toInt() >= 1);
        QVERIFY(QStringList(
                    {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")})
                    .contains(finding.value(QLatin1String("severity")).toString()));
        if (finding.value(QLatin1String("rule")).toString() == u"syntax-error") {
            sawSyntax = true;
            QCOMPARE(finding.value(QLatin1String("line")).toInt(), 11);
            QCOMPARE(finding.value(QLatin1String("statement")).toInt(), 10);
        }
    }
    QVERIFY(sawSyntax);
}

void TestLintCli::sarifFormat()
{
    const auto run = testsupport::runCli({QStringLiteral("lint"), fixture("risky-migration.sql"),
                                          QStringLiteral("--format"), QStringLiteral("sarif")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject log = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
    QVERIFY(log.value(QLatin1String("$schema")).toString().contains(QLatin1String("sarif")));
    const QJsonObject runObject = log.value(QLatin1String("runs")).toArray().first().toObject();
    const QJsonObject driver =
        runObject.value(QLatin1String("tool")).toObject().value(QLatin1String("driver")).toObject();
    QCOMPARE(driver.value(QLatin1String("name")).toString(), QStringLiteral("column-planner"));
    QStringList ruleIds;
    for (const QJsonValue &rule : driver.value(QLatin1String("rules")).toArray()) {
        ruleIds << rule.toObject().value(QLatin1String("id")).toString();
        QVERIFY(!rule.toObject()
                     .value(QLatin1String("shortDescription"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString()
                     .isEmpty());
    }
    const QJsonArray results = runObject.value(QLatin1String("results")).toArray();
    QVERIFY(results.size() >= 10);
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        const QString ruleId = result.value(QLatin1String("ruleId")).toString();
        QVERIFY(ruleIds.contains(ruleId));
        QCOMPARE(ruleIds.at(result.value(QLatin1String("ruleIndex")).toInt()), ruleId);
        QVERIFY(QStringList(
                    {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")})
                    .contains(result.value(QLatin1String("level")).toString()));
        QVERIFY(!result.value(QLatin1String("message"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString()
                     .isEmpty());
        const QJsonObject location = result.value(QLatin1String("locations"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QLatin1String("physicalLocation"))
                                         .toObject();
        QVERIFY(location.value(QLatin1String("artifactLocation"))
                    .toObject()
                    .value(QLatin1String("uri"))
                    .toString()
                    .endsWith(QLatin1String("risky-migration.sql")));
        QVERIFY(location.value(QLatin1String("region"))
                    .toObject()
                    .value(QLatin1String("startLine"))
                    .toInt() >= 2);
        QVERIFY(location.value(QLatin1String("region"))
                    .toObject()
                    .value(QLatin1String("startColumn"))
                    .toInt() >= 1);
    }
}

void TestLintCli::standardInput()
{
    const auto run =
        testsupport::runCli({QStringLiteral("lint"), QStringLiteral("-"),
                             QStringLiteral("--format"), QStringLiteral("json")},
                            "SET lock_timeout = '1s';\nCREATE INDEX i ON orders (a);\n");
    QCOMPARE(run.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("findings"))
                                    .toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().toObject().value(QLatin1String("rule")).toString(),
             QStringLiteral("non-concurrent-index"));
    QCOMPARE(findings.first().toObject().value(QLatin1String("line")).toInt(), 2);
}

void TestLintCli::warningsOnlyExitZero()
{
    const QString path = write(QStringLiteral("warnings.sql"),
                               "SET lock_timeout = '1s';\nUPDATE orders SET a = 1;\n");
    const auto run = testsupport::runCli({QStringLiteral("lint"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("warning: ")));
    QVERIFY(run.out.contains(QLatin1String("[unbatched-backfill]")));
}

void TestLintCli::serverVersionOption()
{
    const QString path =
        write(QStringLiteral("default.sql"), "SET lock_timeout = '1s';\nALTER TABLE orders ADD "
                                             "COLUMN status text NOT NULL DEFAULT 'new';\n");
    const auto on15 = testsupport::runCli({QStringLiteral("lint"), path});
    QCOMPARE(on15.exitCode, 0);
    const auto on10 = testsupport::runCli(
        {QStringLiteral("lint"), path, QStringLiteral("--server-version"), QStringLiteral("10")});
    QCOMPARE(on10.exitCode, 1);
    QVERIFY(on10.out.contains(QLatin1String("[volatile-default-rewrite]")));
    const auto bad = testsupport::runCli(
        {QStringLiteral("lint"), path, QStringLiteral("--server-version"), QStringLiteral("9.6")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.startsWith(QLatin1String("column-planner: --server-version")));
}

void TestLintCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("content"); // written to the file argument "@"
    QTest::addColumn<QString>("error");
    QTest::newRow("missing file") << QStringList{QStringLiteral("lint"),
                                                 QStringLiteral("/nonexistent/x.sql")}
                                  << QByteArray() << QStringLiteral("no such file");
    QTest::newRow("no file") << QStringList{QStringLiteral("lint")} << QByteArray()
                             << QStringLiteral("missing FILE.sql");
    QTest::newRow("bad format") << QStringList{QStringLiteral("lint"), QStringLiteral("@"),
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << QByteArray("SELECT 1;") << QStringLiteral("--format must be");
    QTest::newRow("binary") << QStringList{QStringLiteral("lint"), QStringLiteral("@")}
                            << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\x00\x00\x00garbage",
                                          18)
                            << QStringLiteral("NUL byte");
    QTest::newRow("latin-1") << QStringList{QStringLiteral("lint"), QStringLiteral("@")}
                             << QByteArray("SELECT 'caf\xe9';\n") << QStringLiteral("not UTF-8");
    QTest::newRow("directory") << QStringList{QStringLiteral("lint"), QStringLiteral("/tmp")}
                               << QByteArray() << QStringLiteral("directory");
}

void TestLintCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    const int at = args.indexOf(QStringLiteral("@"));
    if (at >= 0)
        args[at] = write(QStringLiteral("input-%1.sql")
                             .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')),
                         content);
    const auto run = testsupport::runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count(u'\n'), 1); // one line
    QVERIFY2(run.err.startsWith(QLatin1String("column-planner: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
}

void TestLintCli::emptyFile()
{
    const QString path = write(QStringLiteral("empty.sql"), QByteArray());
    const auto run = testsupport::runCli({QStringLiteral("lint"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("no statements")));
    const auto json = testsupport::runCli(
        {QStringLiteral("lint"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8())
                .object()
                .value(QLatin1String("findings"))
                .toArray()
                .isEmpty());
}

void TestLintCli::largeFile()
{
    // ~50 MB: reviewed in bounded chunks, no crash, no hang; one syntax error near the end is found
    QByteArray sql = "SET lock_timeout = '2s';\n";
    const QByteArray line = "ALTER TABLE orders ADD COLUMN IF NOT EXISTS "
                            "note_with_a_fairly_long_name text; -- padding padding\n";
    const int lines = int((50LL * 1024 * 1024) / line.size());
    sql.reserve(qsizetype(lines + 2) * line.size());
    for (int i = 0; i < lines; ++i)
        sql += i == lines - 3 ? QByteArray("ALTER TABLE orders ADD COLUM broken int; -- padding "
                                           "padding padding padding padd\n")
                              : line;
    const QString path = write(QStringLiteral("large.sql"), sql);
    const auto run = testsupport::runCli(
        {QStringLiteral("lint"), path, QStringLiteral("--format"), QStringLiteral("json")}, {},
        600000);
    QCOMPARE(run.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("findings"))
                                    .toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().toObject().value(QLatin1String("line")).toInt(), lines - 1);
}

// Issue 21: a chain of 10,000 terms crashed lint with SIGSEGV (protobuf-c's recursive unpack of
// libpg_query's tree). Every format answers with a statement-too-complex finding instead, and
// the statements around it are still reviewed.
void TestLintCli::deepExpressions_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::addColumn<QString>("format");
    const QList<std::pair<const char *, QByteArray>> statements = {
        {"10,000 plus", "SELECT 1" + QByteArray(" + 1").repeated(10000)},
        {"5,000 casts",
         "ALTER TABLE t ADD COLUMN c text DEFAULT '0'" + QByteArray("::text").repeated(5000)},
        {"5,000 CASTs", "ALTER TABLE t ADD COLUMN c text DEFAULT " +
                            QByteArray("CAST(").repeated(5000) + "'0'" +
                            QByteArray(" AS text)").repeated(5000)},
        {"10,000 IS NULL", "SELECT 1" + QByteArray(" IS NULL").repeated(10000)},
        {"10,000 ||", "SELECT 'a'" + QByteArray(" || 'a'").repeated(10000)},
        {"10,000 UNION", "SELECT 1" + QByteArray(" UNION SELECT 1").repeated(10000)},
    };
    for (const auto &[name, statement] : statements)
        for (const char *format : {"text", "json", "sarif"})
            QTest::addRow("%s %s", name, format) << statement << QString::fromLatin1(format);
}

void TestLintCli::deepExpressions()
{
    QFETCH(QByteArray, statement);
    QFETCH(QString, format);
    const QString path =
        write(QStringLiteral("deep.sql"), "SET lock_timeout = '2s';\n" + statement +
                                              ";\nALTER TABLE t ADD COLUMN d int NOT NULL;\n");
    const auto run =
        testsupport::runCli({QStringLiteral("lint"), path, QStringLiteral("--format"), format});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err.left(300))));
    QVERIFY2(run.out.contains(QStringLiteral("statement-too-complex")),
             qPrintable(run.out.left(500)));
    // the statement after the deep one is still reviewed
    QVERIFY2(run.out.contains(QStringLiteral("adding-required-column")),
             qPrintable(run.out.left(500)));
}

QTEST_GUILESS_MAIN(TestLintCli)
#include "tst_lintcli.moc"
