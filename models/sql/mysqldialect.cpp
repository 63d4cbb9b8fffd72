#include "mysqldialect.h"

#include "base/sqltokenizer.h"
#include "compiler.h"
#include "keysetbatch.h"

namespace {

bool isLiteralDefault(const QString &expression)
{
    if (Compiler::isSqliteConstant(expression))
        return true;
    const QString upper = expression.trimmed().toUpper();
    return upper == u"CURRENT_TIMESTAMP" || upper.startsWith(QStringLiteral("CURRENT_TIMESTAMP("));
}

// What the phases share: the context with what existing rows get decided, the server's name,
// what the table and the version allow, and the clauses several statements repeat.
struct PhaseInputs
{
    CompileContext c;
    QString product; // "MySQL" or "MariaDB"
    QString release; // "8.0.28", "10.6" (MariaDB scripts are written per major release)
    bool innodb = true;
    QString instantRefusal; // why INSTANT cannot be asked for, empty when it can
    bool instant = false;
    bool literalDefault = false;
    QString defaultSql;
    bool defaultInAdd = false;
    bool notNullInAdd = false;
    QString commentSql;    // " COMMENT '...'" or empty
    Statement lockSetting; // SET SESSION lock_wait_timeout
    QString online;        // the ALGORITHM and LOCK clause of an in-place change
    QString onlineLock;

    // What the table itself allows, from the catalog; null offline.
    const TableInfo *facts() const { return c.table ? &*c.table : nullptr; }
};

// Why ADD COLUMN cannot be INSTANT on this server and table; empty when it can.
QString instantRefusalFor(const CompileContext &c, const QString &product, const QString &release,
                          bool innodb)
{
    const TableInfo *facts = c.table ? &*c.table : nullptr;
    if (!MysqlDialect::instantAddColumn(c.version, c.mariadb))
        return QStringLiteral("%1 %2 has no INSTANT ADD COLUMN").arg(product, release);
    if (!innodb)
        return QStringLiteral("no INSTANT or INPLACE on a %1 table (only InnoDB alters in place)")
            .arg(facts->engine);
    if (facts && facts->hasFulltextIndex())
        return QStringLiteral("no INSTANT ADD COLUMN on a table with a FULLTEXT index");
    if (facts && facts->rowFormat.compare(QStringLiteral("Compressed"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("no INSTANT ADD COLUMN on a ROW_FORMAT=COMPRESSED table");
    if (facts && facts->totalRowVersions >= 64)
        return QStringLiteral("no INSTANT ADD COLUMN: the table has used all 64 instant "
                              "row versions (TOTAL_ROW_VERSIONS = %1)")
            .arg(facts->totalRowVersions);
    return {};
}

// Throws CompileError for an expression default the server version cannot take.
PhaseInputs phaseInputs(const CompileContext &ctx)
{
    PhaseInputs in;
    in.c = ctx;
    CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    const int v = c.version;
    in.product = c.mariadb ? QStringLiteral("MariaDB") : QStringLiteral("MySQL");
    in.release = c.mariadb ? Compiler::versionText(v, c.dialect).section(u'.', 0, 1)
                           : Compiler::versionText(v, c.dialect);
    // Offline an InnoDB table without obstacles is assumed and the script says so in its
    // warnings.
    const TableInfo *facts = in.facts();
    in.innodb = !facts || facts->engine.isEmpty() ||
                facts->engine.compare(QStringLiteral("InnoDB"), Qt::CaseInsensitive) == 0;
    in.instantRefusal = instantRefusalFor(c, in.product, in.release, in.innodb);
    in.instant = in.instantRefusal.isEmpty();
    in.literalDefault = col.defaultExpr && isLiteralDefault(*col.defaultExpr);
    if (col.defaultExpr && !in.literalDefault && !c.mariadb && v < 80013)
        throw CompileError(QStringLiteral("$.column.default: MySQL %1 accepts only literal "
                                          "defaults (expression defaults need 8.0.13)")
                               .arg(Compiler::versionText(v, c.dialect)));
    in.defaultSql =
        col.defaultExpr
            ? (in.literalDefault ? *col.defaultExpr : QStringLiteral("(%1)").arg(*col.defaultExpr))
            : QString();
    // Existing rows read a literal default added with the column; an expression default or a
    // backfill is written by the backfill.
    in.defaultInAdd = col.defaultExpr && !col.backfill && in.literalDefault;
    if (col.backfill)
        c.fill = col.backfill;
    else if (col.defaultExpr && !in.defaultInAdd)
        c.fill = col.defaultExpr;
    in.notNullInAdd = !col.nullable && in.defaultInAdd;
    in.commentSql = col.comment.isEmpty()
                        ? QString()
                        : QStringLiteral(" COMMENT %1").arg(c.literal(col.comment));
    const QString lockWait = QStringLiteral("SET SESSION lock_wait_timeout = %1")
                                 .arg(qMax(1, (c.plan.backfill.lockTimeoutMs + 999) / 1000));
    in.lockSetting =
        Statement::make(Statement::Setting, lockWait,
                        QStringLiteral("give up after this many seconds instead of queueing behind "
                                       "a long transaction (metadata lock)"),
                        QStringLiteral("none"));
    // Only InnoDB changes a table in place; any other engine is copied with writes blocked,
    // which the runner refuses unless the user accepts it.
    in.online = in.innodb ? QStringLiteral("ALGORITHM=INPLACE, LOCK=NONE")
                          : QStringLiteral("ALGORITHM=COPY, LOCK=SHARED");
    in.onlineLock =
        in.innodb ? QStringLiteral("metadata lock at start and end; concurrent DML allowed")
                  : QStringLiteral("copies the table: writes blocked while it runs (engine %1)")
                        .arg(facts ? facts->engine : QString());
    return in;
}

// ---- expand

// ADD COLUMN, INSTANT where the server and the table allow it, with what to know about it.
Statement addColumn(const PhaseInputs &in)
{
    const CompileContext &c = in.c;
    const int v = c.version;
    const QString addSql =
        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3%4%5%6, %7")
            .arg(c.qTable, c.qColumn, c.typeSql,
                 in.notNullInAdd ? QStringLiteral(" NOT NULL") : QStringLiteral(" NULL"),
                 in.defaultInAdd ? QStringLiteral(" DEFAULT ") + in.defaultSql : QString(),
                 in.commentSql, in.instant ? QStringLiteral("ALGORITHM=INSTANT") : in.online);
    Statement add = Statement::make(
        Statement::Ddl, addSql,
        in.instant ? QStringLiteral("%1 %2 adds a last column as a metadata change")
                         .arg(in.product, in.release)
        : in.innodb ? QStringLiteral("%1: rebuild in place, DML continues").arg(in.instantRefusal)
                    : QStringLiteral("%1: the table is copied, writes wait").arg(in.instantRefusal),
        in.instant ? QStringLiteral("metadata lock (brief)") : in.onlineLock);
    if (in.instant && !c.mariadb && v < 80029)
        add.warnings << QStringLiteral("before MySQL 8.0.29 INSTANT only adds a column in the last "
                                       "position: this one is appended");
    if (in.instant && !c.mariadb && v >= 80029)
        add.warnings << QStringLiteral(
            "MySQL allows 64 INSTANT column changes per table before it needs a rebuild "
            "(INFORMATION_SCHEMA.INNODB_TABLES.TOTAL_ROW_VERSIONS); past that, ALGORITHM=INSTANT "
            "is refused");
    if (in.instant && !in.facts())
        add.warnings
            << QStringLiteral(
                   "%1 refuses INSTANT on tables with a FULLTEXT index or ROW_FORMAT=COMPRESSED: "
                   "then use ALGORITHM=INPLACE, LOCK=NONE (the table is rebuilt, DML continues)")
                   .arg(in.product);
    if (!in.innodb)
        add.warnings << QStringLiteral("%1 is a %2 table: only InnoDB alters in place, so every "
                                       "ALTER here copies the table and blocks writes; "
                                       "convert it to InnoDB first (itself a copy), or run in a "
                                       "quiet window and accept the blocking copy")
                            .arg(c.qTable, in.facts()->engine);
    return add;
}

Phase expandPhase(const PhaseInputs &in)
{
    const CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    const int v = c.version;
    Phase expand;
    expand.name = QStringLiteral("expand");
    expand.purpose =
        in.instant ? QStringLiteral("add %1 instantly (metadata only)").arg(col.name)
        : in.innodb
            ? QStringLiteral(
                  "add %1 online (the table is rebuilt in place while reads and writes continue)")
                  .arg(col.name)
            : QStringLiteral("add %1 by copying the table (writes blocked while it runs)")
                  .arg(col.name);
    expand.statements << in.lockSetting << addColumn(in);
    if (col.defaultExpr && !in.defaultInAdd)
        expand.statements << Statement::make(
            Statement::Ddl,
            QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3, %4")
                .arg(c.qTable, c.qColumn,
                     in.literalDefault ? in.defaultSql
                                       : QStringLiteral("(%1)").arg(*col.defaultExpr),
                     in.literalDefault && in.instant ? QStringLiteral("ALGORITHM=INSTANT")
                                                     : in.online),
            QStringLiteral("new rows get the default; existing rows are filled by the backfill"),
            QStringLiteral("metadata lock (brief)"));
    const bool instantDrop = c.mariadb ? v >= 100400 : v >= 80029;
    expand.rollback << in.lockSetting
                    << Statement::make(
                           Statement::Ddl,
                           QStringLiteral("ALTER TABLE %1 DROP COLUMN %2, %3")
                               .arg(c.qTable, c.qColumn,
                                    instantDrop ? QStringLiteral("ALGORITHM=INSTANT") : in.online),
                           QStringLiteral("drop the column"),
                           QStringLiteral("metadata lock (brief)"));
    expand.rollbackNote =
        QStringLiteral("drops the column: undoes expand and, with it, the backfill");
    return expand;
}

// ---- backfill

// The backfill as a stored procedure: a keyset loop on the primary key with user variables for
// the bounds, setting the column to setValue in rows that match rowGuard, COMMIT per batch.
QString backfillProcedure(const CompileContext &c, const QStringList &qKeys,
                          const QString &procedure, const QString &setValue,
                          const QString &rowGuard)
{
    QStringList lo, hi;
    for (int i = 0; i < qKeys.size(); ++i) {
        lo << QStringLiteral("@cp_lo_%1").arg(i + 1);
        hi << QStringLiteral("@cp_hi_%1").arg(i + 1);
    }
    const BackfillJob job =
        KeysetBatch::job(c.qTable, qKeys, c.qColumn, {}, c.plan.backfill.maxBatchRows,
                         QStringLiteral("%1 = %2").arg(c.qColumn, setValue), rowGuard);
    auto into = [](QString select, const QStringList &vars) {
        const int from = int(select.indexOf(QStringLiteral(" FROM ")));
        return select.insert(from, QStringLiteral(" INTO ") + vars.join(QStringLiteral(", ")));
    };
    auto reset = [](const QStringList &vars) {
        QStringList sets;
        for (const QString &var : vars)
            sets << var + QStringLiteral(" = NULL");
        return QStringLiteral("SET ") + sets.join(QStringLiteral(", "));
    };
    const QString offset = QString::number(c.plan.backfill.maxBatchRows - 1);
    QString body;
    body += QStringLiteral("CREATE PROCEDURE %1()\nBEGIN\n").arg(procedure);
    body += QStringLiteral("    %1;\n    %2;\n").arg(reset(lo), into(job.firstKeySql, lo));
    body += QStringLiteral("    WHILE %1 IS NOT NULL DO\n").arg(lo.first());
    body += QStringLiteral("        %1;\n        %2;\n")
                .arg(reset(hi), into(KeysetBatch::bind(job.batchEndSql, lo, hi, offset), hi));
    body += QStringLiteral("        IF %1 IS NULL THEN\n            %2;\n        END IF;\n")
                .arg(hi.first(), into(KeysetBatch::bind(job.lastKeySql, lo, hi), hi));
    body += QStringLiteral("        %1;\n        COMMIT;\n")
                .arg(KeysetBatch::bind(job.updateSql, lo, hi));
    if (c.plan.backfill.pauseMs > 0)
        body += QStringLiteral("        DO SLEEP(%1);\n")
                    .arg(c.plan.backfill.pauseMs / 1000.0, 0, 'f', 3);
    body += QStringLiteral("        %1;\n        %2;\n")
                .arg(reset(lo), into(KeysetBatch::bind(job.nextKeySql, lo, hi), lo));
    body += QStringLiteral("    END WHILE;\nEND");
    return body;
}

// Drop a leftover procedure, create it, call it, drop it: `what` says what the call does.
QList<Statement> procedureSteps(const CompileContext &c, const QStringList &qKeys,
                                const QString &procedure, const QString &setValue,
                                const QString &rowGuard, const QString &what)
{
    QList<Statement> list;
    list << Statement::make(
        Statement::Ddl, QStringLiteral("DROP PROCEDURE IF EXISTS %1").arg(procedure),
        QStringLiteral("remove a leftover from an earlier run"), QStringLiteral("none"));
    Statement create = Statement::make(
        Statement::Ddl, backfillProcedure(c, qKeys, procedure, setValue, rowGuard),
        QStringLiteral(
            "a keyset loop on the primary key, COMMIT after every batch of at most %1 rows")
            .arg(c.plan.backfill.maxBatchRows),
        QStringLiteral("none"));
    create.needsDelimiter = true;
    list << create;
    Statement call =
        Statement::make(Statement::Backfill, QStringLiteral("CALL %1()").arg(procedure), what,
                        QStringLiteral("row locks of one batch at a time"), false);
    if (c.keyAssumed)
        call.warnings << QStringLiteral("the primary key is assumed to be \"id\"");
    list << call
         << Statement::make(Statement::Ddl,
                            QStringLiteral("DROP PROCEDURE IF EXISTS %1").arg(procedure),
                            QStringLiteral("clean up"), QStringLiteral("none"));
    return list;
}

// job: what the runner walks itself, set when there is something to write.
Phase backfillPhase(const PhaseInputs &in, BackfillJob &job)
{
    const CompileContext &c = in.c;
    Phase backfill;
    backfill.name = QStringLiteral("backfill");
    if (!c.fill) {
        backfill.purpose = in.defaultInAdd
                               ? QStringLiteral("nothing to write: existing rows read the default")
                               : QStringLiteral("nothing to write: existing rows stay NULL");
        backfill.rollbackNote = QStringLiteral("nothing to undo");
        return backfill;
    }
    if (c.connected && c.keyColumns.isEmpty())
        throw CompileError(
            QStringLiteral("table %1 has no primary key: the batched backfill needs one")
                .arg(c.tableName));
    QStringList qKeys;
    for (const QString &key : c.keyColumns)
        qKeys << c.q(key);
    const QString value = QStringLiteral("(%1)").arg(*c.fill);
    const QString guard = QStringLiteral("%1 IS NULL").arg(c.qColumn);
    job = KeysetBatch::job(c.qTable, qKeys, c.qColumn, *c.fill, c.plan.backfill.maxBatchRows,
                           QStringLiteral("%1 = %2").arg(c.qColumn, value), guard);
    backfill.purpose =
        QStringLiteral(
            "fill existing rows in primary-key batches of at most %1 rows, one commit each")
            .arg(c.plan.backfill.maxBatchRows);
    const QString procedure =
        c.q(QStringLiteral("cp_backfill_%1_%2").arg(c.tableName, c.column.name).left(64));
    backfill.statements << procedureSteps(
        c, qKeys, procedure, value, guard,
        QStringLiteral("run the backfill; rows already filled are skipped (safe to rerun)"));
    backfill.rollback << procedureSteps(
        c, qKeys, procedure, QStringLiteral("NULL"),
        QStringLiteral("%1 IS NOT NULL").arg(c.qColumn),
        QStringLiteral("set the column back to NULL in the same batches"));
    backfill.rollbackNote = QStringLiteral("sets the column back to NULL in batches; dropping "
                                           "the column (expand rollback) undoes it too");
    return backfill;
}

// ---- enforce: each step adds its statements, and their undo at the front of the rollback
// (newest first), and names what it enforces.

void enforceNotNull(const PhaseInputs &in, Phase &enforce, QStringList &what)
{
    const CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    what << QStringLiteral("NOT NULL");
    enforce.statements
        << in.lockSetting
        << Statement::make(
               Statement::Ddl,
               QStringLiteral("ALTER TABLE %1 MODIFY COLUMN %2 %3 NOT NULL%4%5, %6")
                   .arg(c.qTable, c.qColumn, c.typeSql,
                        col.defaultExpr ? QStringLiteral(" DEFAULT ") + in.defaultSql : QString(),
                        in.commentSql, in.online),
               QStringLiteral("make the column NOT NULL: an in-place rebuild that fails if a "
                              "NULL remains (strict mode)"),
               in.onlineLock);
    enforce.rollback.prepend(Statement::make(
        Statement::Ddl,
        QStringLiteral("ALTER TABLE %1 MODIFY COLUMN %2 %3 NULL%4%5, %6")
            .arg(c.qTable, c.qColumn, c.typeSql,
                 col.defaultExpr ? QStringLiteral(" DEFAULT ") + in.defaultSql : QString(),
                 in.commentSql, in.online),
        QStringLiteral("allow NULL again"), in.onlineLock));
    enforce.statements.last().violation = QStringLiteral("%1 IS NULL").arg(c.qColumn);
    enforce.statements.last().undo << enforce.rollback.first().sql;
}

// MySQL before 8.0.16 parses CHECK but never enforces it: a comment says so instead.
void enforceCheck(const PhaseInputs &in, Phase &enforce, QStringList &what)
{
    const CompileContext &c = in.c;
    const QString check = *c.column.check;
    if (!c.mariadb && c.version < 80016) {
        enforce.statements << Statement::make(
            Statement::Comment,
            QStringLiteral("CHECK (%1) is not added: MySQL %2 parses CHECK constraints but never "
                           "enforces them "
                           "(enforced from 8.0.16); enforce it in the application or upgrade")
                .arg(check, Compiler::versionText(c.version, c.dialect)),
            QStringLiteral("no CHECK on this version"), QStringLiteral("none"));
        return;
    }
    what << QStringLiteral("check");
    Statement add =
        Statement::make(Statement::Ddl,
                        QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3)")
                            .arg(c.qTable, c.q(c.checkName), check),
                        QStringLiteral("add and validate the CHECK"),
                        QStringLiteral("copies the table: writes blocked while it runs"));
    add.warnings << QStringLiteral("%1 validates a new CHECK by copying the table (no "
                                   "INPLACE): run it in a quiet window")
                        .arg(in.product);
    enforce.statements << in.lockSetting << add;
    enforce.rollback.prepend(Statement::make(
        Statement::Ddl,
        QStringLiteral("ALTER TABLE %1 %2 %3")
            .arg(c.qTable,
                 c.mariadb ? QStringLiteral("DROP CONSTRAINT") : QStringLiteral("DROP CHECK"),
                 c.q(c.checkName)),
        QStringLiteral("drop the CHECK"), QStringLiteral("metadata lock (brief)")));
    enforce.statements.last().violation = QStringLiteral("NOT (%1)").arg(check);
    enforce.statements.last().undo << enforce.rollback.first().sql;
}

void enforceIndex(const PhaseInputs &in, Phase &enforce, QStringList &what)
{
    const CompileContext &c = in.c;
    const bool unique = c.column.index->unique;
    what << (unique ? QStringLiteral("unique index") : QStringLiteral("index"));
    enforce.statements << in.lockSetting
                       << Statement::make(Statement::Ddl,
                                          QStringLiteral("ALTER TABLE %1 ADD %2INDEX %3 (%4)%5, %6")
                                              .arg(c.qTable,
                                                   unique ? QStringLiteral("UNIQUE ") : QString(),
                                                   c.q(c.indexName), c.qColumn,
                                                   c.column.index->method == u"hash"
                                                       ? QStringLiteral(" USING HASH")
                                                       : QString(),
                                                   in.online),
                                          QStringLiteral("build the index online"), in.onlineLock);
    enforce.rollback.prepend(Statement::make(Statement::Ddl,
                                             QStringLiteral("ALTER TABLE %1 DROP INDEX %2, %3")
                                                 .arg(c.qTable, c.q(c.indexName), in.online),
                                             QStringLiteral("drop the index"),
                                             QStringLiteral("metadata lock (brief)")));
    if (unique) // rejects duplicate writes from now on
        enforce.statements.last().undo << enforce.rollback.first().sql;
}

// Existing rows are checked first; the key is then added in place with checks off.
void enforceForeignKey(const PhaseInputs &in, Phase &enforce, QStringList &what)
{
    const CompileContext &c = in.c;
    what << QStringLiteral("foreign key");
    enforce.statements
        << Statement::check(
               QStringLiteral("SELECT count(*) FROM %1 t LEFT JOIN %2 r ON r.%3 = t.%4 WHERE "
                              "t.%4 IS NOT NULL AND r.%3 IS NULL")
                   .arg(c.qTable, c.qReferencedTable, c.qReferencedColumn, c.qColumn),
               QStringLiteral(
                   "no row references a missing key (the INPLACE add below does not check)"),
               QStringLiteral("0"))
        << Statement::make(Statement::Setting, QStringLiteral("SET SESSION foreign_key_checks = 0"),
                           QStringLiteral("lets InnoDB add the foreign key in place; existing "
                                          "rows were checked just above"),
                           QStringLiteral("none"))
        << in.lockSetting
        << Statement::make(Statement::Ddl,
                           QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) "
                                          "REFERENCES %4 (%5) ON DELETE %6, %7")
                               .arg(c.qTable, c.q(c.foreignKeyName), c.qColumn, c.qReferencedTable,
                                    c.qReferencedColumn, c.onDeleteSql, in.online),
                           QStringLiteral("add the foreign key in place"),
                           QStringLiteral("metadata lock (brief)"))
        << Statement::make(Statement::Setting, QStringLiteral("SET SESSION foreign_key_checks = 1"),
                           QStringLiteral("checks back on"), QStringLiteral("none"));
    enforce.rollback.prepend(Statement::make(
        Statement::Ddl,
        QStringLiteral("ALTER TABLE %1 DROP FOREIGN KEY %2").arg(c.qTable, c.q(c.foreignKeyName)),
        QStringLiteral("drop the foreign key"), QStringLiteral("metadata lock (brief)")));
}

Phase enforcePhase(const PhaseInputs &in)
{
    const ColumnSpec &col = in.c.column;
    Phase enforce;
    enforce.name = QStringLiteral("enforce");
    QStringList what;
    if (!col.nullable && !in.notNullInAdd)
        enforceNotNull(in, enforce, what);
    if (col.check)
        enforceCheck(in, enforce, what);
    if (col.index)
        enforceIndex(in, enforce, what);
    if (col.references)
        enforceForeignKey(in, enforce, what);
    if (!enforce.rollback.isEmpty())
        enforce.rollback.prepend(in.lockSetting);
    enforce.purpose = what.isEmpty() ? QStringLiteral("nothing to enforce")
                                     : QStringLiteral("enforce %1 online where %2 allows it")
                                           .arg(what.join(QStringLiteral(", ")), in.product);
    enforce.rollbackNote = what.isEmpty()
                               ? QStringLiteral("nothing to undo")
                               : QStringLiteral("drops what enforce added, newest first");
    return enforce;
}

// ---- verify

Phase verifyPhase(const PhaseInputs &in)
{
    const CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    Phase verify;
    verify.name = QStringLiteral("verify");
    verify.purpose =
        QStringLiteral("check the result: column, backfilled rows, the plan's own checks");
    verify.statements << Statement::check(
        QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = %1 "
                       "AND table_name = %2 AND column_name = %3%4")
            .arg(c.schema.isEmpty() ? QStringLiteral("DATABASE()") : c.literal(c.schema),
                 c.literal(c.tableName), c.literal(col.name),
                 col.nullable ? QString() : QStringLiteral(" AND is_nullable = 'NO'")),
        col.nullable ? QStringLiteral("the column exists")
                     : QStringLiteral("the column exists and is NOT NULL"),
        QStringLiteral("1"));
    if (c.fill)
        verify.statements << Statement::check(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL AND (%3) IS NOT NULL")
                .arg(c.qTable, c.qColumn, *c.fill),
            QStringLiteral("every row is backfilled"), QStringLiteral("0"));
    if (col.references)
        verify.statements << Statement::check(
            QStringLiteral("SELECT count(*) FROM %1 t LEFT JOIN %2 r ON r.%3 = t.%4 WHERE t.%4 IS "
                           "NOT NULL AND r.%3 IS NULL")
                .arg(c.qTable, c.qReferencedTable, c.qReferencedColumn, c.qColumn),
            QStringLiteral(
                "no row references a missing key (rows written while the key was added unchecked)"),
            QStringLiteral("0"));
    for (const CheckSpec &user : c.plan.checks)
        verify.statements << Statement::check(user.sql, user.name, user.expect);
    verify.rollbackNote = QStringLiteral("verify only reads: nothing to undo");
    return verify;
}

} // namespace

bool MysqlDialect::instantAddColumn(int version, bool mariadb)
{
    return mariadb ? version >= 100302 : version >= 80012;
}

Script MysqlDialect::compile(const CompileContext &ctx)
{
    const PhaseInputs in = phaseInputs(ctx);
    Script script;
    script.phases << expandPhase(in);
    script.phases << backfillPhase(in, script.backfill);
    script.phases << enforcePhase(in);
    script.phases << verifyPhase(in);
    return script;
}
