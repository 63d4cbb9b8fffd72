#include "checkrunner.h"

#include "base/identifierrules.h"
#include "base/sqltokenizer.h"
#include "db/dberror.h"
#include "db/session.h"
#include "rundialect.h"
#include "sql/keysetbatch.h"

CheckRunner::CheckRunner(Session &session, const PreparedRun &prepared)
    : m_session(session), m_prepared(prepared), m_dialect(RunDialect::create(session.dialect()))
{
    if (!m_dialect)
        throw DbError(
            DbError::Kind::Unsupported,
            CheckRunner::tr("checks support PostgreSQL, MySQL and MariaDB targets; %1 is %2")
                .arg(session.uri().display(), dialectName(session.dialect())));
}

CheckRunner::~CheckRunner() = default;

bool CheckRunner::allPassed(const QList<RunCheckResult> &results)
{
    for (const RunCheckResult &result : results)
        if (!result.passed)
            return false;
    return true;
}

RunCheckResult CheckRunner::scalar(const QString &name, const QString &sql, const QString &expected,
                                   const QStringList &parameters)
{
    RunCheckResult result;
    result.name = name;
    result.sql = sql;
    if (!parameters.isEmpty()) {
        // What the placeholders stand for, where the user reads the check.
        QStringList values;
        for (int i = 0; i < parameters.size(); ++i)
            values << QStringLiteral("$%1 = %2")
                          .arg(i + 1)
                          .arg(parameters.at(i).isNull()
                                   ? QStringLiteral("NULL")
                                   : quoteLiteral(parameters.at(i), m_dialect->kind()));
        result.sql += QStringLiteral("  -- ") + values.join(QStringLiteral(", "));
    }
    result.expected = expected;
    // A check comes from the plan, which a teammate may have written: it runs as one query in a
    // read-only transaction that is rolled back, so it can read and nothing else.
    if (const QString why = notOneQuery(sql); !why.isEmpty()) {
        result.error = why;
        result.actual = QStringLiteral("error");
        result.passed = false;
        return result;
    }
    const bool postgres = m_dialect->kind() == DialectKind::PostgreSQL;
    try {
        m_session.execute(postgres ? QStringLiteral("BEGIN READ ONLY")
                                   : QStringLiteral("START TRANSACTION READ ONLY"));
        const QVariant value =
            (parameters.isEmpty() ? m_session.execute(sql) : m_session.execute(sql, parameters))
                .value(0, 0);
        m_session.execute(QStringLiteral("ROLLBACK"));
        result.actual = value.isNull() ? QStringLiteral("NULL") : value.toString();
        result.passed = result.actual == expected;
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost ||
            error.kind() == DbError::Kind::Canceled)
            throw;
        try {
            m_session.execute(QStringLiteral("ROLLBACK"));
        } catch (const DbError &) {
            // The first error says what went wrong.
        }
        result.error = singleLine(error.message());
        result.actual = QStringLiteral("error");
        result.passed = false;
    }
    return result;
}

QString CheckRunner::notOneQuery(const QString &sql) const
{
    SqlTokenizer tokenizer(m_dialect->kind());
    const QList<SqlLexToken> tokens = tokenizer.tokenize(sql);
    if (!tokenizer.error().isEmpty())
        return tokenizer.error();
    bool ended = false;
    for (const SqlLexToken &token : tokens) {
        if (token.kind == SqlLexToken::Comment)
            continue;
        if (ended)
            return CheckRunner::tr(
                "not run: a check is one query, and this one goes on after \";\"");
        ended = token.kind == SqlLexToken::Punct && token.text == u";";
    }
    return {};
}

qint64 CheckRunner::rowCount()
{
    return m_session
        .execute(QStringLiteral("SELECT count(*) FROM %1").arg(m_prepared.context.qTable))
        .value(0, 0)
        .toLongLong();
}

qint64 CheckRunner::countMismatches(int chunkRows)
{
    const BackfillJob &job = m_prepared.script.backfill;
    const CompileContext &ctx = m_prepared.context;
    QStringList types;
    for (const QString &key : ctx.keyColumns) {
        const ColumnInfo *column = ctx.table ? ctx.table->column(key) : nullptr;
        types << (column ? column->type : QString());
    }
    auto values = [](const QueryResult &result) {
        QStringList out;
        for (const QVariant &value : result.rows.first())
            out << value.toString();
        return out;
    };
    qint64 mismatches = 0;
    QueryResult lo = m_session.execute(job.firstKeySql);
    while (!lo.isEmpty()) {
        const QStringList loKey = values(lo);
        QueryResult hi = m_session.execute(
            m_dialect->bindKeys(job.batchEndSql, types, loKey, {}, QString::number(chunkRows - 1)));
        if (hi.isEmpty())
            hi = m_session.execute(m_dialect->bindKeys(job.lastKeySql, types, loKey, {}));
        if (hi.isEmpty())
            break;
        const QStringList hiKey = values(hi);
        const QString range = KeysetBatch::range(job.keyColumns);
        mismatches +=
            m_session
                .execute(m_dialect->bindKeys(
                    QStringLiteral("SELECT count(*) FROM %1 WHERE %2 AND %3")
                        .arg(job.table, range, m_dialect->valueDiffers(job.column, m_prepared)),
                    types, loKey, hiKey))
                .value(0, 0)
                .toLongLong();
        lo = m_session.execute(m_dialect->bindKeys(job.nextKeySql, types, {}, hiKey));
    }
    return mismatches;
}

QList<RunCheckResult> CheckRunner::runAll(const std::function<void(const RunCheckResult &)> &each)
{
    QList<RunCheckResult> results;
    auto add = [&](const RunCheckResult &result) {
        results << result;
        if (each)
            each(result);
    };
    const CompileContext &ctx = m_prepared.context;

    RunCheckResult count;
    count.name = CheckRunner::tr("table row count");
    count.sql = QStringLiteral("SELECT count(*) FROM %1").arg(ctx.qTable);
    count.informational = true;
    count.actual = QString::number(rowCount());
    add(count);

    // The compiled verify phase: column (and NOT NULL), rows backfilled, constraints validated,
    // index valid, the plan's own checks.
    if (const Phase *verify = m_prepared.script.phase(QStringLiteral("verify")))
        for (const Statement &statement : verify->statements)
            if (statement.kind == Statement::Check)
                add(scalar(statement.purpose, statement.sql, statement.expect));

    if (!m_prepared.valueSql.isEmpty()) {
        RunCheckResult mismatch;
        mismatch.name =
            m_prepared.valueVolatile
                ? CheckRunner::tr("rows left NULL where the backfill expression gives a "
                                  "value (it is volatile, so only NULL-ness is compared)")
                : CheckRunner::tr("rows whose value differs from the backfill expression");
        mismatch.sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 -- in keyset chunks")
                           .arg(ctx.qTable, m_dialect->valueDiffers(ctx.qColumn, m_prepared));
        mismatch.expected = QStringLiteral("0");
        try {
            mismatch.actual = QString::number(countMismatches());
            mismatch.passed = mismatch.actual == u"0";
        } catch (const DbError &error) {
            if (error.kind() == DbError::Kind::ConnectionLost)
                throw;
            mismatch.error = singleLine(error.message());
            mismatch.actual = QStringLiteral("error");
            mismatch.passed = false;
        }
        add(mismatch);
    }
    if (m_dialect->kind() == DialectKind::MySQL)
        addMysqlCatalogChecks(add);
    else
        addPostgresCatalogChecks(add);
    return results;
}

void CheckRunner::addPostgresCatalogChecks(const std::function<void(const RunCheckResult &)> &add)
{
    const CompileContext &ctx = m_prepared.context;
    // $1: the table, $2: the column.
    const QStringList names{ctx.qTable, m_prepared.plan.column.name};
    if (m_prepared.plan.column.defaultExpr)
        add(scalar(CheckRunner::tr("the column has its default"),
                   QStringLiteral("SELECT count(*) FROM pg_attrdef d JOIN pg_attribute a ON "
                                  "a.attrelid = d.adrelid AND a.attnum = d.adnum"
                                  " WHERE d.adrelid = $1::regclass AND a.attname = $2"),
                   QStringLiteral("1"), names));
    const QString attnum = QStringLiteral(
        "(SELECT attnum FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $2)");
    add(scalar(CheckRunner::tr("no INVALID index on the column"),
               QStringLiteral("SELECT count(*) FROM pg_index WHERE indrelid = $1::regclass AND NOT "
                              "indisvalid AND %1 = ANY (indkey::int2[])")
                   .arg(attnum),
               QStringLiteral("0"), names));
    add(scalar(CheckRunner::tr("no NOT VALID constraint on the column"),
               QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = $1::regclass "
                              "AND NOT convalidated AND conkey @> ARRAY[%1]")
                   .arg(attnum),
               QStringLiteral("0"), names));
}

void CheckRunner::addMysqlCatalogChecks(const std::function<void(const RunCheckResult &)> &add)
{
    // MySQL has no NOT VALID constraint and no INVALID index: what can be missing is the
    // default, the index and the CHECK, when an enforce step failed or was skipped.
    const CompileContext &ctx = m_prepared.context;
    const Plan &plan = m_prepared.plan;
    // $1: the schema (NULL: the connection's database), $2: the table, $3: the column or CHECK.
    const QString schema = ctx.schema.isEmpty() ? QString() : ctx.schema;
    const QString where =
        QStringLiteral("TABLE_SCHEMA = COALESCE($1, DATABASE()) AND TABLE_NAME = $2");
    const QStringList column{schema, ctx.tableName, plan.column.name};
    if (plan.column.defaultExpr)
        add(scalar(CheckRunner::tr("the column has its default"),
                   QStringLiteral("SELECT count(*) FROM information_schema.COLUMNS WHERE %1 AND "
                                  "COLUMN_NAME = $3 AND COLUMN_DEFAULT IS NOT NULL")
                       .arg(where),
                   QStringLiteral("1"), column));
    if (plan.column.index)
        add(scalar(CheckRunner::tr("an index covers the column"),
                   QStringLiteral("SELECT count(*) > 0 FROM information_schema.STATISTICS WHERE %1 "
                                  "AND COLUMN_NAME = $3")
                       .arg(where),
                   QStringLiteral("1"), column));
    if (plan.column.check && !ctx.checkName.isEmpty())
        add(scalar(CheckRunner::tr("the CHECK constraint is in place"),
                   QStringLiteral("SELECT count(*) FROM information_schema.TABLE_CONSTRAINTS WHERE "
                                  "CONSTRAINT_SCHEMA = COALESCE($1, DATABASE()) AND TABLE_NAME = $2"
                                  " AND CONSTRAINT_TYPE = 'CHECK' AND CONSTRAINT_NAME = $3"),
                   QStringLiteral("1"), {schema, ctx.tableName, ctx.checkName}));
}
