#include "productionconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProductionConfirmDialog::ProductionConfirmDialog(const QString &profile,
                                                 const QString &approvalSummary, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_name(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("productionConfirmDialog"));
    setWindowTitle(tr("Run on production"));
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(
        tr("<p><b>%1 is a production profile</b> and this plan is %2.</p>"
           "<p>Approve the plan first (Plan › Approve…), or type the profile's name to run it "
           "anyway. The override is written into the run journal.</p>")
            .arg(profile.toHtmlEscaped(), approvalSummary.toHtmlEscaped()));
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto *prompt = new QLabel(tr("Type %1 to confirm:").arg(profile));
    prompt->setTextFormat(Qt::PlainText);
    prompt->setBuddy(m_name);
    layout->addWidget(prompt);
    m_name->setObjectName(QStringLiteral("productionName"));
    m_name->setAccessibleName(tr("Production profile name"));
    layout->addWidget(m_name);
    m_buttons->setObjectName(QStringLiteral("productionButtons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Run on production"));
    ok->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this,
            [this, ok] { ok->setEnabled(typedName() == m_profile); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (typedName() == m_profile)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ProductionConfirmDialog::typedName() const
{
    return m_name->text();
}
