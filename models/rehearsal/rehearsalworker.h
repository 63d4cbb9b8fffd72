#pragma once
// Runs a Rehearsal on its own QThread for the GUI: progress (throttled to about ten a second),
// the report or one failure line come back as queued signals carrying the request id; stop()
// is thread-safe and goes straight to the running rehearsal.

#include "db/connectionuri.h"
#include "plan/plan.h"
#include "rehearsal.h"

#include <QObject>
#include <mutex>

struct RehearsalJob
{
    quint64 requestId = 0;
    Plan plan;
    ConnectionUri source;
    ConnectionUri staging;
    RehearsalOptions options;
};

class RehearsalWorker : public QObject
{
    Q_OBJECT
public:
    explicit RehearsalWorker(QObject *parent = nullptr);

    // Call on the worker's thread (QMetaObject::invokeMethod with a queued functor).
    void run(const RehearsalJob &job);
    // Any thread: the load stops between rows, the run after its current batch.
    void stop();

Q_SIGNALS:
    void progress(quint64 requestId, const RehearsalProgress &progress);
    void finished(quint64 requestId, const RehearsalReport &report);
    void failed(quint64 requestId, const QString &message);

private:
    std::mutex m_mutex;
    Rehearsal *m_active = nullptr; // guarded by m_mutex
};
