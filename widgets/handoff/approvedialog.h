#pragma once
// Plan › Approve…: who approves and a note; OK records an approval bound to the SHA-256 of the
// script shown (the window applies it through PlanApprovals, as `column-planner approve` does).

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class ApproveDialog : public QDialog
{
    Q_OBJECT
public:
    // scriptSha256: what the approval is bound to, shown so the approver can compare it.
    ApproveDialog(const QString &planTitle, const QString &scriptSha256, QWidget *parent = nullptr);

    QString approver() const;
    QString note() const;

private:
    QLineEdit *m_by;
    QPlainTextEdit *m_note;
    QPushButton *m_approve;
};
