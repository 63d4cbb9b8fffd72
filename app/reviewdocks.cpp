#include "reviewdocks.h"

#include "designer/columndesignerwidget.h"
#include "editor/sqleditor.h"
#include "review/findingspanel.h"
#include "review/forecastpanel.h"
#include "review/liveblockerspanel.h"
#include "review/liveimpactcontroller.h"
#include "review/reviewer.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QtConcurrent/QtConcurrentRun>

ReviewDocks::ReviewDocks(QMainWindow *window, ColumnDesignerWidget *designer, SqlEditor *editor,
                         std::function<void()> showEditor)
    : QObject(window), m_designer(designer), m_editor(editor), m_showEditor(std::move(showEditor)),
      m_findings(new FindingsPanel), m_forecast(new ForecastPanel), m_blockers(new LiveBlockersPanel)
{
    const QList<QPair<QWidget *, QString>> panels = {{m_findings, tr("Findings")},
                                                     {m_forecast, tr("Lock forecast")},
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
        if (m_impact)
            m_impactTimer.start();
    });
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
    if (uri.dialect() != DialectKind::PostgreSQL)
        return; // live impact reads pg_locks and pg_stat_activity
    m_impact = new LiveImpactController(uri, this);
    connect(m_impact, &LiveImpactController::analyzed, this, &ReviewDocks::onAnalyzed);
    connect(m_impact, &LiveImpactController::failed, this, [this](quint64 requestId, const QString &message) {
        if (requestId == m_impactRequest)
            Q_EMIT problem(tr("Live forecast: %1").arg(message));
    });
    m_blockers->setController(m_impact);
    m_impactTimer.start();
}

void ReviewDocks::clearConnection()
{
    m_blockers->setController(nullptr);
    delete m_impact;
    m_impact = nullptr;
    m_hasLiveImpact = false;
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
    if (script.dialect != DialectKind::PostgreSQL || !m_editor->hasScript()) {
        // The reviewer is the PostgreSQL parser: other dialects are not reviewed.
        m_review = {};
        m_editor->setFindings({});
        if (m_editor->hasScript())
            m_findings->setNotReviewed(tr("Not reviewed: the review reads PostgreSQL scripts only, and this one is for %1.")
                                           .arg(script.dialect == DialectKind::SQLite ? tr("SQLite") : tr("MySQL/MariaDB")));
        else
            m_findings->setFindings({});
        return;
    }
    ReviewOptions options;
    options.serverVersion = script.serverVersion >= 100000 ? script.serverVersion / 10000 : 15;
    const QString text = m_editor->text();
    m_watcher.setFuture(QtConcurrent::run([text, options] { return Reviewer::review(text, options); }));
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
