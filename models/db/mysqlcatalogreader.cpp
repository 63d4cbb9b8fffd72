#include "mysqlcatalogreader.h"

#include "base/identifierrules.h"
#include "dberror.h"
#include "mysqlsession.h"

#include <QHash>

namespace {

QString q(const QString &name)
{
    return quoteIdentifier(name, DialectKind::MySQL);
}

QString text(const QVariantList &row, int column)
{
    return row.value(column).toString();
}

// Column types a new column may take on MySQL and MariaDB.
QStringList mysqlTypeNames()
{
    return {QStringLiteral("tinyint"), QStringLiteral("smallint"),   QStringLiteral("mediumint"),
            QStringLiteral("int"),     QStringLiteral("bigint"),     QStringLiteral("decimal"),
            QStringLiteral("float"),   QStringLiteral("double"),     QStringLiteral("bit"),
            QStringLiteral("boolean"), QStringLiteral("char"),       QStringLiteral("varchar"),
            QStringLiteral("binary"),  QStringLiteral("varbinary"),  QStringLiteral("tinytext"),
            QStringLiteral("text"),    QStringLiteral("mediumtext"), QStringLiteral("longtext"),
            QStringLiteral("blob"),    QStringLiteral("mediumblob"), QStringLiteral("longblob"),
            QStringLiteral("enum"),    QStringLiteral("set"),        QStringLiteral("date"),
            QStringLiteral("time"),    QStringLiteral("datetime"),   QStringLiteral("timestamp"),
            QStringLiteral("year"),    QStringLiteral("json"),       QStringLiteral("uuid"),
            QStringLiteral("inet6")};
}

// One reading of the catalog: the session and filter, the catalog being filled, and what every
// query shares (the condition on the schema, where each table sits in catalog.tables).
struct Reading
{
    MysqlSession &session;
    const CatalogFilter &filter;
    Catalog catalog;
    QString schemaWhere;          // "= $1" or "NOT IN (...)"
    QStringList parameters;       // $1 the schema, $2 the table (NULL when not asked for)
    QHash<QString, int> position; // "schema.table" -> index in catalog.tables

    // The condition naming the schemas and the table asked for, on these columns.
    QString where(const QString &schemaColumn, const QString &tableColumn) const
    {
        QString condition = schemaColumn + u' ' + schemaWhere;
        if (!filter.table.isEmpty())
            condition += QStringLiteral(" AND %1 = $2").arg(tableColumn);
        return condition;
    }
    // The table a row's first two values (schema, table) name; null when not read.
    TableInfo *tableOf(const QVariantList &row)
    {
        const auto it = position.constFind(text(row, 0) + u'.' + text(row, 1));
        return it == position.cend() ? nullptr : &catalog.tables[*it];
    }
};

// Built-in functions an expression commonly calls: the server lists only stored routines.
QStringList mysqlFunctionNames()
{
    return QStringLiteral(
               "abs,ceil,char_length,coalesce,concat,concat_ws,convert_tz,curdate,current_date,"
               "current_timestamp,date,date_add,date_format,date_sub,datediff,floor,from_unixtime,"
               "greatest,ifnull,json_array,json_contains,json_extract,json_object,json_unquote,"
               "json_valid,lcase,least,left,length,lower,lpad,ltrim,md5,now,nullif,replace,right,"
               "round,rpad,rtrim,sha2,str_to_date,substring,substring_index,sysdate,timestampdiff,"
               "trim,truncate,ucase,unix_timestamp,upper,utc_timestamp,uuid")
        .split(u',');
}

// Who and what the server is, the types a column may take, and which schemas to read: a URI
// naming a database means that database (a MySQL database is a PostgreSQL schema); without
// one, every database that is not the server's own.
void readServer(Reading &r)
{
    Catalog &catalog = r.catalog;
    catalog.dialect = DialectKind::MySQL;
    catalog.mariadb = r.session.isMariadb();
    catalog.serverVersion = r.session.serverVersion();
    catalog.serverVersionNumber = r.session.serverVersionNumber();
    catalog.database = r.session.database();
    catalog.user = r.session.user();
    catalog.typeNames = mysqlTypeNames();
    catalog.functionNames = mysqlFunctionNames();
    if (!catalog.mariadb) { // MariaDB's own types
        catalog.typeNames.removeAll(QStringLiteral("uuid"));
        catalog.typeNames.removeAll(QStringLiteral("inet6"));
    }
    const QString schema = !r.filter.schema.isEmpty() ? r.filter.schema : catalog.database;
    r.parameters = {schema.isEmpty() ? QString() : schema,
                    r.filter.table.isEmpty() ? QString() : r.filter.table};
    if (!schema.isEmpty())
        r.schemaWhere = QStringLiteral("= $1");
    else
        r.schemaWhere =
            QStringLiteral("NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')");
}

void readSchemas(Reading &r)
{
    for (const QVariantList &row :
         r.session
             .execute(QStringLiteral(
                          "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE %1 ORDER BY 1")
                          .arg(QStringLiteral("SCHEMA_NAME ") + r.schemaWhere),
                      r.parameters)
             .rows)
        r.catalog.schemas << text(row, 0);
}

// The base tables with their estimates, sizes, engine and row format.
void readTables(Reading &r)
{
    // MySQL 8 caches table statistics for a day (information_schema_stats_expiry): for one
    // table, ask for the current figures.
    if (!r.catalog.mariadb && r.catalog.serverVersionNumber >= 80000 && !r.filter.table.isEmpty())
        r.session.execute(QStringLiteral("SET SESSION information_schema_stats_expiry = 0"));

    const QueryResult tables = r.session.execute(
        QStringLiteral(
            "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_ROWS, DATA_LENGTH, INDEX_LENGTH, ENGINE, "
            "ROW_FORMAT, TABLE_COMMENT"
            " FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND %1 ORDER BY 1, 2")
            .arg(r.where(QStringLiteral("TABLE_SCHEMA"), QStringLiteral("TABLE_NAME"))),
        r.parameters);
    for (const QVariantList &row : tables.rows) {
        TableInfo table;
        table.schema = text(row, 0);
        table.name = text(row, 1);
        table.rowEstimate = row.value(2).isNull() ? -1 : row.value(2).toDouble();
        table.rowEstimateSource =
            QStringLiteral("information_schema.tables (InnoDB sample estimate)");
        const qint64 data = row.value(3).isNull() ? -1 : row.value(3).toLongLong();
        const qint64 index = row.value(4).isNull() ? 0 : row.value(4).toLongLong();
        table.tableBytes = data;
        table.totalBytes = data < 0 ? -1 : data + index;
        table.sizeSource = QStringLiteral("information_schema");
        table.engine = text(row, 5);
        table.rowFormat = text(row, 6);
        table.comment = text(row, 7);
        r.position.insert(table.qualifiedName(), int(r.catalog.tables.size()));
        r.catalog.tables << table;
    }
}

void readColumns(Reading &r)
{
    const QueryResult columns = r.session.execute(
        QStringLiteral("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, "
                       "COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION,"
                       " ORDINAL_POSITION, COLUMN_COMMENT FROM information_schema.COLUMNS WHERE %1 "
                       "ORDER BY 1, 2, ORDINAL_POSITION")
            .arg(r.where(QStringLiteral("TABLE_SCHEMA"), QStringLiteral("TABLE_NAME"))),
        r.parameters);
    for (const QVariantList &row : columns.rows) {
        TableInfo *table = r.tableOf(row);
        if (!table)
            continue;
        ColumnInfo column;
        column.name = text(row, 2);
        column.type = text(row, 3);
        column.nullable = text(row, 4) == u"YES";
        column.defaultExpr = text(row, 5);
        // MariaDB writes "DEFAULT NULL" as the text NULL (and quotes string literals).
        if (r.catalog.mariadb && column.defaultExpr == u"NULL")
            column.defaultExpr.clear();
        const QString extra = text(row, 6).toLower();
        if (extra.contains(u"auto_increment"))
            column.identity = QStringLiteral("auto_increment");
        if (extra.contains(u"stored generated") || extra.contains(u"persistent"))
            column.generated = text(row, 7);
        column.position = row.value(8).toInt();
        column.comment = text(row, 9);
        table->columns << column;
    }
}

// The primary keys, and (unless summaryOnly) every index with its columns.
void readIndexes(Reading &r)
{
    const QueryResult statistics = r.session.execute(
        QStringLiteral("SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, "
                       "SUB_PART, INDEX_TYPE"
                       " FROM information_schema.STATISTICS WHERE %1 ORDER BY 1, 2, INDEX_NAME = "
                       "'PRIMARY' DESC, INDEX_NAME, SEQ_IN_INDEX")
            .arg(r.where(QStringLiteral("TABLE_SCHEMA"), QStringLiteral("TABLE_NAME"))),
        r.parameters);
    for (const QVariantList &row : statistics.rows) {
        TableInfo *table = r.tableOf(row);
        if (!table)
            continue;
        const QString name = text(row, 2);
        const QString columnName = text(row, 4);
        if (name == u"PRIMARY")
            table->primaryKey << columnName;
        if (r.filter.summaryOnly)
            continue;
        if (table->indexes.isEmpty() || table->indexes.last().name != name) {
            IndexInfo index;
            index.name = name;
            index.primary = name == u"PRIMARY";
            index.unique = text(row, 3) == u"0";
            index.method = text(row, 6).toLower();
            table->indexes << index;
        }
        IndexInfo &index = table->indexes.last();
        index.columns << (row.value(5).isNull()
                              ? columnName
                              : QStringLiteral("%1(%2)").arg(columnName, text(row, 5)));
    }
}

// The index as CREATE TABLE would write it: "UNIQUE INDEX `k` (`a`, `b`(10)) USING HASH".
QString indexDefinition(const IndexInfo &index)
{
    QStringList quoted;
    for (const QString &column : index.columns) {
        const int paren = column.indexOf(u'(');
        quoted << (paren > 0 ? q(column.left(paren)) + column.mid(paren) : q(column));
    }
    const QString kind =
        index.primary                 ? QStringLiteral("PRIMARY KEY")
        : index.method == u"fulltext" ? QStringLiteral("FULLTEXT INDEX %1").arg(q(index.name))
        : index.method == u"spatial"  ? QStringLiteral("SPATIAL INDEX %1").arg(q(index.name))
        : index.unique                ? QStringLiteral("UNIQUE INDEX %1").arg(q(index.name))
                                      : QStringLiteral("INDEX %1").arg(q(index.name));
    return QStringLiteral("%1 (%2)%3")
        .arg(kind, quoted.join(QStringLiteral(", ")),
             index.method == u"btree" || index.method == u"fulltext" || index.method == u"spatial"
                 ? QString()
                 : QStringLiteral(" USING ") + index.method.toUpper());
}

// Index sizes from InnoDB's persistent statistics, when this user may read them.
void readIndexSizes(Reading &r)
{
    try {
        const QueryResult sizes = r.session.execute(
            QStringLiteral("SELECT database_name, table_name, index_name, stat_value * "
                           "@@innodb_page_size FROM mysql.innodb_index_stats"
                           " WHERE stat_name = 'size' AND %1")
                .arg(r.where(QStringLiteral("database_name"), QStringLiteral("table_name"))),
            r.parameters);
        for (const QVariantList &row : sizes.rows)
            if (TableInfo *table = r.tableOf(row))
                for (IndexInfo &index : table->indexes)
                    if (index.name == text(row, 2))
                        index.sizeBytes = row.value(3).toLongLong();
    } catch (const DbError &) {
        // No SELECT on mysql.innodb_index_stats: sizes stay unknown.
    }
}

// CHECK clauses by "schema.name": MariaDB 10.2+ and MySQL 8.0.16+ (older MySQL ignores CHECK).
QHash<QString, QString> readCheckClauses(Reading &r)
{
    QHash<QString, QString> checkClauses;
    try {
        for (const QVariantList &row :
             r.session
                 .execute(QStringLiteral("SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CHECK_CLAUSE"
                                         " FROM information_schema.CHECK_CONSTRAINTS WHERE %1")
                              .arg(QStringLiteral("CONSTRAINT_SCHEMA ") + r.schemaWhere),
                          r.parameters)
                 .rows)
            checkClauses.insert(text(row, 0) + u'.' + text(row, 1), text(row, 2));
    } catch (const DbError &) {
    }
    return checkClauses;
}

// The constraint as CREATE TABLE would write it. key: "schema.table.name"; rules: the foreign
// key's " ON DELETE ... ON UPDATE ...".
QString constraintDefinition(const ConstraintInfo &constraint, const QString &key,
                             const QHash<QString, QString> &checkClauses, const QString &rules)
{
    QStringList quoted, referenced;
    for (const QString &column : constraint.columns)
        quoted << q(column);
    for (const QString &column : constraint.referencedColumns)
        referenced << q(column);
    if (constraint.kind == u"primary_key")
        return QStringLiteral("PRIMARY KEY (%1)").arg(quoted.join(QStringLiteral(", ")));
    if (constraint.kind == u"unique")
        return QStringLiteral("UNIQUE (%1)").arg(quoted.join(QStringLiteral(", ")));
    if (constraint.kind == u"check")
        return QStringLiteral("CHECK (%1)")
            .arg(checkClauses.value(key.section(u'.', 0, 0) + u'.' + constraint.name));
    return QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)%4")
        .arg(quoted.join(QStringLiteral(", ")),
             quoteQualified(constraint.referencedTable.section(u'.', 0, 0),
                            constraint.referencedTable.section(u'.', 1), DialectKind::MySQL),
             referenced.join(QStringLiteral(", ")), rules);
}

// Primary keys, unique, foreign key and check constraints, with their columns and definitions.
void readConstraints(Reading &r)
{
    QHash<QString, ConstraintInfo> constraints; // "schema.table.name"
    QHash<QString, QString> foreignKeyRules;    // " ON DELETE ... ON UPDATE ..."
    QStringList order;
    const QueryResult keyUsage = r.session.execute(
        QStringLiteral(
            "SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, "
            "k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA,"
            " k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE"
            " FROM information_schema.TABLE_CONSTRAINTS tc"
            " LEFT JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = "
            "tc.CONSTRAINT_SCHEMA"
            "  AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            " LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = "
            "tc.CONSTRAINT_SCHEMA"
            "  AND r.TABLE_NAME = tc.TABLE_NAME AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
            " WHERE %1 ORDER BY 1, 2, 3, k.ORDINAL_POSITION")
            .arg(r.where(QStringLiteral("tc.TABLE_SCHEMA"), QStringLiteral("tc.TABLE_NAME"))),
        r.parameters);
    const QHash<QString, QString> checkClauses = readCheckClauses(r);
    for (const QVariantList &row : keyUsage.rows) {
        const QString key = text(row, 0) + u'.' + text(row, 1) + u'.' + text(row, 2);
        if (!constraints.contains(key)) {
            ConstraintInfo constraint;
            constraint.name = text(row, 2);
            const QString type = text(row, 3);
            constraint.kind = type == u"PRIMARY KEY"   ? QStringLiteral("primary_key")
                              : type == u"UNIQUE"      ? QStringLiteral("unique")
                              : type == u"FOREIGN KEY" ? QStringLiteral("foreign_key")
                                                       : QStringLiteral("check");
            if (!row.value(6).isNull())
                constraint.referencedTable = text(row, 5) + u'.' + text(row, 6);
            constraints.insert(key, constraint);
            order << key;
        }
        ConstraintInfo &constraint = constraints[key];
        if (!row.value(4).isNull())
            constraint.columns << text(row, 4);
        if (!row.value(7).isNull())
            constraint.referencedColumns << text(row, 7);
        if (constraint.kind == u"foreign_key")
            foreignKeyRules.insert(
                key, QStringLiteral(" ON DELETE %1 ON UPDATE %2").arg(text(row, 8), text(row, 9)));
    }
    for (const QString &key : order) {
        ConstraintInfo constraint = constraints.value(key);
        constraint.definition =
            constraintDefinition(constraint, key, checkClauses, foreignKeyRules.value(key));
        const int dot1 = int(key.indexOf(u'.'));
        const QVariantList owner{key.left(dot1), key.mid(dot1 + 1).section(u'.', 0, 0)};
        if (TableInfo *table = r.tableOf(owner))
            table->constraints << constraint;
    }
}

void readTriggers(Reading &r)
{
    const QueryResult triggers = r.session.execute(
        QStringLiteral("SELECT EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, TRIGGER_NAME, "
                       "ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT"
                       " FROM information_schema.TRIGGERS WHERE %1 ORDER BY 1, 2, ACTION_ORDER")
            .arg(r.where(QStringLiteral("EVENT_OBJECT_SCHEMA"),
                         QStringLiteral("EVENT_OBJECT_TABLE"))),
        r.parameters);
    for (const QVariantList &row : triggers.rows)
        if (TableInfo *table = r.tableOf(row))
            table->triggers << TriggerInfo{text(row, 2),
                                           QStringLiteral("%1 %2 FOR EACH ROW %3")
                                               .arg(text(row, 3), text(row, 4), text(row, 5)),
                                           true};
}

// Both servers store a view's text with every table as `schema`.`table`; MySQL 8.0.13+ also
// has VIEW_TABLE_USAGE, MariaDB has not, so the text is what both can answer.
void readDependentViews(Reading &r)
{
    const QueryResult views = r.session.execute(
        QStringLiteral("SELECT t.TABLE_SCHEMA, t.TABLE_NAME, v.TABLE_SCHEMA, v.TABLE_NAME FROM "
                       "information_schema.TABLES t"
                       " JOIN information_schema.VIEWS v ON v.VIEW_DEFINITION LIKE CONCAT('%`', "
                       "t.TABLE_SCHEMA, '`.`', t.TABLE_NAME, '`%')"
                       " WHERE t.TABLE_TYPE = 'BASE TABLE' AND %1 ORDER BY 1, 2, 3, 4")
            .arg(r.where(QStringLiteral("t.TABLE_SCHEMA"), QStringLiteral("t.TABLE_NAME"))),
        r.parameters);
    for (const QVariantList &row : views.rows)
        if (TableInfo *table = r.tableOf(row))
            table->dependentViews << DependentView{text(row, 2), text(row, 3), false};
}

// MySQL 8.0.29+: the instant row versions each table has used (64 allowed).
void readRowVersions(Reading &r)
{
    if (r.catalog.mariadb || r.catalog.serverVersionNumber < 80029)
        return;
    const QueryResult versions = r.session.execute(
        QStringLiteral("SELECT NAME, TOTAL_ROW_VERSIONS FROM information_schema.INNODB_TABLES "
                       "WHERE NAME LIKE $1"),
        {(r.filter.schema.isEmpty() ? r.catalog.database : r.filter.schema) +
         QStringLiteral("/%")});
    for (const QVariantList &row : versions.rows) {
        const QString name = text(row, 0);
        if (TableInfo *table = r.tableOf({name.section(u'/', 0, 0), name.section(u'/', 1)}))
            table->totalRowVersions = row.value(1).toInt();
    }
}

} // namespace

Catalog readMysqlCatalog(MysqlSession &session, const CatalogFilter &filter)
{
    Reading r{session, filter, {}, {}, {}};
    readServer(r);
    readSchemas(r);
    readTables(r);
    if (r.catalog.tables.isEmpty())
        return r.catalog;
    readColumns(r);
    readIndexes(r);
    for (TableInfo &table : r.catalog.tables)
        for (IndexInfo &index : table.indexes)
            index.definition = indexDefinition(index);
    if (filter.summaryOnly)
        return r.catalog;
    readIndexSizes(r);
    readConstraints(r);
    readTriggers(r);
    readDependentViews(r);
    readRowVersions(r);
    return r.catalog;
}
