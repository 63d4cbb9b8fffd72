#pragma once
// Reads what a rehearsal imitates from the source: the table's structure (through the catalog
// reader every front end uses), pg_stats per column and the row estimate. Read-only: it never
// writes to the source, not even an ANALYZE.

#include "tableprofile.h"

#include <QCoreApplication>

class PostgresSession;

class TableProfiler
{
    Q_DECLARE_TR_FUNCTIONS(TableProfiler)

public:
    // qualifiedTable: "schema.table" or a bare name (searched like the catalog does).
    // Throws DbError: BadInput for an unknown table or a table without statistics (the
    // message says to run ANALYZE on the source), a database error otherwise.
    // sampleWithoutStatistics: a table never analysed gets statistics estimated from a sample
    // (TABLESAMPLE, read only) instead of the refusal, and a note saying so.
    static TableProfile read(PostgresSession &source, const QString &schema, const QString &table,
                             bool sampleWithoutStatistics = false);
};
