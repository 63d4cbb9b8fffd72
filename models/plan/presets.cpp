#include "presets.h"

#include "base/identifierrules.h"

#include <stdexcept>

namespace {

QString plural(const QString &stem)
{
    if (stem.endsWith(u's') || stem.endsWith(u'x'))
        return stem + QStringLiteral("es");
    if (stem.endsWith(u'y') && stem.size() > 1 &&
        !QStringLiteral("aeiou").contains(stem.at(stem.size() - 2)))
        return stem.left(stem.size() - 1) + QStringLiteral("ies");
    return stem + u's';
}

// The explanations hold what is true on every target; what one database does differently is
// among the notes of Presets::design, so a PostgreSQL plan never reads about SQLite.
QList<ColumnPreset> makePresets()
{
    return {
        {QStringLiteral("counter"),
         QStringLiteral("Counter"),
         Presets::tr("A count of things that happened to the row (refunds, retries, logins). It "
                     "is a 64-bit integer (bigint) because counters only grow and an integer that "
                     "overflows at 2^31 fails writes at the worst moment; it is NOT NULL DEFAULT 0 "
                     "because \"no events yet\" is zero, not unknown, so every query can add to "
                     "it without COALESCE. A constant default costs nothing to add: existing rows "
                     "read it from the catalog, no rewrite and no backfill."),
         QStringLiteral("*_count"),
         QStringLiteral("refund"),
         {}},
        {QStringLiteral("state"),
         QStringLiteral("State"),
         Presets::tr("One value out of a short, known list (pending, packed, shipped). "
                     "Constraining the values in the database stops typos and unknown states at "
                     "the source. NOT NULL with the first value as default, so existing rows "
                     "start in a defined state. Keep the list to states the application really "
                     "has: changing it later is a schema change of its own."),
         QStringLiteral("*_state"),
         QStringLiteral("fulfilment"),
         {}},
        {QStringLiteral("document"),
         QStringLiteral("Flexible document"),
         Presets::tr("Attributes whose shape varies from row to row or is not settled yet, as "
                     "one JSON document per row. Nullable without a default: no document is "
                     "NULL, and adding it rewrites nothing. Move a key to a real column once "
                     "queries depend on it."),
         QStringLiteral("*_details"),
         QStringLiteral("delivery"),
         {}},
        {QStringLiteral("timestamp"),
         QStringLiteral("Timestamp"),
         Presets::tr("The moment something happened to the row (paid, shipped, refunded), "
                     "stored so that servers and clients in other time zones agree on it. "
                     "Nullable: NULL means \"has not happened\", which is the truth for "
                     "existing rows."),
         QStringLiteral("*_at"),
         QStringLiteral("refunded"),
         {}},
        {QStringLiteral("flag"),
         QStringLiteral("Flag"),
         Presets::tr("A yes/no property of the row (gift, archived, verified). NOT NULL DEFAULT "
                     "false: a flag with a third state (NULL) makes every WHERE clause subtle, "
                     "and false for existing rows is almost always what \"not set\" means. "
                     "Adding it is a catalog change only. Name it is_* or has_* so queries read "
                     "as sentences."),
         QStringLiteral("is_*"),
         QStringLiteral("gift"),
         {}},
        {QStringLiteral("reference"),
         QStringLiteral("Reference"),
         Presets::tr("A link to a row of another table: the type of the key it points to, with "
                     "a foreign key so no row can point at nothing, and an index on the column "
                     "because deleting or updating a referenced row looks up its referencing "
                     "rows, which without an index is a full scan under lock. Nullable: existing "
                     "rows have no link yet. ON DELETE RESTRICT: deleting the referenced row "
                     "should be a decision, not a side effect."),
         QStringLiteral("*_id"),
         QStringLiteral("customer"),
         {}},
        {QStringLiteral("money"), QStringLiteral("Money"),
         Presets::tr("An amount of money. An exact decimal with two places keeps cents exact "
                     "(binary floating point cannot represent 0.10), up to 9,999,999,999.99. NOT "
                     "NULL DEFAULT 0 with a CHECK that the amount is not negative: a missing "
                     "amount is usually zero, and a negative one a bug (drop the CHECK for "
                     "signed amounts such as balances). The variant stores integer cents in a "
                     "64-bit integer (bigint): exact and fastest."),
         QStringLiteral("*_amount"), QStringLiteral("discount"), Presets::tr("integer cents")},
        {QStringLiteral("text"),
         QStringLiteral("Free text"),
         Presets::tr("Text a person writes (a note, a reason, instructions). Plain text, "
                     "nullable, without a default: no length limit to outgrow (a CHECK on "
                     "length is easier to change later than a type), and NULL means nobody wrote "
                     "anything, which is true of existing rows. Adding it is a catalog change "
                     "only."),
         QStringLiteral("*_note"),
         QStringLiteral("delivery"),
         {}},
    };
}

} // namespace

const QList<ColumnPreset> &Presets::all()
{
    static const QList<ColumnPreset> presets = makePresets();
    return presets;
}

const ColumnPreset *Presets::find(const QString &id)
{
    for (const ColumnPreset &preset : all())
        if (preset.id == id)
            return &preset;
    return nullptr;
}

QString Presets::suggestedName(const QString &id, const QString &stem)
{
    const ColumnPreset *preset = find(id);
    if (!preset)
        return {};
    const QString base =
        toSnakeCase(stem.trimmed().isEmpty() ? preset->exampleStem : stem.trimmed());
    return QString(preset->namePattern).replace(u'*', base);
}

PresetDesign Presets::design(const QString &id, DialectKind dialect, const PresetChoices &choices,
                             bool mariadb)
{
    const ColumnPreset *preset = find(id);
    if (!preset)
        throw std::invalid_argument(Presets::tr("unknown preset \"%1\"").arg(id).toStdString());
    const bool pg = dialect == DialectKind::PostgreSQL;
    const bool sqlite = dialect == DialectKind::SQLite;
    const QString product = mariadb ? QStringLiteral("MariaDB") : QStringLiteral("MySQL");
    const bool cents = id == u"money" && (choices.variant || sqlite);
    QString name = choices.columnName.trimmed();
    if (name.isEmpty()) {
        name = suggestedName(id, choices.stem);
        if (cents)
            name.replace(QStringLiteral("_amount"), QStringLiteral("_cents"));
    }
    const QString self = columnReference(name, dialect);

    PresetDesign design;
    ColumnSpec &col = design.column;
    col.name = name;
    if (id == u"counter") {
        col.type = sqlite ? QStringLiteral("INTEGER") : QStringLiteral("bigint");
        col.nullable = false;
        col.defaultExpr = QStringLiteral("0");
        if (pg)
            design.notes << Presets::tr(
                "PostgreSQL 10 cannot add a default without rewriting the table: there the default "
                "is set separately and existing rows are filled in batches");
    } else if (id == u"state") {
        col.enumValues = choices.enumValues.isEmpty()
                             ? QStringList{QStringLiteral("new"), QStringLiteral("active"),
                                           QStringLiteral("done")}
                             : choices.enumValues;
        col.type = sqlite ? QStringLiteral("TEXT") : QStringLiteral("enum");
        col.nullable = false;
        col.defaultExpr = quoteLiteral(col.enumValues.first(), dialect);
        if (pg)
            design.notes << Presets::tr(
                "the enum type is named after the table and the column; ALTER TYPE ... ADD VALUE "
                "adds a state later without touching the table");
        else if (sqlite)
            design.notes << Presets::tr(
                "SQLite has no enum: TEXT with a CHECK listing the values; changing the list later "
                "means a table rebuild");
        else
            design.notes << Presets::tr("%1 adds ENUM values at the end of the list instantly; "
                                        "inserting one in the middle "
                                        "or removing one copies the table")
                                .arg(product);
    } else if (id == u"document") {
        col.type = pg       ? QStringLiteral("jsonb")
                   : sqlite ? QStringLiteral("TEXT")
                            : QStringLiteral("json");
        col.nullable = true;
        design.notes << (pg       ? Presets::tr("jsonb is parsed once, stored compactly and "
                                                      "indexable with GIN for containment and "
                                                      "key-existence queries")
                         : sqlite ? Presets::tr("SQLite has no JSON type: TEXT with a "
                                                "json_valid(...) CHECK, so only well-formed JSON "
                                                "gets in")
                                  : Presets::tr("%1's JSON type validates the document and "
                                                "stores it in a binary form")
                                        .arg(product));
        if (sqlite)
            col.check = QStringLiteral("%1 IS NULL OR json_valid(%1)")
                            .arg(self); // json_valid(NULL) is 0 before 3.45
        if (pg && choices.index)
            col.index = IndexSpec{QStringLiteral("gin"), false};
        if (pg)
            design.notes
                << (choices.index
                        ? Presets::tr(
                              "the GIN index serves @>, ? and ?| queries; it is built concurrently "
                              "but slows writes of the column a little")
                        : Presets::tr(
                              "no index: add a GIN index once queries filter on the document"));
        else if (sqlite)
            design.notes << Presets::tr("SQLite cannot index a whole document: index "
                                        "json_extract(...) of the keys you query");
        else
            design.notes << (mariadb ? Presets::tr("MariaDB cannot index a JSON column "
                                                   "directly: index a generated column over "
                                                   "the paths you query")
                                     : Presets::tr("MySQL cannot index a JSON column directly: "
                                                   "index a generated column, or from 8.0.13 "
                                                   "a functional index, over the paths you "
                                                   "query"));
    } else if (id == u"timestamp") {
        col.type = pg       ? QStringLiteral("timestamptz")
                   : sqlite ? QStringLiteral("TEXT")
                            : QStringLiteral("datetime(6)");
        col.nullable = true;
        if (pg)
            design.notes << Presets::tr("timestamptz stores an absolute instant and converts it "
                                        "to the session's time zone when read");
        else if (sqlite)
            design.notes << Presets::tr(
                "write UTC as 'YYYY-MM-DD HH:MM:SS' (datetime('now')): text in that form sorts and "
                "compares as time");
        else if (!pg)
            design.notes << Presets::tr("datetime(6) stores what it is given: write UTC "
                                        "(UTC_TIMESTAMP(6)); TIMESTAMP would "
                                        "convert by session time zone and ends in 2038");
    } else if (id == u"flag") {
        col.type = sqlite ? QStringLiteral("INTEGER") : QStringLiteral("boolean");
        col.nullable = false;
        col.defaultExpr = sqlite ? QStringLiteral("0") : QStringLiteral("false");
        if (sqlite)
            col.check = QStringLiteral("%1 IN (0, 1)").arg(self);
        if (sqlite)
            design.notes << Presets::tr(
                "SQLite has no boolean: INTEGER with CHECK (... IN (0, 1)), false is 0");
        if (dialect == DialectKind::MySQL)
            design.notes << Presets::tr("%1 stores boolean as tinyint(1): false is 0, true is 1")
                                .arg(product);
    } else if (id == u"reference") {
        const QString stem = toSnakeCase(choices.stem.trimmed().isEmpty() ? preset->exampleStem
                                                                          : choices.stem.trimmed());
        col.type = sqlite ? QStringLiteral("INTEGER") : QStringLiteral("bigint");
        col.nullable = true;
        col.references = ReferenceSpec{
            choices.referencedTable.trimmed().isEmpty() ? plural(stem)
                                                        : choices.referencedTable.trimmed(),
            choices.referencedColumn.trimmed().isEmpty() ? QStringLiteral("id")
                                                         : choices.referencedColumn.trimmed(),
            QStringLiteral("restrict")};
        if (choices.index)
            col.index = IndexSpec{QStringLiteral("btree"), false};
        if (pg)
            design.notes << Presets::tr("the foreign key is added NOT VALID and validated "
                                        "without blocking writes; the index is built "
                                        "concurrently");
        if (dialect == DialectKind::MySQL)
            design.notes << Presets::tr("InnoDB needs the same type and signedness as %1.%2: "
                                        "change bigint to match it")
                                .arg(col.references->table, col.references->column);
        if (!choices.index)
            design.notes << Presets::tr("without an index, every delete from %1 scans this table")
                                .arg(col.references->table);
    } else if (id == u"money") {
        col.type = cents ? (sqlite ? QStringLiteral("INTEGER") : QStringLiteral("bigint"))
                         : (pg ? QStringLiteral("numeric(12,2)") : QStringLiteral("decimal(12,2)"));
        col.nullable = false;
        col.defaultExpr = QStringLiteral("0");
        if (dialect == DialectKind::MySQL)
            design.notes << Presets::tr("no CHECK (%1 >= 0) on %2: adding a CHECK copies the "
                                        "table; enforce it in the "
                                        "application, or add it in a quiet window")
                                .arg(self, product);
        else
            col.check = QStringLiteral("%1 >= 0").arg(self);
        if (sqlite && !choices.variant)
            design.notes << Presets::tr(
                "SQLite has no exact decimal type: the amount is stored as integer cents");
        if (cents)
            design.notes << Presets::tr("amounts are in cents: 12.34 is stored as 1234");
    } else if (id == u"text") {
        col.type = sqlite ? QStringLiteral("TEXT") : QStringLiteral("text");
        col.nullable = true;
        if (pg)
            design.notes << Presets::tr(
                "PostgreSQL stores text and varchar alike: text costs nothing more");
        if (dialect == DialectKind::MySQL)
            design.notes << Presets::tr("%1 TEXT is stored off-page and cannot have a literal "
                                        "default; use varchar(n) for "
                                        "short values you index")
                                .arg(product);
    }
    return design;
}

Plan Presets::plan(const QString &id, DialectKind dialect, const QString &schema,
                   const QString &table, const PresetChoices &choices, bool mariadb)
{
    const ColumnPreset *preset = find(id);
    if (!preset)
        throw std::invalid_argument(Presets::tr("unknown preset \"%1\"").arg(id).toStdString());
    Plan plan;
    plan.dialect = dialect;
    plan.mariadb = mariadb;
    plan.schema = dialect == DialectKind::SQLite ? QString() : schema;
    plan.table = table;
    plan.column = design(id, dialect, choices, mariadb).column;
    plan.title =
        QStringLiteral("Add %1 to %2 (%3)").arg(plan.column.name, table, preset->name.toLower());
    return plan;
}
