#include "lockmode.h"

namespace {

// Bit i set: conflicts with the mode whose enum value is i. Rows follow table 13.2 of the
// PostgreSQL 15 documentation ("Conflicting Lock Modes").
constexpr unsigned bit(LockMode mode)
{
    return 1u << unsigned(mode);
}

constexpr unsigned conflictRow(LockMode mode)
{
    using L = LockMode;
    switch (mode) {
    case L::None:
        return 0;
    case L::AccessShare:
        return bit(L::AccessExclusive);
    case L::RowShare:
        return bit(L::Exclusive) | bit(L::AccessExclusive);
    case L::RowExclusive:
        return bit(L::Share) | bit(L::ShareRowExclusive) | bit(L::Exclusive) |
               bit(L::AccessExclusive);
    case L::ShareUpdateExclusive:
        return bit(L::ShareUpdateExclusive) | bit(L::Share) | bit(L::ShareRowExclusive) |
               bit(L::Exclusive) | bit(L::AccessExclusive);
    case L::Share:
        return bit(L::RowExclusive) | bit(L::ShareUpdateExclusive) | bit(L::ShareRowExclusive) |
               bit(L::Exclusive) | bit(L::AccessExclusive);
    case L::ShareRowExclusive:
        return bit(L::RowExclusive) | bit(L::ShareUpdateExclusive) | bit(L::Share) |
               bit(L::ShareRowExclusive) | bit(L::Exclusive) | bit(L::AccessExclusive);
    case L::Exclusive:
        return bit(L::RowShare) | bit(L::RowExclusive) | bit(L::ShareUpdateExclusive) |
               bit(L::Share) | bit(L::ShareRowExclusive) | bit(L::Exclusive) |
               bit(L::AccessExclusive);
    case L::AccessExclusive:
        return bit(L::AccessShare) | bit(L::RowShare) | bit(L::RowExclusive) |
               bit(L::ShareUpdateExclusive) | bit(L::Share) | bit(L::ShareRowExclusive) |
               bit(L::Exclusive) | bit(L::AccessExclusive);
    }
    return 0;
}

struct Names
{
    LockMode mode;
    const char *name;
    const char *key;
};

constexpr Names names[] = {
    {LockMode::None, "NONE", "none"},
    {LockMode::AccessShare, "ACCESS SHARE", "access_share"},
    {LockMode::RowShare, "ROW SHARE", "row_share"},
    {LockMode::RowExclusive, "ROW EXCLUSIVE", "row_exclusive"},
    {LockMode::ShareUpdateExclusive, "SHARE UPDATE EXCLUSIVE", "share_update_exclusive"},
    {LockMode::Share, "SHARE", "share"},
    {LockMode::ShareRowExclusive, "SHARE ROW EXCLUSIVE", "share_row_exclusive"},
    {LockMode::Exclusive, "EXCLUSIVE", "exclusive"},
    {LockMode::AccessExclusive, "ACCESS EXCLUSIVE", "access_exclusive"},
};

} // namespace

QString LockMatrix::name(LockMode mode)
{
    return QString::fromLatin1(names[int(mode)].name);
}

QString LockMatrix::key(LockMode mode)
{
    return QString::fromLatin1(names[int(mode)].key);
}

LockMode LockMatrix::fromName(const QString &text)
{
    QString normal = text.trimmed().toUpper();
    normal.replace(u'_', u' ');
    if (normal.endsWith(QLatin1String("LOCK")))
        normal.chop(4);
    normal = normal.simplified();
    // pg_locks spells modes as "AccessExclusiveLock"
    for (const Names &entry : names) {
        QString compact = QString::fromLatin1(entry.name).remove(u' ');
        if (normal == QLatin1String(entry.name) || normal == compact)
            return entry.mode;
    }
    return LockMode::None;
}

bool LockMatrix::conflicts(LockMode held, LockMode requested)
{
    return (conflictRow(held) & bit(requested)) != 0;
}

QList<LockMode> LockMatrix::allModes()
{
    return {LockMode::AccessShare,  LockMode::RowShare,
            LockMode::RowExclusive, LockMode::ShareUpdateExclusive,
            LockMode::Share,        LockMode::ShareRowExclusive,
            LockMode::Exclusive,    LockMode::AccessExclusive};
}

QString LockMatrix::blockedSummary(LockMode mode)
{
    QStringList parts;
    if (blocksReads(mode))
        parts << tr("reads");
    else if (blocksRowLocks(mode))
        parts << QStringLiteral("SELECT FOR UPDATE");
    if (blocksWrites(mode))
        parts << tr("writes");
    if (blocksDdl(mode))
        parts << tr("DDL and VACUUM");
    else if (mode == LockMode::RowExclusive || mode == LockMode::RowShare)
        parts << tr("conflicting DDL");
    else if (mode == LockMode::AccessShare)
        parts << QStringLiteral("ACCESS EXCLUSIVE DDL");
    return parts.join(QStringLiteral(", "));
}
