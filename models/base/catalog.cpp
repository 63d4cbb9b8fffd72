#include "catalog.h"

const ColumnInfo *TableInfo::column(const QString &columnName) const
{
    for (const ColumnInfo &info : columns) {
        if (info.name == columnName)
            return &info;
    }
    return nullptr;
}

const TableInfo *Catalog::table(const QString &schema, const QString &name) const
{
    for (const TableInfo &info : tables) {
        if (info.schema == schema && info.name == name)
            return &info;
    }
    return nullptr;
}

QList<const TableInfo *> Catalog::tablesNamed(const QString &name) const
{
    QList<const TableInfo *> found;
    for (const TableInfo &info : tables) {
        if (info.name == name)
            found << &info;
    }
    return found;
}

const TableInfo *Catalog::findTable(const QString &qualified) const
{
    const int dot = qualified.indexOf(u'.');
    if (dot > 0)
        return table(qualified.left(dot), qualified.mid(dot + 1));
    const auto found = tablesNamed(qualified);
    return found.isEmpty() ? nullptr : found.first();
}

bool TableInfo::hasFulltextIndex() const
{
    for (const IndexInfo &index : indexes)
        if (index.method.compare(QStringLiteral("fulltext"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
