#pragma once
// Streams generated rows into a table with COPY through libpqxx 6.4's pqxx::stream_to, in one
// transaction. The only file of models/rehearsal that speaks libpqxx for the load.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <string>
#include <vector>

class PostgresSession;

struct CopyJob
{
    QString quotedTable;       // "schema"."table"
    QStringList quotedColumns; // in the order fill() writes them
    qint64 rows = 0;
    // Fills values[i] for every column of row `row`; isNull[i] true for SQL NULL.
    std::function<void(qint64 row, std::vector<std::string> &values, std::vector<char> &isNull)>
        fill;
    std::function<void(qint64 rowsDone)> progress; // called every 16,384 rows and at the end
    const std::atomic<bool> *stop = nullptr;       // checked between rows; throws DbError(Canceled)
};

class CopyStream
{
    Q_DECLARE_TR_FUNCTIONS(CopyStream)

public:
    static constexpr int MaxColumns = 64; // std::array rows: stream_to 6.4 takes tuples only
    // Throws DbError (the transaction is rolled back: nothing is half-loaded).
    static void run(PostgresSession &session, const CopyJob &job);
};
