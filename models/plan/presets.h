#pragma once
// Purpose presets for the column designer: "a counter", "a state", "a flag"... each with the
// reasoning behind its design and a sound ColumnSpec for each dialect.

#include "plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One purpose the designer offers, as plain values.
struct ColumnPreset
{
    QString id;   // stable: counter, state, document, timestamp, flag, reference, money, text
    QString name; // shown in the designer: "Counter"
    QString explanation; // why this design, one paragraph
    QString namePattern; // conventional name, "*" stands for the stem: "*_count", "is_*"
    QString exampleStem; // "refund" -> refund_count
    QString variantName; // empty, or what PresetChoices::variant switches to ("integer cents")
};

// What the user tells a preset; every field has a usable default.
struct PresetChoices
{
    QString columnName;     // empty: namePattern filled with stem
    QString stem;           // empty: the preset's exampleStem
    QStringList enumValues; // state: the values, the first is the default; empty: new, active, done
    QString
        referencedTable; // reference: "public.customers"; empty: the stem pluralised ("customers")
    QString referencedColumn = QStringLiteral("id");
    bool index = true;    // document: GIN index (PostgreSQL); reference: index on the column
    bool variant = false; // money: integer cents instead of numeric(12,2)
};

// A preset applied to one dialect: the column and the caveats that come with it there.
struct PresetDesign
{
    ColumnSpec column;
    QStringList notes; // dialect-specific remarks, one sentence each
};

class Presets
{
    Q_DECLARE_TR_FUNCTIONS(Presets)

public:
    static const QList<ColumnPreset> &all();
    // Null when no preset has that id.
    static const ColumnPreset *find(const QString &id);
    // The conventional name: "refund" with "*_count" -> "refund_count".
    static QString suggestedName(const QString &id, const QString &stem);
    // Throws std::invalid_argument for an unknown id.
    static PresetDesign design(const QString &id, DialectKind dialect,
                               const PresetChoices &choices = {}, bool mariadb = false);
    // A whole plan for `table` (schema may be empty) with the preset's column and no backfill.
    static Plan plan(const QString &id, DialectKind dialect, const QString &schema,
                     const QString &table, const PresetChoices &choices = {}, bool mariadb = false);
};
