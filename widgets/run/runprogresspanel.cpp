#include "runprogresspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <cmath>

RunProgressPanel::RunProgressPanel(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar), m_rows(new QLabel), m_rate(new QLabel),
      m_eta(new QLabel), m_status(new QLabel), m_arriving(new QLabel)
{
    setObjectName(QStringLiteral("runProgress"));
    m_bar->setObjectName(QStringLiteral("runProgressBar"));
    m_bar->setAccessibleName(tr("Backfill progress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_rows->setObjectName(QStringLiteral("runRows"));
    m_rate->setObjectName(QStringLiteral("runRate"));
    m_eta->setObjectName(QStringLiteral("runEta"));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_arriving->setObjectName(QStringLiteral("runArriving"));
    m_arriving->setWordWrap(true);
    m_arriving->setAccessibleName(tr("Rows arriving without a value"));
    for (QLabel *label : {m_rows, m_rate, m_eta})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two short lines rather than one long one: the panel stays narrow enough for a small screen.
    auto *pace = new QHBoxLayout;
    pace->addWidget(m_rate);
    pace->addSpacing(16);
    pace->addWidget(m_eta);
    pace->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_rows);
    layout->addLayout(pace);
    layout->addWidget(m_status);
    layout->addWidget(m_arriving);
    reset();
}

QString RunProgressPanel::duration(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return tr("unknown");
    const qint64 s = qRound64(seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QChar(u'0'))
            .arg(s % 60, 2, 10, QChar(u'0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

void RunProgressPanel::reset()
{
    m_rowsDone = 0;
    m_bar->setValue(0);
    m_bar->setFormat(tr("backfill not started"));
    m_rows->setText(tr("Rows: –"));
    m_rate->setText(tr("– rows/s"));
    m_eta->setText(tr("ETA –"));
    m_status->clear();
    m_arriving->clear();
    m_arriving->hide();
}

void RunProgressPanel::showArriving(const RunEvent &e)
{
    if (e.rowsArriving < 0)
        return;
    m_arriving->setText(
        e.rowsArriving > 0
            ? tr("Rows arriving without a value: %L1 (%2 UTC). The application does not write the "
                 "column yet; enforce waits.")
                  .arg(e.rowsArriving)
                  .arg(e.at.toString(QStringLiteral("HH:mm:ss")))
            : tr("Rows arriving without a value: none (%1 UTC)")
                  .arg(e.at.toString(QStringLiteral("HH:mm:ss"))));
    m_arriving->show();
}

void RunProgressPanel::showProgress(const RunEvent &e)
{
    m_rowsDone = e.rowsDone;
    const double fraction =
        e.rowsTotal > 0 ? std::min(1.0, double(e.rowsDone) / double(e.rowsTotal)) : 0;
    m_bar->setValue(int(fraction * 1000));
    m_bar->setFormat(tr("%1% of the backfill").arg(QString::number(fraction * 100, 'f', 1)));
    m_rows->setText(
        tr("Rows: %L1 / %L2 (%L3 written)").arg(e.rowsDone).arg(e.rowsTotal).arg(e.rowsUpdated));
    m_rate->setText(tr("%L1 rows/s").arg(qRound64(e.rowsPerSecond)));
    m_eta->setText(tr("ETA %1").arg(duration(e.etaSeconds)));
}

void RunProgressPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}
