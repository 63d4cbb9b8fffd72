#include "scriptrenderer.h"

#include "base/inerttext.h"
#include "compiler.h"

#include <QCryptographicHash>
#include <stdexcept>

namespace {

// Each line of `text` as a "--" comment. Only '\n' makes a new comment line; any other control
// character (a '\r' ends a comment for PostgreSQL's scanner, U+2028 for some editors) is escaped.
QString commentLines(const QString &prefix, const QString &text)
{
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += QStringLiteral("-- %1%2\n").arg(prefix, InertText::commentLine(line));
    return out;
}

QString dialectTitle(const Script &script)
{
    if (script.dialect == DialectKind::MySQL && script.mariadb)
        return QStringLiteral("MariaDB %1")
            .arg(Compiler::versionText(script.serverVersion, script.dialect).section(u'.', 0, 1));
    switch (script.dialect) {
    case DialectKind::PostgreSQL:
        return QStringLiteral("PostgreSQL %1")
            .arg(Compiler::versionText(script.serverVersion, script.dialect));
    case DialectKind::MySQL:
        return QStringLiteral("MySQL %1")
            .arg(Compiler::versionText(script.serverVersion, script.dialect));
    case DialectKind::SQLite:
        return QStringLiteral("SQLite %1")
            .arg(Compiler::versionText(script.serverVersion, script.dialect));
    }
    return {};
}

QString renderStatements(const QList<Statement> &statements, DialectKind dialect)
{
    QString out;
    for (const Statement &statement : statements)
        out += ScriptRenderer::renderStatement(statement, dialect);
    return out;
}

} // namespace

QString ScriptRenderer::header(const Script &script)
{
    QString out;
    // The title and the names come from the plan: each stays on its comment line.
    out += QStringLiteral("-- Column Planner: %1\n")
               .arg(InertText::commentLine(script.title.isEmpty()
                                               ? QStringLiteral("add column ") + script.column
                                               : script.title));
    out += QStringLiteral("-- %1, table %2, column %3\n")
               .arg(dialectTitle(script), InertText::commentLine(script.table),
                    InertText::commentLine(script.column));
    for (const QString &warning : script.warnings)
        out += commentLines(QStringLiteral("warning: "), warning);
    return out;
}

QString ScriptRenderer::renderStatement(const Statement &statement, DialectKind dialect)
{
    QString out;
    QString about = statement.purpose;
    if (statement.kind == Statement::Check)
        about = QStringLiteral("check: %1 (expect %2)").arg(statement.purpose, statement.expect);
    else if (statement.kind == Statement::BatchRepeat || statement.kind == Statement::Backfill ||
             statement.kind == Statement::Ddl)
        about += QStringLiteral(" [lock: %1]").arg(statement.lock);
    if (statement.kind == Statement::Ddl && !statement.transactional)
        about += QStringLiteral(" [outside a transaction]");
    out += commentLines({}, about);
    for (const QString &warning : statement.warnings)
        out += commentLines(QStringLiteral("warning: "), warning);
    if (statement.kind == Statement::Comment)
        return out + commentLines({}, statement.sql);
    if (statement.needsDelimiter && dialect == DialectKind::MySQL)
        return out + QStringLiteral("DELIMITER //\n%1 //\nDELIMITER ;\n").arg(statement.sql);
    return out + statement.sql + QStringLiteral(";\n");
}

QString ScriptRenderer::render(const Script &script, const RenderOptions &options)
{
    QList<int> indexes;
    for (int i = 0; i < script.phases.size(); ++i)
        if (options.phase.isEmpty() || script.phases.at(i).name == options.phase)
            indexes << i;
    if (indexes.isEmpty()) {
        QStringList names;
        for (const Phase &phase : script.phases)
            names << phase.name;
        throw std::invalid_argument(QStringLiteral("unknown phase \"%1\", choose %2")
                                        .arg(options.phase, names.join(QStringLiteral(", ")))
                                        .toStdString());
    }
    if (options.rollback)
        std::reverse(indexes.begin(), indexes.end());

    QString out = options.header ? header(script) : QString();
    const int count = int(script.phases.size());
    for (int index : indexes) {
        const Phase &phase = script.phases.at(index);
        if (!out.isEmpty())
            out += u'\n';
        if (options.rollback) {
            out += QStringLiteral("-- ===== rollback of phase %1/%2: %3 — %4 =====\n")
                       .arg(index + 1)
                       .arg(count)
                       .arg(phase.name, InertText::commentLine(phase.rollbackNote));
            if (phase.handEdited)
                out += QStringLiteral("-- note: this phase is hand-edited in the plan; this "
                                      "rollback undoes the compiled phase\n");
            if (phase.rollback.isEmpty())
                out += QStringLiteral("-- (no statements)\n");
            out += renderStatements(phase.rollback, script.dialect);
            continue;
        }
        if (phase.handEdited) {
            out += QStringLiteral("-- ===== phase %1/%2: %3 — HAND-EDITED (from the plan's "
                                  "overrides, printed as written) =====\n")
                       .arg(index + 1)
                       .arg(count)
                       .arg(phase.name);
            QString text = phase.editedSql;
            if (!text.endsWith(u'\n'))
                text += u'\n';
            out += text;
            continue;
        }
        out += QStringLiteral("-- ===== phase %1/%2: %3 — %4 =====\n")
                   .arg(index + 1)
                   .arg(count)
                   .arg(phase.name, InertText::commentLine(phase.purpose));
        if (phase.statements.isEmpty())
            out += QStringLiteral("-- (no statements)\n");
        out += renderStatements(phase.statements, script.dialect);
    }
    return out;
}

QString ScriptRenderer::sha256(const Script &script)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(render(script).toUtf8(), QCryptographicHash::Sha256).toHex());
}
