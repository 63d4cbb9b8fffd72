#include "catalogjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <algorithm>

namespace {

// The translation context of inspect's text listing and table detail (and the sizes the GUI
// shows): labels only; names, types, SQL and definitions stay as the server gives them.
class CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogText)
};

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QJsonValue nullable(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

} // namespace

QJsonObject tableToJson(const TableInfo &table)
{
    QJsonArray columns;
    for (const ColumnInfo &column : table.columns) {
        columns.append(QJsonObject{
            {QStringLiteral("name"), column.name},
            {QStringLiteral("type"), column.type},
            {QStringLiteral("nullable"), column.nullable},
            {QStringLiteral("default"),
             column.defaultExpr.isEmpty() ? QJsonValue() : QJsonValue(column.defaultExpr)},
            {QStringLiteral("identity"),
             column.identity.isEmpty() ? QJsonValue() : QJsonValue(column.identity)},
            {QStringLiteral("generated"),
             column.generated.isEmpty() ? QJsonValue() : QJsonValue(column.generated)},
            {QStringLiteral("position"), column.position},
            {QStringLiteral("comment"),
             column.comment.isEmpty() ? QJsonValue() : QJsonValue(column.comment)},
        });
    }
    QJsonArray indexes;
    for (const IndexInfo &index : table.indexes) {
        indexes.append(QJsonObject{
            {QStringLiteral("name"), index.name},
            {QStringLiteral("definition"), index.definition},
            {QStringLiteral("method"), index.method},
            {QStringLiteral("columns"), strings(index.columns)},
            {QStringLiteral("unique"), index.unique},
            {QStringLiteral("primary"), index.primary},
            {QStringLiteral("valid"), index.valid},
            {QStringLiteral("partial"), !index.predicate.isEmpty()},
            {QStringLiteral("predicate"),
             index.predicate.isEmpty() ? QJsonValue() : QJsonValue(index.predicate)},
            {QStringLiteral("size_bytes"), nullable(index.sizeBytes)},
        });
    }
    QJsonArray constraints;
    for (const ConstraintInfo &constraint : table.constraints) {
        QJsonObject object{
            {QStringLiteral("name"), constraint.name},
            {QStringLiteral("kind"), constraint.kind},
            {QStringLiteral("definition"), constraint.definition},
            {QStringLiteral("columns"), strings(constraint.columns)},
            {QStringLiteral("validated"), constraint.validated},
        };
        if (!constraint.referencedTable.isEmpty()) {
            object.insert(
                QStringLiteral("references"),
                QJsonObject{{QStringLiteral("table"), constraint.referencedTable},
                            {QStringLiteral("columns"), strings(constraint.referencedColumns)}});
        }
        constraints.append(object);
    }
    QJsonArray triggers;
    for (const TriggerInfo &trigger : table.triggers)
        triggers.append(QJsonObject{{QStringLiteral("name"), trigger.name},
                                    {QStringLiteral("definition"), trigger.definition},
                                    {QStringLiteral("enabled"), trigger.enabled}});
    QJsonArray views;
    for (const DependentView &view : table.dependentViews)
        views.append(QJsonObject{{QStringLiteral("schema"), view.schema},
                                 {QStringLiteral("name"), view.name},
                                 {QStringLiteral("materialized"), view.materialized}});
    QJsonObject object{
        {QStringLiteral("schema"), table.schema},
        {QStringLiteral("name"), table.name},
        {QStringLiteral("kind"), table.kind},
        {QStringLiteral("row_estimate"),
         table.rowEstimate < 0 ? QJsonValue() : QJsonValue(table.rowEstimate)},
        {QStringLiteral("row_estimate_source"),
         table.rowEstimateSource.isEmpty() ? QJsonValue() : QJsonValue(table.rowEstimateSource)},
        {QStringLiteral("total_bytes"), nullable(table.totalBytes)},
        {QStringLiteral("table_bytes"), nullable(table.tableBytes)},
        {QStringLiteral("size_source"),
         table.sizeSource.isEmpty() ? QJsonValue() : QJsonValue(table.sizeSource)},
        {QStringLiteral("primary_key"), strings(table.primaryKey)},
        {QStringLiteral("without_rowid"), table.withoutRowid},
        {QStringLiteral("comment"),
         table.comment.isEmpty() ? QJsonValue() : QJsonValue(table.comment)},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("indexes"), indexes},
        {QStringLiteral("constraints"), constraints},
        {QStringLiteral("triggers"), triggers},
        {QStringLiteral("dependent_views"), views},
    };
    if (!table.engine.isEmpty()) {
        object.insert(QStringLiteral("engine"), table.engine);
        object.insert(QStringLiteral("row_format"), table.rowFormat);
        object.insert(QStringLiteral("total_row_versions"),
                      table.totalRowVersions < 0 ? QJsonValue()
                                                 : QJsonValue(table.totalRowVersions));
        object.insert(QStringLiteral("fulltext_index"), table.hasFulltextIndex());
    }
    if (!table.partitionKey.isEmpty()) {
        QJsonArray partitions;
        for (const PartitionInfo &partition : table.partitions)
            partitions.append(QJsonObject{
                {QStringLiteral("schema"), partition.schema},
                {QStringLiteral("name"), partition.name},
                {QStringLiteral("parent"), partition.parent},
                {QStringLiteral("level"), partition.level},
                {QStringLiteral("bound"), partition.bound},
                {QStringLiteral("default"), partition.isDefault()},
                {QStringLiteral("partitioned"), partition.partitioned},
                {QStringLiteral("row_estimate"),
                 partition.rowEstimate < 0 ? QJsonValue() : QJsonValue(partition.rowEstimate)},
                {QStringLiteral("total_bytes"), nullable(partition.totalBytes)},
            });
        object.insert(QStringLiteral("partition_key"), table.partitionKey);
        object.insert(QStringLiteral("partitions"), partitions);
    }
    if (!table.partitionOf.isEmpty()) {
        object.insert(QStringLiteral("partition_of"), table.partitionOf);
        object.insert(QStringLiteral("partition_bound"), table.partitionBound);
    }
    return object;
}

QJsonObject catalogToJson(const Catalog &catalog)
{
    QJsonArray tables;
    for (const TableInfo &table : catalog.tables)
        tables.append(tableToJson(table));
    QJsonObject object{
        {QStringLiteral("dialect"), dialectName(catalog.dialect)},
        {QStringLiteral("server_version"), catalog.serverVersion},
        {QStringLiteral("server_version_num"), catalog.serverVersionNumber},
        {QStringLiteral("database"), catalog.database},
        {QStringLiteral("user"), catalog.user.isEmpty() ? QJsonValue() : QJsonValue(catalog.user)},
        {QStringLiteral("schemas"), strings(catalog.schemas)},
        {QStringLiteral("tables"), tables},
    };
    if (catalog.dialect == DialectKind::MySQL)
        object.insert(QStringLiteral("flavour"),
                      catalog.mariadb ? QStringLiteral("mariadb") : QStringLiteral("mysql"));
    return object;
}

Catalog catalogFromJson(const QJsonObject &json)
{
    Catalog catalog;
    catalog.dialect = dialectFromName(json.value(QStringLiteral("dialect")).toString())
                          .value_or(DialectKind::PostgreSQL);
    catalog.serverVersion = json.value(QStringLiteral("server_version")).toString();
    catalog.serverVersionNumber = json.value(QStringLiteral("server_version_num")).toInt();
    catalog.database = json.value(QStringLiteral("database")).toString();
    catalog.user = json.value(QStringLiteral("user")).toString();
    catalog.schemas = stringList(json.value(QStringLiteral("schemas")));
    catalog.mariadb = json.value(QStringLiteral("flavour")).toString() == u"mariadb";
    for (const QJsonValue &tableValue : json.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject object = tableValue.toObject();
        TableInfo table;
        table.schema = object.value(QStringLiteral("schema")).toString();
        table.name = object.value(QStringLiteral("name")).toString();
        table.kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("table"));
        table.rowEstimate = object.value(QStringLiteral("row_estimate")).toDouble(-1);
        table.rowEstimateSource = object.value(QStringLiteral("row_estimate_source")).toString();
        table.totalBytes = qint64(object.value(QStringLiteral("total_bytes")).toDouble(-1));
        table.tableBytes = qint64(object.value(QStringLiteral("table_bytes")).toDouble(-1));
        table.sizeSource = object.value(QStringLiteral("size_source")).toString();
        table.primaryKey = stringList(object.value(QStringLiteral("primary_key")));
        table.withoutRowid = object.value(QStringLiteral("without_rowid")).toBool();
        table.comment = object.value(QStringLiteral("comment")).toString();
        table.engine = object.value(QStringLiteral("engine")).toString();
        table.rowFormat = object.value(QStringLiteral("row_format")).toString();
        table.totalRowVersions = object.value(QStringLiteral("total_row_versions")).toInt(-1);
        table.partitionKey = object.value(QStringLiteral("partition_key")).toString();
        table.partitionOf = object.value(QStringLiteral("partition_of")).toString();
        table.partitionBound = object.value(QStringLiteral("partition_bound")).toString();
        for (const QJsonValue &value : object.value(QStringLiteral("partitions")).toArray()) {
            const QJsonObject p = value.toObject();
            PartitionInfo partition;
            partition.schema = p.value(QStringLiteral("schema")).toString();
            partition.name = p.value(QStringLiteral("name")).toString();
            partition.parent = p.value(QStringLiteral("parent")).toString();
            partition.level = p.value(QStringLiteral("level")).toInt(1);
            partition.bound = p.value(QStringLiteral("bound")).toString();
            partition.partitioned = p.value(QStringLiteral("partitioned")).toBool();
            partition.rowEstimate = p.value(QStringLiteral("row_estimate")).toDouble(-1);
            partition.totalBytes = qint64(p.value(QStringLiteral("total_bytes")).toDouble(-1));
            table.partitions << partition;
        }
        for (const QJsonValue &value : object.value(QStringLiteral("columns")).toArray()) {
            const QJsonObject c = value.toObject();
            table.columns << ColumnInfo{c.value(QStringLiteral("name")).toString(),
                                        c.value(QStringLiteral("type")).toString(),
                                        c.value(QStringLiteral("nullable")).toBool(true),
                                        c.value(QStringLiteral("default")).toString(),
                                        c.value(QStringLiteral("identity")).toString(),
                                        c.value(QStringLiteral("generated")).toString(),
                                        c.value(QStringLiteral("position")).toInt(),
                                        c.value(QStringLiteral("comment")).toString()};
        }
        for (const QJsonValue &value : object.value(QStringLiteral("indexes")).toArray()) {
            const QJsonObject i = value.toObject();
            IndexInfo index;
            index.name = i.value(QStringLiteral("name")).toString();
            index.definition = i.value(QStringLiteral("definition")).toString();
            index.method = i.value(QStringLiteral("method")).toString();
            index.columns = stringList(i.value(QStringLiteral("columns")));
            index.unique = i.value(QStringLiteral("unique")).toBool();
            index.primary = i.value(QStringLiteral("primary")).toBool();
            index.valid = i.value(QStringLiteral("valid")).toBool(true);
            index.predicate = i.value(QStringLiteral("predicate")).toString();
            index.sizeBytes = qint64(i.value(QStringLiteral("size_bytes")).toDouble(-1));
            table.indexes << index;
        }
        for (const QJsonValue &value : object.value(QStringLiteral("constraints")).toArray()) {
            const QJsonObject c = value.toObject();
            const QJsonObject references = c.value(QStringLiteral("references")).toObject();
            table.constraints << ConstraintInfo{
                c.value(QStringLiteral("name")).toString(),
                c.value(QStringLiteral("kind")).toString(),
                c.value(QStringLiteral("definition")).toString(),
                stringList(c.value(QStringLiteral("columns"))),
                c.value(QStringLiteral("validated")).toBool(true),
                references.value(QStringLiteral("table")).toString(),
                stringList(references.value(QStringLiteral("columns")))};
        }
        for (const QJsonValue &value : object.value(QStringLiteral("triggers")).toArray()) {
            const QJsonObject t = value.toObject();
            table.triggers << TriggerInfo{t.value(QStringLiteral("name")).toString(),
                                          t.value(QStringLiteral("definition")).toString(),
                                          t.value(QStringLiteral("enabled")).toBool(true)};
        }
        for (const QJsonValue &value : object.value(QStringLiteral("dependent_views")).toArray()) {
            const QJsonObject v = value.toObject();
            table.dependentViews << DependentView{v.value(QStringLiteral("schema")).toString(),
                                                  v.value(QStringLiteral("name")).toString(),
                                                  v.value(QStringLiteral("materialized")).toBool()};
        }
        catalog.tables << table;
    }
    return catalog;
}

QJsonObject activityToJson(const ActivitySnapshot &snapshot)
{
    QJsonArray backends;
    for (const BackendActivity &backend : snapshot.backends) {
        backends.append(QJsonObject{
            {QStringLiteral("pid"), backend.pid},
            {QStringLiteral("user"), backend.user},
            {QStringLiteral("application"), backend.application},
            {QStringLiteral("client_address"), backend.clientAddress},
            {QStringLiteral("state"), backend.state},
            {QStringLiteral("wait_event_type"), backend.waitEventType},
            {QStringLiteral("wait_event"), backend.waitEvent},
            {QStringLiteral("query"), backend.query},
            {QStringLiteral("transaction_age_s"), backend.transactionAgeSeconds < 0
                                                      ? QJsonValue()
                                                      : QJsonValue(backend.transactionAgeSeconds)},
            {QStringLiteral("query_age_s"),
             backend.queryAgeSeconds < 0 ? QJsonValue() : QJsonValue(backend.queryAgeSeconds)},
            {QStringLiteral("backend_xmin_age"),
             backend.backendXminAge.isEmpty() ? QJsonValue() : QJsonValue(backend.backendXminAge)},
        });
    }
    QJsonArray locks;
    for (const TableLock &lock : snapshot.tableLocks)
        locks.append(QJsonObject{{QStringLiteral("pid"), lock.pid},
                                 {QStringLiteral("relation"), lock.relation},
                                 {QStringLiteral("mode"), lock.mode},
                                 {QStringLiteral("granted"), lock.granted}});
    return QJsonObject{{QStringLiteral("taken_at"), snapshot.takenAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("backends"), backends},
                       {QStringLiteral("table_locks"), locks}};
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return CatalogText::tr("unknown");
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString formatRowEstimate(double rows)
{
    if (rows < 0)
        return CatalogText::tr("unknown");
    if (rows >= 1e9)
        return QString::number(rows / 1e9, 'f', 1) + QStringLiteral(" G");
    if (rows >= 1e6)
        return QString::number(rows / 1e6, 'f', 1) + QStringLiteral(" M");
    if (rows >= 1e4)
        return QString::number(rows / 1e3, 'f', 0) + QStringLiteral(" k");
    return QString::number(qint64(rows));
}

QString catalogSummaryText(const Catalog &catalog)
{
    QString text =
        CatalogText::tr("%1 %2, database %3%4\n")
            .arg(catalog.dialect == DialectKind::PostgreSQL ? QStringLiteral("PostgreSQL")
                 : catalog.dialect == DialectKind::SQLite   ? QStringLiteral("SQLite")
                 : catalog.mariadb                          ? QStringLiteral("MariaDB")
                                                            : QStringLiteral("MySQL"),
                 catalog.serverVersion, catalog.database,
                 catalog.user.isEmpty() ? QString() : CatalogText::tr(" as %1").arg(catalog.user));
    qsizetype partitions = 0;
    for (const TableInfo &table : catalog.tables)
        partitions += table.partitionOf.isEmpty() ? 0 : 1;
    text += (partitions > 0 ? CatalogText::tr("%1 tables (and %3 partitions) in %2 schemas\n\n")
                                  .arg(catalog.tables.size() - partitions)
                                  .arg(catalog.schemas.size())
                                  .arg(partitions)
                            : CatalogText::tr("%1 tables in %2 schemas\n\n")
                                  .arg(catalog.tables.size())
                                  .arg(catalog.schemas.size()));
    // Columns as wide as their widest entry or their heading in the user's language (English:
    // names at least 5, rows and size 10).
    const QString tableLabel = CatalogText::tr("table"), rowsLabel = CatalogText::tr("rows"),
                  sizeLabel = CatalogText::tr("size");
    int width = std::max(5, int(tableLabel.size()));
    for (const TableInfo &table : catalog.tables)
        width = std::max(width, int(table.qualifiedName().size()));
    const int rowsWidth = std::max(10, int(rowsLabel.size()));
    const int sizeWidth = std::max(10, int(sizeLabel.size()));
    text += QStringLiteral("%1  %2  %3  %4\n")
                .arg(tableLabel, -width)
                .arg(rowsLabel, rowsWidth)
                .arg(sizeLabel, sizeWidth)
                .arg(CatalogText::tr("primary key"));
    for (const TableInfo &table : catalog.tables) {
        if (!table.partitionOf.isEmpty())
            continue; // shown in its root's line, and in `inspect --table ROOT`
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(table.qualifiedName(), -width)
                    .arg(formatRowEstimate(table.rowEstimate), rowsWidth)
                    .arg(formatBytes(table.totalBytes), sizeWidth)
                    .arg(table.primaryKey.isEmpty() ? CatalogText::tr("(none)")
                                                    : table.primaryKey.join(QStringLiteral(", ")));
        if (!table.partitionKey.isEmpty())
            text += CatalogText::tr("%1  partitioned by %2: %3 partitions\n")
                        .arg(QString(), -width)
                        .arg(table.partitionKey)
                        .arg(table.partitions.size());
    }
    return text;
}

QString tableDetailText(const TableInfo &table)
{
    QString text = CatalogText::tr("%1 (%2): %3 rows (%4), %5 total, %6 heap\n")
                       .arg(table.qualifiedName(), table.kind, formatRowEstimate(table.rowEstimate),
                            table.rowEstimateSource.isEmpty() ? CatalogText::tr("no statistics")
                                                              : table.rowEstimateSource,
                            formatBytes(table.totalBytes), formatBytes(table.tableBytes));
    text += CatalogText::tr("primary key: %1\n")
                .arg(table.primaryKey.isEmpty() ? CatalogText::tr("(none)")
                                                : table.primaryKey.join(QStringLiteral(", ")));
    if (!table.partitionOf.isEmpty())
        text +=
            CatalogText::tr("partition of %1: %2\n").arg(table.partitionOf, table.partitionBound);
    if (!table.partitionKey.isEmpty()) {
        text += CatalogText::tr("partitioned by %1, %2 partitions:\n")
                    .arg(table.partitionKey)
                    .arg(table.partitions.size());
        for (const PartitionInfo &partition : table.partitions)
            text +=
                QStringLiteral("%1%2  %3%4\n")
                    .arg(QString(2 * partition.level, u' '), partition.qualifiedName(),
                         partition.bound,
                         partition.partitioned ? CatalogText::tr("  (partitioned)")
                                               : CatalogText::tr("  %1 rows, %2")
                                                     .arg(formatRowEstimate(partition.rowEstimate),
                                                          formatBytes(partition.totalBytes)));
    }
    if (!table.engine.isEmpty())
        text += CatalogText::tr(
                    "engine: %1, row format: %2, FULLTEXT index: %3, instant row versions: %4\n")
                    .arg(table.engine, table.rowFormat,
                         table.hasFulltextIndex() ? CatalogText::tr("yes") : CatalogText::tr("no"),
                         table.totalRowVersions < 0
                             ? CatalogText::tr("not kept by this server")
                             : CatalogText::tr("%1 of 64").arg(table.totalRowVersions));
    text += CatalogText::tr("\ncolumns:\n");
    for (const ColumnInfo &column : table.columns) {
        QString line = QStringLiteral("  %1 %2%3")
                           .arg(column.name, column.type,
                                column.nullable ? QString() : QStringLiteral(" NOT NULL"));
        if (!column.defaultExpr.isEmpty())
            line += QStringLiteral(" DEFAULT ") + column.defaultExpr;
        if (column.identity == u"auto_increment")
            line += QStringLiteral(" AUTO_INCREMENT");
        else if (!column.identity.isEmpty())
            line += QStringLiteral(" GENERATED ") + column.identity.toUpper() +
                    QStringLiteral(" AS IDENTITY");
        if (!column.generated.isEmpty())
            line += QStringLiteral(" GENERATED (") + column.generated + u')';
        text += line + u'\n';
    }
    text += CatalogText::tr("\nindexes:\n");
    for (const IndexInfo &index : table.indexes)
        text += QStringLiteral("  %1%2: %3\n")
                    .arg(index.name, index.valid ? QString() : QStringLiteral(" [INVALID]"),
                         index.definition.isEmpty() ? index.columns.join(QStringLiteral(", "))
                                                    : index.definition);
    text += CatalogText::tr("\nconstraints:\n");
    for (const ConstraintInfo &constraint : table.constraints)
        text += QStringLiteral("  %1 (%2)%3: %4\n")
                    .arg(constraint.name, constraint.kind,
                         constraint.validated ? QString() : QStringLiteral(" [NOT VALIDATED]"),
                         constraint.definition);
    if (!table.triggers.isEmpty()) {
        text += CatalogText::tr("\ntriggers:\n");
        for (const TriggerInfo &trigger : table.triggers)
            text +=
                QStringLiteral("  %1%2: %3\n")
                    .arg(trigger.name, trigger.enabled ? QString() : QStringLiteral(" [DISABLED]"),
                         trigger.definition);
    }
    if (!table.dependentViews.isEmpty()) {
        text += CatalogText::tr("\ndependent views:\n");
        for (const DependentView &view : table.dependentViews)
            text += QStringLiteral("  %1.%2%3\n")
                        .arg(view.schema, view.name,
                             view.materialized ? CatalogText::tr(" (materialized)") : QString());
    }
    return text;
}
