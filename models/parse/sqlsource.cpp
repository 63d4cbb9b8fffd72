#include "sqlsource.h"

#include <algorithm>

SqlSource::SqlSource(QByteArray utf8) : m_bytes(std::move(utf8))
{
    m_lineStarts.reserve(size_t(m_bytes.size() / 40 + 1));
    m_lineStarts.push_back(0);
    const char *data = m_bytes.constData();
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        if (data[i] == '\n')
            m_lineStarts.push_back(i + 1);
}

qsizetype SqlSource::lineStart(qsizetype byte, int *lineIndex) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byte);
    const auto index = std::max<std::ptrdiff_t>(0, (it - m_lineStarts.begin()) - 1);
    if (lineIndex)
        *lineIndex = int(index);
    return m_lineStarts[size_t(index)];
}

int SqlSource::lineOf(qsizetype byte) const
{
    int index = 0;
    lineStart(byte, &index);
    return index + 1;
}

int SqlSource::columnOf(qsizetype byte) const
{
    const qsizetype start = lineStart(byte, nullptr);
    const char *data = m_bytes.constData();
    int column = 1;
    for (qsizetype i = start; i < byte && i < m_bytes.size(); ++i)
        if ((uchar(data[i]) & 0xC0) != 0x80) // count lead bytes only
            ++column;
    return column;
}

qsizetype SqlSource::advanceCharacters(qsizetype from, qsizetype characters) const
{
    const char *data = m_bytes.constData();
    qsizetype i = from;
    while (characters > 0 && i < m_bytes.size()) {
        ++i;
        while (i < m_bytes.size() && (uchar(data[i]) & 0xC0) == 0x80)
            ++i;
        --characters;
    }
    return std::min(i, m_bytes.size());
}

QString SqlSource::text(qsizetype from, qsizetype to) const
{
    from = std::clamp<qsizetype>(from, 0, m_bytes.size());
    to = std::clamp<qsizetype>(to, from, m_bytes.size());
    return QString::fromUtf8(m_bytes.constData() + from, to - from);
}
