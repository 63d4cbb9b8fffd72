#include "runprobeworker.h"

#include "base/identifierrules.h"
#include "checkrunner.h"
#include "db/dberror.h"
#include "rundialect.h"
#include "runpreparation.h"

#include <QDateTime>

RunProbeWorker::RunProbeWorker(std::shared_ptr<Session> session) : m_session(std::move(session))
{
    qRegisterMetaType<RunPreview>();
    qRegisterMetaType<RunSample>();
    qRegisterMetaType<RunCheckResult>();
    qRegisterMetaType<QList<RunCheckResult>>();
}

bool RunProbeWorker::ensureOpen(quint64 requestId)
{
    if (m_session->isOpen())
        return true;
    try {
        m_session->open();
        return true;
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, singleLine(error.message()));
        return false;
    }
}

RunPreview RunPreview::of(std::shared_ptr<const PreparedRun> prepared, DialectKind dialect)
{
    RunPreview preview;
    preview.script = prepared->script;
    preview.qTable = prepared->context.qTable;
    if (const std::unique_ptr<RunDialect> run = RunDialect::create(dialect))
        preview.sampleSql = run->activitySampleSql(prepared->context);
    preview.prepared = std::move(prepared);
    return preview;
}

void RunProbeWorker::check(quint64 requestId, const Plan &plan)
{
    if (!ensureOpen(requestId))
        return;
    std::shared_ptr<const PreparedRun> prepared;
    try {
        prepared = std::make_shared<const PreparedRun>(RunPreparation::prepare(*m_session, plan));
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, singleLine(error.message()));
        return;
    }
    check(requestId, prepared);
}

void RunProbeWorker::check(quint64 requestId, const std::shared_ptr<const PreparedRun> &prepared)
{
    if (!ensureOpen(requestId))
        return;
    try {
        CheckRunner checks(*m_session, *prepared);
        const QList<RunCheckResult> results = checks.runAll(
            [&](const RunCheckResult &result) { Q_EMIT checkResult(requestId, result); });
        Q_EMIT checksDone(requestId, results);
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, singleLine(error.message()));
    }
}

void RunProbeWorker::sample(quint64 requestId, const BoundSql &sampleSql)
{
    if (!ensureOpen(requestId))
        return;
    RunSample sample;
    try {
        const QueryResult result = m_session->execute(sampleSql);
        sample.atMs = QDateTime::currentMSecsSinceEpoch();
        sample.walBytes = result.value(0, 0).toDouble();
        sample.lockWaits = result.value(0, 1).toInt();
        Q_EMIT sampled(requestId, sample);
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, singleLine(error.message()));
    }
}

void RunProbeWorker::close()
{
    m_session->close();
}
