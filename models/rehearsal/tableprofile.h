#pragma once
// What a rehearsal copies from the source table: its structure (the catalog's TableInfo) and,
// per column, the planner statistics of pg_stats, as plain values.

#include "base/catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

struct ColumnStats
{
    QString column;
    QString typeCategory;   // pg_type.typcategory: N numeric, D date/time, S string, B boolean, U
                            // user ...
    QString baseType;       // format_type without modifiers: "integer", "timestamp with time zone"
    int maxLength = -1;     // character varying(n) / character(n); -1: none
    bool available = false; // the column has a pg_stats row
    double nullFrac = 0;
    double nDistinct = 0;     // pg_stats convention: > 0 a count, < 0 minus a fraction of the rows
    QStringList commonValues; // most_common_vals as text
    QList<double> commonFreqs;
    QStringList histogramBounds; // as text
    QList<double> numericBounds; // histogram bounds as numbers (epoch seconds for dates/times);
                                 // empty when not numeric
    double correlation = 0;
    int avgWidth = 0;

    // Distinct values expected in `rows` rows (pg_stats' n_distinct resolved).
    double distinctFor(double rows) const { return nDistinct >= 0 ? nDistinct : -nDistinct * rows; }
    bool numericLike() const
    {
        return !numericBounds.isEmpty() || typeCategory == u"N" || typeCategory == u"D";
    }
};

// A table a foreign key of the source table points at: the rehearsal creates it in staging
// holding only the referenced key, filled with the keys the generated rows use.
struct ParentKey
{
    QString constraint;
    QString schema;
    QString table;
    QStringList columns;
    QStringList types; // format_type with modifiers, as on the source
};

struct TableProfile
{
    TableInfo table;
    double rowEstimate = 0;
    qint64 bytesPerRow = 0;   // table + indexes + TOAST per row, from the source's sizes
    QList<ColumnStats> stats; // one per column, in column order
    QList<ParentKey> parents; // one per foreign key
    bool sampled = false;     // statistics estimated from a sample, not read from pg_stats
    QStringList notes;        // what the profile could not capture, one line each

    const ColumnStats *statsFor(const QString &column) const
    {
        for (const ColumnStats &s : stats)
            if (s.column == column)
                return &s;
        return nullptr;
    }
};
