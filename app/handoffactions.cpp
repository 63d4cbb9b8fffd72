#include "handoffactions.h"

#include "db/dberror.h"
#include "designer/columndesignerwidget.h"
#include "editor/sqleditor.h"
#include "export/migrationexporter.h"
#include "export/reportgatherer.h"
#include "handoff/approvalbadge.h"
#include "handoff/approvedialog.h"
#include "handoff/exportdialog.h"
#include "handoff/plancomparedialog.h"
#include "handoff/reportdialog.h"
#include "messagebar.h"
#include "plan/planfile.h"
#include "reportpdfwriter.h"
#include "sql/compiler.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// What the report worker hands back: the file written, or why not.
struct ReportResult
{
    bool ok = false;
    QString text;
};
} // namespace

HandoffActions::HandoffActions(QWidget *window, ColumnDesignerWidget *designer, SqlEditor *editor,
                               MessageBar *messageBar, std::function<bool()> save)
    : QObject(window), m_window(window), m_designer(designer), m_editor(editor),
      m_messageBar(messageBar), m_save(std::move(save)), m_badge(new ApprovalBadge(window))
{
    m_export = new QAction(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setToolTip(
        tr("Export the plan for Flyway, Liquibase, Django, Sqitch or as plain SQL"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_export, &QAction::triggered, this, &HandoffActions::showExport);
    m_report = new QAction(tr("Review &report…"), this);
    m_report->setObjectName(QStringLiteral("reportAction"));
    m_report->setToolTip(
        tr("Write the review report (Markdown, HTML or PDF) for the people who approve the plan"));
    connect(m_report, &QAction::triggered, this, &HandoffActions::showReport);
    m_approve = new QAction(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    m_approve->setToolTip(tr("Record your approval of the script as it is now"));
    connect(m_approve, &QAction::triggered, this, &HandoffActions::showApprove);
    m_compare = new QAction(tr("&Compare with plan…"), this);
    m_compare->setObjectName(QStringLiteral("compareAction"));
    m_compare->setToolTip(
        tr("Compare this plan with another version: design changes in words, SQL as a diff"));
    connect(m_compare, &QAction::triggered, this, &HandoffActions::showCompare);

    // Every edit of the form or of a phase recompiles; the badge follows at once.
    connect(m_designer, &ColumnDesignerWidget::scriptRegenerated, this, &HandoffActions::update);
    connect(m_designer, &ColumnDesignerWidget::documentChanged, this, &HandoffActions::update);
    update();
}

void HandoffActions::update()
{
    const bool compiles = m_designer->problems().isEmpty() && m_editor->hasScript();
    const QString why =
        compiles ? QString() : tr("The plan does not compile yet: see the designer's status");
    for (QAction *action : {m_export, m_report, m_approve, m_compare}) {
        action->setEnabled(compiles);
        action->setStatusTip(compiles ? action->toolTip() : why);
    }
    if (compiles)
        m_badge->showPlan(m_designer->plan());
    else
        m_badge->showPlan(Plan{});
}

QString HandoffActions::planName() const
{
    return m_designer->document().path().isEmpty()
               ? tr("this plan (unsaved)")
               : QFileInfo(m_designer->document().path()).fileName();
}

ExportDialog *HandoffActions::showExport()
{
    auto *dialog = new ExportDialog(m_designer->plan(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_designer->document().path().isEmpty()) {
        const QFileInfo plan(m_designer->document().path());
        dialog->folderEdit()->setText(plan.absolutePath() + u'/' + plan.completeBaseName() +
                                      QStringLiteral("-export"));
    }
    dialog->open();
    return dialog;
}

ReportDialog *HandoffActions::showReport()
{
    const QString base = m_designer->document().path().isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                   QStringLiteral("/plan")
                             : QFileInfo(m_designer->document().path()).absolutePath() + u'/' +
                                   QFileInfo(m_designer->document().path()).completeBaseName();
    auto *dialog = new ReportDialog(base + QStringLiteral("-review.md"),
                                    m_connection ? m_connection->display() : QString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::writeRequested, this, &HandoffActions::writeReport);
    m_reportDialog = dialog;
    dialog->open();
    return dialog;
}

void HandoffActions::writeReport(ReportFormat format, const QString &path, bool includeLive)
{
    const quint64 request = ++m_reportRequest;
    const Plan plan = m_designer->plan();
    const QString planPath = m_designer->document().path();
    const std::optional<ConnectionUri> db = includeLive ? m_connection : std::nullopt;
    // What the editor shows, compiled once by the designer (empty while the plan is incomplete).
    std::optional<Script> compiled;
    if (!m_designer->script().phases.isEmpty())
        compiled = m_designer->script();
    auto *watcher = new QFutureWatcher<ReportResult>(this);
    connect(watcher, &QFutureWatcher<ReportResult>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_reportRequest || !m_reportDialog)
            return; // a newer request, or the dialog was closed
        const ReportResult result = watcher->result();
        m_reportDialog->finish(result.ok, result.text);
    });
    // The live state means a connection, the catalog and lock queries: never on the GUI thread.
    watcher->setFuture(QtConcurrent::run([plan, planPath, db, compiled, format,
                                          path]() -> ReportResult {
        try {
            const ReportInput input = ReportGatherer::gather(plan, planPath, db, compiled);
            ReportPdfWriter::writeReport(input, format, path);
            return {true, QObject::tr("Report written to %1").arg(QDir::toNativeSeparators(path))};
        } catch (const PlanError &error) {
            return {false, error.message()};
        } catch (const CompileError &error) {
            return {false, QObject::tr("The plan does not compile: %1").arg(error.message())};
        } catch (const DbError &error) {
            return {false, error.message()};
        } catch (const ExportError &error) {
            return {false, error.message()};
        }
    }));
}

ApproveDialog *HandoffActions::showApprove()
{
    const Plan plan = m_designer->plan();
    ApprovalStatus status;
    try {
        status = PlanApprovals::status(plan);
    } catch (const PlanError &error) {
        m_messageBar->showMessage(error.message());
        return nullptr;
    } catch (const CompileError &error) {
        m_messageBar->showMessage(tr("The plan does not compile: %1").arg(error.message()));
        return nullptr;
    }
    auto *dialog = new ApproveDialog(plan.title.isEmpty() ? planName() : plan.title,
                                     status.scriptSha256, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, status] {
        const Plan now = m_designer->plan();
        try {
            if (PlanApprovals::scriptSha256(now) != status.scriptSha256) {
                m_messageBar->showMessage(tr("Not approved: the plan changed while the approval "
                                             "was open; approve it again."),
                                          MessageBar::Level::Warning);
                return;
            }
            m_designer->applyPlan(PlanApprovals::approve(now, dialog->approver(), dialog->note()));
        } catch (const CompileError &error) {
            m_messageBar->showMessage(tr("The plan does not compile: %1").arg(error.message()));
            return;
        }
        // The approval belongs in the plan file, as `column-planner approve` writes it.
        if (!m_designer->document().path().isEmpty())
            m_save();
        else
            m_messageBar->showMessage(tr("Approved. Save the plan to keep the approval."),
                                      MessageBar::Level::Info);
    });
    dialog->open();
    return dialog;
}

PlanCompareDialog *HandoffActions::showCompare()
{
    auto *dialog = new PlanCompareDialog(m_designer->plan(), planName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
