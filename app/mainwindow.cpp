#include "mainwindow.h"

#include "busyindicator.h"
#include "connectiondialog.h"
#include "db/dberror.h"
#include "db/sessioncontroller.h"
#include "demo/demodatabase.h"
#include "designer/columndesignerwidget.h"
#include "editactions.h"
#include "editor/findbarwidget.h"
#include "editor/sqleditor.h"
#include "guidedialog.h"
#include "handoff/approvalbadge.h"
#include "handoffactions.h"
#include "messagebar.h"
#include "rehearsal/rehearsalpage.h"
#include "reviewdocks.h"
#include "run/runconsolewidget.h"
#include "run/rundriver.h"
#include "schemabrowserwidget.h"
#include "settingsdialog.h"
#include "store/keychainsecrets.h"
#include "store/shareddata.h"
#include "tabledetailpanel.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace {
constexpr int RunTabIndex = 2; // Table, SQL, Run
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_secrets(new KeychainSecrets(this)),
      m_schemaBrowser(new SchemaBrowserWidget), m_tableDetail(new TableDetailPanel),
      m_messageBar(new MessageBar), m_busy(new BusyIndicator), m_connectionLabel(new QLabel),
      m_designer(new ColumnDesignerWidget), m_editor(new SqlEditor), m_tabs(new QTabWidget),
      m_runConsole(new RunConsoleWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_messageBar->setObjectName(QStringLiteral("mainMessageBar"));
    m_busy->setObjectName(QStringLiteral("mainBusyIndicator"));
    // Most of the available screen, so the three columns (browser, tabs, designer) have room,
    // and never more than the screen (a 1366x768 laptop cut off the status bar).
    const QRect available = QGuiApplication::primaryScreen()
                                ? QGuiApplication::primaryScreen()->availableGeometry()
                                : QRect(0, 0, 1400, 900);
    resize(std::min(available.width(), std::max(1200, available.width() * 9 / 10)),
           std::min(available.height(), std::max(800, available.height() * 9 / 10)));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messageBar);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setAccessibleName(tr("Table and SQL"));
    m_tabs->addTab(m_tableDetail, tr("&Table"));
    m_tabs->addTab(createEditorPage(), tr("&SQL"));
    // The console scrolls its own panes (and stacks them when narrow): its minimum never widens
    // the window.
    m_tabs->addTab(m_runConsole, tr("R&un"));
    m_rehearsalPage = new RehearsalPage;
    auto *rehearsalScroll = new QScrollArea;
    rehearsalScroll->setWidget(m_rehearsalPage);
    rehearsalScroll->setWidgetResizable(true);
    rehearsalScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(rehearsalScroll, tr("Re&hearsal"));
    layout->addWidget(m_tabs, 1);
    m_welcome = new WelcomePage(central);
    layout->addWidget(m_welcome, 1);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::showConnectDialog);
    connect(m_welcome, &WelcomePage::openPlanRequested, this, &MainWindow::openPlanFile);
    connect(m_welcome, &WelcomePage::samplePlanRequested, this, &MainWindow::openSamplePlan);
    connect(m_welcome, &WelcomePage::guideRequested, this, &MainWindow::showGuide);
    connect(m_welcome, &WelcomePage::recentPlanRequested, this, &MainWindow::openPlanPath);
    // Any tab being brought forward (SQL after an edit, Run) means there is work to show.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showWorkArea);
    setCentralWidget(central);

    auto *browserDock = new QDockWidget(tr("Schema browser"), this);
    browserDock->setObjectName(QStringLiteral("schemaBrowserDock"));
    browserDock->setWidget(m_schemaBrowser);
    addDockWidget(Qt::LeftDockWidgetArea, browserDock);
    auto *designerDock = new QDockWidget(tr("Column designer"), this);
    designerDock->setObjectName(QStringLiteral("columnDesignerDock"));
    designerDock->setWidget(m_designer);
    addDockWidget(Qt::RightDockWidgetArea, designerDock);
    m_designer->attachEditor(m_editor);
    connect(m_designer, &ColumnDesignerWidget::documentChanged, this, &MainWindow::updateTitle);
    // The user is working in the form: show what it writes, but only in place of the welcome
    // page or of a table the window brought forward; never in place of a tab the user chose, or
    // of the Run or Rehearsal tab.
    connect(m_designer, &ColumnDesignerWidget::userEdited, this, [this] {
        const bool welcome = m_welcome->isVisible();
        showWorkArea();
        if (welcome || (m_tabs->currentWidget() == m_tableDetail && !m_tableTabChosen))
            m_tabs->setCurrentIndex(1);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_tableTabChosen = m_tabs->currentWidget() == m_tableDetail && !m_showingTable;
    });
    m_reviewDocks = new ReviewDocks(this, m_designer, m_editor, [this] {
        showWorkArea();
        m_tabs->setCurrentIndex(1);
    });
    // The side docks keep room for their content; the bottom review docks stay a strip.
    m_schemaBrowser->setMinimumWidth(230);
    m_designer->setMinimumWidth(340);
    resizeDocks({m_reviewDocks->docks().first()}, {height() / 5}, Qt::Vertical);
    connect(m_reviewDocks, &ReviewDocks::problem, this, [this](const QString &message) {
        m_messageBar->showMessage(message, MessageBar::Level::Warning);
    });

    statusBar()->addWidget(m_connectionLabel, 1);
    m_handoff =
        new HandoffActions(this, m_designer, m_editor, m_messageBar, [this] { return savePlan(); });
    m_productionLabel = new QLabel(this);
    m_productionLabel->setObjectName(QStringLiteral("productionMarker"));
    m_productionLabel->setTextFormat(Qt::PlainText);
    m_productionLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; padding: "
                       "1px 8px; border-radius: 3px; }"));
    m_productionLabel->hide();
    statusBar()->addPermanentWidget(m_productionLabel);
    statusBar()->addPermanentWidget(m_handoff->badge());
    statusBar()->addPermanentWidget(m_busy);
    m_connectionLabel->setAccessibleName(tr("Connection"));

    connect(m_schemaBrowser, &SchemaBrowserWidget::tableSelected, this, &MainWindow::showTable);
    createActions();
    connect(m_designer, &ColumnDesignerWidget::scriptRegenerated, this,
            &MainWindow::updateRunAction);
    connect(this, &MainWindow::catalogLoaded, this, &MainWindow::updateRunAction);
    connect(m_runConsole, &RunConsoleWidget::runningChanged, this, &MainWindow::updateRunAction);
    // While a run is active the Run tab gets the window's width: the browser and the designer
    // (which cannot change a running plan) give way, and come back when the run ends.
    connect(m_runConsole, &RunConsoleWidget::runningChanged, this,
            [this, browserDock, designerDock](bool running) {
                if (running) {
                    m_docksGivenWay.clear();
                    for (QDockWidget *dock : {browserDock, designerDock})
                        if (dock->isVisible() && !dock->isFloating()) {
                            m_docksGivenWay << dock;
                            dock->hide();
                        }
                    return;
                }
                for (QDockWidget *dock : std::as_const(m_docksGivenWay))
                    dock->show();
                m_docksGivenWay.clear();
            });
    connect(m_runConsole, &RunConsoleWidget::runFinished, this, [this] {
        if (m_closeAfterRun) {
            close();
            return;
        }
        // The run changed the table (a dry run changes nothing): the tree and the detail read
        // the database again.
        if (m_session && !m_runConsole->driver()->isDryRun() &&
            m_runConsole->driver()->uri().text() == m_session->uri().text())
            refreshCatalog();
    });
    m_settings = AppSettings::load();
    applySettings(m_settings);
    m_designer->newPlan();
    connect(m_rehearsalPage, &RehearsalPage::finishedRehearsal, this, [this] {
        if (m_closeAfterRehearsal)
            close();
    });
    connect(m_rehearsalPage, &RehearsalPage::attachRequested, this,
            [this](const QJsonObject &report) {
                Plan plan = m_designer->plan();
                plan.source.insert(QStringLiteral("rehearsal"), report);
                m_designer->setPlan(plan);
                m_messageBar->showMessage(tr("Rehearsal report attached to the plan under "
                                             "\"rehearsal\"; save the plan to keep it"),
                                          MessageBar::Level::Info);
            });
    updateTitle();
    updateRunAction();
    refreshRecentPlans();
    showWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::showWelcome()
{
    refreshRecentPlans();
    m_tabs->hide();
    m_welcome->show();
    m_welcome->demoButton()->setFocus();
}

void MainWindow::focusPane(QWidget *pane)
{
    for (QWidget *parent = pane; parent; parent = parent->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(parent)) {
            dock->show();
            dock->raise();
        }
    // The pane itself when it takes focus, else the first field of its tab order.
    if (pane->focusPolicy() & Qt::TabFocus) {
        pane->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget *next = pane->nextInFocusChain(); next && next != pane;
         next = next->nextInFocusChain()) {
        // A scroll area holding a form is not a field: go on to the form's first field.
        if (pane->isAncestorOf(next) && (next->focusPolicy() & Qt::TabFocus) && next->isVisible() &&
            next->isEnabled() && !qobject_cast<QScrollArea *>(next)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::showWorkArea()
{
    if (m_tabs->isVisible() || !m_welcome->isVisible())
        return;
    const bool hadFocus = m_welcome->isAncestorOf(QApplication::focusWidget());
    m_welcome->hide();
    m_tabs->show();
    if (hadFocus)
        m_tabs->setFocus();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    m_designer->setNewPlanBackfill(settings.newPlanBackfill());
}

void MainWindow::showSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        QString error;
        if (!chosen.save(AppSettings::defaultPath(), &error))
            m_messageBar->showMessage(error, MessageBar::Level::Error);
        applySettings(chosen);
    });
    dialog->open();
}

void MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new GuideDialog(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::refreshRecentPlans()
{
    openStore();
    m_welcome->setRecentPlans(m_storeOpen ? m_store.recentPlans() : QList<RecentPlan>{});
}

void MainWindow::rememberPlan()
{
    openStore();
    if (!m_storeOpen || m_designer->document().path().isEmpty())
        return;
    try {
        m_store.touchRecentPlan(QFileInfo(m_designer->document().path()).absoluteFilePath(),
                                m_designer->plan().title);
    } catch (const DbError &error) {
        m_messageBar->showMessage(error.message(), MessageBar::Level::Warning);
    }
    refreshRecentPlans();
}

void MainWindow::showRehearsal()
{
    showWorkArea();
    m_designer->regenerateNow();
    m_rehearsalPage->setRehearsal(m_designer->plan(),
                                  m_session ? std::optional<ConnectionUri>(m_session->uri())
                                            : std::nullopt);
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_rehearsalPage->parentWidget()->parentWidget()));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New plan"), QKeySequence::New, this, [this] { m_designer->newPlan(); });
    file->addAction(tr("&Open plan…"), QKeySequence::Open, this, &MainWindow::openPlanFile);
    file->addAction(tr("&Save plan"), QKeySequence::Save, this, &MainWindow::savePlan);
    file->addAction(tr("Save plan &as…"), QKeySequence::SaveAs, this, &MainWindow::savePlanAs);
    file->addSeparator();
    QAction *connectAction = file->addAction(tr("&Connect…"), this, &MainWindow::showConnectDialog);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QAction *demoAction =
        file->addAction(tr("Open the &demo database"), this, &MainWindow::openDemo);
    QAction *refreshAction =
        file->addAction(tr("&Refresh catalog"), this, &MainWindow::refreshCatalog);
    refreshAction->setObjectName(QStringLiteral("refreshCatalogAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("D&isconnect"), this, &MainWindow::disconnectSession);
    file->addSeparator();
    file->addAction(tr("Open a sa&mple plan…"), this, &MainWindow::openSamplePlan);
    QAction *settingsAction =
        file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettingsDialog);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editActions = new EditActions(this, m_editor, m_findBar, [this] {
        showWorkArea();
        m_tabs->setCurrentIndex(1);
    });
    menuBar()->addMenu(m_editActions->menu());
    connect(this, &MainWindow::catalogLoaded, this,
            [this] { m_editor->setCompletionCatalog(m_catalog); });

    QMenu *planMenu = menuBar()->addMenu(tr("&Plan"));
    planMenu->addAction(m_handoff->exportAction());
    planMenu->addAction(m_handoff->reportAction());
    planMenu->addSeparator();
    planMenu->addAction(m_handoff->approveAction());
    planMenu->addAction(m_handoff->compareAction());

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    m_runPlanAction = run->addAction(tr("Run &plan…"), this, &MainWindow::showRunConsole);
    m_runPlanAction->setObjectName(QStringLiteral("runPlanAction"));
    m_runPlanAction->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_runPlanAction->setToolTip(tr("Run the plan on the connected database, phase by phase"));
    QAction *rehearse =
        run->addAction(tr("Re&hearse plan on staging…"), this, &MainWindow::showRehearsal);
    rehearse->setObjectName(QStringLiteral("rehearseAction"));
    rehearse->setToolTip(tr("Copy the table with synthetic data into a staging database and run "
                            "the plan there under a workload"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *welcomeAction = view->addAction(tr("&Welcome page"), this, &MainWindow::showWelcome);
    welcomeAction->setObjectName(QStringLiteral("welcomeAction"));
    view->addSeparator();
    // Keyboard users jump between the panes of the main flow (browse, design, read, review).
    const struct
    {
        QString text;
        QString shortcut;
        std::function<QWidget *()> pane;
    } panes[] = {
        {tr("Go to the &schema browser"), tr("Ctrl+1"),
         [this]() -> QWidget * { return m_schemaBrowser->treeView(); }},
        {tr("Go to the column &designer"), tr("Ctrl+2"),
         [this]() -> QWidget * { return m_designer; }},
        {tr("Go to the S&QL"), tr("Ctrl+3"),
         [this]() -> QWidget * {
             showWorkArea();
             m_tabs->setCurrentIndex(1);
             return m_editor;
         }},
        {tr("Go to the &findings"), tr("Ctrl+4"),
         [this]() -> QWidget * { return m_reviewDocks->docks().first(); }},
    };
    for (const auto &pane : panes) {
        QAction *action =
            view->addAction(pane.text, this, [this, pick = pane.pane] { focusPane(pick()); });
        action->setShortcut(QKeySequence(pane.shortcut));
    }
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guideAction = help->addAction(tr("&Guide"), this, &MainWindow::showGuide);
    guideAction->setObjectName(QStringLiteral("guideAction"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Column Planner"), this, [this] {
        QMessageBox::about(
            this, tr("About Column Planner"),
            tr("<b>Column Planner %1</b><p>Plan, review and run the addition of a column to a "
               "large, live table without disrupting it.</p>")
                .arg(QStringLiteral(COLUMN_PLANNER_VERSION)));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(connectAction);
    toolbar->addAction(demoAction);
    toolbar->addAction(refreshAction);
    toolbar->addAction(m_runPlanAction);
    toolbar->addSeparator();
    toolbar->addAction(m_handoff->exportAction());
    toolbar->addAction(m_handoff->reportAction());
    toolbar->addAction(m_handoff->approveAction());
}

void MainWindow::openStore()
{
    if (m_storeOpen)
        return;
    try {
        m_store.open();
        m_storeOpen = true;
    } catch (const DbError &error) {
        m_messageBar->showMessage(error.message(), MessageBar::Level::Warning);
    }
}

void MainWindow::showConnectDialog()
{
    openStore();
    auto *dialog = new ConnectionDialog(m_storeOpen ? &m_store : nullptr, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session)
        dialog->setUri(m_session->uri());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // An unsaved connection ticked as production is known by what it connects to.
        const QString production = !dialog->isProduction() ? QString()
                                   : dialog->profileName().isEmpty()
                                       ? dialog->selectedUri().display()
                                       : dialog->profileName();
        openConnection(dialog->selectedUri(), production);
    });
    dialog->open();
}

void MainWindow::openDemo()
{
    m_busy->setBusy(true, tr("Preparing the demo database…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy->setBusy(false);
        const QString result = watcher->result();
        if (result.startsWith(u'!')) {
            m_messageBar->showMessage(result.mid(1));
            return;
        }
        openConnection(ConnectionUri::parse(DemoDatabase::uriFor(result)));
    });
    // Creating 200,000 rows takes a moment: never on the GUI thread.
    watcher->setFuture(QtConcurrent::run([]() -> QString {
        try {
            return DemoDatabase::ensure();
        } catch (const DbError &error) {
            return u'!' + error.message();
        }
    }));
}

void MainWindow::updateTitle()
{
    const QString plan = m_designer->document().path().isEmpty()
                             ? tr("untitled plan")
                             : QFileInfo(m_designer->document().path()).fileName();
    if (m_session)
        setWindowTitle(tr("Column Planner — %1 — %2[*]").arg(m_session->uri().display(), plan));
    else
        setWindowTitle(tr("Column Planner — %1[*]").arg(plan));
    setWindowModified(m_designer->document().isModified());
    m_connectionLabel->setText(m_session ? m_session->uri().display() : tr("Not connected"));
}

QWidget *MainWindow::createEditorPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(page);
    bar->setObjectName(QStringLiteral("editorToolbar"));
    bar->setAccessibleName(tr("SQL editor actions"));
    bar->addAction(m_editor->revertPhaseAction());
    layout->addWidget(bar);
    layout->addWidget(m_editor, 1);
    m_findBar = new FindBarWidget(m_editor, page);
    layout->addWidget(m_findBar);
    return page;
}

void MainWindow::openPlanFile()
{
    const QString dir = m_designer->document().path().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(m_designer->document().path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), dir,
                                                      tr("Column Planner plans (*.json)"));
    if (!path.isEmpty())
        openPlanPath(path);
}

bool MainWindow::openPlanPath(const QString &path)
{
    if (!m_designer->openPlan(path)) {
        m_messageBar->showMessage(m_designer->document().fileError(), MessageBar::Level::Error);
        return false;
    }
    rememberPlan();
    showWorkArea();
    m_tabs->setCurrentIndex(1);
    return true;
}

void MainWindow::openSamplePlan()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a sample plan"), SharedData::samplePlansDir(),
                                     tr("Column Planner plans (*.json)"));
    if (!path.isEmpty())
        openPlanPath(path);
}

bool MainWindow::savePlan()
{
    if (m_designer->document().path().isEmpty())
        return savePlanAs();
    if (m_designer->savePlan(m_designer->document().path())) {
        rememberPlan();
        return true;
    }
    m_messageBar->showMessage(m_designer->document().fileError(), MessageBar::Level::Error);
    return false;
}

bool MainWindow::savePlanAs()
{
    QString suggested = m_designer->document().path();
    if (suggested.isEmpty()) {
        const Plan plan = m_designer->plan();
        const QString stem = plan.column.name.isEmpty() ? QStringLiteral("plan")
                                                        : plan.table + u'-' + plan.column.name;
        suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                    stem + QStringLiteral(".json");
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save plan"), suggested,
                                                      tr("Column Planner plans (*.json)"));
    if (path.isEmpty())
        return false;
    if (m_designer->savePlan(path)) {
        rememberPlan();
        return true;
    }
    m_messageBar->showMessage(m_designer->document().fileError(), MessageBar::Level::Error);
    return false;
}

void MainWindow::updateRunAction()
{
    if (!m_runPlanAction)
        return;
    // The runner speaks PostgreSQL, MySQL and MariaDB; SQLite scripts are run by hand.
    const bool runnable = m_session && m_session->uri().dialect() != DialectKind::SQLite;
    const bool compiles = m_designer->problems().isEmpty() && m_editor->hasScript();
    m_runPlanAction->setEnabled(runnable && compiles && !m_runConsole->isRunning());
    m_runPlanAction->setStatusTip(
        !runnable   ? tr("Runs need an open PostgreSQL, MySQL or MariaDB connection")
        : !compiles ? tr("The plan does not compile yet: see the designer's status")
                    : tr("Run the plan phase by phase"));
}

void MainWindow::showRunConsole()
{
    showWorkArea();
    if (!m_session || m_runConsole->isRunning()) {
        m_tabs->setCurrentIndex(RunTabIndex);
        return;
    }
    m_designer->regenerateNow();
    m_runConsole->setRun(m_designer->plan(), m_session->uri(), m_designer->document().path(),
                         m_designer->script());
    m_runConsole->setProductionProfile(m_productionProfile);
    m_tabs->setCurrentIndex(RunTabIndex);
    focusPane(m_runConsole);
}

bool MainWindow::confirmCloseDuringRun()
{
    if (!m_runConsole->isRunning())
        return true;
    m_tabs->setCurrentIndex(RunTabIndex);
    if (m_closeAfterRun) {
        m_messageBar->showMessage(
            tr("Stopping the run after its current batch; the window closes when it has stopped."),
            MessageBar::Level::Warning);
        return false;
    }
    if (!m_closeQuestion) {
        m_closeQuestion =
            new QMessageBox(QMessageBox::Warning, tr("A run is active"),
                            tr("The plan is running on %1. Closing stops it after the current "
                               "batch; running it again "
                               "resumes from the checkpoint. Stop the run and close?")
                                .arg(m_session ? m_session->uri().display() : tr("the database")),
                            QMessageBox::NoButton, this);
        m_closeQuestion->setObjectName(QStringLiteral("closeDuringRunQuestion"));
        QPushButton *stop =
            m_closeQuestion->addButton(tr("&Stop the run and close"), QMessageBox::AcceptRole);
        stop->setObjectName(QStringLiteral("stopAndClose"));
        m_closeQuestion->addButton(tr("&Keep running"), QMessageBox::RejectRole)
            ->setObjectName(QStringLiteral("keepRunning"));
        connect(m_closeQuestion, &QMessageBox::finished, this, [this, stop] {
            const bool confirmed = m_closeQuestion->clickedButton() == stop;
            m_closeQuestion->deleteLater();
            m_closeQuestion = nullptr;
            if (!confirmed)
                return;
            m_closeAfterRun = true;
            m_runConsole->stopRun();
        });
    }
    m_closeQuestion->open();
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmCloseDuringRun() || !confirmCloseDuringRehearsal() || !confirmCloseUnsaved()) {
        event->ignore();
        return;
    }
    event->accept();
}

bool MainWindow::confirmCloseDuringRehearsal()
{
    if (!m_rehearsalPage->isRunning())
        return true;
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_rehearsalPage->parentWidget()->parentWidget()));
    if (m_closeAfterRehearsal) {
        m_messageBar->showMessage(
            tr("Stopping the rehearsal; the window closes when it has stopped."),
            MessageBar::Level::Warning);
        return false;
    }
    if (!m_rehearsalCloseQuestion) {
        m_rehearsalCloseQuestion = new QMessageBox(
            QMessageBox::Warning, tr("A rehearsal is running"),
            tr("The plan is being rehearsed on the staging database. Closing stops it (the "
               "load between rows, the run after its current batch). Stop and close?"),
            QMessageBox::NoButton, this);
        m_rehearsalCloseQuestion->setObjectName(QStringLiteral("closeDuringRehearsalQuestion"));
        QPushButton *stop = m_rehearsalCloseQuestion->addButton(tr("&Stop the rehearsal and close"),
                                                                QMessageBox::AcceptRole);
        stop->setObjectName(QStringLiteral("stopRehearsalAndClose"));
        m_rehearsalCloseQuestion->addButton(tr("&Keep rehearsing"), QMessageBox::RejectRole)
            ->setObjectName(QStringLiteral("keepRehearsing"));
        connect(m_rehearsalCloseQuestion, &QMessageBox::finished, this, [this, stop] {
            const bool confirmed = m_rehearsalCloseQuestion->clickedButton() == stop;
            m_rehearsalCloseQuestion->deleteLater();
            m_rehearsalCloseQuestion = nullptr;
            if (!confirmed)
                return;
            m_closeAfterRehearsal = true;
            m_rehearsalPage->stop();
        });
    }
    m_rehearsalCloseQuestion->open();
    return false;
}

bool MainWindow::confirmCloseUnsaved()
{
    if (!m_designer->document().isModified() || m_unsavedConfirmed)
        return true;
    if (m_unsavedQuestion)
        return false;
    m_unsavedQuestion =
        new QMessageBox(QMessageBox::Question, tr("Unsaved plan"),
                        tr("The plan has changes that are not saved. Save them?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    m_unsavedQuestion->setObjectName(QStringLiteral("unsavedPlanQuestion"));
    m_unsavedQuestion->setDefaultButton(QMessageBox::Save);
    connect(m_unsavedQuestion, &QMessageBox::finished, this, [this] {
        const auto answer = m_unsavedQuestion->standardButton(m_unsavedQuestion->clickedButton());
        m_unsavedQuestion->deleteLater();
        m_unsavedQuestion = nullptr;
        if (answer == QMessageBox::Discard || (answer == QMessageBox::Save && savePlan())) {
            m_unsavedConfirmed = true;
            close();
        }
    });
    m_unsavedQuestion->open();
    return false;
}
