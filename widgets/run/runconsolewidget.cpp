#include "runconsolewidget.h"

#include "plan/planfile.h"
#include "productionconfirmdialog.h"
#include "review/planapprovals.h"
#include "run/runcontrol.h"
#include "run/rundriver.h"
#include "runchartswidget.h"
#include "runcheckspanel.h"
#include "runcontrolspanel.h"
#include "rungatepanel.h"
#include "runjournalview.h"
#include "runprogresspanel.h"
#include "runtimelinewidget.h"
#include "sql/compiler.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

RunConsoleWidget::RunConsoleWidget(QWidget *parent)
    : QWidget(parent), m_driver(new RunDriver(this)), m_title(new QLabel),
      m_productionMarker(new QLabel), m_dryRun(new QCheckBox(tr("&Dry run"))),
      m_start(new QPushButton(tr("&Start run"))), m_status(new QLabel),
      m_timeline(new RunTimelineWidget), m_gate(new RunGatePanel), m_progress(new RunProgressPanel),
      m_controls(new RunControlsPanel), m_charts(new RunChartsWidget), m_tabs(new QTabWidget),
      m_checks(new RunChecksPanel), m_journal(new RunJournalView),
      m_left(new QSplitter(Qt::Vertical)), m_right(new QSplitter(Qt::Vertical)),
      m_split(new QSplitter(Qt::Horizontal)), m_scroll(new QScrollArea)
{
    setObjectName(QStringLiteral("runConsole"));
    setAccessibleName(tr("Run console"));

    // What the user acts with (the gate, pause and pacing) beside what the run shows.
    m_left->addWidget(m_timeline);
    m_left->addWidget(m_gate);
    m_left->addWidget(m_controls);
    m_left->setStretchFactor(0, 3);
    m_left->setStretchFactor(1, 3);
    m_left->setStretchFactor(2, 0);

    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->setAccessibleName(tr("Checks and journal"));
    m_tabs->addTab(m_checks, tr("C&hecks"));
    m_tabs->addTab(m_journal, tr("&Journal"));

    m_right->addWidget(m_progress);
    m_right->addWidget(m_charts);
    m_right->addWidget(m_tabs);
    m_right->setStretchFactor(0, 0);
    m_right->setStretchFactor(1, 3);
    m_right->setStretchFactor(2, 2);

    m_split->addWidget(m_left);
    m_split->addWidget(m_right);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 5);
    // No pane can be dragged out of sight: each keeps at least its controls.
    for (QSplitter *splitter : {m_left, m_right, m_split})
        splitter->setChildrenCollapsible(false);
    m_split->setSizes({400, 1000});
    m_left->setSizes({300, 300, 120});
    m_right->setSizes({90, 420, 200});

    // The header (Start, the status) stays in view; the panes scroll down when the window is
    // short, never sideways: when narrow they stack instead of standing side by side.
    m_scroll->setObjectName(QStringLiteral("runConsoleScroll"));
    m_scroll->setWidget(m_split);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildHeader());
    layout->addWidget(m_scroll, 1);

    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &RunConsoleWidget::tick);

    connect(m_driver, &RunDriver::activeChanged, this, &RunConsoleWidget::onActiveChanged);
    connect(m_driver, &RunDriver::previewReady, this, &RunConsoleWidget::onPreview);
    connect(m_driver, &RunDriver::event, this, &RunConsoleWidget::onEvent);
    connect(m_driver, &RunDriver::gateRequested, this, &RunConsoleWidget::onGate);
    connect(m_driver, &RunDriver::gateClosed, m_gate, &RunGatePanel::closeGate);
    connect(m_driver, &RunDriver::finished, this, &RunConsoleWidget::onFinished);
    connect(m_driver, &RunDriver::sampled, this, &RunConsoleWidget::onSample);
    connect(m_driver, &RunDriver::failed, this, [this](const QString &message) {
        m_journal->appendLine(message);
        if (!m_driver->checksRunning())
            m_checks->finishRound(m_driver->isActive() ? QString() : message);
        setStatus(message);
    });
    connect(m_driver, &RunDriver::checksStarted, this, [this] {
        m_checks->markRunning(m_checkContext.isEmpty() ? tr("on demand") : m_checkContext);
        m_checkContext.clear();
    });
    connect(m_driver, &RunDriver::checkResult, this,
            [this](const RunCheckResult &result) { m_checks->showResult(result); });
    connect(m_driver, &RunDriver::checksDone, this, [this] {
        m_checks->finishRound();
        m_journal->appendLine(tr("checks evaluated: %1 pass, %2 fail")
                                  .arg(m_checks->passedCount())
                                  .arg(m_checks->failedCount()));
    });

    connect(m_gate, &RunGatePanel::runRequested, this, [this] {
        setStatus(m_driver->openGate() == RunGate::AcceptBlockingCopy
                      ? tr("Blocking copy accepted; the run goes on…")
                  : m_driver->openGate() == RunGate::WatchAgain
                      ? tr("Sweeping and watching again…")
                      : tr("Running phase %1…").arg(m_driver->gatePhase()));
        m_driver->runPhase();
    });
    connect(m_gate, &RunGatePanel::skipRequested, this, [this] {
        setStatus(tr("Skipping phase %1…").arg(m_driver->gatePhase()));
        m_driver->skipPhase();
    });
    connect(m_gate, &RunGatePanel::stopRequested, this, &RunConsoleWidget::stopRun);
    connect(m_controls, &RunControlsPanel::pauseRequested, this, [this] {
        m_driver->pause();
        updateControls();
        setStatus(tr("Pausing after the current batch…"));
    });
    connect(m_controls, &RunControlsPanel::resumeRequested, this, [this] {
        m_driver->resume();
        updateControls();
        setStatus(tr("Resumed."));
        m_journal->appendLine(tr("resumed by the user"));
    });
    connect(m_controls, &RunControlsPanel::abortRequested, this, &RunConsoleWidget::stopRun);
    connect(m_controls, &RunControlsPanel::targetBatchMsChanged, this, [this](int ms) {
        m_driver->setTargetBatchMs(ms);
        m_journal->appendLine(tr("target batch time set to %1 ms").arg(ms));
    });
    connect(m_controls, &RunControlsPanel::pauseMsChanged, this, [this](int ms) {
        m_driver->setPauseMs(ms);
        m_journal->appendLine(tr("pause between batches set to %1 ms").arg(ms));
    });
    connect(m_controls, &RunControlsPanel::maxLagMsChanged, this, [this](int ms) {
        m_driver->setMaxLagMs(ms);
        m_journal->appendLine(ms > 0 ? tr("replication lag limit set to %1 ms").arg(ms)
                                     : tr("replication lag limit removed"));
    });
    connect(m_checks, &RunChecksPanel::checkNowRequested, m_driver, &RunDriver::runChecks);
    connect(m_start, &QPushButton::clicked, this, &RunConsoleWidget::startRun);
    updateHeader();
}

RunConsoleWidget::~RunConsoleWidget() = default;

void RunConsoleWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangePanes();
}

void RunConsoleWidget::arrangePanes()
{
    // Side by side when both panes fit the width at their minimum, else one above the other
    // (scrolling down). Some slack before going back, so a scroll bar appearing cannot flip it.
    const int sideBySide = m_left->minimumSizeHint().width() + m_right->minimumSizeHint().width() +
                           m_split->handleWidth() +
                           m_scroll->verticalScrollBar()->sizeHint().width();
    const int available = m_scroll->width();
    const bool wide = m_split->orientation() == Qt::Horizontal ? available >= sideBySide
                                                               : available >= sideBySide + 32;
    const Qt::Orientation orientation = wide ? Qt::Horizontal : Qt::Vertical;
    if (orientation == m_split->orientation())
        return;
    m_split->setOrientation(orientation);
    if (wide)
        m_split->setSizes({available * 2 / 7, available * 5 / 7});
    else
        m_split->setSizes({m_left->sizeHint().height(), m_right->sizeHint().height()});
}

QWidget *RunConsoleWidget::buildHeader()
{
    auto *header = new QWidget;
    auto *layout = new QGridLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_dryRun->setObjectName(QStringLiteral("runDryRun"));
    m_dryRun->setAccessibleName(tr("Dry run: show every step, change nothing"));
    m_dryRun->setAccessibleDescription(
        tr("Walks every phase and statement without changing the database"));
    m_start->setObjectName(QStringLiteral("runStart"));
    m_start->setAccessibleDescription(tr("Starts the run; each phase waits at its gate"));
    m_start->setAccessibleName(tr("Start the run"));
    m_status->setObjectName(QStringLiteral("runConsoleStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Run status"));
    m_productionMarker->setObjectName(QStringLiteral("runProductionMarker"));
    m_productionMarker->setTextFormat(Qt::PlainText);
    m_productionMarker->setStyleSheet(
        QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; padding: "
                       "2px 8px; border-radius: 3px; }"));
    m_productionMarker->hide();
    // Long titles and statuses wrap instead of widening the console past the window.
    m_title->setWordWrap(true);
    m_status->setWordWrap(true);
    layout->addWidget(m_productionMarker, 0, 0, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_dryRun, 0, 2, Qt::AlignTop);
    layout->addWidget(m_start, 0, 3, Qt::AlignTop);
    layout->addWidget(m_status, 1, 0, 1, 4);
    layout->setColumnStretch(1, 1);
    return header;
}

void RunConsoleWidget::setRun(const Plan &plan, const ConnectionUri &uri, const QString &planPath,
                              const std::optional<Script> &reviewedScript)
{
    if (m_driver->isActive())
        return;
    m_driver->setTarget(plan, uri, planPath);
    m_driver->setReviewedScript(reviewedScript);
    m_controls->setDefaults(plan.backfill);
    m_charts->setDialect(uri.dialect());
    // What the last run showed belongs to that run, not to the one about to start.
    resetView();
    updateHeader();
}

void RunConsoleWidget::clearRun()
{
    if (m_driver->isActive())
        return;
    m_driver->clearTarget();
    resetView();
    updateHeader();
}

void RunConsoleWidget::resetView()
{
    m_backfillOver = false;
    m_outcome.reset();
    m_pendingProgress.reset();
    m_lastProgress.reset();
    m_lastSample.reset();
    m_progress->reset();
    m_charts->clear();
    m_checks->clear();
    m_journal->clear();
    m_timeline->clear();
    m_gate->clear();
}

void RunConsoleWidget::setProductionProfile(const QString &name)
{
    m_driver->setProductionProfile(name);
    m_productionMarker->setText(tr("PRODUCTION · %1").arg(name));
    m_productionMarker->setVisible(!name.isEmpty());
}

void RunConsoleWidget::setJournalPath(const QString &path)
{
    m_driver->setJournalPath(path);
}

bool RunConsoleWidget::isRunning() const
{
    return m_driver->isActive();
}

void RunConsoleWidget::setStatus(const QString &text)
{
    m_status->setText(text);
}

void RunConsoleWidget::updateControls()
{
    const bool active = m_driver->isActive();
    m_controls->setRunning(active, m_driver->isPaused(), active && !m_backfillOver);
}

void RunConsoleWidget::updateHeader()
{
    if (!m_driver->hasTarget()) {
        m_title->setText(tr("No plan to run"));
        setStatus(tr("Open a PostgreSQL, MySQL or MariaDB connection and a plan that compiles, "
                     "then choose Run plan…"));
    } else {
        const Plan &plan = m_driver->plan();
        m_title->setText(tr("%1 · %2.%3 on %4")
                             .arg(plan.title.isEmpty() ? tr("untitled plan") : plan.title,
                                  plan.table, plan.column.name, m_driver->uri().display()));
        if (!m_driver->isActive() && !m_outcome)
            setStatus(tr("Ready. Every phase waits at its gate for your confirmation."));
    }
    m_start->setEnabled(m_driver->hasTarget() && !m_driver->isActive());
    m_dryRun->setEnabled(!m_driver->isActive());
}

bool RunConsoleWidget::startRun()
{
    if (m_driver->isActive() || !m_driver->hasTarget())
        return false;
    const bool dry = m_dryRun->isChecked();
    m_driver->setProductionConfirmation({});
    if (!dry && !m_driver->productionProfile().isEmpty()) {
        // Asked here, before anything connects; the runner checks the same again and journals the
        // override.
        QString summary;
        try {
            const ApprovalStatus approval = PlanApprovals::status(m_driver->plan());
            if (approval.state != ApprovalStatus::Approved)
                summary = approval.summary();
        } catch (const PlanError &error) {
            setStatus(error.message());
            return false;
        } catch (const CompileError &error) {
            setStatus(error.message());
            return false;
        }
        if (!summary.isEmpty()) {
            if (m_productionDialog)
                return false;
            m_productionDialog =
                new ProductionConfirmDialog(m_driver->productionProfile(), summary, this);
            m_productionDialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_productionDialog, &QDialog::finished, this, [this](int result) {
                const QString typed = m_productionDialog->typedName();
                m_productionDialog = nullptr;
                if (result != QDialog::Accepted) {
                    setStatus(
                        tr("Not started: %1 is a production profile and the plan is not approved.")
                            .arg(m_driver->productionProfile()));
                    return;
                }
                m_driver->setProductionConfirmation(typed);
                beginRun();
            });
            setStatus(tr("Waiting for the production confirmation…"));
            m_productionDialog->open();
            return false;
        }
    }
    return beginRun();
}

bool RunConsoleWidget::beginRun()
{
    if (m_driver->isActive() || !m_driver->hasTarget())
        return false;
    resetView();
    m_clock.start();
    const bool dry = m_dryRun->isChecked();
    m_journal->appendLine(dry ? tr("dry run of %1 requested").arg(m_title->text())
                              : tr("run of %1 requested").arg(m_title->text()));
    setStatus(tr("Compiling the plan against the database…"));
    return m_driver->start(dry);
}

void RunConsoleWidget::stopRun()
{
    if (!m_driver->isActive())
        return;
    setStatus(tr("Stopping after the current batch…"));
    m_journal->appendLine(tr("stop requested by the user"));
    m_driver->stop();
}

void RunConsoleWidget::onActiveChanged(bool active)
{
    if (active)
        m_tick.start();
    else
        m_tick.stop();
    updateControls();
    updateHeader();
    Q_EMIT runningChanged(active);
}

void RunConsoleWidget::onPreview(const RunPreview &preview)
{
    m_timeline->setScript(preview.script);
    m_backfillOver = !preview.script.phase(QStringLiteral("backfill"));
    updateControls();
    if (m_driver->isDryRun())
        for (int i = 0; i < RunChartsWidget::MetricCount; ++i)
            m_charts->setNote(RunChartsWidget::Metric(i), tr("dry run"));
    setStatus(tr("Connected; the runner is preparing…"));
}

void RunConsoleWidget::onGate(const RunGate &gate)
{
    m_timeline->setWaiting(gate.phase);
    const Script &script = m_driver->preview().script;
    const Phase *phase = script.phase(gate.phase);
    const Phase executed = phase ? RunTimelineWidget::executedPhase(script, *phase) : Phase();
    m_gate->showGate(gate, phase ? &executed : nullptr);
    if (gate.kind == RunGate::AcceptBlockingCopy)
        setStatus(tr("Waiting for your answer: accept the blocking copy, or stop the run before it "
                     "changes anything."));
    else if (gate.kind == RunGate::WatchAgain)
        setStatus(tr("Enforce waits: rows keep arriving that it would reject. Deploy the "
                     "application version that writes "
                     "the column, then sweep and watch again, or stop."));
    else
        setStatus(
            tr("Waiting at the gate of %1: check the SQL and its locks, then run, skip or stop.")
                .arg(gate.phase));
    m_journal->appendLine(tr("gate: %1").arg(gate.question));
}

void RunConsoleWidget::onEvent(const RunEvent &event)
{
    m_journal->appendEvent(event);
    if (event.kind == RunEvent::Progress) {
        m_pendingProgress = event; // drawn on the next tick
        return;
    }
    tick(); // progress still waiting is older than this event: draw it first
    if ((event.kind == RunEvent::PhaseDone || event.kind == RunEvent::PhaseSkipped) &&
        event.phase == u"backfill") {
        m_backfillOver = true;
        updateControls();
    }
    m_timeline->apply(event);
    m_progress->showArriving(event);
    switch (event.kind) {
    case RunEvent::CheckDone:
        m_checks->setContext(tr("by the %1 phase").arg(event.phase));
        m_checks->showCheckEvent(event);
        break;
    case RunEvent::Throttle:
    case RunEvent::Reconnect:
    case RunEvent::Warning:
    case RunEvent::Attempt:
        m_progress->setStatus(event.message);
        break;
    case RunEvent::PhaseStarted:
        setStatus(tr("Running %1").arg(event.message));
        m_progress->setStatus({});
        break;
    case RunEvent::PhaseDone:
        setStatus(event.message);
        // Evaluate where the table stands now; verify evaluates them itself.
        if (event.phase != u"verify" && !m_driver->isDryRun()) {
            m_checkContext = tr("after %1").arg(event.phase);
            m_driver->runChecks();
        }
        break;
    default:
        break;
    }
}

void RunConsoleWidget::tick()
{
    if (!m_pendingProgress)
        return;
    const RunEvent e = *std::exchange(m_pendingProgress, std::nullopt);
    m_progress->showProgress(e);
    m_timeline->apply(e);
    const double t = seconds();
    if (m_lastProgress && m_lastProgress->phase == e.phase) {
        const double dt = m_lastProgress->at.msecsTo(e.at) / 1000.0;
        if (dt > 0)
            m_charts->addPoint(RunChartsWidget::Throughput, t,
                               double(e.rowsDone - m_lastProgress->rowsDone) / dt);
    } else {
        m_charts->addPoint(RunChartsWidget::Throughput, t, e.rowsPerSecond);
    }
    if (e.batchRows > 0) {
        m_charts->addPoint(RunChartsWidget::BatchLatency, t, e.batchMs);
        m_charts->addPoint(RunChartsWidget::BatchSize, t, e.batchRows);
    }
    if (e.lagMs >= 0)
        m_charts->addPoint(RunChartsWidget::ReplicationLag, t, e.lagMs);
    m_lastProgress = e;
}

void RunConsoleWidget::onSample(const RunSample &sample)
{
    const double t = seconds();
    m_charts->addPoint(RunChartsWidget::LockWaits, t, sample.lockWaits);
    if (m_lastSample && sample.walBytes >= 0 && m_lastSample->walBytes >= 0 &&
        sample.atMs > m_lastSample->atMs)
        m_charts->addPoint(RunChartsWidget::WalRate, t,
                           (sample.walBytes - m_lastSample->walBytes) / 1024.0 /
                               ((sample.atMs - m_lastSample->atMs) / 1000.0));
    m_lastSample = sample;
}

void RunConsoleWidget::onFinished(const RunOutcome &outcome)
{
    tick();
    m_journal->flush();
    m_outcome = outcome;
    m_gate->closeGate();
    const bool failed = outcome.status != RunOutcome::Done && outcome.status != RunOutcome::Stopped;
    m_timeline->finish(failed || outcome.status == RunOutcome::ChecksFailed, outcome.message);
    QString text;
    switch (outcome.status) {
    case RunOutcome::Done:
        text = tr("Finished: %1").arg(outcome.message);
        break;
    case RunOutcome::ChecksFailed:
        text = tr("Finished, but checks failed: %1").arg(outcome.message);
        break;
    case RunOutcome::Stopped:
        text = tr("Stopped: %1").arg(outcome.message);
        break;
    case RunOutcome::BadInput:
        text = tr("The plan cannot run here: %1").arg(outcome.message);
        break;
    case RunOutcome::DatabaseError:
        text = tr("Failed: %1").arg(outcome.message);
        break;
    }
    m_progress->setStatus(text);
    setStatus(text);
    m_journal->appendLine(text);
    m_journal->flush();
    updateHeader();
    Q_EMIT runFinished(outcome);
}
