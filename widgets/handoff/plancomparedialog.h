#pragma once
// Plan › Compare with plan…: the window's plan against another plan file, through PlanDiff as
// `column-planner diff` does: the design changes in words and the compiled SQL as a coloured
// unified diff (removed red, added green).

#include "plan/plan.h"

#include <QDialog>

class MessageBar;
class QLabel;
class QListWidget;
class QTextEdit;

class PlanCompareDialog : public QDialog
{
    Q_OBJECT
public:
    // current: the plan in the window, named currentName in the diff.
    PlanCompareDialog(const Plan &current, const QString &currentName, QWidget *parent = nullptr);

    // Compares with the plan file at path (the earlier version, "before"); false with the
    // reason in the dialog's message bar when it cannot be read or either plan does not compile.
    bool compareWith(const QString &path);

private:
    void choosePlan();
    static QString colouredDiff(const QString &diff);

    Plan m_current;
    QString m_currentName;
    QString m_lastDir;
    MessageBar *m_message;
    QLabel *m_summary;
    QListWidget *m_changes;
    QTextEdit *m_diff;
};
