#include "compiler.h"

#include "base/identifierrules.h"
#include "base/inerttext.h"
#include "base/sqltokenizer.h"
#include "mysqldialect.h"
#include "parse/expressionparser.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

#include <QCryptographicHash>
#include <QSet>

namespace {

QString baseTypeName(const QString &type)
{
    QString base = type.trimmed().toLower();
    const int paren = int(base.indexOf(u'('));
    if (paren >= 0) {
        const int close = int(base.indexOf(u')', paren));
        base = (base.left(paren) + (close >= 0 ? base.mid(close + 1) : QString())).trimmed();
    }
    while (base.endsWith(QStringLiteral("[]")))
        base.chop(2);
    base = base.simplified();
    const int dot = int(base.lastIndexOf(u'.'));
    if (dot >= 0 && !base.contains(u' '))
        base = base.mid(dot + 1);
    base.remove(u'"');
    return base;
}

QString canonicalPostgresType(const QString &type)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("varchar"), QStringLiteral("character varying")},
        {QStringLiteral("char"), QStringLiteral("character")},
        {QStringLiteral("bpchar"), QStringLiteral("character")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float"), QStringLiteral("double precision")},
        {QStringLiteral("decimal"), QStringLiteral("numeric")},
        {QStringLiteral("timestamptz"), QStringLiteral("timestamp with time zone")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp without time zone")},
        {QStringLiteral("time"), QStringLiteral("time without time zone")},
        {QStringLiteral("timetz"), QStringLiteral("time with time zone")},
        {QStringLiteral("varbit"), QStringLiteral("bit varying")},
        {QStringLiteral("serial"), QStringLiteral("integer")},
        {QStringLiteral("bigserial"), QStringLiteral("bigint")},
    };
    const QString base = baseTypeName(type);
    return aliases.value(base, base);
}

const QSet<QString> &builtinTypes(DialectKind dialect)
{
    static const QSet<QString> postgres = [] {
        QSet<QString> set;
        for (const char *name : {"smallint",
                                 "integer",
                                 "bigint",
                                 "numeric",
                                 "real",
                                 "double precision",
                                 "money",
                                 "boolean",
                                 "text",
                                 "character varying",
                                 "character",
                                 "date",
                                 "timestamp with time zone",
                                 "timestamp without time zone",
                                 "time without time zone",
                                 "time with time zone",
                                 "interval",
                                 "uuid",
                                 "json",
                                 "jsonb",
                                 "bytea",
                                 "inet",
                                 "cidr",
                                 "macaddr",
                                 "macaddr8",
                                 "tsvector",
                                 "tsquery",
                                 "xml",
                                 "point",
                                 "line",
                                 "box",
                                 "polygon",
                                 "circle",
                                 "bit",
                                 "bit varying",
                                 "int4range",
                                 "int8range",
                                 "numrange",
                                 "tsrange",
                                 "tstzrange",
                                 "daterange",
                                 "citext"})
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    static const QSet<QString> sqlite = [] {
        QSet<QString> set;
        for (const char *name : {"integer",     "int",
                                 "bigint",      "smallint",
                                 "tinyint",     "real",
                                 "double",      "float",
                                 "numeric",     "decimal",
                                 "boolean",     "text",
                                 "varchar",     "character varying",
                                 "char",        "clob",
                                 "blob",        "date",
                                 "datetime",    "timestamp",
                                 "timestamptz", "json",
                                 "jsonb",       "any",
                                 "uuid"})
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    static const QSet<QString> mysql = [] {
        QSet<QString> set;
        for (const char *name : {"tinyint",
                                 "smallint",
                                 "mediumint",
                                 "int",
                                 "integer",
                                 "bigint",
                                 "decimal",
                                 "numeric",
                                 "float",
                                 "double",
                                 "real",
                                 "bit",
                                 "boolean",
                                 "bool",
                                 "date",
                                 "datetime",
                                 "timestamp",
                                 "time",
                                 "year",
                                 "char",
                                 "varchar",
                                 "binary",
                                 "varbinary",
                                 "tinytext",
                                 "text",
                                 "mediumtext",
                                 "longtext",
                                 "tinyblob",
                                 "blob",
                                 "mediumblob",
                                 "longblob",
                                 "json",
                                 "enum",
                                 "set",
                                 "geometry",
                                 "point",
                                 "bigint unsigned",
                                 "int unsigned"})
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    switch (dialect) {
    case DialectKind::PostgreSQL:
        return postgres;
    case DialectKind::SQLite:
        return sqlite;
    case DialectKind::MySQL:
        return mysql;
    }
    return postgres;
}

// A name of at most `limit` bytes: long names keep their head and get a short hash suffix.
QString fitName(const QString &name, int limit)
{
    if (limit <= 0 || name.toUtf8().size() <= limit)
        return name;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return QString::fromUtf8(name.toUtf8().left(limit - 9)) + u'_' + hash;
}

void fail(const QString &message)
{
    throw CompileError(message);
}

void checkExpression(CompileContext &ctx, const QString &key,
                     const std::optional<QString> &expression)
{
    if (!expression)
        return;
    const QString reason = SqlTokenizer::unsafeExpressionReason(*expression, ctx.dialect);
    if (!reason.isEmpty())
        fail(
            QStringLiteral("$.column.%1: %2: %3").arg(key, InertText::quoted(*expression), reason));
    if (ctx.dialect != DialectKind::PostgreSQL)
        return;
    // Offline too: the PostgreSQL grammar (15, libpg_query) reads the expression now, so a
    // typo fails here and not halfway through a run. Newer servers accept syntax 15 does not
    // know: for them the parser's word is a warning, and the server's check (--db) decides.
    const ExpressionProblem problem = ExpressionParser::check(*expression);
    if (problem.message.isEmpty())
        return;
    const QString where =
        problem.position > 0
            ? Compiler::tr(" at character %1 of the expression").arg(problem.position)
            : QString();
    const QString line = QStringLiteral("$.column.%1: %2: %3%4")
                             .arg(key, InertText::quoted(*expression), problem.message, where);
    if (ctx.version >= 160000)
        ctx.warnings << Compiler::tr("%1 (PostgreSQL 15 grammar; check it with --db)").arg(line);
    else
        fail(line);
}

// The server version: the command line, then the live server, then the plan, then a cautious
// default; refuses versions Column Planner does not write for.
void resolveVersion(CompileContext &ctx, const Plan &plan, const CompileOptions &options,
                    const Catalog *catalog)
{
    QString versionSource = options.serverVersion;
    if (!versionSource.isEmpty()) {
        ctx.version = Compiler::parseServerVersion(versionSource, ctx.dialect);
        if (ctx.version == 0)
            fail(Compiler::tr("--server-version: \"%1\" is not a %2 version (e.g. %3)")
                     .arg(versionSource, dialectName(ctx.dialect),
                          ctx.dialect == DialectKind::PostgreSQL ? QStringLiteral("15")
                          : ctx.dialect == DialectKind::MySQL    ? QStringLiteral("8.0.35")
                                                                 : QStringLiteral("3.45.1")));
    } else if (catalog && catalog->serverVersionNumber > 0) {
        ctx.version = catalog->serverVersionNumber;
        if (ctx.dialect == DialectKind::PostgreSQL)
            ctx.version = ctx.version / 10000 * 10000 +
                          (ctx.version >= 100000 ? ctx.version % 100 : ctx.version % 10000);
    } else if (!plan.serverVersion.isEmpty() &&
               (!options.dialect || *options.dialect == plan.dialect)) {
        ctx.version = Compiler::parseServerVersion(plan.serverVersion, ctx.dialect);
        if (ctx.version == 0)
            fail(Compiler::tr("$.target.server_version: \"%1\" is not a %2 version")
                     .arg(plan.serverVersion, dialectName(ctx.dialect)));
    } else {
        ctx.version = ctx.dialect == DialectKind::PostgreSQL ? 120000
                      : ctx.dialect == DialectKind::SQLite   ? 3035000
                      : ctx.mariadb                          ? 100200
                                                             : 80011;
        ctx.warnings
            << Compiler::tr(
                   "server version unknown: assumed %1 %2, so the script also runs on newer "
                   "servers "
                   "(give --server-version or target.server_version to use newer features)")
                   .arg(ctx.mariadb ? QStringLiteral("MariaDB") : dialectName(ctx.dialect),
                        Compiler::versionText(ctx.version, ctx.dialect));
    }
    if (ctx.dialect == DialectKind::PostgreSQL && ctx.version < 100000)
        fail(
            Compiler::tr(
                "PostgreSQL %1 is not supported: Column Planner writes SQL for PostgreSQL 10 to 18")
                .arg(Compiler::versionText(ctx.version, ctx.dialect)));
    if (ctx.dialect == DialectKind::MySQL && !ctx.mariadb && ctx.version < 80000)
        fail(Compiler::tr("MySQL %1 is not supported: Column Planner writes SQL for MySQL 8.0 and "
                          "MariaDB 10.x")
                 .arg(Compiler::versionText(ctx.version, ctx.dialect)));
}

// The table in the catalog: its schema, its primary key, and no column of the new one's name.
void findTable(CompileContext &ctx, const Plan &plan, const Catalog &catalog)
{
    const TableInfo *table = nullptr;
    if (ctx.dialect == DialectKind::SQLite)
        table = catalog.table(QStringLiteral("main"), plan.table);
    else if (!plan.schema.isEmpty())
        table = catalog.table(plan.schema, plan.table);
    else {
        const QList<const TableInfo *> named = catalog.tablesNamed(plan.table);
        if (named.size() > 1)
            fail(Compiler::tr("$.table: table name \"%1\" is ambiguous in %2; give table.schema")
                     .arg(plan.table, catalog.database));
        table = named.value(0);
    }
    if (!table)
        fail(Compiler::tr("$.table: no table \"%1\" in database %2")
                 .arg(plan.schema.isEmpty() || ctx.dialect == DialectKind::SQLite
                          ? plan.table
                          : plan.schema + u'.' + plan.table,
                      catalog.database));
    ctx.table = *table;
    if (ctx.dialect != DialectKind::SQLite)
        ctx.schema = table->schema;
    // PostgreSQL refuses ADD COLUMN on a partition; and on a partitioned table it refuses CREATE
    // INDEX CONCURRENTLY, which the enforce phase would reach only after the backfill.
    if (!table->partitionOf.isEmpty())
        fail(Compiler::tr("$.table: %1 is a partition of %2, and a partition cannot get a column "
                          "of its own: plan the column on the partitioned table at the top of "
                          "its tree")
                 .arg(table->qualifiedName(), table->partitionOf));
    if (!table->partitionKey.isEmpty() && plan.column.index && plan.column.index->unique)
        fail(Compiler::tr("$.column.index: %1 is partitioned (%2), and a unique index on it must "
                          "contain the partition key, which an index on the new column alone "
                          "cannot: drop \"unique\", or enforce uniqueness per partition")
                 .arg(table->qualifiedName(), table->partitionKey));
    if (!table->partitionKey.isEmpty() && plan.column.index && ctx.version > 0 &&
        ctx.version < 110000)
        fail(Compiler::tr("$.column.index: %1 is partitioned, and PostgreSQL %2 has no indexes on "
                          "partitioned tables (11 and later do): build an index on each partition "
                          "by hand, or upgrade")
                 .arg(table->qualifiedName(), Compiler::versionText(ctx.version, ctx.dialect)));
    QStringList existing;
    for (const ColumnInfo &column : table->columns)
        existing << column.name;
    for (const NameIssue &issue : reviewColumnName(ctx.column.name, ctx.dialect, {}, existing))
        if (issue.rule == u"column-exists")
            fail(QStringLiteral("$.column.name: ") +
                 QString(issue.message).replace(IdentifierRules::tr("the table"), ctx.tableName));
    ctx.keyColumns = table->primaryKey;
}

// The table and column names, checked, resolved in the catalog when there is one, and quoted.
// foreignSchema: the plan's schema was written for another dialect and means nothing here.
void resolveTable(CompileContext &ctx, const Plan &plan, const Catalog *catalog, bool foreignSchema)
{
    const ColumnSpec &col = ctx.column;
    if (plan.table.trimmed().isEmpty())
        fail(Compiler::tr("$.table.name: required"));
    for (const NameIssue &issue :
         reviewColumnName(col.name, ctx.dialect, col.type, {}, col.references.has_value()))
        if (issue.severity == u"error")
            fail(QStringLiteral("$.column.name: ") + issue.message);

    ctx.tableName = plan.table;
    ctx.schema = plan.schema;
    if (ctx.dialect == DialectKind::SQLite || foreignSchema)
        ctx.schema.clear();
    if (catalog) {
        findTable(ctx, plan, *catalog);
    } else {
        ctx.keyColumns = plan.primaryKey;
        if (ctx.keyColumns.isEmpty()) {
            ctx.keyColumns = {QStringLiteral("id")};
            ctx.keyAssumed = true;
            ctx.warnings << Compiler::tr("primary key unknown offline: assumed \"id\" (give --db, "
                                         "or table.primary_key in the plan)");
        }
    }
    if (ctx.dialect == DialectKind::PostgreSQL && ctx.schema.isEmpty()) {
        ctx.schema = QStringLiteral("public");
    }
    ctx.qTable = quoteQualified(ctx.schema, ctx.tableName, ctx.dialect);
    ctx.qColumn = ctx.q(col.name);
}

// enum_values: a PostgreSQL enum type (created unless it exists), a MySQL ENUM, or elsewhere a
// CHECK that the value is one of them.
void resolveEnumType(CompileContext &ctx, const Catalog *catalog)
{
    const ColumnSpec &col = ctx.column;
    if (ctx.dialect == DialectKind::PostgreSQL) {
        const QString base = baseTypeName(col.type);
        const bool named = isPlainIdentifier(base) &&
                           !builtinTypes(ctx.dialect).contains(canonicalPostgresType(base)) &&
                           base != u"enum";
        ctx.enumTypeName =
            named ? base
                  : fitName(ctx.tableName + u'_' + col.name, maxIdentifierBytes(ctx.dialect));
        for (const NameIssue &issue :
             reviewIdentifier(ctx.enumTypeName, ctx.dialect, Compiler::tr("enum type")))
            if (issue.severity == u"error")
                fail(QStringLiteral("$.column.type: ") + issue.message);
        bool exists = false;
        if (catalog)
            for (const QString &type : catalog->typeNames)
                exists = exists || baseTypeName(type) == ctx.enumTypeName;
        ctx.createEnum = !exists;
        ctx.typeSql = quoteQualified(ctx.schema, ctx.enumTypeName, ctx.dialect);
    } else if (ctx.dialect == DialectKind::MySQL) {
        QStringList values;
        for (const QString &value : col.enumValues)
            values << ctx.literal(value);
        ctx.typeSql = QStringLiteral("ENUM(%1)").arg(values.join(QStringLiteral(", ")));
    } else {
        ctx.typeSql = baseTypeName(col.type) == u"enum" ? QStringLiteral("TEXT") : col.type;
        QStringList values;
        for (const QString &value : col.enumValues)
            values << ctx.literal(value);
        ctx.enumCheck =
            QStringLiteral("%1 IN (%2)").arg(ctx.qColumn, values.join(QStringLiteral(", ")));
    }
}

// A type the server knows: the built-in list offline, the server's own types when connected.
void checkKnownType(CompileContext &ctx, const Catalog *catalog)
{
    const ColumnSpec &col = ctx.column;
    const QString canonical = ctx.dialect == DialectKind::PostgreSQL
                                  ? canonicalPostgresType(col.type)
                                  : baseTypeName(col.type);
    bool known = builtinTypes(ctx.dialect).contains(canonical);
    if (catalog && ctx.dialect == DialectKind::PostgreSQL) {
        known = false;
        for (const QString &type : catalog->typeNames)
            known = known || canonicalPostgresType(type) == canonical;
    } else if (catalog) {
        for (const QString &type : catalog->typeNames)
            known = known || baseTypeName(type) == canonical;
    }
    if (!known)
        fail(Compiler::tr("$.column.type: unknown type \"%1\" in %2%3")
                 .arg(col.type, ctx.mariadb ? QStringLiteral("MariaDB") : dialectName(ctx.dialect),
                      catalog ? Compiler::tr(" (not in the server's types)")
                              : Compiler::tr(
                                    " (offline list; give --db to check the server's own types)")));
    ctx.typeSql = col.type;
}

// The column's type as ADD COLUMN writes it.
void resolveType(CompileContext &ctx, const Catalog *catalog)
{
    const ColumnSpec &col = ctx.column;
    if (col.type.isEmpty())
        fail(Compiler::tr("$.column.type: required"));
    {
        const QString reason = SqlTokenizer::unsafeExpressionReason(col.type, ctx.dialect);
        if (!reason.isEmpty() || col.type.contains(u'\''))
            fail(Compiler::tr("$.column.type: \"%1\" is not a type name%2")
                     .arg(col.type,
                          reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + u')'));
    }
    if (!col.enumValues.isEmpty())
        resolveEnumType(ctx, catalog);
    else
        checkKnownType(ctx, catalog);
}

// The default, backfill and check expressions, whether the default is volatile, and what the
// column, the sync trigger and the index need of them.
void checkExpressions(CompileContext &ctx, const Plan &plan, const CompileOptions &options)
{
    const ColumnSpec &col = ctx.column;
    checkExpression(ctx, QStringLiteral("default"), col.defaultExpr);
    checkExpression(ctx, QStringLiteral("backfill"), col.backfill);
    checkExpression(ctx, QStringLiteral("check"), col.check);
    if (col.defaultExpr) {
        for (const QString &function :
             SqlTokenizer::calledFunctions(*col.defaultExpr, ctx.dialect)) {
            const QChar volatility = options.functionVolatility.value(function);
            if (volatility == u'v' || (volatility.isNull() && Compiler::isKnownVolatile(function)))
                ctx.defaultVolatile = true;
        }
    }
    if (!col.nullable && !col.defaultExpr && !col.backfill)
        fail(Compiler::tr("$.column: NOT NULL (nullable: false) needs a default or a backfill "
                          "expression to fill the existing rows"));
    if (plan.backfill.syncTrigger && (!col.backfill || col.backfill->trimmed().isEmpty()))
        fail(Compiler::tr("$.backfill.sync_trigger: needs column.backfill (the trigger writes the "
                          "backfill expression into new and updated rows)"));
    if (plan.backfill.syncTrigger && ctx.dialect != DialectKind::PostgreSQL)
        fail(Compiler::tr(
                 "$.backfill.sync_trigger: PostgreSQL only for now; turn it off for %1 (rows "
                 "written during the backfill must get the value from the application)")
                 .arg(ctx.mariadb                         ? QStringLiteral("MariaDB")
                      : ctx.dialect == DialectKind::MySQL ? QStringLiteral("MySQL")
                                                          : QStringLiteral("SQLite")));
}

// The index methods this dialect (and a unique index) can take.
void checkIndex(const CompileContext &ctx)
{
    const ColumnSpec &col = ctx.column;
    if (col.index && col.index->unique && col.index->method != u"btree")
        fail(Compiler::tr("$.column.index: a unique index must use btree, not %1")
                 .arg(col.index->method));
    if (col.index && ctx.dialect == DialectKind::SQLite && col.index->method != u"btree")
        fail(Compiler::tr("$.column.index.method: SQLite indexes are b-trees only, not %1")
                 .arg(col.index->method));
    if (col.index && ctx.dialect == DialectKind::MySQL && col.index->method != u"btree" &&
        col.index->method != u"hash")
        fail(Compiler::tr("$.column.index.method: MySQL supports btree or hash here, not %1")
                 .arg(col.index->method));
}

// The referenced table and column, found in the catalog when there is one, and quoted.
void resolveReference(CompileContext &ctx, const Catalog *catalog, bool foreignSchema)
{
    const ColumnSpec &col = ctx.column;
    const ReferenceSpec &ref = *col.references;
    const int dot = int(ref.table.indexOf(u'.'));
    QString refSchema = dot > 0 ? ref.table.left(dot) : QString();
    const QString refName = dot > 0 ? ref.table.mid(dot + 1) : ref.table;
    if (ctx.dialect == DialectKind::SQLite || foreignSchema)
        refSchema.clear();
    if (catalog) {
        const TableInfo *target = nullptr;
        if (ctx.dialect == DialectKind::SQLite)
            target = catalog->table(QStringLiteral("main"), refName);
        else
            target = refSchema.isEmpty() ? catalog->tablesNamed(refName).value(0)
                                         : catalog->table(refSchema, refName);
        if (!target)
            fail(Compiler::tr(
                     "$.column.references.table: no table \"%1\" to reference in database %2")
                     .arg(ref.table, catalog->database));
        if (!target->column(ref.column))
            fail(Compiler::tr("$.column.references.column: table %1 has no column \"%2\"")
                     .arg(ref.table, ref.column));
        if (ctx.dialect != DialectKind::SQLite)
            refSchema = target->schema;
    }
    if (ctx.dialect == DialectKind::PostgreSQL && refSchema.isEmpty())
        refSchema = ctx.schema;
    ctx.qReferencedTable = quoteQualified(refSchema, refName, ctx.dialect);
    ctx.qReferencedColumn = ctx.q(ref.column);
    ctx.onDeleteSql = ref.onDelete.toUpper();
    if (ctx.onDeleteSql == u"SET NULL" && !col.nullable)
        fail(Compiler::tr("$.column.references.on_delete: \"set null\" on a NOT NULL column "
                          "would fail every delete"));
}

// Generated names, fitted to the identifier limit.
void nameObjects(CompileContext &ctx, const Plan &plan)
{
    const ColumnSpec &col = ctx.column;
    const int limit = maxIdentifierBytes(ctx.dialect);
    const QString stem = ctx.tableName + u'_' + col.name;
    ctx.checkName = fitName(stem + QStringLiteral("_check"), limit);
    ctx.notNullName = fitName(stem + QStringLiteral("_not_null"), limit);
    ctx.foreignKeyName = fitName(stem + QStringLiteral("_fkey"), limit);
    ctx.indexName = fitName(
        stem + (col.index && col.index->unique ? QStringLiteral("_key") : QStringLiteral("_idx")),
        limit);
    ctx.uniqueName = ctx.indexName;
    if (ctx.table && col.index)
        for (const PartitionInfo &partition : ctx.table->partitions)
            ctx.partitionIndexNames.insert(
                partition.qualifiedName(),
                fitName(partition.name + u'_' + col.name + QStringLiteral("_idx"), limit));
    if (plan.backfill.syncTrigger)
        ctx.syncName = fitName(stem + QStringLiteral("_sync"), limit);
}

} // namespace

QString CompileContext::q(const QString &name) const
{
    return quoteIdentifier(name, dialect);
}

QString CompileContext::literal(const QString &text) const
{
    return quoteLiteral(text, dialect);
}

int Compiler::parseServerVersion(const QString &text, DialectKind dialect)
{
    QString trimmed = text.trimmed().toLower();
    for (const char *prefix : {"postgresql", "postgres", "pg", "mariadb", "mysql", "sqlite"})
        if (trimmed.startsWith(QLatin1String(prefix))) {
            trimmed = trimmed.mid(int(qstrlen(prefix))).trimmed();
            if (trimmed.startsWith(u'-') || trimmed.startsWith(u' '))
                trimmed = trimmed.mid(1);
        }
    const QStringList parts = trimmed.section(u'-', 0, 0).split(u'.');
    QList<int> numbers;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0)
            return 0;
        numbers << value;
    }
    if (numbers.isEmpty())
        return 0;
    switch (dialect) {
    case DialectKind::PostgreSQL:
        if (numbers.at(0) >= 10)
            return numbers.at(0) * 10000 + numbers.value(1, 0);
        return numbers.at(0) * 10000 + numbers.value(1, 0) * 100 + numbers.value(2, 0);
    case DialectKind::MySQL:
        if (numbers.size() < 2)
            return 0;
        return numbers.at(0) * 10000 + numbers.at(1) * 100 + numbers.value(2, 0);
    case DialectKind::SQLite:
        if (numbers.size() < 2)
            return 0;
        return numbers.at(0) * 1000000 + numbers.at(1) * 1000 + numbers.value(2, 0);
    }
    return 0;
}

QString Compiler::versionText(int number, DialectKind dialect)
{
    switch (dialect) {
    case DialectKind::PostgreSQL:
        return number >= 100000
                   ? QString::number(number / 10000)
                   : QStringLiteral("%1.%2").arg(number / 10000).arg(number / 100 % 100);
    case DialectKind::MySQL:
        return QStringLiteral("%1.%2.%3")
            .arg(number / 10000)
            .arg(number / 100 % 100)
            .arg(number % 100);
    case DialectKind::SQLite:
        return QStringLiteral("%1.%2.%3")
            .arg(number / 1000000)
            .arg(number / 1000 % 1000)
            .arg(number % 1000);
    }
    return {};
}

bool Compiler::isKnownVolatile(const QString &function)
{
    static const QSet<QString> volatileFunctions = {QStringLiteral("random"),
                                                    QStringLiteral("gen_random_uuid"),
                                                    QStringLiteral("uuid_generate_v1"),
                                                    QStringLiteral("uuid_generate_v1mc"),
                                                    QStringLiteral("uuid_generate_v4"),
                                                    QStringLiteral("uuidv4"),
                                                    QStringLiteral("uuidv7"),
                                                    QStringLiteral("clock_timestamp"),
                                                    QStringLiteral("timeofday"),
                                                    QStringLiteral("nextval"),
                                                    QStringLiteral("setval"),
                                                    QStringLiteral("txid_current"),
                                                    QStringLiteral("pg_current_xact_id"),
                                                    QStringLiteral("random_normal"),
                                                    QStringLiteral("uuid"),
                                                    QStringLiteral("uuid_short"),
                                                    QStringLiteral("rand"),
                                                    QStringLiteral("sysdate"),
                                                    QStringLiteral("randomblob"),
                                                    QStringLiteral("changes"),
                                                    QStringLiteral("last_insert_rowid")};
    return volatileFunctions.contains(function.toLower());
}

bool Compiler::isSqliteConstant(const QString &expression)
{
    SqlTokenizer tokenizer(DialectKind::SQLite);
    const QList<SqlLexToken> tokens = tokenizer.tokenize(expression);
    if (!tokenizer.error().isEmpty() || tokens.isEmpty())
        return false;
    int i = 0;
    if (tokens.size() == 2 && (tokens.at(0).text == u"-" || tokens.at(0).text == u"+"))
        i = 1;
    if (tokens.size() != i + 1)
        return false;
    const SqlLexToken &token = tokens.at(i);
    if (token.kind == SqlLexToken::Number || (token.kind == SqlLexToken::String && i == 0))
        return true;
    const QString word = token.text.toLower();
    return i == 0 && token.kind == SqlLexToken::Word &&
           (word == u"null" || word == u"true" || word == u"false");
}

CompileContext Compiler::prepare(const Plan &plan, const CompileOptions &options)
{
    CompileContext ctx;
    ctx.plan = plan;
    ctx.column = plan.column;
    ctx.dialect = options.dialect.value_or(plan.dialect);
    ctx.mariadb = ctx.dialect == DialectKind::MySQL &&
                  options.mariadb.value_or(options.dialect ? false : plan.mariadb);
    ctx.sqliteSchema = options.sqliteSchema;

    const Catalog *catalog =
        options.catalog && options.catalog->dialect == ctx.dialect ? options.catalog : nullptr;
    if (options.catalog && !catalog)
        fail(Compiler::tr("the database is %1 but the script is for %2")
                 .arg(dialectName(options.catalog->dialect), dialectName(ctx.dialect)));
    ctx.connected = catalog != nullptr;
    // The live server knows whether it is MariaDB; the plan's or the command line's word is a
    // guess.
    if (catalog && ctx.dialect == DialectKind::MySQL)
        ctx.mariadb = catalog->mariadb;
    resolveVersion(ctx, plan, options, catalog);

    // SQLite has no schemas; a MySQL schema is a database: a schema written for another
    // dialect ("public") means nothing there, so the connection's database is used.
    const bool foreignSchema =
        ctx.dialect == DialectKind::MySQL && plan.dialect != DialectKind::MySQL;
    resolveTable(ctx, plan, catalog, foreignSchema);
    resolveType(ctx, catalog);
    checkExpressions(ctx, plan, options);
    checkIndex(ctx);
    if (ctx.column.references)
        resolveReference(ctx, catalog, foreignSchema);
    nameObjects(ctx, plan);
    return ctx;
}

Script Compiler::compile(const Plan &plan, const CompileOptions &options)
{
    CompileContext ctx = prepare(plan, options);
    Script script;
    switch (ctx.dialect) {
    case DialectKind::PostgreSQL:
        script = PostgresDialect::compile(ctx);
        break;
    case DialectKind::SQLite:
        script = SqliteDialect::compile(ctx);
        break;
    case DialectKind::MySQL:
        script = MysqlDialect::compile(ctx);
        break;
    }
    script.dialect = ctx.dialect;
    script.mariadb = ctx.mariadb;
    script.serverVersion = ctx.version;
    script.title = plan.title;
    script.table = ctx.qTable;
    script.column = ctx.column.name;
    script.warnings = ctx.warnings + script.warnings;

    // Hand-edited phases replace the compiled ones, verbatim.
    for (Phase &phase : script.phases) {
        const auto edited = plan.overrides.constFind(phase.name);
        if (edited == plan.overrides.constEnd())
            continue;
        phase.handEdited = true;
        phase.editedSql = edited.value();
        Statement statement;
        statement.kind = Statement::Ddl;
        statement.sql = edited.value().trimmed();
        while (statement.sql.endsWith(u';'))
            statement.sql.chop(1);
        statement.purpose =
            QStringLiteral("hand-edited %1 phase from the plan's overrides").arg(phase.name);
        statement.transactional = false;
        statement.lock = QStringLiteral("unknown (hand-edited)");
        phase.statements = {statement};
    }
    return script;
}
