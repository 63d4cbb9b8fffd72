#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Messages"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Level level)
{
    m_level = level;
    m_label->setText(text);
    // Colours derived from the palette keep dark themes readable.
    const QColor base = palette().color(QPalette::Window);
    const QColor accent = level == Level::Error     ? QColor(220, 50, 47)
                          : level == Level::Warning ? QColor(203, 140, 0)
                                                    : QColor(38, 139, 210);
    const QColor background = QColor::fromRgbF(base.redF() * 0.8 + accent.redF() * 0.2,
                                               base.greenF() * 0.8 + accent.greenF() * 0.2,
                                               base.blueF() * 0.8 + accent.blueF() * 0.2);
    setStyleSheet(
        QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 3px; }")
            .arg(background.name(), accent.name()));
    setAccessibleDescription(text);
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}
