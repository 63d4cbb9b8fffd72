#include "expressioncheckworker.h"

#include "db/dberror.h"
#include "expressionchecker.h"

ExpressionCheckWorker::ExpressionCheckWorker(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{
}

bool ExpressionCheckWorker::ensureOpen(quint64 requestId, const QString &field)
{
    if (m_session->isOpen())
        return true;
    try {
        m_session->open();
        return true;
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, field, error.message());
        return false;
    }
}

void ExpressionCheckWorker::check(quint64 requestId, const ExpressionJob &job)
{
    if (!ensureOpen(requestId, job.field))
        return;
    try {
        ExpressionChecker checker(*m_session);
        QString message =
            checker.check(job.expression, job.qTable, job.qColumn, job.type, job.resultType);
        // A backfill must give a value on the table's real rows, not only type-check: a sync
        // trigger or the backfill would otherwise fail the application's writes.
        if (message.isEmpty() && job.field == u"backfill" && !job.keyColumns.isEmpty())
            message = checker.checkOnRows(job.expression, job.qTable, job.qColumn, job.type,
                                          job.keyColumns);
        const QString warning =
            message.isEmpty() && job.countRows
                ? checker.checkIntegerAffinity(job.expression, job.qTable, job.qColumn, job.type)
                : QString();
        const QHash<QString, QChar> volatility =
            message.isEmpty() ? checker.volatility(job.functions) : QHash<QString, QChar>{};
        Q_EMIT checked(requestId, job.field, message, warning, volatility);
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, job.field, error.message());
    }
}

void ExpressionCheckWorker::readSqliteSchema(quint64 requestId)
{
    if (!ensureOpen(requestId, {}))
        return;
    try {
        QList<SqliteSchemaObject> objects;
        const QueryResult rows = m_session->execute(
            QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid"));
        for (const QVariantList &row : rows.rows)
            objects << SqliteSchemaObject{row.value(0).toString(), row.value(1).toString(),
                                          row.value(2).toString(), row.value(3).toString()};
        Q_EMIT sqliteSchemaReady(requestId, objects);
    } catch (const DbError &error) {
        Q_EMIT failed(requestId, {}, error.message());
    }
}

void ExpressionCheckWorker::close()
{
    if (m_session->isOpen())
        m_session->close();
}
