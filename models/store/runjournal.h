#pragma once
// The local record of every run (SQLite, numbered migrations in PRAGMA user_version): who ran
// what where, each statement with its timing and attempts, and after every committed backfill
// batch a durable checkpoint (synchronous=FULL, its own transaction) that a later run resumes
// from. Never holds a password: targets are recorded as ConnectionUri::display().

#include "journalrecords.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <stdexcept>

struct sqlite3;

// A journal that cannot be opened or written (disk full, read-only, damaged): one line.
class RunJournalError : public std::runtime_error
{
public:
    explicit RunJournalError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

class RunJournal
{
    Q_DECLARE_TR_FUNCTIONS(RunJournal)

public:
    static int currentSchemaVersion();
    // <AppDataLocation>/journal.sqlite
    static QString defaultPath();

    RunJournal() = default;
    ~RunJournal();
    RunJournal(const RunJournal &) = delete;
    RunJournal &operator=(const RunJournal &) = delete;

    // Creates or migrates; throws RunJournalError (a newer or foreign file is left untouched).
    void open(const QString &path = defaultPath());
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // --- writing (each call its own durable transaction); throw RunJournalError
    qint64 beginRun(const JournalRun &run);
    void endRun(qint64 runId, const QString &outcome, const QString &message);
    void recordPhase(qint64 runId, const QString &phase, const QString &phaseSha256,
                     const QString &outcome);
    qint64 recordStatement(const JournalStatement &statement);
    void recordEvent(const JournalEvent &event);
    // The batch's statement row and the checkpoint in one transaction: both or neither.
    void recordBatch(const JournalStatement &batch, const RunCheckpoint &checkpoint);

    // --- reading
    std::optional<JournalRun> run(qint64 runId) const;
    QList<JournalRun> runs() const; // newest first
    QList<JournalStatement> statements(qint64 runId) const;
    QList<JournalEvent> events(qint64 runId) const;
    std::optional<RunCheckpoint> checkpoint(qint64 runId) const;
    // The newest checkpoint for this target/table/column and backfill phase, from any run; its
    // tableIdentity tells whether it belongs to the table as it is now.
    std::optional<RunCheckpoint> latestCheckpoint(const QString &target, const QString &table,
                                                  const QString &column,
                                                  const QString &phaseSha256) const;
    // Whether some run completed this phase (same SQL) on this target/table/column, on the same
    // incarnation of the table (RunDialect::tableIdentity; an empty identity never matches).
    bool phaseDone(const QString &target, const QString &tableIdentity, const QString &table,
                   const QString &column, const QString &phase, const QString &phaseSha256) const;

    // Tests: cap the file at `pages` pages, so the next growth fails exactly like a full disk.
    void limitPagesForTesting(int pages);

private:
    void exec(const char *sql) const;
    void requireOpen() const;

    sqlite3 *m_db = nullptr;
    QString m_path;
};
