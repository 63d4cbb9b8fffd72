#pragma once
// The Rehearsal tab: staging connection and workload settings, Rehearse / Stop, progress of the
// load and the run, then the verdict, charts of workload latency and lock waits per phase
// against the baseline and the limits, and the fidelity table. The rehearsal runs in a
// RehearsalWorker on the page's own thread; answers carry a request id, stale ones are dropped.

#include "db/connectionuri.h"
#include "plan/plan.h"
#include "rehearsal/rehearsalreport.h"

#include <QJsonObject>
#include <QThread>
#include <QWidget>
#include <optional>

class PhaseBarChart;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class RehearsalWorker;
struct RehearsalProgress;

class RehearsalPage : public QWidget
{
    Q_OBJECT
public:
    explicit RehearsalPage(QWidget *parent = nullptr);
    ~RehearsalPage() override;

    // The plan to rehearse and the production connection it reads (never writes).
    void setRehearsal(const Plan &plan, const std::optional<ConnectionUri> &source);
    bool isRunning() const { return m_running; }
    void stop();
    std::optional<RehearsalReport> lastReport() const { return m_report; }
    // The verdict, charts and fidelity table of a report, as after a rehearsal.
    void showReport(const RehearsalReport &report);
    // PASSED / FAILED in a colour readable on the palette's window (dark themes included).
    static QColor verdictColor(bool passed, const QPalette &palette);

    // For tests and the main window.
    void setWorkload(int clients, double rate, double baselineSeconds, double afterSeconds);

Q_SIGNALS:
    void runningChanged(bool running);
    void finishedRehearsal(bool passed);
    // "Attach to plan": the report as the plan's "rehearsal" key.
    void attachRequested(const QJsonObject &report);

private:
    void start();
    void onProgress(quint64 requestId, const RehearsalProgress &progress);
    void onFinished(quint64 requestId, const RehearsalReport &report);
    void onFailed(quint64 requestId, const QString &message);
    void setRunning(bool running);
    void changeEvent(QEvent *event) override;

    Plan m_plan;
    std::optional<ConnectionUri> m_source;
    QLabel *m_planLabel;
    QLabel *m_sourceLabel;
    QLineEdit *m_staging;
    QSpinBox *m_rows;
    QSpinBox *m_clients;
    QDoubleSpinBox *m_rate;
    // Weights of reads by key, reads by index, inserts, updates: "50,20,10,20".
    QLineEdit *m_mix;
    QDoubleSpinBox *m_baseline;
    QDoubleSpinBox *m_after;
    QDoubleSpinBox *m_p99Ratio;
    QSpinBox *m_maxWait;
    QCheckBox *m_replace;
    QCheckBox *m_sample;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_attach;
    QProgressBar *m_progress;
    QLabel *m_stage;
    QLabel *m_verdict;
    PhaseBarChart *m_latencyChart;
    PhaseBarChart *m_lockChart;
    QTableWidget *m_fidelity;
    QLabel *m_notes;
    QThread m_thread;
    RehearsalWorker *m_worker; // lives on m_thread, deleted when it finishes
    quint64 m_request = 0;
    bool m_running = false;
    std::optional<RehearsalReport> m_report;
};
