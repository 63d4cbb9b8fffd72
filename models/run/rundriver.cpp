#include "rundriver.h"

#include "runcontrol.h"
#include "runoptions.h"
#include "runworker.h"

#include <QDateTime>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

RunDriver::RunDriver(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<RunEvent>();
    qRegisterMetaType<RunGate>();
    qRegisterMetaType<RunOutcome>();
    qRegisterMetaType<RunPreview>();
    qRegisterMetaType<RunSample>();
    m_sampleTimer.setInterval(1000);
    connect(&m_sampleTimer, &QTimer::timeout, this, &RunDriver::takeSample);
}

RunDriver::~RunDriver()
{
    // Never wait: the run stops after its current batch, then its thread ends and deletes itself.
    if (m_worker) {
        m_worker->control().abort();
        m_runThread->quit();
    }
    dropProbe(m_checks);
    dropProbe(m_sampler);
}

void RunDriver::setTarget(const Plan &plan, const ConnectionUri &uri, const QString &planPath)
{
    if (m_active)
        return;
    if (!m_hasTarget || uri.text() != m_uri.text()) {
        dropProbe(m_checks);
        dropProbe(m_sampler);
    }
    m_plan = plan;
    m_reviewedScript.reset();
    m_planPath = planPath;
    m_uri = uri;
    m_hasTarget = true;
    m_preview = {};
}

void RunDriver::clearTarget()
{
    if (m_active || !m_hasTarget)
        return;
    dropProbe(m_checks);
    dropProbe(m_sampler);
    m_plan = {};
    m_reviewedScript.reset();
    m_planPath.clear();
    m_uri = {};
    m_hasTarget = false;
    m_preview = {};
}

RunDriver::Probe RunDriver::makeProbe(const QString &name)
{
    Probe probe;
    probe.session = Session::create(m_uri);
    probe.thread = new QThread;
    probe.thread->setObjectName(name + m_uri.display());
    probe.worker = new RunProbeWorker(probe.session);
    probe.worker->moveToThread(probe.thread);
    connect(probe.thread, &QThread::finished, probe.worker, &QObject::deleteLater);
    connect(probe.thread, &QThread::finished, probe.thread, &QObject::deleteLater);
    connect(probe.worker, &RunProbeWorker::failed, this,
            [this](quint64 id, const QString &message) {
                if (id == m_checkRequest) {
                    m_checkRequest = 0;
                    Q_EMIT failed(tr("The checks could not run: %1").arg(message));
                } else if (id == m_sampleRequest) {
                    m_sampleRequest = 0; // a missed sample: the next one comes in a second
                }
            });
    probe.thread->start();
    return probe;
}

void RunDriver::dropProbe(Probe &probe)
{
    if (!probe.thread)
        return;
    std::shared_ptr<Session> session = probe.session;
    (void)QtConcurrent::run([session] { session->cancel(); });
    QMetaObject::invokeMethod(probe.worker, &RunProbeWorker::close, Qt::QueuedConnection);
    probe.worker->disconnect(this);
    probe.thread->quit();
    probe = {};
}

void RunDriver::ensureProbes()
{
    if (m_checks.thread)
        return;
    m_checks = makeProbe(QStringLiteral("run checks "));
    connect(m_checks.worker, &RunProbeWorker::checkResult, this,
            [this](quint64 id, const RunCheckResult &result) {
                if (id == m_checkRequest)
                    Q_EMIT checkResult(result);
            });
    connect(m_checks.worker, &RunProbeWorker::checksDone, this,
            [this](quint64 id, const QList<RunCheckResult> &results) {
                if (id != m_checkRequest)
                    return;
                m_checkRequest = 0;
                Q_EMIT checksDone(results);
            });
    m_sampler = makeProbe(QStringLiteral("run sampler "));
    connect(m_sampler.worker, &RunProbeWorker::sampled, this,
            [this](quint64 id, const RunSample &sample) {
                if (id != m_sampleRequest)
                    return;
                m_sampleRequest = 0;
                Q_EMIT sampled(sample);
            });
}

bool RunDriver::start(bool dryRun)
{
    if (m_active || !m_hasTarget)
        return false;
    m_dryRun = dryRun;
    m_paused = false;
    m_stopRequested = false;
    m_phaseQueue.clear();
    m_skipping.clear();
    m_gatePhase.clear();
    m_openGate.reset();
    m_preview = {};
    ensureProbes();
    setActive(true);
    // The runner prepares the plan once on its own connection and hands it over (prepared).
    startWorker(QString());
    return true;
}

void RunDriver::startWorker(const QString &phase)
{
    RunOptions options;
    options.phase = phase;
    options.dryRun = m_dryRun;
    options.planPath = m_planPath;
    options.productionProfile = m_productionProfile;
    options.productionConfirmation = m_productionConfirmation;
    options.reviewedScript = m_reviewedScript;
    auto *worker = new RunWorker(m_plan, m_uri, options, m_journalPath, false);
    worker->control().setTargetBatchMs(m_targetBatchMs);
    worker->control().setPauseMs(m_pauseMs);
    worker->control().setMaxLagMs(m_maxLagMs);
    if (m_paused)
        worker->control().pause();
    m_runThread = new QThread;
    m_runThread->setObjectName(QStringLiteral("run ") + m_uri.display());
    worker->moveToThread(m_runThread);
    m_worker = worker;
    m_lastPhase.clear();
    connect(m_runThread, &QThread::started, worker, &RunWorker::start);
    connect(m_runThread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_runThread, &QThread::finished, m_runThread, &QObject::deleteLater);
    connect(worker, &RunWorker::event, this, &RunDriver::onWorkerEvent);
    connect(worker, &RunWorker::prepared, this, [this](const RunPreview &preview) {
        // A phase run after a skipped one prepares again (the column may exist now): its
        // script and checks are the fresher ones, but the console's timeline stays.
        const bool first = !m_preview.prepared;
        m_preview = preview;
        if (first)
            Q_EMIT previewReady(preview);
    });
    connect(worker, &RunWorker::gateRequested, this, [this](const RunGate &gate) {
        m_gatePhase = gate.phase;
        m_openGate = gate.kind;
        Q_EMIT gateRequested(gate);
    });
    connect(worker, &RunWorker::finished, this,
            [this](const RunOutcome &outcome) { onWorkerFinished(outcome); });
    m_runThread->start();
    if (!m_sampleTimer.isActive() && !m_dryRun)
        m_sampleTimer.start();
}

void RunDriver::onWorkerEvent(const RunEvent &e)
{
    if (e.kind == RunEvent::PhaseStarted)
        m_lastPhase = e.phase;
    Q_EMIT event(e);
}

void RunDriver::onWorkerFinished(const RunOutcome &outcome)
{
    // The worker is done: nobody touches its control any more, then its thread may end.
    m_worker = nullptr;
    m_runThread->quit();
    m_runThread = nullptr;
    m_gatePhase.clear();
    m_openGate.reset();
    Q_EMIT gateClosed();

    if (!m_skipping.isEmpty() && outcome.status == RunOutcome::Stopped && !m_stopRequested) {
        RunEvent skipped;
        skipped.kind = RunEvent::PhaseSkipped;
        skipped.phase = m_skipping;
        skipped.message = tr("%1: skipped by the user").arg(m_skipping);
        Q_EMIT event(skipped);
        // Go on with every phase after the skipped one, each in its own run.
        m_phaseQueue.clear();
        bool after = false;
        for (const Phase &phase : m_preview.script.phases) {
            if (after)
                m_phaseQueue << phase.name;
            after = after || phase.name == m_skipping;
        }
        m_skipping.clear();
    } else if (outcome.status != RunOutcome::Done) {
        m_phaseQueue.clear();
    }
    m_skipping.clear();
    if (!m_phaseQueue.isEmpty() && !m_stopRequested) {
        startWorker(m_phaseQueue.takeFirst());
        return;
    }
    m_sampleTimer.stop();
    setActive(false);
    Q_EMIT finished(outcome);
}

RunControl *RunDriver::control() const
{
    return m_worker ? &m_worker->control() : nullptr;
}

void RunDriver::runPhase()
{
    if (m_worker && m_openGate) {
        m_gatePhase.clear();
        m_openGate.reset();
        m_worker->control().answerGate(true);
        Q_EMIT gateClosed();
    }
}

void RunDriver::skipPhase()
{
    // Only a phase can be skipped; a blocking copy is accepted or the run stopped.
    if (m_worker && m_openGate == RunGate::EnterPhase) {
        m_skipping = m_gatePhase;
        m_gatePhase.clear();
        m_openGate.reset();
        m_worker->control().answerGate(false);
        Q_EMIT gateClosed();
    }
}

void RunDriver::stop()
{
    if (!m_active)
        return;
    m_stopRequested = true;
    m_phaseQueue.clear();
    if (m_worker) {
        m_worker->control().abort();
        if (m_openGate) {
            m_gatePhase.clear();
            m_openGate.reset();
            Q_EMIT gateClosed();
        }
    }
}

void RunDriver::pause()
{
    m_paused = true;
    if (m_worker)
        m_worker->control().pause();
}

void RunDriver::resume()
{
    m_paused = false;
    if (m_worker)
        m_worker->control().resume();
}

void RunDriver::setTargetBatchMs(int ms)
{
    m_targetBatchMs = ms;
    if (m_worker)
        m_worker->control().setTargetBatchMs(ms);
}

void RunDriver::setPauseMs(int ms)
{
    m_pauseMs = ms;
    if (m_worker)
        m_worker->control().setPauseMs(ms);
}

void RunDriver::setMaxLagMs(int ms)
{
    m_maxLagMs = ms;
    if (m_worker)
        m_worker->control().setMaxLagMs(ms);
}

void RunDriver::runChecks()
{
    if (!m_hasTarget || m_checkRequest)
        return;
    ensureProbes();
    m_checkRequest = ++m_nextRequest;
    Q_EMIT checksStarted();
    // After a run, its prepared plan; before any, the probe prepares one.
    QMetaObject::invokeMethod(
        m_checks.worker,
        [worker = m_checks.worker, id = m_checkRequest, plan = m_plan,
         prepared = m_preview.prepared] {
            if (prepared)
                worker->check(id, prepared);
            else
                worker->check(id, plan);
        },
        Qt::QueuedConnection);
}

void RunDriver::takeSample()
{
    if (m_sampleRequest || m_preview.sampleSql.sql.isEmpty() || !m_sampler.worker)
        return; // the previous sample is still on its way: never queue them up
    m_sampleRequest = ++m_nextRequest;
    QMetaObject::invokeMethod(
        m_sampler.worker,
        [worker = m_sampler.worker, id = m_sampleRequest, sql = m_preview.sampleSql] {
            worker->sample(id, sql);
        },
        Qt::QueuedConnection);
}

void RunDriver::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged(active);
}
