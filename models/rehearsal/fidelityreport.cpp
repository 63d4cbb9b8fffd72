#include "fidelityreport.h"

#include <QJsonArray>
#include <cmath>

namespace {

double frequencyOf(const ColumnStats &stats, const QString &value)
{
    const int at = int(stats.commonValues.indexOf(value));
    return at >= 0 ? stats.commonFreqs.value(at) : 0.0;
}

} // namespace

int FidelityReport::flaggedCount() const
{
    int count = 0;
    for (const FidelityColumn &column : columns)
        count += column.flagged ? 1 : 0;
    return count;
}

FidelityReport FidelityReport::compare(const TableProfile &source, const TableProfile &staging,
                                       double stagingRows, const FidelityTolerance &tolerance)
{
    FidelityReport report;
    report.tolerance = tolerance;
    const double sourceRows = std::max(source.rowEstimate, 1.0);
    for (const ColumnStats &from : source.stats) {
        const ColumnStats *to = staging.statsFor(from.column);
        if (!from.available || !to)
            continue;
        FidelityColumn column;
        column.column = from.column;
        column.sourceNullFrac = from.nullFrac;
        column.stagingNullFrac = to->nullFrac;
        // A fraction of the rows scales with the row count. A count is a domain the rows draw
        // from: n draws from d values show d (1 - e^(-n/d)) of them, which is d when n >> d.
        const double draws = stagingRows * (1.0 - from.nullFrac);
        column.expectedDistinct =
            from.nDistinct < 0
                ? -from.nDistinct * stagingRows
                : from.nDistinct * (1.0 - std::exp(-draws / std::max(from.nDistinct, 1.0)));
        if (from.nDistinct > 0 && stagingRows > sourceRows && from.nDistinct > 0.1 * sourceRows)
            column.expectedDistinct =
                from.nDistinct * stagingRows / sourceRows; // nearly unique, sampled as a count
        column.stagingDistinct = to->distinctFor(stagingRows);
        column.sourceCorrelation = from.correlation;
        column.stagingCorrelation = to->correlation;
        for (int i = 0; i < from.commonValues.size() && i < tolerance.topValues; ++i) {
            const QString &value = from.commonValues.at(i);
            column.topValues << value;
            column.sourceTopFreqs << from.commonFreqs.value(i);
            column.stagingTopFreqs << frequencyOf(*to, value);
            column.worstTopDiff =
                std::max(column.worstTopDiff,
                         std::abs(column.sourceTopFreqs.last() - column.stagingTopFreqs.last()));
        }
        const double nullDiff = std::abs(column.sourceNullFrac - column.stagingNullFrac);
        if (nullDiff > tolerance.nullFraction)
            column.reasons << FidelityReport::tr("null fraction %1 vs %2 on the source")
                                  .arg(column.stagingNullFrac, 0, 'f', 3)
                                  .arg(column.sourceNullFrac, 0, 'f', 3);
        const double distinctDiff = std::abs(column.stagingDistinct - column.expectedDistinct) /
                                    std::max(column.expectedDistinct, 1.0);
        if (distinctDiff > tolerance.distinctRatio &&
            std::abs(column.stagingDistinct - column.expectedDistinct) > 2)
            column.reasons << FidelityReport::tr("%L1 distinct values vs %L2 expected")
                                  .arg(qRound64(column.stagingDistinct))
                                  .arg(qRound64(column.expectedDistinct));
        if (column.worstTopDiff > tolerance.topFrequency)
            column.reasons << FidelityReport::tr("a top value's frequency differs by %1")
                                  .arg(column.worstTopDiff, 0, 'f', 3);
        column.flagged = !column.reasons.isEmpty();
        report.columns << column;
    }
    return report;
}

QJsonObject FidelityReport::toJson() const
{
    QJsonArray list;
    for (const FidelityColumn &c : columns) {
        QJsonArray top;
        for (int i = 0; i < c.topValues.size(); ++i)
            top.append(QJsonObject{{QStringLiteral("value"), c.topValues.at(i)},
                                   {QStringLiteral("source_freq"), c.sourceTopFreqs.value(i)},
                                   {QStringLiteral("staging_freq"), c.stagingTopFreqs.value(i)}});
        list.append(QJsonObject{
            {QStringLiteral("column"), c.column},
            {QStringLiteral("source_null_frac"), c.sourceNullFrac},
            {QStringLiteral("staging_null_frac"), c.stagingNullFrac},
            {QStringLiteral("expected_distinct"), c.expectedDistinct},
            {QStringLiteral("staging_distinct"), c.stagingDistinct},
            {QStringLiteral("top_values"), top},
            {QStringLiteral("source_correlation"), c.sourceCorrelation},
            {QStringLiteral("staging_correlation"), c.stagingCorrelation},
            {QStringLiteral("flagged"), c.flagged},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)},
        });
    }
    return QJsonObject{
        {QStringLiteral("tolerance"),
         QJsonObject{{QStringLiteral("null_fraction"), tolerance.nullFraction},
                     {QStringLiteral("distinct_ratio"), tolerance.distinctRatio},
                     {QStringLiteral("top_frequency"), tolerance.topFrequency},
                     {QStringLiteral("top_values"), tolerance.topValues}}},
        {QStringLiteral("columns"), list},
        {QStringLiteral("flagged"), flaggedCount()},
    };
}
