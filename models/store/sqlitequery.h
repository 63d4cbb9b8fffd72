#pragma once
// One prepared sqlite3 statement on one of the app's own files (run journal, local store),
// finalized on scope exit. Every failing return code goes to the owner's handler, which throws
// the owner's own one-line error (it names the file and what to do).

#include <QString>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

class SqliteQuery
{
public:
    using FailureHandler = std::function<void(int code)>; // must throw

    SqliteQuery(sqlite3 *db, const char *sql, FailureHandler onFailure);
    ~SqliteQuery();
    SqliteQuery(const SqliteQuery &) = delete;
    SqliteQuery &operator=(const SqliteQuery &) = delete;

    SqliteQuery &bind(int index, const QString &value); // a null QString binds NULL
    SqliteQuery &bind(int index, qint64 value);
    SqliteQuery &bind(int index, double value);
    // True while a row is available.
    bool step();
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;

private:
    void check(int code) const;

    FailureHandler m_onFailure;
    sqlite3_stmt *m_statement = nullptr;
};
