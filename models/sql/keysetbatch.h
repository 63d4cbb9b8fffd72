#pragma once
// Keyset batching SQL shared by the dialects: the statements that find a batch's bounds on the
// primary key and fill the rows between them, with placeholders (:lo_1, :hi_1, :offset) or
// with the names of procedural variables substituted for them.

#include "script.h"

#include <QString>
#include <QStringList>

class KeysetBatch
{
public:
    // qKeys are quoted key columns; setClause is e.g. "\"c\" = (amount * 100)" and guard the
    // condition a row still needs ("\"c\" IS NULL").
    static BackfillJob job(const QString &qTable, const QStringList &qKeys, const QString &qColumn,
                           const QString &expression, int batchRows, const QString &setClause,
                           const QString &guard);
    // "(k1, k2) >= (:lo_1, :lo_2)" or "k1 >= :lo_1".
    static QString compare(const QStringList &qKeys, const QString &op, const QString &prefix);
    static QString keyList(const QStringList &qKeys, const QString &suffix = {});
    // ":lo <= keys <= :hi": the rows of one batch.
    static QString range(const QStringList &qKeys);
    // Replaces :lo_N / :hi_N / :offset placeholders with the given texts.
    static QString bind(QString sql, const QStringList &lo, const QStringList &hi,
                        const QString &offset = {});
};
