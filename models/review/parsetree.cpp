#include "parsetree.h"

namespace parsetree {

QString type(const QJsonValue &node)
{
    const QJsonObject object = node.toObject();
    return object.isEmpty() ? QString() : object.constBegin().key();
}

QJsonObject body(const QJsonValue &node)
{
    const QJsonObject object = node.toObject();
    return object.isEmpty() ? QJsonObject() : object.constBegin().value().toObject();
}

QJsonObject child(const QJsonObject &fields, QLatin1String key, QLatin1String nodeType)
{
    // fields typed as a specific struct (RangeVar *relation) come unwrapped, Node * fields wrapped
    const QJsonObject object = fields.value(key).toObject();
    const auto wrapped = object.constFind(nodeType);
    return wrapped != object.constEnd() && object.size() == 1 ? wrapped->toObject() : object;
}

QString str(const QJsonObject &fields, QLatin1String key)
{
    return fields.value(key).toString();
}

bool flag(const QJsonObject &fields, QLatin1String key)
{
    return fields.value(key).toBool();
}

int integer(const QJsonObject &fields, QLatin1String key, int fallback)
{
    const QJsonValue value = fields.value(key);
    return value.isDouble() ? value.toInt() : fallback;
}

QJsonArray list(const QJsonObject &fields, QLatin1String key)
{
    return fields.value(key).toArray();
}

int location(const QJsonObject &fields)
{
    return integer(fields, QLatin1String("location"), -1);
}

QStringList strings(const QJsonArray &nodes)
{
    QStringList result;
    result.reserve(nodes.size());
    for (const QJsonValue &node : nodes) {
        const QJsonObject string = node.toObject().value(QLatin1String("String")).toObject();
        result << string.value(QLatin1String("sval")).toString();
    }
    return result;
}

QString relationName(const QJsonObject &rangeVar)
{
    const QString schema = str(rangeVar, QLatin1String("schemaname"));
    const QString name = str(rangeVar, QLatin1String("relname"));
    return schema.isEmpty() ? name : schema + u'.' + name;
}

QString columnRefName(const QJsonValue &node)
{
    if (type(node) != QLatin1String("ColumnRef"))
        return {};
    const QJsonArray fields = list(body(node), QLatin1String("fields"));
    if (fields.isEmpty())
        return {};
    const QJsonObject last = fields.last().toObject();
    return last.value(QLatin1String("String")).toObject().value(QLatin1String("sval")).toString();
}

int constInt(const QJsonValue &node, bool *ok)
{
    const QJsonObject fields = body(node);
    if (type(node) == QLatin1String("A_Const") && fields.contains(QLatin1String("ival"))) {
        if (ok)
            *ok = true;
        return fields.value(QLatin1String("ival")).toObject().value(QLatin1String("ival")).toInt();
    }
    if (ok)
        *ok = false;
    return 0;
}

QString constText(const QJsonValue &node)
{
    const QJsonObject fields = body(node);
    if (fields.contains(QLatin1String("sval")))
        return fields.value(QLatin1String("sval")).toObject().value(QLatin1String("sval")).toString();
    if (fields.contains(QLatin1String("ival")))
        return QString::number(fields.value(QLatin1String("ival")).toObject().value(QLatin1String("ival")).toInt());
    if (fields.contains(QLatin1String("fval")))
        return fields.value(QLatin1String("fval")).toObject().value(QLatin1String("fval")).toString();
    return {};
}

QString TypeInfo::display() const
{
    QString text = name;
    if (!modifiers.isEmpty()) {
        QStringList parts;
        for (int modifier : modifiers)
            parts << QString::number(modifier);
        text += u'(' + parts.join(u',') + u')';
    }
    if (isArray)
        text += QStringLiteral("[]");
    return text;
}

TypeInfo typeInfo(const QJsonObject &typeName)
{
    TypeInfo info;
    const QStringList names = strings(list(typeName, QLatin1String("names")));
    if (!names.isEmpty())
        info.name = names.last().toLower();
    for (const QJsonValue &modifier : list(typeName, QLatin1String("typmods"))) {
        bool ok = false;
        const int value = constInt(modifier, &ok);
        if (ok)
            info.modifiers << value;
    }
    info.isArray = !list(typeName, QLatin1String("arrayBounds")).isEmpty();
    return info;
}

} // namespace parsetree
