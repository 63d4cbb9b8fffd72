#include "sqlitequery.h"

#include <sqlite3.h>
#include <stdexcept>

SqliteQuery::SqliteQuery(sqlite3 *db, const char *sql, FailureHandler onFailure)
    : m_onFailure(std::move(onFailure))
{
    check(sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr));
}

SqliteQuery::~SqliteQuery()
{
    sqlite3_finalize(m_statement);
}

SqliteQuery &SqliteQuery::bind(int index, const QString &value)
{
    if (value.isNull()) {
        check(sqlite3_bind_null(m_statement, index));
    } else {
        const QByteArray utf8 = value.toUtf8();
        check(sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                                SQLITE_TRANSIENT));
    }
    return *this;
}

SqliteQuery &SqliteQuery::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

SqliteQuery &SqliteQuery::bind(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index, value));
    return *this;
}

bool SqliteQuery::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    check(code);
    return false;
}

QString SqliteQuery::text(int column) const
{
    const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return value ? QString::fromUtf8(value) : QString();
}

qint64 SqliteQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteQuery::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

void SqliteQuery::check(int code) const
{
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return;
    m_onFailure(code);
    throw std::logic_error("SqliteQuery: the failure handler returned"); // never reached
}
