#pragma once
// One problem of the plan as the column designer says it: the form field it is about (in the
// form's order) and the text. Compile errors name their place as a plan-file path
// ("$.column.name: ..."), right for the command line and for plan files; in the window the path
// becomes the label of the field the user sees ("Name: ...").

#include <QCoreApplication>
#include <QList>
#include <QString>

struct DesignerMessage
{
    Q_DECLARE_TR_FUNCTIONS(DesignerMessage)

public:
    // The form's fields, top to bottom: problems are listed in this order.
    enum class Field
    {
        Table,
        Target,
        Name,
        Type,
        Nullability,
        Default,
        Backfill,
        Check,
        Values,
        References,
        Index,
        Comment,
        BackfillSettings,
        Plan, // the plan as a whole: no one field
    };

    Field field = Field::Plan;
    QString text;

    // "$.column.name: reserved word" -> {Name, "reserved word"}; a message without a path is
    // about the plan as a whole.
    static DesignerMessage fromCompileError(const QString &message);
    // The field a plan-file path is about: "$.column.references.table" -> References.
    static Field fieldOfPath(const QString &path);
    // The field an expression check reports on: "default", "backfill", "check".
    static Field fieldOfExpression(const QString &key);
    // The field's label in the form, without its mnemonic and colon: "Name".
    static QString label(Field field);
    // "Name: reserved word"; the text alone for the plan as a whole.
    QString toString() const;

    // Adds `message` unless the list already says something about its field (a compile error
    // repeating, in the plan file's words, what the form has said) or holds the same text.
    static void addUnlessKnown(QList<DesignerMessage> &messages, const DesignerMessage &message);
    // In the form's order, top to bottom (stable: a field's own messages keep their order).
    static void sortByField(QList<DesignerMessage> &messages);
};
