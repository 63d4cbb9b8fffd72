// Purpose presets: each gives the documented design in each dialect, follows the naming
// conventions, and its plan compiles without error for every dialect and old server versions.

#include "base/identifierrules.h"
#include "plan/presets.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QTest>

class TestPresets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listIsComplete();
    void textStaysOnTarget();
    void design_data();
    void design();
    void namesFollowConventions_data();
    void namesFollowConventions();
    void choices();
    void compilesEverywhere_data();
    void compilesEverywhere();
    void unknownPreset();
};

void TestPresets::listIsComplete()
{
    QStringList ids;
    for (const ColumnPreset &preset : Presets::all()) {
        ids << preset.id;
        QVERIFY2(!preset.name.isEmpty() && preset.explanation.size() > 200, qPrintable(preset.id));
        QVERIFY2(preset.namePattern.contains(u'*'), qPrintable(preset.id));
        QCOMPARE(Presets::find(preset.id), &preset);
    }
    QCOMPARE(ids, QStringList({"counter", "state", "document", "timestamp", "flag", "reference",
                               "money", "text"}));
    QCOMPARE(Presets::find(QStringLiteral("nope")), nullptr);
    QCOMPARE(Presets::suggestedName(QStringLiteral("counter"), QStringLiteral("Refund")),
             QStringLiteral("refund_count"));
    QCOMPARE(Presets::suggestedName(QStringLiteral("flag"), QStringLiteral("gift")),
             QStringLiteral("is_gift"));
    QCOMPARE(Presets::suggestedName(QStringLiteral("timestamp"), {}),
             QStringLiteral("refunded_at"));
}

// What a preset says is about the target the user designs for: the explanation holds for every
// database, and the notes of one never talk about another (a PostgreSQL money column is not
// told about SQLite's NUMERIC).
void TestPresets::textStaysOnTarget()
{
    const QStringList products = {"PostgreSQL", "SQLite", "MySQL", "MariaDB"};
    const QList<QPair<DialectKind, bool>> targets = {{DialectKind::PostgreSQL, false},
                                                     {DialectKind::SQLite, false},
                                                     {DialectKind::MySQL, false},
                                                     {DialectKind::MySQL, true}};
    for (const ColumnPreset &preset : Presets::all()) {
        for (const QString &product : products)
            QVERIFY2(!preset.explanation.contains(product),
                     qPrintable(preset.id + QStringLiteral(" explains ") + product));
        for (const auto &[dialect, mariadb] : targets) {
            const QString own = mariadb                              ? QStringLiteral("MariaDB")
                                : dialect == DialectKind::PostgreSQL ? QStringLiteral("PostgreSQL")
                                : dialect == DialectKind::SQLite     ? QStringLiteral("SQLite")
                                                                     : QStringLiteral("MySQL");
            const QString notes =
                Presets::design(preset.id, dialect, {}, mariadb).notes.join(u'\n');
            for (const QString &product : products)
                if (product != own)
                    QVERIFY2(!notes.contains(product),
                             qPrintable(preset.id + u' ' + own + QStringLiteral(" notes name ") +
                                        product + QStringLiteral(": ") + notes));
        }
    }
    // The money preset on PostgreSQL says why numeric is exact, and nothing of SQLite's NUMERIC.
    const PresetDesign money = Presets::design(QStringLiteral("money"), DialectKind::PostgreSQL);
    QCOMPARE(money.column.type, QStringLiteral("numeric(12,2)"));
    QVERIFY(Presets::find(QStringLiteral("money"))->explanation.contains(QStringLiteral("0.10")));
    // SQLite is told, in its own notes, why the amount is in cents.
    QVERIFY(Presets::design(QStringLiteral("money"), DialectKind::SQLite)
                .notes.join(u' ')
                .contains(QStringLiteral("SQLite has no exact decimal type")));
}

void TestPresets::design_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<QString>("defaultExpr"); // "-" none
    QTest::addColumn<QString>("check");       // "-" none
    QTest::addColumn<QString>("index");       // "-" none, else method
    QTest::addColumn<QString>("references");  // "-" none, else table.column

    auto row = [](const char *id, const char *dialect, const char *name, const char *type,
                  bool nullable, const char *def, const char *check, const char *index,
                  const char *refs) {
        QTest::addRow("%s/%s", id, dialect)
            << id << dialect << name << type << nullable << def << check << index << refs;
    };
    row("counter", "postgresql", "refund_count", "bigint", false, "0", "-", "-", "-");
    row("counter", "sqlite", "refund_count", "INTEGER", false, "0", "-", "-", "-");
    row("counter", "mysql", "refund_count", "bigint", false, "0", "-", "-", "-");
    row("state", "postgresql", "fulfilment_state", "enum", false, "'new'", "-", "-", "-");
    row("state", "sqlite", "fulfilment_state", "TEXT", false, "'new'", "-", "-", "-");
    row("state", "mysql", "fulfilment_state", "enum", false, "'new'", "-", "-", "-");
    row("document", "postgresql", "delivery_details", "jsonb", true, "-", "-", "gin", "-");
    row("document", "sqlite", "delivery_details", "TEXT", true, "-",
        "delivery_details IS NULL OR json_valid(delivery_details)", "-", "-");
    row("document", "mysql", "delivery_details", "json", true, "-", "-", "-", "-");
    row("timestamp", "postgresql", "refunded_at", "timestamptz", true, "-", "-", "-", "-");
    row("timestamp", "sqlite", "refunded_at", "TEXT", true, "-", "-", "-", "-");
    row("timestamp", "mysql", "refunded_at", "datetime(6)", true, "-", "-", "-", "-");
    row("flag", "postgresql", "is_gift", "boolean", false, "false", "-", "-", "-");
    row("flag", "sqlite", "is_gift", "INTEGER", false, "0", "is_gift IN (0, 1)", "-", "-");
    row("flag", "mysql", "is_gift", "boolean", false, "false", "-", "-", "-");
    row("reference", "postgresql", "customer_id", "bigint", true, "-", "-", "btree",
        "customers.id");
    row("reference", "sqlite", "customer_id", "INTEGER", true, "-", "-", "btree", "customers.id");
    row("reference", "mysql", "customer_id", "bigint", true, "-", "-", "btree", "customers.id");
    row("money", "postgresql", "discount_amount", "numeric(12,2)", false, "0",
        "discount_amount >= 0", "-", "-");
    row("money", "sqlite", "discount_cents", "INTEGER", false, "0", "discount_cents >= 0", "-",
        "-");
    row("money", "mysql", "discount_amount", "decimal(12,2)", false, "0", "-", "-", "-");
    row("text", "postgresql", "delivery_note", "text", true, "-", "-", "-", "-");
    row("text", "sqlite", "delivery_note", "TEXT", true, "-", "-", "-", "-");
    row("text", "mysql", "delivery_note", "text", true, "-", "-", "-", "-");
}

void TestPresets::design()
{
    QFETCH(QString, id);
    QFETCH(QString, dialect);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(bool, nullable);
    QFETCH(QString, defaultExpr);
    QFETCH(QString, check);
    QFETCH(QString, index);
    QFETCH(QString, references);

    const PresetDesign design = Presets::design(id, *dialectFromName(dialect));
    const ColumnSpec &col = design.column;
    QCOMPARE(col.name, name);
    QCOMPARE(col.type, type);
    QCOMPARE(col.nullable, nullable);
    QCOMPARE(col.defaultExpr.value_or(QStringLiteral("-")), defaultExpr);
    QCOMPARE(col.check.value_or(QStringLiteral("-")), check);
    QCOMPARE(col.index ? col.index->method : QStringLiteral("-"), index);
    QCOMPARE(col.references ? col.references->table + u'.' + col.references->column
                            : QStringLiteral("-"),
             references);
    QVERIFY(!col.backfill);
    if (id == u"state")
        QCOMPARE(col.enumValues, QStringList({"new", "active", "done"}));
    else
        QVERIFY(col.enumValues.isEmpty());
    // A NOT NULL design always says what existing rows get.
    QVERIFY(col.nullable || col.defaultExpr);
}

void TestPresets::namesFollowConventions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("dialect");
    for (const ColumnPreset &preset : Presets::all())
        for (const char *dialect : {"postgresql", "sqlite", "mysql"})
            QTest::addRow("%s/%s", qPrintable(preset.id), dialect)
                << preset.id << QString::fromLatin1(dialect);
}

void TestPresets::namesFollowConventions()
{
    QFETCH(QString, id);
    QFETCH(QString, dialect);
    const ColumnSpec col = Presets::design(id, *dialectFromName(dialect)).column;
    const QList<NameIssue> issues = reviewColumnName(col.name, *dialectFromName(dialect), col.type,
                                                     {}, col.references.has_value());
    for (const NameIssue &issue : issues)
        QVERIFY2(issue.severity == u"info", qPrintable(issue.rule + u' ' + issue.message));
}

void TestPresets::choices()
{
    PresetChoices state;
    state.stem = QStringLiteral("Payment");
    state.enumValues = {QStringLiteral("open"), QStringLiteral("it's settled")};
    const ColumnSpec s =
        Presets::design(QStringLiteral("state"), DialectKind::PostgreSQL, state).column;
    QCOMPARE(s.name, QStringLiteral("payment_state"));
    QCOMPARE(s.enumValues, state.enumValues);
    QCOMPARE(*s.defaultExpr, QStringLiteral("'open'"));

    PresetChoices ref;
    ref.columnName = QStringLiteral("referrer_id");
    ref.referencedTable = QStringLiteral("public.customers");
    ref.index = false;
    const PresetDesign r =
        Presets::design(QStringLiteral("reference"), DialectKind::PostgreSQL, ref);
    QCOMPARE(r.column.name, QStringLiteral("referrer_id"));
    QCOMPARE(r.column.references->table, QStringLiteral("public.customers"));
    QVERIFY(!r.column.index);
    QVERIFY(r.notes.join(u' ').contains(QStringLiteral("scans this table")));

    PresetChoices category;
    category.stem = QStringLiteral("category");
    QCOMPARE(Presets::design(QStringLiteral("reference"), DialectKind::SQLite, category)
                 .column.references->table,
             QStringLiteral("categories"));

    PresetChoices cents;
    cents.variant = true;
    const ColumnSpec m =
        Presets::design(QStringLiteral("money"), DialectKind::PostgreSQL, cents).column;
    QCOMPARE(m.name, QStringLiteral("discount_cents"));
    QCOMPARE(m.type, QStringLiteral("bigint"));
    QCOMPARE(*m.check, QStringLiteral("discount_cents >= 0"));

    PresetChoices noIndex;
    noIndex.index = false;
    QVERIFY(!Presets::design(QStringLiteral("document"), DialectKind::PostgreSQL, noIndex)
                 .column.index);

    // A name that must be quoted is quoted inside the preset's own expressions.
    PresetChoices odd;
    odd.columnName = QStringLiteral("Is Gift");
    QCOMPARE(*Presets::design(QStringLiteral("flag"), DialectKind::SQLite, odd).column.check,
             QStringLiteral("\"Is Gift\" IN (0, 1)"));
}

void TestPresets::compilesEverywhere_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("version");
    for (const ColumnPreset &preset : Presets::all())
        for (const auto &[dialect, version] : {std::pair{"postgresql", "10"},
                                               {"postgresql", "12"},
                                               {"postgresql", "18"},
                                               {"sqlite", "3.35.0"},
                                               {"sqlite", "3.45.1"},
                                               {"mysql", "8.0.11"},
                                               {"mysql", "8.0.35"},
                                               {"mariadb", "10.2"},
                                               {"mariadb", "10.6"}})
            QTest::addRow("%s/%s %s", qPrintable(preset.id), dialect, version)
                << preset.id << QString::fromLatin1(dialect) << QString::fromLatin1(version);
}

void TestPresets::compilesEverywhere()
{
    QFETCH(QString, id);
    QFETCH(QString, dialect);
    QFETCH(QString, version);
    const bool mariadb = dialect == u"mariadb";
    Plan plan = Presets::plan(id, *dialectFromName(dialect), QStringLiteral("public"),
                              QStringLiteral("orders"), {}, mariadb);
    plan.primaryKey = {QStringLiteral("id")};
    plan.serverVersion = version;
    Script script;
    try {
        script = Compiler::compile(plan);
    } catch (const CompileError &error) {
        QFAIL(qPrintable(error.message()));
    }
    QCOMPARE(script.phases.size(), 4);
    // Only PostgreSQL 10 (no fast default) keeps a backfilled NOT NULL as a validated CHECK, and
    // says so.
    if (dialect == u"postgresql" && version == u"10" && !plan.column.nullable)
        QVERIFY(script.warnings.join(u' ').contains(
            QStringLiteral("NOT NULL is enforced by the validated CHECK")));
    else
        QVERIFY2(script.warnings.isEmpty(), qPrintable(script.warnings.join(u'\n')));
    const QString text = ScriptRenderer::render(script);
    QVERIFY(text.contains(plan.column.name));
    // Every preset adds its column in expand and undoes it in expand's rollback.
    QVERIFY(!script.phases.first().statements.isEmpty());
    QVERIFY(!script.phases.first().rollback.isEmpty());
    // Presets choose designs that need no backfill and no table rebuild.
    QVERIFY2(script.phase(QStringLiteral("backfill"))->statements.isEmpty() ||
                 (dialect == u"postgresql" && version == u"10"),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("cp_new_orders")), qPrintable(text));
}

void TestPresets::unknownPreset()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             Presets::design(QStringLiteral("uuid"), DialectKind::PostgreSQL));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        Presets::plan(QStringLiteral(""), DialectKind::SQLite, {}, QStringLiteral("t")));
}

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
