#include "fieldnote.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

FieldNote::FieldNote(const QString &accessibleName, QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(accessibleName);
    m_text->setAccessibleName(accessibleName);
    hide();
}

QIcon FieldNote::icon(Severity severity, const QWidget *widget)
{
    switch (severity) {
    case Severity::Error:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QColor FieldNote::color(Severity severity, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case Severity::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0x9a, 0x5b, 0x00);
    case Severity::Info:
        return palette.color(QPalette::WindowText);
    }
    return palette.color(QPalette::WindowText);
}

void FieldNote::setNote(Severity severity, const QString &text)
{
    if (text.isEmpty()) {
        clearNote();
        return;
    }
    m_severity = severity;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(icon(severity, this).pixmap(size, size));
    m_text->setText(text);
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, color(severity, palette()));
    m_text->setPalette(pal);
    setAccessibleDescription(Finding::severityName(severity) + QStringLiteral(": ") + text);
    show();
}

void FieldNote::clearNote()
{
    m_text->clear();
    m_icon->clear();
    setAccessibleDescription({});
    hide();
}

QString FieldNote::text() const
{
    return m_text->text();
}
