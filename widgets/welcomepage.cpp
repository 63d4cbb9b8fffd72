#include "welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    auto *title = new QLabel(tr("Welcome to Column Planner"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(tr("Welcome to Column Planner"));
    outer->addWidget(title);
    auto *intro = new QLabel(
        tr("Add a column to a large, live table without disrupting it: design the column, read the "
           "phased SQL and its review, then run it phase by phase with a batched backfill."),
        this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    outer->addSpacing(16);

    auto *columns = new QGridLayout;
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 1);
    columns->setHorizontalSpacing(32);
    auto *startTitle = new QLabel(tr("Start"), this);
    startTitle->setFont(QFont(titleFont.family(), int(font().pointSizeF() * 1.2), QFont::Bold));
    columns->addWidget(startTitle, 0, 0);
    auto *start = new QVBoxLayout;
    m_demo = addButton(
        QStringLiteral("welcomeDemo"), tr("Open the &demo database"),
        tr("A small SQLite shop (customers, products, 200,000 orders) to try everything safely"));
    start->addWidget(m_demo);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    QPushButton *connectButton =
        addButton(QStringLiteral("welcomeConnect"), tr("&Connect to a database…"),
                  tr("PostgreSQL server or SQLite file; saved profiles never hold a password"));
    start->addWidget(connectButton);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    QPushButton *open = addButton(QStringLiteral("welcomeOpenPlan"), tr("&Open a plan…"),
                                  tr("A plan file saved earlier (JSON)"));
    start->addWidget(open);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openPlanRequested);
    QPushButton *sample =
        addButton(QStringLiteral("welcomeSamplePlan"), tr("Open a &sample plan…"),
                  tr("One sample plan per kind of column, written for the demo orders table"));
    start->addWidget(sample);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::samplePlanRequested);
    QPushButton *guide =
        addButton(QStringLiteral("welcomeGuide"), tr("Read the &guide"),
                  tr("A short guide: the phases, the review, running and resuming a plan"));
    start->addWidget(guide);
    connect(guide, &QPushButton::clicked, this, &WelcomePage::guideRequested);
    start->addStretch(1);
    columns->addLayout(start, 1, 0);

    auto *recentTitle = new QLabel(tr("&Recent plans"), this);
    recentTitle->setFont(startTitle->font());
    columns->addWidget(recentTitle, 0, 1);
    auto *recentColumn = new QVBoxLayout;
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentPlans"));
    m_recent->setAccessibleName(tr("Recent plans"));
    m_recent->setAccessibleDescription(tr("Press Enter to open the selected plan"));
    recentTitle->setBuddy(m_recent);
    m_noRecent = new QLabel(tr("No recent plans yet. Plans you open or save appear here."), this);
    m_noRecent->setWordWrap(true);
    m_noRecent->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    recentColumn->addWidget(m_recent, 1);
    recentColumn->addWidget(m_noRecent);
    columns->addLayout(recentColumn, 1, 1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentPlanRequested(item->data(Qt::UserRole).toString());
    });
    outer->addLayout(columns, 1);
    setRecentPlans({});
}

QPushButton *WelcomePage::addButton(const QString &objectName, const QString &text,
                                    const QString &description)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(u'&').remove(u'…'));
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    return button;
}

void WelcomePage::setRecentPlans(const QList<RecentPlan> &plans)
{
    m_recent->clear();
    for (const RecentPlan &plan : plans) {
        const QString title = plan.title.isEmpty() ? QFileInfo(plan.path).fileName() : plan.title;
        auto *item = new QListWidgetItem(
            tr("%1\n%2").arg(title, QDir::toNativeSeparators(plan.path)), m_recent);
        item->setData(Qt::UserRole, plan.path);
        item->setToolTip(plan.path);
    }
    if (!plans.isEmpty())
        m_recent->setCurrentRow(0);
    m_recent->setVisible(!plans.isEmpty());
    m_noRecent->setVisible(plans.isEmpty());
}
