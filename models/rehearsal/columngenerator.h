#pragma once
// Produces one column's synthetic values, row by row, so that the column follows the source's
// pg_stats: NULLs at null_frac, the most common values at their frequencies, the rest spread
// over the histogram's equal-frequency buckets with about n_distinct distinct values, and the
// physical order correlated with the value order as much as `correlation` says.
// Deterministic: the same seed and row number always give the same value.

#include "tableprofile.h"

#include <string>
#include <vector>

#include <QCoreApplication>

class ColumnGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ColumnGenerator)

public:
    // rows: how many rows will be generated; unique: the column carries a single-column
    // PRIMARY KEY or UNIQUE constraint (values must not repeat).
    ColumnGenerator(const ColumnInfo &column, const ColumnStats &stats, qint64 rows, bool unique,
                    quint64 seed);

    // Writes the value of row `row` (0-based) into `out`; false for SQL NULL.
    bool value(qint64 row, std::string &out) const;

    // Lines the fidelity report shows: what this column could not imitate.
    const QStringList &notes() const { return m_notes; }

private:
    enum class Shape
    {
        Integer,
        Decimal,
        Float,
        Date,
        Timestamp,
        TimestampTz,
        Time,
        Uuid,
        Boolean,
        Text,
        Bounds
    };
    void formatAt(double q, qint64 stratum, std::string &out) const;
    void formatNumber(double value, std::string &out) const;
    void genericValue(qint64 key, std::string &out) const;

    Shape m_shape = Shape::Text;
    qint64 m_rows = 0;
    quint64 m_seed = 0;
    bool m_unique = false;
    bool m_nullable = true;
    double m_nullFrac = 0;
    std::vector<double> m_commonCumulative; // running sum of the common values' frequencies
    std::vector<std::string> m_commonValues;
    double m_commonEnd = 0; // nullFrac + sum of common frequencies
    std::vector<double> m_numericBounds;
    std::vector<std::string> m_textBounds;
    double m_correlation = 0;
    double m_strata = 0; // histogram values are drawn from this many strata; 0: continuous
    int m_scale = 0;     // decimals for numeric
    int m_maxLength = -1;
    qint64 m_sequenceStart = 1; // integer keys: first value and step
    qint64 m_sequenceStep = 1;
    bool m_sequential = false;
    QStringList m_notes;
};
