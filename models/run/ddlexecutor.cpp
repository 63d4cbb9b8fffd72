#include "ddlexecutor.h"

#include "base/identifierrules.h"
#include "db/dberror.h"
#include "retrybackoff.h"
#include "runconnection.h"
#include "runcontrol.h"
#include "store/runjournal.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

namespace {

QString shortSql(const QString &sql)
{
    QString text = sql.simplified();
    return text.size() > 90 ? text.left(87) + QStringLiteral("...") : text;
}

} // namespace

DdlExecutor::DdlExecutor(RunEnvironment &env)
    : m_env(env), m_dialect(env.connection->dialect()),
      m_settings(m_dialect.ddlSettings(env.prepared->plan.backfill))
{
}

bool DdlExecutor::remember(const QString &setSql)
{
    static const QRegularExpression plainSet(
        QStringLiteral("^\\s*SET\\s+(?:SESSION\\s+)?([A-Za-z_.]+)\\s*(?:=|TO)\\s*(.+?)\\s*;?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = plainSet.match(setSql);
    if (!match.hasMatch())
        return false;
    m_settings.insert(match.captured(1).toLower(), match.captured(2));
    return true;
}

QString DdlExecutor::settingsSql() const
{
    QStringList parts;
    for (auto it = m_settings.begin(); it != m_settings.end(); ++it)
        parts << m_dialect.setSql(it.key(), it.value());
    return parts.join(QStringLiteral("; "));
}

QString DdlExecutor::invalidIndexName(const QString &sql) const
{
    static const QRegularExpression cic(
        QStringLiteral("^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+"
                       "EXISTS\\s+)?(\"(?:[^\"]|\"\")+\"|[^\\s(]+)\\s+ON\\s"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = cic.match(sql);
    if (!match.hasMatch())
        return {};
    QString name = match.captured(1);
    if (name.startsWith(u'"'))
        return name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return name.toLower();
}

bool DdlExecutor::indexIsInvalid(const QString &name)
{
    const CompileContext &ctx = m_env.prepared->context;
    const QueryResult result = m_env.connection->execute(
        BoundSql{QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = "
                                "i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                                " WHERE n.nspname = $1 AND c.relname = $2 AND NOT i.indisvalid"),
                 {ctx.schema, name}});
    return result.value(0, 0).toString() != u"0";
}

void DdlExecutor::dropInvalidIndex(const QString &phase, const QString &name, bool askFirst)
{
    const CompileContext &ctx = m_env.prepared->context;
    const QString qualified = quoteQualified(ctx.schema, name, DialectKind::PostgreSQL);
    const QString drop = QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1").arg(qualified);
    if (askFirst && !m_env.options.retryInvalidIndex) {
        RunGate gate;
        gate.kind = RunGate::DropInvalidIndex;
        gate.phase = phase;
        gate.question = DdlExecutor::tr("index %1 is INVALID (left by a failed CREATE INDEX "
                                        "CONCURRENTLY): drop it and build it again?")
                            .arg(qualified);
        gate.details << drop;
        if (!m_env.gate || !m_env.gate(gate))
            throw DbError(DbError::Kind::Query,
                          DdlExecutor::tr("index %1 is INVALID (a CREATE INDEX CONCURRENTLY "
                                          "failed): run again with --retry-invalid-index, "
                                          "or drop it yourself with %2")
                              .arg(qualified, drop));
    }
    RunEvent event;
    event.kind = RunEvent::Attempt;
    event.phase = phase;
    event.message = DdlExecutor::tr("index %1 is INVALID: dropping it (%2) to build it again")
                        .arg(qualified, drop);
    m_env.notify(event);
    Statement statement;
    statement.kind = Statement::Ddl;
    statement.sql = drop;
    statement.transactional = false;
    attemptLoop(phase, -1, statement, {});
}

QString DdlExecutor::lockHolders()
{
    try {
        return m_dialect.lockHolders(m_env.connection->session(), m_env.prepared->context);
    } catch (const DbError &) {
        return {};
    }
}

void DdlExecutor::journal(const QString &phase, int index, const QString &sql,
                          const QDateTime &start, double ms, qint64 rows, int attempts,
                          const QString &error, const QString &outcome)
{
    if (!m_env.journal)
        return;
    JournalStatement s;
    s.runId = m_env.runId;
    s.phase = phase;
    s.index = index;
    s.sql = sql;
    s.startedAt = start;
    s.durationMs = ms;
    s.rows = rows;
    s.attempts = attempts;
    s.error = error;
    s.outcome = outcome;
    m_env.journal->recordStatement(s);
}

qint64 DdlExecutor::run(const QString &phase, int index, const Statement &statement)
{
    if (m_env.options.dryRun) {
        RunEvent event;
        event.kind = RunEvent::DryRun;
        event.phase = phase;
        event.statement = index;
        event.sql = statement.sql;
        event.message = DdlExecutor::tr("would run: %1 (%2; lock: %3)")
                            .arg(shortSql(statement.sql), statement.purpose, statement.lock);
        m_env.notify(event);
        journal(phase, index, statement.sql, QDateTime::currentDateTimeUtc(), 0, -1, 0, {},
                QStringLiteral("dry-run"));
        return 0;
    }
    // An INVALID unique index still rejects duplicate writes of the application: it is always
    // dropped and built again; any other one only when the user agrees.
    const QString indexName = invalidIndexName(statement.sql);
    const bool unique =
        statement.sql.trimmed().startsWith(QStringLiteral("CREATE UNIQUE"), Qt::CaseInsensitive);
    if (!indexName.isEmpty() && indexIsInvalid(indexName))
        dropInvalidIndex(phase, indexName, !unique);
    return attemptLoop(phase, index, statement, indexName);
}

void DdlExecutor::undo(const QString &phase, const QString &sql)
{
    Statement statement;
    statement.kind = Statement::Ddl;
    statement.sql = sql;
    statement.purpose = DdlExecutor::tr("undo: %1").arg(shortSql(sql));
    statement.transactional = !sql.contains(QStringLiteral("CONCURRENTLY"), Qt::CaseInsensitive);
    m_undoing = true;
    try {
        attemptLoop(phase, -1, statement, {});
    } catch (...) {
        m_undoing = false;
        throw;
    }
    m_undoing = false;
}

// One statement's tries: what they all share, and the try under way.
struct DdlExecutor::Attempt
{
    QString phase;
    int index = -1;
    const Statement &statement;
    QString indexName;   // a CREATE INDEX CONCURRENTLY's index, else empty
    QDateTime started;   // of the first try
    QElapsedTimer total; // since the first try
    int number = 1;
    QElapsedTimer clock; // since this try began
};

// One try: skipped when skipIf says it is done already, else run under the settings; journaled
// and announced. Throws DbError.
qint64 DdlExecutor::execute(const Attempt &a)
{
    const Statement &statement = a.statement;
    if (!statement.skipIf.isEmpty()) {
        const QString done = m_env.connection->execute(statement.skipIf).value(0, 0).toString();
        if (!done.isEmpty() && done != u"0" && done != u"f" && done != u"false") {
            RunEvent event;
            event.kind = RunEvent::StatementSkipped;
            event.phase = a.phase;
            event.statement = a.index;
            event.sql = statement.sql;
            event.message = DdlExecutor::tr("already done: %1").arg(statement.purpose);
            m_env.notify(event);
            journal(a.phase, a.index, statement.sql, a.started, a.clock.elapsed(), 0, a.number, {},
                    QStringLiteral("skipped"));
            return 0;
        }
    }
    m_env.connection->execute(settingsSql());
    const QueryResult result = m_env.connection->execute(statement.sql);
    const double ms = a.clock.nsecsElapsed() / 1e6;
    journal(a.phase, a.index, statement.sql, a.started, ms, result.affectedRows, a.number, {},
            m_undoing ? QStringLiteral("undo") : QStringLiteral("done"));
    RunEvent event;
    event.kind = RunEvent::StatementDone;
    event.phase = a.phase;
    event.statement = a.index;
    event.sql = statement.sql;
    event.attempt = a.number;
    event.maxAttempts = m_env.options.maxAttempts;
    event.message =
        DdlExecutor::tr("%1 (%2 ms%3)")
            .arg(statement.purpose.isEmpty() ? shortSql(statement.sql) : statement.purpose)
            .arg(qRound64(ms))
            .arg(a.number > 1 ? DdlExecutor::tr(", attempt %1").arg(a.number) : QString());
    m_env.notify(event);
    return result.affectedRows;
}

// A lock timeout (lock) or a deadlock: journaled, announced, and waited out with backoff;
// RunAborted when the attempts or the time budget are spent, or the run is stopped meanwhile.
// ms: how long the failed try took.
void DdlExecutor::waitToRetry(const Attempt &a, const DbError &error, double ms, bool lock,
                              RetryBackoff &backoff)
{
    const Statement &statement = a.statement;
    const int maxAttempts = m_env.options.maxAttempts; // 0: the time budget alone decides
    // A failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind: IF NOT
    // EXISTS would then skip it silently, so it goes first.
    if (!a.indexName.isEmpty() && indexIsInvalid(a.indexName))
        dropInvalidIndex(a.phase, a.indexName,
                         !statement.sql.trimmed().startsWith(QStringLiteral("CREATE UNIQUE"),
                                                             Qt::CaseInsensitive));
    const int delay = backoff.delayMs(a.number);
    const QString why =
        lock ? DdlExecutor::tr("lock not available within %1 %2%3")
                   .arg(m_dialect.lockTimeoutSetting(),
                        m_settings.value(m_dialect.lockTimeoutSetting()), lockHolders())
             : DdlExecutor::tr("deadlock or serialization failure (%1)").arg(error.sqlState());
    journal(a.phase, a.index, statement.sql, QDateTime::currentDateTimeUtc(), ms, -1, a.number,
            singleLine(error.message()), QStringLiteral("retry"));
    if ((maxAttempts > 0 && a.number >= maxAttempts) ||
        a.total.elapsed() + delay > m_env.options.maxWaitMs) {
        throw RunAborted(DdlExecutor::tr("%1 statement %2 gave up after %3 attempts in %4 s: %5; "
                                         "the table was never blocked. "
                                         "Run again later (or end the blocking transaction)")
                             .arg(a.phase)
                             .arg(a.index + 1)
                             .arg(a.number)
                             .arg(a.total.elapsed() / 1000)
                             .arg(why));
    }
    RunEvent event;
    event.kind = RunEvent::Attempt;
    event.phase = a.phase;
    event.statement = a.index;
    event.sql = statement.sql;
    event.attempt = a.number;
    event.maxAttempts = maxAttempts;
    event.message =
        DdlExecutor::tr("attempt %1 of %2: %3; retrying in %4 ms (%5 s left "
                        "to retry)")
            .arg(maxAttempts > 0 ? QStringLiteral("%1/%2").arg(a.number).arg(maxAttempts)
                                 : QString::number(a.number))
            .arg(shortSql(statement.sql), why)
            .arg(delay)
            .arg((m_env.options.maxWaitMs - a.total.elapsed()) / 1000);
    m_env.notify(event);
    if (m_undoing && m_env.control->isAborted())
        QThread::msleep(delay);
    else if (!m_env.control->sleep(delay))
        throw RunAborted(
            DdlExecutor::tr("stopped while %1 statement %2 waited to retry; run again to resume")
                .arg(a.phase)
                .arg(a.index + 1));
}

// An error no retry cures: journaled and thrown as one line saying what to do. ms: how long
// the failed try took.
void DdlExecutor::throwFailure(const Attempt &a, const DbError &error, double ms)
{
    QString message = singleLine(error.message());
    if (error.kind() == DbError::Kind::Canceled)
        message += DdlExecutor::tr(" (%1 %2: raise backfill.statement_timeout_ms in the plan)")
                       .arg(m_dialect.statementTimeoutSetting(),
                            m_settings.value(m_dialect.statementTimeoutSetting()));
    else if (error.kind() == DbError::Kind::Privilege)
        message +=
            m_dialect.kind() == DialectKind::PostgreSQL
                ? DdlExecutor::tr(" (the role needs to own %1)").arg(m_env.prepared->context.qTable)
                : DdlExecutor::tr(" (the account needs ALTER on %1)")
                      .arg(m_env.prepared->context.qTable);
    if (!a.indexName.isEmpty()) {
        try {
            if (indexIsInvalid(a.indexName))
                message += DdlExecutor::tr("; it left the INVALID index %1: run again with "
                                           "--retry-invalid-index to drop and rebuild it")
                               .arg(a.indexName);
        } catch (const DbError &) {
        }
    }
    journal(a.phase, a.index, a.statement.sql, a.started, ms, -1, a.number, message,
            QStringLiteral("failed"));
    throw DbError(
        error.kind(),
        DdlExecutor::tr("%1 statement %2 failed: %3").arg(a.phase).arg(a.index + 1).arg(message),
        error.sqlState());
}

qint64 DdlExecutor::attemptLoop(const QString &phase, int index, const Statement &statement,
                                const QString &indexName)
{
    // Capped at 1 s: after the blocker ends, the statement lands within lock_timeout + 1 s.
    RetryBackoff backoff(200, 1000);
    Attempt a{phase, index, statement, indexName, {}, {}, 1, {}};
    a.total.start();
    a.started = QDateTime::currentDateTimeUtc();
    for (a.number = 1;; ++a.number) {
        if (!m_undoing) {
            m_env.control->throwIfAborted(
                DdlExecutor::tr("stopped before %1 statement %2; run again to resume")
                    .arg(phase)
                    .arg(index + 1));
            m_env.control->waitWhilePaused();
        }
        a.clock.start();
        try {
            return execute(a);
        } catch (const DbError &error) {
            const double ms = a.clock.nsecsElapsed() / 1e6;
            if (error.kind() == DbError::Kind::ConnectionLost) {
                m_env.connection->reconnect(phase, singleLine(error.message()),
                                            m_env.options.reconnectForMs);
                continue;
            }
            if (error.kind() == DbError::Kind::Canceled && m_env.control->isAborted() && !m_undoing)
                throw RunAborted(
                    DdlExecutor::tr(
                        "stopped during %1 statement %2 (canceled); run again to resume")
                        .arg(phase)
                        .arg(index + 1));
            const bool lock = m_dialect.isLockTimeout(error);
            if (lock || m_dialect.isConflict(error)) {
                waitToRetry(a, error, ms, lock, backoff);
                continue;
            }
            throwFailure(a, error, ms);
        }
    }
}
