#include "expressionchecker.h"

#include "db/dberror.h"
#include "sql/identifierrules.h"
#include "sql/inerttext.h"
#include "sql/sqltokenizer.h"

QString ExpressionChecker::check(const QString &expression, const QString &qTable, const QString &qColumn, const QString &type,
                                 const QString &resultType)
{
    const QString unsafe = SqlTokenizer::unsafeExpressionReason(expression, m_session.dialect());
    if (!unsafe.isEmpty())
        return unsafe;
    if (m_session.dialect() == DialectKind::PostgreSQL) {
        const QString sql = QStringLiteral("SELECT (%1)::%2 FROM (SELECT t.*, NULL::%3 AS %4 FROM %5 AS t) AS t LIMIT 0")
                                .arg(expression, resultType.isEmpty() ? type : resultType, type, qColumn, qTable);
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
            return singleLine(error.message());
        }
        return {};
    }
    if (m_session.dialect() == DialectKind::SQLite || m_session.dialect() == DialectKind::MySQL) {
        // MySQL and MariaDB resolve names and functions when preparing; LIMIT 0 reads no row.
        const QString sql = m_session.dialect() == DialectKind::SQLite
                                ? QStringLiteral("SELECT (%1) FROM (SELECT *, NULL AS %2 FROM %3) LIMIT 0")
                                : QStringLiteral("SELECT (%1) FROM (SELECT t.*, NULL AS %2 FROM %3 AS t) AS t LIMIT 0");
        try {
            m_session.execute(sql.arg(expression, qColumn, qTable));
        } catch (const DbError &error) {
            if (error.kind() != DbError::Kind::Query && error.kind() != DbError::Kind::BadInput)
                throw;
            return singleLine(error.message());
        }
        return {};
    }
    return {};
}

QStringList ExpressionChecker::checkPlan(const CompileContext &ctx)
{
    QStringList problems;
    // An enum type the plan creates does not exist yet: check against text instead.
    const QString type = ctx.createEnum ? QStringLiteral("text") : ctx.typeSql;
    const struct { const char *key; std::optional<QString> expression; QString type; } items[] = {
        {"default", ctx.column.defaultExpr, type},
        {"backfill", ctx.column.backfill, type},
        {"check", ctx.column.check, QStringLiteral("boolean")},
    };
    for (const auto &item : items) {
        if (!item.expression)
            continue;
        const bool postgres = ctx.dialect == DialectKind::PostgreSQL;
        const QString message = check(*item.expression, ctx.qTable, ctx.qColumn, postgres ? type : QString(),
                                      postgres ? item.type : QString());
        if (!message.isEmpty())
            problems << QStringLiteral("$.column.%1: %2: %3")
                            .arg(QLatin1String(item.key), InertText::quoted(*item.expression),
                                 message);
    }
    return problems;
}

QHash<QString, QChar> ExpressionChecker::volatility(const QStringList &functions)
{
    QHash<QString, QChar> result;
    if (m_session.dialect() != DialectKind::PostgreSQL || functions.isEmpty())
        return result;
    QStringList literals;
    for (const QString &function : functions)
        literals << quoteLiteral(function, DialectKind::PostgreSQL);
    const QueryResult rows = m_session.execute(
        QStringLiteral("SELECT proname, max(provolatile::text) FROM pg_proc WHERE proname IN (%1) GROUP BY proname")
            .arg(literals.join(QStringLiteral(", "))));
    for (const QVariantList &row : rows.rows)
        result.insert(row.value(0).toString(), row.value(1).toString().isEmpty() ? QChar() : row.value(1).toString().at(0));
    return result;
}

void ExpressionChecker::prepareCompile(const Plan &plan, CompileOptions &options, bool checkExpressions)
{
    const CompileContext ctx = Compiler::prepare(plan, options);
    if (checkExpressions) {
        const QStringList problems = checkPlan(ctx);
        if (!problems.isEmpty())
            throw CompileError(problems.first());
    }
    if (plan.column.defaultExpr)
        options.functionVolatility = volatility(SqlTokenizer::calledFunctions(*plan.column.defaultExpr, ctx.dialect));
}
