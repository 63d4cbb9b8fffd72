#pragma once
// A script as UTF-8 bytes with a line index: turns the byte offsets of libpg_query into
// 1-based lines and columns (columns counted in characters).

#include <QByteArray>
#include <QString>
#include <vector>

class SqlSource
{
public:
    explicit SqlSource(QByteArray utf8);

    const QByteArray &bytes() const { return m_bytes; }
    qsizetype size() const { return m_bytes.size(); }
    int lineOf(qsizetype byte) const;
    int columnOf(qsizetype byte) const;
    // The byte reached by advancing `characters` UTF-8 characters from `from`.
    qsizetype advanceCharacters(qsizetype from, qsizetype characters) const;
    QString text(qsizetype from, qsizetype to) const;

private:
    qsizetype lineStart(qsizetype byte, int *lineIndex) const;

    QByteArray m_bytes;
    std::vector<qsizetype> m_lineStarts;
};
