#pragma once
// The main window: wires the schema browser dock, the column designer dock, the table detail
// and SQL editor tabs, the run console tab, the message bar and the busy indicator around one open
// connection. Database work goes through SessionController (catalog) and the designer's own
// checker.

#include "base/catalog.h"
#include "db/connectionuri.h"
#include "store/appsettings.h"
#include "store/localstore.h"

#include <QMainWindow>
#include <memory>

class BusyIndicator;
class EditActions;
class FindBarWidget;
class ReviewDocks;
class ColumnDesignerWidget;
class QAction;
class QDockWidget;
class QMessageBox;
class QTabWidget;
class RehearsalPage;
class RunConsoleWidget;
class SqlEditor;
class KeychainSecrets;
class MessageBar;
class QLabel;
class SchemaBrowserWidget;
class SessionController;
class TableDetailPanel;
class WelcomePage;
class GuideDialog;
class HandoffActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Creates the demo database on first use (off the GUI thread), then connects to it.
    void openDemo();
    void openConnection(const ConnectionUri &uri);
    void refreshCatalog();

    const Catalog &catalog() const { return m_catalog; }
    // Opens the connection dialog (non-modal to the event loop: open(), never exec()).
    void showConnectDialog();
    // Hands the designer's plan and the connection to the run console and shows it.
    void showRunConsole();
    ReviewDocks *reviewDocks() const { return m_reviewDocks; }
    // The production profile of the open connection (empty: not production), from the connection
    // dialog's checkbox or the saved profile with the same URI; marked red in the status bar.
    QString productionProfile() const { return m_productionProfile; }
    // Opens a connection the user marked as production under this profile name.
    void openConnection(const ConnectionUri &uri, const QString &productionProfile);
    // The welcome page stands in for the tabs until there is something to work on.
    void showWelcome();
    void showWorkArea();

    // The user's defaults (File › Settings…); new plans start from them.
    const AppSettings &settings() const { return m_settings; }
    void applySettings(const AppSettings &settings);
    // Opens the settings dialog (open(), never exec()); OK saves and applies.
    void showSettingsDialog();
    // The bundled guide, non-modal; one window reused.
    void showGuide();
    // Hands the designer's plan and the connection (the production source) to the Rehearsal tab.
    void showRehearsal();

    // Plan files (File menu); the dialogs are only in the menu actions.
    void openPlanFile();
    // Opens a plan file directly (recent plans, sample plans); false with the reason in the message
    // bar.
    bool openPlanPath(const QString &path);
    void openSamplePlan();
    bool savePlan();
    bool savePlanAs();

Q_SIGNALS:
    void catalogLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createEditorPage();
    void openStore();
    void disconnectSession();
    // The connection being opened answered with its catalog: it replaces the open one.
    void adoptConnection();
    void onCatalogReady(SessionController *session, quint64 requestId, const Catalog &catalog);
    void onFailed(SessionController *session, quint64 requestId, const QString &message);
    void showTable(const QString &schema, const QString &table);
    void updateTitle();
    void updateRunAction();
    void rememberPlan();
    // Raises the pane's dock and gives the keyboard to the pane or its first field.
    void focusPane(QWidget *pane);
    void refreshRecentPlans();
    // Closing during a run: asks (non-modal), then stops the run and closes once it has ended.
    bool confirmCloseDuringRun();
    // The same for a rehearsal: asks, stops it (after the current batch), then closes.
    bool confirmCloseDuringRehearsal();
    // Unsaved plan: asks Save / Discard / Cancel (non-modal) and closes again once answered.
    bool confirmCloseUnsaved();

    LocalStore m_store;
    bool m_storeOpen = false;
    KeychainSecrets *m_secrets;
    std::unique_ptr<SessionController> m_session;
    quint64 m_catalogRequest = 0;
    // A connection being opened: it replaces m_session only once it has read its catalog, so a
    // failed connect leaves the open connection as it was.
    std::unique_ptr<SessionController> m_opening;
    quint64 m_openingRequest = 0;
    QString m_openingProduction;
    // The table the detail shows (schema, name), shown again from each new catalog.
    QPair<QString, QString> m_shownTable;
    // The Table tab is in front because the user put it there (not because a table was picked):
    // edits in the form leave it there.
    bool m_tableTabChosen = false;
    bool m_showingTable = false;
    Catalog m_catalog;
    SchemaBrowserWidget *m_schemaBrowser;
    TableDetailPanel *m_tableDetail;
    MessageBar *m_messageBar;
    BusyIndicator *m_busy;
    QLabel *m_connectionLabel;
    ColumnDesignerWidget *m_designer;
    SqlEditor *m_editor;
    FindBarWidget *m_findBar = nullptr;
    EditActions *m_editActions = nullptr;
    QTabWidget *m_tabs;
    RunConsoleWidget *m_runConsole;
    // The side docks hidden while a run is active, shown again when it ends.
    QList<QDockWidget *> m_docksGivenWay;
    // "Run plan…": enabled when the plan compiles and a PostgreSQL connection is open.
    QAction *m_runPlanAction = nullptr;
    QMessageBox *m_closeQuestion = nullptr;
    bool m_closeAfterRun = false;
    QMessageBox *m_unsavedQuestion = nullptr;
    bool m_unsavedConfirmed = false;
    ReviewDocks *m_reviewDocks = nullptr;
    // Export…, Review report…, Approve…, Compare with plan… and the approval badge.
    HandoffActions *m_handoff = nullptr;
    QLabel *m_productionLabel = nullptr;
    QString m_productionProfile;
    WelcomePage *m_welcome = nullptr;
    GuideDialog *m_guide = nullptr;
    AppSettings m_settings;
    RehearsalPage *m_rehearsalPage = nullptr;
    QMessageBox *m_rehearsalCloseQuestion = nullptr;
    bool m_closeAfterRehearsal = false;
};
