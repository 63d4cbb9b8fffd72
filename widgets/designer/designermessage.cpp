#include "designermessage.h"

#include <QRegularExpression>
#include <algorithm>

DesignerMessage DesignerMessage::fromCompileError(const QString &message)
{
    static const QRegularExpression path(QStringLiteral("^(\\$(?:\\.[a-z_]+)*): "));
    const QRegularExpressionMatch match = path.match(message);
    if (!match.hasMatch())
        return {Field::Plan, message};
    return {fieldOfPath(match.captured(1)), message.mid(match.capturedLength())};
}

DesignerMessage::Field DesignerMessage::fieldOfPath(const QString &path)
{
    const QStringList parts = path.split(u'.');
    const QString first = parts.value(1);
    const QString second = parts.value(2);
    if (first == u"table")
        return Field::Table;
    if (first == u"target")
        return Field::Target;
    if (first == u"backfill")
        return Field::BackfillSettings;
    if (first != u"column")
        return Field::Plan;
    if (second.isEmpty())
        return Field::Nullability; // what the column as a whole lacks: a value for existing rows
    static const QList<QPair<QString, Field>> columnKeys = {
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("type"), Field::Type},
        {QStringLiteral("nullable"), Field::Nullability},
        {QStringLiteral("default"), Field::Default},
        {QStringLiteral("backfill"), Field::Backfill},
        {QStringLiteral("check"), Field::Check},
        {QStringLiteral("enum_values"), Field::Values},
        {QStringLiteral("references"), Field::References},
        {QStringLiteral("index"), Field::Index},
        {QStringLiteral("comment"), Field::Comment},
    };
    for (const auto &[key, field] : columnKeys)
        if (key == second)
            return field;
    return Field::Plan;
}

DesignerMessage::Field DesignerMessage::fieldOfExpression(const QString &key)
{
    return fieldOfPath(QStringLiteral("$.column.") + key);
}

QString DesignerMessage::label(Field field)
{
    switch (field) {
    case Field::Table:
        return tr("Table");
    case Field::Target:
        return tr("Target");
    case Field::Name:
        return tr("Name");
    case Field::Type:
        return tr("Type");
    case Field::Nullability:
        return tr("Nullability");
    case Field::Default:
        return tr("Default");
    case Field::Backfill:
        return tr("Backfill");
    case Field::Check:
        return tr("Check");
    case Field::Values:
        return tr("Allowed values");
    case Field::References:
        return tr("References");
    case Field::Index:
        return tr("Index");
    case Field::Comment:
        return tr("Comment");
    case Field::BackfillSettings:
        return tr("Backfill settings");
    case Field::Plan:
        break;
    }
    return {};
}

QString DesignerMessage::toString() const
{
    return field == Field::Plan ? text : tr("%1: %2").arg(label(field), text);
}

void DesignerMessage::addUnlessKnown(QList<DesignerMessage> &messages,
                                     const DesignerMessage &message)
{
    const bool known =
        std::any_of(messages.cbegin(), messages.cend(), [&](const DesignerMessage &m) {
            return m.text == message.text || (m.field == message.field && m.field != Field::Plan);
        });
    if (!known)
        messages << message;
}

void DesignerMessage::sortByField(QList<DesignerMessage> &messages)
{
    std::stable_sort(messages.begin(), messages.end(),
                     [](const DesignerMessage &a, const DesignerMessage &b) {
                         return int(a.field) < int(b.field);
                     });
}
