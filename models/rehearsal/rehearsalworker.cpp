#include "rehearsalworker.h"

#include "db/dberror.h"

#include <QElapsedTimer>

RehearsalWorker::RehearsalWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<RehearsalProgress>();
    qRegisterMetaType<RehearsalReport>();
}

void RehearsalWorker::stop()
{
    std::lock_guard lock(m_mutex);
    if (m_active)
        m_active->stop();
}

void RehearsalWorker::run(const RehearsalJob &job)
{
    Rehearsal rehearsal(job.plan, job.source, job.staging, job.options);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    rehearsal.setProgressHandler([&](const RehearsalProgress &p) {
        // Stage changes always reach the page; counters at most ten times a second.
        if (p.message.isEmpty() && sinceProgress.elapsed() < 100)
            return;
        sinceProgress.restart();
        Q_EMIT progress(job.requestId, p);
    });
    {
        std::lock_guard lock(m_mutex);
        m_active = &rehearsal;
    }
    try {
        const RehearsalReport report = rehearsal.run();
        {
            std::lock_guard lock(m_mutex);
            m_active = nullptr;
        }
        Q_EMIT finished(job.requestId, report);
    } catch (const DbError &error) {
        {
            std::lock_guard lock(m_mutex);
            m_active = nullptr;
        }
        Q_EMIT failed(job.requestId, error.message());
    } catch (const std::exception &error) {
        {
            std::lock_guard lock(m_mutex);
            m_active = nullptr;
        }
        Q_EMIT failed(job.requestId, QString::fromUtf8(error.what()));
    }
}
