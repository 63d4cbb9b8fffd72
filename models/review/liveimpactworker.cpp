#include "liveimpactworker.h"

#include "db/dberror.h"
#include "db/session.h"
#include "liveimpactanalyzer.h"

LiveImpactWorker::LiveImpactWorker(const ConnectionUri &uri) : m_uri(uri) {}

LiveImpactWorker::~LiveImpactWorker() = default;

Session &LiveImpactWorker::session()
{
    if (!m_session)
        m_session = Session::create(m_uri);
    if (!m_session->isOpen())
        m_session->open();
    return *m_session;
}

void LiveImpactWorker::analyze(quint64 requestId, const Script &script)
{
    try {
        Q_EMIT analyzed(requestId, LiveImpactAnalyzer::analyze(session(), script));
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, error.message());
    } catch (const std::exception &error) {
        Q_EMIT failed(requestId, QString::fromUtf8(error.what()));
    }
}

void LiveImpactWorker::listBlockers(quint64 requestId, const QList<RelationLock> &needed)
{
    try {
        Q_EMIT blockersListed(requestId, LiveImpactAnalyzer::blockers(session(), needed));
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, error.message());
    } catch (const std::exception &error) {
        Q_EMIT failed(requestId, QString::fromUtf8(error.what()));
    }
}

void LiveImpactWorker::signalBackend(quint64 requestId, int pid, bool terminate)
{
    try {
        Q_EMIT backendSignalled(requestId, pid, terminate,
                                LiveImpactAnalyzer::signalBackend(session(), pid, terminate));
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, error.message());
    } catch (const std::exception &error) {
        Q_EMIT failed(requestId, QString::fromUtf8(error.what()));
    }
}

void LiveImpactWorker::close()
{
    if (m_session)
        m_session->close();
}
