#pragma once
// The live forecast of a MySQL/MariaDB script, as the server itself answers it: per ALTER the
// algorithm (INSTANT / INPLACE / COPY), the LOCK, whether writes wait, whether the table is
// rebuilt and why (with the server's refusals); then the sessions holding or waiting for a
// metadata lock on the table, open transactions, and replication.

#include "review/mysqlforecast.h"

#include <QWidget>

class BusyIndicator;
class QLabel;
class QPushButton;
class QTableWidget;

class MysqlForecastPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MysqlForecastPanel(QWidget *parent = nullptr);

    void setForecast(const MysqlForecast &forecast);
    // No forecast to show (not connected, no script yet, or it failed): the reason, one line.
    void setMessage(const QString &message, bool error = false);
    void setBusy(bool busy);
    // Refresh is offered only when there is a script and a connection to ask.
    void setRefreshEnabled(bool enabled);

Q_SIGNALS:
    void refreshRequested();

private:
    void showSessions(const MysqlForecast &forecast);

    QLabel *m_summary;
    QPushButton *m_refresh;
    BusyIndicator *m_busy;
    QTableWidget *m_statements;
    QTableWidget *m_sessions;
    QLabel *m_live;
};
