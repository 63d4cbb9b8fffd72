#pragma once
// The gate before a phase: the runner's question, the phase's SQL (read-only) and the lock each
// statement takes, and the three answers: run this phase, skip it, stop the run.

#include "run/rungate.h"
#include "sql/script.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

class RunGatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunGatePanel(QWidget *parent = nullptr);

    // phase: the compiled phase the gate is about (null: only the runner's details are shown).
    void showGate(const RunGate &gate, const Phase *phase);
    void closeGate();
    // Closed, and without the SQL of the last run's phase.
    void clear();
    bool isOpen() const { return m_open; }

Q_SIGNALS:
    void runRequested();
    void skipRequested();
    void stopRequested();

private:
    bool m_open = false;
    QLabel *m_question;
    QLabel *m_locks;
    QPlainTextEdit *m_sql;
    QPushButton *m_run;
    QPushButton *m_skip;
    QPushButton *m_stop;
};
