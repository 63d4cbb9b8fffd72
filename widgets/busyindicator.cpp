#include "busyindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_bar(new QProgressBar(this))
{
    m_bar->setRange(0, 0); // indeterminate
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Working"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_bar);
    setBusy(false);
}

void BusyIndicator::setBusy(bool busy, const QString &caption)
{
    // A long connection string is shortened in the middle (whole in the tooltip): the caption
    // must not widen the dialog or the status bar it sits in.
    m_caption->setText(m_caption->fontMetrics().elidedText(
        caption, Qt::ElideMiddle, m_caption->fontMetrics().averageCharWidth() * MaxCaptionChars));
    m_caption->setToolTip(caption);
    m_caption->setVisible(busy && !caption.isEmpty());
    m_bar->setVisible(busy);
    setAccessibleDescription(busy ? caption : QString());
}

bool BusyIndicator::isBusy() const
{
    return !m_bar->isHidden();
}
