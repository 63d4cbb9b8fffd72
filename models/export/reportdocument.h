#pragma once
// A small document model (headings, paragraphs, code, tables, lists) that the review report is
// written into once and rendered from three times: Markdown for a pull request, one
// self-contained HTML file, and HTML for QTextDocument when laying it out as PDF.

#include <QList>
#include <QString>
#include <QStringList>

struct ReportBlock
{
    enum Kind
    {
        Heading,
        Paragraph,
        Code,
        Table,
        List
    };
    Kind kind = Paragraph;
    int level = 1;           // Heading
    QString text;            // Heading, Paragraph (plain text), Code
    QStringList header;      // Table
    QList<QStringList> rows; // Table
    QStringList items;       // List
};

class ReportDocument
{
public:
    void heading(int level, const QString &text)
    {
        m_blocks << ReportBlock{ReportBlock::Heading, level, text, {}, {}, {}};
    }
    void paragraph(const QString &text)
    {
        m_blocks << ReportBlock{ReportBlock::Paragraph, 0, text, {}, {}, {}};
    }
    void code(const QString &text)
    {
        m_blocks << ReportBlock{ReportBlock::Code, 0, text, {}, {}, {}};
    }
    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        m_blocks << ReportBlock{ReportBlock::Table, 0, {}, header, rows, {}};
    }
    void list(const QStringList &items)
    {
        m_blocks << ReportBlock{ReportBlock::List, 0, {}, {}, {}, items};
    }

    QString markdown() const;
    // forPrint: the HTML subset QTextDocument lays out (no CSS it ignores), for the PDF.
    QString html(const QString &title, bool forPrint,
                 const QString &language = QStringLiteral("en")) const;

private:
    QList<ReportBlock> m_blocks;
};
