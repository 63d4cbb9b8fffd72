// Plan text never becomes SQL (issue 21): for hostile plans (newlines, comment marks, quotes,
// backslashes, NUL, U+2028, dollar quotes in every text field) either the loader refuses the
// plan with one line, or every generated artefact parses with the real PostgreSQL grammar to
// exactly the statements the compiler meant: the same count and the same kinds, so no text of
// the plan escaped its comment, literal or quoted identifier.

#include "export/exportsql.h"
#include "export/migrationexporter.h"
#include "parse/parsetree.h"
#include "parse/sqlsource.h"
#include "parse/statementparser.h"
#include "plan/planfile.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

class TestScriptRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostilePlans_data();
    void hostilePlans();
    void rendererAloneIsInert_data();
    void rendererAloneIsInert();

private:
    void verifyInert(const Plan &plan);
    void verifyMigrationExports(const Plan &plan, const Script &script,
                                const QList<ExportFile> &sqlFiles);
};

namespace {

QByteArray sample()
{
    QFile file(QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/amount_cents.json"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// The statement kinds of `sql` ("AlterTableStmt", ...); an entry "error: ..." for a statement
// that does not parse.
QStringList kinds(const QString &sql)
{
    QStringList out;
    StatementParser::parse(SqlSource(sql.toUtf8()), [&](ParsedStatement &&statement) {
        if (statement.node)
            out << QString(parsetree::typeName(statement.node));
        else
            out << QStringLiteral("error: ") + statement.error;
    });
    return out;
}

// What the compiler meant: each executable statement parsed on its own, one kind each.
QStringList meant(const QList<Statement> &statements)
{
    QStringList out;
    for (const Statement &statement : statements) {
        if (statement.kind == Statement::Comment)
            continue;
        const QStringList one = kinds(statement.sql);
        out << (one.size() == 1 ? one.first()
                                : QStringLiteral("not one statement: ") + statement.sql);
    }
    return out;
}

void set(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        root.insert(path, value);
        return;
    }
    QJsonObject inner = root.value(parts.at(0)).toObject();
    if (parts.size() == 3) {
        QJsonObject innermost = inner.value(parts.at(1)).toObject();
        innermost.insert(parts.at(2), value);
        inner.insert(parts.at(1), innermost);
    } else {
        inner.insert(parts.at(1), value);
    }
    root.insert(parts.at(0), inner);
}

} // namespace

void TestScriptRenderer::hostilePlans_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    const QStringList payloads = {
        QStringLiteral("t\nDROP TABLE pwned;\n--"),
        QStringLiteral("t\rDROP TABLE pwned;--"),
        QStringLiteral("t\u2028DROP TABLE pwned;"),
        QStringLiteral("t\u0085DROP TABLE pwned;"),
        QStringLiteral("a*/DROP TABLE pwned;/*"),
        QStringLiteral("a--b; DROP TABLE pwned"),
        QStringLiteral("x'; DROP TABLE pwned; --"),
        QStringLiteral("x\"; DROP TABLE pwned; --"),
        QStringLiteral("x\\'; DROP TABLE pwned; --"),
        QStringLiteral("x$$; DROP TABLE pwned; $$"),
        QStringLiteral("x$cp_type$; DROP TABLE pwned; --"),
        QStringLiteral("x$cp_backfill$; DROP TABLE pwned; --"),
        QString(QChar(0)) + QStringLiteral("DROP TABLE pwned"),
        QStringLiteral("x\n--changeset evil:1\nDROP TABLE pwned;"),
        QStringLiteral("<script>alert(1)</script>"),
    };
    const QStringList paths = {
        QStringLiteral("title"),
        QStringLiteral("table.schema"),
        QStringLiteral("table.name"),
        QStringLiteral("column.name"),
        QStringLiteral("column.comment"),
        QStringLiteral("column.type"),
        QStringLiteral("column.enum_values"),
        QStringLiteral("table.primary_key"),
        QStringLiteral("checks.name"),
        QStringLiteral("checks.expect"),
        QStringLiteral("column.references.table"),
    };
    for (const QString &path : paths) {
        for (int i = 0; i < payloads.size(); ++i) {
            QJsonValue value = payloads.at(i);
            if (path == u"column.enum_values" || path == u"table.primary_key")
                value = QJsonArray{QStringLiteral("ok"), payloads.at(i)};
            QTest::addRow("%s #%d", qPrintable(path), i) << path << value;
        }
    }
    // Expressions are SQL by design: a string literal holding a dollar tag or comment marks
    // stays a literal.
    QTest::newRow("backfill literal with dollar tag")
        << "column.backfill"
        << QJsonValue(QStringLiteral("'$cp_backfill$; DROP TABLE pwned; --'::text IS NOT NULL"));
    QTest::newRow("default literal with comment marks")
        << "column.default"
        << QJsonValue(QStringLiteral("length('*/ -- $$ \n DROP TABLE pwned;')"));
}

void TestScriptRenderer::hostilePlans()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QJsonObject root = QJsonDocument::fromJson(sample()).object();
    if (path.startsWith(u"checks.")) {
        QJsonArray checks = root.value(QStringLiteral("checks")).toArray();
        QJsonObject check = checks.at(0).toObject();
        check.insert(path.mid(7), value);
        checks.replace(0, check);
        root.insert(QStringLiteral("checks"), checks);
    } else if (path == u"column.references.table") {
        set(root, QStringLiteral("column.references"),
            QJsonObject{{QStringLiteral("table"), value}});
    } else if (path == u"column.enum_values") {
        set(root, path, value);
        set(root, QStringLiteral("column.type"), QStringLiteral("order_state"));
        set(root, QStringLiteral("column.default"), QStringLiteral("'ok'"));
        set(root, QStringLiteral("column.backfill"), QJsonValue());
        set(root, QStringLiteral("column.check"), QJsonValue());
    } else {
        set(root, path, value);
    }
    if (path == u"column.backfill")
        set(root, QStringLiteral("column.type"), QStringLiteral("boolean"));
    if (path == u"column.backfill" || path == u"column.default") {
        set(root, QStringLiteral("column.check"), QJsonValue());
        set(root, QStringLiteral("column.type"),
            path == u"column.default" ? QStringLiteral("integer") : QStringLiteral("boolean"));
    }

    Plan plan;
    try {
        plan = PlanFile::parse(QJsonDocument(root).toJson(), QStringLiteral("plan.json"));
    } catch (const PlanError &error) {
        QVERIFY2(!error.message().contains(u'\n') && !error.message().contains(u'\r'),
                 qPrintable(error.message()));
        return; // refused, with one line
    }
    verifyInert(plan);
}

void TestScriptRenderer::verifyInert(const Plan &plan)
{
    Script script;
    try {
        CompileOptions options;
        options.dialect = DialectKind::PostgreSQL;
        script = Compiler::compile(plan, options);
    } catch (const CompileError &error) {
        QVERIFY2(!error.message().contains(u'\n') && !error.message().contains(u'\r'),
                 qPrintable(error.message()));
        return;
    }

    // The whole script, forward, then every rollback.
    QList<Statement> forward, backward;
    for (const Phase &phase : script.phases)
        forward += phase.statements;
    for (auto it = script.phases.rbegin(); it != script.phases.rend(); ++it)
        backward += it->rollback;
    QCOMPARE(kinds(ScriptRenderer::render(script)), meant(forward));
    RenderOptions rollback;
    rollback.rollback = true;
    QCOMPARE(kinds(ScriptRenderer::render(script, rollback)), meant(backward));

    // The SQL export: each phase file and each rollback file.
    const QList<ExportFile> files = MigrationExporter::files(plan, script, ExportTarget::Sql);
    QCOMPARE(files.size(), script.phases.size() * 2);
    for (int i = 0; i < script.phases.size(); ++i) {
        QList<Statement> statements = ExportSql::executable(script.phases.at(i));
        QList<Statement> undo = ExportSql::executableRollback(script.phases.at(i));
        for (Statement &s : statements)
            s.sql = ExportSql::idempotentSql(s);
        for (Statement &s : undo)
            s.sql = ExportSql::idempotentSql(s);
        QCOMPARE(kinds(QString::fromUtf8(files.at(2 * i).content)), meant(statements));
        QCOMPARE(kinds(QString::fromUtf8(files.at(2 * i + 1).content)), meant(undo));
    }
    verifyMigrationExports(plan, script, files);

    // No comment line holds a character that ends a line for some reader (PostgreSQL's scanner
    // ends a "--" comment at '\r'; editors and other tools at U+2028, U+0085, ...).
    for (const QString &text :
         {ScriptRenderer::render(script), QString::fromUtf8(files.at(0).content)})
        for (const QString &line : text.split(u'\n'))
            if (line.startsWith(QStringLiteral("--")))
                for (QChar c : line)
                    QVERIFY2(c == u'\t' || !(c.unicode() < 0x20 ||
                                             (c.unicode() >= 0x7f && c.unicode() <= 0x9f) ||
                                             c == QChar(0x2028) || c == QChar(0x2029)),
                             qPrintable(QStringLiteral("U+%1 in: %2")
                                            .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                            .arg(line)));
}

// The migration tools' exports hold the same statements as the SQL export, and their own
// structure (Liquibase's changesets, Sqitch's plan) has exactly the entries the compiler meant:
// plan text can add neither a statement nor a changeset or a change.
void TestScriptRenderer::verifyMigrationExports(const Plan &plan, const Script &script,
                                                const QList<ExportFile> &sqlFiles)
{
    auto without = [](QStringList list, const QString &kind) {
        list.removeAll(kind);
        return list;
    };
    const QString transaction = QStringLiteral("TransactionStmt");
    QHash<QString, QStringList> forwardByPhase, backwardByPhase;
    QStringList allForward;
    for (int i = 0; i < script.phases.size(); ++i) {
        forwardByPhase.insert(script.phases.at(i).name,
                              kinds(QString::fromUtf8(sqlFiles.at(2 * i).content)));
        backwardByPhase.insert(script.phases.at(i).name,
                               kinds(QString::fromUtf8(sqlFiles.at(2 * i + 1).content)));
    }
    int executable = 0;
    for (const Phase &phase : script.phases) {
        QList<Statement> statements = ExportSql::executable(phase);
        executable += int(statements.size());
        for (Statement &statement : statements)
            statement.sql = ExportSql::idempotentSql(statement);
        allForward += meant(statements);
    }

    // Flyway: V (forward) and U (undo) scripts for each phase with something to run; the
    // version's last number is the phase's.
    int flywayPhases = 0, phasesToRun = 0;
    for (const Phase &phase : script.phases)
        phasesToRun += ExportSql::executable(phase).isEmpty() ? 0 : 1;
    for (const ExportFile &file : MigrationExporter::files(plan, script, ExportTarget::Flyway)) {
        if (!file.path.endsWith(QStringLiteral(".sql")))
            continue;
        const int phase =
            file.path.section(QStringLiteral("__"), 0, 0).section(u'.', -1).toInt() - 1;
        QVERIFY2(phase >= 0 && phase < script.phases.size(), qPrintable(file.path));
        const QString name = script.phases.at(phase).name;
        const bool undo = file.path.startsWith(u'U');
        flywayPhases += undo ? 0 : 1;
        QCOMPARE(kinds(QString::fromUtf8(file.content)),
                 undo ? backwardByPhase.value(name) : forwardByPhase.value(name));
    }
    QCOMPARE(flywayPhases, phasesToRun);

    // Liquibase: one changeset per executable statement, its SQL and nothing else executable
    // (rollbacks are "--rollback" comments). Text that would be read as a directive is refused.
    try {
        const QList<ExportFile> changelog =
            MigrationExporter::files(plan, script, ExportTarget::Liquibase);
        QCOMPARE(changelog.size(), 1);
        const QString text = QString::fromUtf8(changelog.first().content);
        QCOMPARE(kinds(text), allForward);
        QCOMPARE(int(text.split(u'\n')
                         .filter(QRegularExpression(QStringLiteral("^--changeset ")))
                         .size()),
                 executable);
    } catch (const ExportError &error) {
        QVERIFY2(!QString::fromUtf8(error.what()).contains(u'\n'), error.what());
    }

    // Sqitch: one change per phase in sqitch.plan; each deploy and revert script holds that
    // phase's statements (in a transaction where they can run in one).
    int changes = 0, deploys = 0;
    for (const ExportFile &file : MigrationExporter::files(plan, script, ExportTarget::Sqitch)) {
        const QString text = QString::fromUtf8(file.content);
        if (file.path == u"sqitch.plan") {
            for (const QString &line : text.split(u'\n'))
                changes += line.isEmpty() || line.startsWith(u'%') ? 0 : 1;
            continue;
        }
        const QString phase = QFileInfo(file.path).completeBaseName().section(u'_', 0, 0);
        if (file.path.startsWith(QStringLiteral("deploy/"))) {
            ++deploys;
            QCOMPARE(without(kinds(text), transaction),
                     without(forwardByPhase.value(phase), transaction));
        } else if (file.path.startsWith(QStringLiteral("revert/"))) {
            QCOMPARE(without(kinds(text), transaction),
                     without(backwardByPhase.value(phase), transaction));
        } else if (file.path.startsWith(QStringLiteral("verify/"))) {
            for (const QString &kind : kinds(text))
                QVERIFY2(kind == u"SelectStmt" || kind == u"DoStmt",
                         qPrintable(kind + QStringLiteral(" in ") + file.path));
        }
    }
    QCOMPARE(changes, deploys);
}

// The same without the loader's refusals: a Plan built in code (the designer form, a future
// loader) with control characters in its texts still renders inert.
void TestScriptRenderer::rendererAloneIsInert_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    const QStringList payloads = {
        QStringLiteral("t\nDROP TABLE pwned;\n--"),
        QStringLiteral("t\rDROP TABLE pwned;--"),
        QStringLiteral("t\u2028DROP TABLE pwned;"),
        QStringLiteral("a*/DROP TABLE pwned;/*"),
        QStringLiteral("x'; DROP TABLE pwned; --"),
        QStringLiteral("x$cp_type$; DROP TABLE pwned; --"),
        QStringLiteral("x\n$cp_backfill$;\nDROP TABLE pwned;\n"),
    };
    for (const char *field :
         {"title", "schema", "table", "comment", "check name", "check expect", "label"})
        for (int i = 0; i < payloads.size(); ++i)
            QTest::addRow("%s #%d", field, i) << QString::fromLatin1(field) << payloads.at(i);
}

void TestScriptRenderer::rendererAloneIsInert()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    Plan plan = PlanFile::parse(sample(), QStringLiteral("plan.json"));
    if (field == u"title")
        plan.title = text;
    else if (field == u"schema")
        plan.schema = text;
    else if (field == u"table")
        plan.table = text;
    else if (field == u"comment")
        plan.column.comment = text;
    else if (field == u"check name")
        plan.checks[0].name = text;
    else if (field == u"check expect")
        plan.checks[0].expect = text;
    else if (field == u"label") {
        plan.column.type = QStringLiteral("order_state");
        plan.column.enumValues = {QStringLiteral("ok"), text};
        plan.column.defaultExpr = QStringLiteral("'ok'");
        plan.column.backfill.reset();
        plan.column.check.reset();
    }
    verifyInert(plan);
}

QTEST_APPLESS_MAIN(TestScriptRenderer)
#include "tst_scriptrenderer.moc"
