#include "namereviewpanel.h"

#include "fieldnote.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

NameReviewPanel::NameReviewPanel(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setAccessibleName(tr("Column name review"));
    hide();
}

void NameReviewPanel::setIssues(const QList<NameIssue> &issues)
{
    m_issues = issues;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // New buttons would join the end of the window's tab order; keep them right after the name
    // field (the panel's own place in the chain), so Tab from the name reaches a suggestion.
    // (setTabOrder ignores widgets that take no focus, so start from the field before the panel.)
    QWidget *tabBefore = previousInFocusChain();
    while (tabBefore != this && !(tabBefore->focusPolicy() & Qt::TabFocus))
        tabBefore = tabBefore->previousInFocusChain();
    for (const NameIssue &issue : issues) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        const Severity severity = Finding::severityFromName(issue.severity);
        auto *icon = new QLabel(row);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        icon->setPixmap(FieldNote::icon(severity, this).pixmap(size, size));
        layout->addWidget(icon, 0, Qt::AlignTop);
        auto *text = new QLabel(row);
        text->setObjectName(QStringLiteral("nameIssueText"));
        text->setWordWrap(true);
        text->setText(issue.message);
        text->setTextFormat(Qt::PlainText);
        if (!issue.suggestion.isEmpty() && !isPlainIdentifier(issue.suggestion))
            text->setText(issue.message + QStringLiteral(" — ") +
                          tr("try %1").arg(issue.suggestion));
        QPalette pal = text->palette();
        pal.setColor(QPalette::WindowText, FieldNote::color(severity, palette()));
        text->setPalette(pal);
        text->setProperty("rule", issue.rule);
        layout->addWidget(text, 1);
        // A suggestion that is a name is applied by a button: reached with Tab, pressed with
        // Space, announced by screen readers (a link inside a label is none of these).
        if (!issue.suggestion.isEmpty() && isPlainIdentifier(issue.suggestion)) {
            auto *use = new QPushButton(tr("Use “%1”").arg(issue.suggestion), row);
            use->setObjectName(QStringLiteral("useSuggestion"));
            use->setAccessibleName(tr("Use the name %1").arg(issue.suggestion));
            use->setAccessibleDescription(issue.message);
            connect(use, &QPushButton::clicked, this,
                    [this, name = issue.suggestion] { Q_EMIT suggestionChosen(name); });
            layout->addWidget(use, 0, Qt::AlignTop);
            QWidget::setTabOrder(tabBefore, use);
            tabBefore = use;
        }
        m_layout->addWidget(row);
    }
    setVisible(!issues.isEmpty());
}

bool NameReviewPanel::hasErrors() const
{
    for (const NameIssue &issue : m_issues)
        if (issue.severity == u"error")
            return true;
    return false;
}
