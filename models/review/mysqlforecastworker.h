#pragma once
// Runs MysqlForecaster in its own thread on its own MySQL/MariaDB connection: requests arrive as
// queued calls, answers leave as queued signals carrying the request id. Opens the connection on
// the first request and reopens it after it was lost.

#include "db/connectionuri.h"
#include "mysqlforecast.h"
#include "sql/script.h"

#include <QObject>
#include <memory>

class MysqlSession;

class MysqlForecastWorker : public QObject
{
    Q_OBJECT
public:
    explicit MysqlForecastWorker(const ConnectionUri &uri);
    ~MysqlForecastWorker() override;

public Q_SLOTS:
    // Reads the table's facts afresh (engine, row format, FULLTEXT, row versions), then asks the
    // server how each ALTER of the script would run and who it would queue behind now.
    void forecast(quint64 requestId, const Script &script, const QString &schema,
                  const QString &table);
    void close();

Q_SIGNALS:
    void forecastReady(quint64 requestId, const MysqlForecast &forecast);
    void failed(quint64 requestId, const QString &message);

private:
    MysqlSession &session();

    ConnectionUri m_uri;
    std::unique_ptr<MysqlSession> m_session;
};
