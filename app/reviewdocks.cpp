#include "reviewdocks.h"

#include "designer/columndesignerwidget.h"
#include "editor/sqleditor.h"
#include "review/findingspanel.h"
#include "review/forecastpanel.h"
#include "review/liveblockerspanel.h"
#include "review/liveimpactcontroller.h"
#include "review/mysqlforecastcontroller.h"
#include "review/mysqlforecastpanel.h"
#include "review/reviewer.h"
#include "review/sqliteforecaster.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>

ReviewDocks::ReviewDocks(QMainWindow *window, ColumnDesignerWidget *designer, SqlEditor *editor,
                         std::function<void()> showEditor)
    : QObject(window), m_designer(designer), m_editor(editor), m_showEditor(std::move(showEditor)),
      m_findings(new FindingsPanel), m_forecast(new ForecastPanel),
      m_blockers(new LiveBlockersPanel), m_forecastStack(new QStackedWidget),
      m_mysqlForecast(new MysqlForecastPanel)
{
    m_forecastStack->addWidget(m_forecast);
    m_forecastStack->addWidget(m_mysqlForecast);
    const QList<QPair<QWidget *, QString>> panels = {{m_findings, tr("Findings")},
                                                     {m_forecastStack, tr("Lock forecast")},
                                                     {m_blockers, tr("Live blockers")}};
    for (const auto &[panel, title] : panels) {
        auto *dock = new QDockWidget(title, window);
        dock->setObjectName(title.toLower().replace(u' ', u'_') + QStringLiteral("Dock"));
        dock->setWidget(panel);
        window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        if (!m_docks.isEmpty())
            window->tabifyDockWidget(m_docks.first(), dock);
        m_docks << dock;
    }
    m_docks.first()->raise();

    m_reviewTimer.setSingleShot(true);
    m_reviewTimer.setInterval(300);
    m_impactTimer.setSingleShot(true);
    m_impactTimer.setInterval(1000);
    connect(&m_reviewTimer, &QTimer::timeout, this, &ReviewDocks::startReview);
    connect(&m_impactTimer, &QTimer::timeout, this, &ReviewDocks::requestLiveImpact);
    connect(&m_watcher, &QFutureWatcher<ReviewResult>::finished, this, &ReviewDocks::onReviewed);
    connect(m_editor, &QsciScintilla::textChanged, this, &ReviewDocks::scheduleReview);
    connect(m_designer, &ColumnDesignerWidget::scriptRegenerated, this, [this] {
        scheduleReview();
        const Script &script = m_designer->script();
        showForecastFor(script.phases.isEmpty() ? m_designer->plan().dialect : script.dialect);
        if (script.phases.isEmpty())
            forgetForecast();
        if (m_impact || m_mysql)
            m_impactTimer.start();
    });
    connect(m_mysqlForecast, &MysqlForecastPanel::refreshRequested, this,
            &ReviewDocks::requestLiveImpact);
    connect(m_findings, &FindingsPanel::jumpTo, this, [this](int line, int column) {
        m_showEditor();
        m_editor->setCursorPosition(std::max(0, line - 1), std::max(0, column - 1));
        m_editor->ensureLineVisible(std::max(0, line - 1));
        m_editor->setFocus();
    });
}

ReviewDocks::~ReviewDocks()
{
    m_watcher.waitForFinished(); // a parse of the editor's text: CPU only, never the database
}

void ReviewDocks::setConnection(const ConnectionUri &uri)
{
    clearConnection();
    if (uri.dialect() == DialectKind::MySQL) {
        connectMysql(uri);
        return;
    }
    if (uri.dialect() != DialectKind::PostgreSQL)
        return; // live impact reads pg_locks and pg_stat_activity
    m_impact = new LiveImpactController(uri, this);
    connect(m_impact, &LiveImpactController::analyzed, this, &ReviewDocks::onAnalyzed);
    connect(m_impact, &LiveImpactController::failed, this,
            [this](quint64 requestId, const QString &message) {
                if (requestId == m_impactRequest)
                    Q_EMIT problem(tr("Live forecast: %1").arg(message));
            });
    m_blockers->setController(m_impact);
    m_impactTimer.start();
}

void ReviewDocks::connectMysql(const ConnectionUri &uri)
{
    m_mysql = new MysqlForecastController(uri, this);
    connect(m_mysql, &MysqlForecastController::forecastReady, this,
            [this](quint64 requestId, const MysqlForecast &forecast) {
                if (requestId != m_mysqlRequest)
                    return; // an older script answered late
                m_mysqlForecast->setForecast(forecast);
                Q_EMIT liveForecastReady(int(forecast.statements.size()));
            });
    connect(m_mysql, &MysqlForecastController::failed, this,
            [this](quint64 requestId, const QString &message) {
                if (requestId != m_mysqlRequest)
                    return;
                m_mysqlForecast->setMessage(tr("The forecast could not be made: %1").arg(message),
                                            true);
                Q_EMIT problem(tr("Live forecast: %1").arg(message));
            });
    connect(m_mysql, &MysqlForecastController::busyChanged, m_mysqlForecast,
            &MysqlForecastPanel::setBusy);
    m_mysqlForecast->setMessage(tr("Design the column: the server will say how each ALTER runs."));
    m_mysqlForecast->setRefreshEnabled(false);
    m_blockers->setStatusText(
        tr("On MySQL and MariaDB the sessions an ALTER would queue behind (metadata locks, open "
           "transactions) are listed in the Lock forecast."));
    showForecastFor(DialectKind::MySQL);
    m_impactTimer.start();
}

void ReviewDocks::showForecastFor(DialectKind dialect)
{
    m_forecastStack->setCurrentWidget(
        dialect == DialectKind::MySQL ? static_cast<QWidget *>(m_mysqlForecast) : m_forecast);
}

void ReviewDocks::clearConnection()
{
    m_blockers->setController(nullptr);
    delete m_impact;
    m_impact = nullptr;
    m_hasLiveImpact = false;
    delete m_mysql;
    m_mysql = nullptr;
    m_mysqlRequest = 0;
    m_mysqlForecast->setBusy(false);
    m_mysqlForecast->setRefreshEnabled(false);
    m_mysqlForecast->setMessage(tr("Connect to a MySQL or MariaDB server for the live forecast."));
}

void ReviewDocks::forgetForecast()
{
    // The last plan's statements are not this plan's: none until it compiles again.
    const QString why = tr("The plan is not complete yet: the forecast follows once it compiles.");
    m_impactRequest = 0; // an answer for an older script is not this plan's
    m_hasLiveImpact = false;
    m_forecast->clear(why);
    m_blockers->setNeededLocks({});
    if (m_mysql) {
        m_mysqlRequest = 0;
        m_mysqlForecast->setMessage(why);
        m_mysqlForecast->setRefreshEnabled(false);
    }
}

void ReviewDocks::scheduleReview()
{
    m_reviewTimer.start();
}

void ReviewDocks::startReview()
{
    if (m_watcher.isRunning()) {
        m_reviewAgain = true;
        return;
    }
    const Script &script = m_designer->script();
    if (script.dialect == DialectKind::SQLite && m_editor->hasScript()) {
        showSqliteForecast(script);
        return;
    }
    if (script.dialect != DialectKind::PostgreSQL || !m_editor->hasScript()) {
        // The reviewer is the PostgreSQL parser: other dialects are not reviewed.
        m_review = {};
        m_editor->setFindings({});
        if (m_editor->hasScript() && script.dialect == DialectKind::MySQL)
            m_findings->setNotReviewed(
                m_mysql ? tr("Not reviewed: the static review reads PostgreSQL (libpg_query) and "
                             "does not apply to MySQL/MariaDB "
                             "text. What applies is the Lock forecast: the connected server itself "
                             "says which algorithm each "
                             "ALTER gets, whether writes wait, and which sessions hold the table.")
                        : tr("Not reviewed: the static review reads PostgreSQL (libpg_query) and "
                             "does not apply to MySQL/MariaDB "
                             "text. Connect to the MySQL or MariaDB server: its Lock forecast says "
                             "which algorithm each ALTER "
                             "gets and which sessions hold the table."));
        else
            m_findings->setFindings({});
        if (!m_editor->hasScript())
            forgetForecast(); // a review of older text may have drawn it meanwhile
        return;
    }
    ReviewOptions options;
    options.serverVersion = script.serverVersion >= 100000 ? script.serverVersion / 10000 : 15;
    const QString text = m_editor->text();
    m_watcher.setFuture(
        QtConcurrent::run([text, options] { return Reviewer::review(text, options); }));
}

void ReviewDocks::showSqliteForecast(const Script &script)
{
    // The PostgreSQL parser does not read SQLite: what SQLite does is read from the compiled
    // script, so the docks show what review means without a server.
    const TableInfo *table = m_designer->currentTableInfo();
    const SqliteForecast forecast =
        SqliteForecaster::forecast(script, table ? qint64(table->rowEstimate) : -1);
    m_review = {};
    m_editor->setFindings(forecast.findings);
    m_findings->setFindings(forecast.findings,
                            tr("SQLite: locks and table rebuilds read from the script; the "
                               "PostgreSQL review rules do not apply."));
    m_forecast->setStatements(forecast.statements, forecast.summary);
    Q_EMIT reviewed(int(forecast.findings.size()));
}

void ReviewDocks::onReviewed()
{
    if (m_reviewAgain) {
        m_reviewAgain = false;
        startReview();
        return;
    }
    m_review = m_watcher.result();
    m_editor->setFindings(m_review.findings);
    m_findings->setFindings(m_review.findings);
    if (!m_hasLiveImpact)
        m_forecast->setReview(m_review);
    Q_EMIT reviewed(int(m_review.findings.size()));
}

void ReviewDocks::requestLiveImpact()
{
    const Script &script = m_designer->script();
    if (m_mysql) {
        if (script.phases.isEmpty() || script.dialect != DialectKind::MySQL)
            return;
        const Plan plan = m_designer->plan();
        m_mysqlForecast->setRefreshEnabled(true);
        m_mysqlRequest = m_mysql->forecast(script, plan.schema, plan.table);
        return;
    }
    if (!m_impact || script.phases.isEmpty() || script.dialect != DialectKind::PostgreSQL)
        return;
    m_impactRequest = m_impact->analyze(script);
}

void ReviewDocks::onAnalyzed(quint64 requestId, const LiveImpact &impact)
{
    if (requestId != m_impactRequest)
        return; // an older script answered late
    m_hasLiveImpact = true;
    m_forecast->setImpact(impact);
    QList<RelationLock> needed;
    for (const StatementImpact &statement : impact.statements)
        for (const RelationLock &lock : statement.forecast.locks)
            if (!needed.contains(lock))
                needed << lock;
    m_blockers->setNeededLocks(needed);
    Q_EMIT liveForecastReady(int(impact.statements.size()));
}
