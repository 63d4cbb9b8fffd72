// PostgresSession::copyRows: libpqxx 6.4's pqxx::stream_to in one transaction.

#include "dberror.h"
#include "postgressession.h"

#include <array>
#include <pqxx/pqxx>
#include <utility>

namespace {

// libpqxx 6.4's stream_to::operator<< accepts tuple-like rows only (std::tuple, std::array),
// not vectors: the column count must be a compile-time constant, so each count from 1 to
// CopyJob::MaxColumns gets its own instantiation, chosen at run time.
template <std::size_t N> void streamRows(pqxx::stream_to &stream, const CopyJob &job)
{
    const std::size_t columns = std::size_t(job.quotedColumns.size());
    std::vector<std::string> values(columns);
    std::vector<char> isNull(columns, 0);
    std::array<const char *, N> row{};
    for (qint64 r = 0; r < job.rows; ++r) {
        job.fill(r, values, isNull);
        for (std::size_t i = 0; i < N; ++i)
            row[i] = isNull[i] ? nullptr : values[i].c_str();
        stream << row;
        if ((r & 16383) == 16383) {
            if (job.stop && job.stop->load())
                throw DbError(DbError::Kind::Canceled, PostgresSession::tr("load stopped"));
            if (job.progress)
                job.progress(r + 1);
        }
    }
}

template <std::size_t... I>
void dispatch(std::size_t count, pqxx::stream_to &stream, const CopyJob &job,
              std::index_sequence<I...>)
{
    using Fn = void (*)(pqxx::stream_to &, const CopyJob &);
    static constexpr Fn table[] = {&streamRows<I + 1>...};
    table[count - 1](stream, job);
}

} // namespace

void PostgresSession::copyRows(const CopyJob &job)
{
    const std::size_t count = std::size_t(job.quotedColumns.size());
    if (count == 0 || count > std::size_t(CopyJob::MaxColumns))
        throw DbError(DbError::Kind::Unsupported,
                      PostgresSession::tr("the synthetic load handles 1 to %1 columns; %2 has %3")
                          .arg(CopyJob::MaxColumns)
                          .arg(job.quotedTable)
                          .arg(count));
    std::vector<std::string> columns;
    for (const QString &column : job.quotedColumns)
        columns.push_back(column.toStdString());
    try {
        pqxx::work work(connection());
        {
            pqxx::stream_to stream(work, job.quotedTable.toStdString(), columns);
            dispatch(count, stream, job, std::make_index_sequence<CopyJob::MaxColumns>{});
            stream.complete();
        }
        work.commit();
    } catch (const DbError &) {
        throw;
    } catch (const std::exception &error) {
        rethrowPostgresError(error, QStringLiteral("COPY into %1").arg(job.quotedTable), m_uri);
    }
    if (job.progress)
        job.progress(job.rows);
}
