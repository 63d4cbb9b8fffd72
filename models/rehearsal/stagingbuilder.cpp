#include "stagingbuilder.h"

#include "base/identifierrules.h"
#include "columngenerator.h"
#include "db/dberror.h"
#include "db/postgressession.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <memory>
#include <sys/statvfs.h>

namespace {

QString q(const QString &name)
{
    return quoteIdentifier(name, DialectKind::PostgreSQL);
}

QString lit(const QString &text)
{
    return quoteLiteral(text, DialectKind::PostgreSQL);
}

bool isLocalHost(const ConnectionUri &uri)
{
    const QString host = uri.option(QStringLiteral("host"));
    return host.isEmpty() || host.startsWith(u'/') || host == u"localhost" ||
           host == u"127.0.0.1" || host == u"::1";
}

// The sequence a serial column's default draws from: nextval('name'::regclass).
QString sequenceOf(const QString &defaultExpr)
{
    static const QRegularExpression pattern(
        QStringLiteral("nextval\\('((?:[^']|'')+)'::regclass\\)"));
    const QRegularExpressionMatch match = pattern.match(defaultExpr);
    return match.hasMatch() ? match.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"))
                            : QString();
}

bool singleColumnUnique(const TableInfo &table, const QString &column)
{
    for (const ConstraintInfo &constraint : table.constraints)
        if ((constraint.kind == u"primary_key" || constraint.kind == u"unique") &&
            constraint.columns == QStringList{column})
            return true;
    for (const IndexInfo &index : table.indexes)
        if (index.unique && index.predicate.isEmpty() && index.columns == QStringList{column})
            return true;
    return false;
}

} // namespace

void StagingBuilder::refuseSameDatabase(PostgresSession &source, PostgresSession &staging)
{
    // The cluster's system identifier and the database name: two URIs that differ in text
    // (host name vs address, socket vs TCP, extra options) can still reach the same database.
    const QString identity = QStringLiteral(
        "SELECT (SELECT system_identifier FROM pg_control_system())::text, current_database()");
    const QueryResult a = source.execute(identity);
    const QueryResult b = staging.execute(identity);
    if (a.value(0, 0) == b.value(0, 0) && a.value(0, 1) == b.value(0, 1))
        throw DbError(
            DbError::Kind::BadInput,
            QStringLiteral(
                "--staging %1 is the source database itself (same cluster, database \"%2\"): "
                "a rehearsal never writes into the source; give a separate staging database")
                .arg(staging.uri().display(), a.value(0, 1).toString()));
}

bool StagingBuilder::tableExists(PostgresSession &staging, const QString &schema,
                                 const QString &table)
{
    return staging
               .execute(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"),
                        {quoteQualified(schema, table, DialectKind::PostgreSQL)})
               .value(0, 0)
               .toString() == u"t";
}

void StagingBuilder::checkSpace(PostgresSession &staging, const TableProfile &profile, qint64 rows,
                                StagingLoad &load)
{
    qint64 perRow = profile.bytesPerRow;
    if (perRow <= 0) {
        perRow = 28; // tuple header and line pointer
        for (const ColumnStats &stats : profile.stats)
            perRow += std::max(stats.avgWidth, 8);
        perRow = perRow * 3 / 2; // indexes
    }
    // Heap and indexes, plus the WAL the load writes (about the same again) before a checkpoint.
    const long double estimate =
        static_cast<long double>(perRow) * static_cast<long double>(rows) * 2.2L;
    load.estimatedBytes = estimate > 9e18L ? qint64(9e18) : qint64(estimate);
    load.freeBytes = -1;
    if (!isLocalHost(staging.uri())) {
        load.notes << StagingBuilder::tr("staging is on another machine: its free disk space is "
                                         "unknown; the load needs about %1 MB")
                          .arg(load.estimatedBytes / 1048576);
        return;
    }
    QString directory;
    try {
        directory = staging.execute(QStringLiteral("SELECT current_setting('data_directory')"))
                        .value(0, 0)
                        .toString();
    } catch (const DbError &) {
        // Needs pg_read_all_settings: without it the space is not checked, and the report says so.
    }
    struct statvfs fs = {};
    if (directory.isEmpty() || ::statvfs(directory.toLocal8Bit().constData(), &fs) != 0) {
        load.notes << StagingBuilder::tr(
                          "free disk space of the staging server unknown "
                          "(data_directory not readable); the load needs about %1 MB")
                          .arg(load.estimatedBytes / 1048576);
        return;
    }
    load.freeBytes = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    if (estimate > static_cast<long double>(load.freeBytes))
        throw DbError(
            DbError::Kind::BadInput,
            StagingBuilder::tr(
                "%L1 rows need about %L2 MB on the staging server but only %L3 MB are free there: "
                "pass a smaller --rows")
                .arg(rows)
                .arg(double(estimate / 1048576.0L), 0, 'f', 0)
                .arg(load.freeBytes / 1048576));
}

StagingLoad StagingBuilder::build(PostgresSession &staging, const TableProfile &profile,
                                  qint64 rows, bool replace,
                                  const std::function<void(qint64, qint64)> &progress,
                                  const std::atomic<bool> *stop, quint64 seed)
{
    StagingLoad load;
    load.rows = rows;
    const TableInfo &table = profile.table;
    const QString qualified = quoteQualified(table.schema, table.name, DialectKind::PostgreSQL);
    // Every refusal before anything is dropped or created.
    const bool exists = tableExists(staging, table.schema, table.name);
    if (exists && !replace)
        throw DbError(DbError::Kind::BadInput,
                      StagingBuilder::tr("table %1 already exists in the staging database %2: pass "
                                         "--replace to drop and rebuild it")
                          .arg(qualified, staging.uri().display()));
    checkSpace(staging, profile, rows, load);
    if (exists)
        staging.execute(QStringLiteral("DROP TABLE %1 CASCADE").arg(qualified));

    // Structure first, without keys or indexes: COPY into a bare heap is the fastest load.
    QStringList columnSql;
    QStringList copyColumns;
    QList<int> copyIndexes;
    QStringList sequences;
    for (int i = 0; i < table.columns.size(); ++i) {
        const ColumnInfo &column = table.columns.at(i);
        QString sql = q(column.name) + u' ' + column.type;
        if (!column.generated.isEmpty()) {
            sql += QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(column.generated);
        } else {
            if (!column.identity.isEmpty())
                sql += QStringLiteral(" GENERATED %1 AS IDENTITY").arg(column.identity.toUpper());
            else if (!column.defaultExpr.isEmpty()) {
                const QString sequence = sequenceOf(column.defaultExpr);
                if (!sequence.isEmpty()) {
                    staging.execute(
                        QStringLiteral("CREATE SEQUENCE IF NOT EXISTS %1").arg(sequence));
                    sequences << QStringLiteral(
                                     "SELECT setval(%1, greatest(1, (SELECT max(%2) FROM %3)))")
                                     .arg(lit(sequence), q(column.name), qualified);
                }
                sql += QStringLiteral(" DEFAULT ") + column.defaultExpr;
            }
            copyColumns << q(column.name);
            copyIndexes << i;
        }
        if (!column.nullable)
            sql += QStringLiteral(" NOT NULL");
        columnSql << sql;
        if (!column.identity.isEmpty())
            sequences << QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, %2), greatest(1, "
                                        "(SELECT max(%3) FROM %4)))")
                             .arg(lit(qualified), lit(column.name), q(column.name), qualified);
    }
    staging.execute(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(q(table.schema)));
    staging.execute(QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                        .arg(qualified, columnSql.join(QStringLiteral(",\n    "))));

    std::vector<std::unique_ptr<ColumnGenerator>> generators;
    for (int index : std::as_const(copyIndexes)) {
        const ColumnInfo &column = table.columns.at(index);
        const ColumnStats *stats = profile.statsFor(column.name);
        const ColumnStats none;
        generators.push_back(std::make_unique<ColumnGenerator>(
            column, stats ? *stats : none, rows, singleColumnUnique(table, column.name),
            seed * 1000003ULL + quint64(index)));
        for (const QString &note : generators.back()->notes())
            load.notes << QStringLiteral("column %1: %2").arg(column.name, note);
    }

    CopyJob job;
    job.quotedTable = qualified;
    job.quotedColumns = copyColumns;
    job.rows = rows;
    job.stop = stop;
    job.fill = [&generators](qint64 row, std::vector<std::string> &values,
                             std::vector<char> &isNull) {
        for (size_t i = 0; i < generators.size(); ++i)
            isNull[i] = !generators[i]->value(row, values[i]);
    };
    if (progress)
        job.progress = [&](qint64 done) { progress(done, rows); };
    QElapsedTimer clock;
    clock.start();
    staging.copyRows(job);
    load.loadMs = double(clock.nsecsElapsed()) / 1e6;
    load.rowsPerSecond = load.loadMs > 0 ? double(rows) * 1000.0 / load.loadMs : 0;

    clock.restart();
    QSet<QString> constraintIndexes;
    for (const ConstraintInfo &constraint : table.constraints) {
        if (constraint.kind == u"foreign_key")
            continue;
        constraintIndexes.insert(constraint.name);
        const QString add = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                                .arg(qualified, q(constraint.name), constraint.definition);
        try {
            staging.execute(add);
        } catch (const DbError &error) {
            if (constraint.kind != u"check")
                throw DbError(error.kind(),
                              StagingBuilder::tr("constraint %1 on the synthetic rows: %2")
                                  .arg(constraint.name, error.message()),
                              error.sqlState());
            // A CHECK spanning several columns may fail on independently generated columns.
            staging.execute(add.endsWith(QStringLiteral("NOT VALID"))
                                ? add
                                : add + QStringLiteral(" NOT VALID"));
            load.notes << StagingBuilder::tr(
                              "check %1 does not hold on the synthetic rows (columns "
                              "are generated independently): added NOT VALID")
                              .arg(constraint.name);
        }
    }
    for (const IndexInfo &index : table.indexes) {
        if (index.primary || constraintIndexes.contains(index.name))
            continue;
        try {
            staging.execute(index.definition);
        } catch (const DbError &error) {
            load.notes << StagingBuilder::tr("index %1 not built on the synthetic rows: %2")
                              .arg(index.name, error.message());
        }
    }
    for (const ParentKey &parent : profile.parents) {
        const ConstraintInfo *constraint = nullptr;
        for (const ConstraintInfo &c : table.constraints)
            if (c.name == parent.constraint)
                constraint = &c;
        if (!constraint)
            continue;
        const QString parentName =
            quoteQualified(parent.schema, parent.table, DialectKind::PostgreSQL);
        QStringList keyColumns, childColumns, definitions, notNull;
        for (int i = 0; i < parent.columns.size(); ++i) {
            keyColumns << q(parent.columns.at(i));
            definitions << q(parent.columns.at(i)) + u' ' + parent.types.value(i);
        }
        for (const QString &column : constraint->columns) {
            childColumns << q(column);
            notNull << q(column) + QStringLiteral(" IS NOT NULL");
        }
        if (parent.schema == table.schema && parent.table == table.name) {
            staging.execute(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3%4")
                                .arg(qualified, q(constraint->name), constraint->definition,
                                     constraint->definition.endsWith(QStringLiteral("NOT VALID"))
                                         ? QString()
                                         : QStringLiteral(" NOT VALID")));
            load.notes << StagingBuilder::tr(
                              "foreign key %1 refers to the table itself: added NOT VALID")
                              .arg(constraint->name);
            continue;
        }
        if (!tableExists(staging, parent.schema, parent.table)) {
            staging.execute(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(q(parent.schema)));
            staging.execute(QStringLiteral("CREATE TABLE %1 (%2, PRIMARY KEY (%3))")
                                .arg(parentName, definitions.join(QStringLiteral(", ")),
                                     keyColumns.join(QStringLiteral(", "))));
            load.notes << StagingBuilder::tr(
                              "parent %1 created holding only its key %2, filled with "
                              "the keys the rows use")
                              .arg(parentName, parent.columns.join(QStringLiteral(", ")));
        }
        staging.execute(
            QStringLiteral(
                "INSERT INTO %1 (%2) SELECT DISTINCT %3 FROM %4 WHERE %5 ON CONFLICT DO NOTHING")
                .arg(parentName, keyColumns.join(QStringLiteral(", ")),
                     childColumns.join(QStringLiteral(", ")), qualified,
                     notNull.join(QStringLiteral(" AND "))));
        staging.execute(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                            .arg(qualified, q(constraint->name), constraint->definition));
    }
    for (const QString &sql : std::as_const(sequences))
        staging.execute(sql);
    if (!table.triggers.isEmpty())
        load.notes
            << StagingBuilder::tr(
                   "%1 trigger(s) of the source not copied (they may call functions staging lacks)")
                   .arg(table.triggers.size());
    // VACUUM too: like a settled production table the copy is all-visible, and autovacuum does not
    // start on the fresh rows during the rehearsal (its lock would make the plan's DDL wait).
    staging.execute(QStringLiteral("VACUUM (ANALYZE) %1").arg(qualified));
    load.buildMs = double(clock.nsecsElapsed()) / 1e6;
    return load;
}
