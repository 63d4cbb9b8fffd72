#include "runjournal.h"

#include "sqlitequery.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <functional>
#include <sqlite3.h>

namespace {

constexpr int ApplicationId = 0x43504a4e; // "CPJN"

QString stamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStamp(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString reasonOf(int code, sqlite3 *db)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return RunJournal::tr("the disk is full");
    case SQLITE_READONLY:
        return RunJournal::tr("the file or its folder is read-only");
    case SQLITE_CANTOPEN:
        return RunJournal::tr("the file cannot be opened");
    case SQLITE_NOTADB:
        return RunJournal::tr("the file is not an SQLite database");
    case SQLITE_CORRUPT:
        return RunJournal::tr("the file is damaged");
    case SQLITE_IOERR:
        return RunJournal::tr("an I/O error (%1)")
            .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
    default:
        return QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    }
}

[[noreturn]] void fail(const QString &path, int code, sqlite3 *db)
{
    throw RunJournalError(RunJournal::tr("run journal %1: cannot write: %2")
                              .arg(QDir::toNativeSeparators(path), reasonOf(code, db)));
}

// One prepared statement of the journal; failures name the journal file.
class JournalQuery : public SqliteQuery
{
public:
    JournalQuery(sqlite3 *db, const char *sql, const QString &path)
        : SqliteQuery(db, sql, [db, path](int code) { fail(path, code, db); })
    {
    }
};

struct JournalMigration
{
    int version;
    const char *sql;
};

const QList<JournalMigration> &journalMigrations()
{
    static const QList<JournalMigration> steps = {
        // 1: runs, phases, statements (batches included), events, one checkpoint per run.
        {1,
         "CREATE TABLE runs (id INTEGER PRIMARY KEY, who TEXT NOT NULL, target TEXT NOT NULL,"
         " server_version TEXT NOT NULL, plan_path TEXT NOT NULL, script_sha256 TEXT NOT NULL,"
         " table_name TEXT NOT NULL, column_name TEXT NOT NULL, dry_run INTEGER NOT NULL,"
         " started_at TEXT NOT NULL, ended_at TEXT, outcome TEXT, message TEXT);"
         "CREATE TABLE phases (run_id INTEGER NOT NULL REFERENCES runs (id), phase TEXT NOT NULL,"
         " phase_sha256 TEXT NOT NULL, outcome TEXT NOT NULL, at TEXT NOT NULL);"
         "CREATE INDEX phases_by_run ON phases (run_id);"
         "CREATE TABLE statements (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs "
         "(id),"
         " phase TEXT NOT NULL, statement_index INTEGER NOT NULL, sql TEXT NOT NULL, started_at "
         "TEXT NOT NULL,"
         " duration_ms REAL NOT NULL, rows INTEGER, attempts INTEGER NOT NULL, error TEXT, outcome "
         "TEXT NOT NULL);"
         "CREATE INDEX statements_by_run ON statements (run_id, id);"
         "CREATE TABLE events (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs "
         "(id), at TEXT NOT NULL,"
         " kind TEXT NOT NULL, phase TEXT, message TEXT NOT NULL);"
         "CREATE INDEX events_by_run ON events (run_id, id);"
         "CREATE TABLE checkpoints (run_id INTEGER PRIMARY KEY REFERENCES runs (id), phase_sha256 "
         "TEXT NOT NULL,"
         " last_key TEXT NOT NULL, rows_done INTEGER NOT NULL, rows_updated INTEGER NOT NULL,"
         " batch_rows INTEGER NOT NULL, written_at TEXT NOT NULL);"
         "CREATE INDEX runs_by_target ON runs (target, table_name, column_name);"},
        // 2: the incarnation of the table a run worked on (cluster, database, table identity):
        // a checkpoint or a finished phase never carries over to a table dropped and created
        // again under the same name. Runs journaled before this step have none and match nothing.
        {2, "ALTER TABLE runs ADD COLUMN table_identity TEXT NOT NULL DEFAULT '';"},
    };
    return steps;
}

QString keyToText(const QStringList &key)
{
    // A JSON array of strings keeps every character of every key column.
    QStringList quoted;
    for (QString part : key) {
        part.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        part.replace(u'\n', QStringLiteral("\\n"))
            .replace(u'\r', QStringLiteral("\\r"))
            .replace(u'\t', QStringLiteral("\\t"));
        quoted << u'"' + part + u'"';
    }
    return u'[' + quoted.join(u',') + u']';
}

QStringList keyFromText(const QString &text)
{
    QStringList key;
    QString current;
    bool inString = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!inString) {
            if (c == u'"') {
                inString = true;
                current.clear();
            }
            continue;
        }
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            current += next == u'n'   ? QChar(u'\n')
                       : next == u'r' ? QChar(u'\r')
                       : next == u't' ? QChar(u'\t')
                                      : next;
        } else if (c == u'"') {
            inString = false;
            key << current;
        } else {
            current += c;
        }
    }
    return key;
}

JournalRun readRun(const JournalQuery &q)
{
    JournalRun run;
    run.id = q.integer(0);
    run.who = q.text(1);
    run.target = q.text(2);
    run.serverVersion = q.text(3);
    run.planPath = q.text(4);
    run.scriptSha256 = q.text(5);
    run.table = q.text(6);
    run.column = q.text(7);
    run.dryRun = q.integer(8) != 0;
    run.startedAt = fromStamp(q.text(9));
    run.endedAt = fromStamp(q.text(10));
    run.outcome = q.text(11);
    run.tableIdentity = q.text(13);
    run.message = q.text(12);
    return run;
}

constexpr const char *RunColumns =
    "SELECT id, who, target, server_version, plan_path, script_sha256, table_name, column_name,"
    " dry_run, started_at, ended_at, outcome, message, table_identity FROM runs ";

} // namespace

int RunJournal::currentSchemaVersion()
{
    return journalMigrations().constLast().version;
}

QString RunJournal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.sqlite"));
}

RunJournal::~RunJournal()
{
    close();
}

void RunJournal::exec(const char *sql) const
{
    char *error = nullptr;
    const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    sqlite3_free(error);
    if (code != SQLITE_OK)
        fail(m_path, code, m_db);
}

void RunJournal::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw RunJournalError(RunJournal::tr("run journal %1: cannot create the folder %2")
                                  .arg(QDir::toNativeSeparators(path),
                                       QDir::toNativeSeparators(info.absolutePath())));
    const int code = sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (code != SQLITE_OK) {
        const QString reason = reasonOf(code, m_db);
        close();
        throw RunJournalError(RunJournal::tr("run journal %1: cannot open: %2")
                                  .arg(QDir::toNativeSeparators(path), reason));
    }
    try {
        sqlite3_busy_timeout(m_db, 5000);
        // Read first: a file that is not ours, or is newer, is left exactly as it was.
        int version = 0, application = 0, tables = 0;
        {
            JournalQuery q(m_db, "PRAGMA user_version", m_path);
            if (q.step())
                version = int(q.integer(0));
        }
        {
            JournalQuery q(m_db, "PRAGMA application_id", m_path);
            if (q.step())
                application = int(q.integer(0));
        }
        {
            JournalQuery q(m_db, "SELECT count(*) FROM sqlite_schema", m_path);
            if (q.step())
                tables = int(q.integer(0));
        }
        if (application != ApplicationId && (application != 0 || tables > 0))
            throw RunJournalError(RunJournal::tr("run journal %1: the file is not a Column Planner "
                                                 "journal; give another --journal path")
                                      .arg(QDir::toNativeSeparators(path)));
        if (version > currentSchemaVersion())
            throw RunJournalError(RunJournal::tr("run journal %1: written by a newer Column "
                                                 "Planner (schema %2, this build knows %3)")
                                      .arg(QDir::toNativeSeparators(path))
                                      .arg(version)
                                      .arg(currentSchemaVersion()));
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA foreign_keys = ON");
        for (const JournalMigration &step : journalMigrations()) {
            if (step.version <= version)
                continue;
            exec("BEGIN IMMEDIATE");
            try {
                exec(step.sql);
                exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2")
                         .arg(ApplicationId)
                         .arg(step.version)
                         .toUtf8()
                         .constData());
                exec("COMMIT");
            } catch (...) {
                sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
                throw;
            }
        }
    } catch (const RunJournalError &error) {
        close();
        // "cannot write" reads oddly for a refused file; keep the reason.
        const QString shownPath = QDir::toNativeSeparators(path);
        throw RunJournalError(
            QString(error.message())
                .replace(
                    RunJournal::tr("run journal %1: cannot write: %2").arg(shownPath, QString()),
                    RunJournal::tr("run journal %1: cannot open: %2").arg(shownPath, QString())));
    }
}

void RunJournal::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void RunJournal::requireOpen() const
{
    if (!m_db)
        throw RunJournalError(RunJournal::tr("run journal is not open"));
}

int RunJournal::schemaVersion() const
{
    requireOpen();
    JournalQuery q(m_db, "PRAGMA user_version", m_path);
    return q.step() ? int(q.integer(0)) : 0;
}

qint64 RunJournal::beginRun(const JournalRun &run)
{
    requireOpen();
    JournalQuery q(m_db,
                   "INSERT INTO runs (who, target, server_version, plan_path, script_sha256, "
                   "table_name, column_name, dry_run, started_at,"
                   " table_identity) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                   m_path);
    // NOT NULL columns: an unknown value is recorded as an empty text, never as NULL.
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    q.bind(1, text(run.who))
        .bind(2, text(run.target))
        .bind(3, text(run.serverVersion))
        .bind(4, text(run.planPath))
        .bind(5, text(run.scriptSha256));
    q.bind(6, text(run.table)).bind(7, text(run.column)).bind(8, qint64(run.dryRun ? 1 : 0));
    q.bind(9, stamp(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()));
    q.bind(10, text(run.tableIdentity));
    q.step();
    return sqlite3_last_insert_rowid(m_db);
}

void RunJournal::endRun(qint64 runId, const QString &outcome, const QString &message)
{
    requireOpen();
    JournalQuery q(m_db, "UPDATE runs SET ended_at = ?1, outcome = ?2, message = ?3 WHERE id = ?4",
                   m_path);
    q.bind(1, stamp(QDateTime::currentDateTimeUtc()))
        .bind(2, outcome)
        .bind(3, message)
        .bind(4, runId);
    q.step();
}

void RunJournal::recordPhase(qint64 runId, const QString &phase, const QString &phaseSha256,
                             const QString &outcome)
{
    requireOpen();
    JournalQuery q(
        m_db,
        "INSERT INTO phases (run_id, phase, phase_sha256, outcome, at) VALUES (?1, ?2, ?3, ?4, ?5)",
        m_path);
    q.bind(1, runId)
        .bind(2, phase)
        .bind(3, phaseSha256)
        .bind(4, outcome)
        .bind(5, stamp(QDateTime::currentDateTimeUtc()));
    q.step();
}

namespace {
void insertStatement(sqlite3 *db, const QString &path, const JournalStatement &s)
{
    JournalQuery q(db,
                   "INSERT INTO statements (run_id, phase, statement_index, sql, started_at, "
                   "duration_ms, rows, attempts, error, outcome)"
                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                   path);
    q.bind(1, s.runId).bind(2, s.phase).bind(3, qint64(s.index)).bind(4, s.sql);
    q.bind(5, stamp(s.startedAt.isValid() ? s.startedAt : QDateTime::currentDateTimeUtc()))
        .bind(6, s.durationMs);
    q.bind(7, s.rows)
        .bind(8, qint64(s.attempts))
        .bind(9, s.error.isEmpty() ? QString() : s.error)
        .bind(10, s.outcome);
    q.step();
}
} // namespace

qint64 RunJournal::recordStatement(const JournalStatement &statement)
{
    requireOpen();
    insertStatement(m_db, m_path, statement);
    return sqlite3_last_insert_rowid(m_db);
}

void RunJournal::recordEvent(const JournalEvent &event)
{
    requireOpen();
    JournalQuery q(
        m_db, "INSERT INTO events (run_id, at, kind, phase, message) VALUES (?1, ?2, ?3, ?4, ?5)",
        m_path);
    q.bind(1, event.runId)
        .bind(2, stamp(event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc()));
    q.bind(3, event.kind).bind(4, event.phase).bind(5, event.message);
    q.step();
}

void RunJournal::recordBatch(const JournalStatement &batch, const RunCheckpoint &checkpoint)
{
    requireOpen();
    exec("BEGIN IMMEDIATE");
    try {
        insertStatement(m_db, m_path, batch);
        JournalQuery q(m_db,
                       "INSERT INTO checkpoints (run_id, phase_sha256, last_key, rows_done, "
                       "rows_updated, batch_rows, written_at)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (run_id) DO UPDATE SET "
                       "phase_sha256 = excluded.phase_sha256,"
                       " last_key = excluded.last_key, rows_done = excluded.rows_done, "
                       "rows_updated = excluded.rows_updated,"
                       " batch_rows = excluded.batch_rows, written_at = excluded.written_at",
                       m_path);
        q.bind(1, checkpoint.runId)
            .bind(2, checkpoint.phaseSha256)
            .bind(3, keyToText(checkpoint.lastKey));
        q.bind(4, checkpoint.rowsDone)
            .bind(5, checkpoint.rowsUpdated)
            .bind(6, qint64(checkpoint.batchRows));
        q.bind(7, stamp(QDateTime::currentDateTimeUtc()));
        q.step();
        exec("COMMIT");
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

std::optional<JournalRun> RunJournal::run(qint64 runId) const
{
    requireOpen();
    JournalQuery q(m_db, (QByteArray(RunColumns) + "WHERE id = ?1").constData(), m_path);
    q.bind(1, runId);
    if (!q.step())
        return std::nullopt;
    return readRun(q);
}

QList<JournalRun> RunJournal::runs() const
{
    requireOpen();
    QList<JournalRun> result;
    JournalQuery q(m_db, (QByteArray(RunColumns) + "ORDER BY id DESC").constData(), m_path);
    while (q.step())
        result << readRun(q);
    return result;
}

QList<JournalStatement> RunJournal::statements(qint64 runId) const
{
    requireOpen();
    QList<JournalStatement> result;
    JournalQuery q(m_db,
                   "SELECT id, run_id, phase, statement_index, sql, started_at, duration_ms, rows, "
                   "attempts, error, outcome"
                   " FROM statements WHERE run_id = ?1 ORDER BY id",
                   m_path);
    q.bind(1, runId);
    while (q.step()) {
        JournalStatement s;
        s.id = q.integer(0);
        s.runId = q.integer(1);
        s.phase = q.text(2);
        s.index = int(q.integer(3));
        s.sql = q.text(4);
        s.startedAt = fromStamp(q.text(5));
        s.durationMs = q.real(6);
        s.rows = q.integer(7);
        s.attempts = int(q.integer(8));
        s.error = q.text(9);
        s.outcome = q.text(10);
        result << s;
    }
    return result;
}

QList<JournalEvent> RunJournal::events(qint64 runId) const
{
    requireOpen();
    QList<JournalEvent> result;
    JournalQuery q(
        m_db, "SELECT run_id, at, kind, phase, message FROM events WHERE run_id = ?1 ORDER BY id",
        m_path);
    q.bind(1, runId);
    while (q.step())
        result << JournalEvent{q.integer(0), fromStamp(q.text(1)), q.text(2), q.text(3), q.text(4)};
    return result;
}

namespace {
RunCheckpoint readCheckpoint(const JournalQuery &q)
{
    RunCheckpoint c;
    c.runId = q.integer(0);
    c.phaseSha256 = q.text(1);
    c.lastKey = keyFromText(q.text(2));
    c.rowsDone = q.integer(3);
    c.rowsUpdated = q.integer(4);
    c.batchRows = int(q.integer(5));
    c.writtenAt = fromStamp(q.text(6));
    c.tableIdentity = q.text(7);
    return c;
}
} // namespace

std::optional<RunCheckpoint> RunJournal::checkpoint(qint64 runId) const
{
    requireOpen();
    JournalQuery q(m_db,
                   "SELECT run_id, phase_sha256, last_key, rows_done, rows_updated, batch_rows, "
                   "written_at FROM checkpoints WHERE run_id = ?1",
                   m_path);
    q.bind(1, runId);
    if (!q.step())
        return std::nullopt;
    return readCheckpoint(q);
}

std::optional<RunCheckpoint> RunJournal::latestCheckpoint(const QString &target,
                                                          const QString &table,
                                                          const QString &column,
                                                          const QString &phaseSha256) const
{
    requireOpen();
    JournalQuery q(m_db,
                   "SELECT c.run_id, c.phase_sha256, c.last_key, c.rows_done, c.rows_updated, "
                   "c.batch_rows, c.written_at, r.table_identity"
                   " FROM checkpoints c JOIN runs r ON r.id = c.run_id"
                   " WHERE r.target = ?1 AND r.table_name = ?2 AND r.column_name = ?3 AND "
                   "c.phase_sha256 = ?4 AND r.dry_run = 0"
                   " ORDER BY c.written_at DESC, c.run_id DESC LIMIT 1",
                   m_path);
    q.bind(1, target).bind(2, table).bind(3, column).bind(4, phaseSha256);
    if (!q.step())
        return std::nullopt;
    return readCheckpoint(q);
}

bool RunJournal::phaseDone(const QString &target, const QString &tableIdentity,
                           const QString &table, const QString &column, const QString &phase,
                           const QString &phaseSha256) const
{
    requireOpen();
    JournalQuery q(m_db,
                   "SELECT count(*) FROM phases p JOIN runs r ON r.id = p.run_id"
                   " WHERE r.target = ?1 AND r.table_name = ?2 AND r.column_name = ?3 AND p.phase "
                   "= ?4 AND p.phase_sha256 = ?5"
                   " AND p.outcome = 'done' AND r.dry_run = 0 AND r.table_identity = ?6 AND "
                   "r.table_identity <> ''",
                   m_path);
    q.bind(1, target)
        .bind(2, table)
        .bind(3, column)
        .bind(4, phase)
        .bind(5, phaseSha256)
        .bind(6, tableIdentity);
    return q.step() && q.integer(0) > 0;
}

void RunJournal::limitPagesForTesting(int pages)
{
    requireOpen();
    exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages).toUtf8().constData());
}
