#include "rungatepanel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RunGatePanel::RunGatePanel(QWidget *parent)
    : QWidget(parent), m_question(new QLabel), m_locks(new QLabel), m_sql(new QPlainTextEdit),
      m_run(new QPushButton(tr("&Run this phase"))), m_skip(new QPushButton(tr("S&kip"))),
      m_stop(new QPushButton(tr("S&top")))
{
    setObjectName(QStringLiteral("runGate"));
    m_question->setObjectName(QStringLiteral("gateQuestion"));
    m_question->setWordWrap(true);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_locks->setObjectName(QStringLiteral("gateLocks"));
    m_locks->setWordWrap(true);
    m_locks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_locks->setAccessibleName(tr("Statements and their locks"));
    m_sql->setObjectName(QStringLiteral("gateSql"));
    m_sql->setAccessibleDescription(
        tr("The SQL of the phase waiting at the gate, and the locks it takes"));
    m_sql->setReadOnly(true);
    m_sql->setAccessibleName(tr("SQL of the phase"));
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_run->setObjectName(QStringLiteral("gateRun"));
    m_run->setAccessibleDescription(tr("Runs the phase shown at the gate"));
    m_run->setAccessibleName(tr("Run this phase"));
    m_skip->setObjectName(QStringLiteral("gateSkip"));
    m_skip->setAccessibleDescription(tr("Goes on without running this phase"));
    m_skip->setAccessibleName(tr("Skip this phase"));
    m_stop->setObjectName(QStringLiteral("gateStop"));
    m_stop->setAccessibleDescription(tr("Stops the run here; running again resumes at this phase"));
    m_stop->setAccessibleName(tr("Stop the run"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    layout->addWidget(m_locks);
    layout->addWidget(m_sql, 1);
    layout->addLayout(buttons);

    connect(m_run, &QPushButton::clicked, this, &RunGatePanel::runRequested);
    connect(m_skip, &QPushButton::clicked, this, &RunGatePanel::skipRequested);
    connect(m_stop, &QPushButton::clicked, this, &RunGatePanel::stopRequested);
    closeGate();
}

void RunGatePanel::showGate(const RunGate &gate, const Phase *phase)
{
    m_open = true;
    m_question->setText(gate.kind != RunGate::EnterPhase ? gate.question
                                                         : tr("Gate: %1").arg(gate.question));
    QStringList lines;
    for (const QString &detail : gate.details)
        lines << QStringLiteral("• ") + detail.toHtmlEscaped();
    m_locks->setText(lines.join(QStringLiteral("<br>")));
    m_locks->setVisible(!lines.isEmpty());
    QStringList sql;
    if (phase) {
        for (const Statement &statement : phase->statements) {
            if (statement.kind == Statement::Comment)
                continue;
            sql << QStringLiteral("-- %1 [lock: %2]\n%3;")
                       .arg(statement.purpose,
                            statement.lock.isEmpty() ? tr("none") : statement.lock, statement.sql);
        }
    }
    m_sql->setPlainText(sql.join(QStringLiteral("\n\n")));
    m_sql->setVisible(!sql.isEmpty());
    // The button says what a yes does: a blocking copy is accepted, not merely a phase run.
    const bool copy = gate.kind == RunGate::AcceptBlockingCopy;
    const bool watch = gate.kind == RunGate::WatchAgain;
    m_run->setText(copy    ? tr("&Accept the blocking copy")
                   : watch ? tr("Sweep and &watch again")
                           : tr("&Run this phase"));
    m_run->setAccessibleName(copy    ? tr("Accept the blocking copy")
                             : watch ? tr("Sweep and watch again")
                                     : tr("Run this phase"));
    m_run->setAccessibleDescription(
        copy ? tr("Runs the ALTER that copies the table while writes wait; the acceptance is "
                  "journaled")
        : watch
            ? tr("Fills the rows left without a value and watches again before enforcing anything")
            : tr("Runs the phase shown at the gate"));
    m_run->setEnabled(true);
    m_skip->setEnabled(gate.kind == RunGate::EnterPhase);
    m_stop->setEnabled(true);
    m_run->setDefault(true);
    // The keyboard follows the run: an opening gate takes the focus, unless the user is working
    // outside the run console.
    QWidget *console = this;
    while (console->parentWidget() && !console->inherits("RunConsoleWidget"))
        console = console->parentWidget();
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !focus->isEnabled() || console->isAncestorOf(focus))
        m_run->setFocus(Qt::OtherFocusReason);
}

void RunGatePanel::closeGate()
{
    m_open = false;
    m_question->setText(
        m_sql->toPlainText().isEmpty()
            ? tr("No gate is open. Each phase waits here for your confirmation before it runs.")
            : tr("No gate is open. Below: the SQL of the phase last confirmed. The next phase "
                 "waits here."));
    m_locks->clear();
    m_locks->hide();
    m_run->setEnabled(false);
    m_skip->setEnabled(false);
    m_stop->setEnabled(false);
}

void RunGatePanel::clear()
{
    m_sql->clear();
    closeGate();
}
