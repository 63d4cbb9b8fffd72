#pragma once
// The checks of a run: each with pass / fail / running / figure, expected and actual value, and
// when it was last evaluated; filled by the runner's verify phase and by the check worker.

#include "run/runcheckresult.h"
#include "run/runevent.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class RunChecksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunChecksPanel(QWidget *parent = nullptr);

    // Every known check shows "running" until its new answer arrives.
    void markRunning(const QString &context = {});
    // When the results were evaluated ("after expand", "on demand"), shown in the summary.
    void setContext(const QString &context);
    void showResult(const RunCheckResult &result,
                    const QDateTime &at = QDateTime::currentDateTime());
    void showCheckEvent(const RunEvent &checkDone);
    void finishRound(const QString &error = {});
    void clear();

    int passedCount() const;
    int failedCount() const;

Q_SIGNALS:
    void checkNowRequested();

private:
    QTreeWidgetItem *itemFor(const QString &name);
    void updateSummary();
    int runningCount() const;

    QTreeWidget *m_tree;
    QPushButton *m_checkNow;
    QLabel *m_summary;
    QDateTime m_last;
    QString m_context;
};
