#pragma once
// The run console: executes the current plan phase by phase on a PostgreSQL database under the
// user's eye — timeline, gate with the phase's SQL and locks, progress, live charts, live
// controls, checks and journal — driving a RunWorker through RunDriver. Updates from the run are
// applied on a 100 ms tick so the window stays fluid at full backfill speed.

#include "db/connectionuri.h"
#include "plan/plan.h"
#include "run/runevent.h"
#include "run/runoutcome.h"
#include "run/runprobeworker.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <optional>

class ProductionConfirmDialog;
class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class RunChartsWidget;
class RunChecksPanel;
class RunControlsPanel;
class RunDriver;
class RunGatePanel;
class RunJournalView;
class RunProgressPanel;
class RunTimelineWidget;
struct RunGate;

class RunConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RunConsoleWidget(QWidget *parent = nullptr);
    ~RunConsoleWidget() override;

    // The plan and the database the next run uses; ignored while a run is active.
    // reviewedScript: what the SQL tab showed; the run flags the phases the database changed.
    void setRun(const Plan &plan, const ConnectionUri &uri, const QString &planPath = {},
                const std::optional<Script> &reviewedScript = std::nullopt);
    // No plan to run (the connection closed); ignored while a run is active.
    void clearRun();
    // Empty: RunJournal::defaultPath().
    void setJournalPath(const QString &path);
    // The target is this production profile (empty: not production): shown in the header, and
    // an unapproved or stale plan starts only once the user has typed the name.
    void setProductionProfile(const QString &name);
    // Starts the run (the Start button does the same). False when one is active or none is set,
    // or when the production confirmation is asked first (the run starts once it is given).
    bool startRun();
    // Open while the user is asked to type the production profile's name.
    // Abort after the current batch (or at the open gate); runFinished follows.
    void stopRun();
    bool isRunning() const;
    std::optional<RunOutcome> lastOutcome() const { return m_outcome; }

    RunDriver *driver() const { return m_driver; }

Q_SIGNALS:
    void runningChanged(bool running);
    void runFinished(const RunOutcome &outcome);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Side by side when the width allows, else stacked.
    void arrangePanes();
    QWidget *buildHeader();
    // Forgets what the last run showed (progress, charts, checks, journal, outcome).
    void resetView();
    bool beginRun();
    void onActiveChanged(bool active);
    void onPreview(const RunPreview &preview);
    void onEvent(const RunEvent &event);
    void onGate(const RunGate &gate);
    void onFinished(const RunOutcome &outcome);
    void onSample(const RunSample &sample);
    void tick();
    void updateHeader();
    // Pause, Resume and Abort as the run stands (Pause only while the backfill is ahead).
    void updateControls();
    void setStatus(const QString &text);
    double seconds() const { return m_clock.isValid() ? m_clock.nsecsElapsed() / 1e9 : 0; }

    RunDriver *m_driver;
    QString m_planPath;
    QLabel *m_title;
    QLabel *m_productionMarker;
    ProductionConfirmDialog *m_productionDialog = nullptr;
    QCheckBox *m_dryRun;
    QPushButton *m_start;
    QLabel *m_status;
    RunTimelineWidget *m_timeline;
    RunGatePanel *m_gate;
    RunProgressPanel *m_progress;
    RunControlsPanel *m_controls;
    RunChartsWidget *m_charts;
    QTabWidget *m_tabs;
    RunChecksPanel *m_checks;
    RunJournalView *m_journal;
    QSplitter *m_left;  // timeline, gate, controls
    QSplitter *m_right; // progress, charts, checks and journal
    QSplitter *m_split; // the two, side by side or stacked
    QScrollArea *m_scroll;

    QTimer m_tick;
    QElapsedTimer m_clock;
    std::optional<RunEvent> m_pendingProgress;
    std::optional<RunEvent> m_lastProgress; // the one last drawn (throughput is its delta)
    std::optional<RunSample> m_lastSample;
    std::optional<RunOutcome> m_outcome;
    QString m_checkContext;      // when the next check round is evaluated ("after expand")
    bool m_backfillOver = false; // done or skipped, or the script has none: nothing to pause
};
