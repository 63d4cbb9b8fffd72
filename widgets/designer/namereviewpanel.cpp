#include "namereviewpanel.h"

#include "fieldnote.h"

#include <QLabel>
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
        text->setWordWrap(true);
        QString html = issue.message.toHtmlEscaped();
        // A suggestion that is a name can be applied with one click; others are advice.
        if (!issue.suggestion.isEmpty() && isPlainIdentifier(issue.suggestion))
            html += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(issue.suggestion.toHtmlEscaped(),
                             tr("Use “%1”").arg(issue.suggestion).toHtmlEscaped());
        else if (!issue.suggestion.isEmpty())
            html += QStringLiteral(" — ") + tr("try %1").arg(issue.suggestion).toHtmlEscaped();
        text->setText(html);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        QPalette pal = text->palette();
        pal.setColor(QPalette::WindowText, FieldNote::color(severity, palette()));
        text->setPalette(pal);
        text->setAccessibleName(tr("Name %1").arg(issue.severity));
        text->setAccessibleDescription(issue.message);
        text->setProperty("rule", issue.rule);
        connect(text, &QLabel::linkActivated, this, &NameReviewPanel::suggestionChosen);
        layout->addWidget(text, 1);
        m_layout->addWidget(row);
    }
    setVisible(!issues.isEmpty());
}

QStringList NameReviewPanel::messages() const
{
    QStringList out;
    for (const NameIssue &issue : m_issues)
        out << issue.severity + QStringLiteral(": ") + issue.message;
    return out;
}

bool NameReviewPanel::hasErrors() const
{
    for (const NameIssue &issue : m_issues)
        if (issue.severity == u"error")
            return true;
    return false;
}
