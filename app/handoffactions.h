#pragma once
// The hand-off entries of the main window (Plan menu and toolbar): Export…, Review report…,
// Approve… and Compare with plan…, plus the approval badge kept in the status bar. The logic is
// the CLI's (MigrationExporter, ReportGatherer, PlanApprovals, PlanDiff); the report, which may
// read the live server, is gathered and written on a worker thread.

#include "db/connectionuri.h"
#include "export/reviewreport.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class ApprovalBadge;
class ApproveDialog;
class ColumnDesignerWidget;
class ExportDialog;
class MessageBar;
class PlanCompareDialog;
class QAction;
class QWidget;
class ReportDialog;
class SqlEditor;

class HandoffActions : public QObject
{
    Q_OBJECT
public:
    // save: saves the window's plan to its file (the window's Save plan), used after approving.
    HandoffActions(QWidget *window, ColumnDesignerWidget *designer, SqlEditor *editor,
                   MessageBar *messageBar, std::function<bool()> save);

    QAction *exportAction() const { return m_export; }
    QAction *reportAction() const { return m_report; }
    QAction *approveAction() const { return m_approve; }
    QAction *compareAction() const { return m_compare; }
    ApprovalBadge *badge() const { return m_badge; }

    // The open connection, whose live state the report includes; nullopt when disconnected.
    void setConnection(const std::optional<ConnectionUri> &uri) { m_connection = uri; }

    // The dialogs, opened with open() (never exec()); each returns the dialog it opened, or null
    // with the reason in the message bar.
    ExportDialog *showExport();
    ReportDialog *showReport();
    ApproveDialog *showApprove();
    PlanCompareDialog *showCompare();

private:
    void update();
    void writeReport(ReportFormat format, const QString &path, bool includeLive);
    QString planName() const;

    QWidget *m_window;
    ColumnDesignerWidget *m_designer;
    SqlEditor *m_editor;
    MessageBar *m_messageBar;
    std::function<bool()> m_save;
    ApprovalBadge *m_badge;
    QAction *m_export;
    QAction *m_report;
    QAction *m_approve;
    QAction *m_compare;
    std::optional<ConnectionUri> m_connection;
    QPointer<ReportDialog> m_reportDialog;
    quint64 m_reportRequest = 0;
};
