#pragma once
// The backfill's progress: a bar with rows done of the total, rows per second and the time left.

#include "run/runevent.h"

#include <QWidget>

class QLabel;
class QProgressBar;

class RunProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunProgressPanel(QWidget *parent = nullptr);

    void showProgress(const RunEvent &progress);
    void setStatus(const QString &text); // paused, throttled, done, ...
    // Rows the application wrote without a value (or that enforce would reject) while the
    // runner watched or swept: the reason enforce waits.
    void showArriving(const RunEvent &event);
    void reset();

    qint64 rowsDone() const { return m_rowsDone; }

    static QString duration(double seconds);

private:
    qint64 m_rowsDone = 0;
    QProgressBar *m_bar;
    QLabel *m_rows;
    QLabel *m_rate;
    QLabel *m_eta;
    QLabel *m_status;
    QLabel *m_arriving;
};
