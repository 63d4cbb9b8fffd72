// MainWindow, part two: the connection. A new one is tried on its own and replaces the open one
// only once it has read its catalog; each catalog shows in the tree and the table detail together.
#include "mainwindow.h"

#include "busyindicator.h"
#include "db/dberror.h"
#include "db/sessioncontroller.h"
#include "designer/columndesignerwidget.h"
#include "handoffactions.h"
#include "messagebar.h"
#include "reviewdocks.h"
#include "run/runconsolewidget.h"
#include "schemabrowserwidget.h"
#include "tabledetailpanel.h"

#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>

void MainWindow::openConnection(const ConnectionUri &uri)
{
    // A connection opened by URI (demo, command line) is production when a saved profile says so,
    // as `column-planner run --db` decides.
    openStore();
    QString production;
    try {
        if (m_storeOpen)
            if (const auto profile = m_store.profileForUri(uri); profile && profile->production)
                production = profile->name;
    } catch (const DbError &error) {
        m_messageBar->showMessage(error.message(), MessageBar::Level::Warning);
    }
    openConnection(uri, production);
}

void MainWindow::openConnection(const ConnectionUri &uri, const QString &productionProfile)
{
    // Tried on its own first: the open connection, its catalog and everything that follows it
    // stay as they are until this one has read its catalog.
    if (m_opening) { // a newer choice replaces one still connecting
        disconnect(m_opening.get(), nullptr, this, nullptr);
        m_opening.release()->deleteLater();
    }
    m_opening = std::make_unique<SessionController>(uri);
    m_openingProduction = productionProfile;
    SessionController *session = m_opening.get();
    connect(session, &SessionController::busyChanged, this, [this, session](bool busy) {
        m_busy->setBusy(busy, session == m_session.get()
                                  ? tr("Reading %1…").arg(session->uri().display())
                                  : tr("Connecting to %1…").arg(session->uri().display()));
    });
    connect(session, &SessionController::catalogReady, this,
            [this, session](quint64 id, const Catalog &catalog) {
                onCatalogReady(session, id, catalog);
            });
    connect(session, &SessionController::failed, this,
            [this, session](quint64 id, const QString &message, int) {
                onFailed(session, id, message);
            });
    m_openingRequest = session->loadCatalog();
}

void MainWindow::adoptConnection()
{
    std::unique_ptr<SessionController> session = std::move(m_opening);
    const QString productionProfile = m_openingProduction;
    disconnectSession();
    m_session = std::move(session);
    m_catalogRequest = m_openingRequest;
    const ConnectionUri &uri = m_session->uri();
    m_productionProfile = productionProfile;
    m_productionLabel->setText(tr("PRODUCTION · %1").arg(productionProfile));
    m_productionLabel->setToolTip(tr(
        "A production connection: an unapproved or stale plan runs only after you type this name"));
    m_productionLabel->setVisible(!productionProfile.isEmpty());
    m_handoff->setConnection(uri);
    m_messageBar->hide();
    showWorkArea();
    m_designer->setConnection(uri);
    m_reviewDocks->setConnection(uri);
    updateTitle();
}

void MainWindow::refreshCatalog()
{
    if (m_session)
        m_catalogRequest = m_session->loadCatalog();
}

void MainWindow::disconnectSession()
{
    m_session.reset();
    m_productionProfile.clear();
    m_productionLabel->hide();
    m_handoff->setConnection(std::nullopt);
    updateRunAction();
    m_designer->clearConnection();
    m_reviewDocks->clearConnection();
    // The Run tab names the database it would run on: not one that is no longer open.
    m_runConsole->clearRun();
    m_catalog = {};
    m_schemaBrowser->clear();
    m_tableDetail->clear();
    m_shownTable = {};
    updateTitle();
}

void MainWindow::onCatalogReady(SessionController *session, quint64 requestId,
                                const Catalog &catalog)
{
    if (session == m_opening.get() && requestId == m_openingRequest)
        adoptConnection();
    else if (session != m_session.get() || requestId != m_catalogRequest)
        return; // an older request answered late
    m_catalog = catalog;
    m_schemaBrowser->setCatalog(catalog);
    m_designer->setCatalog(catalog);
    // The detail and the tree read the same catalog: the table shown stays selected and shown.
    if (!m_shownTable.second.isEmpty()) {
        const auto [schema, table] = m_shownTable;
        if (const TableInfo *info = m_catalog.table(schema, table)) {
            const QSignalBlocker blocker(m_schemaBrowser);
            m_schemaBrowser->selectTable(schema, table);
            m_tableDetail->showTable(*info);
        } else {
            m_tableDetail->clear();
            m_shownTable = {};
        }
    }
    m_connectionLabel->setText(tr("%1 %2 · %n table(s)", nullptr, int(catalog.tables.size()))
                                   .arg(catalog.dialect == DialectKind::SQLite ? tr("SQLite")
                                        : catalog.dialect == DialectKind::MySQL
                                            ? (catalog.mariadb ? tr("MariaDB") : tr("MySQL"))
                                            : tr("PostgreSQL"),
                                        catalog.serverVersion));
    Q_EMIT catalogLoaded();
}

void MainWindow::onFailed(SessionController *session, quint64 requestId, const QString &message)
{
    if (session == m_opening.get() && requestId == m_openingRequest) {
        // The connection that was open stays open, with its catalog, plan and run target.
        const QString target = session->uri().display();
        m_opening.release()->deleteLater(); // it is still emitting this answer
        QString what = singleLine(message);
        while (what.endsWith(u'.'))
            what.chop(1);
        // The session's own words name the database when connecting failed; a catalog that
        // could not be read is named here.
        if (!what.contains(target))
            what = tr("Could not connect to %1: %2").arg(target, what);
        m_messageBar->showMessage(
            m_session ? tr("%1. Still connected to %2.").arg(what, m_session->uri().display())
                      : what + u'.',
            MessageBar::Level::Error);
        return;
    }
    if (session == m_session.get() && requestId == m_catalogRequest)
        m_messageBar->showMessage(
            tr("Could not read the catalog of %1: %2").arg(session->uri().display(), message),
            MessageBar::Level::Error);
}

void MainWindow::showTable(const QString &schema, const QString &table)
{
    if (const TableInfo *info = m_catalog.table(schema, table)) {
        m_shownTable = {schema, table};
        m_tableDetail->showTable(*info);
        m_showingTable = true;
        m_tabs->setCurrentWidget(m_tableDetail);
        m_showingTable = false;
    }
    m_designer->setTable(schema, table);
}
