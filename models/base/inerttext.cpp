#include "inerttext.h"

namespace {

QString escape(char32_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    case 0:
        return QStringLiteral("\\0");
    default:
        break;
    }
    return c <= 0xff ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                     : QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

bool InertText::isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

qsizetype InertText::firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isControl(text.at(i).unicode()))
            return i;
    return -1;
}

QString InertText::commentLine(const QString &text)
{
    qsizetype first = firstControl(text);
    if (first < 0)
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isControl(c))
            out += escape(c);
        else
            out += QChar(c);
    }
    return out;
}

QString InertText::blockComment(const QString &text)
{
    QString out = commentLine(text);
    return out.contains(QStringLiteral("*/"))
               ? out.replace(QStringLiteral("*/"), QStringLiteral("* /"))
               : out;
}

QString InertText::quoted(const QString &text, qsizetype limit)
{
    QString out = commentLine(text.left(limit));
    const bool cut = text.size() > limit || out.size() > limit;
    if (out.size() > limit)
        out.truncate(limit);
    if (!out.isEmpty() && out.back().isHighSurrogate())
        out.chop(1);
    return cut ? out + QStringLiteral("…") : out;
}

QString InertText::dollarTag(const QString &body, const QString &stem)
{
    QString tag = u'$' + stem + u'$';
    for (int n = 2; body.contains(tag); ++n)
        tag = QStringLiteral("$%1_%2$").arg(stem).arg(n);
    return tag;
}
