#include "backfillsettingswidget.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

BackfillSettingsWidget::BackfillSettingsWidget(QWidget *parent)
    : QWidget(parent), m_toggle(new QToolButton(this)), m_body(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle->setText(tr("Backfill settings"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setObjectName(QStringLiteral("backfillSettingsToggle"));
    m_toggle->setAccessibleDescription(
        tr("Shows or hides batch size, pauses, lag limit and timeouts"));
    m_toggle->setAccessibleName(tr("Show backfill settings"));
    layout->addWidget(m_toggle);
    layout->addWidget(m_body);
    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(16, 0, 0, 0);
    m_targetBatchMs = addSpin(QStringLiteral("targetBatchMs"), 10, 60000, tr(" ms"));
    m_maxBatchRows = addSpin(QStringLiteral("maxBatchRows"), 1, 10000000, QString());
    m_pauseMs = addSpin(QStringLiteral("pauseMs"), 0, 600000, tr(" ms"));
    m_maxLagMs = addSpin(QStringLiteral("maxReplicationLagMs"), 0, 3600000, tr(" ms"));
    m_lockTimeoutMs = addSpin(QStringLiteral("lockTimeoutMs"), 1, 600000, tr(" ms"));
    m_statementTimeoutMs = addSpin(QStringLiteral("statementTimeoutMs"), 0, 86400000, tr(" ms"));
    const struct
    {
        QSpinBox *spin;
        QString label;
        QString tip;
    } rows[] = {
        {m_targetBatchMs, tr("Target batch &time:"),
         tr("Batch size adapts so that each batch takes about this long")},
        {m_maxBatchRows, tr("Max batch &rows:"), tr("Never more rows than this in one batch")},
        {m_pauseMs, tr("&Pause between batches:"),
         tr("Sleep between batches, to leave room for other work")},
        {m_maxLagMs, tr("Max replication &lag:"), tr("Wait while replicas lag more than this")},
        {m_lockTimeoutMs, tr("Loc&k timeout:"),
         tr("A DDL statement gives up (and retries) after waiting this long for its lock")},
        {m_statementTimeoutMs, tr("&Statement timeout:"),
         tr("Any one statement stops after this long (0: no limit)")},
    };
    for (const auto &row : rows) {
        row.spin->setToolTip(row.tip);
        row.spin->setAccessibleName(QString(row.label).remove(u'&').remove(u':'));
        form->addRow(row.label, row.spin);
    }
    m_syncTrigger = new QCheckBox(
        tr("Keep new and updated rows in sync with a trigger during the backfill"), m_body);
    m_syncTrigger->setObjectName(QStringLiteral("syncTrigger"));
    m_syncTrigger->setAccessibleName(
        tr("Keep new and updated rows in sync with a trigger during the backfill"));
    m_syncTrigger->setToolTip(
        tr("PostgreSQL: expand adds a trigger that writes the backfill expression into every row "
           "the application inserts or updates; enforce drops it"));
    form->addRow(m_syncTrigger);
    connect(m_syncTrigger, &QCheckBox::toggled, this, [this](bool on) {
        if (m_syncTrigger->isEnabled())
            m_syncTriggerWanted = on;
        Q_EMIT changed();
    });
    connect(m_toggle, &QToolButton::toggled, this, &BackfillSettingsWidget::setExpanded);
    setSettings(BackfillSettings{});
    setExpanded(false);
}

QSpinBox *BackfillSettingsWidget::addSpin(const QString &objectName, int minimum, int maximum,
                                          const QString &suffix)
{
    auto *spin = new QSpinBox(m_body);
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    connect(spin, &QSpinBox::valueChanged, this, &BackfillSettingsWidget::changed);
    return spin;
}

void BackfillSettingsWidget::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

void BackfillSettingsWidget::setSettings(const BackfillSettings &settings)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_targetBatchMs), QSignalBlocker(m_maxBatchRows),
        QSignalBlocker(m_pauseMs),       QSignalBlocker(m_maxLagMs),
        QSignalBlocker(m_lockTimeoutMs), QSignalBlocker(m_statementTimeoutMs)};
    m_targetBatchMs->setValue(settings.targetBatchMs);
    m_maxBatchRows->setValue(settings.maxBatchRows);
    m_pauseMs->setValue(settings.pauseMs);
    m_maxLagMs->setValue(settings.maxReplicationLagMs);
    m_lockTimeoutMs->setValue(settings.lockTimeoutMs);
    m_statementTimeoutMs->setValue(settings.statementTimeoutMs);
    const QSignalBlocker syncBlocker(m_syncTrigger);
    m_syncTriggerWanted = settings.syncTrigger;
    m_syncTrigger->setChecked(settings.syncTrigger && m_syncTrigger->isEnabled());
}

void BackfillSettingsWidget::setBackfillExpressionSet(bool set)
{
    if (set == m_syncTrigger->isEnabled())
        return;
    m_syncTrigger->setEnabled(set);
    const bool checked = set && m_syncTriggerWanted;
    if (m_syncTrigger->isChecked() != checked) {
        const QSignalBlocker blocker(m_syncTrigger);
        m_syncTrigger->setChecked(checked);
        Q_EMIT changed();
    }
}

BackfillSettings BackfillSettingsWidget::settings() const
{
    BackfillSettings settings;
    settings.targetBatchMs = m_targetBatchMs->value();
    settings.maxBatchRows = m_maxBatchRows->value();
    settings.pauseMs = m_pauseMs->value();
    settings.maxReplicationLagMs = m_maxLagMs->value();
    settings.lockTimeoutMs = m_lockTimeoutMs->value();
    settings.statementTimeoutMs = m_statementTimeoutMs->value();
    settings.syncTrigger = m_syncTrigger->isEnabled() && m_syncTrigger->isChecked();
    return settings;
}
