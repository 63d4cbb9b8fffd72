#pragma once
// Runs LiveImpactAnalyzer in its own thread on its own connection: requests arrive as queued
// calls, answers leave as queued signals carrying the request id. Opens the connection on the
// first request and reopens it after it was lost.

#include "db/connectionuri.h"
#include "liveimpact.h"
#include "sql/script.h"

#include <QObject>
#include <memory>

class Session;

class LiveImpactWorker : public QObject
{
    Q_OBJECT
public:
    explicit LiveImpactWorker(const ConnectionUri &uri);
    ~LiveImpactWorker() override;

public Q_SLOTS:
    void analyze(quint64 requestId, const Script &script);
    void listBlockers(quint64 requestId, const QList<RelationLock> &needed);
    void signalBackend(quint64 requestId, int pid, bool terminate);
    void close();

Q_SIGNALS:
    void analyzed(quint64 requestId, const LiveImpact &impact);
    void blockersListed(quint64 requestId, const QList<BlockingBackend> &blockers);
    void backendSignalled(quint64 requestId, int pid, bool terminate, bool signalled);
    void failed(quint64 requestId, const QString &message);

private:
    Session &session();

    ConnectionUri m_uri;
    std::unique_ptr<Session> m_session;
};
