#pragma once
// Checks the designer's expressions on the server from its own thread and connection: each
// request names a field and carries an id; answers come back as queued signals.

#include "db/connectionuri.h"
#include "db/session.h"
#include "sql/compilecontext.h"

#include <QHash>
#include <QObject>
#include <memory>

// One expression to check: what the server must accept, over which table and column.
struct ExpressionJob
{
    QString field; // "default", "backfill", "check"
    QString expression;
    QString qTable;         // quoted, qualified
    QString qColumn;        // quoted new column
    QString type;           // the column's type (PostgreSQL)
    QString resultType;     // what the expression must yield; empty: the column's type
    QStringList functions;  // functions it calls, whose volatility is wanted
    QStringList keyColumns; // backfill on PostgreSQL: the table's key, to evaluate it on real rows
    // backfill on SQLite: count the rows whose value would not keep the column's type (a REAL
    // fraction in an INTEGER column)
    bool countRows = false;
};

class ExpressionCheckWorker : public QObject
{
    Q_OBJECT
public:
    explicit ExpressionCheckWorker(std::shared_ptr<Session> session);

    void check(quint64 requestId, const ExpressionJob &job);
    void readSqliteSchema(quint64 requestId);
    void close();

Q_SIGNALS:
    // message: empty when the server accepts the expression, else its own words, one line.
    // warning: accepted, but what it writes is not what the column's type suggests (one line).
    void checked(quint64 requestId, const QString &field, const QString &message,
                 const QString &warning, const QHash<QString, QChar> &volatility);
    void sqliteSchemaReady(quint64 requestId, const QList<SqliteSchemaObject> &objects);
    // The connection itself failed (not the expression).
    void failed(quint64 requestId, const QString &field, const QString &message);

private:
    bool ensureOpen(quint64 requestId, const QString &field);

    std::shared_ptr<Session> m_session;
};
