#pragma once
// Rows generated on the fly for Session::copyRows: the synthetic staging load of a rehearsal.

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <string>
#include <vector>

struct CopyJob
{
    static constexpr int MaxColumns = 64; // libpqxx 6.4's stream_to takes fixed-size rows only

    QString quotedTable;       // "schema"."table"
    QStringList quotedColumns; // in the order fill() writes them
    qint64 rows = 0;
    // Fills values[i] for every column of row `row`; isNull[i] true for SQL NULL.
    std::function<void(qint64 row, std::vector<std::string> &values, std::vector<char> &isNull)>
        fill;
    std::function<void(qint64 rowsDone)> progress; // called every 16,384 rows and at the end
    const std::atomic<bool> *stop = nullptr;       // checked between rows; throws DbError(Canceled)
};
