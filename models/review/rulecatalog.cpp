#include "rulecatalog.h"

#include <QHash>

namespace {

RuleInfo rule(const char *id, Severity severity, const QString &title, const QString &hint)
{
    return {QString::fromLatin1(id), severity, title, hint};
}

} // namespace

const QList<RuleInfo> &RuleCatalog::all()
{
    using S = Severity;
    static const QList<RuleInfo> rules = {
        rule("syntax-error", S::Error, tr("Statement does not parse"),
             tr("Fix the statement; PostgreSQL would reject it.")),
        rule("adding-required-column", S::Error, tr("ADD COLUMN NOT NULL without a default"),
             tr("Add the column nullable, backfill it in batches, then enforce NOT NULL through a "
                "validated CHECK (col IS NOT NULL) and SET NOT NULL.")),
        rule("volatile-default-rewrite", S::Error,
             tr("ADD COLUMN with a default that rewrites the table"),
             tr("Add the column without a default (or with a constant one on PostgreSQL 11+), then "
                "SET "
                "DEFAULT and backfill existing rows in batches.")),
        rule("set-not-null-scan", S::Error,
             tr("SET NOT NULL scans the table under ACCESS EXCLUSIVE"),
             tr("First ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, then VALIDATE "
                "CONSTRAINT c, "
                "then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the helper check.")),
        rule("constraint-missing-not-valid", S::Error,
             tr("CHECK or FOREIGN KEY added to an existing table without NOT VALID"),
             tr("Add the constraint with NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a "
                "separate transaction.")),
        rule("non-concurrent-index", S::Error,
             tr("CREATE/DROP INDEX without CONCURRENTLY on an existing table"),
             tr("Use CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY, outside a transaction "
                "block.")),
        rule("concurrent-index-on-partitioned", S::Error,
             tr("CREATE INDEX CONCURRENTLY on a partitioned table"),
             tr("CREATE INDEX ON ONLY the partitioned table, CONCURRENTLY on each partition, then "
                "ALTER INDEX ... ATTACH PARTITION.")),
        rule("detach-partition-blocking", S::Warning,
             tr("DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+)"),
             tr("DETACH PARTITION ... CONCURRENTLY, outside a transaction block.")),
        rule("concurrent-index-in-transaction", S::Error,
             tr("CONCURRENTLY inside a transaction block"),
             tr("Run the CONCURRENTLY statement on its own, outside BEGIN ... COMMIT.")),
        rule("missing-lock-timeout", S::Warning, tr("Lock-taking DDL with no lock_timeout set"),
             tr("Start the script with SET lock_timeout = '2s' (and retry on timeout) so the DDL "
                "never "
                "queues behind a long transaction while blocking everyone behind it.")),
        rule("column-type-rewrite", S::Error, tr("ALTER COLUMN TYPE rewrites the table"),
             tr("Add a new column of the new type, backfill it in batches, switch readers and "
                "writers, "
                "then drop the old column. Only varchar(n) -> varchar(m>n)/text and numeric "
                "precision "
                "increases are free.")),
        rule("unbatched-backfill", S::Warning,
             tr("UPDATE of an existing table with no bound on the rows"),
             tr("Update in keyset batches (WHERE id > $1 AND id <= $2, or WHERE id IN (SELECT id "
                "... "
                "LIMIT n)), each in its own short transaction.")),
        rule(
            "unique-constraint-builds-index", S::Error,
            tr("ADD UNIQUE / PRIMARY KEY builds its index under ACCESS EXCLUSIVE"),
            tr("CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX "
               "(or PRIMARY KEY USING INDEX).")),
        rule("prefer-bigint", S::Warning, tr("int or smallint for an id or a counter"),
             tr("Use bigint (bigint identity for generated ids); running out of int ids means a "
                "table rewrite later.")),
        rule("prefer-timestamptz", S::Warning, tr("timestamp without time zone"),
             tr("Use timestamptz: it stores an instant; timestamp depends on the writer's time "
                "zone.")),
        rule("ban-char-type", S::Warning, tr("char(n) type"),
             tr("Use text or varchar (with a CHECK on length if needed); char(n) pads with "
                "blanks.")),
        rule("prefer-jsonb", S::Warning, tr("json type"),
             tr("Use jsonb: it can be indexed and compared.")),
        rule("identifier-too-long", S::Error, tr("Identifier longer than the server allows"),
             tr("Shorten the name; PostgreSQL silently truncates names to 63 bytes.")),
        rule("vague-column-name", S::Info, tr("Vague column name"),
             tr("Name the column after what it holds.")),
        rule("reserved-word-identifier", S::Warning, tr("Reserved word used as an identifier"),
             tr("Pick another name; a reserved word must be quoted in every query forever.")),
        rule("drop-column", S::Warning, tr("DROP COLUMN breaks the code that still reads it"),
             tr("Stop every reader and writer from using the column first, deploy, then drop it.")),
        rule("rename-column", S::Warning, tr("RENAME COLUMN breaks running code"),
             tr("Add the new column, write both, backfill, switch readers, then drop the old one "
                "(or rename behind a view).")),
        rule("rename-table", S::Warning, tr("RENAME TABLE breaks running code"),
             tr("Create a view with the old name for the transition, or rename in a release where "
                "no "
                "running code uses the old name.")),
        rule(
            "identity-or-serial-rewrite", S::Error,
            tr("ADD COLUMN serial or identity rewrites the table"),
            tr("Add a nullable bigint column, attach a sequence default, backfill in batches, then "
               "enforce NOT NULL.")),
        rule("stored-generated-column-rewrite", S::Error,
             tr("ADD COLUMN GENERATED ... STORED rewrites the table"),
             tr("Add a plain nullable column, fill it with a trigger plus a batched backfill, or "
                "compute "
                "the value in a view.")),
        rule("statement-too-large", S::Info, tr("Statement too large to review"),
             tr("Split the statement, or load such data with COPY.")),
        rule("statement-too-complex", S::Warning, tr("Statement nests too deep to review"),
             tr("An expression chains or nests more than 1,000 operators, casts or parentheses "
                "(counted on its tokens), so the statement was not parsed or reviewed; "
                "PostgreSQL itself may reject it (stack depth limit exceeded). Split the "
                "expression, or build the value in steps.")),
        rule(
            "transaction-nesting", S::Warning,
            tr("BEGIN inside a transaction, or COMMIT without BEGIN"),
            tr("Balance BEGIN and COMMIT; PostgreSQL has no nested transactions (use SAVEPOINT).")),
    };
    return rules;
}

const RuleInfo *RuleCatalog::find(const QString &id)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        for (int i = 0; i < all().size(); ++i)
            map.insert(all().at(i).id, i);
        return map;
    }();
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &all().at(*it);
}
