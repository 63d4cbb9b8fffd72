#pragma once
// Readers for libpg_query's parse tree in its protobuf form (pg_query_parse_protobuf, unpacked
// by protobuf-c into typed C structs): every field is a typed member, a list is a count and an
// array of nodes, a string field is never null (empty when absent), a node field is null when
// absent. Reading typed members instead of a JSON document keeps the review cheap.

#include <pg_query/pg_query.pb-c.h>

#include <QString>
#include <QStringList>
#include <functional>
#include <span>

namespace parsetree {

using Node = PgQuery__Node;
using NodeList = std::span<Node *const>;

// The nodes of a repeated field: for (const Node *cmd : nodes(stmt->n_cmds, stmt->cmds)).
inline NodeList nodes(size_t count, Node *const *items)
{
    return count ? NodeList(items, count) : NodeList();
}

// PostgreSQL's name of the node's type ("AlterTableStmt", "A_Const"); empty for null.
QLatin1String typeName(const Node *node);
// A string field of the tree.
inline QString text(const char *utf8)
{
    return utf8 && *utf8 ? QString::fromUtf8(utf8) : QString();
}

// The String nodes of a list: ["pg_catalog", "int4"].
QStringList strings(NodeList nodes);
// The last String of a list, lower case ("int4" of pg_catalog.int4); empty when none.
QString lastName(NodeList nodes);
// The dotted name of a DROP or COMMENT object (a List of Strings, or one String): "public.idx".
QString objectName(const Node *node);
// "schema.name" or "name"; empty for null.
QString relationName(const PgQuery__RangeVar *rangeVar);
// The last name of a ColumnRef ("id" for t.id); empty for "*" or another node.
QString columnRefName(const Node *node);
// Integer value of an A_Const node; ok = false when it is not an integer constant.
int constInt(const Node *node, bool *ok = nullptr);
// String value of an A_Const (or the text of an integer, float or boolean), for SET values.
QString constText(const Node *node);

// Calls visit(node) for `node` and every node under it, depth first.
void forEachNode(const Node *node, const std::function<void(const Node *)> &visit);
void forEachNode(NodeList nodes, const std::function<void(const Node *)> &visit);

// A TypeName reduced to what the rules need.
struct TypeInfo
{
    QString name;         // last name, lower case: "int4", "varchar", "serial", "json"
    QList<int> modifiers; // (20) or (12,2); empty when none or not constant
    bool isArray = false;
    QString display() const; // "varchar(20)", "int4[]"
};
TypeInfo typeInfo(const PgQuery__TypeName *typeName);

} // namespace parsetree
