#include "scriptoutline.h"

#include <QRegularExpression>

QString ScriptOutline::bannerPhase(const QString &line)
{
    static const QRegularExpression banner(
        QStringLiteral("^-- ===== phase \\d+/\\d+: ([A-Za-z_]+) — .* =====\\s*$"));
    const QRegularExpressionMatch match = banner.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

QList<PhaseSection> ScriptOutline::parse(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    QList<PhaseSection> sections;
    for (int i = 0; i < lines.size(); ++i) {
        const QString name = bannerPhase(lines.at(i));
        if (name.isEmpty())
            continue;
        if (!sections.isEmpty())
            sections.last().lastLine = i - 1;
        sections.append(PhaseSection{name, i, i + 1, i});
    }
    if (!sections.isEmpty()) {
        // A text ending in "\n" splits into a last empty line that is no line of the editor's body.
        int last = int(lines.size()) - 1;
        if (last > sections.last().bannerLine && lines.at(last).isEmpty())
            --last;
        sections.last().lastLine = last;
    }
    return sections;
}

QString ScriptOutline::body(const QStringList &lines, const PhaseSection &section)
{
    QStringList out;
    for (int i = section.firstLine; i <= section.lastLine && i < lines.size(); ++i)
        out << lines.at(i);
    return out.isEmpty() ? QString() : out.join(u'\n') + u'\n';
}

QString ScriptOutline::normalized(const QString &body)
{
    qsizetype end = body.size();
    while (end > 0 && body.at(end - 1).isSpace())
        --end;
    return end == 0 ? QString() : body.left(end) + u'\n';
}

QString ScriptOutline::bodyOfRenderedPhase(const QString &renderedPhase)
{
    const qsizetype newline = renderedPhase.indexOf(u'\n');
    return newline < 0 ? QString() : normalized(renderedPhase.mid(newline + 1));
}
