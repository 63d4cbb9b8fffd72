#include "rulecatalog.h"

#include <QHash>

namespace {

RuleInfo rule(const char *id, Severity severity, const char *title, const char *hint)
{
    return {QString::fromLatin1(id), severity, QString::fromUtf8(title), QString::fromUtf8(hint)};
}

} // namespace

const QList<RuleInfo> &RuleCatalog::all()
{
    using S = Severity;
    static const QList<RuleInfo> rules = {
        rule("syntax-error", S::Error, "Statement does not parse",
             "Fix the statement; PostgreSQL would reject it."),
        rule("adding-required-column", S::Error, "ADD COLUMN NOT NULL without a default",
             "Add the column nullable, backfill it in batches, then enforce NOT NULL through a "
             "validated CHECK (col IS NOT NULL) and SET NOT NULL."),
        rule("volatile-default-rewrite", S::Error, "ADD COLUMN with a default that rewrites the table",
             "Add the column without a default (or with a constant one on PostgreSQL 11+), then SET "
             "DEFAULT and backfill existing rows in batches."),
        rule("set-not-null-scan", S::Error, "SET NOT NULL scans the table under ACCESS EXCLUSIVE",
             "First ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT c, "
             "then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the helper check."),
        rule("constraint-missing-not-valid", S::Error,
             "CHECK or FOREIGN KEY added to an existing table without NOT VALID",
             "Add the constraint with NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a "
             "separate transaction."),
        rule("non-concurrent-index", S::Error, "CREATE/DROP INDEX without CONCURRENTLY on an existing table",
             "Use CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY, outside a transaction block."),
        rule("concurrent-index-in-transaction", S::Error, "CONCURRENTLY inside a transaction block",
             "Run the CONCURRENTLY statement on its own, outside BEGIN ... COMMIT."),
        rule("missing-lock-timeout", S::Warning, "Lock-taking DDL with no lock_timeout set",
             "Start the script with SET lock_timeout = '2s' (and retry on timeout) so the DDL never "
             "queues behind a long transaction while blocking everyone behind it."),
        rule("column-type-rewrite", S::Error, "ALTER COLUMN TYPE rewrites the table",
             "Add a new column of the new type, backfill it in batches, switch readers and writers, "
             "then drop the old column. Only varchar(n) -> varchar(m>n)/text and numeric precision "
             "increases are free."),
        rule("unbatched-backfill", S::Warning, "UPDATE of an existing table with no bound on the rows",
             "Update in keyset batches (WHERE id > $1 AND id <= $2, or WHERE id IN (SELECT id ... "
             "LIMIT n)), each in its own short transaction."),
        rule("unique-constraint-builds-index", S::Error,
             "ADD UNIQUE / PRIMARY KEY builds its index under ACCESS EXCLUSIVE",
             "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX "
             "(or PRIMARY KEY USING INDEX)."),
        rule("prefer-bigint", S::Warning, "int or smallint for an id or a counter",
             "Use bigint (bigint identity for generated ids); running out of int ids means a "
             "table rewrite later."),
        rule("prefer-timestamptz", S::Warning, "timestamp without time zone",
             "Use timestamptz: it stores an instant; timestamp depends on the writer's time zone."),
        rule("ban-char-type", S::Warning, "char(n) type",
             "Use text or varchar (with a CHECK on length if needed); char(n) pads with blanks."),
        rule("prefer-jsonb", S::Warning, "json type", "Use jsonb: it can be indexed and compared."),
        rule("identifier-too-long", S::Error, "Identifier longer than the server allows",
             "Shorten the name; PostgreSQL silently truncates names to 63 bytes."),
        rule("vague-column-name", S::Info, "Vague column name", "Name the column after what it holds."),
        rule("reserved-word-identifier", S::Warning, "Reserved word used as an identifier",
             "Pick another name; a reserved word must be quoted in every query forever."),
        rule("drop-column", S::Warning, "DROP COLUMN breaks the code that still reads it",
             "Stop every reader and writer from using the column first, deploy, then drop it."),
        rule("rename-column", S::Warning, "RENAME COLUMN breaks running code",
             "Add the new column, write both, backfill, switch readers, then drop the old one "
             "(or rename behind a view)."),
        rule("rename-table", S::Warning, "RENAME TABLE breaks running code",
             "Create a view with the old name for the transition, or rename in a release where no "
             "running code uses the old name."),
        rule("identity-or-serial-rewrite", S::Error, "ADD COLUMN serial or identity rewrites the table",
             "Add a nullable bigint column, attach a sequence default, backfill in batches, then "
             "enforce NOT NULL."),
        rule("stored-generated-column-rewrite", S::Error, "ADD COLUMN GENERATED ... STORED rewrites the table",
             "Add a plain nullable column, fill it with a trigger plus a batched backfill, or compute "
             "the value in a view."),
        rule("statement-too-large", S::Info, "Statement too large to review",
             "Split the statement, or load such data with COPY."),
        rule("transaction-nesting", S::Warning, "BEGIN inside a transaction, or COMMIT without BEGIN",
             "Balance BEGIN and COMMIT; PostgreSQL has no nested transactions (use SAVEPOINT)."),
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
