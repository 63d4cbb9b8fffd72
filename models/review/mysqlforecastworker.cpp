#include "mysqlforecastworker.h"

#include "db/dberror.h"
#include "db/mysqlsession.h"
#include "mysqlforecaster.h"

MysqlForecastWorker::MysqlForecastWorker(const ConnectionUri &uri) : m_uri(uri) {}

MysqlForecastWorker::~MysqlForecastWorker() = default;

MysqlSession &MysqlForecastWorker::session()
{
    if (!m_session)
        m_session = std::make_unique<MysqlSession>(m_uri);
    if (!m_session->isOpen())
        m_session->open();
    return *m_session;
}

void MysqlForecastWorker::forecast(quint64 requestId, const Script &script, const QString &schema,
                                   const QString &table)
{
    try {
        MysqlSession &mysql = session();
        const Catalog catalog = mysql.catalog(CatalogFilter{schema, table, false});
        const TableInfo *info = catalog.findTable(schema.isEmpty() ? table : schema + u'.' + table);
        if (!info) {
            Q_EMIT failed(
                requestId,
                QStringLiteral("no table %1.%2 on %3").arg(schema, table, m_uri.display()));
            return;
        }
        Q_EMIT forecastReady(requestId, MysqlForecaster::forecast(mysql, script, *info));
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost && m_session)
            m_session->close(); // the next request reconnects
        Q_EMIT failed(requestId, error.message());
    } catch (const std::exception &error) {
        Q_EMIT failed(requestId, singleLine(QString::fromUtf8(error.what())));
    }
}

void MysqlForecastWorker::close()
{
    if (m_session)
        m_session->close();
}
