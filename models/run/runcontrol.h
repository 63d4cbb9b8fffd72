#pragma once
// Thread-safe live control of a run: pause, resume, abort, target batch time, pause between
// batches and lag limit, gate answers; polled by the runner at safe points (between batches,
// between retries, while sleeping). Any thread may call the setters; a control file
// (`pause`, `resume`, `abort`, `target_batch_ms=N`, `pause_ms=N`, `max_lag_ms=N`) and an
// external stop flag (set from a signal handler) are read by the runner's thread.

#include <QDateTime>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <stdexcept>

// Thrown at a safe point once the run is asked to stop (user, signal, safety limit).
class RunAborted : public std::runtime_error
{
public:
    explicit RunAborted(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

class RunControl
{
public:
    RunControl() = default;
    RunControl(const RunControl &) = delete;
    RunControl &operator=(const RunControl &) = delete;

    // --- any thread
    void pause();
    void resume();
    void abort();
    void setTargetBatchMs(int ms); // 0: the plan's
    void setPauseMs(int ms);       // -1: the plan's
    void setMaxLagMs(int ms);      // -1: the plan's
    void answerGate(bool yes);     // answers the question waitForGate() waits on

    bool isPaused() const { return m_paused; }
    bool isAborted() const;
    int targetBatchMs() const { return m_targetBatchMs; }
    int pauseMs() const { return m_pauseMs; }
    int maxLagMs() const { return m_maxLagMs; }

    // --- set up before the run
    void setControlFile(const QString &path) { m_controlFile = path; }
    // Checked at every poll: a flag a signal handler may set (only stores, async-signal-safe).
    void setExternalStopFlag(const std::atomic<bool> *flag) { m_externalStop = flag; }
    // Called at every poll on the runner's thread (the CLI reads terminal keys here).
    void setPollHook(std::function<void()> hook) { m_pollHook = std::move(hook); }

    // --- the runner's thread
    // Reads the control file and the stop flag and runs the poll hook.
    void poll();
    // Throws RunAborted(why) when asked to stop.
    void throwIfAborted(const QString &why);
    // Sleeps up to ms, waking for abort; polls meanwhile. False when aborted.
    bool sleep(int ms);
    // Blocks while paused (polling); false when aborted.
    bool waitWhilePaused();
    // A new gate question: forgets any earlier answer.
    void resetGate();
    // Blocks until answerGate() or abort and takes the answer (one answer, one question);
    // nullopt when aborted.
    std::optional<bool> waitForGate();

private:
    void applyControlLine(const QString &line);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_aborted{false};
    std::atomic<int> m_targetBatchMs{0};
    std::atomic<int> m_pauseMs{-1};
    std::atomic<int> m_maxLagMs{-1};
    std::optional<bool> m_gateAnswer;
    QString m_controlFile;
    QByteArray m_lastControlText;
    QDateTime m_lastControlModified;
    const std::atomic<bool> *m_externalStop = nullptr;
    std::function<void()> m_pollHook;
};
