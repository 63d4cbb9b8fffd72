#include "migrationexporter.h"

#include "base/inerttext.h"
#include "exportsql.h"
#include "sql/scriptrenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

const QList<std::pair<ExportTarget, QString>> &targets()
{
    static const QList<std::pair<ExportTarget, QString>> list = {
        {ExportTarget::Flyway, QStringLiteral("flyway")},
        {ExportTarget::Liquibase, QStringLiteral("liquibase")},
        {ExportTarget::Django, QStringLiteral("django")},
        {ExportTarget::Sqitch, QStringLiteral("sqitch")},
        {ExportTarget::Sql, QStringLiteral("sql")},
    };
    return list;
}

QString banner(const Script &script, const Phase &phase, int number, bool rollback)
{
    QString out = ScriptRenderer::header(script);
    if (rollback)
        out += QStringLiteral("-- rollback of phase %1: %2 — %3\n")
                   .arg(number)
                   .arg(phase.name, InertText::commentLine(phase.rollbackNote));
    else
        out += QStringLiteral("-- phase %1: %2 — %3\n")
                   .arg(number)
                   .arg(phase.name, InertText::commentLine(phase.purpose));
    return out + u'\n';
}

QByteArray phaseFile(const Script &script, const Phase &phase, int number, bool rollback)
{
    const QList<Statement> statements =
        rollback ? ExportSql::executableRollback(phase) : ExportSql::executable(phase);
    QString text = banner(script, phase, number, rollback);
    if (statements.isEmpty())
        text += QStringLiteral("-- nothing to %1\n")
                    .arg(rollback ? QStringLiteral("undo") : QStringLiteral("run"));
    text += ExportSql::render(statements, script.dialect);
    return text.toUtf8();
}

// Liquibase reads "--changeset", "--rollback", ... at the start of any line of a formatted SQL
// changelog, even inside a string literal: a line of the SQL that looks like one would start a
// changeset of its own. Such SQL is refused rather than exported.
void refuseLiquibaseDirectives(const QString &sql)
{
    static const QRegularExpression directive(
        QStringLiteral("^\\s*--\\s*(liquibase|changeset|rollback|comment|precondition|"
                       "validchecksum|ignorelines|ignore|property|include)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    // Rollbacks are written as "--rollback" comment lines split at '\n': any other character
    // that ends a line for PostgreSQL's scanner (a carriage return) would end the comment there
    // and run the rest of the line as SQL.
    if (sql.contains(u'\r'))
        throw ExportError(MigrationExporter::tr(
            "Liquibase export: the SQL holds a carriage return, which would end a \"--rollback\" "
            "comment line early; use --to sql or flyway"));
    const QRegularExpressionMatch match = directive.match(sql);
    if (match.hasMatch())
        throw ExportError(MigrationExporter::tr(
                              "Liquibase export: a line of the SQL starts with \"%1\", which "
                              "Liquibase would read as its own directive; use --to sql or flyway")
                              .arg(InertText::quoted(match.captured(0).trimmed(), 40)));
}

} // namespace

std::optional<ExportTarget> MigrationExporter::targetFromName(const QString &name)
{
    for (const auto &[target, targetName] : targets())
        if (name.trimmed().compare(targetName, Qt::CaseInsensitive) == 0)
            return target;
    return std::nullopt;
}

QString MigrationExporter::targetName(ExportTarget target)
{
    for (const auto &[known, name] : targets())
        if (known == target)
            return name;
    return {};
}

QStringList MigrationExporter::targetNames()
{
    QStringList names;
    for (const auto &entry : targets())
        names << entry.second;
    return names;
}

QList<ExportFile> MigrationExporter::files(const Plan &plan, const Script &script,
                                           ExportTarget target, const ExportOptions &options)
{
    if (target != ExportTarget::Sql && script.dialect != DialectKind::PostgreSQL)
        throw ExportError(
            MigrationExporter::tr(
                "%1 export needs a PostgreSQL plan (this one targets %2); use --to sql")
                .arg(targetName(target), dialectName(script.dialect)));
    switch (target) {
    case ExportTarget::Flyway:
        return flyway(script, options);
    case ExportTarget::Liquibase:
        return liquibase(script, options);
    case ExportTarget::Django:
        return django(plan, script, options);
    case ExportTarget::Sqitch:
        return sqitch(script, options);
    case ExportTarget::Sql:
        return plainSql(script);
    }
    return {};
}

void MigrationExporter::write(const QList<ExportFile> &files, const QString &directory,
                              bool overwrite)
{
    const QDir dir(directory);
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        throw ExportError(
            MigrationExporter::tr("output %1 is a file, not a directory").arg(directory));
    if (info.exists() && !overwrite &&
        !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
             .isEmpty())
        throw ExportError(MigrationExporter::tr("output directory %1 is not empty (use --force to "
                                                "replace the exported files in it)")
                              .arg(directory));
    for (const ExportFile &file : files) {
        const QString path = dir.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            throw ExportError(MigrationExporter::tr("cannot create directory %1")
                                  .arg(QFileInfo(path).absolutePath()));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() ||
            !out.commit())
            throw ExportError(
                MigrationExporter::tr("cannot write %1: %2").arg(path, out.errorString()));
    }
}

QList<ExportFile> MigrationExporter::plainSql(const Script &script)
{
    QList<ExportFile> out;
    for (int i = 0; i < script.phases.size(); ++i) {
        const Phase &phase = script.phases.at(i);
        const QString stem =
            QStringLiteral("%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(phase.name);
        out << ExportFile{stem + QStringLiteral(".sql"), phaseFile(script, phase, i + 1, false)};
        out << ExportFile{stem + QStringLiteral(".rollback.sql"),
                          phaseFile(script, phase, i + 1, true)};
    }
    return out;
}

// Flyway: V<version>__<description>.sql per phase, U<version>__<description>.sql to undo it, and
// a V...sql.conf with executeInTransaction=false beside each script that cannot run in one.
QList<ExportFile> MigrationExporter::flyway(const Script &script, const ExportOptions &options)
{
    QList<ExportFile> out;
    const QString base = options.createdAt.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    for (int i = 0; i < script.phases.size(); ++i) {
        const Phase &phase = script.phases.at(i);
        const QList<Statement> statements = ExportSql::executable(phase);
        if (statements.isEmpty())
            continue;
        const QString version = QStringLiteral("%1.%2").arg(base).arg(i + 1);
        const QString description = ExportSql::slug(
            QStringLiteral("%1 %2 %3").arg(phase.name, script.column, script.table));
        const QString name = QStringLiteral("%1__%2.sql").arg(version, description);
        out << ExportFile{u'V' + name, phaseFile(script, phase, i + 1, false)};
        if (ExportSql::needsAutocommit(statements))
            out << ExportFile{u'V' + name + QStringLiteral(".conf"),
                              QByteArrayLiteral("executeInTransaction=false\n")};
        out << ExportFile{u'U' + name, phaseFile(script, phase, i + 1, true)};
        if (ExportSql::needsAutocommit(ExportSql::executableRollback(phase)))
            out << ExportFile{u'U' + name + QStringLiteral(".conf"),
                              QByteArrayLiteral("executeInTransaction=false\n")};
    }
    return out;
}

// Liquibase formatted SQL: one changeset per statement (each sent whole: splitStatements:false,
// so DO blocks survive), runInTransaction:false where the statement needs it. The phase's
// rollback statements are handed out so that rolling the phase's changesets back, newest first,
// runs them in their order: the last changeset carries the first rollback statement, and the
// phase's first changeset carries whatever is left.
QList<ExportFile> MigrationExporter::liquibase(const Script &script, const ExportOptions &options)
{
    QString text = QStringLiteral("--liquibase formatted sql\n\n");
    for (const QString &line : ScriptRenderer::header(script).split(u'\n', Qt::SkipEmptyParts))
        text += line + u'\n';
    const QString stamp = options.createdAt.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    for (int p = 0; p < script.phases.size(); ++p) {
        const Phase &phase = script.phases.at(p);
        const QList<Statement> statements = ExportSql::executable(phase);
        if (statements.isEmpty())
            continue;
        const QList<Statement> rollback = ExportSql::executableRollback(phase);
        const qsizetype n = statements.size();
        for (qsizetype i = 0; i < n; ++i) {
            // changeset i (0-based) undoes with rollback statement n-1-i; changeset 0 takes the
            // rest
            QList<Statement> undo;
            const qsizetype first = n - 1 - i;
            if (i == 0)
                undo = rollback.mid(first);
            else if (first < rollback.size())
                undo = {rollback.at(first)};
            const Statement &statement = statements.at(i);
            QStringList attributes = {QStringLiteral("splitStatements:false")};
            if (ExportSql::needsAutocommit({statement}) || ExportSql::needsAutocommit(undo))
                attributes << QStringLiteral("runInTransaction:false");
            bool undoSplits = false;
            for (const Statement &u : undo)
                undoSplits = undoSplits || u.sql.contains(u';');
            attributes << (undo.size() > 1 && !undoSplits
                               ? QStringLiteral("rollbackSplitStatements:true")
                               : QStringLiteral("rollbackSplitStatements:false"));
            text += QStringLiteral("\n--changeset %1:%2-%3-%4-%5 %6\n")
                        .arg(InertText::commentLine(options.author), stamp)
                        .arg(p + 1)
                        .arg(phase.name)
                        .arg(i + 1)
                        .arg(attributes.join(u' '));
            text +=
                QStringLiteral("--comment: %1\n").arg(InertText::commentLine(statement.purpose));
            refuseLiquibaseDirectives(ExportSql::idempotentSql(statement));
            for (const Statement &u : undo)
                refuseLiquibaseDirectives(ExportSql::idempotentSql(u));
            text += ExportSql::idempotentSql(statement) + QStringLiteral(";\n");
            if (undo.isEmpty()) {
                text += QStringLiteral("--rollback empty\n");
                continue;
            }
            for (const Statement &u : undo)
                for (const QString &line : (ExportSql::idempotentSql(u) + u';').split(u'\n'))
                    text += QStringLiteral("--rollback %1\n").arg(line);
        }
    }
    return {ExportFile{QStringLiteral("changelog.sql"), text.toUtf8()}};
}
