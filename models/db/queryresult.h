#pragma once
// Rows returned by Session::execute, as text-or-null values: enough for checks and probes.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

struct QueryResult
{
    QStringList columns;
    QList<QVariantList> rows; // QVariant() for SQL NULL, QString otherwise
    qint64 affectedRows = -1;

    bool isEmpty() const { return rows.isEmpty(); }
    QVariant value(int row, int column) const { return rows.value(row).value(column); }
};
Q_DECLARE_METATYPE(QueryResult)
