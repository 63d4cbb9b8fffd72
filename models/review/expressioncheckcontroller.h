#pragma once
// The designer's handle on its expression-check worker: owns the thread and the worker's own
// connection, numbers requests, keeps only the newest answer per field, cancels at the server.

#include "expressioncheckworker.h"

#include <QHash>
#include <QObject>
#include <QThread>

class ExpressionCheckController : public QObject
{
    Q_OBJECT
public:
    explicit ExpressionCheckController(const ConnectionUri &uri, QObject *parent = nullptr);
    ~ExpressionCheckController() override;

    DialectKind dialect() const { return m_dialect; }
    // Supersedes any pending check of the same field.
    quint64 check(const ExpressionJob &job);
    quint64 readSqliteSchema();
    bool isPending(const QString &field) const { return m_pending.contains(field); }

Q_SIGNALS:
    void checked(const QString &field, const QString &message, const QString &warning,
                 const QHash<QString, QChar> &volatility);
    void sqliteSchemaReady(const QList<SqliteSchemaObject> &objects);
    void failed(const QString &field, const QString &message);

private:
    DialectKind m_dialect;
    std::shared_ptr<Session> m_session;
    QThread *m_thread; // deletes itself once the worker has finished, even after we are gone
    ExpressionCheckWorker *m_worker;
    quint64 m_nextRequest = 0;
    QHash<QString, quint64> m_pending; // field -> newest request id
    quint64 m_schemaRequest = 0;
};
