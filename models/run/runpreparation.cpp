#include "runpreparation.h"

#include "base/identifierrules.h"
#include "base/sqltokenizer.h"
#include "db/dberror.h"
#include "db/session.h"
#include "review/expressionchecker.h"
#include "rundialect.h"
#include "sql/compiler.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace {

using Kind = DbError::Kind;

// The type as MySQL spells it in COLUMN_TYPE ("bigint(20)" on MariaDB), read from a temporary
// table; without the right to create one, the plan's own words, lower-cased.
QString mysqlTypeName(Session &session, const QString &typeSql)
{
    try {
        session.execute(
            QStringLiteral("CREATE TEMPORARY TABLE cp_run_type_probe (x %1)").arg(typeSql));
        const QString name = session.execute(QStringLiteral("SHOW COLUMNS FROM cp_run_type_probe"))
                                 .value(0, 1)
                                 .toString();
        session.execute(QStringLiteral("DROP TEMPORARY TABLE cp_run_type_probe"));
        return name;
    } catch (const DbError &error) {
        if (error.kind() == DbError::Kind::ConnectionLost)
            throw;
        return typeSql.toLower();
    }
}

// The type as the server spells it (format_type), for comparing a plan with an existing column.
QString serverTypeName(Session &session, const QString &typeSql)
{
    if (session.dialect() == DialectKind::MySQL)
        return mysqlTypeName(session, typeSql);
    try {
        session.execute(QStringLiteral("BEGIN"));
        session.execute(QStringLiteral("CREATE TEMP TABLE cp_run_type_probe (x %1) ON COMMIT DROP")
                            .arg(typeSql));
        const QString name =
            session
                .execute(QStringLiteral(
                    "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                    "'pg_temp.cp_run_type_probe'::regclass AND attname = 'x'"))
                .value(0, 0)
                .toString();
        session.execute(QStringLiteral("ROLLBACK"));
        return name;
    } catch (const DbError &) {
        try {
            session.execute(QStringLiteral("ROLLBACK"));
        } catch (const DbError &) {
        }
        // A read-only server: the type without its modifiers is the best we can compare.
        return session
            .execute(QStringLiteral("SELECT format_type(pg_typeof(NULL::%1), NULL)").arg(typeSql))
            .value(0, 0)
            .toString();
    }
}

} // namespace

QString RunPreparation::sha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString RunPreparation::phaseFingerprint(const Script &script, const Phase &phase)
{
    QString text = phase.name + u'\n';
    for (const Statement &statement : phase.statements)
        text += QString::number(statement.kind) + u'\t' + statement.sql + u'\t' + statement.expect +
                u'\n';
    if (phase.name == u"backfill")
        text += script.backfill.updateSql + u'\n';
    return sha256(text);
}

PreparedRun RunPreparation::prepare(Session &session, const Plan &plan)
{
    const std::unique_ptr<RunDialect> dialect = RunDialect::create(session.dialect());
    if (!dialect)
        RunDialect::refuseUnsupported(session.uri());
    if (session.dialect() == DialectKind::MySQL && plan.dialect != DialectKind::MySQL)
        throw DbError(Kind::BadInput,
                      RunPreparation::tr("the plan targets %1 but %2 is MySQL/MariaDB: write the "
                                         "plan for \"mysql\" or \"mariadb\"")
                          .arg(dialectName(plan.dialect), session.uri().display()));
    PreparedRun prepared;
    prepared.plan = plan;
    prepared.target = session.uri().display();
    prepared.serverVersion = session.serverVersion();

    CatalogFilter filter;
    filter.schema = plan.schema;
    Catalog catalog = session.catalog(filter);
    CompileOptions options;
    options.dialect = session.dialect();
    if (session.dialect() == DialectKind::PostgreSQL)
        options.serverVersion = session.serverVersion();

    // Find the table and take the new column out of our copy of the catalog: the compiler
    // then writes the same script as before expand ran, and we compare what exists.
    TableInfo *table = nullptr;
    for (TableInfo &candidate : catalog.tables)
        if (candidate.name == plan.table &&
            (plan.schema.isEmpty() || candidate.schema == plan.schema))
            table = table ? table : &candidate;
    std::optional<ColumnInfo> existing;
    if (table) {
        for (int i = 0; i < table->columns.size(); ++i)
            if (table->columns.at(i).name == plan.column.name) {
                existing = table->columns.takeAt(i);
                break;
            }
    }
    options.catalog = &catalog;

    CompileContext ctx;
    try {
        // A column that already exists cannot be added again for the check: skip it (resume).
        ExpressionChecker(session).prepareCompile(plan, options, !existing);
        prepared.script = Compiler::compile(plan, options);
        ctx = Compiler::prepare(plan, options);
    } catch (const CompileError &error) {
        throw DbError(Kind::BadInput, error.message());
    }
    prepared.context = ctx;
    prepared.tableIdentity = dialect->tableIdentity(session, ctx);
    if (session.dialect() == DialectKind::MySQL) {
        // MySQL has no ADD COLUMN IF NOT EXISTS: a run cut short between adding the column and
        // setting its default must not fail on the column when it resumes.
        const QString exists =
            QStringLiteral("SELECT count(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                           "%1 AND TABLE_NAME = %2 AND COLUMN_NAME = %3")
                .arg(ctx.schema.isEmpty() ? QStringLiteral("DATABASE()")
                                          : quoteLiteral(ctx.schema, DialectKind::MySQL),
                     quoteLiteral(ctx.tableName, DialectKind::MySQL),
                     quoteLiteral(plan.column.name, DialectKind::MySQL));
        for (Phase &phase : prepared.script.phases)
            for (Statement &statement : phase.statements)
                if (statement.kind == Statement::Ddl &&
                    statement.sql.contains(QStringLiteral("ADD COLUMN ") + ctx.qColumn,
                                           Qt::CaseInsensitive))
                    statement.skipIf = exists;
    }

    if (existing && plan.backfill.syncTrigger && plan.column.backfill &&
        session.dialect() == DialectKind::PostgreSQL) {
        // Expand may (re)install the sync trigger: its expression must work on real rows first.
        const QString failure = ExpressionChecker(session).checkOnRows(
            *plan.column.backfill, ctx.qTable, ctx.qColumn, ctx.typeSql, ctx.keyColumns);
        if (!failure.isEmpty())
            throw DbError(
                Kind::BadInput,
                QStringLiteral("$.column.backfill: %1 %2").arg(*plan.column.backfill, failure));
    }
    if (existing) {
        const QString wanted = serverTypeName(session, ctx.typeSql);
        if (wanted.compare(existing->type, Qt::CaseInsensitive) != 0)
            throw DbError(
                Kind::BadInput,
                RunPreparation::tr(
                    "column %1.%2 already exists as %3 but the plan wants %4: refusing to run "
                    "(drop the column, or change the plan's type)")
                    .arg(ctx.tableName, plan.column.name, existing->type, wanted));
        prepared.columnExists = true;
        prepared.defaultInPlace = !existing->defaultExpr.isEmpty();
    }
    if (!prepared.script.backfill.table.isEmpty()) {
        const QString fill = plan.column.backfill ? *plan.column.backfill
                                                  : plan.column.defaultExpr.value_or(QString());
        prepared.valueSql = dialect->valueSql(fill, ctx.typeSql);
        if (plan.column.backfill && plan.column.defaultExpr && !ctx.defaultVolatile)
            prepared.defaultSql = dialect->valueSql(*plan.column.defaultExpr, ctx.typeSql);
        // A value that depends on when it is computed (volatile, or stable like now(), which
        // each batch's transaction reads anew) can only be compared by NULL-ness.
        static const QRegularExpression timeKeyword(
            QStringLiteral(
                "\\b(current_timestamp|current_date|current_time|localtimestamp|localtime)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        prepared.valueVolatile = timeKeyword.match(fill).hasMatch();
        const QStringList calls = SqlTokenizer::calledFunctions(fill, session.dialect());
        const QHash<QString, QChar> volatility = ExpressionChecker(session).volatility(calls);
        for (const QString &function : calls) {
            const QChar kind = volatility.value(function);
            prepared.valueVolatile =
                prepared.valueVolatile || kind == u'v' || kind == u's' ||
                (kind.isNull() && Compiler::isKnownVolatile(function)) ||
                (session.dialect() == DialectKind::MySQL &&
                 function.compare(QStringLiteral("now"), Qt::CaseInsensitive) == 0);
        }
    }

    QString whole;
    for (const Phase &phase : prepared.script.phases) {
        const QString fingerprint = phaseFingerprint(prepared.script, phase);
        prepared.phaseSha256.insert(phase.name, fingerprint);
        whole += fingerprint;
    }
    prepared.scriptSha256 = sha256(whole);
    return prepared;
}
