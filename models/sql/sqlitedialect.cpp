#include "sqlitedialect.h"

#include "base/identifierrules.h"
#include "base/sqltokenizer.h"
#include "compiler.h"
#include "keysetbatch.h"

namespace {

const QString WriteLock = QStringLiteral("database write lock");

struct ColumnPlan
{
    QString expandDefinition; // what ADD COLUMN writes
    QString finalDefinition;  // the column as the plan wants it at the end
    bool rebuild = false;     // final differs from expand: the 12-step rebuild
    QStringList reasons;
};

ColumnPlan planColumn(const CompileContext &c)
{
    const ColumnSpec &col = c.column;
    ColumnPlan plan;
    const bool constantDefault = col.defaultExpr && Compiler::isSqliteConstant(*col.defaultExpr);
    const bool nullDefault =
        col.defaultExpr &&
        col.defaultExpr->trimmed().compare(QStringLiteral("null"), Qt::CaseInsensitive) == 0;
    QString checks;
    if (col.check)
        checks += QStringLiteral(" CONSTRAINT %1 CHECK (%2)").arg(c.q(c.checkName), *col.check);
    if (!c.enumCheck.isEmpty())
        checks += QStringLiteral(" CHECK (%1)").arg(c.enumCheck);
    QString references;
    if (col.references)
        references = QStringLiteral(" REFERENCES %1 (%2) ON DELETE %3")
                         .arg(c.qReferencedTable, c.qReferencedColumn, c.onDeleteSql);

    const QString defaultSql =
        col.defaultExpr
            ? (constantDefault ? *col.defaultExpr : QStringLiteral("(%1)").arg(*col.defaultExpr))
            : QString();
    plan.finalDefinition =
        QStringLiteral("%1 %2%3%4%5%6")
            .arg(c.qColumn, c.typeSql, col.nullable ? QString() : QStringLiteral(" NOT NULL"),
                 col.defaultExpr ? QStringLiteral(" DEFAULT ") + defaultSql : QString(), checks,
                 references);

    // ADD COLUMN limits (https://www.sqlite.org/lang_altertable.html#altertabaddcol).
    const bool defaultInAdd =
        col.defaultExpr && constantDefault && !col.backfill && !(col.references && !nullDefault);
    const bool notNullInAdd = !col.nullable && defaultInAdd && !nullDefault;
    if (col.defaultExpr && !constantDefault)
        plan.reasons << QStringLiteral("ADD COLUMN cannot take a non-constant default");
    else if (col.defaultExpr && col.backfill)
        plan.reasons << QStringLiteral("the default is attached after the backfill so that the "
                                       "backfill sees which rows are new");
    else if (col.defaultExpr && col.references && !nullDefault)
        plan.reasons << QStringLiteral(
            "ADD COLUMN cannot combine REFERENCES with a non-NULL default");
    if (!col.nullable && !notNullInAdd)
        plan.reasons << QStringLiteral(
            "ADD COLUMN allows NOT NULL only with a constant non-NULL default and no backfill");
    plan.expandDefinition =
        QStringLiteral("%1 %2%3%4%5%6")
            .arg(c.qColumn, c.typeSql, notNullInAdd ? QStringLiteral(" NOT NULL") : QString(),
                 defaultInAdd ? QStringLiteral(" DEFAULT ") + *col.defaultExpr : QString(), checks,
                 references);
    plan.rebuild = plan.expandDefinition != plan.finalDefinition;
    return plan;
}

const SqliteSchemaObject *tableObject(const CompileContext &c)
{
    for (const SqliteSchemaObject &object : c.sqliteSchema)
        if (object.type == u"table" && object.name.compare(c.tableName, Qt::CaseInsensitive) == 0)
            return &object;
    return nullptr;
}

// The 12-step procedure: new table, copy, drop, rename, recreate indexes/triggers/views, check
// foreign keys, all in one transaction with foreign keys off.
QList<Statement> rebuild(const CompileContext &c, const QString &columnDefinition,
                         bool copyNewColumn, const QString &why)
{
    const SqliteSchemaObject *table = tableObject(c);
    if (!table || !c.table)
        throw CompileError(
            QStringLiteral(
                "SQLite cannot make this change with ALTER TABLE (%1): the table rebuild recreates "
                "%2 from its definition, so give --db to read sqlite_schema")
                .arg(why, c.tableName));
    const QString newName = QStringLiteral("cp_new_") + c.tableName;
    QStringList columns;
    for (const ColumnInfo &column : c.table->columns)
        if (column.generated.isEmpty())
            columns << c.q(column.name);
    if (copyNewColumn)
        columns << c.qColumn;
    const QString columnList = columns.join(QStringLiteral(", "));

    QList<Statement> statements;
    statements << Statement::make(
        Statement::Setting, QStringLiteral("PRAGMA foreign_keys = OFF"),
        QStringLiteral("step 1: foreign keys off, so dropping and renaming the table leaves other "
                       "tables' references alone"),
        QStringLiteral("none"), false);
    statements << Statement::make(Statement::Transaction, QStringLiteral("BEGIN IMMEDIATE"),
                                  QStringLiteral("step 2: one transaction for the whole rebuild"),
                                  WriteLock, false);
    statements << Statement::make(
        Statement::Ddl, SqliteDialect::rewriteCreateTable(table->sql, newName, columnDefinition),
        QStringLiteral("step 4: the new table, with the column as it must end up (%1)").arg(why),
        WriteLock);
    statements << Statement::make(Statement::Ddl,
                                  QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3")
                                      .arg(c.q(newName), columnList, c.qTable),
                                  QStringLiteral("step 5: copy every row"), WriteLock);
    QStringList views;
    for (const DependentView &view : c.table->dependentViews)
        views << view.name;
    QList<const SqliteSchemaObject *> recreate;
    for (const SqliteSchemaObject &object : c.sqliteSchema) {
        if (object.sql.isEmpty())
            continue;
        if (object.type == u"view" && views.contains(object.name)) {
            statements << Statement::make(
                Statement::Ddl, QStringLiteral("DROP VIEW IF EXISTS %1").arg(c.q(object.name)),
                QStringLiteral("views that read the table are dropped and recreated verbatim"),
                WriteLock);
            recreate << &object;
        } else if ((object.type == u"index" || object.type == u"trigger") &&
                   object.tableName.compare(c.tableName, Qt::CaseInsensitive) == 0) {
            recreate << &object;
        }
    }
    statements << Statement::make(
        Statement::Ddl, QStringLiteral("DROP TABLE %1").arg(c.qTable),
        QStringLiteral("step 6: drop the old table (its indexes and triggers go with it)"),
        WriteLock);
    statements << Statement::make(
        Statement::Ddl, QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(c.q(newName), c.qTable),
        QStringLiteral("step 7: the new table takes the old name"), WriteLock);
    for (const QString &type :
         {QStringLiteral("index"), QStringLiteral("trigger"), QStringLiteral("view")})
        for (const SqliteSchemaObject *object : recreate)
            if (object->type == type)
                statements << Statement::make(
                    Statement::Ddl, object->sql,
                    QStringLiteral("step 8: recreate %1 %2 exactly as it was")
                        .arg(type, object->name),
                    WriteLock);
    statements << Statement::check(
        QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check(%1)")
            .arg(c.literal(c.tableName)),
        QStringLiteral("step 10: no row breaks a foreign key (else roll back)"),
        QStringLiteral("0"));
    statements << Statement::make(Statement::Transaction, QStringLiteral("COMMIT"),
                                  QStringLiteral("step 11: commit the rebuild"), WriteLock, false);
    statements << Statement::make(Statement::Setting, QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("step 12: foreign keys back on"),
                                  QStringLiteral("none"), false);
    return statements;
}

// One batch of rows still to fill, by rowid or by the (composite) primary key; one arg() call so
// that "%1"-like text in the user's expression is never substituted.
QString repeatable(const CompileContext &c, const QStringList &qKeys, const QString &value,
                   const QString &guard, const QString &filter)
{
    const QString keys = KeysetBatch::keyList(qKeys);
    const QString row = qKeys.size() == 1 ? keys : QStringLiteral("(%1)").arg(keys);
    return QStringLiteral("UPDATE %1 SET %2 = %3\nWHERE %4 IN (SELECT %5 FROM %1 WHERE %6%7 ORDER "
                          "BY %5 LIMIT %8)")
        .arg(c.qTable, c.qColumn, value, row, keys, guard, filter,
             QString::number(c.plan.backfill.maxBatchRows));
}

} // namespace

QString SqliteDialect::affinity(const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    if (type.contains(QStringLiteral("INT")))
        return QStringLiteral("INTEGER");
    if (type.contains(QStringLiteral("CHAR")) || type.contains(QStringLiteral("CLOB")) ||
        type.contains(QStringLiteral("TEXT")))
        return QStringLiteral("TEXT");
    if (type.contains(QStringLiteral("BLOB")) || type.trimmed().isEmpty())
        return QStringLiteral("BLOB");
    if (type.contains(QStringLiteral("REAL")) || type.contains(QStringLiteral("FLOA")) ||
        type.contains(QStringLiteral("DOUB")))
        return QStringLiteral("REAL");
    return QStringLiteral("NUMERIC");
}

QString SqliteDialect::rewriteCreateTable(const QString &createSql, const QString &newName,
                                          const QString &columnDefinition)
{
    SqlTokenizer tokenizer(DialectKind::SQLite);
    QList<SqlLexToken> tokens;
    for (const SqlLexToken &token : tokenizer.tokenize(createSql))
        if (token.kind != SqlLexToken::Comment)
            tokens << token;
    int i = 0;
    auto word = [&](int at) {
        return at < tokens.size() ? tokens.at(at).text.toUpper() : QString();
    };
    if (word(i) != u"CREATE")
        throw CompileError(
            QStringLiteral("not a CREATE TABLE statement: %1").arg(createSql.left(60)));
    ++i;
    if (word(i) == u"TEMP" || word(i) == u"TEMPORARY")
        ++i;
    if (word(i) != u"TABLE")
        throw CompileError(
            QStringLiteral("not a CREATE TABLE statement: %1").arg(createSql.left(60)));
    ++i;
    if (word(i) == u"IF" && word(i + 1) == u"NOT" && word(i + 2) == u"EXISTS")
        i += 3;
    const int nameStart = tokens.value(i).offset;
    if (word(i + 1) == u".")
        i += 2;
    const int nameEnd = tokens.value(i).offset + int(tokens.value(i).text.size());
    ++i;
    if (tokens.value(i).text != u"(")
        throw CompileError(QStringLiteral("CREATE TABLE ... AS SELECT cannot be rebuilt: %1")
                               .arg(createSql.left(60)));
    // Top-level items of the definition list; the column goes after the last column definition.
    static const QStringList constraintWords = {QStringLiteral("CONSTRAINT"),
                                                QStringLiteral("PRIMARY"), QStringLiteral("UNIQUE"),
                                                QStringLiteral("CHECK"), QStringLiteral("FOREIGN")};
    int depth = 0;
    int insertAt = -1; // the first table constraint after the last column definition
    int appendAt = -1; // the end of the last item's last token (comments stay after it)
    int itemStart = i + 1;
    for (int j = i; j < tokens.size(); ++j) {
        const QString text = tokens.at(j).text;
        if (tokens.at(j).kind != SqlLexToken::Punct)
            continue;
        if (text == u"(") {
            ++depth;
        } else if (text == u")" || text == u",") {
            if (text == u")")
                --depth;
            if ((text == u"," && depth == 1) || (text == u")" && depth == 0)) {
                const bool constraint = constraintWords.contains(word(itemStart));
                if (constraint && insertAt < 0)
                    insertAt = tokens.at(itemStart).offset;
                if (!constraint)
                    insertAt = -1;
                if (text == u")") {
                    appendAt = tokens.at(j - 1).offset + int(tokens.at(j - 1).text.size());
                    break;
                }
                itemStart = j + 1;
            }
        }
    }
    if (appendAt < 0)
        throw CompileError(QStringLiteral("cannot find the end of the column list in: %1")
                               .arg(createSql.left(60)));
    QString sql = createSql;
    // Before the first table constraint: "..., <col>, CONSTRAINT ..."; else after the last
    // column, before any comment and the closing parenthesis.
    if (!columnDefinition.isEmpty() && insertAt >= 0)
        sql.insert(insertAt, columnDefinition + QStringLiteral(", "));
    else if (!columnDefinition.isEmpty())
        sql.insert(appendAt, QStringLiteral(", ") + columnDefinition);
    sql.replace(nameStart, nameEnd - nameStart, quoteIdentifier(newName, DialectKind::SQLite));
    return sql;
}

namespace {

// What the phases share: the context with what existing rows get decided, the column as expand
// adds it and as the plan wants it, and the key the backfill walks.
struct PhaseInputs
{
    CompileContext c;
    ColumnPlan columnPlan;
    bool rowidTable = true;
    QStringList qKeys; // "rowid", or the quoted primary key of a WITHOUT ROWID table
    bool defaultInAdd = false;
};

PhaseInputs phaseInputs(const CompileContext &ctx)
{
    PhaseInputs in;
    in.c = ctx;
    CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    in.columnPlan = planColumn(c);
    in.rowidTable = !(c.table && c.table->withoutRowid);
    if (in.rowidTable)
        in.qKeys << QStringLiteral("rowid");
    else
        for (const QString &key : c.keyColumns)
            in.qKeys << c.q(key);

    in.defaultInAdd = in.columnPlan.expandDefinition.contains(QStringLiteral(" DEFAULT "));
    if (col.backfill)
        c.fill = col.backfill;
    else if (col.defaultExpr && !in.defaultInAdd)
        c.fill = col.defaultExpr;
    return in;
}

// A date, JSON or UUID type that SQLite reads as NUMERIC affinity stores number-like values as
// numbers: the warning says so, empty when the type keeps values as written.
QString affinityWarning(const QString &typeSql)
{
    static const QStringList textLike = {QStringLiteral("json"),      QStringLiteral("jsonb"),
                                         QStringLiteral("date"),      QStringLiteral("datetime"),
                                         QStringLiteral("timestamp"), QStringLiteral("timestamptz"),
                                         QStringLiteral("time"),      QStringLiteral("uuid")};
    const QString base = typeSql.section(u'(', 0, 0).trimmed().toLower();
    if (!textLike.contains(base) || SqliteDialect::affinity(typeSql) != u"NUMERIC")
        return {};
    return QStringLiteral(
               "SQLite gives the type \"%1\" NUMERIC affinity: a value that looks like a "
               "number is stored as a number; declare TEXT to keep every value as written")
        .arg(typeSql);
}

// DROP COLUMN where SQLite allows it (3.35+, no REFERENCES), else the table rebuild when the
// catalog gave the table's definition.
QList<Statement> expandRollback(const PhaseInputs &in)
{
    const CompileContext &c = in.c;
    const bool referencesInAdd =
        in.columnPlan.expandDefinition.contains(QStringLiteral(" REFERENCES "));
    if ((referencesInAdd || c.version < 3035000) && c.table && tableObject(c))
        return rebuild(
            c, {}, false,
            QStringLiteral(
                "DROP COLUMN refuses a column used by a foreign key or before SQLite 3.35"));
    Statement drop = Statement::make(
        Statement::Ddl, QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(c.qTable, c.qColumn),
        QStringLiteral("drop the column (SQLite 3.35+)"), WriteLock);
    if (referencesInAdd || c.version < 3035000)
        drop.warnings << QStringLiteral(
            "DROP COLUMN refuses a column with REFERENCES and needs SQLite 3.35: generate with "
            "--db for a table rebuild instead");
    return {drop};
}

Phase expandPhase(const PhaseInputs &in)
{
    const CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    Phase expand;
    expand.name = QStringLiteral("expand");
    expand.purpose = QStringLiteral("add %1 with ALTER TABLE ADD COLUMN (no copy)").arg(col.name);
    Statement add = Statement::make(
        Statement::Ddl,
        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
            .arg(c.qTable, in.columnPlan.expandDefinition),
        QStringLiteral(
            "SQLite appends the column to the table definition; existing rows are not rewritten"),
        WriteLock);
    if (const QString warning = affinityWarning(c.typeSql); !warning.isEmpty())
        add.warnings << warning;
    if (!col.comment.isEmpty())
        add.warnings << QStringLiteral(
                            "SQLite has no column comments: \"%1\" stays in the plan only")
                            .arg(col.comment);
    expand.statements << add;
    expand.rollback << expandRollback(in);
    expand.rollbackNote =
        QStringLiteral("drops the column: undoes expand and, with it, the backfill");
    return expand;
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
    const QString value = QStringLiteral("(%1)").arg(*c.fill);
    const QString guard = QStringLiteral("%1 IS NULL").arg(c.qColumn);
    backfill.purpose =
        QStringLiteral(
            "fill existing rows in batches of at most %1 rows by %2, one transaction each")
            .arg(c.plan.backfill.maxBatchRows)
            .arg(in.rowidTable ? QStringLiteral("rowid") : QStringLiteral("primary key"));
    job = KeysetBatch::job(c.qTable, in.qKeys, c.qColumn, *c.fill, c.plan.backfill.maxBatchRows,
                           QStringLiteral("%1 = %2").arg(c.qColumn, value), guard);
    Statement batch = Statement::make(
        Statement::BatchRepeat,
        repeatable(c, in.qKeys, value, guard, QStringLiteral(" AND %1 IS NOT NULL").arg(value)),
        QStringLiteral("one batch; repeat until it changes 0 rows"), WriteLock);
    batch.warnings << QStringLiteral(
        "SQLite has no loops: run this statement again until SELECT changes() returns 0 (the "
        "runner repeats it for you)");
    backfill.statements << batch;
    backfill.rollback << Statement::make(
        Statement::BatchRepeat,
        repeatable(c, in.qKeys, QStringLiteral("NULL"),
                   QStringLiteral("%1 IS NOT NULL").arg(c.qColumn), {}),
        QStringLiteral("one batch back to NULL; repeat until it changes 0 rows"), WriteLock);
    backfill.rollbackNote = QStringLiteral("sets the column back to NULL in batches; dropping "
                                           "the column (expand rollback) undoes it too");
    return backfill;
}

// The final column definition by table rebuild where ADD COLUMN could not carry it, and the
// index.
Phase enforcePhase(const PhaseInputs &in)
{
    const CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    Phase enforce;
    enforce.name = QStringLiteral("enforce");
    QStringList what;
    if (in.columnPlan.rebuild) {
        what << QStringLiteral("the final column definition by table rebuild");
        enforce.statements << rebuild(c, in.columnPlan.finalDefinition, true,
                                      in.columnPlan.reasons.join(QStringLiteral("; ")));
    }
    const bool unique = col.index && col.index->unique;
    if (col.index) {
        what << (unique ? QStringLiteral("unique index") : QStringLiteral("index"));
        enforce.statements << Statement::make(
            Statement::Ddl,
            QStringLiteral("CREATE %1INDEX IF NOT EXISTS %2 ON %3 (%4)")
                .arg(unique ? QStringLiteral("UNIQUE ") : QString(), c.q(c.indexName), c.qTable,
                     c.qColumn),
            QStringLiteral("build the index (SQLite holds the write lock while it builds)"),
            WriteLock);
        enforce.rollback << Statement::make(
            Statement::Ddl, QStringLiteral("DROP INDEX IF EXISTS %1").arg(c.q(c.indexName)),
            QStringLiteral("drop the index"), WriteLock);
    }
    if (in.columnPlan.rebuild) {
        CompileContext back = c;
        enforce.rollback << rebuild(back, in.columnPlan.expandDefinition, true,
                                    QStringLiteral("back to the column as expand added it"));
    }
    enforce.purpose =
        what.isEmpty()
            ? QStringLiteral("nothing to enforce: ADD COLUMN already carries the constraints")
            : QStringLiteral("enforce %1").arg(what.join(QStringLiteral(", ")));
    enforce.rollbackNote =
        what.isEmpty()
            ? QStringLiteral("nothing to undo")
            : QStringLiteral(
                  "drops the index and rebuilds the table back to the column as expand added it");
    return enforce;
}

Phase verifyPhase(const PhaseInputs &in)
{
    const CompileContext &c = in.c;
    const ColumnSpec &col = c.column;
    Phase verify;
    verify.name = QStringLiteral("verify");
    verify.purpose = QStringLiteral(
        "check the result: column, backfilled rows, foreign keys, index, the plan's own checks");
    verify.statements << Statement::check(
        QStringLiteral("SELECT count(*) FROM pragma_table_info(%1) WHERE name = %2%3")
            .arg(c.literal(c.tableName), c.literal(col.name),
                 col.nullable ? QString() : QStringLiteral(" AND \"notnull\" = 1")),
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
            QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check(%1)")
                .arg(c.literal(c.tableName)),
            QStringLiteral("no row breaks a foreign key"), QStringLiteral("0"));
    if (col.index)
        verify.statements << Statement::check(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = %1")
                .arg(c.literal(c.indexName)),
            QStringLiteral("the index exists"), QStringLiteral("1"));
    for (const CheckSpec &user : c.plan.checks)
        verify.statements << Statement::check(user.sql, user.name, user.expect);
    verify.rollbackNote = QStringLiteral("verify only reads: nothing to undo");
    return verify;
}

} // namespace

Script SqliteDialect::compile(const CompileContext &ctx)
{
    const PhaseInputs in = phaseInputs(ctx);
    Script script;
    script.phases << expandPhase(in);
    script.phases << backfillPhase(in, script.backfill);
    script.phases << enforcePhase(in);
    script.phases << verifyPhase(in);
    return script;
}
