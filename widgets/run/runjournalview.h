#pragma once
// The run's journal as it happens: one line per event, attempt and error, appended in batches
// on a short timer so a burst of events never floods the GUI thread.

#include "run/runevent.h"

#include <QPlainTextEdit>
#include <QStringList>
#include <QTimer>

class RunJournalView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit RunJournalView(QWidget *parent = nullptr);

    void appendEvent(const RunEvent &event);
    void appendLine(const QString &line);
    // Writes what is queued now (the timer does it otherwise).
    void flush();

    static constexpr int MaxLines = 20000;

private:
    QStringList m_pending;
    QTimer m_flush;
    qint64 m_lastProgressMs = 0;
};
