#pragma once
// Validates the result of a plan on a live database: table row count, rows still to backfill,
// rows whose stored value differs from the backfill expression (walked in keyset chunks, so no
// long snapshot), constraints validated, indexes valid, default and NOT NULL in place, and the
// plan's own checks (the compiled verify phase).

#include "preparedrun.h"
#include "runcheckresult.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <memory>

class RunDialect;
class Session;

class CheckRunner
{
    Q_DECLARE_TR_FUNCTIONS(CheckRunner)

public:
    // Throws DbError(Unsupported) for a server without run support.
    CheckRunner(Session &session, const PreparedRun &prepared);
    ~CheckRunner();

    // Every check; each result is also passed to `each` as soon as it is known.
    QList<RunCheckResult> runAll(const std::function<void(const RunCheckResult &)> &each = {});
    // Rows whose value differs from the backfill expression, counted chunk by chunk.
    qint64 countMismatches(int chunkRows = 100000);
    qint64 rowCount();

    static bool allPassed(const QList<RunCheckResult> &results);

private:
    // parameters: bound to the query's $1..$n (built-in catalog checks; a plan's check has none).
    RunCheckResult scalar(const QString &name, const QString &sql, const QString &expected,
                          const QStringList &parameters = {});
    // Why `sql` is not one query (more after a ";", an unterminated string), or empty.
    QString notOneQuery(const QString &sql) const;
    void addPostgresCatalogChecks(const std::function<void(const RunCheckResult &)> &add);
    void addMysqlCatalogChecks(const std::function<void(const RunCheckResult &)> &add);

    Session &m_session;
    const PreparedRun &m_prepared;
    std::unique_ptr<RunDialect> m_dialect;
};
