#include "approvedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ApproveDialog::ApproveDialog(const QString &planTitle, const QString &scriptSha256, QWidget *parent)
    : QDialog(parent), m_by(new QLineEdit), m_note(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("approveDialog"));
    setWindowTitle(tr("Approve the plan"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Approving records that you reviewed the script of “%1” exactly as it is now. "
           "Any later change to the design or to a phase makes the approval stale.")
            .arg(planTitle));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_by->setObjectName(QStringLiteral("approver"));
    m_by->setAccessibleName(tr("Approved by"));
    m_by->setText(qEnvironmentVariable("USER"));
    form->addRow(tr("Approved &by:"), m_by);
    m_note->setObjectName(QStringLiteral("approvalNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What you checked, conditions (optional)"));
    m_note->setTabChangesFocus(true);
    form->addRow(tr("&Note:"), m_note);
    auto *sha = new QLabel(scriptSha256);
    sha->setObjectName(QStringLiteral("approvalSha"));
    sha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sha->setFont(QFont(QStringLiteral("monospace")));
    form->addRow(tr("Script SHA-256:"), sha);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_approve = buttons->button(QDialogButtonBox::Ok);
    m_approve->setText(tr("&Approve"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    layout->addWidget(buttons);
    const auto update = [this] { m_approve->setEnabled(!approver().isEmpty()); };
    connect(m_by, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!approver().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 300);
}

QString ApproveDialog::approver() const
{
    return m_by->text().trimmed();
}

QString ApproveDialog::note() const
{
    return m_note->toPlainText().trimmed();
}
