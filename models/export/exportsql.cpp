#include "exportsql.h"

#include "parse/statementsplitter.h"
#include "sql/scriptrenderer.h"

#include <QRegularExpression>

namespace {

QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

QList<Statement> withoutComments(const QList<Statement> &statements)
{
    QList<Statement> out;
    for (const Statement &statement : statements)
        if (statement.kind != Statement::Comment)
            out << statement;
    return out;
}

} // namespace

QList<Statement> ExportSql::executable(const Phase &phase)
{
    if (!phase.handEdited)
        return withoutComments(phase.statements);
    QList<Statement> out;
    const QByteArray bytes = phase.editedSql.toUtf8();
    for (const StatementRegion &region : StatementSplitter::split(bytes)) {
        QString sql = QString::fromUtf8(bytes.mid(region.from, region.to - region.from)).trimmed();
        // Leading comment lines belong to the statement in the file, not to what is executed.
        while (sql.startsWith(QStringLiteral("--"))) {
            const qsizetype newline = sql.indexOf(u'\n');
            sql = newline < 0 ? QString() : sql.mid(newline + 1).trimmed();
        }
        if (sql.isEmpty())
            continue;
        Statement statement = Statement::make(
            Statement::Ddl, sql, QStringLiteral("hand-edited %1 phase").arg(phase.name),
            QStringLiteral("unknown (hand-edited)"), false);
        out << statement;
    }
    return out;
}

QList<Statement> ExportSql::executableRollback(const Phase &phase)
{
    return withoutComments(phase.rollback);
}

bool ExportSql::needsAutocommit(const QList<Statement> &statements)
{
    for (const Statement &statement : statements)
        if (!statement.transactional || statement.kind == Statement::Backfill)
            return true;
    return false;
}

QString ExportSql::dollarTag(const QString &base, const QString &text)
{
    QString tag = QStringLiteral("$%1$").arg(base);
    for (int n = 1; text.contains(tag); ++n)
        tag = QStringLiteral("$%1_%2$").arg(base).arg(n);
    return tag;
}

QString ExportSql::assertionSql(const Statement &check)
{
    const QString query = dollarTag(QStringLiteral("cp_query"), check.sql);
    const QString body =
        QStringLiteral(
            "DECLARE\n"
            "    cp_value text;\n"
            "BEGIN\n"
            "    EXECUTE %1%2%1 INTO cp_value;\n"
            "    IF cp_value IS DISTINCT FROM %3 THEN\n"
            "        RAISE EXCEPTION 'check failed: %: got %, expected %', %4, cp_value, %3;\n"
            "    END IF;\n"
            "END\n")
            .arg(query, check.sql, literal(check.expect), literal(check.purpose));
    const QString block = dollarTag(QStringLiteral("cp_check"), body);
    return QStringLiteral("DO %1\n%2%1").arg(block, body);
}

QString ExportSql::idempotentSql(const Statement &statement)
{
    if (statement.kind == Statement::Check)
        return assertionSql(statement);
    // A statement that must run outside a transaction cannot go into a DO block; those carry
    // IF [NOT] EXISTS themselves.
    if (statement.skipIf.isEmpty() || !statement.transactional)
        return statement.sql;
    const QString inner = dollarTag(QStringLiteral("cp_sql"), statement.sql);
    const QString body =
        QStringLiteral("BEGIN\n    IF (%1) = 0 THEN\n        EXECUTE %2%3%2;\n    END IF;\nEND\n")
            .arg(statement.skipIf, inner, statement.sql);
    const QString block = dollarTag(QStringLiteral("cp_once"), body);
    return QStringLiteral("DO %1\n%2%1").arg(block, body);
}

QString ExportSql::render(const QList<Statement> &statements, DialectKind dialect)
{
    QString out;
    for (Statement statement : statements) {
        statement.sql = idempotentSql(statement);
        if (statement.kind == Statement::Check) {
            statement.purpose =
                QStringLiteral("assert: %1 (expect %2)").arg(statement.purpose, statement.expect);
            statement.kind = Statement::Ddl;
            statement.lock = QStringLiteral("none (read only)");
        }
        statement.skipIf.clear();
        out += ScriptRenderer::renderStatement(statement, dialect);
    }
    return out;
}

QString ExportSql::slug(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString out = text.toLower().replace(nonWord, QStringLiteral("_"));
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    while (out.endsWith(u'_'))
        out.chop(1);
    return out.left(60);
}

QList<Statement> ExportSql::columnExistsCheck(const Script &script)
{
    return {Statement::check(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                            "%1::regclass AND attname = %2 AND NOT attisdropped")
                                 .arg(literal(script.table), literal(script.column)),
                             QStringLiteral("the column %1 exists").arg(script.column),
                             QStringLiteral("1"))};
}

QList<Statement> ExportSql::backfillDoneCheck(const Script &script)
{
    const BackfillJob &job = script.backfill;
    if (job.table.isEmpty())
        return {};
    return {Statement::check(
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL AND (%3) IS NOT NULL")
            .arg(job.table, job.column, job.expression),
        QStringLiteral("every row is backfilled"), QStringLiteral("0"))};
}
