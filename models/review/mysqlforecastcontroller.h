#pragma once
// The GUI thread's handle on a MysqlForecastWorker: owns its thread, numbers requests and
// forwards the answers. Consumers keep the id of their latest request and drop older answers.

#include "db/connectionuri.h"
#include "mysqlforecast.h"
#include "sql/script.h"

#include <QObject>
#include <QThread>

class MysqlForecastWorker;

class MysqlForecastController : public QObject
{
    Q_OBJECT
public:
    explicit MysqlForecastController(const ConnectionUri &uri, QObject *parent = nullptr);
    ~MysqlForecastController() override;

    quint64 forecast(const Script &script, const QString &schema, const QString &table);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void forecastReady(quint64 requestId, const MysqlForecast &forecast);
    void failed(quint64 requestId, const QString &message);
    void busyChanged(bool busy);

private:
    void answered();

    QThread *m_thread;
    MysqlForecastWorker *m_worker; // lives in m_thread, deleted when it finishes
    quint64 m_nextRequest = 0;
    int m_pending = 0;
};
