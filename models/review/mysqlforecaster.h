#pragma once
// Forecasts a compiled MySQL/MariaDB script on the live server. The algorithm is asked of the
// server itself: every ALTER of the script is run, in order, on an empty copy of the table
// (CREATE TABLE ... LIKE, so engine, row format and indexes match), requesting INSTANT, then
// INPLACE with LOCK=NONE, then LOCK=SHARED, then COPY; the first the server accepts is the
// answer and each refusal keeps the server's reason. The real table is never altered. Then
// the metadata locks held on the table, open transactions and replication are read.

#include "mysqlforecast.h"
#include "sql/script.h"

#include <QCoreApplication>

class MysqlSession;
struct TableInfo;

class MysqlForecaster
{
    Q_DECLARE_TR_FUNCTIONS(MysqlForecaster)

public:
    // Throws DbError when the server cannot be read at all.
    static MysqlForecast forecast(MysqlSession &session, const Script &script,
                                  const TableInfo &table);
    // Sessions holding or waiting for a metadata lock on schema.table, and open transactions.
    static void readLocks(MysqlSession &session, const QString &schema, const QString &table,
                          MysqlForecast &out);
    static void readReplication(MysqlSession &session, MysqlForecast &out);
    // The ALGORITHM= of an ALTER TABLE statement, upper-case, or empty.
    static QString requestedAlgorithm(const QString &sql);
    // The statement with its ALGORITHM= (and LOCK=) clause replaced by these.
    static QString withAlgorithm(const QString &sql, const QString &algorithm, const QString &lock);
};
