#pragma once
// Lays the review report out for print (A4, margins, page numbers from QTextDocument) and
// writes it as PDF. Lives beside the window because text layout needs Qt GUI; the CLI's
// `report --format pdf` starts an offscreen QGuiApplication for it.

#include "export/reviewreport.h"

#include <QCoreApplication>

class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    // Throws ExportError when the file cannot be written.
    static void write(const ReportInput &input, const QString &path);
    // The report in any format: PDF here, Markdown and HTML by ReviewReport. Throws ExportError.
    static void writeReport(const ReportInput &input, ReportFormat format, const QString &path);
};
