#include "sqlitecatalogreader.h"

#include "dberror.h"
#include "sqlitesession.h"

#include <QHash>
#include <QSet>
#include <sqlite3.h>

namespace {

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString str(const QueryResult &result, int row, int column)
{
    return result.value(row, column).toString();
}

// Tables each view reads, found by preparing "SELECT * FROM view" under an authorizer that
// sees every table the statement touches, through nested views too.
int collectReadTables(void *sink, int action, const char *table, const char *, const char *,
                      const char *)
{
    if (action == SQLITE_READ && table)
        static_cast<QSet<QString> *>(sink)->insert(QString::fromUtf8(table));
    return SQLITE_OK;
}

QHash<QString, QList<DependentView>> viewsByTable(SqliteSession &session)
{
    QHash<QString, QList<DependentView>> result;
    const QueryResult views = session.execute(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name"));
    sqlite3 *db = session.handle();
    for (const QVariantList &row : views.rows) {
        const QString view = row.value(0).toString();
        QSet<QString> tables;
        sqlite3_set_authorizer(db, collectReadTables, &tables);
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql = (QStringLiteral("SELECT * FROM ") + quoted(view)).toUtf8();
        sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr);
        sqlite3_finalize(statement);
        sqlite3_set_authorizer(db, nullptr, nullptr);
        for (const QString &table : std::as_const(tables)) {
            if (table != view)
                result[table] << DependentView{QStringLiteral("main"), view, false};
        }
    }
    return result;
}

QHash<QString, qint64> objectSizes(SqliteSession &session)
{
    QHash<QString, qint64> sizes;
    try {
        const QueryResult rows =
            session.execute(QStringLiteral("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"));
        for (const QVariantList &row : rows.rows)
            sizes.insert(row.value(0).toString(), row.value(1).toLongLong());
    } catch (const DbError &) {
        // Built without SQLITE_ENABLE_DBSTAT_VTAB: sizes stay unknown (-1).
    }
    return sizes;
}

QHash<QString, double> statRowCounts(SqliteSession &session)
{
    QHash<QString, double> counts;
    const QueryResult present = session.execute(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'"));
    if (str(present, 0, 0) != u"1")
        return counts;
    const QueryResult rows = session.execute(QStringLiteral("SELECT tbl, stat FROM sqlite_stat1"));
    for (const QVariantList &row : rows.rows) {
        const double count = row.value(1).toString().section(u' ', 0, 0).toDouble();
        const QString table = row.value(0).toString();
        counts.insert(table, std::max(counts.value(table, 0), count));
    }
    return counts;
}

void readIndexes(SqliteSession &session, TableInfo &table, const QHash<QString, qint64> &sizes)
{
    const QueryResult list = session.execute(
        QStringLiteral(
            "SELECT name, \"unique\", origin, partial FROM pragma_index_list($1) ORDER BY seq"),
        {table.name});
    for (const QVariantList &row : list.rows) {
        IndexInfo index;
        index.name = row.value(0).toString();
        index.unique = row.value(1).toString() == u"1";
        const QString origin = row.value(2).toString();
        index.primary = origin == u"pk";
        index.method = QStringLiteral("btree");
        const QueryResult columns = session.execute(
            QStringLiteral("SELECT name FROM pragma_index_info($1) ORDER BY seqno"), {index.name});
        for (const QVariantList &column : columns.rows)
            index.columns << (column.value(0).isNull() ? QStringLiteral("<expression>")
                                                       : column.value(0).toString());
        const QueryResult definition = session.execute(
            QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = $1"),
            {index.name});
        index.definition = str(definition, 0, 0);
        if (row.value(3).toString() == u"1") {
            const int where =
                index.definition.lastIndexOf(QStringLiteral(" WHERE "), -1, Qt::CaseInsensitive);
            index.predicate = where >= 0 ? index.definition.mid(where + 7).trimmed() : QString();
        }
        index.sizeBytes = sizes.value(index.name, -1);
        table.indexes << index;
        if (origin == u"u")
            table.constraints << ConstraintInfo{
                index.name,
                QStringLiteral("unique"),
                QStringLiteral("UNIQUE (%1)").arg(index.columns.join(QStringLiteral(", "))),
                index.columns,
                true,
                {},
                {}};
    }
}

void readForeignKeys(SqliteSession &session, TableInfo &table)
{
    const QueryResult keys = session.execute(
        QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                       "FROM pragma_foreign_key_list($1) ORDER BY id, seq"),
        {table.name});
    QHash<int, int> constraintOfId;
    for (const QVariantList &row : keys.rows) {
        const int id = row.value(0).toInt();
        if (!constraintOfId.contains(id)) {
            ConstraintInfo fk;
            fk.name = QStringLiteral("fk_%1_%2").arg(table.name).arg(id);
            fk.kind = QStringLiteral("foreign_key");
            fk.referencedTable = QStringLiteral("main.") + row.value(1).toString();
            constraintOfId.insert(id, int(table.constraints.size()));
            table.constraints << fk;
        }
        ConstraintInfo &fk = table.constraints[constraintOfId.value(id)];
        fk.columns << row.value(2).toString();
        // "to" is NULL when the key refers to the parent's primary key implicitly.
        fk.referencedColumns << (row.value(3).isNull() ? QStringLiteral("<primary key>")
                                                       : row.value(3).toString());
        fk.definition =
            QStringLiteral("FOREIGN KEY (%1) REFERENCES %2(%3) ON UPDATE %4 ON DELETE %5")
                .arg(fk.columns.join(QStringLiteral(", ")), row.value(1).toString(),
                     fk.referencedColumns.join(QStringLiteral(", ")), row.value(4).toString(),
                     row.value(5).toString());
    }
}

} // namespace

QStringList sqliteCheckClauses(const QString &sql)
{
    QStringList clauses;
    const int length = int(sql.size());
    int i = 0;
    auto skipQuoted = [&](QChar close) {
        ++i;
        while (i < length) {
            if (sql.at(i) == close) {
                if (i + 1 < length && sql.at(i + 1) == close) {
                    i += 2;
                    continue;
                }
                break;
            }
            ++i;
        }
        ++i;
    };
    while (i < length) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"' || c == u'`') {
            skipQuoted(c);
            continue;
        }
        if (c == u'[') {
            while (i < length && sql.at(i) != u']')
                ++i;
            ++i;
            continue;
        }
        if (c == u'-' && i + 1 < length && sql.at(i + 1) == u'-') {
            while (i < length && sql.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < length && sql.at(i + 1) == u'*') {
            const int close = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = close < 0 ? length : close + 2;
            continue;
        }
        const bool wordStart =
            i == 0 || !(sql.at(i - 1).isLetterOrNumber() || sql.at(i - 1) == u'_');
        if (wordStart && sql.mid(i, 5).compare(QStringLiteral("check"), Qt::CaseInsensitive) == 0 &&
            (i + 5 >= length || !(sql.at(i + 5).isLetterOrNumber() || sql.at(i + 5) == u'_'))) {
            int j = i + 5;
            while (j < length && sql.at(j).isSpace())
                ++j;
            if (j < length && sql.at(j) == u'(') {
                int depth = 0;
                const int start = j;
                for (; j < length; ++j) {
                    const QChar d = sql.at(j);
                    if (d == u'\'' || d == u'"') {
                        const int save = i;
                        i = j;
                        skipQuoted(d);
                        j = i - 1;
                        i = save;
                        continue;
                    }
                    if (d == u'(')
                        ++depth;
                    else if (d == u')' && --depth == 0)
                        break;
                }
                clauses << QStringLiteral("CHECK ") + sql.mid(start, j - start + 1);
                i = j + 1;
                continue;
            }
        }
        ++i;
    }
    return clauses;
}

Catalog readSqliteCatalog(SqliteSession &session, const CatalogFilter &filter)
{
    Catalog catalog;
    catalog.dialect = DialectKind::SQLite;
    catalog.serverVersion = session.serverVersion();
    catalog.serverVersionNumber = session.serverVersionNumber();
    catalog.database = session.uri().sqlitePath();
    catalog.schemas << QStringLiteral("main");
    catalog.typeNames = {QStringLiteral("INTEGER"), QStringLiteral("REAL"),
                         QStringLiteral("TEXT"),    QStringLiteral("BLOB"),
                         QStringLiteral("NUMERIC"), QStringLiteral("ANY")};
    if (!filter.schema.isEmpty() && filter.schema != u"main")
        throw DbError(DbError::Kind::BadInput,
                      QStringLiteral("no schema \"%1\" in %2 (SQLite has only \"main\")")
                          .arg(filter.schema, session.uri().display()));

    if (filter.table.isEmpty()) {
        try {
            for (const QVariantList &row :
                 session
                     .execute(QStringLiteral(
                         "SELECT DISTINCT name FROM pragma_function_list ORDER BY name"))
                     .rows)
                catalog.functionNames << row.value(0).toString();
        } catch (const DbError &error) {
            // A build without the introspection pragmas: completion goes without functions.
            if (error.kind() != DbError::Kind::Query)
                throw;
        }
    }
    session.execute(QStringLiteral("BEGIN")); // one read snapshot for every pragma below
    try {
        const QueryResult tables =
            session.execute(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = "
                                           "'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                           "ORDER BY name"));
        const QHash<QString, qint64> sizes = objectSizes(session);
        const QHash<QString, double> statCounts = statRowCounts(session);
        const QHash<QString, QList<DependentView>> views = viewsByTable(session);
        for (const QVariantList &row : tables.rows) {
            TableInfo table;
            table.schema = QStringLiteral("main");
            table.name = row.value(0).toString();
            if (!filter.table.isEmpty() && table.name != filter.table)
                continue;
            const QString createSql = row.value(1).toString();
            table.withoutRowid =
                createSql.contains(QStringLiteral("WITHOUT ROWID"), Qt::CaseInsensitive);
            const QueryResult columns = session.execute(
                QStringLiteral("SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden "
                               "FROM pragma_table_xinfo($1) ORDER BY cid"),
                {table.name});
            QMap<int, QString> keyColumns;
            for (const QVariantList &column : columns.rows) {
                ColumnInfo info;
                info.position = column.value(0).toInt() + 1;
                info.name = column.value(1).toString();
                info.type = column.value(2).toString();
                info.nullable = column.value(3).toString() != u"1";
                info.defaultExpr = column.value(4).toString();
                const int hidden = column.value(6).toInt();
                if (hidden == 2 || hidden == 3)
                    info.generated =
                        hidden == 3 ? QStringLiteral("stored") : QStringLiteral("virtual");
                if (column.value(5).toInt() > 0)
                    keyColumns.insert(column.value(5).toInt(), info.name);
                table.columns << info;
            }
            table.primaryKey = keyColumns.values();
            if (!table.primaryKey.isEmpty())
                table.constraints << ConstraintInfo{
                    QStringLiteral("pk_") + table.name,
                    QStringLiteral("primary_key"),
                    QStringLiteral("PRIMARY KEY (%1)")
                        .arg(table.primaryKey.join(QStringLiteral(", "))),
                    table.primaryKey,
                    true,
                    {},
                    {}};
            readIndexes(session, table, sizes);
            readForeignKeys(session, table);
            int checkNumber = 0;
            for (const QString &clause : sqliteCheckClauses(createSql))
                table.constraints << ConstraintInfo{
                    QStringLiteral("check_%1_%2").arg(table.name).arg(++checkNumber),
                    QStringLiteral("check"),
                    clause,
                    {},
                    true,
                    {},
                    {}};
            const QueryResult triggers =
                session.execute(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = "
                                               "'trigger' AND tbl_name = $1 ORDER BY name"),
                                {table.name});
            for (const QVariantList &trigger : triggers.rows)
                table.triggers << TriggerInfo{trigger.value(0).toString(),
                                              trigger.value(1).toString(), true};
            table.dependentViews = views.value(table.name);
            if (statCounts.contains(table.name)) {
                table.rowEstimate = statCounts.value(table.name);
                table.rowEstimateSource = QStringLiteral("sqlite_stat1");
            } else {
                table.rowEstimate =
                    str(session.execute(
                            QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))),
                        0, 0)
                        .toDouble();
                table.rowEstimateSource = QStringLiteral("count");
            }
            if (sizes.contains(table.name)) {
                table.tableBytes = sizes.value(table.name);
                table.sizeSource = QStringLiteral("dbstat");
                table.totalBytes = table.tableBytes;
                for (const IndexInfo &index : std::as_const(table.indexes))
                    table.totalBytes += std::max<qint64>(0, index.sizeBytes);
            }
            catalog.tables << table;
        }
        session.execute(QStringLiteral("COMMIT"));
    } catch (...) {
        try {
            session.execute(QStringLiteral("ROLLBACK"));
        } catch (const DbError &) {
        }
        throw;
    }
    return catalog;
}

QList<SqliteSchemaObject> readSqliteSchema(Session &session)
{
    QList<SqliteSchemaObject> objects;
    const QueryResult rows = session.execute(
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid"));
    for (const QVariantList &row : rows.rows)
        objects << SqliteSchemaObject{row.value(0).toString(), row.value(1).toString(),
                                      row.value(2).toString(), row.value(3).toString()};
    return objects;
}
