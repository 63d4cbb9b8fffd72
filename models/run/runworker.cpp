#include "runworker.h"

#include "preparedrun.h"
#include "runner.h"
#include "store/runjournal.h"

RunWorker::RunWorker(const Plan &plan, const ConnectionUri &uri, const RunOptions &options,
                     const QString &journalPath, bool autoYes, QObject *parent)
    : QObject(parent), m_plan(plan), m_uri(uri), m_options(options), m_journalPath(journalPath),
      m_autoYes(autoYes)
{
    qRegisterMetaType<RunEvent>();
    qRegisterMetaType<RunGate>();
    qRegisterMetaType<RunOutcome>();
    qRegisterMetaType<QList<RunCheckResult>>();
}

void RunWorker::start()
{
    RunJournal journal;
    try {
        journal.open(m_journalPath.isEmpty() ? RunJournal::defaultPath() : m_journalPath);
    } catch (const RunJournalError &error) {
        RunOutcome outcome;
        outcome.status = RunOutcome::DatabaseError;
        outcome.message = error.message();
        Q_EMIT finished(outcome, {});
        return;
    }
    Runner runner(m_plan, m_uri, m_options, m_control, &journal);
    runner.setEventHandler([this](const RunEvent &e) { Q_EMIT event(e); });
    runner.setPreparedHandler([this](const PreparedRun &run) {
        Q_EMIT prepared(RunPreview::of(std::make_shared<const PreparedRun>(run), m_uri.dialect()));
    });
    if (!m_autoYes)
        runner.setGate([this](const RunGate &gate) {
            Q_EMIT gateRequested(gate);
            return m_control.waitForGate().value_or(false);
        });
    const RunOutcome outcome = runner.run();
    Q_EMIT finished(outcome, runner.checkResults());
}
