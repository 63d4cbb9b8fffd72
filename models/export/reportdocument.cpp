#include "reportdocument.h"

#include "base/inerttext.h"

namespace {

// Markdown text from the plan: '<' would open raw HTML (a <script> in a rendered review) and
// '&' an entity; other control characters are escaped so the text stays in its block.
QString inlineText(QString text)
{
    text.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;"));
    return InertText::commentLine(text);
}

// Markdown table cells: a '|' would end the cell, a newline the row.
QString cell(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'|', QStringLiteral("\\|"));
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = inlineText(line);
    return lines.join(QStringLiteral("<br>"));
}

QString fence(const QString &code)
{
    QString marks = QStringLiteral("```");
    while (code.contains(marks))
        marks += u'`';
    return marks;
}

const char *ScreenStyle =
    "body{font-family:-apple-system,'Segoe "
    "UI',Helvetica,Arial,sans-serif;max-width:60em;margin:2em auto;padding:0 "
    "1em;color:#1b1f24;line-height:1.45}"
    "h1{border-bottom:2px solid #d0d7de;padding-bottom:.3em}h2{border-bottom:1px solid "
    "#d0d7de;padding-bottom:.2em;margin-top:1.6em}"
    "pre{background:#f6f8fa;border:1px solid "
    "#d0d7de;border-radius:6px;padding:.8em;overflow-x:auto;font-size:85%}"
    "table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #d0d7de;padding:.3em "
    ".6em;text-align:left;vertical-align:top}"
    "th{background:#f6f8fa}@media print{pre{white-space:pre-wrap}h2{page-break-after:avoid}}";

} // namespace

QString ReportDocument::markdown() const
{
    QString out;
    for (const ReportBlock &block : m_blocks) {
        switch (block.kind) {
        case ReportBlock::Heading:
            out +=
                QString(block.level, u'#') + u' ' + inlineText(block.text) + QStringLiteral("\n\n");
            break;
        case ReportBlock::Paragraph:
            out += inlineText(QString(block.text).replace(u'\n', u' ')) + QStringLiteral("\n\n");
            break;
        case ReportBlock::Code: {
            const QString marks = fence(block.text);
            out += marks + QStringLiteral("sql\n") + block.text +
                   (block.text.endsWith(u'\n') ? QString() : QStringLiteral("\n")) + marks +
                   QStringLiteral("\n\n");
            break;
        }
        case ReportBlock::Table: {
            QStringList header;
            for (const QString &h : block.header)
                header << cell(h);
            out += QStringLiteral("| %1 |\n|%2\n")
                       .arg(header.join(QStringLiteral(" | ")),
                            QStringLiteral(" --- |").repeated(block.header.size()));
            for (const QStringList &row : block.rows) {
                QStringList cells;
                for (const QString &c : row)
                    cells << cell(c);
                out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
            }
            out += u'\n';
            break;
        }
        case ReportBlock::List:
            for (const QString &item : block.items)
                out += QStringLiteral("- %1\n").arg(inlineText(QString(item).replace(u'\n', u' ')));
            out += u'\n';
            break;
        }
    }
    return out;
}

QString ReportDocument::html(const QString &title, bool forPrint, const QString &language) const
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta "
                                 "charset=\"utf-8\">\n<title>%2</title>\n")
                      .arg(language.toHtmlEscaped(), title.toHtmlEscaped());
    if (!forPrint)
        out += QStringLiteral("<style>%1</style>\n").arg(QLatin1String(ScreenStyle));
    out += QStringLiteral("</head><body>\n");
    for (const ReportBlock &block : m_blocks) {
        switch (block.kind) {
        case ReportBlock::Heading:
            out +=
                QStringLiteral("<h%1>%2</h%1>\n").arg(block.level).arg(block.text.toHtmlEscaped());
            break;
        case ReportBlock::Paragraph:
            out += QStringLiteral("<p>%1</p>\n").arg(block.text.toHtmlEscaped());
            break;
        case ReportBlock::Code:
            out += forPrint ? QStringLiteral(
                                  "<pre style=\"font-size:7.5pt; white-space:pre-wrap\">%1</pre>\n")
                                  .arg(block.text.toHtmlEscaped())
                            : QStringLiteral("<pre><code>%1</code></pre>\n")
                                  .arg(block.text.toHtmlEscaped());
            break;
        case ReportBlock::Table:
            out += forPrint ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" "
                                             "cellpadding=\"3\" width=\"100%\">\n<tr>")
                            : QStringLiteral("<table>\n<tr>");
            for (const QString &h : block.header)
                out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
            out += QStringLiteral("</tr>\n");
            for (const QStringList &row : block.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &c : row)
                    out += QStringLiteral("<td>%1</td>")
                               .arg(c.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
            break;
        case ReportBlock::List:
            out += QStringLiteral("<ul>\n");
            for (const QString &item : block.items)
                out += QStringLiteral("<li>%1</li>\n").arg(item.toHtmlEscaped());
            out += QStringLiteral("</ul>\n");
            break;
        }
    }
    return out + QStringLiteral("</body></html>\n");
}
