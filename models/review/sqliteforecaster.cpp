#include "sqliteforecaster.h"

#include "sql/scriptrenderer.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

// The lock the SQLite dialect names on the statements that write (sqlitedialect.cpp).
const QString WriteLock = QStringLiteral("database write lock");

bool startsWith(const QString &sql, const char *pattern)
{
    const QRegularExpression re(QStringLiteral("^\\s*") + QString::fromLatin1(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(sql).hasMatch();
}

// 1-based line of each statement's SQL in the rendered script, 0 when it is not there (a
// hand-edited phase is printed as written).
QList<int> statementLines(const Script &script, const QList<const Statement *> &statements)
{
    const QString text = ScriptRenderer::render(script);
    QList<int> lines;
    qsizetype from = 0;
    for (const Statement *statement : statements) {
        const qsizetype at = text.indexOf(u'\n' + statement->sql + u';', from);
        if (at < 0) {
            lines << 0;
            continue;
        }
        from = at + 1;
        lines << int(text.left(at + 1).count(u'\n')) + 1;
    }
    return lines;
}

} // namespace

StatementForecast SqliteForecaster::forecastStatement(const Statement &statement,
                                                      const QString &table)
{
    StatementForecast f;
    const QString &sql = statement.sql;
    f.command = sql.simplified().section(u' ', 0, 0).toUpper();
    const bool writes = statement.lock == WriteLock;
    if (writes) {
        f.addLock(table, LockMode::Exclusive); // writers wait, readers go on
        f.lockName = tr("database write lock");
        f.blocks = tr("writes to every table of the database");
    }
    if (statement.kind == Statement::Transaction && startsWith(sql, "BEGIN")) {
        f.note = tr("takes the write lock now and holds it until COMMIT: other connections' "
                    "writes wait (busy_timeout) while reads go on");
    } else if (statement.kind == Statement::Transaction) {
        f.note = tr("writes the transaction to the file; in rollback-journal mode readers wait "
                    "for it too, in WAL mode they do not");
    } else if (statement.kind == Statement::BatchRepeat) {
        f.duration = DurationClass::RowsTouched;
        f.note = tr("one batch per transaction: writers wait for one batch at a time");
    } else if (statement.kind == Statement::Check) {
        f.scansTable = sql.contains(QStringLiteral(" FROM "), Qt::CaseInsensitive) &&
                       !sql.contains(QStringLiteral("pragma_table_info"), Qt::CaseInsensitive) &&
                       !sql.contains(QStringLiteral("sqlite_schema"), Qt::CaseInsensitive);
        f.duration = f.scansTable ? DurationClass::TableSize : DurationClass::Instant;
        f.note = tr("reads only");
    } else if (startsWith(sql, "INSERT\\s+INTO\\s+\\S+\\s*\\(.*\\)\\s*SELECT")) {
        f.rewritesTable = true;
        f.scansTable = true;
        f.duration = DurationClass::TableSize;
        f.note = tr("copies every row into the new table while holding the write lock");
    } else if (startsWith(sql, "CREATE\\s+(UNIQUE\\s+)?INDEX")) {
        f.scansTable = true;
        f.duration = DurationClass::TableSize;
        f.note = tr("reads the whole table to build the index while holding the write lock");
    } else if (startsWith(sql, "DROP\\s+TABLE")) {
        f.duration = DurationClass::TableSize;
        f.note = tr("frees the old table's pages: time grows with its size");
    } else if (startsWith(sql, "ALTER\\s+TABLE\\s+.*\\s+DROP\\s+COLUMN")) {
        f.rewritesTable = true;
        f.scansTable = true;
        f.duration = DurationClass::TableSize;
        f.note = tr("rewrites every row without the column");
    } else if (startsWith(sql, "ALTER\\s+TABLE\\s+.*\\s+ADD\\s+COLUMN")) {
        // SQLite tests a CHECK (and a NOT NULL generated column) against every existing row.
        f.scansTable = sql.contains(QStringLiteral("CHECK"), Qt::CaseInsensitive);
        f.duration = f.scansTable ? DurationClass::TableSize : DurationClass::Instant;
        f.note = f.scansTable ? tr("changes the table definition only, then tests the CHECK "
                                   "against every existing row")
                              : tr("changes the table definition only: no row is rewritten");
    }
    return f;
}

SqliteForecast SqliteForecaster::forecast(const Script &script, qint64 tableRows)
{
    SqliteForecast out;
    QList<const Statement *> executed;
    QStringList phases;
    for (const Phase &phase : script.phases)
        for (const Statement &statement : phase.statements)
            if (statement.kind != Statement::Comment) {
                executed << &statement;
                phases << phase.name;
            }
    const QList<int> lines = statementLines(script, executed);
    const QString rows = tableRows >= 0 ? tr("its %L1 rows").arg(tableRows) : tr("its rows");
    bool rebuilds = false;
    bool inTransaction = false; // the rebuild's: what it recreates is part of the rebuild
    for (int i = 0; i < executed.size(); ++i) {
        const Statement &statement = *executed.at(i);
        StatementImpact row;
        row.number = i + 1;
        row.phase = phases.at(i);
        row.sql = statement.sql;
        row.purpose = statement.purpose;
        row.forecast = forecastStatement(statement, script.table);
        out.statements << row;
        if (statement.kind == Statement::Transaction)
            inTransaction = startsWith(statement.sql, "BEGIN");

        Finding finding;
        finding.line = lines.at(i);
        finding.column = 1;
        finding.statement = i + 1;
        if (row.forecast.rewritesTable) {
            rebuilds = true;
            finding.rule = QStringLiteral("sqlite-table-rebuild");
            finding.severity = Severity::Warning;
            finding.message = tr("rebuilds %1: %2 are copied into a new table in one "
                                 "transaction, and every other connection's writes wait until "
                                 "it commits")
                                  .arg(script.table, rows);
            finding.hint = tr("run it in a quiet window, or keep the column within ADD COLUMN's "
                              "limits (nullable, or a constant default with no backfill) so no "
                              "rebuild is needed");
        } else if (!inTransaction && startsWith(statement.sql, "CREATE\\s+(UNIQUE\\s+)?INDEX")) {
            finding.rule = QStringLiteral("sqlite-index-build");
            finding.severity = Severity::Info;
            finding.message = tr("builds the index over %1 while holding the write lock: other "
                                 "connections' writes wait for the whole build")
                                  .arg(rows);
            finding.hint = tr("SQLite cannot build an index concurrently: run it when writes "
                              "are few");
        } else {
            continue;
        }
        out.findings << finding;
    }

    QStringList summary;
    summary << tr("SQLite locks the whole database, not a table: each statement that writes "
                  "takes the one write lock, so other connections' writes wait for it "
                  "(busy_timeout) while their reads go on.");
    if (rebuilds)
        summary << tr("This script rebuilds %1: %2 are copied in one transaction that holds the "
                      "write lock from BEGIN IMMEDIATE to COMMIT.")
                       .arg(script.table, rows);
    if (!script.backfill.table.isEmpty())
        summary << tr("The backfill writes in batches, one transaction each, so writers wait for "
                      "one batch at a time.");
    out.summary = summary.join(u' ');
    return out;
}
