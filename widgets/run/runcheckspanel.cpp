#include "runcheckspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    StateColumn,
    ExpectedColumn,
    ActualColumn,
    WhenColumn
};
enum class CheckState
{
    Running,
    Passed,
    Failed,
    Figure
};
constexpr int StateRole = Qt::UserRole + 1;
} // namespace

RunChecksPanel::RunChecksPanel(QWidget *parent)
    : QWidget(parent), m_tree(new QTreeWidget), m_checkNow(new QPushButton(tr("&Check now"))),
      m_summary(new QLabel)
{
    setObjectName(QStringLiteral("runChecks"));
    m_tree->setObjectName(QStringLiteral("runChecksTree"));
    m_tree->setAccessibleDescription(
        tr("Each validation check, pass or fail, and when it was last evaluated"));
    m_tree->setAccessibleName(tr("Checks"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels(
        {tr("Check"), tr("State"), tr("Expected"), tr("Actual"), tr("Last evaluated")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c = StateColumn; c <= WhenColumn; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_checkNow->setObjectName(QStringLiteral("runCheckNow"));
    m_checkNow->setAccessibleDescription(tr("Evaluates every check on the database now"));
    m_checkNow->setAccessibleName(tr("Run the checks now"));
    m_summary->setObjectName(QStringLiteral("runChecksSummary"));
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_checkNow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    connect(m_checkNow, &QPushButton::clicked, this, &RunChecksPanel::checkNowRequested);
    updateSummary();
}

QTreeWidgetItem *RunChecksPanel::itemFor(const QString &name)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->text(NameColumn) == name)
            return m_tree->topLevelItem(i);
    return new QTreeWidgetItem(m_tree, {name});
}

void RunChecksPanel::setContext(const QString &context)
{
    m_context = context;
    updateSummary();
}

void RunChecksPanel::markRunning(const QString &context)
{
    m_context = context;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setData(StateColumn, StateRole, int(CheckState::Running));
        item->setText(StateColumn, tr("running"));
        item->setIcon(StateColumn, style()->standardIcon(QStyle::SP_BrowserReload));
    }
    m_checkNow->setEnabled(false);
    updateSummary();
}

void RunChecksPanel::showResult(const RunCheckResult &result, const QDateTime &at)
{
    QTreeWidgetItem *item = itemFor(result.name);
    const CheckState state = result.informational ? CheckState::Figure
                             : result.passed      ? CheckState::Passed
                                                  : CheckState::Failed;
    item->setData(StateColumn, StateRole, int(state));
    item->setText(StateColumn, state == CheckState::Figure   ? tr("figure")
                               : state == CheckState::Passed ? tr("pass")
                                                             : tr("FAIL"));
    item->setIcon(StateColumn, state == CheckState::Figure
                                   ? QIcon()
                                   : style()->standardIcon(state == CheckState::Passed
                                                               ? QStyle::SP_DialogApplyButton
                                                               : QStyle::SP_MessageBoxCritical));
    item->setText(ExpectedColumn,
                  result.expected.isEmpty() ? QStringLiteral("–") : result.expected);
    item->setText(ActualColumn, result.error.isEmpty() ? result.actual : result.error);
    item->setToolTip(NameColumn, result.sql);
    item->setToolTip(ActualColumn, result.error.isEmpty() ? result.actual : result.error);
    item->setText(WhenColumn, QLocale().toString(at.time(), QLocale::LongFormat));
    m_last = at;
    updateSummary();
}

void RunChecksPanel::showCheckEvent(const RunEvent &e)
{
    RunCheckResult result;
    result.name = e.message;
    result.sql = e.sql;
    result.expected = e.expected;
    result.actual = e.actual;
    result.passed = e.passed;
    result.informational = e.expected.isEmpty() && e.passed;
    showResult(result, e.at.toLocalTime());
}

void RunChecksPanel::finishRound(const QString &error)
{
    // Checks that did not answer this round keep "running" no more.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (CheckState(item->data(StateColumn, StateRole).toInt()) == CheckState::Running) {
            item->setText(StateColumn, error.isEmpty() ? tr("not evaluated") : tr("error"));
            item->setToolTip(StateColumn, error);
            item->setData(StateColumn, StateRole, int(CheckState::Failed));
            item->setIcon(StateColumn, QIcon());
        }
    }
    m_checkNow->setEnabled(true);
    updateSummary();
    if (!error.isEmpty())
        m_summary->setText(error);
}

void RunChecksPanel::clear()
{
    m_tree->clear();
    m_last = {};
    m_checkNow->setEnabled(true);
    updateSummary();
}

int RunChecksPanel::passedCount() const
{
    int n = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        n += CheckState(m_tree->topLevelItem(i)->data(StateColumn, StateRole).toInt()) ==
             CheckState::Passed;
    return n;
}

int RunChecksPanel::failedCount() const
{
    int n = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        n += CheckState(m_tree->topLevelItem(i)->data(StateColumn, StateRole).toInt()) ==
             CheckState::Failed;
    return n;
}

int RunChecksPanel::runningCount() const
{
    int n = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        n += CheckState(m_tree->topLevelItem(i)->data(StateColumn, StateRole).toInt()) ==
             CheckState::Running;
    return n;
}

void RunChecksPanel::updateSummary()
{
    if (m_tree->topLevelItemCount() == 0) {
        m_summary->setText(
            tr("No check evaluated yet. Checks run after each phase, and now on demand."));
        return;
    }
    const int running = runningCount();
    QString text =
        running > 0
            ? tr("Evaluating… %1 pass, %2 fail so far").arg(passedCount()).arg(failedCount())
            : tr("%1 pass, %2 fail · last evaluated %3")
                  .arg(passedCount())
                  .arg(failedCount())
                  .arg(m_last.isValid() ? QLocale().toString(m_last.time(), QLocale::LongFormat)
                                        : tr("never"));
    if (!m_context.isEmpty())
        text += QStringLiteral(" (%1)").arg(m_context);
    // The checks describe the finished column: before enforce and verify, failures are expected.
    if (failedCount() > 0 && m_context.startsWith(tr("after")))
        text +=
            tr(" · they describe the finished column: failures are expected until the last phase");
    m_summary->setText(text);
}
