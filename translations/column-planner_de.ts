<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppSettings</name>
    <message>
        <source>Could not write the settings to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalBadge</name>
    <message>
        <source>Approval status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 at %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the script changed since %1 approved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Approve it again after reviewing the changes (Plan › Approve…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving records that you reviewed the script of “%1” exactly as it is now. Any later change to the design or to a phase makes the approval stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked, conditions (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackfillSettingsWidget</name>
    <message>
        <source>Backfill settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show backfill settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target batch &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size adapts so that each batch takes about this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max batch &amp;rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never more rows than this in one batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep between batches, to leave room for other work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max replication &amp;lag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait while replicas lag more than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DDL statement gives up (and retries) after waiting this long for its lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any one statement stops after this long (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep new and updated rows in sync with a trigger during the backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: expand adds a trigger that writes the backfill expression into every row the application inserts or updates; enforce drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides batch size, pauses, lag limit and timeouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockerModel</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <source>%1 rows, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: about %2 rows (%3), %4 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (primary key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DEFAULT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> NOT VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependent views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--by: say who approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 does not exist on %2: nothing to check yet (run the plan first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks failed on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: column-planner [--demo]            open the window (on the demo database)
       column-planner COMMAND [OPTIONS]   run headless

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
URI: postgresql://user@host:port/db, a libpq key=value string, or sqlite:PATH.
Passwords come from ~/.pgpass, PGPASSWORD or a service file, never from the app.
Exit codes: 0 done, 1 findings or failed checks, 2 bad usage or input,
3 database or connection error, 4 stopped by the user or a safety limit.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see column-planner --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff needs two plans: column-planner diff A B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: unknown export target &quot;%1&quot;, choose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: forecast needs a PostgreSQL or MySQL/MariaDB database, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan targets %2; forecast reads PostgreSQL servers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialect: unknown dialect &quot;%1&quot;, choose postgresql, sqlite, mysql or mariadb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phase: unknown phase &quot;%1&quot;, choose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table needs a table name, as SCHEMA.TABLE or TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table name &quot;%1&quot; is ambiguous: %2 (give the schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; lint reads scripts up to %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most lint reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQL text file (NUL byte at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (invalid byte 0x%2 at offset %3); convert it to UTF-8 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server-version must be a PostgreSQL major version from 10 to 18, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json or sarif, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan targets %2 but the database is MySQL/MariaDB: write the plan for &quot;mysql&quot; or &quot;mariadb&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no table &quot;%2&quot; in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a number of at least %2, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows: expected a positive number, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mix: expected four weights K,I,N,U (reads by key, reads by index, inserts, updates), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rehearse is PostgreSQL only: the plan, --source and --staging must all be PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rehearsal stopped; the staging table may be partly built (rebuild it with --replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: unknown report format &quot;%1&quot;, choose html, pdf or md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a positive number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: no saved connection profile &quot;%1&quot; (there is no profile store yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: no saved connection profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask at the gates: pass --yes to run every phase without asking (or --dry-run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnDesignerWidget</name>
    <message>
        <source>Volatile: %1 is evaluated for every row, so existing rows are filled by a backfill, not by the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a type: the server checks the expression as a value of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the change is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purpose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. amount_cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bigint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;OT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullability note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL expression for new rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backfill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value for existing rows, may use other columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check constraint check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated; empty: any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referenced column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one: the plan is not valid until you say whether the column allows NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing rows need a value: give a default or a backfill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullability: choose “NULL allowed” or “NOT NULL”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: pick the table that gets the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the column a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: choose the column&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase “%1” is hand-edited and the form has changed its generated SQL since: review the edit or revert the phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase “%1” is hand-edited: the plan keeps your SQL for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is not complete yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The plan compiles: the SQL tab shows its phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table that gets the new column, as schema.table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database the script is written for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills a sound design for a kind of column and says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL type; the list holds the connected server&apos;s types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NU&amp;LL allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows may leave the column empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row must have a value; enforced after the backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allo&amp;wed values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for no foreign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column of the referenced table, usually its primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to this row when the referenced row is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referen&amp;ces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No index, or the index method; built CONCURRENTLY on PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uni&amp;que</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index enforces one row per value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved pr&amp;ofiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a p&amp;roduction server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a production server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to production servers ask for an extra confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. shop production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never saved in profiles; tick the keychain option to keep one in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was saved without its password and the keychain option is now off; press Connect again to go on without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles are unavailable because the local store could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s connection string cannot be read; select it to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the highlighted fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file opened: SQLite %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile, or untick &quot;Save as profile&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections, most recently used first; choosing one fills the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected profile and its saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens and closes a connection with these settings, without leaving the dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFormWidget</name>
    <message>
        <source>Database kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com or /var/run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/file.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced: enter a connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: enter a connection URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save password in the system ke&amp;ychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a connection URI such as postgresql://user@host:5432/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address (or a socket folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one host name without spaces; use the advanced URI for several hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL server or an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the connection uses TLS; verify-full checks the server certificate and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a libpq URI or key=value string instead of the separate fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a password field for servers that ask for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only, unless you choose to save it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyway: V/U scripts per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquibase: formatted-SQL changelog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Django: a migration per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sqitch: plan with deploy, revert and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain SQL: a file and a rollback per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty. Replace the exported files in it? Other files there are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported: the folder is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) for %1 into %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The plan does not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <source>%1
Safe form: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Review findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the review found in the script; Enter jumps to the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <source>instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits behind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>Lock forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, %3; WAL of the backfill about %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) hold a lock the plan would wait behind right now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest snapshot: pid %1 (%2 transactions old).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static forecast: connect to a server for estimates and blockers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each statement: the lock it takes, what it blocks, and whether it rewrites or scans the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Column Planner guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab moves between links, Enter follows one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan for Flyway, Liquibase, Django, Sqitch or as plain SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review report (Markdown, HTML or PDF) for the people who approve the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your approval of the script as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this plan with another version: design changes in words, SQL as a diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not compile yet: see the designer&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this plan (unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: the plan changed while the approval was open; approve it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved. Save the plan to keep the approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecrets</name>
    <message>
        <source>No password for profile &quot;%1&quot; is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this machine (%1), so the password of profile &quot;%2&quot; is not kept anywhere; type it when connecting, or use ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to the password of profile &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this machine (no D-Bus session bus, so no Secret Service), so the password of profile &quot;%1&quot; is not kept anywhere; type it when connecting, or use ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed on the password of profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveBlockersPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel backend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminate backend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions blocking the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected backend&apos;s query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_cancel_backend: stops the session&apos;s running query; an idle transaction keeps its locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate the selected backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_terminate_backend: closes the session; its transaction rolls back and its locks go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh blockers automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Refresh to list the sessions the plan would wait behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session blocks the plan (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) would block the plan (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate session %1? Its transaction rolls back and its connection closes; the application sees an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running query of session %1? An idle transaction keeps its locks until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating session %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling session %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 could not be signalled (gone already, or not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions holding a lock the plan would wait for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the server&apos;s sessions and locks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the sessions again at a fixed interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Table and SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sa&amp;mple plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan on the connected PostgreSQL database, phase by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Column Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Column Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Column Planner %1&lt;/b&gt;&lt;p&gt;Plan, review and run the addition of a column to a large, live table without disrupting it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column Planner — %1 — %2[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column Planner — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL editor actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column Planner plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs need an open PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not compile yet: see the designer&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan phase by phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the run after its current batch; the window closes when it has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is running on %1. Closing stops it after the current batch; running it again resumes from the checkpoint. Stop the run and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop the run and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;hearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal report attached to the plan under &quot;rehearsal&quot;; save the plan to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;hearse plan on staging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the table with synthetic data into a staging database and run the plan there under a workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;schema browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the column &amp;designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the S&amp;QL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production connection: an unapproved or stale plan runs only after you type this name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameReviewPanel</name>
    <message>
        <source>Column name review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the name %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCompareDialog</name>
    <message>
        <source>Compare with plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plan file to compare this plan with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL changes as a unified diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column Planner plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan does not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 (before) to %2 (after): %n design change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no design change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiled script is the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, a string (null given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; write null or leave the key out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format %1, expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, one of postgresql, sqlite, mysql, mariadb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dialect &quot;%1&quot;, choose postgresql, sqlite, mysql or mariadb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string such as &quot;15&quot; or &quot;8.0.35&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, choose true or false (no silent default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be null or a non-empty list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs column.backfill: the trigger writes the backfill expression into new and updated rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with name, sql and expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, the value the query must return (string or number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown phase, choose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the phase&apos;s SQL as a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $: a plan must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the plan (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the plan (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionConfirmDialog</name>
    <message>
        <source>Run on production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is a production profile&lt;/b&gt; and this plan is %2.&lt;/p&gt;&lt;p&gt;Approve the plan first (Plan › Approve…), or type the profile&apos;s name to run it anyway. The override is written into the run journal.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run on production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RehearsalPage</name>
    <message>
        <source>Replace the staging table if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach report to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload latency per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest lock wait per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@staging-host:5432/staging_db (never the production database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source&apos;s estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of reads by primary key, reads by an indexed column, inserts and updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (read only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads by key, by index, inserts, updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the run,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock waits ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity of the staging copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How closely the synthetic staging table matches the source table&apos;s statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulls (staging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulls (source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct (staging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst top-value diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation (staging / source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity of the synthetic copy (after ANALYZE on staging):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(connect to the production database first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %L1 of %L2 rows, %L3 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal finished: %L1 rows loaded at %L2 rows/s; run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Not rehearsed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;PASSED&lt;/b&gt; — every phase within the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;FAILED&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline p99 %1 ms · backfill %2 · longest lock wait %L3 ms · WAL %L4 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest lock wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond tolerance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (for a pull request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (laid out for print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the live state (connect to a database first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the live state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the live state and writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDocks</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed: the review reads PostgreSQL scripts only, and this one is for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL/MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunChartsWidget</name>
    <message>
        <source>Live charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock waits on the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no standby</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunChecksPanel</name>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check evaluated yet. Checks run after each phase, and now on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating… %1 pass, %2 fail so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pass, %2 fail · last evaluated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · they describe the finished column: failures are expected until the last phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each validation check, pass or fail, and when it was last evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates every check on the database now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunConsoleWidget</name>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks and journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks evaluated: %1 pass, %2 fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running phase %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping phase %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target batch time set to %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause between batches set to %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication lag limit set to %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication lag limit removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: show every step, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PostgreSQL connection and a plan that compiles, then choose Run plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2.%3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Every phase waits at its gate for your confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run of %1 requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run of %1 requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling the plan against the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop requested by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; the runner is preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting at the gate of %1: check the SQL and its locks, then run, skip or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the %1 phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished, but checks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot run here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks every phase and statement without changing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the run; each phase waits at its gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: %1 is a production profile and the plan is not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the production confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunControlsPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after the current batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort after the current batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after the batch in flight commits; running again resumes from the checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target batch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;batch time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use between batches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lag limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the backfill between batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes on with the backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts on the running backfill from its next batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDriver</name>
    <message>
        <source>Could not prepare the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before the first phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped by the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunGatePanel</name>
    <message>
        <source>&amp;Run this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements and their locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL of the phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gate is open. Each phase waits here for your confirmation before it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gate is open. Below: the SQL of the phase last confirmed. The next phase waits here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL of the phase waiting at the gate, and the locks it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the phase shown at the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes on without running this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the run here; running again resumes at this phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunJournalView</name>
    <message>
        <source>Run journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 / %L3 rows, %L4 rows/s, batch %L5 rows in %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check %1: %2 (expected %3, got %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every statement, attempt, event and batch of the run, as written to the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunProgressPanel</name>
    <message>
        <source>Backfill progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backfill not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %L1 / %L2 (%L3 written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunTimelineWidget</name>
    <message>
        <source>Phase timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase / statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyset batches on the primary key, each its own short transaction, sized to the target batch time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROW EXCLUSIVE; row locks of one batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying (attempt %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running — %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phase and statement with its state: pending, waiting, running, retrying, done, failed or skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaBrowserWidget</name>
    <message>
        <source>Filter tables and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the schema browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemas, tables, columns, indexes and constraints of the open database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults for new plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a DDL statement waits for its lock before it gives up and retries, so it never queues writers behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;batch time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backfill sizes its batches so that each takes about this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication &amp;lag limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backfill waits while a replica lags further behind than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans you open keep their own settings; these apply to new plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Column Planner starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the built-in defaults back into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window; command-line messages follow the system locale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlEditor</name>
    <message>
        <source>Phased SQL script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert phase to generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the hand edits of the phase under the cursor and take the SQL the compiler writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>▸ %n statement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · locks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header and the phase banners are generated and cannot be edited: change the SQL under a banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Hand-edited: this phase differs from what the compiler writes; the plan keeps it as an override. Right-click › Revert phase to generated to drop the edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form changed this phase&apos;s generated SQL since it was edited: review the edit or revert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert phase “%1” to generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfold phase “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fold phase “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated script, one fold per phase; findings are marked in the margin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDetailPanel</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity / generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers and views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onstraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triggers and views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a table in the schema browser to see its columns, indexes and constraints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 rows (%2) · %3 on disk (%4 heap) · primary key: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only facts of the selected table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Column Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column to a large, live table without disrupting it: design the column, read the phased SQL and its review, then run it phase by phase with a batched backfill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small SQLite shop (customers, products, 200,000 orders) to try everything safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server or SQLite file; saved profiles never hold a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file saved earlier (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;sample plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sample plan per kind of column, written for the demo orders table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guide: the phases, the review, running and resuming a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans yet. Plans you open or save appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
