#pragma once
// A statement with the values bound to its $1..$n: what Session::execute(sql, parameters) takes,
// handed around as one value so that no caller splices a value into SQL text.

#include <QMetaType>
#include <QString>
#include <QStringList>

struct BoundSql
{
    QString sql;
    QStringList parameters; // $1..$n, as text; a null QString binds NULL
};
Q_DECLARE_METATYPE(BoundSql)
