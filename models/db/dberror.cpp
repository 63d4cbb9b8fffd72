#include "dberror.h"

#include <QStringList>

DbError::DbError(Kind kind, const QString &message, const QString &sqlState, const QString &reason)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message),
      m_sqlState(sqlState), m_reason(reason)
{
}

int DbError::exitCode() const
{
    switch (m_kind) {
    case Kind::BadInput:
    case Kind::Unsupported:
        return 2;
    default:
        return 3;
    }
}

QString singleLine(const QString &text)
{
    QStringList parts;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    QString joined = parts.join(u' ');
    if (joined.endsWith(u'.'))
        joined.chop(1);
    return joined;
}
