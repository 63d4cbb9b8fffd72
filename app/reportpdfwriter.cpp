#include "reportpdfwriter.h"

#include "export/migrationexporter.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

void ReportPdfWriter::write(const ReportInput &input, const QString &path)
{
    // QPdfWriter writes straight to its file: lay out under a temporary name and rename, so a
    // failure never leaves half a report under the requested name.
    const QString partial = path + QStringLiteral(".partial");
    {
        QPdfWriter writer(partial);
        writer.setTitle(ReviewReport::title(input));
        writer.setCreator(QStringLiteral("Column Planner"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        document.setHtml(ReviewReport::printHtml(input));
        document.print(&writer);
    }
    QFile::remove(path);
    if (QFileInfo(partial).size() == 0 || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw ExportError(ReportPdfWriter::tr("cannot write %1").arg(path));
    }
}

void ReportPdfWriter::writeReport(const ReportInput &input, ReportFormat format,
                                  const QString &path)
{
    if (format == ReportFormat::Pdf)
        write(input, path);
    else
        ReviewReport::write(input, format, path);
}
