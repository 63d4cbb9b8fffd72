#pragma once
// Builds the synthetic staging copy of a source table: refuses a staging database that is the
// source (same cluster and database, however the URIs are written), a table already there
// (unless replacing), a load the staging disk cannot hold; creates the structure, streams the
// generated rows with COPY, then adds keys, constraints, indexes and foreign keys to generated
// parent rows (cheaper after the load, as pg_restore does), and ANALYZEs.

#include "tableprofile.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

class PostgresSession;

struct StagingLoad
{
    qint64 rows = 0;
    double loadMs = 0;        // COPY alone
    double buildMs = 0;       // keys, constraints, indexes, foreign keys, ANALYZE
    double rowsPerSecond = 0; // COPY rows per second
    qint64 estimatedBytes = 0;
    qint64 freeBytes = -1; // -1: unknown (remote staging server)
    QStringList notes;
};

class StagingBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StagingBuilder)

public:
    // Throws DbError(BadInput) when staging is the source database.
    static void refuseSameDatabase(PostgresSession &source, PostgresSession &staging);
    // Throws DbError(BadInput) when the table exists there.
    static bool tableExists(PostgresSession &staging, const QString &schema, const QString &table);
    // Bytes the copy will take; free bytes of the staging data directory when it is on this
    // machine (-1 otherwise). Throws DbError(BadInput) when the estimate does not fit.
    static void checkSpace(PostgresSession &staging, const TableProfile &profile, qint64 rows,
                           StagingLoad &load);

    // replace: drop an existing staging table first (else refuse). progress(rowsDone, rowsTotal).
    static StagingLoad build(PostgresSession &staging, const TableProfile &profile, qint64 rows,
                             bool replace, const std::function<void(qint64, qint64)> &progress = {},
                             const std::atomic<bool> *stop = nullptr, quint64 seed = 1);
};
