#pragma once
// Live controls of a run: pause, resume, abort, and the target batch time, the pause between
// batches and the replication lag limit, applied to the running backfill as they change.

#include "plan/plan.h"

#include <QWidget>

class QPushButton;
class QSpinBox;

class RunControlsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunControlsPanel(QWidget *parent = nullptr);

    // The plan's values, shown until the user changes them.
    void setDefaults(const BackfillSettings &settings);
    // pausable: the backfill is still ahead or running (Pause holds it between batches).
    void setRunning(bool running, bool paused, bool pausable);

Q_SIGNALS:
    void pauseRequested();
    void resumeRequested();
    void abortRequested();
    void targetBatchMsChanged(int ms);
    void pauseMsChanged(int ms);
    void maxLagMsChanged(int ms);

private:
    QSpinBox *addSpin(const QString &objectName, const QString &accessible, int min, int max,
                      int step);

    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_abort;
    QSpinBox *m_target;
    QSpinBox *m_pauseMs;
    QSpinBox *m_maxLag;
};
