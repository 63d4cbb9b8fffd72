#pragma once
// The review docks of the main window: findings, lock forecast and live blockers, kept up to
// date as the script changes. The review runs on a pool thread (debounced), the live forecast
// in the LiveImpactController's worker (PostgreSQL) or the MysqlForecastController's (MySQL,
// MariaDB), so typing never waits on the parser or the server.

#include "db/connectionuri.h"
#include "review/reviewresult.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <functional>

class ColumnDesignerWidget;
class FindingsPanel;
class ForecastPanel;
class LiveBlockersPanel;
class LiveImpactController;
class MysqlForecastController;
class MysqlForecastPanel;
class QStackedWidget;
class QDockWidget;
class QMainWindow;
class SqlEditor;
struct LiveImpact;
struct Script;

class ReviewDocks : public QObject
{
    Q_OBJECT
public:
    // showEditor brings the SQL editor forward when a finding is activated.
    ReviewDocks(QMainWindow *window, ColumnDesignerWidget *designer, SqlEditor *editor,
                std::function<void()> showEditor);
    ~ReviewDocks() override;

    void setConnection(const ConnectionUri &uri);
    void clearConnection();

    QList<QDockWidget *> docks() const { return m_docks; }
    // The latest review of the editor's text (empty until the first one finishes).
    const ReviewResult &lastReview() const { return m_review; }

Q_SIGNALS:
    void reviewed(int findings);
    void liveForecastReady(int statements);
    // The live forecast could not be made (one line, for the message bar).
    void problem(const QString &message);

private:
    // No forecast while the plan does not compile.
    void forgetForecast();
    void scheduleReview();
    void startReview();
    void onReviewed();
    void requestLiveImpact();
    void onAnalyzed(quint64 requestId, const LiveImpact &impact);
    void connectMysql(const ConnectionUri &uri);
    void showSqliteForecast(const Script &script);
    // The forecast dock shows the panel of the script's dialect.
    void showForecastFor(DialectKind dialect);

    ColumnDesignerWidget *m_designer;
    SqlEditor *m_editor;
    std::function<void()> m_showEditor;
    FindingsPanel *m_findings;
    ForecastPanel *m_forecast;
    LiveBlockersPanel *m_blockers;
    QList<QDockWidget *> m_docks;
    QTimer m_reviewTimer;
    QTimer m_impactTimer;
    QFutureWatcher<ReviewResult> m_watcher;
    bool m_reviewAgain = false; // text changed while a review was running
    ReviewResult m_review;
    LiveImpactController *m_impact = nullptr;
    quint64 m_impactRequest = 0;
    bool m_hasLiveImpact = false;
    QStackedWidget *m_forecastStack;
    // Shown in the forecast dock instead of the lock forecast when the script is for MySQL/MariaDB.
    MysqlForecastPanel *m_mysqlForecast;
    MysqlForecastController *m_mysql = nullptr;
    quint64 m_mysqlRequest = 0;
};
