#pragma once
// The GUI thread's handle on a LiveImpactWorker: owns its thread, numbers requests and
// forwards the answers. Consumers keep the id of their latest request and drop older answers.

#include "db/connectionuri.h"
#include "liveimpact.h"
#include "sql/script.h"

#include <QObject>
#include <QThread>

class LiveImpactWorker;

class LiveImpactController : public QObject
{
    Q_OBJECT
public:
    explicit LiveImpactController(const ConnectionUri &uri, QObject *parent = nullptr);
    ~LiveImpactController() override;

    quint64 analyze(const Script &script);
    quint64 listBlockers(const QList<RelationLock> &needed);
    quint64 signalBackend(int pid, bool terminate);

Q_SIGNALS:
    void analyzed(quint64 requestId, const LiveImpact &impact);
    void blockersListed(quint64 requestId, const QList<BlockingBackend> &blockers);
    void backendSignalled(quint64 requestId, int pid, bool terminate, bool signalled);
    void failed(quint64 requestId, const QString &message);

private:
    QThread *m_thread;
    LiveImpactWorker *m_worker; // lives in m_thread, deleted when it finishes
    quint64 m_nextRequest = 0;
};
