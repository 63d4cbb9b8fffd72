#pragma once
// The first thing a newcomer sees: open the demo database, connect, open a plan or a sample
// plan, the recent plans, and the guide. It only emits what the user asked for; the main window
// acts.

#include "store/recentplan.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentPlans(const QList<RecentPlan> &plans);
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void demoRequested();
    void connectRequested();
    void openPlanRequested();
    void samplePlanRequested();
    void guideRequested();
    void recentPlanRequested(const QString &path);

private:
    QPushButton *addButton(const QString &objectName, const QString &text,
                           const QString &description);

    QPushButton *m_demo;
    QListWidget *m_recent;
    QLabel *m_noRecent;
};
