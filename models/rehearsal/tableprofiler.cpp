#include "tableprofiler.h"

#include "base/identifierrules.h"
#include "db/dberror.h"
#include "db/postgressession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QStringList jsonTextList(const QVariant &value)
{
    QStringList list;
    if (value.isNull())
        return list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        list << (item.isString() ? item.toString() : QString::number(item.toDouble(), 'g', 17));
    return list;
}

QList<double> jsonNumberList(const QVariant &value)
{
    QList<double> list;
    if (value.isNull())
        return list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        list << item.toDouble();
    return list;
}

// Dates and times the generator can interpolate: their bounds are read as epoch seconds.
bool isEpochType(const QString &baseType)
{
    return baseType == u"date" || baseType == u"timestamp without time zone" ||
           baseType == u"timestamp with time zone" || baseType == u"time without time zone";
}

// Histogram bounds as numbers the generator interpolates: plain numbers as they are, dates and
// times as epoch seconds (converted by the server, which knows their formats).
void readNumericBounds(PostgresSession &source, ColumnStats &stats)
{
    if (stats.typeCategory == u"N" && !stats.histogramBounds.isEmpty()) {
        bool all = true;
        for (const QString &bound : std::as_const(stats.histogramBounds)) {
            bool ok = false;
            const double value = bound.toDouble(&ok);
            all = all && ok;
            stats.numericBounds << value;
        }
        if (!all)
            stats.numericBounds
                .clear(); // money and other non-plain numbers: bounds are sampled as they are
    } else if (isEpochType(stats.baseType) && !stats.histogramBounds.isEmpty()) {
        const QueryResult epochs = source.execute(
            QStringLiteral("SELECT array_to_json(array(SELECT extract(epoch FROM "
                           "b::%1)::float8 FROM json_array_elements_text($1::json) b))")
                .arg(stats.baseType),
            {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(stats.histogramBounds))
                                   .toJson(QJsonDocument::Compact))});
        stats.numericBounds = jsonNumberList(epochs.value(0, 0));
    }
}

// Statistics of a never-analysed table estimated from a sample, column by column, the way
// ANALYZE would (null fraction, distinct count, common values, an equal-frequency histogram of
// the rest, correlation with the physical order, average width). Read only.
void sampleStatistics(PostgresSession &source, const TableInfo &info, TableProfile &profile)
{
    const QString table = quoteQualified(info.schema, info.name, DialectKind::PostgreSQL);
    const double estimate = std::max(1.0, profile.rowEstimate);
    const double percent = std::min(100.0, 30000.0 * 100.0 / estimate);
    const QString sample = percent >= 100
                               ? table
                               : QStringLiteral("%1 TABLESAMPLE BERNOULLI (%2) REPEATABLE (1)")
                                     .arg(table)
                                     .arg(percent, 0, 'f', 4);
    for (ColumnStats &stats : profile.stats) {
        const QString v = quoteIdentifier(stats.column, DialectKind::PostgreSQL);
        const QString from =
            QStringLiteral("(SELECT ctid AS physical, %1 AS v FROM %2) s").arg(v, sample);
        const QueryResult counts =
            source.execute(QStringLiteral("SELECT count(*), count(v), count(DISTINCT v::text), "
                                          "coalesce(avg(pg_column_size(v)), 0)::int FROM %1")
                               .arg(from));
        const double total = counts.value(0, 0).toDouble();
        const double nonNull = counts.value(0, 1).toDouble();
        const double distinct = counts.value(0, 2).toDouble();
        if (total <= 0)
            continue;
        stats.available = true;
        stats.nullFrac = 1.0 - nonNull / total;
        stats.avgWidth = counts.value(0, 3).toInt();
        // ANALYZE's rule (analyze.c): more distinct values than 10% of the rows grow with the
        // table and are kept as a negative fraction, fewer as a count.
        stats.nDistinct = distinct > 0.1 * total ? -(distinct / total) : distinct;
        const QueryResult common =
            source.execute(QStringLiteral("SELECT v::text, count(*) FROM %1 WHERE v IS NOT NULL "
                                          "GROUP BY 1 HAVING count(*) > 1 "
                                          "AND count(*) >= 1.25 * %2 ORDER BY 2 DESC, 1 LIMIT 10")
                               .arg(from)
                               .arg(nonNull / std::max(distinct, 1.0), 0, 'f', 6));
        for (const QVariantList &row : common.rows) {
            stats.commonValues << row.value(0).toString();
            stats.commonFreqs << row.value(1).toDouble() / total;
        }
        const QString excluded =
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(stats.commonValues))
                                  .toJson(QJsonDocument::Compact));
        try {
            // Orderable types only: the server refuses the rest, which then keep common values
            // alone.
            const QueryResult shape = source.execute(
                QStringLiteral("SELECT array_to_json((percentile_disc(array(SELECT g / 100.0 FROM "
                               "generate_series(0, 100) g)) "
                               "WITHIN GROUP (ORDER BY v))::text[]),"
                               " (SELECT corr(p, r) FROM (SELECT row_number() OVER (ORDER BY "
                               "physical) AS p, rank() OVER (ORDER BY v) AS r"
                               "   FROM %1 WHERE v IS NOT NULL) o)"
                               " FROM %1 WHERE v IS NOT NULL AND v::text NOT IN (SELECT "
                               "json_array_elements_text($1::json))")
                    .arg(from),
                {excluded});
            stats.histogramBounds = jsonTextList(shape.value(0, 0));
            stats.correlation = shape.value(0, 1).toDouble();
        } catch (const DbError &) {
            stats.histogramBounds.clear();
        }
        readNumericBounds(source, stats);
    }
    profile.sampled = true;
    profile.notes << TableProfiler::tr(
                         "%1 has never been analysed: its statistics were estimated "
                         "from a %2% sample (run ANALYZE there for the planner's own)")
                         .arg(table)
                         .arg(percent, 0, 'f', percent >= 100 ? 0 : 2);
}

} // namespace

TableProfile TableProfiler::read(PostgresSession &source, const QString &schema,
                                 const QString &table, bool sampleWithoutStatistics)
{
    CatalogFilter filter;
    filter.schema = schema;
    filter.table = table;
    const Catalog catalog = source.catalog(filter);
    const TableInfo *info =
        schema.isEmpty() ? catalog.findTable(table) : catalog.table(schema, table);
    if (!info)
        throw DbError(
            DbError::Kind::BadInput,
            TableProfiler::tr("table %1 not found on the source %2")
                .arg(schema.isEmpty() ? table : schema + u'.' + table, source.uri().display()));
    TableProfile profile;
    profile.table = *info;
    profile.rowEstimate = std::max(0.0, info->rowEstimate);
    if (profile.rowEstimate > 0 && info->totalBytes > 0)
        profile.bytesPerRow = qint64(double(info->totalBytes) / profile.rowEstimate);

    const QueryResult rows = source.execute(
        QStringLiteral(
            "SELECT a.attname, t.typcategory, format_type(a.atttypid, NULL),"
            "       CASE WHEN a.atttypid IN (1042, 1043) AND a.atttypmod > 4 THEN a.atttypmod - 4 "
            "ELSE -1 END,"
            "       s.attname IS NOT NULL, s.null_frac, s.n_distinct,"
            "       array_to_json(s.most_common_vals::text::text[]), "
            "array_to_json(s.most_common_freqs),"
            "       array_to_json(s.histogram_bounds::text::text[]), s.correlation, s.avg_width"
            "  FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            "  LEFT JOIN pg_stats s ON s.schemaname = $1 AND s.tablename = $2 AND s.attname = "
            "a.attname AND NOT s.inherited"
            " WHERE a.attrelid = $3::regclass AND a.attnum > 0 AND NOT a.attisdropped"
            " ORDER BY a.attnum"),
        {info->schema, info->name,
         quoteQualified(info->schema, info->name, DialectKind::PostgreSQL)});
    int withStats = 0;
    for (const QVariantList &row : rows.rows) {
        ColumnStats stats;
        stats.column = row.value(0).toString();
        stats.typeCategory = row.value(1).toString();
        stats.baseType = row.value(2).toString();
        stats.maxLength = row.value(3).toInt();
        stats.available = row.value(4).toString() == u"t";
        if (stats.available) {
            ++withStats;
            stats.nullFrac = row.value(5).toDouble();
            stats.nDistinct = row.value(6).toDouble();
            stats.commonValues = jsonTextList(row.value(7));
            stats.commonFreqs = jsonNumberList(row.value(8));
            stats.histogramBounds = jsonTextList(row.value(9));
            stats.correlation = row.value(10).toDouble();
            stats.avgWidth = row.value(11).toInt();
        }
        readNumericBounds(source, stats);
        profile.stats << stats;
    }
    if (withStats == 0 && !sampleWithoutStatistics)
        throw DbError(
            DbError::Kind::BadInput,
            TableProfiler::tr(
                "table %1 on the source has no statistics: run ANALYZE %1 there first, or pass "
                "--sample to estimate them from a sample (the rehearsal never writes to the "
                "source)")
                .arg(quoteQualified(info->schema, info->name, DialectKind::PostgreSQL)));
    if (withStats == 0)
        sampleStatistics(source, *info, profile);
    for (const ColumnStats &stats : std::as_const(profile.stats))
        if (!stats.available)
            profile.notes << TableProfiler::tr(
                                 "column %1 has no statistics (never analysed since it was "
                                 "added?): filled with NULL where allowed, else a generic value")
                                 .arg(stats.column);
    for (const ConstraintInfo &constraint : std::as_const(info->constraints)) {
        if (constraint.kind != u"foreign_key")
            continue;
        ParentKey parent;
        parent.constraint = constraint.name;
        const int dot = constraint.referencedTable.indexOf(u'.');
        parent.schema = constraint.referencedTable.left(dot);
        parent.table = constraint.referencedTable.mid(dot + 1);
        parent.columns = constraint.referencedColumns;
        for (const QString &column : std::as_const(parent.columns)) {
            const QueryResult type = source.execute(
                QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE "
                               "attrelid = $1::regclass AND attname = $2"),
                {quoteQualified(parent.schema, parent.table, DialectKind::PostgreSQL), column});
            parent.types << type.value(0, 0).toString();
        }
        profile.parents << parent;
    }
    return profile;
}
