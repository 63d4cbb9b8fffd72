#include "reviewreport.h"

#include "migrationexporter.h"
#include "reportdocument.h"
#include "review/reviewer.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace {

QString orNone(const std::optional<QString> &value, const QString &none = ReviewReport::tr("none"))
{
    return value && !value->isEmpty() ? *value : none;
}

QString number(const QJsonValue &value, const QString &unit = QStringLiteral(" ms"))
{
    return value.isDouble() ? QStringLiteral("%1%2")
                                  .arg(value.toDouble(), 0, 'f', value.toDouble() < 10 ? 2 : 0)
                                  .arg(unit)
                            : QStringLiteral("-");
}

QString bytesText(double value)
{
    if (value < 0)
        return ReviewReport::tr("unknown");
    if (value >= 1024.0 * 1024 * 1024)
        return QStringLiteral("%1 GB").arg(value / (1024.0 * 1024 * 1024), 0, 'f', 2);
    if (value >= 1024.0 * 1024)
        return QStringLiteral("%1 MB").arg(value / (1024.0 * 1024), 0, 'f', 1);
    return QStringLiteral("%1 kB").arg(value / 1024.0, 0, 'f', 1);
}

void design(ReportDocument &doc, const ReportInput &in)
{
    const ColumnSpec &c = in.plan.column;
    doc.heading(2, ReviewReport::tr("Design and why"));
    if (!c.comment.isEmpty())
        doc.paragraph(ReviewReport::tr("Purpose: %1").arg(c.comment));
    QList<QStringList> rows = {
        {ReviewReport::tr("Table"), in.script.table},
        {ReviewReport::tr("Column"), c.name},
        {ReviewReport::tr("Type"), c.enumValues.isEmpty()
                                       ? c.type
                                       : ReviewReport::tr("%1 (values: %2)")
                                             .arg(c.type, c.enumValues.join(QStringLiteral(", ")))},
        {ReviewReport::tr("Nullability"),
         c.nullable ? ReviewReport::tr("NULL allowed")
                    : ReviewReport::tr(
                          "NOT NULL (enforced after the backfill, through a validated CHECK)")},
        {ReviewReport::tr("Default"), orNone(c.defaultExpr)},
        {ReviewReport::tr("Backfill"), c.backfill ? *c.backfill
                                       : c.defaultExpr
                                           ? ReviewReport::tr("existing rows take the default")
                                           : ReviewReport::tr("none: existing rows stay NULL")},
        {ReviewReport::tr("Check"), orNone(c.check)},
        {ReviewReport::tr("References"),
         c.references ? QStringLiteral("%1(%2) on delete %3")
                            .arg(c.references->table, c.references->column, c.references->onDelete)
                      : ReviewReport::tr("none")},
        {ReviewReport::tr("Index"),
         c.index ? QStringLiteral("%1%2").arg(
                       c.index->unique ? QStringLiteral("unique ") : QString(), c.index->method)
                 : ReviewReport::tr("none")},
        {ReviewReport::tr("Backfill pacing"),
         ReviewReport::tr("target %1 ms per batch, at most %2 rows, pause %3 ms, lag limit %4 ms, "
                          "lock_timeout %5 ms")
             .arg(in.plan.backfill.targetBatchMs)
             .arg(in.plan.backfill.maxBatchRows)
             .arg(in.plan.backfill.pauseMs)
             .arg(in.plan.backfill.maxReplicationLagMs)
             .arg(in.plan.backfill.lockTimeoutMs)},
    };
    doc.table({ReviewReport::tr("Decision"), ReviewReport::tr("Value")}, rows);
    QStringList why;
    for (const Phase &phase : in.script.phases)
        why << QStringLiteral("%1: %2").arg(phase.name, phase.purpose);
    for (const QString &warning : in.script.warnings)
        why << ReviewReport::tr("Note: %1").arg(warning);
    doc.list(why);
}

void phases(ReportDocument &doc, const ReportInput &in, QList<QStringList> &findingRows)
{
    doc.heading(2, ReviewReport::tr("Phases"));
    const int version = in.script.serverVersion / 10000;
    for (int p = 0; p < in.script.phases.size(); ++p) {
        const Phase &phase = in.script.phases.at(p);
        doc.heading(3, QStringLiteral("%1. %2%3")
                           .arg(p + 1)
                           .arg(phase.name,
                                phase.handEdited ? ReviewReport::tr(" (hand-edited)") : QString()));
        doc.paragraph(phase.purpose);
        RenderOptions render;
        render.phase = phase.name;
        render.header = false;
        const QString sql = ScriptRenderer::render(in.script, render);
        doc.code(sql);
        if (in.script.dialect != DialectKind::PostgreSQL)
            continue;
        ReviewOptions options;
        options.serverVersion = version > 0 ? version : 15;
        const ReviewResult review = Reviewer::review(sql, options);
        QList<QStringList> rows;
        for (const ReviewedStatement &statement : review.statements) {
            const StatementForecast &f = statement.forecast;
            if (f.command.isEmpty() || f.command.startsWith(QStringLiteral("SET")))
                continue;
            QString estimate = StatementForecast::durationName(f.duration);
            if (in.live)
                for (const StatementImpact &impact : in.live->statements)
                    if (impact.phase == phase.name &&
                        impact.sql.simplified() == statement.text.simplified())
                        estimate = QStringLiteral("%1 s (%2)")
                                       .arg(impact.estimatedSeconds, 0, 'f', 1)
                                       .arg(impact.estimateBasis);
            rows << QStringList{f.command,
                                LockMatrix::name(f.strongestLock()),
                                f.rewritesTable ? ReviewReport::tr("yes") : ReviewReport::tr("no"),
                                f.scansTable ? ReviewReport::tr("yes") : ReviewReport::tr("no"),
                                estimate,
                                f.note};
        }
        if (!rows.isEmpty())
            doc.table({ReviewReport::tr("Statement"), ReviewReport::tr("Lock"),
                       ReviewReport::tr("Rewrite"), ReviewReport::tr("Scan"),
                       ReviewReport::tr("Estimate"), ReviewReport::tr("Note")},
                      rows);
        for (const Finding &finding : review.findings)
            findingRows << QStringList{Finding::severityName(finding.severity), phase.name,
                                       finding.rule, finding.message, finding.hint};
    }
}

void live(ReportDocument &doc, const ReportInput &in)
{
    doc.heading(2, ReviewReport::tr("Live state"));
    if (!in.live) {
        doc.paragraph(ReviewReport::tr("Not connected: no live blockers or size estimates (run the "
                                       "report with --db to include them)."));
        return;
    }
    const LiveImpact &l = *in.live;
    doc.paragraph(
        ReviewReport::tr("Taken %1 UTC on %2 (PostgreSQL %3): %4 rows (%5), heap %6, total %7.")
            .arg(l.takenAt.toUTC().toString(Qt::ISODate), l.database, l.serverVersion)
            .arg(l.rows)
            .arg(l.rowsBasis, bytesText(double(l.heapBytes)), bytesText(double(l.totalBytes))));
    if (l.blockers.isEmpty()) {
        doc.paragraph(ReviewReport::tr("No session holds or waits for a lock the plan needs."));
    } else {
        QList<QStringList> rows;
        for (const BlockingBackend &b : l.blockers)
            rows << QStringList{
                QString::number(b.pid),
                b.relation,
                LockMatrix::name(b.heldMode),
                b.granted ? ReviewReport::tr("held") : ReviewReport::tr("queued"),
                b.user,
                b.state,
                b.transactionAgeSeconds < 0
                    ? QStringLiteral("-")
                    : QStringLiteral("%1 s").arg(b.transactionAgeSeconds, 0, 'f', 0),
                b.query.simplified().left(120)};
        doc.table({QStringLiteral("PID"), ReviewReport::tr("Table"), ReviewReport::tr("Lock"),
                   ReviewReport::tr("State"), ReviewReport::tr("User"), ReviewReport::tr("Session"),
                   ReviewReport::tr("Transaction age"), ReviewReport::tr("Query")},
                  rows);
    }
    if (l.wal.bytes > 0)
        doc.paragraph(ReviewReport::tr("Backfill WAL volume: about %1 (%2).")
                          .arg(bytesText(double(l.wal.bytes)), l.wal.formula));
}

void rehearsal(ReportDocument &doc, const ReportInput &in)
{
    doc.heading(2, ReviewReport::tr("Rehearsal"));
    const QJsonValue value = in.plan.source.value(QStringLiteral("rehearsal"));
    if (!value.isObject()) {
        doc.paragraph(ReviewReport::tr("No rehearsal attached."));
        return;
    }
    const QJsonObject r = value.toObject();
    const QJsonObject verdict = r.value(QStringLiteral("verdict")).toObject();
    doc.paragraph(ReviewReport::tr("Verdict: %1.")
                      .arg(verdict.value(QStringLiteral("passed")).toBool()
                               ? ReviewReport::tr("PASSED")
                               : ReviewReport::tr("FAILED")));
    QStringList reasons;
    for (const QJsonValue &reason : verdict.value(QStringLiteral("reasons")).toArray())
        reasons << reason.toString();
    if (!reasons.isEmpty())
        doc.list(reasons);
    QList<QStringList> rows;
    const QJsonObject base = r.value(QStringLiteral("baseline")).toObject();
    rows << QStringList{ReviewReport::tr("baseline (no change running)"),
                        QStringLiteral("-"),
                        number(base.value(QStringLiteral("p50"))),
                        number(base.value(QStringLiteral("p95"))),
                        number(base.value(QStringLiteral("p99"))),
                        number(base.value(QStringLiteral("max")))};
    for (const QJsonValue &entry : r.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject phase = entry.toObject();
        const QJsonObject latency = phase.value(QStringLiteral("latency_ms")).toObject();
        rows << QStringList{phase.value(QStringLiteral("name")).toString(),
                            number(phase.value(QStringLiteral("duration_ms"))),
                            number(latency.value(QStringLiteral("p50"))),
                            number(latency.value(QStringLiteral("p95"))),
                            number(latency.value(QStringLiteral("p99"))),
                            number(latency.value(QStringLiteral("max")))};
    }
    doc.table({ReviewReport::tr("Phase"), ReviewReport::tr("Duration"),
               ReviewReport::tr("Latency p50"), QStringLiteral("p95"), QStringLiteral("p99"),
               QStringLiteral("max")},
              rows);
    doc.paragraph(ReviewReport::tr("Longest lock wait: %1. WAL written: %2.")
                      .arg(number(r.value(QStringLiteral("max_lock_wait_ms"))),
                           r.value(QStringLiteral("wal_bytes")).isDouble()
                               ? bytesText(r.value(QStringLiteral("wal_bytes")).toDouble())
                               : QStringLiteral("-")));
}

void rollbacks(ReportDocument &doc, const ReportInput &in)
{
    doc.heading(2, ReviewReport::tr("Rollback paths"));
    doc.paragraph(ReviewReport::tr("Roll back newest phase first. Each phase's rollback:"));
    for (int p = int(in.script.phases.size()) - 1; p >= 0; --p) {
        const Phase &phase = in.script.phases.at(p);
        doc.heading(3, ReviewReport::tr("Undo %1").arg(phase.name));
        doc.paragraph(phase.rollbackNote);
        RenderOptions render;
        render.phase = phase.name;
        render.rollback = true;
        render.header = false;
        if (!phase.rollback.isEmpty())
            doc.code(ScriptRenderer::render(in.script, render));
    }
}

void checklist(ReportDocument &doc, const ReportInput &in)
{
    doc.heading(2, ReviewReport::tr("Run checklist"));
    QStringList items = {
        ReviewReport::tr("[ ] The approval below matches the script hash the runner prints."),
        ReviewReport::tr("[ ] A recent backup or a replica to fall back on exists."),
        ReviewReport::tr("[ ] No long transaction or idle-in-transaction session on %1 (forecast "
                         "--db shows blockers).")
            .arg(in.script.table),
        ReviewReport::tr(
            "[ ] Replication lag is low and monitored; the backfill holds back above %1 ms.")
            .arg(in.plan.backfill.maxReplicationLagMs),
        ReviewReport::tr(
            "[ ] The application tolerates the new column being NULL until the backfill ends."),
        ReviewReport::tr(
            "[ ] Someone watches the run console (or `run --json-progress`) until verify passes."),
        ReviewReport::tr("[ ] The rollback of each phase has been read and is ready to paste."),
    };
    for (const CheckSpec &check : in.plan.checks)
        items << ReviewReport::tr("[ ] Check \"%1\" returns %2 after the run.")
                     .arg(check.name, check.expect);
    doc.list(items);
}

void approvals(ReportDocument &doc, const ReportInput &in)
{
    doc.heading(2, ReviewReport::tr("Approval"));
    const ApprovalStatus &s = in.approvals;
    doc.paragraph(ReviewReport::tr("Status: %1.").arg(s.summary()));
    doc.paragraph(
        ReviewReport::tr(
            "Script SHA-256: %1 (the bytes `column-planner generate` prints for this plan).")
            .arg(s.scriptSha256));
    QList<QStringList> rows;
    for (const Approval &a : s.current)
        rows << QStringList{a.by, a.at.toUTC().toString(Qt::ISODate), ReviewReport::tr("current"),
                            a.note};
    for (const Approval &a : s.stale)
        rows << QStringList{a.by, a.at.toUTC().toString(Qt::ISODate),
                            ReviewReport::tr("STALE: approved %1").arg(a.scriptSha256.left(12)),
                            a.note};
    if (!rows.isEmpty())
        doc.table({ReviewReport::tr("By"), ReviewReport::tr("At"), ReviewReport::tr("Status"),
                   ReviewReport::tr("Note")},
                  rows);
    doc.paragraph(ReviewReport::tr("Approved by: ____________________   Date: ____________   "
                                   "Signature: ____________________"));
}

ReportDocument build(const ReportInput &in)
{
    ReportDocument doc;
    const QString title = in.plan.title.isEmpty()
                              ? ReviewReport::tr("Add column %1").arg(in.plan.column.name)
                              : in.plan.title;
    doc.heading(1, ReviewReport::tr("Review: %1").arg(title));
    doc.paragraph(
        ReviewReport::tr(
            "Plan %1: add column %2 to %3 (%4 %5). Report generated %6 UTC by Column Planner %7.")
            .arg(QFileInfo(in.planPath).fileName(), in.plan.column.name, in.script.table,
                 dialectName(in.script.dialect),
                 Compiler::versionText(in.script.serverVersion, in.script.dialect),
                 in.generatedAt.toUTC().toString(Qt::ISODate),
                 QStringLiteral(COLUMN_PLANNER_VERSION)));
    doc.paragraph(ReviewReport::tr("Approval: %1.").arg(in.approvals.summary()));
    design(doc, in);
    QList<QStringList> findingRows;
    phases(doc, in, findingRows);
    doc.heading(2, ReviewReport::tr("Findings"));
    if (findingRows.isEmpty())
        doc.paragraph(ReviewReport::tr("No findings: the review found nothing to warn about."));
    else
        doc.table({ReviewReport::tr("Severity"), ReviewReport::tr("Phase"),
                   ReviewReport::tr("Rule"), ReviewReport::tr("What happens"),
                   ReviewReport::tr("Safe form")},
                  findingRows);
    live(doc, in);
    rehearsal(doc, in);
    rollbacks(doc, in);
    checklist(doc, in);
    approvals(doc, in);
    return doc;
}

// The language of the catalogue in use, for <html lang>: "en" when untranslated.
QString languageCode()
{
    //: The language code of this translation (de, fr), written into the report's <html lang>.
    return ReviewReport::tr("en", "html lang");
}

QString titleOf(const ReportInput &in)
{
    return ReviewReport::tr("Review: %1")
        .arg(in.plan.title.isEmpty() ? in.plan.column.name : in.plan.title);
}

void save(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw ExportError(ReviewReport::tr("cannot write %1: %2").arg(path, out.errorString()));
}

} // namespace

std::optional<ReportFormat> ReviewReport::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"html")
        return ReportFormat::Html;
    if (n == u"pdf")
        return ReportFormat::Pdf;
    if (n == u"md" || n == u"markdown")
        return ReportFormat::Markdown;
    return std::nullopt;
}

QString ReviewReport::markdown(const ReportInput &input)
{
    return build(input).markdown();
}

QString ReviewReport::html(const ReportInput &input)
{
    return build(input).html(titleOf(input), false, languageCode());
}

QString ReviewReport::printHtml(const ReportInput &input)
{
    return build(input).html(titleOf(input), true, languageCode());
}

QString ReviewReport::title(const ReportInput &input)
{
    return titleOf(input);
}

void ReviewReport::write(const ReportInput &input, ReportFormat format, const QString &path)
{
    switch (format) {
    case ReportFormat::Markdown:
        save(path, markdown(input).toUtf8());
        return;
    case ReportFormat::Html:
        save(path, html(input).toUtf8());
        return;
    case ReportFormat::Pdf:
        throw ExportError(
            ReviewReport::tr("PDF is laid out by ReportPdfWriter (it needs Qt GUI): %1").arg(path));
    }
}
