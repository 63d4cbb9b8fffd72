<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppSettings</name>
    <message>
        <source>Could not write the settings to %1</source>
        <translation>Die Einstellungen konnten nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ApprovalBadge</name>
    <message>
        <source>Approval status</source>
        <translation>Freigabestatus</translation>
    </message>
    <message>
        <source>Approvals damaged</source>
        <translation>Freigaben beschädigt</translation>
    </message>
    <message>
        <source>Script SHA-256 %1</source>
        <translation>Skript-SHA-256 %1</translation>
    </message>
    <message>
        <source>Approved by %1 at %2%3</source>
        <translation>Freigegeben von %1 am %2%3</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>Stale: the script changed since %1 approved it</source>
        <translation>Veraltet: Das Skript hat sich geändert, seit %1 es freigegeben hat</translation>
    </message>
    <message>
        <source>%1
Approve it again after reviewing the changes (Plan › Approve…).</source>
        <translation>%1
Geben Sie es nach Prüfung der Änderungen erneut frei (Plan › Freigeben…).</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Nicht freigegeben</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the plan</source>
        <translation>Plan freigeben</translation>
    </message>
    <message>
        <source>Approving records that you reviewed the script of “%1” exactly as it is now. Any later change to the design or to a phase makes the approval stale.</source>
        <translation>Die Freigabe hält fest, dass Sie das Skript von „%1“ genau in seinem jetzigen Zustand geprüft haben. Jede spätere Änderung am Entwurf oder an einer Phase macht die Freigabe ungültig.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Freigegeben &amp;von:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What you checked, conditions (optional)</source>
        <translation>Was Sie geprüft haben, Bedingungen (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Script SHA-256:</source>
        <translation>Skript-SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
</context>
<context>
    <name>BackfillSettingsWidget</name>
    <message>
        <source>Backfill settings</source>
        <translation>Backfill-Einstellungen</translation>
    </message>
    <message>
        <source>Show backfill settings</source>
        <translation>Backfill-Einstellungen anzeigen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Target batch &amp;time:</source>
        <translation>Ziel-Batch&amp;dauer:</translation>
    </message>
    <message>
        <source>Batch size adapts so that each batch takes about this long</source>
        <translation>Die Batchgröße passt sich an, sodass jeder Batch etwa so lange dauert</translation>
    </message>
    <message>
        <source>Max batch &amp;rows:</source>
        <translation>Max. Zeilen pro &amp;Batch:</translation>
    </message>
    <message>
        <source>Never more rows than this in one batch</source>
        <translation>Nie mehr Zeilen als diese in einem Batch</translation>
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;Pause zwischen Batches:</translation>
    </message>
    <message>
        <source>Sleep between batches, to leave room for other work</source>
        <translation>Pause zwischen den Batches, um anderen Arbeiten Raum zu lassen</translation>
    </message>
    <message>
        <source>Max replication &amp;lag:</source>
        <translation>Max. Replikations&amp;verzögerung:</translation>
    </message>
    <message>
        <source>Wait while replicas lag more than this</source>
        <translation>Warten, solange Replikate mehr als diesen Wert hinterherhinken</translation>
    </message>
    <message>
        <source>Loc&amp;k timeout:</source>
        <translation>Sperr-&amp;Timeout:</translation>
    </message>
    <message>
        <source>A DDL statement gives up (and retries) after waiting this long for its lock</source>
        <translation>Eine DDL-Anweisung gibt nach so langem Warten auf ihre Sperre auf (und versucht es erneut)</translation>
    </message>
    <message>
        <source>&amp;Statement timeout:</source>
        <translation>&amp;Anweisungs-Timeout:</translation>
    </message>
    <message>
        <source>Any one statement stops after this long (0: no limit)</source>
        <translation>Jede einzelne Anweisung wird nach dieser Zeit abgebrochen (0: keine Grenze)</translation>
    </message>
    <message>
        <source>Keep new and updated rows in sync with a trigger during the backfill</source>
        <translation>Neue und geänderte Zeilen während des Backfills per Trigger synchron halten</translation>
    </message>
    <message>
        <source>PostgreSQL: expand adds a trigger that writes the backfill expression into every row the application inserts or updates; enforce drops it</source>
        <translation>PostgreSQL: expand legt einen Trigger an, der den Backfill-Ausdruck in jede Zeile schreibt, die die Anwendung einfügt oder ändert; enforce entfernt ihn</translation>
    </message>
    <message>
        <source>Shows or hides batch size, pauses, lag limit and timeouts</source>
        <translation>Blendet Batchgröße, Pausen, Verzögerungsgrenze und Timeouts ein oder aus</translation>
    </message>
</context>
<context>
    <name>BlockerModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Transaction age</source>
        <translation>Transaktionsalter</translation>
    </message>
    <message>
        <source>Last query</source>
        <translation>Letzte Abfrage</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Beschäftigt</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <source>%1 rows, %2</source>
        <translation>%1 Zeilen, %2</translation>
    </message>
    <message>
        <source>%1: about %2 rows (%3), %4 on disk</source>
        <translation>%1: etwa %2 Zeilen (%3), %4 auf der Platte</translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation>keine Statistiken</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source> (primary key)</source>
        <translation> (Primärschlüssel)</translation>
    </message>
    <message>
        <source> DEFAULT %1</source>
        <translation> DEFAULT %1</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source> unique</source>
        <translation> eindeutig</translation>
    </message>
    <message>
        <source> partial</source>
        <translation> partiell</translation>
    </message>
    <message>
        <source> INVALID</source>
        <translation> UNGÜLTIG</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source> NOT VALID</source>
        <translation> NOT VALID</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Dependent views</source>
        <translation>Abhängige Sichten</translation>
    </message>
    <message>
        <source>materialized</source>
        <translation>materialisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>FULLTEXT</source>
        <translation>FULLTEXT</translation>
    </message>
    <message>
        <source>compressed</source>
        <translation>komprimiert</translation>
    </message>
    <message>
        <source>%1/64 row versions</source>
        <translation>%1/64 Zeilenversionen</translation>
    </message>
    <message>
        <source>Engine %1, row format %2</source>
        <translation>Engine %1, Zeilenformat %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--by: say who approves</source>
        <translation>--by: Geben Sie an, wer freigibt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>column %1 does not exist on %2: nothing to check yet (run the plan first)</source>
        <translation>Spalte %1 existiert nicht in %2: noch nichts zu prüfen (führen Sie zuerst den Plan aus)</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed on %3</source>
        <translation>%1 von %2 Prüfungen auf %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation>--%1 fehlt</translation>
    </message>
    <message>
        <source>Usage: column-planner [--demo]            open the window (on the demo database)
       column-planner COMMAND [OPTIONS]   run headless

Commands:
</source>
        <translation>Aufruf: column-planner [--demo]           öffnet das Fenster (auf der Demodatenbank)
        column-planner BEFEHL [OPTIONEN]  läuft ohne Oberfläche

Befehle:
</translation>
    </message>
    <message>
        <source>
URI: postgresql://user@host:port/db, a libpq key=value string, or sqlite:PATH.
Passwords come from ~/.pgpass, PGPASSWORD or a service file, never from the app.
Exit codes: 0 done, 1 findings or failed checks, 2 bad usage or input,
3 database or connection error, 4 stopped by the user or a safety limit.
</source>
        <translation>
URI: postgresql://benutzer@host:port/db, eine libpq-Zeichenkette schlüssel=wert oder sqlite:PFAD.
Passwörter kommen aus ~/.pgpass, PGPASSWORD oder einer Service-Datei, nie aus der Anwendung.
Exit-Codes: 0 fertig, 1 Befunde oder fehlgeschlagene Prüfungen, 2 falscher Aufruf oder falsche Eingabe,
3 Datenbank- oder Verbindungsfehler, 4 vom Benutzer oder einer Sicherheitsgrenze angehalten.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see column-planner --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe column-planner --help)</translation>
    </message>
    <message>
        <source>diff needs two plans: column-planner diff A B</source>
        <translation>diff braucht zwei Pläne: column-planner diff A B</translation>
    </message>
    <message>
        <source>--to: unknown export target &quot;%1&quot;, choose %2</source>
        <translation>--to: unbekanntes Exportziel „%1“, wählen Sie %2</translation>
    </message>
    <message>
        <source>--db: forecast needs a PostgreSQL or MySQL/MariaDB database, not %1</source>
        <translation>--db: forecast braucht eine PostgreSQL- oder MySQL/MariaDB-Datenbank, nicht %1</translation>
    </message>
    <message>
        <source>%1: the plan targets %2; forecast reads PostgreSQL servers only</source>
        <translation>%1: Der Plan zielt auf %2; forecast liest nur PostgreSQL-Server</translation>
    </message>
    <message>
        <source>--dialect: unknown dialect &quot;%1&quot;, choose postgresql, sqlite, mysql or mariadb</source>
        <translation>--dialect: unbekannter Dialekt „%1“, wählen Sie postgresql, sqlite, mysql oder mariadb</translation>
    </message>
    <message>
        <source>--phase: unknown phase &quot;%1&quot;, choose %2</source>
        <translation>--phase: unbekannte Phase „%1“, wählen Sie %2</translation>
    </message>
    <message>
        <source>--table needs a table name, as SCHEMA.TABLE or TABLE</source>
        <translation>--table braucht einen Tabellennamen, als SCHEMA.TABELLE oder TABELLE</translation>
    </message>
    <message>
        <source>no table &quot;%1&quot; in %2</source>
        <translation>keine Tabelle „%1“ in %2</translation>
    </message>
    <message>
        <source>table name &quot;%1&quot; is ambiguous: %2 (give the schema)</source>
        <translation>Tabellenname „%1“ ist mehrdeutig: %2 (geben Sie das Schema an)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>%1 kann nicht gelesen werden: Es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1 is %2 MB; lint reads scripts up to %3 MB</source>
        <translation>%1 ist %2 MB groß; lint liest Skripte bis %3 MB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most lint reads</source>
        <translation>%1 ist größer als %2 MB, das Maximum für lint</translation>
    </message>
    <message>
        <source>%1 is not a SQL text file (NUL byte at offset %2)</source>
        <translation>%1 ist keine SQL-Textdatei (NUL-Byte an Position %2)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (invalid byte 0x%2 at offset %3); convert it to UTF-8 first</source>
        <translation>%1 ist kein UTF-8-Text (ungültiges Byte 0x%2 an Position %3); wandeln Sie die Datei zuerst in UTF-8 um</translation>
    </message>
    <message>
        <source>--server-version must be a PostgreSQL major version from 10 to 18, not &quot;%1&quot;</source>
        <translation>--server-version muss eine PostgreSQL-Hauptversion von 10 bis 18 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--format must be text, json or sarif, not &quot;%1&quot;</source>
        <translation>--format muss text, json oder sarif sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: the plan targets %2 but the database is MySQL/MariaDB: write the plan for &quot;mysql&quot; or &quot;mariadb&quot;</source>
        <translation>%1: Der Plan zielt auf %2, aber die Datenbank ist MySQL/MariaDB: Schreiben Sie den Plan für „mysql“ oder „mariadb“</translation>
    </message>
    <message>
        <source>%1: no table &quot;%2&quot; in %3</source>
        <translation>%1: keine Tabelle „%2“ in %3</translation>
    </message>
    <message>
        <source>--%1: expected a number of at least %2, got &quot;%3&quot;</source>
        <translation>--%1: Zahl von mindestens %2 erwartet, „%3“ erhalten</translation>
    </message>
    <message>
        <source>--rows: expected a positive number, got &quot;%1&quot;</source>
        <translation>--rows: positive Zahl erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>--mix: expected four weights K,I,N,U (reads by key, reads by index, inserts, updates), got &quot;%1&quot;</source>
        <translation>--mix: vier Gewichte K,I,N,U erwartet (Lesen per Schlüssel, Lesen per Index, Einfügen, Ändern), „%1“ erhalten</translation>
    </message>
    <message>
        <source>rehearse is PostgreSQL only: the plan, --source and --staging must all be PostgreSQL</source>
        <translation>rehearse gibt es nur für PostgreSQL: Plan, --source und --staging müssen alle PostgreSQL sein</translation>
    </message>
    <message>
        <source>rehearsal stopped; the staging table may be partly built (rebuild it with --replace)</source>
        <translation>Probelauf angehalten; die Staging-Tabelle ist womöglich nur teilweise aufgebaut (mit --replace neu aufbauen)</translation>
    </message>
    <message>
        <source>--format: unknown report format &quot;%1&quot;, choose html, pdf or md</source>
        <translation>--format: unbekanntes Berichtsformat „%1“, wählen Sie html, pdf oder md</translation>
    </message>
    <message>
        <source>%1 exists (use --force to replace it)</source>
        <translation>%1 existiert (mit --force ersetzen)</translation>
    </message>
    <message>
        <source>--%1: expected a positive number, got &quot;%2&quot;</source>
        <translation>--%1: positive Zahl erwartet, „%2“ erhalten</translation>
    </message>
    <message>
        <source>--profile: no saved connection profile &quot;%1&quot; (there is no profile store yet)</source>
        <translation>--profile: kein gespeichertes Verbindungsprofil „%1“ (es gibt noch keinen Profilspeicher)</translation>
    </message>
    <message>
        <source>--profile: no saved connection profile &quot;%1&quot;</source>
        <translation>--profile: kein gespeichertes Verbindungsprofil „%1“</translation>
    </message>
    <message>
        <source>no terminal to ask at the gates: pass --yes to run every phase without asking (or --dry-run)</source>
        <translation>kein Terminal für die Rückfragen an den Haltepunkten: Übergeben Sie --yes, um jede Phase ohne Rückfrage auszuführen (oder --dry-run)</translation>
    </message>
    <message>
        <source>When the source table has never been analysed, estimate its statistics from a sample (read only).</source>
        <translation>Wenn die Quelltabelle nie analysiert wurde, ihre Statistiken aus einer Stichprobe schätzen (nur lesend).</translation>
    </message>
</context>
<context>
    <name>ColumnDesignerWidget</name>
    <message>
        <source>Volatile: %1 is evaluated for every row, so existing rows are filled by a backfill, not by the default.</source>
        <translation>Volatil: %1 wird für jede Zeile ausgewertet, daher werden vorhandene Zeilen durch einen Backfill gefüllt, nicht durch den Default.</translation>
    </message>
    <message>
        <source>Choose a type: the server checks the expression as a value of it.</source>
        <translation>Wählen Sie einen Typ: Der Server prüft den Ausdruck als Wert dieses Typs.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Plantitel</translation>
    </message>
    <message>
        <source>What the change is for</source>
        <translation>Wozu die Änderung dient</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>schema.table</source>
        <translation>schema.tabelle</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>Ta&amp;belle:</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Z&amp;iel:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Purpose preset</source>
        <translation>Zweck-Vorlage</translation>
    </message>
    <message>
        <source>Choose a purpose…</source>
        <translation>Zweck wählen…</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Why this design</source>
        <translation>Warum dieser Entwurf</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <source>e.g. amount_cents</source>
        <translation>z. B. amount_cents</translation>
    </message>
    <message>
        <source>Column type</source>
        <translation>Spaltentyp</translation>
    </message>
    <message>
        <source>e.g. bigint</source>
        <translation>z. B. bigint</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>N&amp;OT NULL</source>
        <translation>N&amp;OT NULL</translation>
    </message>
    <message>
        <source>NULL allowed</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>Nullability:</source>
        <translation>NULL-Werte:</translation>
    </message>
    <message>
        <source>Nullability note</source>
        <translation>Hinweis zu NULL-Werten</translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation>De&amp;fault:</translation>
    </message>
    <message>
        <source>Default expression</source>
        <translation>Default-Ausdruck</translation>
    </message>
    <message>
        <source>SQL expression for new rows</source>
        <translation>SQL-Ausdruck für neue Zeilen</translation>
    </message>
    <message>
        <source>Default check</source>
        <translation>Prüfung des Defaults</translation>
    </message>
    <message>
        <source>&amp;Backfill:</source>
        <translation>Ba&amp;ckfill:</translation>
    </message>
    <message>
        <source>Backfill expression</source>
        <translation>Backfill-Ausdruck</translation>
    </message>
    <message>
        <source>value for existing rows, may use other columns</source>
        <translation>Wert für vorhandene Zeilen, darf andere Spalten verwenden</translation>
    </message>
    <message>
        <source>Backfill check</source>
        <translation>Prüfung des Backfills</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Check constraint</source>
        <translation>CHECK-Constraint</translation>
    </message>
    <message>
        <source>boolean expression</source>
        <translation>boolescher Ausdruck</translation>
    </message>
    <message>
        <source>Check constraint check</source>
        <translation>Prüfung des CHECK-Constraints</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Erlaubte Werte</translation>
    </message>
    <message>
        <source>comma-separated; empty: any value</source>
        <translation>durch Kommas getrennt; leer: jeder Wert</translation>
    </message>
    <message>
        <source>Referenced table</source>
        <translation>Referenzierte Tabelle</translation>
    </message>
    <message>
        <source>Referenced column</source>
        <translation>Referenzierte Spalte</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <source>no foreign key</source>
        <translation>kein Fremdschlüssel</translation>
    </message>
    <message>
        <source>Index method</source>
        <translation>Indexmethode</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Unique index</source>
        <translation>Eindeutiger Index</translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation>Inde&amp;x:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>Column comment</source>
        <translation>Spaltenkommentar</translation>
    </message>
    <message>
        <source>what the column holds</source>
        <translation>was die Spalte enthält</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Planstatus</translation>
    </message>
    <message>
        <source>Column designer</source>
        <translation>Spaltenentwurf</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Choose one: the plan is not valid until you say whether the column allows NULL.</source>
        <translation>Bitte wählen: Der Plan ist ungültig, bis Sie festlegen, ob die Spalte NULL erlaubt.</translation>
    </message>
    <message>
        <source>Existing rows need a value: give a default or a backfill.</source>
        <translation>Vorhandene Zeilen brauchen einen Wert: Geben Sie einen Default oder einen Backfill an.</translation>
    </message>
    <message>
        <source>Nullability: choose “NULL allowed” or “NOT NULL”.</source>
        <translation>NULL-Werte: Wählen Sie „NULL erlaubt“ oder „NOT NULL“.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Table: pick the table that gets the column.</source>
        <translation>Tabelle: Wählen Sie die Tabelle, die die Spalte erhält.</translation>
    </message>
    <message>
        <source>Name: give the column a name.</source>
        <translation>Name: Geben Sie der Spalte einen Namen.</translation>
    </message>
    <message>
        <source>Type: choose the column&apos;s type.</source>
        <translation>Typ: Wählen Sie den Typ der Spalte.</translation>
    </message>
    <message>
        <source>Phase “%1” is hand-edited and the form has changed its generated SQL since: review the edit or revert the phase.</source>
        <translation>Phase „%1“ ist von Hand bearbeitet, und das Formular hat ihr generiertes SQL seitdem geändert: Prüfen Sie die Bearbeitung oder setzen Sie die Phase zurück.</translation>
    </message>
    <message>
        <source>Phase “%1” is hand-edited: the plan keeps your SQL for it.</source>
        <translation>Phase „%1“ ist von Hand bearbeitet: Der Plan behält Ihr SQL dafür.</translation>
    </message>
    <message>
        <source>The plan is not complete yet:</source>
        <translation>Der Plan ist noch nicht vollständig:</translation>
    </message>
    <message>
        <source>✔ The plan compiles: the SQL tab shows its phases.</source>
        <translation>✔ Der Plan lässt sich übersetzen: Der Reiter SQL zeigt seine Phasen.</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>Tit&amp;el:</translation>
    </message>
    <message>
        <source>The table that gets the new column, as schema.table</source>
        <translation>Die Tabelle, die die neue Spalte erhält, als schema.tabelle</translation>
    </message>
    <message>
        <source>The database the script is written for</source>
        <translation>Die Datenbank, für die das Skript geschrieben wird</translation>
    </message>
    <message>
        <source>Fills a sound design for a kind of column and says why</source>
        <translation>Setzt einen bewährten Entwurf für eine Art von Spalte und begründet ihn</translation>
    </message>
    <message>
        <source>The SQL type; the list holds the connected server&apos;s types</source>
        <translation>Der SQL-Typ; die Liste enthält die Typen des verbundenen Servers</translation>
    </message>
    <message>
        <source>NU&amp;LL allowed</source>
        <translation>&amp;NULL erlaubt</translation>
    </message>
    <message>
        <source>Rows may leave the column empty</source>
        <translation>Zeilen dürfen die Spalte leer lassen</translation>
    </message>
    <message>
        <source>Every row must have a value; enforced after the backfill</source>
        <translation>Jede Zeile braucht einen Wert; erzwungen nach dem Backfill</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>Chec&amp;k:</translation>
    </message>
    <message>
        <source>Allo&amp;wed values:</source>
        <translation>Erlaubte &amp;Werte:</translation>
    </message>
    <message>
        <source>Empty for no foreign key</source>
        <translation>Leer für keinen Fremdschlüssel</translation>
    </message>
    <message>
        <source>The column of the referenced table, usually its primary key</source>
        <translation>Die Spalte der referenzierten Tabelle, meist ihr Primärschlüssel</translation>
    </message>
    <message>
        <source>What happens to this row when the referenced row is deleted</source>
        <translation>Was mit dieser Zeile geschieht, wenn die referenzierte Zeile gelöscht wird</translation>
    </message>
    <message>
        <source>Referen&amp;ces:</source>
        <translation>Referen&amp;zen:</translation>
    </message>
    <message>
        <source>No index, or the index method; built CONCURRENTLY on PostgreSQL</source>
        <translation>Kein Index oder die Indexmethode; unter PostgreSQL mit CONCURRENTLY gebaut</translation>
    </message>
    <message>
        <source>Uni&amp;que</source>
        <translation>Eindeuti&amp;g</translation>
    </message>
    <message>
        <source>The index enforces one row per value</source>
        <translation>Der Index erzwingt eine Zeile pro Wert</translation>
    </message>
    <message>
        <source>%1 is a %2 table: only InnoDB changes a table in place. Adding the column copies the whole table with writes blocked (ALGORITHM=COPY, LOCK=SHARED); reads go on. To add it online, convert the table to InnoDB first (itself a blocking copy), or run the plan in a quiet window.</source>
        <translation>%1 ist eine %2-Tabelle: Nur InnoDB ändert eine Tabelle an Ort und Stelle. Das Hinzufügen der Spalte kopiert die ganze Tabelle, Schreibzugriffe warten (ALGORITHM=COPY, LOCK=SHARED); Lesezugriffe laufen weiter. Um sie online hinzuzufügen, wandeln Sie die Tabelle zuerst in InnoDB um (selbst eine blockierende Kopie) oder führen Sie den Plan in einem ruhigen Zeitfenster aus.</translation>
    </message>
    <message>
        <source>%1 has a FULLTEXT index: the server refuses INSTANT ADD COLUMN, so the column is added with ALGORITHM=INPLACE, LOCK=NONE: the table is rebuilt while reads and writes go on.</source>
        <translation>%1 hat einen FULLTEXT-Index: Der Server lehnt INSTANT ADD COLUMN ab, daher wird die Spalte mit ALGORITHM=INPLACE, LOCK=NONE hinzugefügt: Die Tabelle wird neu aufgebaut, während Lese- und Schreibzugriffe weiterlaufen.</translation>
    </message>
    <message>
        <source>%1 is ROW_FORMAT=COMPRESSED: the server refuses INSTANT ADD COLUMN, so the column is added with ALGORITHM=INPLACE, LOCK=NONE: the table is rebuilt while reads and writes go on.</source>
        <translation>%1 hat ROW_FORMAT=COMPRESSED: Der Server lehnt INSTANT ADD COLUMN ab, daher wird die Spalte mit ALGORITHM=INPLACE, LOCK=NONE hinzugefügt: Die Tabelle wird neu aufgebaut, während Lese- und Schreibzugriffe weiterlaufen.</translation>
    </message>
    <message>
        <source>%1 has used all 64 instant row versions: INSTANT is refused until the table is rebuilt, so the column is added with ALGORITHM=INPLACE, LOCK=NONE (a rebuild while reads and writes go on).</source>
        <translation>%1 hat alle 64 INSTANT-Zeilenversionen verbraucht: INSTANT wird abgelehnt, bis die Tabelle neu aufgebaut ist, daher wird die Spalte mit ALGORITHM=INPLACE, LOCK=NONE hinzugefügt (ein Neuaufbau, während Lese- und Schreibzugriffe weiterlaufen).</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <source>Saved pr&amp;ofiles:</source>
        <translation>Gespeicherte Pr&amp;ofile:</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>Gespeicherte Verbindungsprofile</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Das ausgewählte Profil löschen</translation>
    </message>
    <message>
        <source>This is a p&amp;roduction server</source>
        <translation>Dies ist ein P&amp;roduktionsserver</translation>
    </message>
    <message>
        <source>This is a production server</source>
        <translation>Dies ist ein Produktionsserver</translation>
    </message>
    <message>
        <source>Changes to production servers ask for an extra confirmation.</source>
        <translation>Änderungen an Produktionsservern verlangen eine zusätzliche Bestätigung.</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>Als Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. shop production</source>
        <translation>z. B. Shop Produktion</translation>
    </message>
    <message>
        <source>Passwords are never saved in profiles; tick the keychain option to keep one in the system keychain.</source>
        <translation>Passwörter werden nie in Profilen gespeichert; aktivieren Sie die Schlüsselbund-Option, um eines im Schlüsselbund des Systems aufzubewahren.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The profile was saved without its password and the keychain option is now off; press Connect again to go on without saving it.</source>
        <translation>Das Profil wurde ohne Passwort gespeichert, und die Schlüsselbund-Option ist jetzt aus; drücken Sie erneut Verbinden, um ohne Speichern fortzufahren.</translation>
    </message>
    <message>
        <source>Saved profiles are unavailable because the local store could not be opened.</source>
        <translation>Gespeicherte Profile sind nicht verfügbar, weil der lokale Speicher nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source> (production)</source>
        <translation> (Produktion)</translation>
    </message>
    <message>
        <source>This profile&apos;s connection string cannot be read; select it to fix it.</source>
        <translation>Die Verbindungszeichenkette dieses Profils ist unlesbar; wählen Sie es aus, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Fix the highlighted fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>The file opened: SQLite %1.</source>
        <translation>Die Datei wurde geöffnet: SQLite %1.</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Verbunden: PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Enter a name for the profile, or untick &quot;Save as profile&quot;.</source>
        <translation>Geben Sie einen Namen für das Profil ein oder deaktivieren Sie „Als Profil speichern“.</translation>
    </message>
    <message>
        <source>Saved connections, most recently used first; choosing one fills the form</source>
        <translation>Gespeicherte Verbindungen, zuletzt verwendete zuerst; eine Auswahl füllt das Formular</translation>
    </message>
    <message>
        <source>Removes the selected profile and its saved password</source>
        <translation>Entfernt das ausgewählte Profil und sein gespeichertes Passwort</translation>
    </message>
    <message>
        <source>Opens and closes a connection with these settings, without leaving the dialog</source>
        <translation>Öffnet und schließt eine Verbindung mit diesen Einstellungen, ohne den Dialog zu verlassen</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionFormWidget</name>
    <message>
        <source>Database kind</source>
        <translation>Art der Datenbank</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>db.example.com or /var/run/postgresql</source>
        <translation>db.example.com oder /var/run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>same as the user name</source>
        <translation>wie der Benutzername</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>Verbindungs-URI</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>Verbindungs-&amp;URI:</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>/path/to/file.db</source>
        <translation>/pfad/zur/datei.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the SQLite file</source>
        <translation>Nach der SQLite-Datei suchen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Advanced: enter a connection URI</source>
        <translation>&amp;Erweitert: Verbindungs-URI eingeben</translation>
    </message>
    <message>
        <source>Advanced: enter a connection URI</source>
        <translation>Erweitert: Verbindungs-URI eingeben</translation>
    </message>
    <message>
        <source>Use a pass&amp;word…</source>
        <translation>Pass&amp;wort verwenden…</translation>
    </message>
    <message>
        <source>Enter a password</source>
        <translation>Passwort eingeben</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Save password in the system ke&amp;ychain</source>
        <translation>Passwort im Schlüsselbund des S&amp;ystems speichern</translation>
    </message>
    <message>
        <source>Save password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Choose an SQLite database</source>
        <translation>SQLite-Datenbank wählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Wählen Sie die SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Enter a connection URI such as postgresql://user@host:5432/db.</source>
        <translation>Geben Sie eine Verbindungs-URI wie postgresql://benutzer@host:5432/db ein.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address (or a socket folder).</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein (oder einen Socket-Ordner).</translation>
    </message>
    <message>
        <source>Enter one host name without spaces; use the advanced URI for several hosts.</source>
        <translation>Geben Sie einen Hostnamen ohne Leerzeichen ein; für mehrere Hosts die erweiterte URI verwenden.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>How the connection uses TLS; verify-full checks the server certificate and name</source>
        <translation>Wie die Verbindung TLS verwendet; verify-full prüft Zertifikat und Namen des Servers</translation>
    </message>
    <message>
        <source>Choose an existing SQLite database file</source>
        <translation>Eine vorhandene SQLite-Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>Type a libpq URI or key=value string instead of the separate fields</source>
        <translation>Eine libpq-URI oder schlüssel=wert-Zeichenkette statt der einzelnen Felder eingeben</translation>
    </message>
    <message>
        <source>Shows a password field for servers that ask for one</source>
        <translation>Zeigt ein Passwortfeld für Server, die eines verlangen</translation>
    </message>
    <message>
        <source>Kept in memory only, unless you choose to save it in the keychain</source>
        <translation>Nur im Speicher gehalten, außer Sie speichern es im Schlüsselbund</translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain, never in a file</source>
        <translation>Hält das Passwort im Schlüsselbund des Systems, nie in einer Datei</translation>
    </message>
    <message>
        <source>A PostgreSQL server, a MySQL or MariaDB server, or an SQLite file</source>
        <translation>Ein PostgreSQL-Server, ein MySQL- oder MariaDB-Server oder eine SQLite-Datei</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL oder MariaDB</translation>
    </message>
    <message>
        <source>Option file</source>
        <translation>Optionsdatei</translation>
    </message>
    <message>
        <source>~/.my.cnf and /etc/mysql/my.cnf when empty</source>
        <translation>~/.my.cnf und /etc/mysql/my.cnf, wenn leer</translation>
    </message>
    <message>
        <source>A MariaDB/MySQL client option file read instead of the default ones; its [client] group may hold the password</source>
        <translation>Eine Optionsdatei des MariaDB/MySQL-Clients, die statt der Standarddateien gelesen wird; ihre Gruppe [client] kann das Passwort enthalten</translation>
    </message>
    <message>
        <source>Option &amp;file:</source>
        <translation>Options&amp;datei:</translation>
    </message>
    <message>
        <source>How the connection uses TLS; verify-identity checks the server certificate and name</source>
        <translation>Wie die Verbindung TLS nutzt; verify-identity prüft Zertifikat und Namen des Servers</translation>
    </message>
    <message>
        <source>db.example.com or /run/mysqld/mysqld.sock</source>
        <translation>db.example.com oder /run/mysqld/mysqld.sock</translation>
    </message>
    <message>
        <source>Enter a connection URI such as mysql://user@host:3306/db.</source>
        <translation>Geben Sie eine Verbindungs-URI wie mysql://user@host:3306/db ein.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Export target</source>
        <translation>Exportziel</translation>
    </message>
    <message>
        <source>Flyway: V/U scripts per phase</source>
        <translation>Flyway: V/U-Skripte pro Phase</translation>
    </message>
    <message>
        <source>Liquibase: formatted-SQL changelog</source>
        <translation>Liquibase: Changelog im Format formatted SQL</translation>
    </message>
    <message>
        <source>Django: a migration per phase</source>
        <translation>Django: eine Migration pro Phase</translation>
    </message>
    <message>
        <source>Sqitch: plan with deploy, revert and verify</source>
        <translation>Sqitch: Plan mit deploy, revert und verify</translation>
    </message>
    <message>
        <source>Plain SQL: a file and a rollback per phase</source>
        <translation>Reines SQL: eine Datei und ein Rollback pro Phase</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation>Geschriebene Dateien:</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Wählen Sie den Ordner für den Export.</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>Ordner nicht leer</translation>
    </message>
    <message>
        <source>%1 is not empty. Replace the exported files in it? Other files there are left alone.</source>
        <translation>%1 ist nicht leer. Die exportierten Dateien darin ersetzen? Andere Dateien dort bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Nothing exported: the folder is not empty.</source>
        <translation>Nichts exportiert: Der Ordner ist nicht leer.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) for %1 into %2.</source>
        <translation>
            <numerusform>%n Datei für %1 nach %2 exportiert.</numerusform>
            <numerusform>%n Dateien für %1 nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan does not compile: %1</source>
        <translation>Der Plan lässt sich nicht übersetzen: %1</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <source>%1
Safe form: %2</source>
        <translation>%1
Sichere Form: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Review findings</source>
        <translation>Review-Befunde</translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation>Zusammenfassung der Befunde</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 Fehler, %2 Warnung(en), %3 Hinweis(e)</translation>
    </message>
    <message>
        <source>What the review found in the script; Enter jumps to the line</source>
        <translation>Was das Review im Skript gefunden hat; Enter springt zur Zeile</translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <source>instant</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Umschreiben</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Waits behind</source>
        <translation>Wartet hinter</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>Lock forecast</source>
        <translation>Sperrprognose</translation>
    </message>
    <message>
        <source>Forecast summary</source>
        <translation>Zusammenfassung der Prognose</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3; WAL of the backfill about %4.</source>
        <translation>%1: %2 Zeilen, %3; WAL des Backfills etwa %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) hold a lock the plan would wait behind right now.</source>
        <translation>
            <numerusform>%n Sitzung hält gerade eine Sperre, hinter der der Plan warten würde.</numerusform>
            <numerusform>%n Sitzungen halten gerade eine Sperre, hinter der der Plan warten würde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest snapshot: pid %1 (%2 transactions old).</source>
        <translation>Ältester Snapshot: PID %1 (%2 Transaktionen alt).</translation>
    </message>
    <message>
        <source>No statements.</source>
        <translation>Keine Anweisungen.</translation>
    </message>
    <message>
        <source>Static forecast: connect to a server for estimates and blockers.</source>
        <translation>Statische Prognose: Verbinden Sie sich mit einem Server für Schätzungen und Blockierer.</translation>
    </message>
    <message>
        <source>For each statement: the lock it takes, what it blocks, and whether it rewrites or scans the table</source>
        <translation>Für jede Anweisung: die Sperre, die sie nimmt, was sie blockiert und ob sie die Tabelle umschreibt oder durchsucht</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Column Planner guide</source>
        <translation>Column-Planner-Leitfaden</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Tab moves between links, Enter follows one</source>
        <translation>Tab wechselt zwischen den Links, Enter folgt einem</translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the plan for Flyway, Liquibase, Django, Sqitch or as plain SQL</source>
        <translation>Den Plan für Flyway, Liquibase, Django, Sqitch oder als reines SQL exportieren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Review &amp;report…</source>
        <translation>Review-&amp;Bericht…</translation>
    </message>
    <message>
        <source>Write the review report (Markdown, HTML or PDF) for the people who approve the plan</source>
        <translation>Den Review-Bericht (Markdown, HTML oder PDF) für die Personen schreiben, die den Plan freigeben</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Record your approval of the script as it is now</source>
        <translation>Ihre Freigabe des Skripts in seinem jetzigen Zustand festhalten</translation>
    </message>
    <message>
        <source>&amp;Compare with plan…</source>
        <translation>Mit Plan &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Compare this plan with another version: design changes in words, SQL as a diff</source>
        <translation>Diesen Plan mit einer anderen Version vergleichen: Entwurfsänderungen in Worten, SQL als Diff</translation>
    </message>
    <message>
        <source>The plan does not compile yet: see the designer&apos;s status</source>
        <translation>Der Plan lässt sich noch nicht übersetzen: siehe Status des Spaltenentwurfs</translation>
    </message>
    <message>
        <source>this plan (unsaved)</source>
        <translation>dieser Plan (nicht gespeichert)</translation>
    </message>
    <message>
        <source>The plan does not compile: %1</source>
        <translation>Der Plan lässt sich nicht übersetzen: %1</translation>
    </message>
    <message>
        <source>Not approved: the plan changed while the approval was open; approve it again.</source>
        <translation>Nicht freigegeben: Der Plan hat sich geändert, während die Freigabe offen war; geben Sie ihn erneut frei.</translation>
    </message>
    <message>
        <source>Approved. Save the plan to keep the approval.</source>
        <translation>Freigegeben. Speichern Sie den Plan, um die Freigabe zu behalten.</translation>
    </message>
</context>
<context>
    <name>KeychainSecrets</name>
    <message>
        <source>No password for profile &quot;%1&quot; is saved in the system keychain.</source>
        <translation>Für Profil „%1“ ist kein Passwort im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available on this machine (%1), so the password of profile &quot;%2&quot; is not kept anywhere; type it when connecting, or use ~/.pgpass.</source>
        <translation>Auf diesem Rechner ist kein Schlüsselbund verfügbar (%1), daher wird das Passwort des Profils „%2“ nirgends aufbewahrt; geben Sie es beim Verbinden ein oder verwenden Sie ~/.pgpass.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the password of profile &quot;%1&quot; (%2).</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf das Passwort des Profils „%1“ verweigert (%2).</translation>
    </message>
    <message>
        <source>No system keychain is available on this machine (no D-Bus session bus, so no Secret Service), so the password of profile &quot;%1&quot; is not kept anywhere; type it when connecting, or use ~/.pgpass.</source>
        <translation>Auf diesem Rechner ist kein Schlüsselbund verfügbar (kein D-Bus-Sitzungsbus, also kein Secret Service), daher wird das Passwort des Profils „%1“ nirgends aufbewahrt; geben Sie es beim Verbinden ein oder verwenden Sie ~/.pgpass.</translation>
    </message>
    <message>
        <source>The system keychain failed on the password of profile &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund des Systems ist beim Passwort des Profils „%1“ gescheitert: %2</translation>
    </message>
</context>
<context>
    <name>LiveBlockersPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel backend...</source>
        <translation>Backend-Abfrage a&amp;bbrechen...</translation>
    </message>
    <message>
        <source>&amp;Terminate backend...</source>
        <translation>Backend &amp;beenden...</translation>
    </message>
    <message>
        <source>Refresh every %1 s</source>
        <translation>Alle %1 s aktualisieren</translation>
    </message>
    <message>
        <source>Sessions blocking the plan</source>
        <translation>Sitzungen, die den Plan blockieren</translation>
    </message>
    <message>
        <source>Refresh blockers</source>
        <translation>Blockierer aktualisieren</translation>
    </message>
    <message>
        <source>Cancel the selected backend&apos;s query</source>
        <translation>Die Abfrage des ausgewählten Backends abbrechen</translation>
    </message>
    <message>
        <source>pg_cancel_backend: stops the session&apos;s running query; an idle transaction keeps its locks</source>
        <translation>pg_cancel_backend: bricht die laufende Abfrage der Sitzung ab; eine untätige Transaktion behält ihre Sperren</translation>
    </message>
    <message>
        <source>Terminate the selected backend</source>
        <translation>Das ausgewählte Backend beenden</translation>
    </message>
    <message>
        <source>pg_terminate_backend: closes the session; its transaction rolls back and its locks go</source>
        <translation>pg_terminate_backend: schließt die Sitzung; ihre Transaktion wird zurückgerollt und ihre Sperren werden frei</translation>
    </message>
    <message>
        <source>Refresh blockers automatically</source>
        <translation>Blockierer automatisch aktualisieren</translation>
    </message>
    <message>
        <source>Blockers status</source>
        <translation>Status der Blockierer</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Press Refresh to list the sessions the plan would wait behind.</source>
        <translation>Drücken Sie Aktualisieren, um die Sitzungen aufzulisten, hinter denen der Plan warten würde.</translation>
    </message>
    <message>
        <source>Refreshing...</source>
        <translation>Aktualisiere...</translation>
    </message>
    <message>
        <source>No session blocks the plan (%1).</source>
        <translation>Keine Sitzung blockiert den Plan (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) would block the plan (%1).</source>
        <translation>
            <numerusform>%n Sitzung würde den Plan blockieren (%1).</numerusform>
            <numerusform>%n Sitzungen würden den Plan blockieren (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate backend</source>
        <translation>Backend beenden</translation>
    </message>
    <message>
        <source>Cancel backend</source>
        <translation>Backend-Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Terminate session %1? Its transaction rolls back and its connection closes; the application sees an error.</source>
        <translation>Sitzung %1 beenden? Ihre Transaktion wird zurückgerollt und ihre Verbindung geschlossen; die Anwendung erhält einen Fehler.</translation>
    </message>
    <message>
        <source>Cancel the running query of session %1? An idle transaction keeps its locks until it ends.</source>
        <translation>Die laufende Abfrage der Sitzung %1 abbrechen? Eine untätige Transaktion behält ihre Sperren, bis sie endet.</translation>
    </message>
    <message>
        <source>Terminating session %1...</source>
        <translation>Beende Sitzung %1...</translation>
    </message>
    <message>
        <source>Cancelling session %1...</source>
        <translation>Breche Abfrage der Sitzung %1 ab...</translation>
    </message>
    <message>
        <source>Session %1 could not be signalled (gone already, or not allowed).</source>
        <translation>Sitzung %1 konnte kein Signal erhalten (bereits weg oder nicht erlaubt).</translation>
    </message>
    <message>
        <source>Sessions holding a lock the plan would wait for</source>
        <translation>Sitzungen, die eine Sperre halten, auf die der Plan warten würde</translation>
    </message>
    <message>
        <source>Reads the server&apos;s sessions and locks again</source>
        <translation>Liest die Sitzungen und Sperren des Servers erneut</translation>
    </message>
    <message>
        <source>Reads the sessions again at a fixed interval</source>
        <translation>Liest die Sitzungen in festen Abständen erneut</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Table and SQL</source>
        <translation>Tabelle und SQL</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;SQL</source>
        <translation>&amp;SQL</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>A&amp;usführung</translation>
    </message>
    <message>
        <source>Schema browser</source>
        <translation>Schema-Browser</translation>
    </message>
    <message>
        <source>Column designer</source>
        <translation>Spaltenentwurf</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <source>Save plan &amp;as…</source>
        <translation>Plan speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Demodatenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh catalog</source>
        <translation>&amp;Katalog aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Verbindung &amp;trennen</translation>
    </message>
    <message>
        <source>Open a sa&amp;mple plan…</source>
        <translation>&amp;Beispielplan öffnen…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Ausfüh&amp;ren</translation>
    </message>
    <message>
        <source>Run &amp;plan…</source>
        <translation>&amp;Plan ausführen…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <source>&amp;About Column Planner</source>
        <translation>&amp;Über Column Planner</translation>
    </message>
    <message>
        <source>About Column Planner</source>
        <translation>Über Column Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column Planner %1&lt;/b&gt;&lt;p&gt;Plan, review and run the addition of a column to a large, live table without disrupting it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Column Planner %1&lt;/b&gt;&lt;p&gt;Das Hinzufügen einer Spalte zu einer großen, laufenden Tabelle planen, prüfen und ausführen, ohne den Betrieb zu stören.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation>Demodatenbank wird vorbereitet…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %n table(s)</source>
        <translation>
            <numerusform>%1 %2 · %n Tabelle</numerusform>
            <numerusform>%1 %2 · %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>untitled plan</source>
        <translation>unbenannter Plan</translation>
    </message>
    <message>
        <source>Column Planner — %1 — %2[*]</source>
        <translation>Column Planner — %1 — %2[*]</translation>
    </message>
    <message>
        <source>Column Planner — %1[*]</source>
        <translation>Column Planner — %1[*]</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>SQL editor actions</source>
        <translation>Aktionen des SQL-Editors</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Column Planner plans (*.json)</source>
        <translation>Column-Planner-Pläne (*.json)</translation>
    </message>
    <message>
        <source>Open a sample plan</source>
        <translation>Beispielplan öffnen</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>The plan does not compile yet: see the designer&apos;s status</source>
        <translation>Der Plan lässt sich noch nicht übersetzen: siehe Status des Spaltenentwurfs</translation>
    </message>
    <message>
        <source>Run the plan phase by phase</source>
        <translation>Den Plan Phase für Phase ausführen</translation>
    </message>
    <message>
        <source>Stopping the run after its current batch; the window closes when it has stopped.</source>
        <translation>Die Ausführung hält nach dem aktuellen Batch an; das Fenster schließt sich, sobald sie angehalten hat.</translation>
    </message>
    <message>
        <source>A run is active</source>
        <translation>Eine Ausführung läuft</translation>
    </message>
    <message>
        <source>The plan is running on %1. Closing stops it after the current batch; running it again resumes from the checkpoint. Stop the run and close?</source>
        <translation>Der Plan läuft auf %1. Schließen hält ihn nach dem aktuellen Batch an; eine erneute Ausführung setzt am Checkpoint fort. Ausführung anhalten und schließen?</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>&amp;Stop the run and close</source>
        <translation>Ausführung an&amp;halten und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>Ungespeicherter Plan</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them?</source>
        <translation>Der Plan hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>Re&amp;hearsal</source>
        <translation>Probe&amp;lauf</translation>
    </message>
    <message>
        <source>Rehearsal report attached to the plan under &quot;rehearsal&quot;; save the plan to keep it</source>
        <translation>Bericht des Probelaufs unter „rehearsal“ an den Plan angehängt; speichern Sie den Plan, um ihn zu behalten</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Re&amp;hearse plan on staging…</source>
        <translation>Plan auf Staging &amp;proben…</translation>
    </message>
    <message>
        <source>Copy the table with synthetic data into a staging database and run the plan there under a workload</source>
        <translation>Die Tabelle mit synthetischen Daten in eine Staging-Datenbank kopieren und den Plan dort unter Last ausführen</translation>
    </message>
    <message>
        <source>Go to the &amp;schema browser</source>
        <translation>Zum &amp;Schema-Browser</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the column &amp;designer</source>
        <translation>Zum Spalten&amp;entwurf</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to the S&amp;QL</source>
        <translation>Zum S&amp;QL</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Go to the &amp;findings</source>
        <translation>Zu den &amp;Befunden</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation>PRODUKTION · %1</translation>
    </message>
    <message>
        <source>A production connection: an unapproved or stale plan runs only after you type this name</source>
        <translation>Eine Produktionsverbindung: Ein nicht freigegebener oder veralteter Plan läuft erst, nachdem Sie diesen Namen eingetippt haben</translation>
    </message>
    <message>
        <source>Stopping the rehearsal; the window closes when it has stopped.</source>
        <translation>Der Probelauf wird angehalten; das Fenster schließt sich, sobald er angehalten hat.</translation>
    </message>
    <message>
        <source>A rehearsal is running</source>
        <translation>Ein Probelauf läuft</translation>
    </message>
    <message>
        <source>The plan is being rehearsed on the staging database. Closing stops it (the load between rows, the run after its current batch). Stop and close?</source>
        <translation>Der Plan wird auf der Staging-Datenbank geprobt. Schließen hält ihn an (das Laden zwischen zwei Zeilen, die Ausführung nach ihrem aktuellen Batch). Anhalten und schließen?</translation>
    </message>
    <message>
        <source>&amp;Stop the rehearsal and close</source>
        <translation>Probelauf an&amp;halten und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep rehearsing</source>
        <translation>&amp;Weiter proben</translation>
    </message>
    <message>
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>Run the plan on the connected database, phase by phase</source>
        <translation>Den Plan Phase für Phase auf der verbundenen Datenbank ausführen</translation>
    </message>
    <message>
        <source>Runs need an open PostgreSQL, MySQL or MariaDB connection</source>
        <translation>Ausführungen brauchen eine offene PostgreSQL-, MySQL- oder MariaDB-Verbindung</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MysqlForecastPanel</name>
    <message>
        <source>&amp;Refresh forecast</source>
        <translation>Prognose a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Forecast summary</source>
        <translation>Zusammenfassung der Prognose</translation>
    </message>
    <message>
        <source>Refresh the forecast</source>
        <translation>Prognose aktualisieren</translation>
    </message>
    <message>
        <source>Asks the server again how each ALTER would run and which sessions hold the table now</source>
        <translation>Fragt den Server erneut, wie jedes ALTER liefe und welche Sitzungen die Tabelle gerade halten</translation>
    </message>
    <message>
        <source>Replication and notes</source>
        <translation>Replikation und Hinweise</translation>
    </message>
    <message>
        <source>Algorithm forecast</source>
        <translation>Algorithmus-Prognose</translation>
    </message>
    <message>
        <source>For each ALTER: the algorithm the server chose, its LOCK, whether writes wait, whether the table is rebuilt, and why</source>
        <translation>Für jedes ALTER: der vom Server gewählte Algorithmus, sein LOCK, ob Schreibzugriffe warten, ob die Tabelle neu aufgebaut wird, und warum</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibzugriffe</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Sessions an ALTER would queue behind</source>
        <translation>Sitzungen, hinter denen ein ALTER warten würde</translation>
    </message>
    <message>
        <source>Sessions holding or waiting for a metadata lock on the table, and open transactions</source>
        <translation>Sitzungen, die eine Metadatensperre auf der Tabelle halten oder auf sie warten, und offene Transaktionen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Metadata lock</source>
        <translation>Metadatensperre</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Connect to a MySQL or MariaDB server for the live forecast.</source>
        <translation>Verbinden Sie sich mit einem MySQL- oder MariaDB-Server für die Live-Prognose.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt…</translation>
    </message>
    <message>
        <source>engine %1</source>
        <translation>Engine %1</translation>
    </message>
    <message>
        <source>row format %1</source>
        <translation>Zeilenformat %1</translation>
    </message>
    <message>
        <source>FULLTEXT index</source>
        <translation>FULLTEXT-Index</translation>
    </message>
    <message>
        <source>%1 of 64 instant row versions used</source>
        <translation>%1 von 64 INSTANT-Zeilenversionen verbraucht</translation>
    </message>
    <message>
        <source>%1 on %2: about %3 rows, %4; %5.</source>
        <translation>%1 auf %2: etwa %3 Zeilen, %4; %5.</translation>
    </message>
    <message numerus="yes">
        <source>The server refuses %n statement(s) as written: the run would stop there.</source>
        <translation>
            <numerusform>Der Server lehnt %n Anweisung so wie geschrieben ab: Die Ausführung würde dort anhalten.</numerusform>
            <numerusform>Der Server lehnt %n Anweisungen so wie geschrieben ab: Die Ausführung würde dort anhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) block writes while they run.</source>
        <translation>
            <numerusform>%n Anweisung blockiert Schreibzugriffe, solange sie läuft.</numerusform>
            <numerusform>%n Anweisungen blockieren Schreibzugriffe, solange sie laufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A session holds a metadata lock on the table now: every ALTER would wait for it, and every later query on the table for the ALTER.</source>
        <translation>Eine Sitzung hält gerade eine Metadatensperre auf der Tabelle: Jedes ALTER würde auf sie warten und jede spätere Abfrage der Tabelle auf das ALTER.</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(gefragt um %1)</translation>
    </message>
    <message>
        <source>refused as written: %1</source>
        <translation>so wie geschrieben abgelehnt: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>(not an ALTER)</source>
        <translation>(kein ALTER)</translation>
    </message>
    <message>
        <source>%1 (server&apos;s choice)</source>
        <translation>%1 (Wahl des Servers)</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>go on</source>
        <translation>laufen weiter</translation>
    </message>
    <message>
        <source>rebuilt</source>
        <translation>neu aufgebaut</translation>
    </message>
    <message>
        <source>not rebuilt</source>
        <translation>nicht neu aufgebaut</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>hält %1</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>open %1 s%2</source>
        <translation>offen seit %1 s%2</translation>
    </message>
    <message>
        <source>(idle: %1)</source>
        <translation>(untätig: %1)</translation>
    </message>
    <message>
        <source>Metadata locks are not visible: %1</source>
        <translation>Metadatensperren sind nicht sichtbar: %1</translation>
    </message>
    <message>
        <source>No session holds a metadata lock on %1: an ALTER would not queue.</source>
        <translation>Keine Sitzung hält eine Metadatensperre auf %1: Ein ALTER würde nicht warten.</translation>
    </message>
    <message>
        <source>This server is a replica (%1 behind its primary): run the plan on the primary.</source>
        <translation>Dieser Server ist ein Replikat (%1 hinter seinem Primärserver): Führen Sie den Plan auf dem Primärserver aus.</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>Verzögerung unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Replikat: %1</translation>
    </message>
    <message>
        <source>Replication: %1</source>
        <translation>Replikation: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>NameReviewPanel</name>
    <message>
        <source>Column name review</source>
        <translation>Review des Spaltennamens</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>try %1</source>
        <translation>versuchen Sie %1</translation>
    </message>
    <message>
        <source>Use the name %1</source>
        <translation>Den Namen %1 verwenden</translation>
    </message>
</context>
<context>
    <name>PlanCompareDialog</name>
    <message>
        <source>Compare with plan</source>
        <translation>Mit Plan vergleichen</translation>
    </message>
    <message>
        <source>Choose the plan file to compare this plan with.</source>
        <translation>Wählen Sie die Plandatei, mit der dieser Plan verglichen wird.</translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation>Entwurfsänderungen:</translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>Entwurfsänderungen</translation>
    </message>
    <message>
        <source>SQL changes:</source>
        <translation>SQL-Änderungen:</translation>
    </message>
    <message>
        <source>SQL changes as a unified diff</source>
        <translation>SQL-Änderungen als Unified Diff</translation>
    </message>
    <message>
        <source>C&amp;hoose plan…</source>
        <translation>Plan &amp;wählen…</translation>
    </message>
    <message>
        <source>Column Planner plans (*.json)</source>
        <translation>Column-Planner-Pläne (*.json)</translation>
    </message>
    <message>
        <source>%1 does not compile: %2</source>
        <translation>%1 lässt sich nicht übersetzen: %2</translation>
    </message>
    <message>
        <source>This plan does not compile: %1</source>
        <translation>Dieser Plan lässt sich nicht übersetzen: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are the same plan.</source>
        <translation>%1 und %2 sind derselbe Plan.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 (before) to %2 (after): %n design change(s).</source>
        <translation>
            <numerusform>Von %1 (vorher) zu %2 (nachher): %n Entwurfsänderung.</numerusform>
            <numerusform>Von %1 (vorher) zu %2 (nachher): %n Entwurfsänderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no design change)</source>
        <translation>(keine Entwurfsänderung)</translation>
    </message>
    <message>
        <source>The compiled script is the same.</source>
        <translation>Das übersetzte Skript ist gleich.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>required, an object</source>
        <translation>erforderlich, ein Objekt</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>required, a string</source>
        <translation>erforderlich, eine Zeichenkette</translation>
    </message>
    <message>
        <source>required, a string (null given)</source>
        <translation>erforderlich, eine Zeichenkette (null angegeben)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is empty; write null or leave the key out</source>
        <translation>ist leer; schreiben Sie null oder lassen Sie den Schlüssel weg</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be at least %1 (got %2)</source>
        <translation>muss mindestens %1 sein (%2 erhalten)</translation>
    </message>
    <message>
        <source>unsupported format %1, expected &quot;%2&quot;</source>
        <translation>nicht unterstütztes Format %1, erwartet „%2“</translation>
    </message>
    <message>
        <source>required, one of postgresql, sqlite, mysql, mariadb</source>
        <translation>erforderlich, eines von postgresql, sqlite, mysql, mariadb</translation>
    </message>
    <message>
        <source>unknown dialect &quot;%1&quot;, choose postgresql, sqlite, mysql or mariadb</source>
        <translation>unbekannter Dialekt „%1“, wählen Sie postgresql, sqlite, mysql oder mariadb</translation>
    </message>
    <message>
        <source>must be a string such as &quot;15&quot; or &quot;8.0.35&quot;, not %1</source>
        <translation>muss eine Zeichenkette wie „15“ oder „8.0.35“ sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a non-empty list of column names</source>
        <translation>muss eine nicht leere Liste von Spaltennamen sein</translation>
    </message>
    <message>
        <source>required, choose true or false (no silent default)</source>
        <translation>erforderlich, wählen Sie true oder false (kein stillschweigender Standardwert)</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be null or a non-empty list of strings</source>
        <translation>muss null oder eine nicht leere Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>duplicate value &quot;%1&quot;</source>
        <translation>doppelter Wert „%1“</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>needs column.backfill: the trigger writes the backfill expression into new and updated rows</source>
        <translation>braucht column.backfill: Der Trigger schreibt den Backfill-Ausdruck in neue und geänderte Zeilen</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an object with name, sql and expect</source>
        <translation>muss ein Objekt mit name, sql und expect sein</translation>
    </message>
    <message>
        <source>required, the value the query must return (string or number)</source>
        <translation>erforderlich, der Wert, den die Abfrage liefern muss (Zeichenkette oder Zahl)</translation>
    </message>
    <message>
        <source>unknown phase, choose %1</source>
        <translation>unbekannte Phase, wählen Sie %1</translation>
    </message>
    <message>
        <source>must be the phase&apos;s SQL as a non-empty string</source>
        <translation>muss das SQL der Phase als nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON (%4)</source>
        <translation>%1: Zeile %2, Spalte %3: kein gültiges JSON (%4)</translation>
    </message>
    <message>
        <source>%1: $: a plan must be a JSON object</source>
        <translation>%1: $: Ein Plan muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: cannot read the plan (%2)</source>
        <translation>%1: Der Plan kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write the plan (%2)</source>
        <translation>%1: Der Plan kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>ProductionConfirmDialog</name>
    <message>
        <source>Run on production</source>
        <translation>Auf Produktion ausführen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is a production profile&lt;/b&gt; and this plan is %2.&lt;/p&gt;&lt;p&gt;Approve the plan first (Plan › Approve…), or type the profile&apos;s name to run it anyway. The override is written into the run journal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 ist ein Produktionsprofil&lt;/b&gt;, und dieser Plan ist %2.&lt;/p&gt;&lt;p&gt;Geben Sie den Plan zuerst frei (Plan › Freigeben…) oder tippen Sie den Namen des Profils ein, um ihn trotzdem auszuführen. Die Ausnahme wird im Ausführungsjournal festgehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Tippen Sie %1 zur Bestätigung:</translation>
    </message>
    <message>
        <source>Production profile name</source>
        <translation>Name des Produktionsprofils</translation>
    </message>
    <message>
        <source>&amp;Run on production</source>
        <translation>Auf Produktion &amp;ausführen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The plan does not compile: %1</source>
        <translation>Der Plan lässt sich nicht übersetzen: %1</translation>
    </message>
</context>
<context>
    <name>RehearsalPage</name>
    <message>
        <source>Replace the staging table if it exists</source>
        <translation>Staging-Tabelle ersetzen, falls sie existiert</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Proben</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Attach report to plan</source>
        <translation>Bericht an den Plan &amp;anhängen</translation>
    </message>
    <message>
        <source>Workload latency per phase</source>
        <translation>Latenz der Last pro Phase</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Longest lock wait per phase</source>
        <translation>Längste Sperrwartezeit pro Phase</translation>
    </message>
    <message>
        <source>postgresql://user@staging-host:5432/staging_db (never the production database)</source>
        <translation>postgresql://benutzer@staging-host:5432/staging_db (nie die Produktionsdatenbank)</translation>
    </message>
    <message>
        <source>the source&apos;s estimate</source>
        <translation>die Schätzung der Quelle</translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation> Op./s</translation>
    </message>
    <message>
        <source>Weights of reads by primary key, reads by an indexed column, inserts and updates</source>
        <translation>Gewichte von Lesezugriffen per Primärschlüssel, Lesezugriffen über eine indizierte Spalte, Einfügungen und Änderungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> × baseline</source>
        <translation> × Basis</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Source (read only):</source>
        <translation>Quelle (nur lesend):</translation>
    </message>
    <message>
        <source>&amp;Staging:</source>
        <translation>&amp;Staging:</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>clients at</source>
        <translation>Clients mit</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>Last:</translation>
    </message>
    <message>
        <source>reads by key, by index, inserts, updates</source>
        <translation>Lesen per Schlüssel, per Index, Einfügen, Ändern</translation>
    </message>
    <message>
        <source>Mix:</source>
        <translation>Mischung:</translation>
    </message>
    <message>
        <source>before the run,</source>
        <translation>vor der Ausführung,</translation>
    </message>
    <message>
        <source>after it</source>
        <translation>danach</translation>
    </message>
    <message>
        <source>Alone:</source>
        <translation>Allein:</translation>
    </message>
    <message>
        <source>p99 ≤</source>
        <translation>p99 ≤</translation>
    </message>
    <message>
        <source>lock waits ≤</source>
        <translation>Sperrwartezeiten ≤</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Fidelity of the staging copy</source>
        <translation>Treue der Staging-Kopie</translation>
    </message>
    <message>
        <source>How closely the synthetic staging table matches the source table&apos;s statistics</source>
        <translation>Wie genau die synthetische Staging-Tabelle den Statistiken der Quelltabelle entspricht</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Nulls (staging)</source>
        <translation>NULL-Anteil (Staging)</translation>
    </message>
    <message>
        <source>Nulls (source)</source>
        <translation>NULL-Anteil (Quelle)</translation>
    </message>
    <message>
        <source>Distinct (staging)</source>
        <translation>Verschiedene (Staging)</translation>
    </message>
    <message>
        <source>Distinct (expected)</source>
        <translation>Verschiedene (erwartet)</translation>
    </message>
    <message>
        <source>Worst top-value diff</source>
        <translation>Größte Abweichung der häufigsten Werte</translation>
    </message>
    <message>
        <source>Correlation (staging / source)</source>
        <translation>Korrelation (Staging / Quelle)</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>Fidelity of the synthetic copy (after ANALYZE on staging):</source>
        <translation>Treue der synthetischen Kopie (nach ANALYZE auf Staging):</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(kein Plan)</translation>
    </message>
    <message>
        <source>%1: add %2 to %3</source>
        <translation>%1: %2 zu %3 hinzufügen</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>(connect to the production database first)</source>
        <translation>(verbinden Sie sich zuerst mit der Produktionsdatenbank)</translation>
    </message>
    <message>
        <source>Staging: %1</source>
        <translation>Staging: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Halte nach dem aktuellen Batch an…</translation>
    </message>
    <message>
        <source>: %L1 of %L2 rows, %L3 rows/s</source>
        <translation>: %L1 von %L2 Zeilen, %L3 Zeilen/s</translation>
    </message>
    <message>
        <source>Rehearsal finished: %L1 rows loaded at %L2 rows/s; run %3</source>
        <translation>Probelauf beendet: %L1 Zeilen mit %L2 Zeilen/s geladen; Ausführung %3</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Not rehearsed:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Nicht geprobt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;PASSED&lt;/b&gt; — every phase within the limits</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;BESTANDEN&lt;/b&gt; — jede Phase innerhalb der Grenzen</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;FAILED&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;DURCHGEFALLEN&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Baseline p99 %1 ms · backfill %2 · longest lock wait %L3 ms · WAL %L4 kB</source>
        <translation>Basis-p99 %1 ms · Backfill %2 · längste Sperrwartezeit %L3 ms · WAL %L4 kB</translation>
    </message>
    <message>
        <source>%L1 rows/s</source>
        <translation>%L1 Zeilen/s</translation>
    </message>
    <message>
        <source>no batches</source>
        <translation>keine Batches</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>longest lock wait</source>
        <translation>längste Sperrwartezeit</translation>
    </message>
    <message>
        <source>p99 limit</source>
        <translation>p99-Grenze</translation>
    </message>
    <message>
        <source>wait limit</source>
        <translation>Wartegrenze</translation>
    </message>
    <message>
        <source>beyond tolerance: %1</source>
        <translation>außerhalb der Toleranz: %1</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>workload error: %1</source>
        <translation>Fehler der Last: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>Estimate statistics from a sample when the source table was never analysed</source>
        <translation>Statistiken aus einer Stichprobe schätzen, wenn die Quelltabelle nie analysiert wurde</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Write report</source>
        <translation>Bericht &amp;schreiben</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Review-Bericht</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <source>Markdown (for a pull request)</source>
        <translation>Markdown (für einen Pull-Request)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>PDF (laid out for print)</source>
        <translation>PDF (für den Druck gesetzt)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Include the live state (connect to a database first)</source>
        <translation>Den aktuellen Zustand einbeziehen (zuerst mit einer Datenbank verbinden)</translation>
    </message>
    <message>
        <source>Include the live state of %1</source>
        <translation>Den aktuellen Zustand von %1 einbeziehen</translation>
    </message>
    <message>
        <source>Write the review report</source>
        <translation>Den Review-Bericht schreiben</translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation>Bericht (*.%1)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Wählen Sie die Datei, in die der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Reading the live state and writing the report…</source>
        <translation>Lese den aktuellen Zustand und schreibe den Bericht…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Schreibe den Bericht…</translation>
    </message>
</context>
<context>
    <name>ReviewDocks</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Lock forecast</source>
        <translation>Sperrprognose</translation>
    </message>
    <message>
        <source>Live blockers</source>
        <translation>Aktuelle Blockierer</translation>
    </message>
    <message>
        <source>Live forecast: %1</source>
        <translation>Live-Prognose: %1</translation>
    </message>
    <message>
        <source>Not reviewed: the review reads PostgreSQL scripts only, and this one is for %1.</source>
        <translation>Nicht geprüft: Das Review liest nur PostgreSQL-Skripte, und dieses ist für %1.</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>The plan is not complete yet: the forecast follows once it compiles.</source>
        <translation>Der Plan ist noch nicht vollständig: Die Prognose folgt, sobald er kompiliert.</translation>
    </message>
    <message>
        <source>The forecast could not be made: %1</source>
        <translation>Die Prognose konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Design the column: the server will say how each ALTER runs.</source>
        <translation>Entwerfen Sie die Spalte: Der Server sagt, wie jedes ALTER läuft.</translation>
    </message>
    <message>
        <source>On MySQL and MariaDB the sessions an ALTER would queue behind (metadata locks, open transactions) are listed in the Lock forecast.</source>
        <translation>Bei MySQL und MariaDB stehen die Sitzungen, hinter denen ein ALTER warten würde (Metadatensperren, offene Transaktionen), in der Sperrprognose.</translation>
    </message>
    <message>
        <source>Connect to a MySQL or MariaDB server for the live forecast.</source>
        <translation>Verbinden Sie sich mit einem MySQL- oder MariaDB-Server für die Live-Prognose.</translation>
    </message>
    <message>
        <source>Not reviewed: the static review reads PostgreSQL (libpg_query) and does not apply to MySQL/MariaDB text. What applies is the Lock forecast: the connected server itself says which algorithm each ALTER gets, whether writes wait, and which sessions hold the table.</source>
        <translation>Nicht geprüft: Das statische Review liest PostgreSQL (libpg_query) und gilt nicht für MySQL/MariaDB-Text. Was hier gilt, ist die Sperrprognose: Der verbundene Server selbst sagt, welchen Algorithmus jedes ALTER bekommt, ob Schreibzugriffe warten und welche Sitzungen die Tabelle halten.</translation>
    </message>
    <message>
        <source>Not reviewed: the static review reads PostgreSQL (libpg_query) and does not apply to MySQL/MariaDB text. Connect to the MySQL or MariaDB server: its Lock forecast says which algorithm each ALTER gets and which sessions hold the table.</source>
        <translation>Nicht geprüft: Das statische Review liest PostgreSQL (libpg_query) und gilt nicht für MySQL/MariaDB-Text. Verbinden Sie sich mit dem MySQL- oder MariaDB-Server: Seine Sperrprognose sagt, welchen Algorithmus jedes ALTER bekommt und welche Sitzungen die Tabelle halten.</translation>
    </message>
</context>
<context>
    <name>RunChartsWidget</name>
    <message>
        <source>Live charts</source>
        <translation>Live-Diagramme</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>Batch latency</source>
        <translation>Batch-Latenz</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <source>Lock waits on the table</source>
        <translation>Sperrwartende auf der Tabelle</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>no standby</source>
        <translation>kein Standby</translation>
    </message>
    <message>
        <source>Log written (WAL, redo)</source>
        <translation>Geschriebenes Log (WAL, Redo)</translation>
    </message>
</context>
<context>
    <name>RunChecksPanel</name>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Last evaluated</source>
        <translation>Zuletzt ausgewertet</translation>
    </message>
    <message>
        <source>Run the checks now</source>
        <translation>Die Prüfungen jetzt ausführen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No check evaluated yet. Checks run after each phase, and now on demand.</source>
        <translation>Noch keine Prüfung ausgewertet. Prüfungen laufen nach jeder Phase und jetzt auf Anforderung.</translation>
    </message>
    <message>
        <source>Evaluating… %1 pass, %2 fail so far</source>
        <translation>Werte aus… bisher %1 bestanden, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail · last evaluated %3</source>
        <translation>%1 bestanden, %2 fehlgeschlagen · zuletzt ausgewertet %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source> · they describe the finished column: failures are expected until the last phase</source>
        <translation> · sie beschreiben die fertige Spalte: Fehlschläge sind bis zur letzten Phase zu erwarten</translation>
    </message>
    <message>
        <source>Each validation check, pass or fail, and when it was last evaluated</source>
        <translation>Jede Validierungsprüfung, bestanden oder fehlgeschlagen, und wann sie zuletzt ausgewertet wurde</translation>
    </message>
    <message>
        <source>Evaluates every check on the database now</source>
        <translation>Wertet jede Prüfung jetzt auf der Datenbank aus</translation>
    </message>
</context>
<context>
    <name>RunConsoleWidget</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Trockenlauf</translation>
    </message>
    <message>
        <source>Start &amp;run</source>
        <translation>Ausführung &amp;starten</translation>
    </message>
    <message>
        <source>Run console</source>
        <translation>Ausführungskonsole</translation>
    </message>
    <message>
        <source>Checks and journal</source>
        <translation>Prüfungen und Journal</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>auf Anforderung</translation>
    </message>
    <message>
        <source>checks evaluated: %1 pass, %2 fail</source>
        <translation>Prüfungen ausgewertet: %1 bestanden, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running phase %1…</source>
        <translation>Führe Phase %1 aus…</translation>
    </message>
    <message>
        <source>Skipping phase %1…</source>
        <translation>Überspringe Phase %1…</translation>
    </message>
    <message>
        <source>Pausing after the current batch…</source>
        <translation>Pausiere nach dem aktuellen Batch…</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>resumed by the user</source>
        <translation>vom Benutzer fortgesetzt</translation>
    </message>
    <message>
        <source>target batch time set to %1 ms</source>
        <translation>Ziel-Batchdauer auf %1 ms gesetzt</translation>
    </message>
    <message>
        <source>pause between batches set to %1 ms</source>
        <translation>Pause zwischen Batches auf %1 ms gesetzt</translation>
    </message>
    <message>
        <source>replication lag limit set to %1 ms</source>
        <translation>Grenze der Replikationsverzögerung auf %1 ms gesetzt</translation>
    </message>
    <message>
        <source>replication lag limit removed</source>
        <translation>Grenze der Replikationsverzögerung aufgehoben</translation>
    </message>
    <message>
        <source>Dry run: show every step, change nothing</source>
        <translation>Trockenlauf: jeden Schritt zeigen, nichts ändern</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Die Ausführung starten</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Ausführungsstatus</translation>
    </message>
    <message>
        <source>No plan to run</source>
        <translation>Kein Plan zum Ausführen</translation>
    </message>
    <message>
        <source>%1 · %2.%3 on %4</source>
        <translation>%1 · %2.%3 auf %4</translation>
    </message>
    <message>
        <source>untitled plan</source>
        <translation>unbenannter Plan</translation>
    </message>
    <message>
        <source>Ready. Every phase waits at its gate for your confirmation.</source>
        <translation>Bereit. Jede Phase wartet an ihrem Haltepunkt auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <source>dry run of %1 requested</source>
        <translation>Trockenlauf von %1 angefordert</translation>
    </message>
    <message>
        <source>run of %1 requested</source>
        <translation>Ausführung von %1 angefordert</translation>
    </message>
    <message>
        <source>Compiling the plan against the database…</source>
        <translation>Übersetze den Plan gegen die Datenbank…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Halte nach dem aktuellen Batch an…</translation>
    </message>
    <message>
        <source>stop requested by the user</source>
        <translation>Anhalten vom Benutzer angefordert</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Trockenlauf</translation>
    </message>
    <message>
        <source>Connected; the runner is preparing…</source>
        <translation>Verbunden; die Ausführung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Waiting at the gate of %1: check the SQL and its locks, then run, skip or stop.</source>
        <translation>Wartet am Haltepunkt von %1: Prüfen Sie das SQL und seine Sperren, dann ausführen, überspringen oder anhalten.</translation>
    </message>
    <message>
        <source>gate: %1</source>
        <translation>Haltepunkt: %1</translation>
    </message>
    <message>
        <source>by the %1 phase</source>
        <translation>durch die Phase %1</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Führe %1 aus</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Finished, but checks failed: %1</source>
        <translation>Fertig, aber Prüfungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>The plan cannot run here: %1</source>
        <translation>Der Plan kann hier nicht laufen: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Walks every phase and statement without changing the database</source>
        <translation>Geht jede Phase und Anweisung durch, ohne die Datenbank zu ändern</translation>
    </message>
    <message>
        <source>Starts the run; each phase waits at its gate</source>
        <translation>Startet die Ausführung; jede Phase wartet an ihrem Haltepunkt</translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation>PRODUKTION · %1</translation>
    </message>
    <message>
        <source>Not started: %1 is a production profile and the plan is not approved.</source>
        <translation>Nicht gestartet: %1 ist ein Produktionsprofil, und der Plan ist nicht freigegeben.</translation>
    </message>
    <message>
        <source>Waiting for the production confirmation…</source>
        <translation>Warte auf die Produktionsbestätigung…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL, MySQL or MariaDB connection and a plan that compiles, then choose Run plan…</source>
        <translation>Öffnen Sie eine PostgreSQL-, MySQL- oder MariaDB-Verbindung und einen Plan, der kompiliert, und wählen Sie dann Plan ausführen…</translation>
    </message>
</context>
<context>
    <name>RunControlsPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Pause after the current batch</source>
        <translation>Nach dem aktuellen Batch pausieren</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>Die Ausführung fortsetzen</translation>
    </message>
    <message>
        <source>Abort after the current batch</source>
        <translation>Nach dem aktuellen Batch abbrechen</translation>
    </message>
    <message>
        <source>Stops after the batch in flight commits; running again resumes from the checkpoint.</source>
        <translation>Hält an, sobald der laufende Batch festgeschrieben ist; eine erneute Ausführung setzt am Checkpoint fort.</translation>
    </message>
    <message>
        <source>Target batch time</source>
        <translation>Ziel-Batchdauer</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Pause between batches</source>
        <translation>Pause zwischen Batches</translation>
    </message>
    <message>
        <source>Replication lag limit</source>
        <translation>Grenze der Replikationsverzögerung</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Target &amp;batch time:</source>
        <translation>Ziel-&amp;Batchdauer:</translation>
    </message>
    <message>
        <source>Pa&amp;use between batches:</source>
        <translation>Pa&amp;use zwischen Batches:</translation>
    </message>
    <message>
        <source>&amp;Lag limit:</source>
        <translation>&amp;Verzögerungsgrenze:</translation>
    </message>
    <message>
        <source>Holds the backfill between batches</source>
        <translation>Hält den Backfill zwischen zwei Batches an</translation>
    </message>
    <message>
        <source>Goes on with the backfill</source>
        <translation>Setzt den Backfill fort</translation>
    </message>
    <message>
        <source>Acts on the running backfill from its next batch</source>
        <translation>Wirkt ab dem nächsten Batch auf den laufenden Backfill</translation>
    </message>
</context>
<context>
    <name>RunDriver</name>
    <message>
        <source>Could not prepare the run: %1</source>
        <translation>Die Ausführung konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht laufen: %1</translation>
    </message>
    <message>
        <source>stopped before the first phase</source>
        <translation>vor der ersten Phase angehalten</translation>
    </message>
    <message>
        <source>%1: skipped by the user</source>
        <translation>%1: vom Benutzer übersprungen</translation>
    </message>
</context>
<context>
    <name>RunGatePanel</name>
    <message>
        <source>&amp;Run this phase</source>
        <translation>Diese Phase &amp;ausführen</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Statements and their locks</source>
        <translation>Anweisungen und ihre Sperren</translation>
    </message>
    <message>
        <source>SQL of the phase</source>
        <translation>SQL der Phase</translation>
    </message>
    <message>
        <source>Run this phase</source>
        <translation>Diese Phase ausführen</translation>
    </message>
    <message>
        <source>Skip this phase</source>
        <translation>Diese Phase überspringen</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Die Ausführung anhalten</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Haltepunkt: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No gate is open. Each phase waits here for your confirmation before it runs.</source>
        <translation>Kein Haltepunkt offen. Jede Phase wartet hier auf Ihre Bestätigung, bevor sie läuft.</translation>
    </message>
    <message>
        <source>No gate is open. Below: the SQL of the phase last confirmed. The next phase waits here.</source>
        <translation>Kein Haltepunkt offen. Darunter: das SQL der zuletzt bestätigten Phase. Die nächste Phase wartet hier.</translation>
    </message>
    <message>
        <source>The SQL of the phase waiting at the gate, and the locks it takes</source>
        <translation>Das SQL der Phase, die am Haltepunkt wartet, und die Sperren, die sie nimmt</translation>
    </message>
    <message>
        <source>Runs the phase shown at the gate</source>
        <translation>Führt die am Haltepunkt gezeigte Phase aus</translation>
    </message>
    <message>
        <source>Goes on without running this phase</source>
        <translation>Fährt fort, ohne diese Phase auszuführen</translation>
    </message>
    <message>
        <source>Stops the run here; running again resumes at this phase</source>
        <translation>Hält die Ausführung hier an; eine erneute Ausführung setzt bei dieser Phase fort</translation>
    </message>
</context>
<context>
    <name>RunJournalView</name>
    <message>
        <source>Run journal</source>
        <translation>Ausführungsjournal</translation>
    </message>
    <message>
        <source>%1: %L2 / %L3 rows, %L4 rows/s, batch %L5 rows in %6 ms</source>
        <translation>%1: %L2 / %L3 Zeilen, %L4 Zeilen/s, Batch %L5 Zeilen in %6 ms</translation>
    </message>
    <message>
        <source>check %1: %2 (expected %3, got %4)</source>
        <translation>Prüfung %1: %2 (erwartet %3, erhalten %4)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>attempt %1/%2: %3</source>
        <translation>Versuch %1/%2: %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Every statement, attempt, event and batch of the run, as written to the journal</source>
        <translation>Jede Anweisung, jeder Versuch, jedes Ereignis und jeder Batch der Ausführung, wie im Journal festgehalten</translation>
    </message>
</context>
<context>
    <name>RunProgressPanel</name>
    <message>
        <source>Backfill progress</source>
        <translation>Fortschritt des Backfills</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>backfill not started</source>
        <translation>Backfill nicht gestartet</translation>
    </message>
    <message>
        <source>Rows: –</source>
        <translation>Zeilen: –</translation>
    </message>
    <message>
        <source>– rows/s</source>
        <translation>– Zeilen/s</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>Restzeit –</translation>
    </message>
    <message>
        <source>%1% of the backfill</source>
        <translation>%1 % des Backfills</translation>
    </message>
    <message>
        <source>Rows: %L1 / %L2 (%L3 written)</source>
        <translation>Zeilen: %L1 / %L2 (%L3 geschrieben)</translation>
    </message>
    <message>
        <source>%L1 rows/s</source>
        <translation>%L1 Zeilen/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
</context>
<context>
    <name>RunTimelineWidget</name>
    <message>
        <source>Phase timeline</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Phase / statement</source>
        <translation>Phase / Anweisung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>waiting for the gate</source>
        <translation>wartet auf den Haltepunkt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>erneuter Versuch</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>shown (dry run)</source>
        <translation>gezeigt (Trockenlauf)</translation>
    </message>
    <message>
        <source>keyset batches on the primary key, each its own short transaction, sized to the target batch time</source>
        <translation>Keyset-Batches über den Primärschlüssel, jeder in seiner eigenen kurzen Transaktion, bemessen nach der Ziel-Batchdauer</translation>
    </message>
    <message>
        <source>ROW EXCLUSIVE; row locks of one batch</source>
        <translation>ROW EXCLUSIVE; Zeilensperren eines Batches</translation>
    </message>
    <message>
        <source>skipped: already done</source>
        <translation>übersprungen: bereits erledigt</translation>
    </message>
    <message>
        <source>retrying (attempt %1 of %2)</source>
        <translation>erneuter Versuch (Versuch %1 von %2)</translation>
    </message>
    <message>
        <source>running — %1%</source>
        <translation>läuft — %1 %</translation>
    </message>
    <message>
        <source>Every phase and statement with its state: pending, waiting, running, retrying, done, failed or skipped</source>
        <translation>Jede Phase und Anweisung mit ihrem Zustand: ausstehend, wartend, laufend, erneut versucht, erledigt, fehlgeschlagen oder übersprungen</translation>
    </message>
</context>
<context>
    <name>SchemaBrowserWidget</name>
    <message>
        <source>Filter tables and columns</source>
        <translation>Tabellen und Spalten filtern</translation>
    </message>
    <message>
        <source>Filter the schema browser</source>
        <translation>Schema-Browser filtern</translation>
    </message>
    <message>
        <source>Schema browser</source>
        <translation>Schema-Browser</translation>
    </message>
    <message>
        <source>Schemas, tables, columns, indexes and constraints of the open database</source>
        <translation>Schemas, Tabellen, Spalten, Indizes und Constraints der offenen Datenbank</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Defaults for new plans</source>
        <translation>Vorgaben für neue Pläne</translation>
    </message>
    <message>
        <source>Loc&amp;k timeout:</source>
        <translation>Sperr-&amp;Timeout:</translation>
    </message>
    <message>
        <source>How long a DDL statement waits for its lock before it gives up and retries, so it never queues writers behind it</source>
        <translation>Wie lange eine DDL-Anweisung auf ihre Sperre wartet, bevor sie aufgibt und es erneut versucht, damit sie nie Schreibende hinter sich aufstaut</translation>
    </message>
    <message>
        <source>Target &amp;batch time:</source>
        <translation>Ziel-&amp;Batchdauer:</translation>
    </message>
    <message>
        <source>The backfill sizes its batches so that each takes about this long</source>
        <translation>Der Backfill bemisst seine Batches so, dass jeder etwa so lange dauert</translation>
    </message>
    <message>
        <source>Replication &amp;lag limit:</source>
        <translation>Grenze der Replikations&amp;verzögerung:</translation>
    </message>
    <message>
        <source>The backfill waits while a replica lags further behind than this</source>
        <translation>Der Backfill wartet, solange ein Replikat weiter zurückliegt als dieser Wert</translation>
    </message>
    <message>
        <source>Plans you open keep their own settings; these apply to new plans.</source>
        <translation>Geöffnete Pläne behalten ihre eigenen Einstellungen; diese gelten für neue Pläne.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Column Planner starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Column Planner.</translation>
    </message>
    <message>
        <source>Puts the built-in defaults back into the form</source>
        <translation>Setzt die eingebauten Vorgaben wieder in das Formular</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language of the window; command-line messages follow the system locale</source>
        <translation>Die Sprache des Fensters; Meldungen auf der Kommandozeile folgen der Locale des Systems</translation>
    </message>
</context>
<context>
    <name>SqlEditor</name>
    <message>
        <source>Phased SQL script</source>
        <translation>Phasenweises SQL-Skript</translation>
    </message>
    <message>
        <source>&amp;Revert phase to generated</source>
        <translation>Phase auf die generierte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Drop the hand edits of the phase under the cursor and take the SQL the compiler writes</source>
        <translation>Die Handänderungen der Phase unter dem Cursor verwerfen und das SQL des Compilers übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>▸ %n statement(s)</source>
        <translation>
            <numerusform>▸ %n Anweisung</numerusform>
            <numerusform>▸ %n Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source> · locks: %1</source>
        <translation> · Sperren: %1</translation>
    </message>
    <message>
        <source>The header and the phase banners are generated and cannot be edited: change the SQL under a banner.</source>
        <translation>Der Kopf und die Phasenbanner sind generiert und nicht bearbeitbar: Ändern Sie das SQL unter einem Banner.</translation>
    </message>
    <message>
        <source>✎ Hand-edited: this phase differs from what the compiler writes; the plan keeps it as an override. Right-click › Revert phase to generated to drop the edits.</source>
        <translation>✎ Von Hand bearbeitet: Diese Phase weicht von dem ab, was der Compiler schreibt; der Plan behält sie als Überschreibung. Rechtsklick › Phase auf die generierte zurücksetzen verwirft die Änderungen.</translation>
    </message>
    <message>
        <source>The form changed this phase&apos;s generated SQL since it was edited: review the edit or revert it.</source>
        <translation>Das Formular hat das generierte SQL dieser Phase geändert, seit sie bearbeitet wurde: Prüfen Sie die Bearbeitung oder setzen Sie sie zurück.</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>&amp;Revert phase “%1” to generated</source>
        <translation>Phase „%1“ auf die generierte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Unfold phase “%1”</source>
        <translation>Phase „%1“ &amp;aufklappen</translation>
    </message>
    <message>
        <source>&amp;Fold phase “%1”</source>
        <translation>Phase „%1“ &amp;zuklappen</translation>
    </message>
    <message>
        <source>The generated script, one fold per phase; findings are marked in the margin</source>
        <translation>Das generierte Skript, eine Faltung pro Phase; Befunde sind am Rand markiert</translation>
    </message>
</context>
<context>
    <name>TableDetailPanel</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Identity / generated</source>
        <translation>Identität / generiert</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Triggers and views</source>
        <translation>Trigger und Sichten</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Indexes</source>
        <translation>&amp;Indizes</translation>
    </message>
    <message>
        <source>C&amp;onstraints</source>
        <translation>C&amp;onstraints</translation>
    </message>
    <message>
        <source>&amp;Triggers and views</source>
        <translation>&amp;Trigger und Sichten</translation>
    </message>
    <message>
        <source>Table details</source>
        <translation>Tabellendetails</translation>
    </message>
    <message>
        <source>No table selected</source>
        <translation>Keine Tabelle ausgewählt</translation>
    </message>
    <message>
        <source>Pick a table in the schema browser to see its columns, indexes and constraints.</source>
        <translation>Wählen Sie im Schema-Browser eine Tabelle, um ihre Spalten, Indizes und Constraints zu sehen.</translation>
    </message>
    <message>
        <source>About %1 rows (%2) · %3 on disk (%4 heap) · primary key: %5</source>
        <translation>Etwa %1 Zeilen (%2) · %3 auf der Platte (%4 Heap) · Primärschlüssel: %5</translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation>keine Statistiken</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>identity (%1)</source>
        <translation>Identität (%1)</translation>
    </message>
    <message>
        <source>generated: %1</source>
        <translation>generiert: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>trigger (disabled)</source>
        <translation>Trigger (deaktiviert)</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>Read-only facts of the selected table</source>
        <translation>Nur lesbare Fakten der ausgewählten Tabelle</translation>
    </message>
    <message>
        <source>Engine %1</source>
        <translation>Engine %1</translation>
    </message>
    <message>
        <source>row format %1</source>
        <translation>Zeilenformat %1</translation>
    </message>
    <message>
        <source>FULLTEXT index (no INSTANT ADD COLUMN)</source>
        <translation>FULLTEXT-Index (kein INSTANT ADD COLUMN)</translation>
    </message>
    <message>
        <source>%1 of 64 instant row versions used</source>
        <translation>%1 von 64 INSTANT-Zeilenversionen verbraucht</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Column Planner</source>
        <translation>Willkommen bei Column Planner</translation>
    </message>
    <message>
        <source>Add a column to a large, live table without disrupting it: design the column, read the phased SQL and its review, then run it phase by phase with a batched backfill.</source>
        <translation>Fügen Sie einer großen, laufenden Tabelle eine Spalte hinzu, ohne den Betrieb zu stören: Entwerfen Sie die Spalte, lesen Sie das phasenweise SQL und sein Review, und führen Sie es dann Phase für Phase mit einem Backfill in Batches aus.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Demodatenbank öffnen</translation>
    </message>
    <message>
        <source>A small SQLite shop (customers, products, 200,000 orders) to try everything safely</source>
        <translation>Ein kleiner SQLite-Shop (Kunden, Produkte, 200.000 Bestellungen), um alles gefahrlos auszuprobieren</translation>
    </message>
    <message>
        <source>&amp;Connect to a database…</source>
        <translation>Mit einer Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>PostgreSQL server or SQLite file; saved profiles never hold a password</source>
        <translation>PostgreSQL-Server oder SQLite-Datei; gespeicherte Profile enthalten nie ein Passwort</translation>
    </message>
    <message>
        <source>&amp;Open a plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A plan file saved earlier (JSON)</source>
        <translation>Eine früher gespeicherte Plandatei (JSON)</translation>
    </message>
    <message>
        <source>Open a &amp;sample plan…</source>
        <translation>&amp;Beispielplan öffnen…</translation>
    </message>
    <message>
        <source>One sample plan per kind of column, written for the demo orders table</source>
        <translation>Ein Beispielplan pro Art von Spalte, geschrieben für die Tabelle orders der Demo</translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation>&amp;Leitfaden lesen</translation>
    </message>
    <message>
        <source>A short guide: the phases, the review, running and resuming a plan</source>
        <translation>Ein kurzer Leitfaden: die Phasen, das Review, einen Plan ausführen und fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>&amp;Zuletzt verwendete Pläne</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Zuletzt verwendete Pläne</translation>
    </message>
    <message>
        <source>Press Enter to open the selected plan</source>
        <translation>Enter öffnet den ausgewählten Plan</translation>
    </message>
    <message>
        <source>No recent plans yet. Plans you open or save appear here.</source>
        <translation>Noch keine zuletzt verwendeten Pläne. Pläne, die Sie öffnen oder speichern, erscheinen hier.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
</TS>
