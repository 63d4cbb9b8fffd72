#include "runcontrolspanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

RunControlsPanel::RunControlsPanel(QWidget *parent)
    : QWidget(parent), m_pause(new QPushButton(tr("&Pause"))),
      m_resume(new QPushButton(tr("Res&ume"))), m_abort(new QPushButton(tr("&Abort")))
{
    setObjectName(QStringLiteral("runControls"));
    m_pause->setObjectName(QStringLiteral("runPause"));
    m_pause->setAccessibleDescription(tr("Holds the backfill between batches"));
    m_pause->setAccessibleName(tr("Pause after the current batch"));
    m_resume->setObjectName(QStringLiteral("runResume"));
    m_resume->setAccessibleDescription(tr("Goes on with the backfill"));
    m_resume->setAccessibleName(tr("Resume the run"));
    m_abort->setObjectName(QStringLiteral("runAbort"));
    m_abort->setAccessibleName(tr("Abort after the current batch"));
    m_abort->setToolTip(
        tr("Stops after the batch in flight commits; running again resumes from the checkpoint."));

    m_target = addSpin(QStringLiteral("runTargetBatchMs"), tr("Target batch time"), 10, 60000, 50);
    m_target->setSuffix(tr(" ms"));
    m_pauseMs = addSpin(QStringLiteral("runPauseMs"), tr("Pause between batches"), 0, 60000, 50);
    m_pauseMs->setSuffix(tr(" ms"));
    m_maxLag = addSpin(QStringLiteral("runMaxLagMs"), tr("Replication lag limit"), 0, 3600000, 500);
    m_maxLag->setSuffix(tr(" ms"));
    m_maxLag->setSpecialValueText(tr("no limit"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_abort);
    auto *form = new QFormLayout;
    form->addRow(tr("Target &batch time:"), m_target);
    form->addRow(tr("Pause bet&ween batches:"), m_pauseMs);
    form->addRow(tr("&Lag limit:"), m_maxLag);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_pause, &QPushButton::clicked, this, &RunControlsPanel::pauseRequested);
    connect(m_resume, &QPushButton::clicked, this, &RunControlsPanel::resumeRequested);
    connect(m_abort, &QPushButton::clicked, this, &RunControlsPanel::abortRequested);
    connect(m_target, &QSpinBox::valueChanged, this, &RunControlsPanel::targetBatchMsChanged);
    connect(m_pauseMs, &QSpinBox::valueChanged, this, &RunControlsPanel::pauseMsChanged);
    connect(m_maxLag, &QSpinBox::valueChanged, this, &RunControlsPanel::maxLagMsChanged);
    setRunning(false, false, false);
}

QSpinBox *RunControlsPanel::addSpin(const QString &objectName, const QString &accessible, int min,
                                    int max, int step)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessible);
    spin->setAccessibleDescription(tr("Acts on the running backfill from its next batch"));
    spin->setRange(min, max);
    spin->setSingleStep(step);
    spin->setKeyboardTracking(false); // applied when typing ends, not at every digit
    spin->setGroupSeparatorShown(true);
    return spin;
}

void RunControlsPanel::setDefaults(const BackfillSettings &settings)
{
    const QSignalBlocker a(m_target), b(m_pauseMs), c(m_maxLag);
    m_target->setValue(settings.targetBatchMs);
    m_pauseMs->setValue(settings.pauseMs);
    m_maxLag->setValue(settings.maxReplicationLagMs);
}

void RunControlsPanel::setRunning(bool running, bool paused, bool pausable)
{
    m_pause->setEnabled(running && !paused && pausable);
    m_resume->setEnabled(running && paused);
    m_abort->setEnabled(running);
}
