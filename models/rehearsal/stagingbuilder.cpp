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

namespace {

// The staging table being built: the session it is built in, the source's definition, and its
// quoted, qualified name.
struct StagingTable
{
    PostgresSession &staging;
    const TableInfo &table;
    QString qualified;
};

// The table as COPY loads it: the columns COPY writes (a generated column is computed), and the
// statements that move each sequence past the keys loaded.
struct BareTable
{
    QStringList copyColumns;
    QList<int> copyIndexes;    // index in table.columns of each COPY column
    QList<BoundSql> sequences; // SELECT setval(...), run once the rows are in
};

// Structure first, without keys or indexes: COPY into a bare heap is the fastest load.
BareTable createBareTable(const StagingTable &t)
{
    BareTable bare;
    QStringList columnSql;
    for (int i = 0; i < t.table.columns.size(); ++i) {
        const ColumnInfo &column = t.table.columns.at(i);
        QString sql = q(column.name) + u' ' + column.type;
        if (!column.generated.isEmpty()) {
            sql += QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(column.generated);
        } else {
            if (!column.identity.isEmpty())
                sql += QStringLiteral(" GENERATED %1 AS IDENTITY").arg(column.identity.toUpper());
            else if (!column.defaultExpr.isEmpty()) {
                const QString sequence = sequenceOf(column.defaultExpr);
                if (!sequence.isEmpty()) {
                    t.staging.execute(
                        QStringLiteral("CREATE SEQUENCE IF NOT EXISTS %1").arg(sequence));
                    bare.sequences << BoundSql{
                        QStringLiteral("SELECT setval($1, greatest(1, (SELECT max(%1) FROM %2)))")
                            .arg(q(column.name), t.qualified),
                        {sequence}};
                }
                sql += QStringLiteral(" DEFAULT ") + column.defaultExpr;
            }
            bare.copyColumns << q(column.name);
            bare.copyIndexes << i;
        }
        if (!column.nullable)
            sql += QStringLiteral(" NOT NULL");
        columnSql << sql;
        if (!column.identity.isEmpty())
            bare.sequences << BoundSql{
                QStringLiteral("SELECT setval(pg_get_serial_sequence($1, $2), greatest(1, (SELECT "
                               "max(%1) FROM %2)))")
                    .arg(q(column.name), t.qualified),
                {t.qualified, column.name}};
    }
    t.staging.execute(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(q(t.table.schema)));
    t.staging.execute(QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                          .arg(t.qualified, columnSql.join(QStringLiteral(",\n    "))));
    return bare;
}

// One generator per COPY column, seeded from the rehearsal's seed; their notes go to notes.
std::vector<std::unique_ptr<ColumnGenerator>> generatorsFor(const TableProfile &profile,
                                                            const BareTable &bare, qint64 rows,
                                                            quint64 seed, QStringList &notes)
{
    const TableInfo &table = profile.table;
    std::vector<std::unique_ptr<ColumnGenerator>> generators;
    for (int index : std::as_const(bare.copyIndexes)) {
        const ColumnInfo &column = table.columns.at(index);
        const ColumnStats *stats = profile.statsFor(column.name);
        const ColumnStats none;
        generators.push_back(std::make_unique<ColumnGenerator>(
            column, stats ? *stats : none, rows, singleColumnUnique(table, column.name),
            seed * 1000003ULL + quint64(index)));
        for (const QString &note : generators.back()->notes())
            notes << QStringLiteral("column %1: %2").arg(column.name, note);
    }
    return generators;
}

// The source's constraints but its foreign keys; a CHECK the independently generated columns
// break is added NOT VALID. Returns the names of the constraints (their indexes come with them).
QSet<QString> addConstraints(const StagingTable &t, StagingLoad &load)
{
    QSet<QString> constraintIndexes;
    for (const ConstraintInfo &constraint : t.table.constraints) {
        if (constraint.kind == u"foreign_key")
            continue;
        constraintIndexes.insert(constraint.name);
        const QString add = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                                .arg(t.qualified, q(constraint.name), constraint.definition);
        try {
            t.staging.execute(add);
        } catch (const DbError &error) {
            if (constraint.kind != u"check")
                throw DbError(error.kind(),
                              StagingBuilder::tr("constraint %1 on the synthetic rows: %2")
                                  .arg(constraint.name, error.message()),
                              error.sqlState());
            // A CHECK spanning several columns may fail on independently generated columns.
            t.staging.execute(add.endsWith(QStringLiteral("NOT VALID"))
                                  ? add
                                  : add + QStringLiteral(" NOT VALID"));
            load.notes << StagingBuilder::tr(
                              "check %1 does not hold on the synthetic rows (columns "
                              "are generated independently): added NOT VALID")
                              .arg(constraint.name);
        }
    }
    return constraintIndexes;
}

// The indexes no constraint brought; one that does not build on the synthetic rows is noted.
void addIndexes(const StagingTable &t, const QSet<QString> &constraintIndexes, StagingLoad &load)
{
    for (const IndexInfo &index : t.table.indexes) {
        if (index.primary || constraintIndexes.contains(index.name))
            continue;
        try {
            t.staging.execute(index.definition);
        } catch (const DbError &error) {
            load.notes << StagingBuilder::tr("index %1 not built on the synthetic rows: %2")
                              .arg(index.name, error.message());
        }
    }
}

// A foreign key to a parent: the parent created with its key alone when staging lacks it and
// filled with the keys the rows use; to the table itself, added NOT VALID.
void addForeignKey(const StagingTable &t, const ParentKey &parent, const ConstraintInfo &constraint,
                   StagingLoad &load)
{
    const QString parentName = quoteQualified(parent.schema, parent.table, DialectKind::PostgreSQL);
    QStringList keyColumns, childColumns, definitions, notNull;
    for (int i = 0; i < parent.columns.size(); ++i) {
        keyColumns << q(parent.columns.at(i));
        definitions << q(parent.columns.at(i)) + u' ' + parent.types.value(i);
    }
    for (const QString &column : constraint.columns) {
        childColumns << q(column);
        notNull << q(column) + QStringLiteral(" IS NOT NULL");
    }
    if (parent.schema == t.table.schema && parent.table == t.table.name) {
        t.staging.execute(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3%4")
                              .arg(t.qualified, q(constraint.name), constraint.definition,
                                   constraint.definition.endsWith(QStringLiteral("NOT VALID"))
                                       ? QString()
                                       : QStringLiteral(" NOT VALID")));
        load.notes << StagingBuilder::tr(
                          "foreign key %1 refers to the table itself: added NOT VALID")
                          .arg(constraint.name);
        return;
    }
    if (!StagingBuilder::tableExists(t.staging, parent.schema, parent.table)) {
        t.staging.execute(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(q(parent.schema)));
        t.staging.execute(QStringLiteral("CREATE TABLE %1 (%2, PRIMARY KEY (%3))")
                              .arg(parentName, definitions.join(QStringLiteral(", ")),
                                   keyColumns.join(QStringLiteral(", "))));
        load.notes << StagingBuilder::tr("parent %1 created holding only its key %2, filled with "
                                         "the keys the rows use")
                          .arg(parentName, parent.columns.join(QStringLiteral(", ")));
    }
    t.staging.execute(
        QStringLiteral(
            "INSERT INTO %1 (%2) SELECT DISTINCT %3 FROM %4 WHERE %5 ON CONFLICT DO NOTHING")
            .arg(parentName, keyColumns.join(QStringLiteral(", ")),
                 childColumns.join(QStringLiteral(", ")), t.qualified,
                 notNull.join(QStringLiteral(" AND "))));
    t.staging.execute(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                          .arg(t.qualified, q(constraint.name), constraint.definition));
}

void addForeignKeys(const StagingTable &t, const TableProfile &profile, StagingLoad &load)
{
    for (const ParentKey &parent : profile.parents) {
        const ConstraintInfo *constraint = nullptr;
        for (const ConstraintInfo &c : t.table.constraints)
            if (c.name == parent.constraint)
                constraint = &c;
        if (constraint)
            addForeignKey(t, parent, *constraint, load);
    }
}

} // namespace

StagingLoad StagingBuilder::build(PostgresSession &staging, const TableProfile &profile,
                                  qint64 rows, bool replace,
                                  const std::function<void(qint64, qint64)> &progress,
                                  const std::atomic<bool> *stop, quint64 seed)
{
    StagingLoad load;
    load.rows = rows;
    const TableInfo &table = profile.table;
    const StagingTable target{staging, table,
                              quoteQualified(table.schema, table.name, DialectKind::PostgreSQL)};
    const QString &qualified = target.qualified;
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

    const BareTable bare = createBareTable(target);
    const std::vector<std::unique_ptr<ColumnGenerator>> generators =
        generatorsFor(profile, bare, rows, seed, load.notes);
    CopyJob job;
    job.quotedTable = qualified;
    job.quotedColumns = bare.copyColumns;
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

    // Keys, constraints, indexes and foreign keys after the load, as pg_restore does.
    clock.restart();
    const QSet<QString> constraintIndexes = addConstraints(target, load);
    addIndexes(target, constraintIndexes, load);
    addForeignKeys(target, profile, load);
    for (const BoundSql &sql : std::as_const(bare.sequences))
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
