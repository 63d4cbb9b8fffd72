// `column-planner export` run as a real process. Django and Sqitch exports are deployed by the
// real tools against the test server (Django migrate and migrate back; sqitch deploy, verify,
// revert), with the catalog read after every step. Flyway and Liquibase are not installable
// here: their files are checked against the tools' documented naming and syntax rules. Plain
// SQL is run file by file with psql. Bad input: one line, exit 2, nothing written.

#include "db/session.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

const QString PlanPath = QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/order-amount-cents.json");
const QString SeedPath = QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/demo-orders-postgres.sql");
const QString DjangoProject = QStringLiteral(COLUMN_PLANNER_TEST_DATA "/django");

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString freshDir(const QString &name)
{
    const QString path = testsupport::tempPath(name);
    QDir(path).removeRecursively();
    return path;
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

QString seededDatabase(const QString &name)
{
    const QString uri = testsupport::createScratchDatabase(name);
    testsupport::execute(uri, readFile(SeedPath));
    return uri;
}

QString queryValue(const QString &uri, const QString &sql)
{
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();
    return session->execute(sql).value(0, 0).toString();
}

// What the catalog says about orders.amount_cents, in one comparable line.
QString columnState(const QString &uri)
{
    const QString nullability = queryValue(
        uri, QStringLiteral(
                 "SELECT CASE WHEN attnotnull THEN 'not-null' ELSE 'nullable' END FROM pg_attribute"
                 " WHERE attrelid = 'orders'::regclass AND attname = 'amount_cents' AND NOT "
                 "attisdropped"));
    if (nullability.isEmpty())
        return QStringLiteral("absent");
    return queryValue(
        uri,
        QStringLiteral("SELECT concat_ws(' ', %1,"
                       " (SELECT 'check-' || CASE WHEN convalidated THEN 'valid' ELSE 'not-valid' "
                       "END FROM pg_constraint"
                       "   WHERE conname = 'orders_amount_cents_check'),"
                       " (SELECT 'index-' || CASE WHEN indisvalid THEN 'valid' ELSE 'invalid' END "
                       "FROM pg_index"
                       "   WHERE indexrelid = to_regclass('orders_amount_cents_idx')),"
                       " (SELECT 'unfilled-' || count(*) FROM orders WHERE amount_cents IS NULL))")
            .arg(u'\'' + nullability + u'\''));
}

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &args, const QString &workDir,
                const QProcessEnvironment &env)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForStarted(30000))
        return {-1, QStringLiteral("%1 did not start").arg(program)};
    // Still running at the deadline: no exit code yet (QProcess would report 0), so -1.
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return {-1, QStringLiteral("%1 did not finish within 300 s and was killed\n").arg(program) +
                        QString::fromUtf8(process.readAll())};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

testsupport::CliRun exportPlan(const QString &plan, const QString &target, const QString &out,
                               const QStringList &extra = {})
{
    return testsupport::runCli(QStringList{QStringLiteral("export"), plan, QStringLiteral("--to"),
                                           target, QStringLiteral("--out"), out} +
                               extra);
}

void expectOneLineError(const testsupport::CliRun &run, const QString &mention)
{
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    QVERIFY2(run.err.contains(mention, Qt::CaseInsensitive), qPrintable(run.err));
}

} // namespace

class ExportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void plainSqlFilesPerPhaseRunWithPsql();
    void flywayFilesFollowItsNamingRules();
    void liquibaseChangelogFollowsFormattedSqlRules();
    void djangoMigrateThenMigrateBack();
    void djangoModulesKeepHostileTextInStrings();
    void sqitchDeployVerifyRevert();
    void badInput_data();
    void badInput();
    void forceReplacesExportedFilesOnly();
};

void ExportCliTest::plainSqlFilesPerPhaseRunWithPsql()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = seededDatabase(QStringLiteral("cp_export_plainsql"));
    const QString out = freshDir(QStringLiteral("export-sql"));
    const auto run = exportPlan(PlanPath, QStringLiteral("sql"), out);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList expected = {
        QStringLiteral("01-expand.rollback.sql"),   QStringLiteral("01-expand.sql"),
        QStringLiteral("02-backfill.rollback.sql"), QStringLiteral("02-backfill.sql"),
        QStringLiteral("03-enforce.rollback.sql"),  QStringLiteral("03-enforce.sql"),
        QStringLiteral("04-verify.rollback.sql"),   QStringLiteral("04-verify.sql")};
    QCOMPARE(filesUnder(out), expected);
    // The backfill is the batched, committing DO block, never one UPDATE of the whole table.
    const QString backfill = readFile(out + QStringLiteral("/02-backfill.sql"));
    QVERIFY(backfill.contains(QStringLiteral("DO $cp_backfill$")));
    QVERIFY(backfill.contains(QStringLiteral("COMMIT;")));
    // ADD CONSTRAINT runs only when the constraint is not there yet, so a second run is harmless.
    QVERIFY(readFile(out + QStringLiteral("/03-enforce.sql"))
                .contains(QStringLiteral("IF (SELECT count(*) FROM pg_constraint")));

    const QString psql = QStandardPaths::findExecutable(
        QStringLiteral("psql"),
        {qEnvironmentVariable("COLUMN_PLANNER_TEST_PG_BIN"), QStringLiteral("/usr/bin")});
    QVERIFY2(!psql.isEmpty(), "psql not found");
    auto psqlFile = [&](const QString &file) {
        return runTool(psql,
                       {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), uri,
                        QStringLiteral("-f"), out + u'/' + file},
                       out, QProcessEnvironment::systemEnvironment());
    };
    for (const QString &file :
         {QStringLiteral("01-expand.sql"), QStringLiteral("02-backfill.sql"),
          QStringLiteral("03-enforce.sql"), QStringLiteral("04-verify.sql")}) {
        const ToolRun step = psqlFile(file);
        QVERIFY2(step.exitCode == 0, qPrintable(file + u' ' + step.output));
    }
    QCOMPARE(columnState(uri), QStringLiteral("not-null check-valid index-valid unfilled-0"));
    // Idempotent: the whole forward path runs a second time without an error.
    for (const QString &file : {QStringLiteral("01-expand.sql"), QStringLiteral("02-backfill.sql"),
                                QStringLiteral("03-enforce.sql")}) {
        const ToolRun again = psqlFile(file);
        QVERIFY2(again.exitCode == 0,
                 qPrintable(file + QStringLiteral(" (again) ") + again.output));
    }
    for (const QString &file :
         {QStringLiteral("04-verify.rollback.sql"), QStringLiteral("03-enforce.rollback.sql"),
          QStringLiteral("02-backfill.rollback.sql")}) {
        const ToolRun step = psqlFile(file);
        QVERIFY2(step.exitCode == 0, qPrintable(file + u' ' + step.output));
    }
    QCOMPARE(columnState(uri), QStringLiteral("nullable unfilled-20000"));
    QCOMPARE(psqlFile(QStringLiteral("01-expand.rollback.sql")).exitCode, 0);
    QCOMPARE(columnState(uri), QStringLiteral("absent"));
}

void ExportCliTest::flywayFilesFollowItsNamingRules()
{
    const QString out = freshDir(QStringLiteral("export-flyway"));
    const auto run = exportPlan(PlanPath, QStringLiteral("flyway"), out);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList files = filesUnder(out);
    // Flyway: V<version>__<description>.sql, U<same version>__<description>.sql; version digits
    // separated by '.' or '_'; description of letters, digits and '_'.
    static const QRegularExpression name(
        QStringLiteral("^([VU])(\\d+(?:[._]\\d+)*)__([A-Za-z0-9_]+)\\.sql(\\.conf)?$"));
    QStringList versioned, undo, configured;
    for (const QString &file : files) {
        const auto match = name.match(file);
        QVERIFY2(match.hasMatch(), qPrintable(file));
        if (!match.captured(4).isEmpty()) {
            configured << file;
            QCOMPARE(readFile(out + u'/' + file), QStringLiteral("executeInTransaction=false\n"));
        } else {
            (match.captured(1) == u"V" ? versioned : undo) << match.captured(2);
        }
    }
    QCOMPARE(versioned.size(), 4);
    QCOMPARE(undo, versioned);
    // Versions sort in phase order.
    QStringList phases;
    for (const QString &file : files)
        if (file.startsWith(u'V') && file.endsWith(QStringLiteral(".sql")))
            phases << file.section(QStringLiteral("__"), 1).section(u'_', 0, 0);
    QCOMPARE(phases, (QStringList{QStringLiteral("expand"), QStringLiteral("backfill"),
                                  QStringLiteral("enforce"), QStringLiteral("verify")}));
    // Backfill (commits per batch) and enforce (CREATE INDEX CONCURRENTLY) run outside a
    // transaction; expand does not need to.
    QString joined = configured.join(u' ');
    QVERIFY2(joined.contains(QStringLiteral("backfill")) &&
                 joined.contains(QStringLiteral("enforce")),
             qPrintable(joined));
    QVERIFY2(!joined.contains(QStringLiteral("V") + versioned.first() + QStringLiteral("__expand")),
             qPrintable(joined));
    for (const QString &file : files)
        if (file.startsWith(u'V') && file.contains(QStringLiteral("__enforce")) &&
            file.endsWith(QStringLiteral(".sql")))
            QVERIFY(readFile(out + u'/' + file)
                        .contains(QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS")));
}

void ExportCliTest::liquibaseChangelogFollowsFormattedSqlRules()
{
    const QString out = freshDir(QStringLiteral("export-liquibase"));
    const auto run = exportPlan(PlanPath, QStringLiteral("liquibase"), out);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(filesUnder(out), QStringList{QStringLiteral("changelog.sql")});
    const QString text = readFile(out + QStringLiteral("/changelog.sql"));
    QVERIFY(text.startsWith(QStringLiteral("--liquibase formatted sql\n")));
    static const QRegularExpression changeset(
        QStringLiteral("^--changeset ([^:\\s]+):(\\S+)((?: \\w+:\\S+)*)$"),
        QRegularExpression::MultilineOption);
    QSet<QString> ids;
    int nonTransactional = 0;
    const QStringList blocks = text.split(QStringLiteral("\n--changeset "));
    QVERIFY(blocks.size() > 10);
    for (qsizetype i = 1; i < blocks.size(); ++i) {
        const QString block = QStringLiteral("--changeset ") + blocks.at(i);
        const auto match = changeset.match(block);
        QVERIFY2(match.hasMatch(), qPrintable(block.left(200)));
        QVERIFY2(!ids.contains(match.captured(2)), qPrintable(match.captured(2)));
        ids << match.captured(2);
        const QString attributes = match.captured(3);
        for (const QString &attribute : attributes.split(u' ', Qt::SkipEmptyParts))
            QVERIFY2(
                QStringList({QStringLiteral("splitStatements"), QStringLiteral("runInTransaction"),
                             QStringLiteral("rollbackSplitStatements")})
                    .contains(attribute.section(u':', 0, 0)),
                qPrintable(attribute));
        // Every changeset says how to roll it back.
        QVERIFY2(block.contains(QStringLiteral("\n--rollback ")), qPrintable(block.left(300)));
        const QString sql = block.section(QStringLiteral("\n--rollback"), 0, 0).section(u'\n', 2);
        const bool concurrent = sql.contains(QStringLiteral("CONCURRENTLY"));
        const bool doBlock = sql.contains(QStringLiteral("COMMIT;"));
        if (concurrent || doBlock) {
            QVERIFY2(attributes.contains(QStringLiteral("runInTransaction:false")),
                     qPrintable(block.left(300)));
            ++nonTransactional;
        }
    }
    QCOMPARE(nonTransactional, 2); // the backfill DO block and CREATE INDEX CONCURRENTLY
    QVERIFY(text.contains(QStringLiteral(
        "--rollback ALTER TABLE \"public\".\"orders\" DROP COLUMN IF EXISTS \"amount_cents\";")));
    QVERIFY(text.contains(QStringLiteral("--rollback DROP INDEX CONCURRENTLY IF EXISTS")));
}

void ExportCliTest::djangoMigrateThenMigrateBack()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = seededDatabase(QStringLiteral("cp_export_django"));
    const QString project = freshDir(QStringLiteral("django-project"));
    QVERIFY(QDir().mkpath(project + QStringLiteral("/shop/migrations")));
    for (const QString &file :
         {QStringLiteral("settings.py"), QStringLiteral("shop/__init__.py"),
          QStringLiteral("shop/models.py"), QStringLiteral("shop/migrations/__init__.py"),
          QStringLiteral("shop/migrations/0001_initial.py")})
        QVERIFY(QFile::copy(DjangoProject + u'/' + file, project + u'/' + file));

    const QString out = freshDir(QStringLiteral("export-django"));
    const auto run = exportPlan(PlanPath, QStringLiteral("django"), out,
                                {QStringLiteral("--django-app"), QStringLiteral("shop"),
                                 QStringLiteral("--django-model"), QStringLiteral("order"),
                                 QStringLiteral("--django-after"), QStringLiteral("0001_initial")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList files = filesUnder(out);
    QCOMPARE(files, (QStringList{QStringLiteral("shop/migrations/0002_expand_amount_cents.py"),
                                 QStringLiteral("shop/migrations/0003_backfill_amount_cents.py"),
                                 QStringLiteral("shop/migrations/0004_enforce_amount_cents.py"),
                                 QStringLiteral("shop/migrations/0005_verify_amount_cents.py")}));
    QVERIFY(readFile(out + QStringLiteral("/shop/migrations/0002_expand_amount_cents.py"))
                .contains(QStringLiteral("SeparateDatabaseAndState")));
    QVERIFY(!readFile(out + QStringLiteral("/shop/migrations/0002_expand_amount_cents.py"))
                 .contains(QStringLiteral("atomic = False")));
    QVERIFY(readFile(out + QStringLiteral("/shop/migrations/0003_backfill_amount_cents.py"))
                .contains(QStringLiteral("atomic = False")));
    QVERIFY(readFile(out + QStringLiteral("/shop/migrations/0004_enforce_amount_cents.py"))
                .contains(QStringLiteral("atomic = False")));
    for (const QString &file : files)
        QVERIFY(QFile::copy(out + u'/' + file, project + u'/' + file));

    const ConnectionUri parsed = ConnectionUri::parse(uri);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"), project);
    env.insert(QStringLiteral("DJANGO_SETTINGS_MODULE"), QStringLiteral("settings"));
    env.insert(QStringLiteral("CP_DJANGO_HOST"), parsed.option(QStringLiteral("host")));
    env.insert(QStringLiteral("CP_DJANGO_PORT"), parsed.option(QStringLiteral("port")));
    env.insert(QStringLiteral("CP_DJANGO_USER"), parsed.option(QStringLiteral("user")));
    env.insert(QStringLiteral("CP_DJANGO_NAME"), parsed.option(QStringLiteral("dbname")));
    auto django = [&](const QStringList &args) {
        return runTool(QStringLiteral("/usr/bin/python3"),
                       QStringList{QStringLiteral("-m"), QStringLiteral("django")} + args, project,
                       env);
    };

    // Step by step forward, reading the catalog after each migration.
    const QList<std::pair<QString, QString>> forward = {
        {QStringLiteral("0002_expand_amount_cents"), QStringLiteral("nullable unfilled-20000")},
        {QStringLiteral("0003_backfill_amount_cents"), QStringLiteral("nullable unfilled-0")},
        {QStringLiteral("0004_enforce_amount_cents"),
         QStringLiteral("not-null check-valid index-valid unfilled-0")},
        {QStringLiteral("0005_verify_amount_cents"),
         QStringLiteral("not-null check-valid index-valid unfilled-0")},
    };
    for (const auto &[migration, state] : forward) {
        const ToolRun step = django({QStringLiteral("migrate"), QStringLiteral("shop"), migration,
                                     QStringLiteral("--no-input")});
        QVERIFY2(step.exitCode == 0, qPrintable(migration + u' ' + step.output));
        QCOMPARE(columnState(uri), state);
    }
    QCOMPARE(queryValue(
                 uri, QStringLiteral(
                          "SELECT count(*) FROM orders WHERE amount_cents <> round(amount * 100)")),
             QStringLiteral("0"));
    // The model state knows the field: makemigrations finds nothing to add.
    const ToolRun check = django({QStringLiteral("makemigrations"), QStringLiteral("shop"),
                                  QStringLiteral("--check"), QStringLiteral("--dry-run")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));

    // And back, one migration at a time.
    const QList<std::pair<QString, QString>> backward = {
        {QStringLiteral("0004_enforce_amount_cents"),
         QStringLiteral("not-null check-valid index-valid unfilled-0")},
        {QStringLiteral("0003_backfill_amount_cents"), QStringLiteral("nullable unfilled-0")},
        {QStringLiteral("0002_expand_amount_cents"), QStringLiteral("nullable unfilled-20000")},
        {QStringLiteral("0001_initial"), QStringLiteral("absent")},
    };
    for (const auto &[migration, state] : backward) {
        const ToolRun step = django({QStringLiteral("migrate"), QStringLiteral("shop"), migration,
                                     QStringLiteral("--no-input")});
        QVERIFY2(step.exitCode == 0, qPrintable(migration + u' ' + step.output));
        QCOMPARE(columnState(uri), state);
    }
}

// Text a teammate's plan carries (quotes of every kind, backslashes, "DROP TABLE") stays inside
// Python string literals: each module is imports and one Migration class, as Python parses it.
void ExportCliTest::djangoModulesKeepHostileTextInStrings()
{
    QFile source(PlanPath);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject plan = QJsonDocument::fromJson(source.readAll()).object();
    const QString hostile = QStringLiteral(R"x(x'''"""\' \"; DROP TABLE pwned; -- {0} %s $$)x");
    plan.insert(QStringLiteral("title"), hostile);
    QJsonObject column = plan.value(QStringLiteral("column")).toObject();
    column.insert(QStringLiteral("comment"), hostile);
    plan.insert(QStringLiteral("column"), column);
    const QString path = testsupport::tempPath(QStringLiteral("hostile-django.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(plan).toJson());
    file.close();
    const QString out = freshDir(QStringLiteral("export-django-hostile"));
    const auto run = exportPlan(path, QStringLiteral("django"), out,
                                {QStringLiteral("--django-app"), QStringLiteral("shop"),
                                 QStringLiteral("--django-model"), QStringLiteral("order")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList modules;
    QDirIterator it(out, {QStringLiteral("*.py")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        modules << it.next();
    QVERIFY(!modules.isEmpty());
    const QString check =
        QStringLiteral("import ast, sys\n"
                       "found = 0\n"
                       "for path in sys.argv[1:]:\n"
                       "    tree = ast.parse(open(path, encoding='utf-8').read())\n"
                       "    body = [n for n in tree.body if not (isinstance(n, ast.Expr) and "
                       "isinstance(n.value, ast.Constant))]\n"
                       "    kinds = [type(n).__name__ for n in body]\n"
                       "    assert kinds and all(k in ('Import', 'ImportFrom') for k in "
                       "kinds[:-1]) and kinds[-1] == 'ClassDef', (path, kinds)\n"
                       "    assert body[-1].name == 'Migration', path\n"
                       "    found += sum(1 for n in ast.walk(tree) if isinstance(n, ast.Constant) "
                       "and isinstance(n.value, str) and 'DROP TABLE pwned' in n.value)\n"
                       "assert found > 0, 'the hostile text is nowhere'\n"
                       "print('ok', found)\n");
    const ToolRun parsed = runTool(QStringLiteral("/usr/bin/python3"),
                                   QStringList{QStringLiteral("-c"), check} + modules, out,
                                   QProcessEnvironment::systemEnvironment());
    QVERIFY2(parsed.exitCode == 0 && parsed.output.startsWith(QStringLiteral("ok")),
             qPrintable(parsed.output));
}

void ExportCliTest::sqitchDeployVerifyRevert()
{
    REQUIRE_POSTGRES(serverUri);
    const QString uri = seededDatabase(QStringLiteral("cp_export_sqitch"));
    const QString out = freshDir(QStringLiteral("export-sqitch"));
    const auto run = exportPlan(PlanPath, QStringLiteral("sqitch"), out);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList changes;
    for (const QString &line : readFile(out + QStringLiteral("/sqitch.plan")).split(u'\n'))
        if (!line.isEmpty() && !line.startsWith(u'%'))
            changes << line.section(u' ', 0, 0);
    QCOMPARE(changes, (QStringList{QStringLiteral("expand_amount_cents"),
                                   QStringLiteral("backfill_amount_cents"),
                                   QStringLiteral("enforce_amount_cents"),
                                   QStringLiteral("verify_amount_cents")}));
    for (const QString &change : changes)
        for (const QString &kind :
             {QStringLiteral("deploy"), QStringLiteral("revert"), QStringLiteral("verify")})
            QVERIFY2(QFile::exists(QStringLiteral("%1/%2/%3.sql").arg(out, kind, change)),
                     qPrintable(kind + u'/' + change));

    const ConnectionUri parsed = ConnectionUri::parse(uri);
    const QString target =
        QStringLiteral("db:pg://%1@%2:%3/%4")
            .arg(parsed.option(QStringLiteral("user")), parsed.option(QStringLiteral("host")),
                 parsed.option(QStringLiteral("port")), parsed.option(QStringLiteral("dbname")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SQITCH_FULLNAME"), QStringLiteral("Column Planner Test"));
    env.insert(QStringLiteral("SQITCH_EMAIL"), QStringLiteral("test@localhost"));
    env.insert(QStringLiteral("SQITCH_CONFIG"), out + QStringLiteral("/no-user-config"));
    env.insert(QStringLiteral("SQITCH_USER_CONFIG"), out + QStringLiteral("/no-user-config"));
    auto sqitch = [&](const QStringList &args) {
        return runTool(QStringLiteral("sqitch"), args, out, env);
    };

    const QList<std::pair<QString, QString>> forward = {
        {QStringLiteral("expand_amount_cents"), QStringLiteral("nullable unfilled-20000")},
        {QStringLiteral("backfill_amount_cents"), QStringLiteral("nullable unfilled-0")},
        {QStringLiteral("enforce_amount_cents"),
         QStringLiteral("not-null check-valid index-valid unfilled-0")},
        {QStringLiteral("verify_amount_cents"),
         QStringLiteral("not-null check-valid index-valid unfilled-0")},
    };
    for (const auto &[change, state] : forward) {
        const ToolRun step = sqitch({QStringLiteral("deploy"), QStringLiteral("--verify"),
                                     QStringLiteral("--to"), change, target});
        QVERIFY2(step.exitCode == 0, qPrintable(change + u' ' + step.output));
        QCOMPARE(columnState(uri), state);
    }
    const ToolRun verify = sqitch({QStringLiteral("verify"), target});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.output));
    // verify notices a broken state: a row left unfilled fails it.
    testsupport::execute(
        uri, QStringLiteral("ALTER TABLE orders DROP CONSTRAINT orders_amount_cents_check"));
    const ToolRun broken = sqitch({QStringLiteral("verify"), target});
    QVERIFY2(broken.exitCode != 0, qPrintable(broken.output));
    QVERIFY2(broken.output.contains(QStringLiteral("check failed")), qPrintable(broken.output));
    testsupport::execute(uri,
                         QStringLiteral("ALTER TABLE orders ADD CONSTRAINT "
                                        "orders_amount_cents_check CHECK (amount_cents >= 0)"));

    const QList<std::pair<QString, QString>> backward = {
        {QStringLiteral("@HEAD^"), QStringLiteral("not-null check-valid index-valid unfilled-0")},
        {QStringLiteral("@HEAD^"), QStringLiteral("nullable unfilled-0")},
        {QStringLiteral("@HEAD^"), QStringLiteral("nullable unfilled-20000")},
    };
    for (const auto &[to, state] : backward) {
        const ToolRun step = sqitch(
            {QStringLiteral("revert"), QStringLiteral("-y"), QStringLiteral("--to"), to, target});
        QVERIFY2(step.exitCode == 0, qPrintable(step.output));
        QCOMPARE(columnState(uri), state);
    }
    const ToolRun all = sqitch({QStringLiteral("revert"), QStringLiteral("-y"), target});
    QVERIFY2(all.exitCode == 0, qPrintable(all.output));
    QCOMPARE(columnState(uri), QStringLiteral("absent"));
}

void ExportCliTest::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<bool>("nonEmptyOut");
    QTest::newRow("unknown target")
        << QStringList{QStringLiteral("--to"), QStringLiteral("alembic")}
        << QStringLiteral("unknown export target \"alembic\"") << false;
    QTest::newRow("no target") << QStringList{} << QStringLiteral("missing --to") << false;
    QTest::newRow("non-empty out") << QStringList{QStringLiteral("--to"), QStringLiteral("sql")}
                                   << QStringLiteral("is not empty (use --force") << true;
    QTest::newRow("plan does not compile")
        << QStringList{QStringLiteral("--to"), QStringLiteral("sql"), QStringLiteral("--bad-plan")}
        << QStringLiteral("bad-plan.json:") << false;
    QTest::newRow("framework needs postgresql")
        << QStringList{QStringLiteral("--to"), QStringLiteral("django"),
                       QStringLiteral("--sqlite-plan")}
        << QStringLiteral("django export needs a PostgreSQL plan") << false;
}

void ExportCliTest::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    QFETCH(bool, nonEmptyOut);
    const QString out = freshDir(QStringLiteral("export-bad"));
    QString plan = PlanPath;
    if (args.contains(QStringLiteral("--bad-plan")) ||
        args.contains(QStringLiteral("--sqlite-plan"))) {
        QString text = readFile(PlanPath);
        if (args.removeAll(QStringLiteral("--bad-plan")))
            text.replace(QStringLiteral("\"default\": \"0\""), QStringLiteral("\"default\": null"))
                .replace(QStringLiteral("\"backfill\": \"round(amount * 100)\""),
                         QStringLiteral("\"backfill\": null"));
        if (args.removeAll(QStringLiteral("--sqlite-plan")))
            text = readFile(QStringLiteral(COLUMN_PLANNER_SOURCE_DIR
                                           "/resources/plans/orders-add-delivery-details.json"))
                       .replace(QStringLiteral("\"dialect\": \"postgresql\""),
                                QStringLiteral("\"dialect\": \"sqlite\""))
                       .replace(QStringLiteral("\"server_version\": \"15\""),
                                QStringLiteral("\"server_version\": \"3.40\""));
        plan = testsupport::tempPath(mention.contains(QStringLiteral("bad-plan"))
                                         ? QStringLiteral("bad-plan.json")
                                         : QStringLiteral("sqlite-plan.json"));
        QFile file(plan);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }
    if (nonEmptyOut) {
        QVERIFY(QDir().mkpath(out));
        QFile keep(out + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
    }
    const auto run = testsupport::runCli(
        QStringList{QStringLiteral("export"), plan, QStringLiteral("--out"), out} + args);
    expectOneLineError(run, mention);
    // Nothing written, nothing lost.
    QCOMPARE(filesUnder(out),
             nonEmptyOut ? QStringList{QStringLiteral("keep.txt")} : QStringList{});
}

void ExportCliTest::forceReplacesExportedFilesOnly()
{
    const QString out = freshDir(QStringLiteral("export-force"));
    QVERIFY(QDir().mkpath(out));
    QFile keep(out + QStringLiteral("/keep.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    QFile stale(out + QStringLiteral("/01-expand.sql"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("stale");
    stale.close();
    const auto run = exportPlan(PlanPath, QStringLiteral("sql"), out, {QStringLiteral("--force")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(readFile(out + QStringLiteral("/keep.txt")), QStringLiteral("mine"));
    QVERIFY(readFile(out + QStringLiteral("/01-expand.sql"))
                .contains(QStringLiteral("ADD COLUMN IF NOT EXISTS")));
    QCOMPARE(run.out.trimmed().split(u'\n').size(), 8);
}

QTEST_GUILESS_MAIN(ExportCliTest)
#include "tst_exportcli.moc"
