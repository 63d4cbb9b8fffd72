#pragma once
// Small readers for libpg_query's JSON parse tree: a node is {"TypeName": {fields}}, lists are
// arrays of nodes, default values (false, 0, empty) are left out by the output.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace parsetree {

QString type(const QJsonValue &node);            // "ColumnDef"; empty for a non-node
QJsonObject body(const QJsonValue &node);        // the fields of a node
QJsonObject child(const QJsonObject &fields, QLatin1String key, QLatin1String nodeType);
QString str(const QJsonObject &fields, QLatin1String key);
bool flag(const QJsonObject &fields, QLatin1String key);
int integer(const QJsonObject &fields, QLatin1String key, int fallback = 0);
QJsonArray list(const QJsonObject &fields, QLatin1String key);
int location(const QJsonObject &fields);        // -1 when absent

// String nodes of a list: ["pg_catalog", "int4"].
QStringList strings(const QJsonArray &nodes);
// "schema.name" or "name" from a RangeVar's fields.
QString relationName(const QJsonObject &rangeVar);
// The last name of a ColumnRef ("id" for t.id); empty for "*".
QString columnRefName(const QJsonValue &node);
// Integer value of an A_Const node ({"ival": {}} is 0); nullopt-like: ok = false if not an int.
int constInt(const QJsonValue &node, bool *ok = nullptr);
// String value of an A_Const sval (or the text of an ival/fval), for SET values.
QString constText(const QJsonValue &node);

// A TypeName reduced to what the rules need.
struct TypeInfo
{
    QString name;         // last name, lower case: "int4", "varchar", "serial", "json"
    QList<int> modifiers; // (20) or (12,2); empty when none or not constant
    bool isArray = false;
    QString display() const; // "varchar(20)", "int4[]"
};
TypeInfo typeInfo(const QJsonObject &typeName);

} // namespace parsetree
