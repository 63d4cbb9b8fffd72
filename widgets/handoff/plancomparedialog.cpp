#include "plancomparedialog.h"

#include "messagebar.h"
#include "plan/planfile.h"
#include "review/plandiff.h"
#include "sql/compiler.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextEdit>
#include <QVBoxLayout>

PlanCompareDialog::PlanCompareDialog(const Plan &current, const QString &currentName,
                                     QWidget *parent)
    : QDialog(parent), m_current(current), m_currentName(currentName), m_message(new MessageBar),
      m_summary(new QLabel), m_changes(new QListWidget), m_diff(new QTextEdit)
{
    setObjectName(QStringLiteral("planCompareDialog"));
    setWindowTitle(tr("Compare with plan"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    m_message->hide();
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose the plan file to compare this plan with."));
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical);
    auto *changesBox = new QWidget;
    auto *changesLayout = new QVBoxLayout(changesBox);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(new QLabel(tr("Design changes:")));
    m_changes->setObjectName(QStringLiteral("compareDesignChanges"));
    m_changes->setAccessibleName(tr("Design changes"));
    m_changes->setWordWrap(true);
    changesLayout->addWidget(m_changes);
    split->addWidget(changesBox);
    auto *diffBox = new QWidget;
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(new QLabel(tr("SQL changes:")));
    m_diff->setObjectName(QStringLiteral("compareSqlDiff"));
    m_diff->setAccessibleName(tr("SQL changes as a unified diff"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    diffLayout->addWidget(m_diff);
    split->addWidget(diffBox);
    split->setSizes({150, 450});
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *choose = buttons->addButton(tr("C&hoose plan…"), QDialogButtonBox::ActionRole);
    choose->setObjectName(QStringLiteral("compareChoose"));
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, &PlanCompareDialog::choosePlan);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 680);
}

void PlanCompareDialog::choosePlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with plan"), m_lastDir,
                                                      tr("Column Planner plans (*.json)"));
    if (!path.isEmpty())
        compareWith(path);
}

bool PlanCompareDialog::compareWith(const QString &path)
{
    m_lastDir = QFileInfo(path).absolutePath();
    const QString otherName = QFileInfo(path).fileName();
    PlanDiffResult diff;
    try {
        const Plan other = PlanFile::load(path);
        try {
            Compiler::compile(other);
        } catch (const CompileError &error) {
            m_message->showMessage(tr("%1 does not compile: %2").arg(otherName, error.message()));
            return false;
        }
        diff = PlanDiff::compare(other, m_current, otherName, m_currentName);
    } catch (const PlanError &error) {
        m_message->showMessage(error.message());
        return false;
    } catch (const CompileError &error) {
        m_message->showMessage(tr("This plan does not compile: %1").arg(error.message()));
        return false;
    }
    m_message->hide();
    m_changes->clear();
    m_changes->addItems(diff.designChanges);
    if (diff.identical())
        m_summary->setText(tr("%1 and %2 are the same plan.").arg(otherName, m_currentName));
    else
        m_summary->setText(tr("From %1 (before) to %2 (after): %n design change(s).", nullptr,
                              int(diff.designChanges.size()))
                               .arg(otherName, m_currentName));
    if (diff.designChanges.isEmpty())
        m_changes->addItem(tr("(no design change)"));
    if (diff.sqlDiff.isEmpty())
        m_diff->setPlainText(tr("The compiled script is the same."));
    else
        m_diff->setHtml(colouredDiff(diff.sqlDiff));
    return true;
}

QString PlanCompareDialog::colouredDiff(const QString &diff)
{
    QString html = QStringLiteral("<pre style=\"margin:0\">");
    for (const QString &line : diff.split(u'\n')) {
        const QString text = line.toHtmlEscaped();
        if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")))
            html += QStringLiteral("<b>%1</b>\n").arg(text);
        else if (line.startsWith(u'+'))
            html += QStringLiteral("<span style=\"background:#e6ffed;color:#1b5e20\">%1</span>\n")
                        .arg(text);
        else if (line.startsWith(u'-'))
            html += QStringLiteral("<span style=\"background:#ffeef0;color:#b71c1c\">%1</span>\n")
                        .arg(text);
        else if (line.startsWith(QLatin1String("@@")))
            html += QStringLiteral("<span style=\"color:#1565c0\">%1</span>\n").arg(text);
        else
            html += text + u'\n';
    }
    return html + QStringLiteral("</pre>");
}
