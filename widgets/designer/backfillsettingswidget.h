#pragma once
// The backfill settings of a plan (batch time, batch rows, pause, replication lag, lock and
// statement timeouts, the PostgreSQL sync trigger) in a section that folds away behind a toggle.

#include "plan/plan.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;
class QToolButton;

class BackfillSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BackfillSettingsWidget(QWidget *parent = nullptr);

    void setSettings(const BackfillSettings &settings);
    BackfillSettings settings() const;
    void setExpanded(bool expanded);
    // The sync trigger needs a backfill expression: without one the box is off and disabled.
    void setBackfillExpressionSet(bool set);

Q_SIGNALS:
    void changed();

private:
    QSpinBox *addSpin(const QString &objectName, int minimum, int maximum, const QString &suffix);

    QToolButton *m_toggle;
    QWidget *m_body;
    QSpinBox *m_targetBatchMs;
    QSpinBox *m_maxBatchRows;
    QSpinBox *m_pauseMs;
    QSpinBox *m_maxLagMs;
    QSpinBox *m_lockTimeoutMs;
    QSpinBox *m_statementTimeoutMs;
    QCheckBox *m_syncTrigger;
    bool m_syncTriggerWanted = false; // the plan's value, kept while no expression allows it
};
