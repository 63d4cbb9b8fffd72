#include "expressionchecker.h"

#include "base/identifierrules.h"
#include "base/inerttext.h"
#include "base/sqltokenizer.h"
#include "db/dberror.h"
#include "sql/sqlitedialect.h"

#include <QRegularExpression>

namespace {

// The server's words about an expression it was given inside a probe statement (SELECT
// (expression) FROM (SELECT t.*, NULL AS column ...)): the probe is ours, not the user's, so
// its text never reaches the message. MySQL quotes the probe from the error onwards ("near
// '...' at line 1"): kept only as far as the expression goes, else left out. PostgreSQL names
// columns through the probe's alias ("t.amount"): named as the user wrote them.
QString withoutProbe(const DbError &error, const QString &probe, const QString &expression)
{
    QString reason = singleLine(error.reason());
    static const QRegularExpression near(QStringLiteral(" near '(.*)' at line \\d+$"));
    if (const QRegularExpressionMatch match = near.match(reason); match.hasMatch()) {
        const QString quoted = match.captured(1);
        const qsizetype at = probe.indexOf(quoted);
        const qsizetype start = probe.indexOf(expression);
        const qsizetype end = start + expression.size();
        reason.truncate(match.capturedStart());
        if (at >= 0 && start >= 0 && at >= start && at < end)
            reason += QStringLiteral(" near '%1'").arg(quoted.left(end - at));
    }
    static const QRegularExpression alias(QStringLiteral("\"t\\.([^\"]+)\""));
    reason.replace(alias, QStringLiteral("\"\\1\""));
    return reason;
}

} // namespace

bool ExpressionChecker::hasColumn(const QString &qTable, const QString &qColumn)
{
    try {
        m_session.execute(QStringLiteral("SELECT t.%1 FROM %2 AS t LIMIT 0").arg(qColumn, qTable));
        return true;
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost)
            throw;
        return false; // no such column (or no such table: the probe itself then says so)
    }
}

QString ExpressionChecker::rowsWithColumn(const QString &qTable, const QString &qColumn,
                                          const QString &type)
{
    // The table's rows as they will look once the column exists: with it as it is (a resumed
    // run, the window after a run), or with a NULL of its type in its place.
    if (hasColumn(qTable, qColumn))
        return QStringLiteral("SELECT t.* FROM %1 AS t").arg(qTable);
    return type.isEmpty()
               ? QStringLiteral("SELECT t.*, NULL AS %2 FROM %1 AS t").arg(qTable, qColumn)
               : QStringLiteral("SELECT t.*, NULL::%3 AS %2 FROM %1 AS t")
                     .arg(qTable, qColumn, type);
}

QString ExpressionChecker::check(const QString &expression, const QString &qTable,
                                 const QString &qColumn, const QString &type,
                                 const QString &resultType)
{
    const QString unsafe = SqlTokenizer::unsafeExpressionReason(expression, m_session.dialect());
    if (!unsafe.isEmpty())
        return unsafe;
    if (m_session.dialect() == DialectKind::PostgreSQL) {
        const QString sql = QStringLiteral("SELECT (%1)::%2 FROM (%3) AS t LIMIT 0")
                                .arg(expression, resultType.isEmpty() ? type : resultType,
                                     rowsWithColumn(qTable, qColumn, type));
        try {
            m_session.execute(QStringLiteral("BEGIN"));
            m_session.execute(sql);
            m_session.execute(QStringLiteral("ROLLBACK"));
        } catch (const DbError &error) {
            try {
                m_session.execute(QStringLiteral("ROLLBACK"));
            } catch (const DbError &) {
                // The connection itself failed: the first error says why.
            }
            if (error.kind() != DbError::Kind::Query)
                throw;
            return withoutProbe(error, sql, expression);
        }
        return {};
    }
    if (m_session.dialect() == DialectKind::SQLite || m_session.dialect() == DialectKind::MySQL) {
        // MySQL and MariaDB resolve names and functions when preparing; LIMIT 0 reads no row.
        const QString sql = QStringLiteral("SELECT (%1) FROM (%2) AS t LIMIT 0")
                                .arg(expression, rowsWithColumn(qTable, qColumn, QString()));
        try {
            m_session.execute(sql);
        } catch (const DbError &error) {
            if (error.kind() != DbError::Kind::Query && error.kind() != DbError::Kind::BadInput)
                throw;
            return withoutProbe(error, sql, expression);
        }
        return {};
    }
    return {};
}

QString ExpressionChecker::checkOnRows(const QString &expression, const QString &qTable,
                                       const QString &qColumn, const QString &type,
                                       const QStringList &keyColumns, int sampleRows)
{
    if (m_session.dialect() != DialectKind::PostgreSQL || keyColumns.isEmpty())
        return {};
    QStringList keys, keysDesc, keyTexts;
    for (const QString &key : keyColumns) {
        const QString q = quoteIdentifier(key, DialectKind::PostgreSQL);
        keys << QStringLiteral("t.") + q;
        keysDesc << QStringLiteral("t.") + q + QStringLiteral(" DESC");
        keyTexts << QStringLiteral("t.%1::text").arg(q);
    }
    const QString rows = rowsWithColumn(qTable, qColumn, type);
    // The oldest and the newest rows by key: the newest are the most like what the application
    // writes next. Evaluated one row at a time in a loop only when the set as a whole fails, to
    // name the row.
    const QString sample =
        QStringLiteral("(SELECT * FROM (%1 ORDER BY %2 LIMIT %4) AS t UNION ALL SELECT * FROM (%1 "
                       "ORDER BY %3 LIMIT %4) AS t)")
            .arg(rows, keys.join(QStringLiteral(", ")), keysDesc.join(QStringLiteral(", ")))
            .arg(sampleRows / 2);
    auto rollback = [&] {
        try {
            m_session.execute(QStringLiteral("ROLLBACK"));
        } catch (const DbError &) {
        }
    };
    auto evaluate = [&](const QString &where, const QStringList &keyValues) {
        const QString sql = QStringLiteral("SELECT count((%1)::%2) FROM %3 AS t%4")
                                .arg(expression, type, sample, where);
        if (keyValues.isEmpty())
            m_session.execute(sql);
        else
            m_session.execute(sql, keyValues);
    };
    try {
        m_session.execute(QStringLiteral("BEGIN"));
        m_session.execute(QStringLiteral("SET LOCAL statement_timeout = '30s'"));
        evaluate(QString(), {});
        rollback();
        return {};
    } catch (const DbError &error) {
        rollback();
        if (error.kind() != DbError::Kind::Query)
            throw;
        // Find the first failing row's key, one row at a time (at most the sample).
        QString failingKey;
        try {
            m_session.execute(QStringLiteral("BEGIN"));
            const QueryResult sampleKeys =
                m_session.execute(QStringLiteral("SELECT %1 FROM %2 AS t")
                                      .arg(keyTexts.join(QStringLiteral(", ")), sample));
            rollback();
            for (const QVariantList &row : sampleKeys.rows) {
                QStringList conditions, values;
                for (int i = 0; i < keyColumns.size(); ++i) {
                    values << row.value(i).toString();
                    conditions << QStringLiteral("t.%1::text = $%2")
                                      .arg(quoteIdentifier(keyColumns.at(i),
                                                           DialectKind::PostgreSQL))
                                      .arg(values.size());
                }
                try {
                    m_session.execute(QStringLiteral("BEGIN"));
                    evaluate(QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
                             values);
                    rollback();
                } catch (const DbError &rowError) {
                    rollback();
                    if (rowError.kind() != DbError::Kind::Query)
                        throw;
                    failingKey = QStringLiteral("(%1)=(%2)")
                                     .arg(keyColumns.join(QStringLiteral(", ")),
                                          values.join(QStringLiteral(", ")));
                    break;
                }
            }
        } catch (const DbError &inner) {
            rollback();
            if (inner.kind() != DbError::Kind::Query)
                throw;
        }
        return failingKey.isEmpty() ? QStringLiteral("fails on the table's rows: %1")
                                          .arg(withoutProbe(error, {}, expression))
                                    : QStringLiteral("fails on the row with key %1: %2")
                                          .arg(failingKey, withoutProbe(error, {}, expression));
    }
}

QString ExpressionChecker::checkIntegerAffinity(const QString &expression, const QString &qTable,
                                                const QString &qColumn, const QString &type,
                                                int maxRows)
{
    if (m_session.dialect() != DialectKind::SQLite || type.trimmed().isEmpty() ||
        SqliteDialect::affinity(type) != u"INTEGER")
        return {};
    // A REAL with a fractional part stays REAL in an INTEGER column; 1234.0 becomes 1234.
    const QueryResult result = m_session.execute(
        QStringLiteral(
            "SELECT count(*), coalesce(sum(fraction), 0), max(CASE WHEN fraction THEN example END) "
            "FROM (SELECT typeof(v) = 'real' AND v <> CAST(v AS INTEGER) AS fraction, "
            "printf('%!.17g', v) AS example FROM (SELECT (%1) AS v FROM (%2) AS t LIMIT %3))")
            .arg(expression, rowsWithColumn(qTable, qColumn, QString()), QString::number(maxRows)));
    const QVariantList row = result.rows.value(0);
    const qint64 rows = row.value(0).toLongLong();
    const qint64 fractions = row.value(1).toLongLong();
    if (fractions == 0)
        return {};
    return tr("gives a fraction in %L1 of %L2 rows (for example %3): SQLite keeps such a value as "
              "REAL in the %4 column instead of an integer; write CAST(round(%5) AS INTEGER)")
        .arg(fractions)
        .arg(rows)
        .arg(row.value(2).toString(), type, expression);
}

QStringList ExpressionChecker::checkPlan(const CompileContext &ctx)
{
    QStringList problems;
    // An enum type the plan creates does not exist yet: check against text instead.
    const QString type = ctx.createEnum ? QStringLiteral("text") : ctx.typeSql;
    const struct
    {
        const char *key;
        std::optional<QString> expression;
        QString type;
    } items[] = {
        {"default", ctx.column.defaultExpr, type},
        {"backfill", ctx.column.backfill, type},
        {"check", ctx.column.check, QStringLiteral("boolean")},
    };
    for (const auto &item : items) {
        if (!item.expression)
            continue;
        const bool postgres = ctx.dialect == DialectKind::PostgreSQL;
        const QString message =
            check(*item.expression, ctx.qTable, ctx.qColumn, postgres ? type : QString(),
                  postgres ? item.type : QString());
        QString rowsMessage;
        if (message.isEmpty() && postgres && qstrcmp(item.key, "backfill") == 0)
            rowsMessage =
                checkOnRows(*item.expression, ctx.qTable, ctx.qColumn, type, ctx.keyColumns);
        if (!message.isEmpty())
            problems << QStringLiteral("$.column.%1: %2: %3")
                            .arg(QLatin1String(item.key), InertText::quoted(*item.expression),
                                 message);
        else if (!rowsMessage.isEmpty())
            problems << QStringLiteral("$.column.%1: %2 %3")
                            .arg(QLatin1String(item.key), InertText::quoted(*item.expression),
                                 rowsMessage);
    }
    return problems;
}

QHash<QString, QChar> ExpressionChecker::volatility(const QStringList &functions)
{
    QHash<QString, QChar> result;
    if (m_session.dialect() != DialectKind::PostgreSQL || functions.isEmpty())
        return result;
    // One parameter: the names as a text array, bound by the driver.
    QStringList elements;
    for (const QString &function : functions)
        elements << u'"' +
                        QString(function)
                            .replace(u'\\', QStringLiteral("\\\\"))
                            .replace(u'"', QStringLiteral("\\\"")) +
                        u'"';
    const QueryResult rows =
        m_session.execute(QStringLiteral("SELECT proname, max(provolatile::text) FROM pg_proc "
                                         "WHERE proname = ANY ($1::text[]) GROUP BY proname"),
                          {u'{' + elements.join(u',') + u'}'});
    for (const QVariantList &row : rows.rows)
        result.insert(row.value(0).toString(),
                      row.value(1).toString().isEmpty() ? QChar() : row.value(1).toString().at(0));
    return result;
}

void ExpressionChecker::prepareCompile(const Plan &plan, CompileOptions &options,
                                       bool checkExpressions)
{
    const CompileContext ctx = Compiler::prepare(plan, options);
    if (checkExpressions) {
        const QStringList problems = checkPlan(ctx);
        if (!problems.isEmpty())
            throw CompileError(problems.first());
    }
    if (plan.column.defaultExpr)
        options.functionVolatility =
            volatility(SqlTokenizer::calledFunctions(*plan.column.defaultExpr, ctx.dialect));
}
