#include "postgrescatalogreader.h"

#include "dberror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <functional>
#include <future>
#include <pqxx/pqxx>

namespace {

// The tables in scope, reused by every query below.
const char *const kScope = R"SQL(
WITH scope AS (
  SELECT c.oid
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p')
    AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
    AND ($1 = '' OR n.nspname = $1)
    AND ($2 = '' OR c.relname = $2))
)SQL";

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

QStringList jsonList(const pqxx::field &field)
{
    QStringList list;
    if (field.is_null())
        return list;
    const QJsonArray array = QJsonDocument::fromJson(QByteArray(field.c_str())).array();
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

pqxx::result query(pqxx::transaction_base &work, const std::string &sql,
                   const CatalogFilter &filter)
{
    return work.exec_params(std::string(kScope) + sql, filter.schema.toStdString(),
                            filter.table.toStdString());
}

QString constraintKind(char code)
{
    switch (code) {
    case 'p':
        return QStringLiteral("primary_key");
    case 'u':
        return QStringLiteral("unique");
    case 'f':
        return QStringLiteral("foreign_key");
    case 'c':
        return QStringLiteral("check");
    case 'x':
        return QStringLiteral("exclusion");
    }
    return QStringLiteral("other");
}

void readTables(pqxx::transaction_base &work, int version, const CatalogFilter &filter,
                Catalog &catalog, QHash<quint32, int> &indexOfOid)
{
    const pqxx::result rows = query(work, R"SQL(
SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples, c.relpages,
       CASE WHEN c.reltuples <= 0 THEN pg_stat_get_live_tuples(c.oid) END,
       -- Exact sizes stat() every file of the table: affordable for one table, not for ten
       -- thousand, where the page counts of the last VACUUM/ANALYZE are used instead.
       CASE WHEN $2 <> '' OR c.reltuples < 0 THEN pg_total_relation_size(c.oid)
            ELSE (c.relpages + coalesce(t.relpages, 0)
                  + coalesce((SELECT sum(ic.relpages) FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                              WHERE i.indrelid = c.oid), 0))::bigint * current_setting('block_size')::bigint END,
       CASE WHEN $2 <> '' OR c.reltuples < 0 THEN pg_relation_size(c.oid)
            ELSE c.relpages::bigint * current_setting('block_size')::bigint END,
       d.description, $2 <> '' OR c.reltuples < 0,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
       (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i
          JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
        WHERE c.relispartition AND i.inhrelid = c.oid),
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END
FROM scope JOIN pg_class c ON c.oid = scope.oid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
ORDER BY n.nspname, c.relname)SQL",
                                    filter);
    catalog.tables.reserve(int(rows.size()));
    for (const pqxx::row &row : rows) {
        TableInfo table;
        table.schema = text(row[1]);
        table.name = text(row[2]);
        table.kind = row[3].as<std::string>() == "p" ? QStringLiteral("partitioned table")
                                                     : QStringLiteral("table");
        const double reltuples = row[4].as<double>();
        const qint64 relpages = row[5].as<qint64>();
        // reltuples is -1 until the first ANALYZE on 14+, and 0 with relpages 0 before 14.
        const bool neverAnalyzed =
            reltuples < 0 || (version < 140000 && reltuples == 0 && relpages == 0);
        if (!neverAnalyzed) {
            table.rowEstimate = reltuples;
            table.rowEstimateSource = QStringLiteral("reltuples");
        } else if (!row[6].is_null()) {
            table.rowEstimate = row[6].as<double>();
            table.rowEstimateSource = QStringLiteral("n_live_tup");
        }
        table.totalBytes = row[7].is_null() ? -1 : row[7].as<qint64>();
        table.tableBytes = row[8].is_null() ? -1 : row[8].as<qint64>();
        table.comment = text(row[9]);
        table.sizeSource =
            row[10].as<bool>() ? QStringLiteral("exact") : QStringLiteral("relpages");
        table.partitionKey = text(row[11]);
        table.partitionOf = text(row[12]);
        table.partitionBound = text(row[13]);
        indexOfOid.insert(row[0].as<quint32>(), int(catalog.tables.size()));
        catalog.tables << table;
    }
}

// The partition tree of every partitioned table in scope, in tree order; each root's rows and
// sizes become the sums over its leaves (a partitioned table stores nothing itself).
void readPartitions(pqxx::transaction_base &work, const CatalogFilter &filter, Catalog &catalog,
                    const QHash<quint32, int> &indexOfOid)
{
    bool anyPartitioned = false;
    for (const TableInfo &table : catalog.tables)
        anyPartitioned = anyPartitioned || !table.partitionKey.isEmpty();
    if (!anyPartitioned)
        return;
    const pqxx::result rows =
        work.exec_params(R"SQL(
WITH RECURSIVE roots AS (
  SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind = 'p' AND NOT c.relispartition
    AND ($1 = '' OR n.nspname = $1) AND ($2 = '' OR c.relname = $2)
), tree(root, oid, parent, level, path) AS (
  SELECT r.oid, i.inhrelid, i.inhparent, 1, ARRAY[c.relname::text]
  FROM roots r JOIN pg_inherits i ON i.inhparent = r.oid JOIN pg_class c ON c.oid = i.inhrelid
  UNION ALL
  SELECT t.root, i.inhrelid, i.inhparent, t.level + 1, t.path || c.relname::text
  FROM tree t JOIN pg_inherits i ON i.inhparent = t.oid JOIN pg_class c ON c.oid = i.inhrelid
)
SELECT t.root, n.nspname, c.relname, pn.nspname || '.' || pc.relname, t.level,
       pg_get_expr(c.relpartbound, c.oid), c.relkind = 'p',
       CASE WHEN c.relkind = 'p' THEN NULL
            WHEN c.reltuples >= 0 AND (c.reltuples > 0 OR c.relpages > 0) THEN c.reltuples
            ELSE pg_stat_get_live_tuples(c.oid) END,
       CASE WHEN c.relkind = 'p' THEN NULL ELSE pg_total_relation_size(c.oid) END,
       CASE WHEN c.relkind = 'p' THEN NULL ELSE pg_relation_size(c.oid) END
FROM tree t JOIN pg_class c ON c.oid = t.oid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class pc ON pc.oid = t.parent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
ORDER BY t.root, t.path)SQL",
                         filter.schema.toStdString(), filter.table.toStdString());
    for (const pqxx::row &row : rows) {
        const int index = indexOfOid.value(row[0].as<quint32>(), -1);
        if (index < 0)
            continue;
        TableInfo &root = catalog.tables[index];
        PartitionInfo partition;
        partition.schema = text(row[1]);
        partition.name = text(row[2]);
        partition.parent = text(row[3]);
        partition.level = row[4].as<int>();
        partition.bound = text(row[5]);
        partition.partitioned = row[6].as<bool>();
        partition.rowEstimate = row[7].is_null() ? -1 : row[7].as<double>();
        partition.totalBytes = row[8].is_null() ? -1 : row[8].as<qint64>();
        if (root.partitions.isEmpty()) {
            root.rowEstimate = 0;
            root.totalBytes = 0;
            root.tableBytes = 0;
            root.rowEstimateSource = QStringLiteral("partitions");
            root.sizeSource = QStringLiteral("exact");
        }
        if (!partition.partitioned) {
            root.rowEstimate += std::max(0.0, partition.rowEstimate);
            root.totalBytes += std::max<qint64>(0, partition.totalBytes);
            root.tableBytes += row[9].is_null() ? 0 : row[9].as<qint64>();
        }
        root.partitions << partition;
    }
}

pqxx::result columnRows(pqxx::transaction_base &work, int version, const CatalogFilter &filter)
{
    const std::string generated = version >= 120000 ? "a.attgenerated::text" : "''::text";
    const std::string expression =
        filter.summaryOnly ? "NULL::text" : "pg_get_expr(ad.adbin, ad.adrelid)";
    return query(work,
                 R"SQL(
SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       )SQL" + expression +
                     R"SQL(, a.attidentity::text, )SQL" + generated + R"SQL(, a.attnum,
       d.description
FROM scope JOIN pg_attribute a ON a.attrelid = scope.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass
                          AND d.objsubid = a.attnum
ORDER BY a.attrelid, a.attnum)SQL",
                 filter);
}

void applyColumns(const pqxx::result &rows, Catalog &catalog, const QHash<quint32, int> &indexOfOid)
{
    for (const pqxx::row &row : rows) {
        const int index = indexOfOid.value(row[0].as<quint32>(), -1);
        if (index < 0)
            continue;
        ColumnInfo column;
        column.name = text(row[1]);
        column.type = text(row[2]);
        column.nullable = !row[3].as<bool>();
        const QString expression = text(row[4]);
        const QString identity = text(row[5]);
        if (identity == u"a")
            column.identity = QStringLiteral("always");
        else if (identity == u"d")
            column.identity = QStringLiteral("by default");
        if (text(row[6]) == u"s")
            column.generated = expression;
        else
            column.defaultExpr = expression;
        column.position = row[7].as<int>();
        column.comment = text(row[8]);
        catalog.tables[index].columns << column;
    }
}

// Column names by attribute number, from the columns already read: cheaper than asking the
// server to resolve every key of every index and constraint.
QString columnName(const TableInfo &table, int attnum)
{
    for (const ColumnInfo &column : table.columns) {
        if (column.position == attnum)
            return column.name;
    }
    return QString::number(attnum);
}

QStringList columnNames(const TableInfo &table, const QString &attnums, int limit = -1)
{
    QStringList names;
    static const QRegularExpression separators(QStringLiteral("[ ,]"));
    const QStringList numbers = attnums.mid(attnums.startsWith(u'{') ? 1 : 0)
                                    .remove(u'}')
                                    .split(separators, Qt::SkipEmptyParts);
    for (const QString &number : numbers) {
        if (limit >= 0 && names.size() >= limit)
            break;
        names << columnName(table, number.toInt());
    }
    return names;
}

pqxx::result indexRows(pqxx::transaction_base &work, int version, const CatalogFilter &filter)
{
    const std::string keyCount = version >= 110000 ? "i.indnkeyatts" : "i.indnatts";
    return query(work,
                 R"SQL(
SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid), am.amname, i.indisunique,
       i.indisprimary, i.indisvalid, pg_get_expr(i.indpred, i.indrelid),
       CASE WHEN $2 <> '' THEN pg_relation_size(i.indexrelid)
            ELSE ic.relpages::bigint * current_setting('block_size')::bigint END,
       i.indkey::text, )SQL" +
                     keyCount + R"SQL(,
       CASE WHEN i.indexprs IS NOT NULL THEN
         array_to_json(ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
                             FROM generate_series(1, )SQL" +
                     keyCount + R"SQL() AS k ORDER BY k))::text END
FROM scope JOIN pg_index i ON i.indrelid = scope.oid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
ORDER BY i.indrelid, ic.relname)SQL",
                 filter);
}

void applyIndexes(const pqxx::result &rows, Catalog &catalog, const QHash<quint32, int> &indexOfOid)
{
    for (const pqxx::row &row : rows) {
        const int index = indexOfOid.value(row[0].as<quint32>(), -1);
        if (index < 0)
            continue;
        IndexInfo info;
        info.name = text(row[1]);
        info.definition = text(row[2]);
        info.method = text(row[3]);
        info.unique = row[4].as<bool>();
        info.primary = row[5].as<bool>();
        info.valid = row[6].as<bool>();
        info.predicate = text(row[7]);
        info.sizeBytes = row[8].is_null() ? -1 : row[8].as<qint64>();
        TableInfo &table = catalog.tables[index];
        info.columns = row[11].is_null() ? columnNames(table, text(row[9]), row[10].as<int>())
                                         : jsonList(row[11]);
        if (info.primary)
            table.primaryKey = info.columns;
        table.indexes << info;
    }
}

pqxx::result constraintRows(pqxx::transaction_base &work, const CatalogFilter &filter)
{
    return query(work, R"SQL(
SELECT con.conrelid, con.conname, con.contype::text, pg_get_constraintdef(con.oid, true),
       con.convalidated, con.conkey::text,
       CASE WHEN con.contype = 'f' THEN
         (SELECT fn.nspname || '.' || fc.relname FROM pg_class fc
          JOIN pg_namespace fn ON fn.oid = fc.relnamespace WHERE fc.oid = con.confrelid) END,
       CASE WHEN con.contype = 'f' THEN
         array_to_json(ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                             ORDER BY k.ord))::text END
FROM scope JOIN pg_constraint con ON con.conrelid = scope.oid
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
ORDER BY con.conrelid, con.conname)SQL",
                 filter);
}

void applyConstraints(const pqxx::result &rows, Catalog &catalog,
                      const QHash<quint32, int> &indexOfOid)
{
    for (const pqxx::row &row : rows) {
        const int index = indexOfOid.value(row[0].as<quint32>(), -1);
        if (index < 0)
            continue;
        ConstraintInfo info;
        info.name = text(row[1]);
        info.kind = constraintKind(row[2].c_str()[0]);
        info.definition = text(row[3]);
        info.validated = row[4].as<bool>();
        info.columns = columnNames(catalog.tables[index], text(row[5]));
        info.referencedTable = text(row[6]);
        info.referencedColumns = jsonList(row[7]);
        catalog.tables[index].constraints << info;
    }
}

pqxx::result triggerRows(pqxx::transaction_base &work, const CatalogFilter &filter)
{
    return query(work, R"SQL(
SELECT tg.tgrelid, tg.tgname, pg_get_triggerdef(tg.oid, true), tg.tgenabled <> 'D'
FROM scope JOIN pg_trigger tg ON tg.tgrelid = scope.oid
WHERE NOT tg.tgisinternal
ORDER BY tg.tgrelid, tg.tgname)SQL",
                 filter);
}

pqxx::result viewRows(pqxx::transaction_base &work, const CatalogFilter &filter)
{
    return query(work, R"SQL(
SELECT DISTINCT dep.refobjid, vn.nspname, v.relname, v.relkind = 'm'
FROM scope JOIN pg_depend dep ON dep.refobjid = scope.oid
  AND dep.refclassid = 'pg_class'::regclass AND dep.classid = 'pg_rewrite'::regclass
JOIN pg_rewrite r ON r.oid = dep.objid
JOIN pg_class v ON v.oid = r.ev_class
JOIN pg_namespace vn ON vn.oid = v.relnamespace
WHERE v.oid <> dep.refobjid
ORDER BY 1, 2, 3)SQL",
                 filter);
}

void applyTriggersAndViews(const pqxx::result &triggers, const pqxx::result &views,
                           Catalog &catalog, const QHash<quint32, int> &indexOfOid)
{
    for (const pqxx::row &row : triggers) {
        const int index = indexOfOid.value(row[0].as<quint32>(), -1);
        if (index >= 0)
            catalog.tables[index].triggers
                << TriggerInfo{text(row[1]), text(row[2]), row[3].as<bool>()};
    }
    for (const pqxx::row &row : views) {
        const int index = indexOfOid.value(row[0].as<quint32>(), -1);
        if (index >= 0)
            catalog.tables[index].dependentViews
                << DependentView{text(row[1]), text(row[2]), row[3].as<bool>()};
    }
}

// Primary keys alone, for summaries: key numbers resolved against the columns already read.
void readPrimaryKeys(pqxx::transaction_base &work, const CatalogFilter &filter, Catalog &catalog,
                     const QHash<quint32, int> &indexOfOid)
{
    const pqxx::result rows = query(work, R"SQL(
SELECT i.indrelid, i.indkey::text
FROM scope JOIN pg_index i ON i.indrelid = scope.oid AND i.indisprimary)SQL",
                                    filter);
    for (const pqxx::row &row : rows) {
        const int index = indexOfOid.value(row[0].as<quint32>(), -1);
        if (index >= 0)
            catalog.tables[index].primaryKey = columnNames(catalog.tables[index], text(row[1]));
    }
}

using Fetch = std::function<std::vector<pqxx::result>(pqxx::transaction_base &)>;

// Runs `fetch` on a new connection inside the snapshot another transaction exported.
std::vector<pqxx::result> inSnapshot(const std::string &conninfo, const std::string &snapshot,
                                     const Fetch &fetch)
{
    pqxx::connection connection(conninfo);
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> work(connection, "catalog helper");
    work.exec("SET TRANSACTION SNAPSHOT " + work.quote(snapshot));
    std::vector<pqxx::result> results = fetch(work);
    work.commit();
    return results;
}

// The helper's rows, or, when it could not run (no free connection slot, say), the same
// rows read on the main transaction.
std::vector<pqxx::result> fetchOrFallBack(std::future<std::vector<pqxx::result>> &later,
                                          const std::function<std::vector<pqxx::result>()> &here)
{
    if (later.valid()) {
        try {
            return later.get();
        } catch (const std::exception &) {
        }
    }
    return here();
}

} // namespace

Catalog readPostgresCatalog(pqxx::connection_base &connection, int serverVersion,
                            const CatalogFilter &filter, const ConnectionUri &uri)
{
    Catalog catalog;
    catalog.dialect = DialectKind::PostgreSQL;
    catalog.serverVersionNumber = serverVersion;
    // One snapshot for every query, so the facts agree with each other.
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> work(connection, "catalog");
    const pqxx::row who =
        work.exec1("SELECT current_database(), current_user, current_setting('server_version')");
    catalog.database = text(who[0]);
    catalog.user = text(who[1]);
    catalog.serverVersion = text(who[2]).section(u' ', 0, 0);

    for (const pqxx::row &row : work.exec(R"SQL(
SELECT nspname FROM pg_namespace
WHERE nspname NOT IN ('pg_catalog', 'information_schema')
  AND nspname NOT LIKE 'pg\_toast%' AND nspname NOT LIKE 'pg\_temp\_%'
ORDER BY nspname)SQL"))
        catalog.schemas << text(row[0]);
    if (!filter.schema.isEmpty() && !catalog.schemas.contains(filter.schema))
        throw DbError(DbError::Kind::BadInput,
                      QStringLiteral("no schema \"%1\" in %2").arg(filter.schema, uri.display()));

    for (const pqxx::row &row : work.exec(R"SQL(
SELECT format_type(t.oid, NULL)
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype IN ('b', 'e', 'd', 'r', 'm') AND t.typisdefined
  AND t.typcategory NOT IN ('A', 'P', 'X', 'Z')
  AND n.nspname NOT IN ('information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
  AND t.typname NOT LIKE 'reg%' AND t.typname NOT IN ('name', 'oid', 'xid', 'xid8', 'cid', 'tid',
      'oidvector', 'int2vector', 'pg_lsn', 'pg_snapshot', 'txid_snapshot', 'aclitem', 'refcursor',
      'gtsvector', 'pg_node_tree', 'pg_ndistinct', 'pg_dependencies', 'pg_mcv_list',
      'pg_ddl_command', 'pg_brin_bloom_summary', 'pg_brin_minmax_multi_summary', 'char')
ORDER BY 1)SQL"))
        catalog.typeNames << text(row[0]);

    // Functions an expression can call: not the ones behind operators, I/O and handlers.
    if (filter.table.isEmpty())
        for (const pqxx::row &row : work.exec(R"SQL(
SELECT DISTINCT p.proname
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname NOT IN ('information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
  AND p.proname !~ '^_'
  AND p.prorettype NOT IN ('internal'::regtype, 'cstring'::regtype, 'trigger'::regtype,
      'event_trigger'::regtype, 'language_handler'::regtype, 'fdw_handler'::regtype,
      'index_am_handler'::regtype, 'tsm_handler'::regtype)
  AND NOT ('internal'::regtype::oid = ANY (p.proargtypes::oid[]))
  AND NOT ('cstring'::regtype::oid = ANY (p.proargtypes::oid[]))
  AND NOT EXISTS (SELECT 1 FROM pg_operator o WHERE o.oprcode = p.oid)
ORDER BY 1)SQL"))
            catalog.functionNames << text(row[0]);

    // A whole database is read by three connections sharing this transaction's snapshot (the
    // pg_dump technique): deparsing ten thousand index and constraint definitions in a fresh
    // backend is the slow part, and it parallelises. One table is read here alone.
    std::future<std::vector<pqxx::result>> indexesLater;
    std::future<std::vector<pqxx::result>> constraintsLater;
    if (filter.table.isEmpty() && !filter.summaryOnly) {
        const std::string snapshot = work.exec1("SELECT pg_export_snapshot()")[0].c_str();
        const std::string conninfo =
            uri.conninfo().toStdString() + " application_name=column-planner";
        indexesLater = std::async(std::launch::async, [=] {
            return inSnapshot(conninfo, snapshot, [&](pqxx::transaction_base &helper) {
                return std::vector<pqxx::result>{indexRows(helper, serverVersion, filter)};
            });
        });
        constraintsLater = std::async(std::launch::async, [=] {
            return inSnapshot(conninfo, snapshot, [&](pqxx::transaction_base &helper) {
                return std::vector<pqxx::result>{constraintRows(helper, filter),
                                                 triggerRows(helper, filter),
                                                 viewRows(helper, filter)};
            });
        });
    }
    QHash<quint32, int> indexOfOid;
    readTables(work, serverVersion, filter, catalog, indexOfOid);
    readPartitions(work, filter, catalog, indexOfOid);
    applyColumns(columnRows(work, serverVersion, filter), catalog, indexOfOid);
    if (filter.summaryOnly) {
        readPrimaryKeys(work, filter, catalog, indexOfOid);
        work.commit();
        return catalog;
    }
    std::vector<pqxx::result> indexes = fetchOrFallBack(indexesLater, [&] {
        return std::vector<pqxx::result>{indexRows(work, serverVersion, filter)};
    });
    std::vector<pqxx::result> others = fetchOrFallBack(constraintsLater, [&] {
        return std::vector<pqxx::result>{constraintRows(work, filter), triggerRows(work, filter),
                                         viewRows(work, filter)};
    });
    work.commit();
    applyIndexes(indexes.at(0), catalog, indexOfOid);
    applyConstraints(others.at(0), catalog, indexOfOid);
    applyTriggersAndViews(others.at(1), others.at(2), catalog, indexOfOid);
    return catalog;
}

ActivitySnapshot readPostgresActivity(pqxx::connection_base &connection, const QString &schema,
                                      const QString &table)
{
    ActivitySnapshot snapshot;
    pqxx::nontransaction work(connection);
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    const pqxx::result backends = work.exec(R"SQL(
SELECT a.pid, a.usename, a.application_name, coalesce(host(a.client_addr), ''), a.state,
       a.wait_event_type, a.wait_event, a.query,
       extract(epoch FROM clock_timestamp() - a.xact_start),
       extract(epoch FROM clock_timestamp() - a.query_start),
       age(a.backend_xmin)::text
FROM pg_stat_activity a
WHERE a.pid <> pg_backend_pid() AND a.backend_type = 'client backend'
ORDER BY a.xact_start NULLS LAST, a.pid)SQL");
    for (const pqxx::row &row : backends) {
        BackendActivity backend;
        backend.pid = row[0].as<int>();
        backend.user = text(row[1]);
        backend.application = text(row[2]);
        backend.clientAddress = text(row[3]);
        backend.state = text(row[4]);
        backend.waitEventType = text(row[5]);
        backend.waitEvent = text(row[6]);
        backend.query = text(row[7]);
        backend.transactionAgeSeconds = row[8].is_null() ? -1 : row[8].as<double>();
        backend.queryAgeSeconds = row[9].is_null() ? -1 : row[9].as<double>();
        backend.backendXminAge = text(row[10]);
        snapshot.backends << backend;
    }
    if (!table.isEmpty()) {
        const pqxx::result locks = work.exec_params(R"SQL(
SELECT l.pid, l.mode, l.granted
FROM pg_locks l
WHERE l.locktype = 'relation' AND l.pid <> pg_backend_pid()
  AND l.relation = to_regclass(format('%I.%I', $1::text, $2::text))
ORDER BY l.granted DESC, l.pid)SQL",
                                                    schema.toStdString(), table.toStdString());
        for (const pqxx::row &row : locks)
            snapshot.tableLocks << TableLock{row[0].as<int>(), schema + u'.' + table, text(row[1]),
                                             row[2].as<bool>()};
    }
    return snapshot;
}
