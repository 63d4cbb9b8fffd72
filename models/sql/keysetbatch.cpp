#include "keysetbatch.h"

QString KeysetBatch::keyList(const QStringList &qKeys, const QString &suffix)
{
    QStringList parts;
    for (const QString &key : qKeys)
        parts << key + suffix;
    return parts.join(QStringLiteral(", "));
}

QString KeysetBatch::compare(const QStringList &qKeys, const QString &op, const QString &prefix)
{
    QStringList params;
    for (int i = 0; i < qKeys.size(); ++i)
        params << QStringLiteral(":%1_%2").arg(prefix).arg(i + 1);
    if (qKeys.size() == 1)
        return QStringLiteral("%1 %2 %3").arg(qKeys.first(), op, params.first());
    return QStringLiteral("(%1) %2 (%3)")
        .arg(qKeys.join(QStringLiteral(", ")), op, params.join(QStringLiteral(", ")));
}

QString KeysetBatch::range(const QStringList &qKeys)
{
    return QStringLiteral("%1 AND %2")
        .arg(compare(qKeys, QStringLiteral(">="), QStringLiteral("lo")),
             compare(qKeys, QStringLiteral("<="), QStringLiteral("hi")));
}

BackfillJob KeysetBatch::job(const QString &qTable, const QStringList &qKeys,
                             const QString &qColumn, const QString &expression, int batchRows,
                             const QString &setClause, const QString &guard)
{
    BackfillJob job;
    job.table = qTable;
    job.keyColumns = qKeys;
    job.column = qColumn;
    job.expression = expression;
    job.batchRows = batchRows;
    const QString keys = keyList(qKeys);
    const QString descending = keyList(qKeys, QStringLiteral(" DESC"));
    job.firstKeySql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %1 LIMIT 1").arg(keys, qTable);
    job.batchEndSql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %1 LIMIT 1 OFFSET :offset")
            .arg(keys, qTable, compare(qKeys, QStringLiteral(">="), QStringLiteral("lo")));
    job.lastKeySql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT 1")
            .arg(keys, qTable, compare(qKeys, QStringLiteral(">="), QStringLiteral("lo")),
                 descending);
    job.updateSql =
        QStringLiteral("UPDATE %1 SET %2 WHERE %3 AND %4 AND %5")
            .arg(qTable, setClause, compare(qKeys, QStringLiteral(">="), QStringLiteral("lo")),
                 compare(qKeys, QStringLiteral("<="), QStringLiteral("hi")), guard);
    job.nextKeySql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %1 LIMIT 1")
            .arg(keys, qTable, compare(qKeys, QStringLiteral(">"), QStringLiteral("hi")));
    return job;
}

QString KeysetBatch::bind(QString sql, const QStringList &lo, const QStringList &hi,
                          const QString &offset)
{
    // Highest index first so ":lo_1" never eats the head of ":lo_10".
    for (int i = int(lo.size()); i >= 1; --i)
        sql.replace(QStringLiteral(":lo_%1").arg(i), lo.at(i - 1));
    for (int i = int(hi.size()); i >= 1; --i)
        sql.replace(QStringLiteral(":hi_%1").arg(i), hi.at(i - 1));
    if (!offset.isEmpty())
        sql.replace(QStringLiteral(":offset"), offset);
    return sql;
}
