// MigrationExporter::django: one migration module per phase, RunSQL(sql, reverse_sql) with one
// list entry per statement (so CREATE INDEX CONCURRENTLY and the committing backfill each run on
// their own), atomic = False where a statement cannot run in a transaction, and the model state
// told about the field through SeparateDatabaseAndState.

#include "base/inerttext.h"
#include "exportsql.h"
#include "migrationexporter.h"

#include <QRegularExpression>

namespace {

// A Python string literal that keeps the SQL readable: triple-quoted, backslashes and quotes
// escaped so no character of the SQL can end it early.
QString pyString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return QStringLiteral("\"\"\"\\\n%1\"\"\"").arg(escaped);
}

// A one-line Python string literal: "..." with backslashes, quotes and every control character
// escaped, for names from the plan.
QString pyName(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + InertText::commentLine(escaped) + u'"';
}

QString pyList(const QList<Statement> &statements, const QString &indent)
{
    if (statements.isEmpty())
        return QStringLiteral("migrations.RunSQL.noop");
    QString out = QStringLiteral("[\n");
    for (const Statement &statement : statements)
        out += QStringLiteral("%1    # %2\n%1    %3,\n")
                   .arg(indent, InertText::commentLine(statement.purpose),
                        pyString(ExportSql::idempotentSql(statement)));
    return out + indent + u']';
}

// The Django field for a PostgreSQL type, for the model state only (the database side is the SQL).
QString djangoField(const ColumnSpec &column, bool nullable)
{
    static const QRegularExpression varchar(
        QStringLiteral("^(?:varchar|character varying)\\s*\\((\\d+)\\)$"));
    static const QRegularExpression numeric(
        QStringLiteral("^(?:numeric|decimal)\\s*\\((\\d+)\\s*,\\s*(\\d+)\\)$"));
    const QString type = column.type.trimmed().toLower();
    const QString null = nullable ? QStringLiteral("null=True") : QStringLiteral("null=False");
    if (!column.enumValues.isEmpty()) {
        QStringList choices;
        qsizetype longest = 1;
        for (const QString &value : column.enumValues) {
            choices << QStringLiteral("(%1, %1)")
                           .arg(pyString(value).replace(QStringLiteral("\"\"\"\\\n"),
                                                        QStringLiteral("\"\"\"")));
            longest = std::max(longest, value.size());
        }
        return QStringLiteral("models.CharField(max_length=%1, choices=[%2], %3)")
            .arg(longest)
            .arg(choices.join(QStringLiteral(", ")), null);
    }
    const QHash<QString, QString> simple = {
        {QStringLiteral("bigint"), QStringLiteral("BigIntegerField")},
        {QStringLiteral("int8"), QStringLiteral("BigIntegerField")},
        {QStringLiteral("integer"), QStringLiteral("IntegerField")},
        {QStringLiteral("int"), QStringLiteral("IntegerField")},
        {QStringLiteral("int4"), QStringLiteral("IntegerField")},
        {QStringLiteral("smallint"), QStringLiteral("SmallIntegerField")},
        {QStringLiteral("text"), QStringLiteral("TextField")},
        {QStringLiteral("boolean"), QStringLiteral("BooleanField")},
        {QStringLiteral("bool"), QStringLiteral("BooleanField")},
        {QStringLiteral("timestamptz"), QStringLiteral("DateTimeField")},
        {QStringLiteral("timestamp with time zone"), QStringLiteral("DateTimeField")},
        {QStringLiteral("timestamp"), QStringLiteral("DateTimeField")},
        {QStringLiteral("date"), QStringLiteral("DateField")},
        {QStringLiteral("jsonb"), QStringLiteral("JSONField")},
        {QStringLiteral("json"), QStringLiteral("JSONField")},
        {QStringLiteral("uuid"), QStringLiteral("UUIDField")},
        {QStringLiteral("double precision"), QStringLiteral("FloatField")},
        {QStringLiteral("real"), QStringLiteral("FloatField")},
        {QStringLiteral("bytea"), QStringLiteral("BinaryField")},
        {QStringLiteral("interval"), QStringLiteral("DurationField")},
        {QStringLiteral("inet"), QStringLiteral("GenericIPAddressField")},
    };
    if (simple.contains(type))
        return QStringLiteral("models.%1(%2)").arg(simple.value(type), null);
    if (const auto match = varchar.match(type); match.hasMatch())
        return QStringLiteral("models.CharField(max_length=%1, %2)").arg(match.captured(1), null);
    if (const auto match = numeric.match(type); match.hasMatch())
        return QStringLiteral("models.DecimalField(max_digits=%1, decimal_places=%2, %3)")
            .arg(match.captured(1), match.captured(2), null);
    return QStringLiteral("models.TextField(%1)  # Django has no field for %2: adjust")
        .arg(null, InertText::commentLine(column.type));
}

} // namespace

QList<ExportFile> MigrationExporter::django(const Plan &plan, const Script &script,
                                            const ExportOptions &options)
{
    static const QRegularExpression leadingNumber(QStringLiteral("^(\\d+)_"));
    static const QRegularExpression appLabel(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!appLabel.match(options.djangoApp).hasMatch())
        throw ExportError(
            MigrationExporter::tr("Django app label \"%1\" is not a Python identifier")
                .arg(options.djangoApp));
    const QString model =
        (options.djangoModel.isEmpty() ? plan.table : options.djangoModel).toLower();
    int number = 1;
    QString previous = options.djangoDependency;
    if (const auto match = leadingNumber.match(previous); match.hasMatch())
        number = match.captured(1).toInt() + 1;

    const Phase *enforce = script.phase(QStringLiteral("enforce"));
    const bool notNullLater =
        !plan.column.nullable && enforce && !ExportSql::executable(*enforce).isEmpty();

    QList<ExportFile> out;
    for (int p = 0; p < script.phases.size(); ++p) {
        const Phase &phase = script.phases.at(p);
        const QList<Statement> statements = ExportSql::executable(phase);
        if (statements.isEmpty())
            continue;
        const QString name = QStringLiteral("%1_%2_%3")
                                 .arg(number++, 4, 10, QLatin1Char('0'))
                                 .arg(phase.name, ExportSql::slug(script.column));
        QString state;
        if (phase.name == u"expand")
            state = QStringLiteral("migrations.AddField(model_name=%1, name=%2, field=%3)")
                        .arg(pyName(model), pyName(plan.column.name),
                             djangoField(plan.column, notNullLater || plan.column.nullable));
        else if (phase.name == u"enforce" && notNullLater)
            state =
                QStringLiteral("migrations.AlterField(model_name=%1, name=%2, field=%3)")
                    .arg(pyName(model), pyName(plan.column.name), djangoField(plan.column, false));

        const bool atomic = !ExportSql::needsAutocommit(statements) &&
                            !ExportSql::needsAutocommit(ExportSql::executableRollback(phase));
        const QString indent = state.isEmpty() ? QStringLiteral("            ")
                                               : QStringLiteral("                    ");
        const QString runSql =
            QStringLiteral("migrations.RunSQL(\n%1    sql=%2,\n%1    reverse_sql=%3,\n%1)")
                .arg(indent.left(indent.size() - 4), pyList(statements, indent),
                     pyList(ExportSql::executableRollback(phase), indent));
        QString text;
        text +=
            QStringLiteral("# Generated by Column Planner %1 from the plan \"%2\".\n")
                .arg(QStringLiteral(COLUMN_PLANNER_VERSION), InertText::commentLine(plan.title));
        text += QStringLiteral("# Phase %1: %2 — %3\n")
                    .arg(p + 1)
                    .arg(phase.name, InertText::commentLine(phase.purpose));
        text += QStringLiteral("# Rollback (migrate back): %1\n")
                    .arg(InertText::commentLine(phase.rollbackNote));
        text += QStringLiteral("from django.db import migrations, models\n\n\nclass "
                               "Migration(migrations.Migration):\n");
        if (!atomic)
            text += QStringLiteral("    # CREATE INDEX CONCURRENTLY and the batched backfill (a "
                                   "COMMIT per batch) cannot run\n"
                                   "    # inside a transaction: every statement runs on its own.\n "
                                   "   atomic = False\n\n");
        text += previous.isEmpty() ? QStringLiteral("    dependencies = []\n\n")
                                   : QStringLiteral("    dependencies = [(\"%1\", \"%2\")]\n\n")
                                         .arg(options.djangoApp, previous);
        text += QStringLiteral("    operations = [\n");
        if (state.isEmpty())
            text += QStringLiteral("        %1,\n").arg(runSql);
        else
            text += QStringLiteral("        migrations.SeparateDatabaseAndState(\n"
                                   "            database_operations=[\n"
                                   "                %1,\n"
                                   "            ],\n"
                                   "            state_operations=[\n"
                                   "                %2,\n"
                                   "            ],\n"
                                   "        ),\n")
                        .arg(runSql, state);
        text += QStringLiteral("    ]\n");
        out << ExportFile{QStringLiteral("%1/migrations/%2.py").arg(options.djangoApp, name),
                          text.toUtf8()};
        previous = name;
    }
    return out;
}
