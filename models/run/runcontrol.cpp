#include "runcontrol.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <chrono>
#include <utility>

void RunControl::pause()
{
    m_paused = true;
    m_wake.notify_all();
}

void RunControl::resume()
{
    m_paused = false;
    m_wake.notify_all();
}

void RunControl::abort()
{
    m_aborted = true;
    m_wake.notify_all();
}

void RunControl::setTargetBatchMs(int ms)
{
    m_targetBatchMs = std::max(0, ms);
}

void RunControl::setPauseMs(int ms)
{
    m_pauseMs = ms;
    m_wake.notify_all();
}

void RunControl::setMaxLagMs(int ms)
{
    m_maxLagMs = ms;
}

void RunControl::answerGate(bool yes)
{
    {
        std::lock_guard lock(m_mutex);
        m_gateAnswer = yes;
    }
    m_wake.notify_all();
}

bool RunControl::isAborted() const
{
    return m_aborted || (m_externalStop && m_externalStop->load());
}

void RunControl::poll()
{
    if (m_externalStop && m_externalStop->load())
        m_aborted = true;
    if (m_pollHook)
        m_pollHook();
    if (m_controlFile.isEmpty())
        return;
    const QFileInfo info(m_controlFile);
    if (!info.exists())
        return;
    // Read when the file changed (time or content): the same command written twice in a
    // row within one second is still seen because the content is compared too.
    const QDateTime modified = info.lastModified();
    QFile file(m_controlFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray text = file.readAll();
    if (text == m_lastControlText && modified == m_lastControlModified)
        return;
    m_lastControlText = text;
    m_lastControlModified = modified;
    for (const QString &line : QString::fromUtf8(text).split(u'\n'))
        applyControlLine(line.trimmed());
}

void RunControl::applyControlLine(const QString &line)
{
    if (line.isEmpty() || line.startsWith(u'#'))
        return;
    if (line == u"pause")
        pause();
    else if (line == u"resume")
        resume();
    else if (line == u"abort" || line == u"stop")
        abort();
    else if (line.contains(u'=')) {
        const QString key = line.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const int value = line.section(u'=', 1).trimmed().toInt(&ok);
        if (!ok)
            return;
        if (key == u"target_batch_ms")
            setTargetBatchMs(value);
        else if (key == u"pause_ms")
            setPauseMs(value);
        else if (key == u"max_lag_ms" || key == u"max_replication_lag_ms")
            setMaxLagMs(value);
    }
}

void RunControl::throwIfAborted(const QString &why)
{
    poll();
    if (isAborted())
        throw RunAborted(why);
}

bool RunControl::sleep(int ms)
{
    using namespace std::chrono;
    const auto until = steady_clock::now() + milliseconds(std::max(0, ms));
    for (;;) {
        poll();
        if (isAborted())
            return false;
        const auto now = steady_clock::now();
        if (now >= until)
            return true;
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, std::min<steady_clock::duration>(until - now, milliseconds(100)));
    }
}

bool RunControl::waitWhilePaused()
{
    for (;;) {
        poll();
        if (isAborted())
            return false;
        if (!m_paused)
            return true;
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(100));
    }
}

void RunControl::resetGate()
{
    std::lock_guard lock(m_mutex);
    m_gateAnswer.reset();
}

std::optional<bool> RunControl::waitForGate()
{
    for (;;) {
        poll();
        if (isAborted())
            return std::nullopt;
        std::unique_lock lock(m_mutex);
        // Each answer is for one question: the next gate (a WatchAgain or DropInvalidIndex gate
        // inside a phase, after the phase's own) must wait for its own.
        if (m_gateAnswer)
            return std::exchange(m_gateAnswer, std::nullopt);
        m_wake.wait_for(lock, std::chrono::milliseconds(100));
    }
}
