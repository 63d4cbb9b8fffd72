#include "runjournalview.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QScrollBar>

RunJournalView::RunJournalView(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("runJournal"));
    setAccessibleDescription(
        tr("Every statement, attempt, event and batch of the run, as written to the journal"));
    setAccessibleName(tr("Run journal"));
    setReadOnly(true);
    setMaximumBlockCount(MaxLines);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_flush.setSingleShot(true);
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &RunJournalView::flush);
}

void RunJournalView::appendEvent(const RunEvent &e)
{
    QString text = e.message;
    switch (e.kind) {
    case RunEvent::Progress: {
        // One progress line every five seconds is plenty in a log; the bar shows the rest.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastProgressMs < 5000 && e.etaSeconds != 0)
            return;
        m_lastProgressMs = now;
        text = tr("%1: %L2 / %L3 rows, %L4 rows/s, batch %L5 rows in %6 ms")
                   .arg(e.phase)
                   .arg(e.rowsDone)
                   .arg(e.rowsTotal)
                   .arg(qRound64(e.rowsPerSecond))
                   .arg(e.batchRows)
                   .arg(qRound64(e.batchMs));
        break;
    }
    case RunEvent::CheckDone:
        text = tr("check %1: %2 (expected %3, got %4)")
                   .arg(e.passed ? tr("passed") : tr("FAILED"), e.message,
                        e.expected.isEmpty() ? QStringLiteral("–") : e.expected, e.actual);
        break;
    case RunEvent::Attempt:
        text = e.maxAttempts > 0
                   ? tr("attempt %1/%2: %3").arg(e.attempt).arg(e.maxAttempts).arg(e.message)
                   : tr("attempt %1: %2").arg(e.attempt).arg(e.message);
        break;
    case RunEvent::Warning:
        text = tr("warning: %1").arg(e.message);
        break;
    default:
        break;
    }
    m_pending << QStringLiteral("%1  %2  %3")
                     .arg(e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                          RunEvent::kindName(e.kind).leftJustified(16), text);
    if (!m_flush.isActive())
        m_flush.start();
}

void RunJournalView::appendLine(const QString &line)
{
    m_pending << QStringLiteral("%1  %2").arg(
        QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")), line);
    if (!m_flush.isActive())
        m_flush.start();
}

void RunJournalView::flush()
{
    m_flush.stop();
    if (m_pending.isEmpty())
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    appendPlainText(m_pending.join(u'\n'));
    m_pending.clear();
    if (atEnd)
        bar->setValue(bar->maximum());
}
