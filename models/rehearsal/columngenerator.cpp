#include "columngenerator.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace {

quint64 mix(quint64 x)
{
    // splitmix64: a fast, well-spread hash of the row number.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double unit(quint64 x)
{
    return double(x >> 11) * (1.0 / 9007199254740992.0);
}

void appendInt(std::string &out, qint64 value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

void appendPadded(std::string &out, qint64 value, int width)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    for (int pad = width - int(end - buffer); pad > 0; --pad)
        out.push_back('0');
    out.append(buffer, end);
}

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void appendDate(std::string &out, qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    if (month <= 2)
        ++year;
    appendPadded(out, year, 4);
    out.push_back('-');
    appendPadded(out, month, 2);
    out.push_back('-');
    appendPadded(out, day, 2);
}

void appendTimeOfDay(std::string &out, qint64 micros)
{
    appendPadded(out, micros / 3600000000LL, 2);
    out.push_back(':');
    appendPadded(out, micros / 60000000LL % 60, 2);
    out.push_back(':');
    appendPadded(out, micros / 1000000LL % 60, 2);
    out.push_back('.');
    appendPadded(out, micros % 1000000LL, 6);
}

int decimalsOf(const QString &text)
{
    const int dot = text.indexOf(u'.');
    return dot < 0 ? 0 : int(text.size() - dot - 1);
}

// Strata that, drawn from uniformly `draws` times, show about `distinct` different ones:
// solves P (1 - e^(-draws / P)) = distinct by bisection.
double strataFor(double distinct, double draws)
{
    if (distinct <= 0 || draws <= 0)
        return 1;
    if (distinct >= 0.95 * draws)
        return 0; // nearly every value distinct: draw continuously
    double low = distinct, high = distinct * 64;
    for (int i = 0; i < 60; ++i) {
        const double mid = (low + high) / 2;
        (mid * (1 - std::exp(-draws / mid)) < distinct ? low : high) = mid;
    }
    return std::max(1.0, std::round(high));
}

} // namespace

ColumnGenerator::ColumnGenerator(const ColumnInfo &column, const ColumnStats &stats, qint64 rows,
                                 bool unique, quint64 seed)
    : m_rows(std::max<qint64>(rows, 1)), m_seed(mix(seed)), m_unique(unique),
      m_nullable(column.nullable), m_correlation(stats.correlation), m_maxLength(stats.maxLength)
{
    const QString &type = stats.baseType;
    if (type == u"smallint" || type == u"integer" || type == u"bigint")
        m_shape = Shape::Integer;
    else if (type == u"numeric")
        m_shape = Shape::Decimal;
    else if (type == u"real" || type == u"double precision")
        m_shape = Shape::Float;
    else if (type == u"date")
        m_shape = Shape::Date;
    else if (type == u"timestamp without time zone")
        m_shape = Shape::Timestamp;
    else if (type == u"timestamp with time zone")
        m_shape = Shape::TimestampTz;
    else if (type == u"time without time zone")
        m_shape = Shape::Time;
    else if (type == u"uuid")
        m_shape = Shape::Uuid;
    else if (type == u"boolean")
        m_shape = Shape::Boolean;
    else if (stats.typeCategory == u"S")
        m_shape = Shape::Text;
    else
        m_shape = Shape::Bounds;

    m_nullFrac = column.nullable && !unique ? std::clamp(stats.nullFrac, 0.0, 1.0) : 0.0;
    double running = m_nullFrac;
    if (!unique) {
        for (int i = 0; i < stats.commonValues.size() && i < stats.commonFreqs.size(); ++i) {
            running += stats.commonFreqs.at(i);
            m_commonCumulative.push_back(running);
            m_commonValues.push_back(stats.commonValues.at(i).toStdString());
        }
    }
    m_commonEnd = std::min(running, 1.0);
    for (double bound : stats.numericBounds)
        m_numericBounds.push_back(bound);
    for (const QString &bound : stats.histogramBounds)
        m_textBounds.push_back(bound.toStdString());
    for (const QString &bound : stats.histogramBounds)
        m_scale = std::max(m_scale, decimalsOf(bound));
    m_scale = std::min(m_scale, 6);

    // When the common values cover (nearly) every non-null row and there is no histogram, the
    // rest is drawn among the common values in proportion.
    const double histogramRows = double(m_rows) * std::max(0.0, 1.0 - m_commonEnd);
    const double histogramDistinct =
        std::max(0.0, stats.distinctFor(double(m_rows)) - double(m_commonValues.size()));
    m_strata = unique ? 0 : strataFor(histogramDistinct, histogramRows);

    if (m_shape == Shape::Integer && unique) {
        // Keys: distinct by construction, spread over the source's range when it is wide enough.
        const double low = m_numericBounds.empty() ? 1 : m_numericBounds.front();
        const double high = m_numericBounds.empty() ? double(m_rows) : m_numericBounds.back();
        m_sequenceStart = qint64(low);
        m_sequenceStep =
            std::max<qint64>(1, qint64((high - low) / double(std::max<qint64>(m_rows - 1, 1))));
        m_sequential = true;
    }
    if (!stats.available)
        m_notes << ColumnGenerator::tr("no statistics: generic values");
    else if (m_textBounds.empty() && m_commonValues.empty())
        m_notes << ColumnGenerator::tr("no histogram or common values: generic values");
    if (m_shape == Shape::Bounds && !m_textBounds.empty())
        m_notes << ColumnGenerator::tr(
                       "type %1: values taken from the histogram bounds as they are")
                       .arg(type);
}

bool ColumnGenerator::value(qint64 row, std::string &out) const
{
    out.clear();
    const quint64 h = mix(m_seed ^ quint64(row));
    const double choice = unit(h);
    if (m_sequential) {
        // Physical order: ascending keys for a positive correlation, a fixed shuffle otherwise.
        qint64 rank = row;
        if (std::abs(m_correlation) < 0.5) {
            // (a * row + b) mod rows with a prime a is a bijection on [0, rows) unless rows is a
            // multiple of a.
            const qint64 a = m_rows % 1000003 == 0 ? 999983 : 1000003;
            rank = qint64((__int128(a) * row + 12345) % m_rows);
        } else if (m_correlation < 0) {
            rank = m_rows - 1 - row;
        }
        appendInt(out, m_sequenceStart + rank * m_sequenceStep);
        return true;
    }
    if (choice < m_nullFrac)
        return false;
    if (choice < m_commonEnd && !m_commonValues.empty()) {
        const auto it =
            std::upper_bound(m_commonCumulative.begin(), m_commonCumulative.end(), choice);
        out = m_commonValues[std::min<size_t>(size_t(it - m_commonCumulative.begin()),
                                              m_commonValues.size() - 1)];
        return true;
    }
    const quint64 h2 = mix(h);
    double q;
    if (unit(h2) < std::abs(m_correlation))
        q = (double(row) + 0.5) / double(m_rows); // follows the physical order
    else
        q = unit(mix(h2));
    if (m_correlation < 0)
        q = 1 - q;
    q = std::clamp(q, 0.0, std::nextafter(1.0, 0.0));
    qint64 stratum = m_unique ? row : qint64(q * 1e15);
    if (m_strata > 0) {
        stratum = qint64(q * m_strata);
        q = (double(stratum) + 0.5) / m_strata;
    }
    if (m_numericBounds.size() < 2 && m_textBounds.empty()) {
        if (!m_commonValues.empty() && !m_unique) {
            // No histogram: the common values are all there is.
            const double within = q * m_commonEnd;
            const double scaled =
                m_nullFrac + within * (m_commonEnd - m_nullFrac) / std::max(m_commonEnd, 1e-9);
            const auto it =
                std::upper_bound(m_commonCumulative.begin(), m_commonCumulative.end(), scaled);
            out = m_commonValues[std::min<size_t>(size_t(it - m_commonCumulative.begin()),
                                                  m_commonValues.size() - 1)];
            return true;
        }
        if (m_shape == Shape::Bounds && m_nullable)
            return false; // a type we cannot invent values for, and nothing to copy: NULL
        genericValue(m_unique ? row : (m_strata > 0 ? stratum : row), out);
        return true;
    }
    formatAt(q, stratum, out);
    return true;
}

void ColumnGenerator::formatAt(double q, qint64 stratum, std::string &out) const
{
    if (m_numericBounds.size() >= 2) {
        const double position = q * double(m_numericBounds.size() - 1);
        const size_t bucket = std::min(size_t(position), m_numericBounds.size() - 2);
        const double fraction = position - double(bucket);
        formatNumber(m_numericBounds[bucket] +
                         (m_numericBounds[bucket + 1] - m_numericBounds[bucket]) * fraction,
                     out);
        return;
    }
    const size_t bucket =
        std::min(size_t(q * double(m_textBounds.size())), m_textBounds.size() - 1);
    if (m_shape != Shape::Text) {
        if (m_shape == Shape::Uuid)
            genericValue(stratum, out);
        else
            out = m_textBounds[bucket];
        return;
    }
    // Text: the bucket's lower bound, made distinct with a suffix when more distinct values
    // are wanted than the histogram has bounds; cut to the column's length limit.
    std::string suffix;
    if (m_unique || m_strata == 0 || m_strata > double(m_textBounds.size())) {
        suffix = "~";
        appendInt(suffix, stratum);
    }
    std::string prefix = m_textBounds[bucket];
    if (m_maxLength > 0 && int(prefix.size() + suffix.size()) > m_maxLength) {
        const int keep = std::max(0, m_maxLength - int(suffix.size()));
        // Cut at a UTF-8 character boundary.
        size_t cut = std::min(prefix.size(), size_t(keep));
        while (cut > 0 && (static_cast<unsigned char>(prefix[cut]) & 0xC0) == 0x80)
            --cut;
        prefix.resize(cut);
        if (int(suffix.size()) > m_maxLength)
            suffix.resize(size_t(m_maxLength));
    }
    out = prefix + suffix;
}

void ColumnGenerator::formatNumber(double value, std::string &out) const
{
    switch (m_shape) {
    case Shape::Integer:
        appendInt(out, qint64(std::llround(value)));
        return;
    case Shape::Decimal: {
        char buffer[64];
        const int n = std::snprintf(buffer, sizeof buffer, "%.*f", m_scale, value);
        out.append(buffer, size_t(std::max(0, n)));
        return;
    }
    case Shape::Date:
        appendDate(out, qint64(std::floor(value / 86400.0)));
        return;
    case Shape::Timestamp:
    case Shape::TimestampTz: {
        const qint64 micros = qint64(std::floor(value * 1e6));
        const qint64 days =
            micros >= 0 ? micros / 86400000000LL : -((-micros + 86400000000LL - 1) / 86400000000LL);
        appendDate(out, days);
        out.push_back(' ');
        appendTimeOfDay(out, micros - days * 86400000000LL);
        if (m_shape == Shape::TimestampTz)
            out.append("+00");
        return;
    }
    case Shape::Time:
        appendTimeOfDay(out, std::clamp<qint64>(qint64(value * 1e6), 0, 86399999999LL));
        return;
    default: {
        char buffer[64];
        const int n = std::snprintf(buffer, sizeof buffer, "%.15g", value);
        out.append(buffer, size_t(std::max(0, n)));
        return;
    }
    }
}

void ColumnGenerator::genericValue(qint64 key, std::string &out) const
{
    switch (m_shape) {
    case Shape::Integer:
    case Shape::Decimal:
    case Shape::Float:
        appendInt(out, key + 1);
        return;
    case Shape::Boolean:
        out = (key & 1) ? "t" : "f";
        return;
    case Shape::Date:
    case Shape::Timestamp:
    case Shape::TimestampTz:
    case Shape::Time:
        formatNumber(1.7e9 + double(key % 100000000) * 60.0, out);
        return;
    case Shape::Uuid: {
        const quint64 a = mix(m_seed ^ quint64(key)), b = mix(a);
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%08x-%04x-4%03x-8%03x-%012llx", unsigned(a >> 32),
                      unsigned(a >> 16) & 0xffff, unsigned(a) & 0xfff, unsigned(b >> 52) & 0xfff,
                      (unsigned long long)(b & 0xffffffffffffULL));
        out = buffer;
        return;
    }
    default:
        out = "v";
        appendInt(out, key);
        if (m_maxLength > 0 && int(out.size()) > m_maxLength)
            out.resize(size_t(m_maxLength));
        return;
    }
}
