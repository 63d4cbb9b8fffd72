#pragma once
// The review report of a plan for the people who approve it: the design and why, each phase's
// SQL with its forecast, the findings, live blockers when connected, the rehearsal when one is
// attached, rollback paths, a run checklist and the approval block. Markdown pastes into a pull
// request, HTML is one self-contained file, PDF is laid out for print (needs a QGuiApplication).

#include "plan/plan.h"
#include "review/liveimpact.h"
#include "review/planapprovals.h"
#include "sql/script.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

enum class ReportFormat
{
    Html,
    Pdf,
    Markdown
};

struct ReportInput
{
    Plan plan;
    QString planPath;
    Script script;                  // compiled (with the live catalog when connected)
    std::optional<LiveImpact> live; // when --db
    ApprovalStatus approvals;
    QDateTime generatedAt = QDateTime::currentDateTimeUtc();
};

class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)

public:
    static std::optional<ReportFormat> formatFromName(const QString &name);
    static QString markdown(const ReportInput &input);
    static QString html(const ReportInput &input);
    // The HTML subset QTextDocument lays out, for the PDF (written by ReportPdfWriter in app/,
    // because laying out text needs Qt GUI).
    static QString printHtml(const ReportInput &input);
    static QString title(const ReportInput &input);
    // Markdown and HTML; throws ExportError when the file cannot be written or for PDF.
    static void write(const ReportInput &input, ReportFormat format, const QString &path);
};
