#pragma once
// The lock forecast and review notes of an SQLite script, read from the compiled script itself
// (the PostgreSQL parser does not read SQLite): SQLite locks the database file, not a table, so
// every statement that writes takes the one database write lock; a table rebuild copies every
// row while holding it.

#include "finding.h"
#include "liveimpact.h"
#include "sql/script.h"

#include <QCoreApplication>

struct SqliteForecast
{
    QList<StatementImpact> statements; // one per executed statement, numbered from 1
    QList<Finding> findings;           // lines as the rendered script has them
    QString summary;                   // what the locks mean for the application, one paragraph
};

class SqliteForecaster
{
    Q_DECLARE_TR_FUNCTIONS(SqliteForecaster)

public:
    // tableRows: the table's row count or estimate, -1 when unknown.
    static SqliteForecast forecast(const Script &script, qint64 tableRows = -1);
    // The forecast of one statement on its own.
    static StatementForecast forecastStatement(const Statement &statement, const QString &table);
};
