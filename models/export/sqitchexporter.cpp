// MigrationExporter::sqitch: sqitch.conf, sqitch.plan and deploy/revert/verify scripts, one
// change per phase. Sqitch runs each script with psql, so transactional phases are wrapped in
// BEGIN/COMMIT themselves and the others run statement by statement in autocommit.

#include "base/inerttext.h"
#include "exportsql.h"
#include "migrationexporter.h"

namespace {

QString wrapped(const QString &body, bool transaction)
{
    if (!transaction)
        return body;
    return QStringLiteral("BEGIN;\n\n%1\nCOMMIT;\n").arg(body);
}

QString noteText(QString text)
{
    // A plan note runs to the end of the line; '#' would start nothing new but keep it plain.
    return InertText::commentLine(text.replace(u'#', u' '));
}

} // namespace

QList<ExportFile> MigrationExporter::sqitch(const Script &script, const ExportOptions &options)
{
    const QString project =
        ExportSql::slug(QStringLiteral("%1 %2").arg(script.table, script.column));
    const QString when = options.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    const QString planner = QStringLiteral("%1 <%1@localhost>").arg(options.author);

    // Changes, one per phase with statements; the script's verify checks become the verify
    // script of the last change (sqitch verify runs them after deploy).
    QList<int> phases;
    for (int p = 0; p < script.phases.size(); ++p)
        if (!ExportSql::executable(script.phases.at(p)).isEmpty())
            phases << p;
    const Phase *verifyPhase = script.phase(QStringLiteral("verify"));
    const QList<Statement> finalChecks = verifyPhase && !verifyPhase->handEdited
                                             ? ExportSql::executable(*verifyPhase)
                                             : QList<Statement>{};

    QList<ExportFile> out;
    out << ExportFile{
        QStringLiteral("sqitch.conf"),
        QByteArrayLiteral("[core]\n\tengine = pg\n\tplan_file = sqitch.plan\n\ttop_dir = .\n")};
    QString plan = QStringLiteral("%syntax-version=1.0.0\n%project=%1\n\n").arg(project);
    QString previous;
    for (int p : phases) {
        const Phase &phase = script.phases.at(p);
        const QString change =
            QStringLiteral("%1_%2").arg(phase.name, ExportSql::slug(script.column));
        plan +=
            QStringLiteral("%1 %2%3 %4 # %5\n")
                .arg(change, previous.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(previous),
                     when, planner, noteText(phase.purpose));

        const QList<Statement> statements = ExportSql::executable(phase);
        const QList<Statement> rollback = ExportSql::executableRollback(phase);
        QList<Statement> checks;
        if (phase.name == u"expand")
            checks = ExportSql::columnExistsCheck(script);
        else if (phase.name == u"backfill")
            checks = ExportSql::backfillDoneCheck(script);
        if (p == phases.last() && phase.name != u"verify")
            checks += finalChecks;
        if (phase.name == u"verify")
            checks = statements;

        const QString head = QStringLiteral(" %1: %2\n\n").arg(change, noteText(phase.purpose));
        out << ExportFile{QStringLiteral("deploy/%1.sql").arg(change),
                          (QStringLiteral("-- Deploy %1").arg(project) + u':' + head +
                           wrapped(ExportSql::render(statements, script.dialect),
                                   !ExportSql::needsAutocommit(statements)))
                              .toUtf8()};
        const QString undo =
            rollback.isEmpty()
                ? QStringLiteral("-- nothing to undo: %1\n").arg(noteText(phase.rollbackNote))
                : wrapped(ExportSql::render(rollback, script.dialect),
                          !ExportSql::needsAutocommit(rollback));
        out << ExportFile{
            QStringLiteral("revert/%1.sql").arg(change),
            (QStringLiteral("-- Revert %1").arg(project) + u':' + head + undo).toUtf8()};
        const QString verify = checks.isEmpty() ? QStringLiteral("-- nothing to verify\n")
                                                : ExportSql::render(checks, script.dialect);
        out << ExportFile{
            QStringLiteral("verify/%1.sql").arg(change),
            (QStringLiteral("-- Verify %1").arg(project) + u':' + head + verify).toUtf8()};
        previous = change;
    }
    out << ExportFile{QStringLiteral("sqitch.plan"), plan.toUtf8()};
    return out;
}
