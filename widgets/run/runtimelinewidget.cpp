#include "runtimelinewidget.h"

#include <QHeaderView>
#include <QStyle>

namespace {
constexpr int StateRole = Qt::UserRole + 1;
constexpr int IndexRole = Qt::UserRole + 2;
} // namespace

RunTimelineWidget::RunTimelineWidget(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("runTimeline"));
    setAccessibleDescription(tr("Every phase and statement with its state: pending, waiting, "
                                "running, retrying, done, failed or skipped"));
    setAccessibleName(tr("Phase timeline"));
    setColumnCount(3);
    setHeaderLabels({tr("Phase / statement"), tr("State"), tr("Lock")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

QString RunTimelineWidget::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return tr("pending");
    case State::Waiting:
        return tr("waiting for the gate");
    case State::Running:
        return tr("running");
    case State::Retrying:
        return tr("retrying");
    case State::Done:
        return tr("done");
    case State::Failed:
        return tr("failed");
    case State::Skipped:
        return tr("skipped");
    case State::Stopped:
        return tr("stopped");
    case State::Shown:
        return tr("shown (dry run)");
    }
    return {};
}

Phase RunTimelineWidget::executedPhase(const Script &script, const Phase &phase)
{
    if (phase.name != u"backfill" || script.backfill.table.isEmpty() || phase.handEdited)
        return phase;
    Phase walked = phase;
    Statement batch;
    batch.kind = Statement::Backfill;
    batch.purpose = tr("keyset batches on the primary key, each its own short transaction, sized "
                       "to the target batch time");
    batch.sql = script.backfill.updateSql;
    batch.lock = tr("ROW EXCLUSIVE; row locks of one batch");
    walked.statements = {batch};
    return walked;
}

void RunTimelineWidget::setScript(const Script &script)
{
    clear();
    m_current.clear();
    for (const Phase &original : script.phases) {
        const Phase phase = executedPhase(script, original);
        auto *item =
            new QTreeWidgetItem(this, {phase.name + QStringLiteral(" — ") + phase.purpose});
        item->setData(0, Qt::UserRole, phase.name);
        item->setToolTip(0, phase.purpose);
        setState(item, State::Pending);
        for (int i = 0; i < phase.statements.size(); ++i) {
            const Statement &statement = phase.statements.at(i);
            if (statement.kind == Statement::Comment)
                continue;
            auto *child = new QTreeWidgetItem(item, {statement.purpose.isEmpty()
                                                         ? statement.sql.section(u'\n', 0, 0)
                                                         : statement.purpose,
                                                     QString(), statement.lock});
            child->setData(0, IndexRole, i);
            child->setToolTip(0, statement.sql);
            setState(child, State::Pending);
        }
    }
    expandAll();
}

QTreeWidgetItem *RunTimelineWidget::phaseItem(const QString &phase) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toString() == phase)
            return topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *RunTimelineWidget::statementItem(const QString &phase, int statement) const
{
    QTreeWidgetItem *parent = phaseItem(phase);
    for (int i = 0; parent && i < parent->childCount(); ++i)
        if (parent->child(i)->data(0, IndexRole).toInt() == statement)
            return parent->child(i);
    return nullptr;
}

RunTimelineWidget::State RunTimelineWidget::phaseState(const QString &phase) const
{
    const QTreeWidgetItem *item = phaseItem(phase);
    return item ? State(item->data(1, StateRole).toInt()) : State::Pending;
}

RunTimelineWidget::State RunTimelineWidget::statementState(const QString &phase,
                                                           int statement) const
{
    const QTreeWidgetItem *item = statementItem(phase, statement);
    return item ? State(item->data(1, StateRole).toInt()) : State::Pending;
}

void RunTimelineWidget::setState(QTreeWidgetItem *item, State state, const QString &detail)
{
    if (!item)
        return;
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (state) {
    case State::Pending:
        break;
    case State::Waiting:
        icon = QStyle::SP_MessageBoxQuestion;
        break;
    case State::Running:
        icon = QStyle::SP_MediaPlay;
        break;
    case State::Retrying:
        icon = QStyle::SP_BrowserReload;
        break;
    case State::Done:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case State::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case State::Skipped:
        icon = QStyle::SP_MediaSkipForward;
        break;
    case State::Stopped:
        icon = QStyle::SP_MediaStop;
        break;
    case State::Shown:
        icon = QStyle::SP_FileDialogDetailedView;
        break;
    }
    item->setData(1, StateRole, int(state));
    item->setIcon(1, icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
    item->setText(1, detail.isEmpty() ? stateText(state) : detail);
}

void RunTimelineWidget::startNextStatement(QTreeWidgetItem *phase)
{
    for (int i = 0; phase && i < phase->childCount(); ++i) {
        if (State(phase->child(i)->data(1, StateRole).toInt()) == State::Pending) {
            setState(phase->child(i), State::Running);
            return;
        }
    }
}

void RunTimelineWidget::setWaiting(const QString &phase)
{
    setState(phaseItem(phase), State::Waiting);
}

void RunTimelineWidget::apply(const RunEvent &event)
{
    QTreeWidgetItem *phase = phaseItem(event.phase);
    switch (event.kind) {
    case RunEvent::PhaseStarted:
        m_current = event.phase;
        setState(phase, State::Running);
        startNextStatement(phase);
        if (phase)
            scrollToItem(phase);
        break;
    case RunEvent::PhaseSkipped:
        setState(phase, State::Skipped, event.message.section(QStringLiteral(": "), 1));
        for (int i = 0; phase && i < phase->childCount(); ++i)
            setState(phase->child(i), State::Skipped);
        break;
    case RunEvent::PhaseDone:
        setState(phase, State::Done);
        for (int i = 0; phase && i < phase->childCount(); ++i) {
            const State state = State(phase->child(i)->data(1, StateRole).toInt());
            if (state == State::Pending || state == State::Running || state == State::Retrying)
                setState(phase->child(i), State::Done);
        }
        m_current.clear();
        break;
    case RunEvent::StatementDone:
        setState(statementItem(event.phase, event.statement), State::Done);
        startNextStatement(phase);
        break;
    case RunEvent::StatementSkipped:
        setState(statementItem(event.phase, event.statement), State::Skipped,
                 tr("skipped: already done"));
        startNextStatement(phase);
        break;
    case RunEvent::DryRun:
        setState(statementItem(event.phase, event.statement), State::Shown);
        if (event.statement < 0)
            setState(phase, State::Shown);
        break;
    case RunEvent::Attempt:
        setState(event.statement >= 0 ? statementItem(event.phase, event.statement) : phase,
                 State::Retrying,
                 event.maxAttempts > 0
                     ? tr("retrying (attempt %1 of %2)").arg(event.attempt).arg(event.maxAttempts)
                     : tr("retrying (attempt %1)").arg(event.attempt));
        break;
    case RunEvent::CheckDone:
        if (event.statement >= 0) {
            setState(statementItem(event.phase, event.statement),
                     event.passed ? State::Done : State::Failed);
            startNextStatement(phase);
        }
        break;
    case RunEvent::Progress:
        if (phase && event.rowsTotal > 0 && phaseState(event.phase) == State::Running)
            setState(phase, State::Running,
                     tr("running — %1%")
                         .arg(qMin<qint64>(100, event.rowsDone * 100 /
                                                    qMax<qint64>(1, event.rowsTotal))));
        break;
    default:
        break;
    }
}

void RunTimelineWidget::finish(bool failed, const QString &message)
{
    for (int p = 0; p < topLevelItemCount(); ++p) {
        QTreeWidgetItem *phase = topLevelItem(p);
        const State state = State(phase->data(1, StateRole).toInt());
        if (state == State::Waiting) {
            setState(phase, failed ? State::Pending : State::Stopped);
            continue;
        }
        if (state != State::Running && state != State::Retrying)
            continue;
        setState(phase, failed ? State::Failed : State::Stopped);
        phase->setToolTip(1, message);
        for (int i = 0; i < phase->childCount(); ++i) {
            const State child = State(phase->child(i)->data(1, StateRole).toInt());
            if (child == State::Running || child == State::Retrying) {
                setState(phase->child(i), failed ? State::Failed : State::Stopped);
                phase->child(i)->setToolTip(1, message);
            }
        }
    }
    m_current.clear();
}
