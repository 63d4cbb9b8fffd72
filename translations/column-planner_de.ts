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
    <name>BackfillRunner</name>
    <message>
        <source>stopped while waiting for replication lag; run again to resume from the checkpoint</source>
        <translation>beim Warten auf die Replikationsverzögerung angehalten; erneut ausführen, um am Checkpoint fortzusetzen</translation>
    </message>
    <message>
        <source>backfill batch from key %1</source>
        <translation>Backfill-Batch ab Schlüssel %1</translation>
    </message>
    <message>
        <source>stopped: %1 was canceled and rolled back; run again to resume from the checkpoint</source>
        <translation>angehalten: %1 wurde abgebrochen und zurückgerollt; erneut ausführen, um am Checkpoint fortzusetzen</translation>
    </message>
    <message>
        <source>%1 failed: %2 (the run can be resumed from the checkpoint)</source>
        <translation>%1 fehlgeschlagen: %2 (der Lauf kann am Checkpoint fortgesetzt werden)</translation>
    </message>
    <message>
        <source> (%1 %2 ms even for %3 rows: raise backfill.statement_timeout_ms in the plan)</source>
        <translation> (%1 %2 ms selbst bei %3 Zeilen: backfill.statement_timeout_ms im Plan erhöhen)</translation>
    </message>
    <message>
        <source>%1: %2; retrying with %3 rows in %4 ms</source>
        <translation>%1: %2; neuer Versuch mit %3 Zeilen in %4 ms</translation>
    </message>
    <message>
        <source>%1 reached</source>
        <translation>%1 erreicht</translation>
    </message>
    <message>
        <source>rows locked by another transaction (%1)</source>
        <translation>Zeilen von einer anderen Transaktion gesperrt (%1)</translation>
    </message>
    <message>
        <source>deadlock or serialization failure</source>
        <translation>Deadlock oder Serialisierungsfehler</translation>
    </message>
    <message>
        <source>stopped before retrying %1; run again to resume from the checkpoint</source>
        <translation>vor dem erneuten Versuch von %1 angehalten; erneut ausführen, um am Checkpoint fortzusetzen</translation>
    </message>
    <message>
        <source>sample: %1 rows between keys %2 and %3 hold a value other than the backfill expression (written by someone else?)</source>
        <translation>Stichprobe: %1 Zeilen zwischen den Schlüsseln %2 und %3 enthalten einen anderen Wert als der Backfill-Ausdruck (von jemand anderem geschrieben?)</translation>
    </message>
    <message>
        <source>stopped during the final sweep; run again to finish it</source>
        <translation>während des abschließenden Durchlaufs angehalten; erneut ausführen, um ihn abzuschließen</translation>
    </message>
    <message>
        <source>backfill final sweep failed: %1</source>
        <translation>abschließender Backfill-Durchlauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>final sweep pass %1: filled %2 rows that appeared behind the cursor</source>
        <translation>abschließender Durchlauf %1: %2 Zeilen gefüllt, die hinter dem Cursor hinzukamen</translation>
    </message>
    <message>
        <source>would fill %1 in keyset batches on %2 %3, each its own transaction (%4; batches sized to %5 ms, at most %6 rows), then sweep rows added behind the cursor</source>
        <translation>würde %1 in Keyset-Batches über %2 %3 füllen, jeder in eigener Transaktion (%4; Batches auf %5 ms bemessen, höchstens %6 Zeilen), danach hinter dem Cursor hinzugekommene Zeilen nachziehen</translation>
    </message>
    <message>
        <source>resuming after key %1 (%2 rows done)</source>
        <translation>Fortsetzung nach Schlüssel %1 (%2 Zeilen erledigt)</translation>
    </message>
    <message>
        <source>from the first key</source>
        <translation>ab dem ersten Schlüssel</translation>
    </message>
    <message>
        <source>resuming from the checkpoint after key %1 (%2 rows done)</source>
        <translation>Fortsetzung am Checkpoint nach Schlüssel %1 (%2 Zeilen erledigt)</translation>
    </message>
    <message>
        <source>stopped after a committed batch; %1 rows done; run again to resume from the checkpoint</source>
        <translation>nach einem festgeschriebenen Batch angehalten; %1 Zeilen erledigt; erneut ausführen, um am Checkpoint fortzusetzen</translation>
    </message>
    <message>
        <source>paused after %1 rows; resume to go on</source>
        <translation>nach %1 Zeilen pausiert; zum Weitermachen fortsetzen</translation>
    </message>
    <message>
        <source>stopped while paused; %1 rows done; run again to resume from the checkpoint</source>
        <translation>während der Pause angehalten; %1 Zeilen erledigt; erneut ausführen, um am Checkpoint fortzusetzen</translation>
    </message>
    <message>
        <source>our batch made %1 other session(s) wait on its locks: smaller batches (%2 rows) and a pause</source>
        <translation>unser Batch hat %1 andere Sitzung(en) auf seine Sperren warten lassen: kleinere Batches (%2 Zeilen) und eine Pause</translation>
    </message>
    <message>
        <source>stopped after a committed batch; run again to resume from the checkpoint</source>
        <translation>nach einem festgeschriebenen Batch angehalten; erneut ausführen, um am Checkpoint fortzusetzen</translation>
    </message>
    <message>
        <source>%1 gave up after %2 attempts in %5 s: %3%4; run again to resume from the checkpoint</source>
        <translation>%1 nach %2 Versuchen in %5 s aufgegeben: %3%4; erneut ausführen, um am Checkpoint fortzusetzen</translation>
    </message>
    <message>
        <source>%1 not done: rows keep arriving without a value for %2 (%3 %4): the application does not write the column yet. Deploy the application version that writes %2, give the column a default, or turn on the sync trigger; then run again: it sweeps those rows and goes on</source>
        <translation>%1 nicht erledigt: Es kommen weiter Zeilen ohne Wert für %2 hinzu (%3 %4): Die Anwendung schreibt die Spalte noch nicht. Die Anwendungsversion ausrollen, die %2 schreibt, der Spalte einen Default geben oder den Sync-Trigger einschalten; dann erneut ausführen: Diese Zeilen werden nachgefüllt und es geht weiter</translation>
    </message>
    <message>
        <source>rows keep arriving without a value: the last of 20 sweep passes still found %1</source>
        <translation>es kommen weiter Zeilen ohne Wert hinzu: der letzte von 20 Nachfülldurchläufen fand noch %1</translation>
    </message>
    <message>
        <source>still found by the last of 20 sweep passes</source>
        <translation>noch gefunden vom letzten von 20 Nachfülldurchläufen</translation>
    </message>
    <message>
        <source>partition %1 (%2 of %3)</source>
        <translation>Partition %1 (%2 von %3)</translation>
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
    <name>CatalogText</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %2, database %3%4
</source>
        <translation>%1 %2, Datenbank %3%4
</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source>%1 tables in %2 schemas

</source>
        <translation>%1 Tabellen in %2 Schemas

</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows (%4), %5 total, %6 heap
</source>
        <translation>%1 (%2): %3 Zeilen (%4), %5 gesamt, %6 Heap
</translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation>keine Statistiken</translation>
    </message>
    <message>
        <source>primary key: %1
</source>
        <translation>Primärschlüssel: %1
</translation>
    </message>
    <message>
        <source>engine: %1, row format: %2, FULLTEXT index: %3, instant row versions: %4
</source>
        <translation>Engine: %1, Zeilenformat: %2, FULLTEXT-Index: %3, Instant-Zeilenversionen: %4
</translation>
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
        <source>not kept by this server</source>
        <translation>von diesem Server nicht geführt</translation>
    </message>
    <message>
        <source>%1 of 64</source>
        <translation>%1 von 64</translation>
    </message>
    <message>
        <source>
columns:
</source>
        <translation>
Spalten:
</translation>
    </message>
    <message>
        <source>
indexes:
</source>
        <translation>
Indizes:
</translation>
    </message>
    <message>
        <source>
constraints:
</source>
        <translation>
Constraints:
</translation>
    </message>
    <message>
        <source>
triggers:
</source>
        <translation>
Trigger:
</translation>
    </message>
    <message>
        <source>
dependent views:
</source>
        <translation>
Abhängige Views:
</translation>
    </message>
    <message>
        <source> (materialized)</source>
        <translation> (materialisiert)</translation>
    </message>
    <message>
        <source>%1 tables (and %3 partitions) in %2 schemas

</source>
        <translation>%1 Tabellen (und %3 Partitionen) in %2 Schemas

</translation>
    </message>
    <message>
        <source>%1  partitioned by %2: %3 partitions
</source>
        <translation>%1  partitioniert nach %2: %3 Partitionen
</translation>
    </message>
    <message>
        <source>partition of %1: %2
</source>
        <translation>Partition von %1: %2
</translation>
    </message>
    <message>
        <source>partitioned by %1, %2 partitions:
</source>
        <translation>partitioniert nach %1, %2 Partitionen:
</translation>
    </message>
    <message>
        <source>  (partitioned)</source>
        <translation>  (partitioniert)</translation>
    </message>
    <message>
        <source>  %1 rows, %2</source>
        <translation>  %1 Zeilen, %2</translation>
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
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Partition of %1: %2</source>
        <translation>Partition von %1: %2</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>checks support PostgreSQL, MySQL and MariaDB targets; %1 is %2</source>
        <translation>Prüfungen unterstützen PostgreSQL-, MySQL- und MariaDB-Ziele; %1 ist %2</translation>
    </message>
    <message>
        <source>table row count</source>
        <translation>Zeilenanzahl der Tabelle</translation>
    </message>
    <message>
        <source>rows whose value differs from the backfill expression</source>
        <translation>Zeilen, deren Wert vom Backfill-Ausdruck abweicht</translation>
    </message>
    <message>
        <source>the column has its default</source>
        <translation>die Spalte hat ihren Default</translation>
    </message>
    <message>
        <source>no INVALID index on the column</source>
        <translation>kein INVALID-Index auf der Spalte</translation>
    </message>
    <message>
        <source>no NOT VALID constraint on the column</source>
        <translation>kein NOT VALID-Constraint auf der Spalte</translation>
    </message>
    <message>
        <source>an index covers the column</source>
        <translation>ein Index deckt die Spalte ab</translation>
    </message>
    <message>
        <source>the CHECK constraint is in place</source>
        <translation>der CHECK-Constraint ist vorhanden</translation>
    </message>
    <message>
        <source>rows left NULL where the backfill expression gives a value (it is volatile, so only NULL-ness is compared)</source>
        <translation>Zeilen, die NULL blieben, wo der Backfill-Ausdruck einen Wert ergibt (er ist volatil, daher wird nur NULL-Sein verglichen)</translation>
    </message>
    <message>
        <source>not run: a check is one query, and this one goes on after &quot;;&quot;</source>
        <translation>nicht ausgeführt: eine Prüfung ist eine einzige Abfrage, und diese geht nach „;“ weiter</translation>
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
    <message>
        <source>no transaction</source>
        <translation>keine Transaktion</translation>
    </message>
    <message>
        <source>transaction open %1 s</source>
        <translation>Transaktion seit %1 s offen</translation>
    </message>
    <message>
        <source>Forecast for %1 on %2, %3 UTC
</source>
        <translation>Prognose für %1 auf %2, %3 UTC
</translation>
    </message>
    <message>
        <source>Table: engine %1, row format %2, FULLTEXT index: %3, instant row versions: %4, about %5 rows, %6 bytes

</source>
        <translation>Tabelle: Engine %1, Zeilenformat %2, FULLTEXT-Index: %3, Instant-Zeilenversionen: %4, etwa %5 Zeilen, %6 Bytes

</translation>
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
        <source>not kept</source>
        <translation>nicht geführt</translation>
    </message>
    <message>
        <source>%1 of 64</source>
        <translation>%1 von 64</translation>
    </message>
    <message>
        <source>   algorithm: %1, LOCK=%2%3; writes %4; table %5
</source>
        <translation>   Algorithmus: %1, LOCK=%2%3; Schreibzugriffe %4; Tabelle %5
</translation>
    </message>
    <message>
        <source> (chosen by the server)</source>
        <translation> (vom Server gewählt)</translation>
    </message>
    <message>
        <source> (requested %1)</source>
        <translation> (angefordert: %1)</translation>
    </message>
    <message>
        <source>BLOCKED while it runs</source>
        <translation>BLOCKIERT, solange sie läuft</translation>
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
        <source>   server: %1
</source>
        <translation>   Server: %1
</translation>
    </message>
    <message>
        <source>   refused %1
</source>
        <translation>   abgelehnt %1
</translation>
    </message>
    <message>
        <source>   why: %1
</source>
        <translation>   warum: %1
</translation>
    </message>
    <message>
        <source>
Live now
</source>
        <translation>
Aktuell
</translation>
    </message>
    <message>
        <source>  metadata locks: %1
</source>
        <translation>  Metadatensperren: %1
</translation>
    </message>
    <message>
        <source>  metadata locks: none on %1 (an ALTER would not queue)
</source>
        <translation>  Metadatensperren: keine auf %1 (ein ALTER müsste nicht warten)
</translation>
    </message>
    <message>
        <source>  session %1 (%2@%3, %4, %5) %6 %7 on %8: every ALTER would wait for it, and every later query on the table for the ALTER; %9
</source>
        <translation>  Sitzung %1 (%2@%3, %4, %5) %6 %7 auf %8: jedes ALTER würde auf sie warten und jede spätere Abfrage der Tabelle auf das ALTER; %9
</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <source>waits for</source>
        <translation>wartet auf</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>  open transactions: none
</source>
        <translation>  offene Transaktionen: keine
</translation>
    </message>
    <message>
        <source>  open transaction: session %1 (%2@%3, %4), %5 s, state %6%7
</source>
        <translation>  offene Transaktion: Sitzung %1 (%2@%3, %4), %5 s, Zustand %6%7
</translation>
    </message>
    <message>
        <source>, holds the table</source>
        <translation>, hält die Tabelle</translation>
    </message>
    <message>
        <source>  replication: this server is a replica, %1 behind its primary: run the plan on the primary
</source>
        <translation>  Replikation: dieser Server ist ein Replikat, %1 hinter seinem Primärserver: den Plan auf dem Primärserver ausführen
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>  replica: %1
</source>
        <translation>  Replikat: %1
</translation>
    </message>
    <message>
        <source>  replication: %1
</source>
        <translation>  Replikation: %1
</translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation>  Hinweis: %1
</translation>
    </message>
    <message>
        <source>[%1%2] %3% %L4/%L5 rows  %L6 rows/s  ETA %7  batch %L8 (%9 ms)  lag %10</source>
        <translation>[%1%2] %3% %L4/%L5 Zeilen  %L6 Zeilen/s  Rest %7  Batch %L8 (%9 ms)  Verzögerung %10</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>  %1 %2 (expected %3, got %4)</source>
        <translation>  %1 %2 (erwartet %3, erhalten %4)</translation>
    </message>
    <message>
        <source>ok  </source>
        <translation>ok  </translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>keys: p pause, r resume, q stop after this batch, +/- target batch time
</source>
        <translation>Tasten: p Pause, r fortsetzen, q nach diesem Batch anhalten, +/- Ziel-Batchdauer
</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>Die Plandatei.</translation>
    </message>
    <message>
        <source>Who approves.</source>
        <translation>Wer freigibt.</translation>
    </message>
    <message>
        <source>What was checked, conditions.</source>
        <translation>Was geprüft wurde, Bedingungen.</translation>
    </message>
    <message>
        <source>Print the approval status only.</source>
        <translation>Nur den Freigabestatus ausgeben.</translation>
    </message>
    <message>
        <source>The database to check.</source>
        <translation>Die zu prüfende Datenbank.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation> (erwartet %1)</translation>
    </message>
    <message>
        <source>The earlier plan.</source>
        <translation>Der frühere Plan.</translation>
    </message>
    <message>
        <source>The later plan.</source>
        <translation>Der spätere Plan.</translation>
    </message>
    <message>
        <source>flyway, liquibase, django, sqitch or sql.</source>
        <translation>flyway, liquibase, django, sqitch oder sql.</translation>
    </message>
    <message>
        <source>The directory to write (new or empty).</source>
        <translation>Das zu schreibende Verzeichnis (neu oder leer).</translation>
    </message>
    <message>
        <source>Write into a non-empty directory, replacing the exported files.</source>
        <translation>In ein nicht leeres Verzeichnis schreiben und die exportierten Dateien ersetzen.</translation>
    </message>
    <message>
        <source>Django app label (default: app).</source>
        <translation>Label der Django-App (Standard: app).</translation>
    </message>
    <message>
        <source>Django model of the table (default: the table name).</source>
        <translation>Django-Modell der Tabelle (Standard: der Tabellenname).</translation>
    </message>
    <message>
        <source>The app&apos;s migration the export follows, e.g. 0007_previous.</source>
        <translation>Die Migration der App, auf die der Export folgt, z. B. 0007_previous.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>no table lock</source>
        <translation>keine Tabellensperre</translation>
    </message>
    <message>
        <source>Forecast for %1 on %2 (PostgreSQL %3), %4 UTC
</source>
        <translation>Prognose für %1 auf %2 (PostgreSQL %3), %4 UTC
</translation>
    </message>
    <message>
        <source>Table: %1 rows (%2), heap %3, total %4; estimates assume a scan rate of %5/s

</source>
        <translation>Tabelle: %1 Zeilen (%2), Heap %3, gesamt %4; die Schätzungen nehmen eine Scanrate von %5/s an

</translation>
    </message>
    <message>
        <source>   lock: %1
</source>
        <translation>   Sperre: %1
</translation>
    </message>
    <message>
        <source>   blocks: %1
</source>
        <translation>   blockiert: %1
</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>   rewrite: %1, scan: %2, in transaction: %3
</source>
        <translation>   Umschreiben: %1, Scan: %2, in Transaktion: %3
</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>   estimate: %1 (%2)
</source>
        <translation>   Schätzung: %1 (%2)
</translation>
    </message>
    <message>
        <source>   would wait behind: pid %1
</source>
        <translation>   würde warten hinter: PID %1
</translation>
    </message>
    <message>
        <source>  blockers: none (no session holds a lock that conflicts with the plan&apos;s locks)
</source>
        <translation>  Blockierer: keine (keine Sitzung hält eine Sperre, die mit den Sperren des Plans kollidiert)
</translation>
    </message>
    <message>
        <source>  blockers:
</source>
        <translation>  Blockierer:
</translation>
    </message>
    <message>
        <source>    pid %1 %2 %3 on %4 (user %5, application &quot;%6&quot;, %7, transaction open %8): %9
</source>
        <translation>    PID %1 %2 %3 auf %4 (Benutzer %5, Anwendung „%6“, %7, Transaktion offen seit %8): %9
</translation>
    </message>
    <message>
        <source>  oldest snapshot: pid %1 (user %2, %3), xmin age %4 transactions, transaction open %5; %6 backend(s) hold a snapshot (CREATE INDEX CONCURRENTLY waits for them)
</source>
        <translation>  ältester Snapshot: PID %1 (Benutzer %2, %3), xmin-Alter %4 Transaktionen, Transaktion offen seit %5; %6 Backend(s) halten einen Snapshot (CREATE INDEX CONCURRENTLY wartet auf sie)
</translation>
    </message>
    <message>
        <source>  oldest snapshot: none held
</source>
        <translation>  ältester Snapshot: keiner gehalten
</translation>
    </message>
    <message>
        <source>  replication: this server is a standby (replay delay %1): the plan cannot run here
</source>
        <translation>  Replikation: dieser Server ist ein Standby (Replay-Verzögerung %1): der Plan kann hier nicht laufen
</translation>
    </message>
    <message>
        <source>  replication: primary with no connected standby
</source>
        <translation>  Replikation: Primärserver ohne verbundenen Standby
</translation>
    </message>
    <message>
        <source>  replica %1 (%2, %3, %4): write lag %5, flush lag %6, replay lag %7
</source>
        <translation>  Replikat %1 (%2, %3, %4): Write-Lag %5, Flush-Lag %6, Replay-Lag %7
</translation>
    </message>
    <message>
        <source>  backfill WAL: about %1 (%2)
</source>
        <translation>  WAL des Backfills: etwa %1 (%2)
</translation>
    </message>
    <message>
        <source>  one backfill batch: </source>
        <translation>  ein Backfill-Batch: </translation>
    </message>
    <message>
        <source>%1, cost %2, %3 rows estimated</source>
        <translation>%1, Kosten %2, %3 Zeilen geschätzt</translation>
    </message>
    <message>
        <source>The PostgreSQL or MySQL/MariaDB database the plan would run on.</source>
        <translation>Die PostgreSQL- oder MySQL/MariaDB-Datenbank, auf der der Plan laufen würde.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>postgresql, sqlite, mysql or mariadb (default: the plan&apos;s).</source>
        <translation>postgresql, sqlite, mysql oder mariadb (Standard: der des Plans).</translation>
    </message>
    <message>
        <source>Server version to write for, e.g. 15 or 8.0.35.</source>
        <translation>Serverversion, für die geschrieben wird, z. B. 15 oder 8.0.35.</translation>
    </message>
    <message>
        <source>Only this phase: expand, backfill, enforce, verify.</source>
        <translation>Nur diese Phase: expand, backfill, enforce, verify.</translation>
    </message>
    <message>
        <source>Print the rollback (of --phase, or of every phase newest first).</source>
        <translation>Den Rollback ausgeben (von --phase oder von jeder Phase, die neueste zuerst).</translation>
    </message>
    <message>
        <source>Read the catalog and check expressions on this database.</source>
        <translation>Den Katalog lesen und Ausdrücke auf dieser Datenbank prüfen.</translation>
    </message>
    <message>
        <source>Connection URI.</source>
        <translation>Verbindungs-URI.</translation>
    </message>
    <message>
        <source>Only this table.</source>
        <translation>Nur diese Tabelle.</translation>
    </message>
    <message>
        <source>text, json or sarif.</source>
        <translation>text, json oder sarif.</translation>
    </message>
    <message>
        <source>PostgreSQL major version, 10..18.</source>
        <translation>PostgreSQL-Hauptversion, 10..18.</translation>
    </message>
    <message>
        <source>FILE.sql (or - for standard input)</source>
        <translation>FILE.sql (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>The production database the table and its statistics are read from (read only).</source>
        <translation>Die Produktionsdatenbank, aus der Tabelle und Statistiken gelesen werden (nur lesend).</translation>
    </message>
    <message>
        <source>The staging database the synthetic copy is built in and the plan runs on.</source>
        <translation>Die Staging-Datenbank, in der die synthetische Kopie aufgebaut wird und der Plan läuft.</translation>
    </message>
    <message>
        <source>Rows to generate (default: the source&apos;s estimate).</source>
        <translation>Zu erzeugende Zeilen (Standard: die Schätzung der Quelle).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Drop and rebuild the staging table when it exists.</source>
        <translation>Die Staging-Tabelle löschen und neu aufbauen, wenn sie existiert.</translation>
    </message>
    <message>
        <source>Store the report in the plan file under &quot;rehearsal&quot;.</source>
        <translation>Den Bericht in der Plandatei unter „rehearsal“ speichern.</translation>
    </message>
    <message>
        <source>Workload connections (default 4).</source>
        <translation>Verbindungen der Last (Standard 4).</translation>
    </message>
    <message>
        <source>Workload operations per second, all clients together (default 200).</source>
        <translation>Lastoperationen pro Sekunde, alle Clients zusammen (Standard 200).</translation>
    </message>
    <message>
        <source>Weights of reads by key, reads by index, inserts, updates (default 50,20,10,20).</source>
        <translation>Gewichte von Lesezugriffen per Schlüssel, Lesezugriffen per Index, Einfügungen, Änderungen (Standard 50,20,10,20).</translation>
    </message>
    <message>
        <source>Seconds of workload before the run (default 5).</source>
        <translation>Sekunden Last vor dem Lauf (Standard 5).</translation>
    </message>
    <message>
        <source>Seconds of workload after the run (default 3).</source>
        <translation>Sekunden Last nach dem Lauf (Standard 3).</translation>
    </message>
    <message>
        <source>A phase&apos;s p99 may be this many times the baseline&apos;s (default 2).</source>
        <translation>Das p99 einer Phase darf so viel Mal das der Baseline betragen (Standard 2).</translation>
    </message>
    <message>
        <source>p99 below this is never judged (default 10).</source>
        <translation>Ein p99 darunter wird nie bewertet (Standard 10).</translation>
    </message>
    <message>
        <source>Longest lock wait allowed (default 1000).</source>
        <translation>Längste erlaubte Sperrwartezeit (Standard 1000).</translation>
    </message>
    <message>
        <source>Seed of the synthetic data (default 1).</source>
        <translation>Seed der synthetischen Daten (Standard 1).</translation>
    </message>
    <message>
        <source>Include the live state of this database.</source>
        <translation>Den aktuellen Zustand dieser Datenbank aufnehmen.</translation>
    </message>
    <message>
        <source>html, pdf or md.</source>
        <translation>html, pdf oder md.</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Die zu schreibende Berichtsdatei.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>The database to change.</source>
        <translation>Die zu ändernde Datenbank.</translation>
    </message>
    <message>
        <source>Answer yes at every gate.</source>
        <translation>An jedem Haltepunkt mit Ja antworten.</translation>
    </message>
    <message>
        <source>Show every step without changing anything.</source>
        <translation>Jeden Schritt zeigen, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>One JSON object per line for every event.</source>
        <translation>Ein JSON-Objekt pro Zeile für jedes Ereignis.</translation>
    </message>
    <message>
        <source>The run journal (default: %1).</source>
        <translation>Das Laufjournal (Standard: %1).</translation>
    </message>
    <message>
        <source>A file polled for pause, resume, abort, target_batch_ms=N.</source>
        <translation>Eine regelmäßig gelesene Datei für pause, resume, abort, target_batch_ms=N.</translation>
    </message>
    <message>
        <source>Drop an INVALID index left by a failed build and build it again.</source>
        <translation>Einen nach einem fehlgeschlagenen Aufbau INVALID gebliebenen Index löschen und neu aufbauen.</translation>
    </message>
    <message>
        <source>MySQL/MariaDB: run ALTERs the server can only do by copying the table or blocking writes (journaled).</source>
        <translation>MySQL/MariaDB: ALTERs ausführen, die der Server nur durch Kopieren der Tabelle oder Blockieren von Schreibzugriffen ausführen kann (wird protokolliert).</translation>
    </message>
    <message>
        <source>Run on this saved connection profile (instead of --db).</source>
        <translation>Auf diesem gespeicherten Verbindungsprofil ausführen (statt --db).</translation>
    </message>
    <message>
        <source>Run an unapproved or stale plan on a production profile: type its name.</source>
        <translation>Einen nicht freigegebenen oder veralteten Plan auf einem Produktionsprofil ausführen: dessen Namen eingeben.</translation>
    </message>
    <message>
        <source>The SQL script to review, or - for standard input.</source>
        <translation>Das zu prüfende SQL-Skript oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The plans are the same.
</source>
        <translation>Die Pläne sind gleich.
</translation>
    </message>
    <message>
        <source>Design changes (%1 -&gt; %2):
</source>
        <translation>Änderungen am Entwurf (%1 -&gt; %2):
</translation>
    </message>
    <message>
        <source>  (none)
</source>
        <translation>  (keine)
</translation>
    </message>
    <message>
        <source>
SQL changes:
</source>
        <translation>
Änderungen am SQL:
</translation>
    </message>
    <message>
        <source>  (the compiled script is the same)
</source>
        <translation>  (das kompilierte Skript ist gleich)
</translation>
    </message>
    <message>
        <source>    hint: %1
</source>
        <translation>    Hinweis: %1
</translation>
    </message>
    <message>
        <source>%1: no statements
</source>
        <translation>%1: keine Anweisungen
</translation>
    </message>
    <message>
        <source>%1: %2 statement(s), %3 error(s), %4 warning(s), %5 note(s)
</source>
        <translation>%1: %2 Anweisung(en), %3 Fehler, %4 Warnung(en), %5 Notiz(en)
</translation>
    </message>
    <message>
        <source>rehearsal of &quot;%1&quot; on %2 (%L3 synthetic rows in %4)
</source>
        <translation>Probelauf von „%1“ auf %2 (%L3 synthetische Zeilen in %4)
</translation>
    </message>
    <message>
        <source>load: %L1 rows in %2 s (%L3 rows/s), keys and indexes %4 s
</source>
        <translation>Laden: %L1 Zeilen in %2 s (%L3 Zeilen/s), Schlüssel und Indizes %4 s
</translation>
    </message>
    <message>
        <source>fidelity (null fraction, distinct, top values; %1 column(s) flagged):
</source>
        <translation>Treue (NULL-Anteil, verschiedene Werte, häufigste Werte; %1 Spalte(n) markiert):
</translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation>MARKIERT</translation>
    </message>
    <message>
        <source>  %1 %2 nulls %3/%4  distinct %L5/%L6  top diff %7%8
</source>
        <translation>  %1 %2 NULLs %3/%4  verschieden %L5/%L6  Abw. häufigste %7%8
</translation>
    </message>
    <message>
        <source>workload: %1 clients, %2 ops/s; latency ms p50/p95/p99/max
</source>
        <translation>Last: %1 Clients, %2 Ops/s; Latenz ms p50/p95/p99/max
</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>  %1 %2 / %3 / %4 / %5  (%L6 ops)%7
</source>
        <translation>  %1 %2 / %3 / %4 / %5  (%L6 Ops)%7
</translation>
    </message>
    <message>
        <source>  %1 s, lock wait %2 ms, WAL %L3 kB%4</source>
        <translation>  %1 s, Sperrwartezeit %2 ms, WAL %L3 kB%4</translation>
    </message>
    <message>
        <source>, %L1 rows/s</source>
        <translation>, %L1 Zeilen/s</translation>
    </message>
    <message>
        <source>run: %1%2
</source>
        <translation>Lauf: %1%2
</translation>
    </message>
    <message>
        <source>verdict: %1
</source>
        <translation>Urteil: %1
</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>DURCHGEFALLEN</translation>
    </message>
    <message>
        <source>load  %1 %L2/%L3 rows  %L4 rows/s</source>
        <translation>Laden  %1 %L2/%L3 Zeilen  %L4 Zeilen/s</translation>
    </message>
    <message>
        <source>run   %1 %2 %L3/%L4 rows  %L5 rows/s</source>
        <translation>Lauf   %1 %2 %L3/%L4 Zeilen  %L5 Zeilen/s</translation>
    </message>
    <message>
        <source>run   %1</source>
        <translation>Lauf   %1</translation>
    </message>
    <message>
        <source>--%1: expected a positive number up to %2, got &quot;%3&quot;</source>
        <translation>--%1: positive Zahl bis %2 erwartet, erhalten „%3“</translation>
    </message>
    <message>
        <source>Attempts per DDL statement or batch on lock timeouts (default: as many as --max-wait allows).</source>
        <translation>Versuche je DDL-Anweisung oder Batch bei Sperr-Timeouts (Standard: so viele, wie --max-wait erlaubt).</translation>
    </message>
    <message>
        <source>Seconds one DDL statement or batch may keep retrying (default %1).</source>
        <translation>Sekunden, die eine DDL-Anweisung oder ein Batch es weiter versuchen darf (Standard %1).</translation>
    </message>
    <message>
        <source>Seconds enforce watches for rows it would reject before adding anything (default %1).</source>
        <translation>Sekunden, die enforce auf Zeilen achtet, die es ablehnen würde, bevor es etwas hinzufügt (Standard %1).</translation>
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
        <translation>Komment&amp;ar:</translation>
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
        <translation>&amp;Referenzen:</translation>
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
    <message>
        <source>pick the table that gets the column.</source>
        <translation>Wählen Sie die Tabelle, die die Spalte bekommt.</translation>
    </message>
    <message>
        <source>there is no table “%1” in %2: pick one from the list or the schema browser.</source>
        <translation>es gibt keine Tabelle „%1“ in %2: Wählen Sie eine aus der Liste oder dem Schema-Browser.</translation>
    </message>
    <message>
        <source>give the column a name.</source>
        <translation>Geben Sie der Spalte einen Namen.</translation>
    </message>
    <message>
        <source>choose the column&apos;s type.</source>
        <translation>Wählen Sie den Typ der Spalte.</translation>
    </message>
    <message>
        <source>choose “NULL allowed” or “NOT NULL”.</source>
        <translation>Wählen Sie „NULL erlaubt“ oder „NOT NULL“.</translation>
    </message>
    <message>
        <source>NOT NULL needs a default or a backfill to give the existing rows a value.</source>
        <translation>NOT NULL braucht einen Default oder einen Backfill, der vorhandenen Zeilen einen Wert gibt.</translation>
    </message>
</context>
<context>
    <name>ColumnGenerator</name>
    <message>
        <source>no statistics: generic values</source>
        <translation>keine Statistik: allgemeine Werte</translation>
    </message>
    <message>
        <source>no histogram or common values: generic values</source>
        <translation>kein Histogramm und keine häufigen Werte: allgemeine Werte</translation>
    </message>
    <message>
        <source>type %1: values taken from the histogram bounds as they are</source>
        <translation>Typ %1: Werte unverändert aus den Histogrammgrenzen übernommen</translation>
    </message>
</context>
<context>
    <name>ColumnRules</name>
    <message>
        <source>a subquery</source>
        <translation>eine Unterabfrage</translation>
    </message>
    <message>
        <source>a serial column fills every existing row from its sequence</source>
        <translation>eine serial-Spalte füllt jede vorhandene Zeile aus ihrer Sequenz</translation>
    </message>
    <message>
        <source>an identity column fills every existing row from its sequence</source>
        <translation>eine Identity-Spalte füllt jede vorhandene Zeile aus ihrer Sequenz</translation>
    </message>
    <message>
        <source>a stored generated column is computed and written for every row</source>
        <translation>eine gespeicherte generierte Spalte wird für jede Zeile berechnet und geschrieben</translation>
    </message>
    <message>
        <source>before PostgreSQL 11 any default is written into every row</source>
        <translation>vor PostgreSQL 11 wird jeder Default in jede Zeile geschrieben</translation>
    </message>
    <message>
        <source>a volatile default is evaluated and written for every row</source>
        <translation>ein volatiler Default wird für jede Zeile ausgewertet und geschrieben</translation>
    </message>
    <message>
        <source>Column %1 is %2: an id or counter that outgrows %3 forces a table rewrite under ACCESS EXCLUSIVE later.</source>
        <translation>Spalte %1 ist %2: eine ID oder ein Zähler, der %3 übersteigt, erzwingt später ein Umschreiben der Tabelle unter ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>Use bigint GENERATED ALWAYS AS IDENTITY (or bigserial).</source>
        <translation>Verwenden Sie bigint GENERATED ALWAYS AS IDENTITY (oder bigserial).</translation>
    </message>
    <message>
        <source>Use bigint.</source>
        <translation>Verwenden Sie bigint.</translation>
    </message>
    <message>
        <source>Column %1 is timestamp without time zone: the stored value depends on the writer&apos;s time zone and is ambiguous across DST changes.</source>
        <translation>Spalte %1 ist timestamp without time zone: der gespeicherte Wert hängt von der Zeitzone des Schreibenden ab und ist bei Sommerzeitwechseln mehrdeutig.</translation>
    </message>
    <message>
        <source>Use timestamptz.</source>
        <translation>Verwenden Sie timestamptz.</translation>
    </message>
    <message>
        <source>Column %1 is %2: values are blank-padded to the full length and compare surprisingly.</source>
        <translation>Spalte %1 ist %2: Werte werden mit Leerzeichen auf die volle Länge aufgefüllt und vergleichen sich überraschend.</translation>
    </message>
    <message>
        <source>Use text or varchar(n).</source>
        <translation>Verwenden Sie text oder varchar(n).</translation>
    </message>
    <message>
        <source>Column %1 is json: stored as text, re-parsed on every access, no equality operator and no GIN index.</source>
        <translation>Spalte %1 ist json: als Text gespeichert, bei jedem Zugriff neu geparst, ohne Gleichheitsoperator und ohne GIN-Index.</translation>
    </message>
    <message>
        <source>Use jsonb.</source>
        <translation>Verwenden Sie jsonb.</translation>
    </message>
    <message>
        <source>Call it %1.</source>
        <translation>Nennen Sie sie %1.</translation>
    </message>
    <message>
        <source>Adding %1 as %2 on existing table %3 rewrites the whole table under ACCESS EXCLUSIVE: every existing row gets a value from the sequence, reads and writes wait until it is done.</source>
        <translation>Das Hinzufügen von %1 als %2 zur vorhandenen Tabelle %3 schreibt die ganze Tabelle unter ACCESS EXCLUSIVE um: jede vorhandene Zeile erhält einen Wert aus der Sequenz, Lese- und Schreibzugriffe warten, bis es fertig ist.</translation>
    </message>
    <message>
        <source>an identity column</source>
        <translation>eine Identity-Spalte</translation>
    </message>
    <message>
        <source>Adding stored generated column %1 to existing table %2 computes and writes it for every row, rewriting the table under ACCESS EXCLUSIVE.</source>
        <translation>Das Hinzufügen der gespeicherten generierten Spalte %1 zur vorhandenen Tabelle %2 berechnet und schreibt sie für jede Zeile und schreibt die Tabelle unter ACCESS EXCLUSIVE um.</translation>
    </message>
    <message>
        <source>On PostgreSQL %1 ADD COLUMN %2 with a default writes the default into every row of %3: a full rewrite under ACCESS EXCLUSIVE (the fast default arrived in PostgreSQL 11).</source>
        <translation>Unter PostgreSQL %1 schreibt ADD COLUMN %2 mit einem Default diesen in jede Zeile von %3: ein vollständiges Umschreiben unter ACCESS EXCLUSIVE (der schnelle Default kam mit PostgreSQL 11).</translation>
    </message>
    <message>
        <source>Add the column without a default, SET DEFAULT for new rows, then backfill existing rows in batches.</source>
        <translation>Fügen Sie die Spalte ohne Default hinzu, setzen Sie SET DEFAULT für neue Zeilen und füllen Sie dann vorhandene Zeilen in Batches (Backfill).</translation>
    </message>
    <message>
        <source>The default of %1 calls %2(), which is volatile: PostgreSQL evaluates it for every existing row of %3 and rewrites the table under ACCESS EXCLUSIVE.</source>
        <translation>Der Default von %1 ruft %2() auf, das volatil ist: PostgreSQL wertet es für jede vorhandene Zeile von %3 aus und schreibt die Tabelle unter ACCESS EXCLUSIVE um.</translation>
    </message>
    <message>
        <source>The default of %1 calls %2, whose volatility the review cannot see: if it is volatile, adding the column rewrites %3 under ACCESS EXCLUSIVE.</source>
        <translation>Der Default von %1 ruft %2 auf, dessen Volatilität das Review nicht sehen kann: ist es volatil, schreibt das Hinzufügen der Spalte %3 unter ACCESS EXCLUSIVE um.</translation>
    </message>
    <message>
        <source>Check the function is STABLE or IMMUTABLE, or add the column without a default and backfill in batches.</source>
        <translation>Prüfen Sie, dass die Funktion STABLE oder IMMUTABLE ist, oder fügen Sie die Spalte ohne Default hinzu und füllen Sie sie in Batches.</translation>
    </message>
    <message>
        <source>ADD COLUMN %1 NOT NULL without a default fails on %2 as soon as it has a row (existing rows would be NULL).</source>
        <translation>ADD COLUMN %1 NOT NULL ohne Default schlägt auf %2 fehl, sobald die Tabelle eine Zeile hat (vorhandene Zeilen wären NULL).</translation>
    </message>
    <message>
        <source>The %1 on new column %2 is validated by scanning all of %3 while ADD COLUMN holds ACCESS EXCLUSIVE: reads and writes wait for the scan.</source>
        <translation>Der %1-Constraint der neuen Spalte %2 wird durch einen Scan über ganz %3 validiert, während ADD COLUMN ACCESS EXCLUSIVE hält: Lese- und Schreibzugriffe warten auf den Scan.</translation>
    </message>
    <message>
        <source>Add the column bare, then ADD CONSTRAINT ... NOT VALID and VALIDATE CONSTRAINT in a later transaction.</source>
        <translation>Fügen Sie die Spalte ohne Constraint hinzu, dann ADD CONSTRAINT ... NOT VALID und VALIDATE CONSTRAINT in einer späteren Transaktion.</translation>
    </message>
    <message>
        <source>%1 on new column %2 builds a unique index over all of %3 while holding ACCESS EXCLUSIVE.</source>
        <translation>%1 auf der neuen Spalte %2 baut einen eindeutigen Index über ganz %3, während ACCESS EXCLUSIVE gehalten wird.</translation>
    </message>
    <message>
        <source>Changing %1 %2to %3 rewrites all of %4 and rebuilds its indexes under ACCESS EXCLUSIVE: reads and writes wait until it is done.</source>
        <translation>Das Ändern von %1 %2auf %3 schreibt ganz %4 um und baut seine Indizes unter ACCESS EXCLUSIVE neu: Lese- und Schreibzugriffe warten, bis es fertig ist.</translation>
    </message>
    <message>
        <source>Changing %1 to %2 rewrites %3 under ACCESS EXCLUSIVE unless the old type is binary-coercible (varchar(n) to a longer varchar or text, numeric to a higher precision); the review cannot see the old type.</source>
        <translation>Das Ändern von %1 auf %2 schreibt %3 unter ACCESS EXCLUSIVE um, außer der alte Typ ist binär kompatibel (varchar(n) zu längerem varchar oder text, numeric zu höherer Präzision); das Review kennt den alten Typ nicht.</translation>
    </message>
    <message>
        <source>Changing %1 to %2 rewrites all of %3 and rebuilds its indexes under ACCESS EXCLUSIVE: reads and writes wait until it is done.</source>
        <translation>Das Ändern von %1 auf %2 schreibt ganz %3 um und baut seine Indizes unter ACCESS EXCLUSIVE neu: Lese- und Schreibzugriffe warten, bis es fertig ist.</translation>
    </message>
</context>
<context>
    <name>Compiler</name>
    <message>
        <source>the database is %1 but the script is for %2</source>
        <translation>die Datenbank ist %1, aber das Skript ist für %2</translation>
    </message>
    <message>
        <source>--server-version: &quot;%1&quot; is not a %2 version (e.g. %3)</source>
        <translation>--server-version: „%1“ ist keine %2-Version (z. B. %3)</translation>
    </message>
    <message>
        <source>$.target.server_version: &quot;%1&quot; is not a %2 version</source>
        <translation>$.target.server_version: „%1“ ist keine %2-Version</translation>
    </message>
    <message>
        <source>server version unknown: assumed %1 %2, so the script also runs on newer servers (give --server-version or target.server_version to use newer features)</source>
        <translation>Serverversion unbekannt: %1 %2 angenommen, damit das Skript auch auf neueren Servern läuft (geben Sie --server-version oder target.server_version an, um neuere Funktionen zu nutzen)</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is not supported: Column Planner writes SQL for PostgreSQL 10 to 18</source>
        <translation>PostgreSQL %1 wird nicht unterstützt: Column Planner schreibt SQL für PostgreSQL 10 bis 18</translation>
    </message>
    <message>
        <source>MySQL %1 is not supported: Column Planner writes SQL for MySQL 8.0 and MariaDB 10.x</source>
        <translation>MySQL %1 wird nicht unterstützt: Column Planner schreibt SQL für MySQL 8.0 und MariaDB 10.x</translation>
    </message>
    <message>
        <source>$.table.name: required</source>
        <translation>$.table.name: erforderlich</translation>
    </message>
    <message>
        <source>$.table: table name &quot;%1&quot; is ambiguous in %2; give table.schema</source>
        <translation>$.table: Tabellenname „%1“ ist in %2 mehrdeutig; geben Sie table.schema an</translation>
    </message>
    <message>
        <source>$.table: no table &quot;%1&quot; in database %2</source>
        <translation>$.table: keine Tabelle „%1“ in der Datenbank %2</translation>
    </message>
    <message>
        <source>primary key unknown offline: assumed &quot;id&quot; (give --db, or table.primary_key in the plan)</source>
        <translation>Primärschlüssel offline unbekannt: „id“ angenommen (geben Sie --db oder table.primary_key im Plan an)</translation>
    </message>
    <message>
        <source>$.column.type: required</source>
        <translation>$.column.type: erforderlich</translation>
    </message>
    <message>
        <source>$.column.type: &quot;%1&quot; is not a type name%2</source>
        <translation>$.column.type: „%1“ ist kein Typname%2</translation>
    </message>
    <message>
        <source>enum type</source>
        <translation>Enum-Typ</translation>
    </message>
    <message>
        <source>$.column.type: unknown type &quot;%1&quot; in %2%3</source>
        <translation>$.column.type: unbekannter Typ „%1“ in %2%3</translation>
    </message>
    <message>
        <source> (not in the server&apos;s types)</source>
        <translation> (nicht unter den Typen des Servers)</translation>
    </message>
    <message>
        <source> (offline list; give --db to check the server&apos;s own types)</source>
        <translation> (Offline-Liste; geben Sie --db an, um die Typen des Servers zu prüfen)</translation>
    </message>
    <message>
        <source>$.column: NOT NULL (nullable: false) needs a default or a backfill expression to fill the existing rows</source>
        <translation>$.column: NOT NULL (nullable: false) braucht einen Default oder einen Backfill-Ausdruck, um die vorhandenen Zeilen zu füllen</translation>
    </message>
    <message>
        <source>$.backfill.sync_trigger: needs column.backfill (the trigger writes the backfill expression into new and updated rows)</source>
        <translation>$.backfill.sync_trigger: braucht column.backfill (der Trigger schreibt den Backfill-Ausdruck in neue und geänderte Zeilen)</translation>
    </message>
    <message>
        <source>$.backfill.sync_trigger: PostgreSQL only for now; turn it off for %1 (rows written during the backfill must get the value from the application)</source>
        <translation>$.backfill.sync_trigger: vorerst nur PostgreSQL; schalten Sie ihn für %1 ab (während des Backfills geschriebene Zeilen müssen den Wert von der Anwendung erhalten)</translation>
    </message>
    <message>
        <source>$.column.index: a unique index must use btree, not %1</source>
        <translation>$.column.index: ein eindeutiger Index muss btree verwenden, nicht %1</translation>
    </message>
    <message>
        <source>$.column.index.method: SQLite indexes are b-trees only, not %1</source>
        <translation>$.column.index.method: SQLite-Indizes sind nur B-Bäume, nicht %1</translation>
    </message>
    <message>
        <source>$.column.index.method: MySQL supports btree or hash here, not %1</source>
        <translation>$.column.index.method: MySQL unterstützt hier btree oder hash, nicht %1</translation>
    </message>
    <message>
        <source>$.column.references.table: no table &quot;%1&quot; to reference in database %2</source>
        <translation>$.column.references.table: keine Tabelle „%1“ zum Referenzieren in der Datenbank %2</translation>
    </message>
    <message>
        <source>$.column.references.column: table %1 has no column &quot;%2&quot;</source>
        <translation>$.column.references.column: Tabelle %1 hat keine Spalte „%2“</translation>
    </message>
    <message>
        <source>$.column.references.on_delete: &quot;set null&quot; on a NOT NULL column would fail every delete</source>
        <translation>$.column.references.on_delete: „set null“ auf einer NOT-NULL-Spalte ließe jedes Löschen scheitern</translation>
    </message>
    <message>
        <source> at character %1 of the expression</source>
        <translation> bei Zeichen %1 des Ausdrucks</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL 15 grammar; check it with --db)</source>
        <translation>%1 (Grammatik von PostgreSQL 15; mit --db prüfen)</translation>
    </message>
    <message>
        <source>$.table: %1 is a partition of %2, and a partition cannot get a column of its own: plan the column on the partitioned table at the top of its tree</source>
        <translation>$.table: %1 ist eine Partition von %2, und eine Partition kann keine eigene Spalte bekommen: die Spalte auf der partitionierten Tabelle an der Spitze ihres Baums planen</translation>
    </message>
    <message>
        <source>$.column.index: %1 is partitioned (%2), and a unique index on it must contain the partition key, which an index on the new column alone cannot: drop &quot;unique&quot;, or enforce uniqueness per partition</source>
        <translation>$.column.index: %1 ist partitioniert (%2), und ein eindeutiger Index darauf muss den Partitionsschlüssel enthalten, was ein Index nur auf der neuen Spalte nicht kann: &quot;unique&quot; weglassen oder Eindeutigkeit je Partition erzwingen</translation>
    </message>
    <message>
        <source>$.column.index: %1 is partitioned, and PostgreSQL %2 has no indexes on partitioned tables (11 and later do): build an index on each partition by hand, or upgrade</source>
        <translation>$.column.index: %1 ist partitioniert, und PostgreSQL %2 kennt keine Indizes auf partitionierten Tabellen (ab 11 schon): einen Index je Partition von Hand bauen oder aktualisieren</translation>
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
    <message numerus="yes">
        <source>Pick one of the server&apos;s %n database(s) from the list of the Database field.</source>
        <translation>
            <numerusform>Wählen Sie die %n Datenbank des Servers aus der Liste des Felds Datenbank.</numerusform>
            <numerusform>Wählen Sie eine der %n Datenbanken des Servers aus der Liste des Felds Datenbank.</numerusform>
        </translation>
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
    <name>ConnectionUri</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>malformed connection string: %1</source>
        <translation>fehlerhafte Verbindungszeichenkette: %1</translation>
    </message>
    <message>
        <source>malformed MySQL connection URI: %1 (write mysql://user@host:port/database?ssl-mode=required)</source>
        <translation>fehlerhafte MySQL-Verbindungs-URI: %1 (schreiben Sie mysql://user@host:port/database?ssl-mode=required)</translation>
    </message>
    <message>
        <source>no &quot;//&quot; after the scheme</source>
        <translation>kein „//“ nach dem Schema</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Option „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>unclosed &quot;[&quot; in the host</source>
        <translation>nicht geschlossenes „[“ im Host</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;</source>
        <translation>ungültiger Port „%1“</translation>
    </message>
    <message>
        <source>invalid ssl-mode &quot;%1&quot; (use %2)</source>
        <translation>ungültiger ssl-mode „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>connect-timeout must be a positive number of seconds</source>
        <translation>connect-timeout muss eine positive Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>empty connection string</source>
        <translation>leere Verbindungszeichenkette</translation>
    </message>
    <message>
        <source>sqlite URI without a file path (write sqlite:PATH)</source>
        <translation>sqlite-URI ohne Dateipfad (schreiben Sie sqlite:PFAD)</translation>
    </message>
    <message>
        <source>unknown connection scheme &quot;%1&quot; (use postgresql://, a key=value string, or sqlite:PATH)</source>
        <translation>unbekanntes Verbindungsschema „%1“ (verwenden Sie postgresql://, eine key=value-Zeichenkette oder sqlite:PFAD)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a connection string (use postgresql://user@host:port/db, host=... dbname=..., or sqlite:PATH)</source>
        <translation>„%1“ ist als Verbindungszeichenkette nicht lesbar (verwenden Sie postgresql://user@host:port/db, host=... dbname=... oder sqlite:PFAD)</translation>
    </message>
    <message>
        <source>malformed connection string: invalid port &quot;%1&quot;</source>
        <translation>fehlerhafte Verbindungszeichenkette: ungültiger Port „%1“</translation>
    </message>
    <message>
        <source>malformed connection string: invalid sslmode &quot;%1&quot; (use %2)</source>
        <translation>fehlerhafte Verbindungszeichenkette: ungültiger sslmode „%1“ (verwenden Sie %2)</translation>
    </message>
</context>
<context>
    <name>DatabasePicker</name>
    <message>
        <source>Databases on the server</source>
        <translation>Datenbanken auf dem Server</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Datenbank wählen</translation>
    </message>
    <message>
        <source>Test the connection first: the server then lists its databases</source>
        <translation>Testen Sie zuerst die Verbindung: dann nennt der Server seine Datenbanken</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the %n database(s) on the server</source>
        <translation>
            <numerusform>Wählen Sie die %n Datenbank auf dem Server</numerusform>
            <numerusform>Wählen Sie eine der %n Datenbanken auf dem Server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DdlExecutor</name>
    <message>
        <source>index %1 is INVALID (left by a failed CREATE INDEX CONCURRENTLY): drop it and build it again?</source>
        <translation>Index %1 ist INVALID (von einem fehlgeschlagenen CREATE INDEX CONCURRENTLY hinterlassen): löschen und neu aufbauen?</translation>
    </message>
    <message>
        <source>index %1 is INVALID (a CREATE INDEX CONCURRENTLY failed): run again with --retry-invalid-index, or drop it yourself with %2</source>
        <translation>Index %1 ist INVALID (ein CREATE INDEX CONCURRENTLY ist fehlgeschlagen): erneut mit --retry-invalid-index ausführen oder ihn selbst mit %2 löschen</translation>
    </message>
    <message>
        <source>index %1 is INVALID: dropping it (%2) to build it again</source>
        <translation>Index %1 ist INVALID: wird gelöscht (%2) und neu aufgebaut</translation>
    </message>
    <message>
        <source>would run: %1 (%2; lock: %3)</source>
        <translation>würde ausführen: %1 (%2; Sperre: %3)</translation>
    </message>
    <message>
        <source>stopped before %1 statement %2; run again to resume</source>
        <translation>vor %1-Anweisung %2 angehalten; zum Fortsetzen erneut ausführen</translation>
    </message>
    <message>
        <source>already done: %1</source>
        <translation>bereits erledigt: %1</translation>
    </message>
    <message>
        <source>%1 (%2 ms%3)</source>
        <translation>%1 (%2 ms%3)</translation>
    </message>
    <message>
        <source>, attempt %1</source>
        <translation>, Versuch %1</translation>
    </message>
    <message>
        <source>stopped during %1 statement %2 (canceled); run again to resume</source>
        <translation>während %1-Anweisung %2 angehalten (abgebrochen); zum Fortsetzen erneut ausführen</translation>
    </message>
    <message>
        <source>lock not available within %1 %2%3</source>
        <translation>Sperre nicht innerhalb von %1 %2 verfügbar%3</translation>
    </message>
    <message>
        <source>deadlock or serialization failure (%1)</source>
        <translation>Deadlock oder Serialisierungsfehler (%1)</translation>
    </message>
    <message>
        <source>%1 statement %2 gave up after %3 attempts in %4 s: %5; the table was never blocked. Run again later (or end the blocking transaction)</source>
        <translation>%1-Anweisung %2 nach %3 Versuchen in %4 s aufgegeben: %5; die Tabelle war zu keinem Zeitpunkt blockiert. Später erneut ausführen (oder die blockierende Transaktion beenden)</translation>
    </message>
    <message>
        <source>stopped while %1 statement %2 waited to retry; run again to resume</source>
        <translation>angehalten, während %1-Anweisung %2 auf einen neuen Versuch wartete; zum Fortsetzen erneut ausführen</translation>
    </message>
    <message>
        <source> (%1 %2: raise backfill.statement_timeout_ms in the plan)</source>
        <translation> (%1 %2: backfill.statement_timeout_ms im Plan erhöhen)</translation>
    </message>
    <message>
        <source> (the role needs to own %1)</source>
        <translation> (die Rolle muss Eigentümer von %1 sein)</translation>
    </message>
    <message>
        <source> (the account needs ALTER on %1)</source>
        <translation> (das Konto braucht ALTER auf %1)</translation>
    </message>
    <message>
        <source>; it left the INVALID index %1: run again with --retry-invalid-index to drop and rebuild it</source>
        <translation>; sie hat den INVALID-Index %1 hinterlassen: erneut mit --retry-invalid-index ausführen, um ihn zu löschen und neu aufzubauen</translation>
    </message>
    <message>
        <source>%1 statement %2 failed: %3</source>
        <translation>%1-Anweisung %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>rückgängig: %1</translation>
    </message>
    <message>
        <source>attempt %1 of %2: %3; retrying in %4 ms (%5 s left to retry)</source>
        <translation>Versuch %1 von %2: %3; neuer Versuch in %4 ms (noch %5 s für Versuche)</translation>
    </message>
</context>
<context>
    <name>DesignerMessage</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
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
        <source>Nullability</source>
        <translation>NULL-Fähigkeit</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Erlaubte Werte</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Backfill settings</source>
        <translation>Backfill-Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>A&amp;usschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>&amp;Go to line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Verv&amp;ollständigen</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Space</translation>
    </message>
    <message>
        <source>Table, column, type and function names of the connected database, and the script&apos;s words</source>
        <translation>Tabellen-, Spalten-, Typ- und Funktionsnamen der verbundenen Datenbank und die Wörter des Skripts</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Text vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Text verk&amp;leinern</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>&amp;Line (1 to %1):</source>
        <translation>&amp;Zeile (1 bis %1):</translation>
    </message>
</context>
<context>
    <name>EnforceGuard</name>
    <message>
        <source>without a value for %1</source>
        <translation>ohne Wert für %1</translation>
    </message>
    <message>
        <source>violating &quot;%1&quot;</source>
        <translation>die „%1“ verletzen</translation>
    </message>
    <message>
        <source>stopped before %1 added anything; run again to resume</source>
        <translation>angehalten, bevor %1 etwas hinzugefügt hat; zum Fortsetzen erneut ausführen</translation>
    </message>
    <message>
        <source>filled %1 rows left without a value before enforcing</source>
        <translation>%1 Zeilen ohne Wert vor dem Erzwingen gefüllt</translation>
    </message>
    <message>
        <source>%1 rows %2</source>
        <translation>%1 Zeilen %2</translation>
    </message>
    <message>
        <source>%1 rows arrived %2 during each of 20 sweep passes</source>
        <translation>%1 Zeilen kamen %2 während jedes von 20 Nachfülldurchläufen hinzu</translation>
    </message>
    <message>
        <source>%1 exist now</source>
        <translation>%1 existieren jetzt</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>no row violates what enforce adds; watching %1 s for rows arriving %2</source>
        <translation>keine Zeile verletzt, was enforce hinzufügt; %1 s Beobachtung auf Zeilen, die %2 hinzukommen</translation>
    </message>
    <message>
        <source>%1 rows arrived %2</source>
        <translation>%1 Zeilen kamen %2 hinzu</translation>
    </message>
    <message>
        <source>%1 in %2 s of watching (since %3 UTC)</source>
        <translation>%1 in %2 s Beobachtung (seit %3 UTC)</translation>
    </message>
    <message>
        <source>none arrived while watching: enforcing</source>
        <translation>während der Beobachtung kam keine hinzu: wird erzwungen</translation>
    </message>
    <message>
        <source>not enforcing yet: %1</source>
        <translation>noch nicht erzwungen: %1</translation>
    </message>
    <message>
        <source>the application still writes rows that would be rejected: deploy the version that writes %1, give the column a default, or turn on the sync trigger</source>
        <translation>die Anwendung schreibt noch Zeilen, die abgelehnt würden: die Version ausrollen, die %1 schreibt, der Spalte einen Default geben oder den Sync-Trigger einschalten</translation>
    </message>
    <message>
        <source>%1: enforcing now would make the application&apos;s writes fail. Sweep and watch again?</source>
        <translation>%1: Jetzt zu erzwingen würde Schreibvorgänge der Anwendung fehlschlagen lassen. Nachfüllen und erneut beobachten?</translation>
    </message>
    <message>
        <source>%1 stopped before adding anything: %2; %3, then run again</source>
        <translation>%1 angehalten, bevor etwas hinzugefügt wurde: %2; %3, dann erneut ausführen</translation>
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
    <name>ExpressionChecker</name>
    <message>
        <source>gives a fraction in %L1 of %L2 rows (for example %3): SQLite keeps such a value as REAL in the %4 column instead of an integer; write CAST(round(%5) AS INTEGER)</source>
        <translation>ergibt in %L1 von %L2 Zeilen einen Bruch (zum Beispiel %3): SQLite speichert einen solchen Wert in der %4-Spalte als REAL statt als ganze Zahl; schreiben Sie CAST(round(%5) AS INTEGER)</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message>
        <source>nests about %1 levels deep (limit %2)</source>
        <translation>ist etwa %1 Ebenen tief verschachtelt (Grenze %2)</translation>
    </message>
</context>
<context>
    <name>FidelityReport</name>
    <message>
        <source>null fraction %1 vs %2 on the source</source>
        <translation>NULL-Anteil %1 gegenüber %2 in der Quelle</translation>
    </message>
    <message>
        <source>%L1 distinct values vs %L2 expected</source>
        <translation>%L1 verschiedene Werte gegenüber %L2 erwarteten</translation>
    </message>
    <message>
        <source>a top value&apos;s frequency differs by %1</source>
        <translation>die Häufigkeit eines häufigsten Werts weicht um %1 ab</translation>
    </message>
</context>
<context>
    <name>FindBarWidget</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer Ausdr&amp;uck</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Find in the SQL</source>
        <translation>Im SQL suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>text to find in the script</source>
        <translation>Text, der im Skript gesucht wird</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>ECMAScript syntax; \1 in the replacement is the first group</source>
        <translation>ECMAScript-Syntax; \1 im Ersatz ist die erste Gruppe</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Replace wit&amp;h:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Von oben fortgesetzt</translation>
    </message>
    <message>
        <source>Continued from the bottom</source>
        <translation>Von unten fortgesetzt</translation>
    </message>
    <message>
        <source>The plan is not complete yet: there is no script to change</source>
        <translation>Der Plan ist noch nicht vollständig: es gibt kein Skript zu ändern</translation>
    </message>
    <message>
        <source>Skipped: the header and the phase banners are generated</source>
        <translation>Übersprungen: Kopf und Phasen-Kopfzeilen werden erzeugt</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in generated lines left alone)</source>
        <translation>
            <numerusform>(%n in erzeugten Zeilen unverändert)</numerusform>
            <numerusform>(%n in erzeugten Zeilen unverändert)</numerusform>
        </translation>
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
    <name>IdentifierRules</name>
    <message>
        <source>the table</source>
        <translation>der Tabelle</translation>
    </message>
    <message>
        <source>a name saying what it holds</source>
        <translation>ein Name, der sagt, was sie enthält</translation>
    </message>
    <message>
        <source>column name &quot;%1&quot; does not say what it holds; a reader of the table will have to guess</source>
        <translation>Spaltenname „%1“ sagt nicht, was die Spalte enthält; wer die Tabelle liest, muss raten</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; references another table; name it *_id</source>
        <translation>Spalte „%1“ referenziert eine andere Tabelle; nennen Sie sie *_id</translation>
    </message>
    <message>
        <source>timestamp column &quot;%1&quot;: the convention is *_at (created_at, shipped_at)</source>
        <translation>Zeitstempelspalte „%1“: die Konvention ist *_at (created_at, shipped_at)</translation>
    </message>
    <message>
        <source>boolean column &quot;%1&quot;: the convention is is_* or has_* (is_active, has_invoice)</source>
        <translation>boolesche Spalte „%1“: die Konvention ist is_* oder has_* (is_active, has_invoice)</translation>
    </message>
    <message>
        <source>counter column &quot;%1&quot;: the convention is *_count</source>
        <translation>Zählerspalte „%1“: die Konvention ist *_count</translation>
    </message>
    <message>
        <source>%1 name is empty</source>
        <translation>%1: Name ist leer</translation>
    </message>
    <message>
        <source>starts with a digit</source>
        <translation>beginnt mit einer Ziffer</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>contains characters other than letters, digits and _</source>
        <translation>enthält andere Zeichen als Buchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>%1 name &quot;%2&quot; %3; it would need quoting in every query</source>
        <translation>%1: Name „%2“ %3; er müsste in jeder Abfrage in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>%1 name &quot;%2&quot; is %3 bytes; %4 allows at most %5%6</source>
        <translation>%1: Name „%2“ hat %3 Bytes; %4 erlaubt höchstens %5%6</translation>
    </message>
    <message>
        <source> (longer names are silently truncated)</source>
        <translation> (längere Namen werden stillschweigend gekürzt)</translation>
    </message>
    <message>
        <source>%1 name &quot;%2&quot; is a reserved word in %3; every query would have to quote it</source>
        <translation>%1: Name „%2“ ist in %3 ein reserviertes Wort; jede Abfrage müsste ihn in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; already exists in %2</source>
        <translation>Spalte „%1“ existiert bereits in %2</translation>
    </message>
    <message>
        <source>unquoted, both names mean the same column</source>
        <translation>ohne Anführungszeichen meinen beide Namen dieselbe Spalte</translation>
    </message>
    <message>
        <source>%1 compares column names without case</source>
        <translation>%1 vergleicht Spaltennamen ohne Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; clashes with existing column &quot;%2&quot; (%3)</source>
        <translation>Spalte „%1“ kollidiert mit der vorhandenen Spalte „%2“ (%3)</translation>
    </message>
    <message>
        <source>column name &quot;%1&quot; is not snake_case%2</source>
        <translation>Spaltenname „%1“ ist nicht snake_case%2</translation>
    </message>
    <message>
        <source>; PostgreSQL folds unquoted names to lower case, so it must be quoted forever</source>
        <translation>; PostgreSQL wandelt Namen ohne Anführungszeichen in Kleinbuchstaben um, daher muss er für immer in Anführungszeichen stehen</translation>
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
        <translation>Backend-Abfrage abbre&amp;chen...</translation>
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
    <name>LiveImpactAnalyzer</name>
    <message>
        <source>no table lock</source>
        <translation>keine Tabellensperre</translation>
    </message>
    <message>
        <source>does not touch %1: not estimated</source>
        <translation>berührt %1 nicht: nicht geschätzt</translation>
    </message>
    <message>
        <source>%1 heap at %2 (assumed scan rate) x %3 for writing new row versions, WAL and index entries; %4 batches of up to %5 rows</source>
        <translation>%1 Heap bei %2 (angenommene Scanrate) x %3 für das Schreiben neuer Zeilenversionen, WAL und Indexeinträge; %4 Batches von bis zu %5 Zeilen</translation>
    </message>
    <message>
        <source> (total over all repetitions)</source>
        <translation> (Summe über alle Wiederholungen)</translation>
    </message>
    <message>
        <source>rewrites %1 (table, TOAST and indexes) at %2 / %3 (assumed)</source>
        <translation>schreibt %1 um (Tabelle, TOAST und Indizes) bei %2 / %3 (angenommen)</translation>
    </message>
    <message>
        <source>%1 heap at %2 (assumed) x %3 (%4 plus sort)</source>
        <translation>%1 Heap bei %2 (angenommen) x %3 (%4 plus Sortierung)</translation>
    </message>
    <message>
        <source>two scans</source>
        <translation>zwei Scans</translation>
    </message>
    <message>
        <source>one scan</source>
        <translation>ein Scan</translation>
    </message>
    <message>
        <source>; also waits for older snapshots and transactions</source>
        <translation>; wartet auch auf ältere Snapshots und Transaktionen</translation>
    </message>
    <message>
        <source>one scan of %1 heap at %2 (assumed)</source>
        <translation>ein Scan von %1 Heap bei %2 (angenommen)</translation>
    </message>
    <message>
        <source>catalog change only, once the lock is granted</source>
        <translation>nur eine Katalogänderung, sobald die Sperre gewährt ist</translation>
    </message>
    <message>
        <source>the table is empty: there is no batch to explain</source>
        <translation>die Tabelle ist leer: es gibt keinen Batch zu erklären</translation>
    </message>
    <message>
        <source>column %1 does not exist yet: explained the batch&apos;s read (same key range and expression) instead of its UPDATE</source>
        <translation>Spalte %1 existiert noch nicht: statt des UPDATE wurde das Lesen des Batches erklärt (gleicher Schlüsselbereich und Ausdruck)</translation>
    </message>
    <message>
        <source>could not explain a batch: %1</source>
        <translation>ein Batch ließ sich nicht erklären: %1</translation>
    </message>
    <message>
        <source>table %1 does not exist on this database</source>
        <translation>Tabelle %1 existiert in dieser Datenbank nicht</translation>
    </message>
    <message>
        <source>rows x (row bytes + %1 B record overhead) + heap pages x 8 KB full-page images%2 + rows x indexes x %3 B index entries (non-HOT updates, an upper bound) = %4 x (%5 + %1) + %6 x 8192 + %4 x %7 x %3 = %8</source>
        <translation>Zeilen x (Zeilenbytes + %1 B Satz-Overhead) + Heap-Seiten x 8 KB Full-Page-Images%2 + Zeilen x Indizes x %3 B Indexeinträge (Nicht-HOT-Updates, eine Obergrenze) = %4 x (%5 + %1) + %6 x 8192 + %4 x %7 x %3 = %8</translation>
    </message>
    <message>
        <source> (off: full_page_writes is off)</source>
        <translation> (aus: full_page_writes ist aus)</translation>
    </message>
    <message>
        <source>prepared transaction</source>
        <translation>vorbereitete Transaktion</translation>
    </message>
    <message>
        <source>the live forecast needs a PostgreSQL server</source>
        <translation>die Live-Prognose braucht einen PostgreSQL-Server</translation>
    </message>
    <message>
        <source>backfill batches: ROW EXCLUSIVE on the table and row locks of one batch at a time</source>
        <translation>Backfill-Batches: ROW EXCLUSIVE auf der Tabelle und Zeilensperren jeweils eines Batches</translation>
    </message>
</context>
<context>
    <name>LockForecaster</name>
    <message>
        <source>the column type changes: the table and its indexes are rewritten</source>
        <translation>der Spaltentyp ändert sich: die Tabelle und ihre Indizes werden umgeschrieben</translation>
    </message>
    <message>
        <source>SET NOT NULL scans every row</source>
        <translation>SET NOT NULL scannt jede Zeile</translation>
    </message>
    <message>
        <source>the foreign key is validated by a scan</source>
        <translation>der Fremdschlüssel wird durch einen Scan validiert</translation>
    </message>
    <message>
        <source>the check is validated by a scan</source>
        <translation>der CHECK wird durch einen Scan validiert</translation>
    </message>
    <message>
        <source>an index is built</source>
        <translation>ein Index wird gebaut</translation>
    </message>
    <message>
        <source>VALIDATE scans the table but lets reads and writes continue</source>
        <translation>VALIDATE scannt die Tabelle, lässt Lese- und Schreibzugriffe aber weiterlaufen</translation>
    </message>
    <message>
        <source>the table is copied</source>
        <translation>die Tabelle wird kopiert</translation>
    </message>
    <message>
        <source>the partition is scanned unless a CHECK proves the bound</source>
        <translation>die Partition wird gescannt, außer ein CHECK belegt die Grenze</translation>
    </message>
    <message>
        <source>two scans; waits for transactions that could see the old state</source>
        <translation>zwei Scans; wartet auf Transaktionen, die den alten Zustand sehen könnten</translation>
    </message>
    <message>
        <source>writes wait for the whole index build</source>
        <translation>Schreibzugriffe warten auf den ganzen Indexbau</translation>
    </message>
    <message>
        <source>the index&apos;s table is locked ACCESS EXCLUSIVE too</source>
        <translation>die Tabelle des Index wird ebenfalls mit ACCESS EXCLUSIVE gesperrt</translation>
    </message>
    <message>
        <source>the index&apos;s table is locked SHARE (writes wait)</source>
        <translation>die Tabelle des Index wird mit SHARE gesperrt (Schreibzugriffe warten)</translation>
    </message>
    <message>
        <source>a procedural block: locks are taken by the statements inside</source>
        <translation>ein prozeduraler Block: Sperren nehmen die Anweisungen darin</translation>
    </message>
    <message>
        <source>the partition&apos;s index joins its parent&apos;s (the parent turns valid once every partition&apos;s is attached)</source>
        <translation>der Index der Partition wird an den des Elternindex angehängt (der Elternindex wird gültig, sobald der jeder Partition angehängt ist)</translation>
    </message>
    <message>
        <source>the partitioned table alone: nothing is built or scanned</source>
        <translation>nur die partitionierte Tabelle: nichts wird gebaut oder gescannt</translation>
    </message>
</context>
<context>
    <name>LockMatrix</name>
    <message>
        <source>reads</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>DDL and VACUUM</source>
        <translation>DDL und VACUUM</translation>
    </message>
    <message>
        <source>conflicting DDL</source>
        <translation>konfliktträchtige DDL</translation>
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
        <source>D&amp;isconnect</source>
        <translation>Verbindung &amp;trennen</translation>
    </message>
    <message>
        <source>Open a sa&amp;mple plan…</source>
        <translation>Beispiel&amp;plan öffnen…</translation>
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
        <translation>Plan auf Staging p&amp;roben…</translation>
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
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Could not read the catalog of %1: %2</source>
        <translation>Der Katalog von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1. Still connected to %2.</source>
        <translation>%1. Weiterhin verbunden mit %2.</translation>
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
    <name>MigrationExporter</name>
    <message>
        <source>Django app label &quot;%1&quot; is not a Python identifier</source>
        <translation>Django-App-Label „%1“ ist kein Python-Bezeichner</translation>
    </message>
    <message>
        <source>%1 export needs a PostgreSQL plan (this one targets %2); use --to sql</source>
        <translation>Export nach %1 braucht einen PostgreSQL-Plan (dieser zielt auf %2); verwenden Sie --to sql</translation>
    </message>
    <message>
        <source>output %1 is a file, not a directory</source>
        <translation>Ausgabe %1 ist eine Datei, kein Verzeichnis</translation>
    </message>
    <message>
        <source>output directory %1 is not empty (use --force to replace the exported files in it)</source>
        <translation>Ausgabeverzeichnis %1 ist nicht leer (verwenden Sie --force, um die exportierten Dateien darin zu ersetzen)</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Liquibase export: a line of the SQL starts with &quot;%1&quot;, which Liquibase would read as its own directive; use --to sql or flyway</source>
        <translation>Liquibase-Export: Eine Zeile des SQL beginnt mit „%1“, was Liquibase als eigene Direktive lesen würde; verwenden Sie --to sql oder flyway</translation>
    </message>
    <message>
        <source>Liquibase export: the SQL holds a carriage return, which would end a &quot;--rollback&quot; comment line early; use --to sql or flyway</source>
        <translation>Liquibase-Export: Das SQL enthält einen Wagenrücklauf, der eine „--rollback“-Kommentarzeile vorzeitig beenden würde; --to sql oder flyway verwenden</translation>
    </message>
</context>
<context>
    <name>MysqlAlgorithmGuard</name>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 uses the %2 engine: no transactions (a batch cut short is not rolled back; the IS NULL guard makes redoing it safe), each batch locks the whole table while it runs, and every ALTER copies the table; convert it to InnoDB for an online change</source>
        <translation>%1 verwendet die Engine %2: keine Transaktionen (ein abgebrochener Batch wird nicht zurückgerollt; die IS-NULL-Bedingung macht die Wiederholung sicher), jeder Batch sperrt während seiner Laufzeit die ganze Tabelle, und jedes ALTER kopiert die Tabelle; für eine Online-Änderung nach InnoDB konvertieren</translation>
    </message>
    <message>
        <source>%1 refuses %2 statement %3 (%4) with every algorithm: %5; nothing was changed</source>
        <translation>%1 lehnt %2-Anweisung %3 (%4) mit jedem Algorithmus ab: %5; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 statement(s) would block writes to %2 (%3, about %4 rows) until they end</source>
        <translation>%1 Anweisung(en) würden Schreibzugriffe auf %2 (%3, etwa %4 Zeilen) bis zu ihrem Ende blockieren</translation>
    </message>
    <message>
        <source>would need --accept-blocking-copy: %1</source>
        <translation>bräuchte --accept-blocking-copy: %1</translation>
    </message>
    <message>
        <source>%1: accept the blocking copy?</source>
        <translation>%1: die blockierende Kopie akzeptieren?</translation>
    </message>
    <message>
        <source>a yes at the gate</source>
        <translation>ein Ja am Haltepunkt</translation>
    </message>
    <message>
        <source>refusing to run: %1 (%2); accept it with --accept-blocking-copy (journaled), run it in a quiet window, or change the plan; nothing was changed</source>
        <translation>Ausführung verweigert: %1 (%2); mit --accept-blocking-copy akzeptieren (wird protokolliert), in einem ruhigen Zeitfenster ausführen oder den Plan ändern; nichts wurde geändert</translation>
    </message>
    <message>
        <source>blocking copy accepted by %1 through %2: %3</source>
        <translation>blockierende Kopie von %1 über %2 akzeptiert: %3</translation>
    </message>
    <message>
        <source>%1 refuses &quot;%2&quot; as written; it runs with %3 instead</source>
        <translation>%1 lehnt „%2“ in der geschriebenen Form ab; es läuft stattdessen mit %3</translation>
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
    <name>MysqlForecaster</name>
    <message>
        <source>metadata change only: no row is touched; an exclusive metadata lock for a moment at the start</source>
        <translation>nur eine Metadatenänderung: keine Zeile wird angefasst; zu Beginn kurz eine exklusive Metadatensperre</translation>
    </message>
    <message>
        <source>the table is rebuilt in place while reads and writes go on; exclusive metadata lock briefly at start and end</source>
        <translation>die Tabelle wird an Ort und Stelle neu aufgebaut, während Lese- und Schreibzugriffe weiterlaufen; exklusive Metadatensperre kurz am Anfang und am Ende</translation>
    </message>
    <message>
        <source>built in place while reads and writes go on; exclusive metadata lock briefly at start and end</source>
        <translation>an Ort und Stelle aufgebaut, während Lese- und Schreibzugriffe weiterlaufen; exklusive Metadatensperre kurz am Anfang und am Ende</translation>
    </message>
    <message>
        <source>in place, but writes wait until it ends (reads go on)</source>
        <translation>an Ort und Stelle, aber Schreibzugriffe warten bis zum Ende (Lesezugriffe laufen weiter)</translation>
    </message>
    <message>
        <source>the table is copied row by row: writes wait until it ends (reads go on)</source>
        <translation>die Tabelle wird Zeile für Zeile kopiert: Schreibzugriffe warten bis zum Ende (Lesezugriffe laufen weiter)</translation>
    </message>
    <message>
        <source>the table is copied row by row: reads and writes wait until it ends</source>
        <translation>die Tabelle wird Zeile für Zeile kopiert: Lese- und Schreibzugriffe warten bis zum Ende</translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation>in der geschriebenen Form: %1</translation>
    </message>
    <message>
        <source>the server refuses the statement as written; it would accept ALGORITHM=%1, LOCK=%2</source>
        <translation>der Server lehnt die Anweisung in der geschriebenen Form ab; er würde ALGORITHM=%1, LOCK=%2 akzeptieren</translation>
    </message>
    <message>
        <source>the server refuses this statement with every algorithm</source>
        <translation>der Server lehnt diese Anweisung mit jedem Algorithmus ab</translation>
    </message>
    <message>
        <source>could not make an empty copy of the table to ask the server (%1); the algorithm shown is what the script requests</source>
        <translation>konnte keine leere Kopie der Tabelle anlegen, um den Server zu fragen (%1); der angezeigte Algorithmus ist der vom Skript angeforderte</translation>
    </message>
    <message>
        <source>confirmed by the server on an empty copy of the table</source>
        <translation>vom Server an einer leeren Kopie der Tabelle bestätigt</translation>
    </message>
    <message>
        <source>; INSTANT is not possible here</source>
        <translation>; INSTANT ist hier nicht möglich</translation>
    </message>
    <message>
        <source> (engine %1: only InnoDB alters in place)</source>
        <translation> (Engine %1: nur InnoDB ändert an Ort und Stelle)</translation>
    </message>
    <message>
        <source> (the table has a FULLTEXT index)</source>
        <translation> (die Tabelle hat einen FULLTEXT-Index)</translation>
    </message>
    <message>
        <source>row locks of one batch at a time; other rows stay writable</source>
        <translation>Zeilensperren jeweils eines Batches; andere Zeilen bleiben beschreibbar</translation>
    </message>
    <message>
        <source>reads only</source>
        <translation>nur Lesezugriffe</translation>
    </message>
    <message>
        <source>metadata locks are not visible (performance_schema off or its mdl instrument disabled): start the server with performance_schema=ON and performance-schema-instrument=&apos;wait/lock/metadata/sql/mdl=ON&apos; to see who holds the table; every open transaction below may hold it</source>
        <translation>Metadatensperren sind nicht sichtbar (performance_schema aus oder sein mdl-Instrument deaktiviert): den Server mit performance_schema=ON und performance-schema-instrument=&apos;wait/lock/metadata/sql/mdl=ON&apos; starten, um zu sehen, wer die Tabelle hält; jede unten aufgeführte offene Transaktion kann sie halten</translation>
    </message>
    <message>
        <source>no replica registered with this server</source>
        <translation>kein Replikat bei diesem Server registriert</translation>
    </message>
    <message>
        <source>replication status not readable (%1): grant REPLICATION CLIENT (MySQL) or REPLICATION MASTER ADMIN / SLAVE MONITOR (MariaDB)</source>
        <translation>Replikationsstatus nicht lesbar (%1): REPLICATION CLIENT (MySQL) oder REPLICATION MASTER ADMIN / SLAVE MONITOR (MariaDB) gewähren</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>nicht gemessen: %1</translation>
    </message>
    <message>
        <source>not applying: %1</source>
        <translation>spielt nicht ein: %1</translation>
    </message>
    <message>
        <source>%1 ms behind%2: %3</source>
        <translation>%1 ms im Rückstand%2: %3</translation>
    </message>
    <message>
        <source>, %1 bytes of binary log not executed</source>
        <translation>, %1 Bytes Binärlog nicht ausgeführt</translation>
    </message>
    <message>
        <source>server id %1, </source>
        <translation>Server-ID %1, </translation>
    </message>
    <message>
        <source>named in the URI</source>
        <translation>in der URI genannt</translation>
    </message>
    <message>
        <source>registered with the primary</source>
        <translation>beim Primärserver registriert</translation>
    </message>
    <message>
        <source>each replica&apos;s lag is read on the replica, with this connection&apos;s credentials</source>
        <translation>die Verzögerung jedes Replikats wird auf dem Replikat gelesen, mit den Zugangsdaten dieser Verbindung</translation>
    </message>
</context>
<context>
    <name>MysqlReplicaLagMeter</name>
    <message>
        <source>domain %1 at %2</source>
        <translation>Domäne %1 bei %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the replicas registered with %1 cannot be listed (%2): grant %3, or name them with ?replica=host:port</source>
        <translation>die bei %1 registrierten Replikate können nicht aufgelistet werden (%2): %3 gewähren oder sie mit ?replica=host:port nennen</translation>
    </message>
    <message>
        <source>a replica (server id %1) is connected to %2 without reporting its address: set report_host and report_port on it, or name it with ?replica=host:port; its lag is not counted</source>
        <translation>ein Replikat (Server-ID %1) ist mit %2 verbunden, ohne seine Adresse zu melden: report_host und report_port darauf setzen oder es mit ?replica=host:port nennen; seine Verzögerung wird nicht gezählt</translation>
    </message>
    <message>
        <source>%1 writes no binary log (log_bin is off), so no replica can follow it</source>
        <translation>%1 schreibt kein Binärlog (log_bin ist aus), daher kann ihm kein Replikat folgen</translation>
    </message>
    <message>
        <source>the binary log position of %1 cannot be read (%2): grant %3; lag is then Seconds_Behind_Master alone (1 s steps, 0 on an idle replica whose IO thread is behind)</source>
        <translation>die Binärlog-Position von %1 kann nicht gelesen werden (%2): %3 gewähren; die Verzögerung ist dann allein Seconds_Behind_Master (in 1-s-Schritten, 0 auf einem untätigen Replikat, dessen IO-Thread im Rückstand ist)</translation>
    </message>
    <message>
        <source>named in the URI</source>
        <translation>in der URI genannt</translation>
    </message>
    <message>
        <source>registered with the primary</source>
        <translation>beim Primärserver registriert</translation>
    </message>
    <message>
        <source>replica %1 (%2) cannot be measured: %3; its lag is not counted</source>
        <translation>Replikat %1 (%2) kann nicht gemessen werden: %3; seine Verzögerung wird nicht gezählt</translation>
    </message>
    <message>
        <source>the same server (server id %1) as another replica in the list</source>
        <translation>derselbe Server (Server-ID %1) wie ein anderes Replikat der Liste</translation>
    </message>
    <message>
        <source>it is not a replica (no replication configured)</source>
        <translation>es ist kein Replikat (keine Replikation eingerichtet)</translation>
    </message>
    <message>
        <source>it does not replicate from server id %1</source>
        <translation>es repliziert nicht von Server-ID %1</translation>
    </message>
    <message>
        <source>its SQL thread is stopped: it applies nothing</source>
        <translation>sein SQL-Thread ist gestoppt: es wendet nichts an</translation>
    </message>
    <message>
        <source>its IO thread is not connected to the primary: it receives nothing</source>
        <translation>sein IO-Thread ist nicht mit dem Primärserver verbunden: es empfängt nichts</translation>
    </message>
    <message>
        <source>its IO thread is stopped: it receives nothing</source>
        <translation>sein IO-Thread ist gestoppt: es empfängt nichts</translation>
    </message>
    <message>
        <source>its Seconds_Behind_Master is NULL: it is not applying</source>
        <translation>sein Seconds_Behind_Master ist NULL: es wendet nichts an</translation>
    </message>
    <message>
        <source>Seconds_Behind_Master is 0</source>
        <translation>Seconds_Behind_Master ist 0</translation>
    </message>
    <message>
        <source>behind by Seconds_Behind_Master</source>
        <translation>im Rückstand laut Seconds_Behind_Master</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <source>behind: it executed %1, the primary is at %2</source>
        <translation>im Rückstand: es hat %1 ausgeführt, der Primärserver ist bei %2</translation>
    </message>
    <message>
        <source>behind: it executed %1:%2, the primary is at %3:%4</source>
        <translation>im Rückstand: es hat %1:%2 ausgeführt, der Primärserver ist bei %3:%4</translation>
    </message>
    <message>
        <source> (it applies %1 s late on purpose: MASTER_DELAY)</source>
        <translation> (es wendet absichtlich %1 s später an: MASTER_DELAY)</translation>
    </message>
</context>
<context>
    <name>MysqlRunDialect</name>
    <message>
        <source>%1 is read-only (%2 is ON; a replica?): run against the primary</source>
        <translation>%1 ist schreibgeschützt (%2 ist ON; ein Replikat?): gegen den Primärserver ausführen</translation>
    </message>
    <message>
        <source>%1 is a replica (SHOW SLAVE STATUS lists its primary): changing it would make it diverge; run against the primary</source>
        <translation>%1 ist ein Replikat (SHOW SLAVE STATUS nennt seinen Primärserver): eine Änderung würde es abweichen lassen; gegen den Primärserver ausführen</translation>
    </message>
    <message>
        <source>account %1 lacks %2 on %3, which the run needs (ALTER for the column, UPDATE for the backfill): GRANT %2 ON %3 TO %1; nothing was changed</source>
        <translation>dem Konto %1 fehlt %2 auf %3, das der Lauf braucht (ALTER für die Spalte, UPDATE für den Backfill): GRANT %2 ON %3 TO %1; nichts wurde geändert</translation>
    </message>
    <message>
        <source>connection %1 (%2%3)</source>
        <translation>Verbindung %1 (%2%3)</translation>
    </message>
    <message>
        <source>, transaction open %1 s</source>
        <translation>, Transaktion seit %1 s offen</translation>
    </message>
    <message>
        <source>, held by </source>
        <translation>, gehalten von </translation>
    </message>
    <message>
        <source>replica lag cannot be measured (%1); the backfill is not throttled on lag</source>
        <translation>Replikatverzögerung nicht messbar (%1); der Backfill wird nicht nach Verzögerung gedrosselt</translation>
    </message>
    <message>
        <source>no replica could be read</source>
        <translation>kein Replikat war lesbar</translation>
    </message>
    <message>
        <source>not applying</source>
        <translation>spielt nichts ein</translation>
    </message>
    <message>
        <source>%1 ms behind</source>
        <translation>%1 ms zurück</translation>
    </message>
    <message>
        <source>throttled: replica %1 is %2 (%3), over the limit of %4 ms: waiting</source>
        <translation>gedrosselt: Replikat %1 %2 (%3), über dem Grenzwert von %4 ms: warte</translation>
    </message>
</context>
<context>
    <name>MysqlSession</name>
    <message>
        <source> (check the user and the password in ~/.my.cnf, the keychain or the URI)</source>
        <translation> (Benutzer und Passwort in ~/.my.cnf, im Schlüsselbund oder in der URI prüfen)</translation>
    </message>
    <message>
        <source> (is the server running and reachable on that host and port?)</source>
        <translation> (läuft der Server und ist er auf diesem Host und Port erreichbar?)</translation>
    </message>
    <message>
        <source> (check the database name)</source>
        <translation> (prüfen Sie den Datenbanknamen)</translation>
    </message>
    <message>
        <source>connect failed on %1: the server offers no TLS but ssl-mode=%2 requires it (enable TLS on the server, or use ssl-mode=preferred)</source>
        <translation>Verbindung zu %1 fehlgeschlagen: der Server bietet kein TLS an, aber ssl-mode=%2 verlangt es (TLS auf dem Server aktivieren oder ssl-mode=preferred verwenden)</translation>
    </message>
    <message>
        <source>connect failed on %1: %2%3</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2%3</translation>
    </message>
    <message>
        <source>statement failed on %1: %2%3</source>
        <translation>Anweisung auf %1 fehlgeschlagen: %2%3</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>no value for parameter $%1 of: %2</source>
        <translation>kein Wert für Parameter $%1 von: %2</translation>
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
    <name>PlanApprovals</name>
    <message>
        <source>approved by %1 (script %2)</source>
        <translation>freigegeben von %1 (Skript %2)</translation>
    </message>
    <message>
        <source>approval is stale: the plan changed after %1 approved it (script now %2)</source>
        <translation>Freigabe veraltet: der Plan wurde geändert, nachdem %1 ihn freigegeben hat (Skript jetzt %2)</translation>
    </message>
    <message>
        <source>not approved (script %1)</source>
        <translation>nicht freigegeben (Skript %1)</translation>
    </message>
    <message>
        <source>$.approvals: must be a list of {by, at, script_sha256, note}</source>
        <translation>$.approvals: muss eine Liste von {by, at, script_sha256, note} sein</translation>
    </message>
    <message>
        <source>%1: an approval needs &quot;by&quot; (who approved)</source>
        <translation>%1: eine Freigabe braucht „by“ (wer freigegeben hat)</translation>
    </message>
    <message>
        <source>%1.at: not an ISO 8601 time</source>
        <translation>%1.at: keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>%1.script_sha256: &quot;%2&quot; is not a SHA-256 (64 lower-case hex digits): the approval is damaged or was tampered with</source>
        <translation>%1.script_sha256: „%2“ ist kein SHA-256 (64 hexadezimale Kleinbuchstaben-Ziffern): die Freigabe ist beschädigt oder wurde manipuliert</translation>
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
    <name>PlanDiff</name>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>the column now allows NULL (was NOT NULL)</source>
        <translation>die Spalte erlaubt jetzt NULL (war NOT NULL)</translation>
    </message>
    <message>
        <source>the column is now NOT NULL (was nullable)</source>
        <translation>die Spalte ist jetzt NOT NULL (war NULL-fähig)</translation>
    </message>
    <message>
        <source>approvals: %1 before, %2 now</source>
        <translation>Freigaben: vorher %1, jetzt %2</translation>
    </message>
    <message>
        <source>the rehearsal report was removed</source>
        <translation>der Bericht des Probelaufs wurde entfernt</translation>
    </message>
    <message>
        <source>a rehearsal report was attached</source>
        <translation>ein Bericht des Probelaufs wurde angehängt</translation>
    </message>
    <message>
        <source>the rehearsal report changed</source>
        <translation>der Bericht des Probelaufs hat sich geändert</translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation>%1: auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1: removed (was %2)</source>
        <translation>%1: entfernt (war %2)</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
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
    <message>
        <source>MySQL names are at most %1 characters</source>
        <translation>MySQL-Namen haben höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>PostgreSQL names are at most %1 bytes</source>
        <translation>PostgreSQL-Namen haben höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a control character (%2 at character %3); write it on one line of printable text</source>
        <translation>„%1“ enthält ein Steuerzeichen (%2 bei Zeichen %3); schreiben Sie es als eine Zeile druckbaren Texts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3</source>
        <translation>„%1“ ist %2 Zeichen lang; höchstens %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes; %3</source>
        <translation>„%1“ hat %2 Bytes; %3</translation>
    </message>
    <message>
        <source>has %1 columns; a key has at most %2 (PostgreSQL&apos;s INDEX_MAX_KEYS)</source>
        <translation>hat %1 Spalten; ein Schlüssel hat höchstens %2 (INDEX_MAX_KEYS von PostgreSQL)</translation>
    </message>
    <message>
        <source>duplicate column &quot;%1&quot;</source>
        <translation>doppelte Spalte „%1“</translation>
    </message>
    <message>
        <source>is %1 characters long; an expression has at most %2</source>
        <translation>ist %1 Zeichen lang; ein Ausdruck hat höchstens %2</translation>
    </message>
    <message>
        <source>has %1 values; at most %2 (a longer list belongs in a lookup table)</source>
        <translation>hat %1 Werte; höchstens %2 (eine längere Liste gehört in eine Nachschlagetabelle)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes; an enum label is at most %3 bytes (PostgreSQL&apos;s limit)</source>
        <translation>„%1“ hat %2 Bytes; ein Enum-Label hat höchstens %3 Bytes (Grenze von PostgreSQL)</translation>
    </message>
    <message>
        <source>has %1 checks; at most %2</source>
        <translation>hat %1 Prüfungen; höchstens %2</translation>
    </message>
    <message>
        <source>%1: the plan is %2 bytes; a plan file has at most %3 bytes</source>
        <translation>%1: Der Plan hat %2 Bytes; eine Plandatei hat höchstens %3 Bytes</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON (the number &quot;%4&quot; is not written as JSON writes numbers, e.g. 5 or 5.0)</source>
        <translation>%1: Zeile %2, Spalte %3: kein gültiges JSON (die Zahl „%4“ ist nicht so geschrieben, wie JSON Zahlen schreibt, z. B. 5 oder 5.0)</translation>
    </message>
</context>
<context>
    <name>PostgresRunDialect</name>
    <message>
        <source>replication lag cannot be measured: the role may not read pg_stat_replication (grant it pg_monitor); the backfill is not throttled on lag</source>
        <translation>die Replikationsverzögerung kann nicht gemessen werden: die Rolle darf pg_stat_replication nicht lesen (pg_monitor gewähren); der Backfill wird nicht nach Verzögerung gedrosselt</translation>
    </message>
    <message>
        <source>%1 is a read-only standby (pg_is_in_recovery() is true): run against the primary</source>
        <translation>%1 ist ein schreibgeschützter Standby (pg_is_in_recovery() ist true): gegen den Primärserver ausführen</translation>
    </message>
    <message>
        <source>role %1 does not own %2 (owner: %3) and cannot add column %4 to it: run as %3 or a member of that role; nothing was changed</source>
        <translation>Rolle %1 ist nicht Eigentümer von %2 (Eigentümer: %3) und kann die Spalte %4 nicht hinzufügen: als %3 oder als Mitglied dieser Rolle ausführen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>role %1 may not UPDATE %2 (owner: %3), which the backfill of %4 needs: GRANT UPDATE ON %2 TO %1, or run as the owner; nothing was changed</source>
        <translation>Rolle %1 darf %2 nicht per UPDATE ändern (Eigentümer: %3), was der Backfill von %4 braucht: GRANT UPDATE ON %2 TO %1, oder als Eigentümer ausführen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>pid %1 (%2, transaction open %3 s)</source>
        <translation>PID %1 (%2, Transaktion seit %3 s offen)</translation>
    </message>
    <message>
        <source>, held by </source>
        <translation>, gehalten von </translation>
    </message>
    <message>
        <source>throttled: replication lag %1 ms on standby %2 (%3 kB of WAL not replayed) is over the limit of %4 ms: waiting</source>
        <translation>gedrosselt: Replikationsverzögerung von %1 ms auf Standby %2 (%3 kB WAL nicht eingespielt) liegt über dem Grenzwert von %4 ms: warte</translation>
    </message>
</context>
<context>
    <name>PostgresSession</name>
    <message>
        <source> (check the user and the password in ~/.pgpass, PGPASSWORD or the keychain)</source>
        <translation> (prüfen Sie Benutzer und Passwort in ~/.pgpass, PGPASSWORD oder im Schlüsselbund)</translation>
    </message>
    <message>
        <source> (is the server running and reachable on that host and port?)</source>
        <translation> (läuft der Server und ist er auf diesem Host und Port erreichbar?)</translation>
    </message>
    <message>
        <source> (check the database name)</source>
        <translation> (prüfen Sie den Datenbanknamen)</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 failed: the connection to %2 was lost (%3)</source>
        <translation>%1 fehlgeschlagen: die Verbindung zu %2 ist abgebrochen (%3)</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost during COMMIT; the outcome is unknown, check before retrying</source>
        <translation>%1: die Verbindung zu %2 brach während COMMIT ab; das Ergebnis ist unbekannt, prüfen Sie es vor einem neuen Versuch</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2%3</source>
        <translation>keine Verbindung zu %1 möglich: %2%3</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>reading the catalog</source>
        <translation>Lesen des Katalogs</translation>
    </message>
    <message>
        <source>reading server activity</source>
        <translation>Lesen der Serveraktivität</translation>
    </message>
    <message>
        <source>load stopped</source>
        <translation>Laden angehalten</translation>
    </message>
    <message>
        <source>the synthetic load handles 1 to %1 columns; %2 has %3</source>
        <translation>das synthetische Laden verarbeitet 1 bis %1 Spalten; %2 hat %3</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>integer cents</source>
        <translation>ganze Cent</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;</source>
        <translation>unbekannte Vorlage „%1“</translation>
    </message>
    <message>
        <source>PostgreSQL 10 cannot add a default without rewriting the table: there the default is set separately and existing rows are filled in batches</source>
        <translation>PostgreSQL 10 kann keinen Default hinzufügen, ohne die Tabelle umzuschreiben: dort wird der Default getrennt gesetzt und vorhandene Zeilen werden in Batches gefüllt</translation>
    </message>
    <message>
        <source>the enum type is named after the table and the column; ALTER TYPE ... ADD VALUE adds a state later without touching the table</source>
        <translation>der Enum-Typ ist nach Tabelle und Spalte benannt; ALTER TYPE ... ADD VALUE fügt später einen Zustand hinzu, ohne die Tabelle anzufassen</translation>
    </message>
    <message>
        <source>SQLite has no enum: TEXT with a CHECK listing the values; changing the list later means a table rebuild</source>
        <translation>SQLite hat kein Enum: TEXT mit einem CHECK, der die Werte auflistet; die Liste später zu ändern bedeutet einen Neuaufbau der Tabelle</translation>
    </message>
    <message>
        <source>%1 adds ENUM values at the end of the list instantly; inserting one in the middle or removing one copies the table</source>
        <translation>%1 fügt ENUM-Werte am Ende der Liste sofort hinzu; einen in der Mitte einzufügen oder einen zu entfernen kopiert die Tabelle</translation>
    </message>
    <message>
        <source>the GIN index serves @&gt;, ? and ?| queries; it is built concurrently but slows writes of the column a little</source>
        <translation>der GIN-Index bedient Abfragen mit @&gt;, ? und ?|; er wird nebenläufig gebaut, verlangsamt aber Schreibzugriffe auf die Spalte ein wenig</translation>
    </message>
    <message>
        <source>no index: add a GIN index once queries filter on the document</source>
        <translation>kein Index: fügen Sie einen GIN-Index hinzu, sobald Abfragen auf dem Dokument filtern</translation>
    </message>
    <message>
        <source>SQLite cannot index a whole document: index json_extract(...) of the keys you query</source>
        <translation>SQLite kann kein ganzes Dokument indizieren: indizieren Sie json_extract(...) der abgefragten Schlüssel</translation>
    </message>
    <message>
        <source>write UTC as &apos;YYYY-MM-DD HH:MM:SS&apos; (datetime(&apos;now&apos;)): text in that form sorts and compares as time</source>
        <translation>schreiben Sie UTC als &apos;YYYY-MM-DD HH:MM:SS&apos; (datetime(&apos;now&apos;)): Text in dieser Form sortiert und vergleicht wie Zeit</translation>
    </message>
    <message>
        <source>datetime(6) stores what it is given: write UTC (UTC_TIMESTAMP(6)); TIMESTAMP would convert by session time zone and ends in 2038</source>
        <translation>datetime(6) speichert, was es bekommt: schreiben Sie UTC (UTC_TIMESTAMP(6)); TIMESTAMP würde nach der Zeitzone der Sitzung umrechnen und endet 2038</translation>
    </message>
    <message>
        <source>%1 stores boolean as tinyint(1): false is 0, true is 1</source>
        <translation>%1 speichert boolean als tinyint(1): false ist 0, true ist 1</translation>
    </message>
    <message>
        <source>InnoDB needs the same type and signedness as %1.%2: change bigint to match it</source>
        <translation>InnoDB braucht denselben Typ und dasselbe Vorzeichen wie %1.%2: ändern Sie bigint passend dazu</translation>
    </message>
    <message>
        <source>without an index, every delete from %1 scans this table</source>
        <translation>ohne Index scannt jedes Löschen aus %1 diese Tabelle</translation>
    </message>
    <message>
        <source>no CHECK (%1 &gt;= 0) on %2: adding a CHECK copies the table; enforce it in the application, or add it in a quiet window</source>
        <translation>kein CHECK (%1 &gt;= 0) auf %2: einen CHECK hinzuzufügen kopiert die Tabelle; erzwingen Sie ihn in der Anwendung oder fügen Sie ihn in einem ruhigen Zeitfenster hinzu</translation>
    </message>
    <message>
        <source>SQLite has no exact decimal type: the amount is stored as integer cents</source>
        <translation>SQLite hat keinen exakten Dezimaltyp: der Betrag wird als ganze Cent gespeichert</translation>
    </message>
    <message>
        <source>amounts are in cents: 12.34 is stored as 1234</source>
        <translation>Beträge sind in Cent: 12.34 wird als 1234 gespeichert</translation>
    </message>
    <message>
        <source>%1 TEXT is stored off-page and cannot have a literal default; use varchar(n) for short values you index</source>
        <translation>%1 speichert TEXT außerhalb der Seite und erlaubt keinen literalen Default; verwenden Sie varchar(n) für kurze Werte, die Sie indizieren</translation>
    </message>
    <message>
        <source>A count of things that happened to the row (refunds, retries, logins). It is a 64-bit integer (bigint) because counters only grow and an integer that overflows at 2^31 fails writes at the worst moment; it is NOT NULL DEFAULT 0 because &quot;no events yet&quot; is zero, not unknown, so every query can add to it without COALESCE. A constant default costs nothing to add: existing rows read it from the catalog, no rewrite and no backfill.</source>
        <translation>Eine Anzahl von Ereignissen der Zeile (Erstattungen, Wiederholungen, Anmeldungen). Eine 64-Bit-Ganzzahl (bigint), weil Zähler nur wachsen und ein integer, der bei 2^31 überläuft, Schreibzugriffe im ungünstigsten Moment scheitern lässt; NOT NULL DEFAULT 0, weil „noch keine Ereignisse“ null ist und nicht unbekannt, sodass jede Abfrage ohne COALESCE addieren kann. Ein konstanter Default kostet nichts: vorhandene Zeilen lesen ihn aus dem Katalog, ohne Umschreiben und ohne Backfill.</translation>
    </message>
    <message>
        <source>One value out of a short, known list (pending, packed, shipped). Constraining the values in the database stops typos and unknown states at the source. NOT NULL with the first value as default, so existing rows start in a defined state. Keep the list to states the application really has: changing it later is a schema change of its own.</source>
        <translation>Ein Wert aus einer kurzen, bekannten Liste (pending, packed, shipped). Die Werte in der Datenbank zu beschränken verhindert Tippfehler und unbekannte Zustände an der Quelle. NOT NULL mit dem ersten Wert als Default, damit vorhandene Zeilen in einem definierten Zustand beginnen. Beschränken Sie die Liste auf Zustände, die die Anwendung wirklich hat: sie später zu ändern ist eine eigene Schemaänderung.</translation>
    </message>
    <message>
        <source>Attributes whose shape varies from row to row or is not settled yet, as one JSON document per row. Nullable without a default: no document is NULL, and adding it rewrites nothing. Move a key to a real column once queries depend on it.</source>
        <translation>Attribute, deren Form von Zeile zu Zeile wechselt oder noch nicht feststeht, als ein JSON-Dokument je Zeile. Nullable ohne Default: kein Dokument ist NULL, und das Hinzufügen schreibt nichts um. Verschieben Sie einen Schlüssel in eine echte Spalte, sobald Abfragen davon abhängen.</translation>
    </message>
    <message>
        <source>The moment something happened to the row (paid, shipped, refunded), stored so that servers and clients in other time zones agree on it. Nullable: NULL means &quot;has not happened&quot;, which is the truth for existing rows.</source>
        <translation>Der Zeitpunkt, zu dem der Zeile etwas geschah (bezahlt, versandt, erstattet), so gespeichert, dass Server und Clients in anderen Zeitzonen darin übereinstimmen. Nullable: NULL heißt „ist noch nicht geschehen“, was für vorhandene Zeilen stimmt.</translation>
    </message>
    <message>
        <source>A yes/no property of the row (gift, archived, verified). NOT NULL DEFAULT false: a flag with a third state (NULL) makes every WHERE clause subtle, and false for existing rows is almost always what &quot;not set&quot; means. Adding it is a catalog change only. Name it is_* or has_* so queries read as sentences.</source>
        <translation>Eine Ja/Nein-Eigenschaft der Zeile (Geschenk, archiviert, geprüft). NOT NULL DEFAULT false: ein Flag mit drittem Zustand (NULL) macht jede WHERE-Klausel heikel, und false ist für vorhandene Zeilen fast immer, was „nicht gesetzt“ bedeutet. Das Hinzufügen ist nur eine Katalogänderung. Nennen Sie es is_* oder has_*, damit Abfragen sich wie Sätze lesen.</translation>
    </message>
    <message>
        <source>A link to a row of another table: the type of the key it points to, with a foreign key so no row can point at nothing, and an index on the column because deleting or updating a referenced row looks up its referencing rows, which without an index is a full scan under lock. Nullable: existing rows have no link yet. ON DELETE RESTRICT: deleting the referenced row should be a decision, not a side effect.</source>
        <translation>Ein Verweis auf eine Zeile einer anderen Tabelle: der Typ des Schlüssels, auf den er zeigt, mit einem Fremdschlüssel, damit keine Zeile ins Leere zeigt, und einem Index auf der Spalte, weil das Löschen oder Ändern einer referenzierten Zeile die verweisenden Zeilen sucht, ohne Index ein vollständiger Scan unter Sperre. Nullable: vorhandene Zeilen haben noch keinen Verweis. ON DELETE RESTRICT: das Löschen der referenzierten Zeile soll eine Entscheidung sein, kein Nebeneffekt.</translation>
    </message>
    <message>
        <source>An amount of money. An exact decimal with two places keeps cents exact (binary floating point cannot represent 0.10), up to 9,999,999,999.99. NOT NULL DEFAULT 0 with a CHECK that the amount is not negative: a missing amount is usually zero, and a negative one a bug (drop the CHECK for signed amounts such as balances). The variant stores integer cents in a 64-bit integer (bigint): exact and fastest.</source>
        <translation>Ein Geldbetrag. Eine exakte Dezimalzahl mit zwei Stellen hält Cent exakt (binäre Gleitkommazahlen können 0.10 nicht darstellen), bis 9.999.999.999,99. NOT NULL DEFAULT 0 mit einem CHECK, dass der Betrag nicht negativ ist: ein fehlender Betrag ist meist null und ein negativer ein Fehler (lassen Sie den CHECK für vorzeichenbehaftete Beträge wie Salden weg). Die Variante speichert ganze Cent in einer 64-Bit-Ganzzahl (bigint): exakt und am schnellsten.</translation>
    </message>
    <message>
        <source>Text a person writes (a note, a reason, instructions). Plain text, nullable, without a default: no length limit to outgrow (a CHECK on length is easier to change later than a type), and NULL means nobody wrote anything, which is true of existing rows. Adding it is a catalog change only.</source>
        <translation>Text, den ein Mensch schreibt (eine Notiz, ein Grund, Anweisungen). Einfacher text, nullable, ohne Default: keine Längengrenze, die zu klein werden kann (ein CHECK auf die Länge ist später leichter zu ändern als ein Typ), und NULL heißt, dass niemand etwas geschrieben hat, was für vorhandene Zeilen stimmt. Das Hinzufügen ist nur eine Katalogänderung.</translation>
    </message>
    <message>
        <source>jsonb is parsed once, stored compactly and indexable with GIN for containment and key-existence queries</source>
        <translation>jsonb wird einmal geparst, kompakt gespeichert und ist mit GIN für Enthaltensein- und Schlüsselabfragen indizierbar</translation>
    </message>
    <message>
        <source>SQLite has no JSON type: TEXT with a json_valid(...) CHECK, so only well-formed JSON gets in</source>
        <translation>SQLite hat keinen JSON-Typ: TEXT mit einem CHECK json_valid(...), damit nur wohlgeformtes JSON hineinkommt</translation>
    </message>
    <message>
        <source>%1&apos;s JSON type validates the document and stores it in a binary form</source>
        <translation>Der JSON-Typ von %1 validiert das Dokument und speichert es binär</translation>
    </message>
    <message>
        <source>MariaDB cannot index a JSON column directly: index a generated column over the paths you query</source>
        <translation>MariaDB kann eine JSON-Spalte nicht direkt indizieren: indizieren Sie eine generierte Spalte über die Pfade, die Sie abfragen</translation>
    </message>
    <message>
        <source>MySQL cannot index a JSON column directly: index a generated column, or from 8.0.13 a functional index, over the paths you query</source>
        <translation>MySQL kann eine JSON-Spalte nicht direkt indizieren: indizieren Sie eine generierte Spalte oder ab 8.0.13 einen funktionalen Index über die Pfade, die Sie abfragen</translation>
    </message>
    <message>
        <source>timestamptz stores an absolute instant and converts it to the session&apos;s time zone when read</source>
        <translation>timestamptz speichert einen absoluten Zeitpunkt und rechnet ihn beim Lesen in die Zeitzone der Sitzung um</translation>
    </message>
    <message>
        <source>SQLite has no boolean: INTEGER with CHECK (... IN (0, 1)), false is 0</source>
        <translation>SQLite hat kein boolean: INTEGER mit CHECK (... IN (0, 1)), false ist 0</translation>
    </message>
    <message>
        <source>the foreign key is added NOT VALID and validated without blocking writes; the index is built concurrently</source>
        <translation>der Fremdschlüssel wird NOT VALID hinzugefügt und ohne Blockieren von Schreibzugriffen validiert; der Index wird nebenläufig gebaut</translation>
    </message>
    <message>
        <source>PostgreSQL stores text and varchar alike: text costs nothing more</source>
        <translation>PostgreSQL speichert text und varchar gleich: text kostet nichts mehr</translation>
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
    <name>Rehearsal</name>
    <message>
        <source>no inserts: the primary key is not an integer the workload can invent</source>
        <translation>keine Einfügungen: der Primärschlüssel ist keine ganze Zahl, die die Last erfinden kann</translation>
    </message>
    <message>
        <source>no reads by key, updates or inserts: the table has no single-column primary key</source>
        <translation>keine Lesezugriffe nach Schlüssel, Änderungen oder Einfügungen: die Tabelle hat keinen einspaltigen Primärschlüssel</translation>
    </message>
    <message>
        <source>no reads by index: the table has no single-column index besides its primary key</source>
        <translation>keine Lesezugriffe über einen Index: die Tabelle hat außer dem Primärschlüssel keinen einspaltigen Index</translation>
    </message>
    <message>
        <source>rehearse needs a PostgreSQL plan, source and staging</source>
        <translation>der Probelauf braucht einen PostgreSQL-Plan, eine PostgreSQL-Quelle und ein PostgreSQL-Staging</translation>
    </message>
    <message>
        <source>reading the source table and its statistics</source>
        <translation>Lesen der Quelltabelle und ihrer Statistik</translation>
    </message>
    <message>
        <source>the source already has column %1: the copy has it too, so the run finds it in place</source>
        <translation>die Quelle hat die Spalte %1 bereits: die Kopie hat sie auch, also findet die Ausführung sie vor</translation>
    </message>
    <message>
        <source>loading %L1 synthetic rows into staging</source>
        <translation>Lade %L1 synthetische Zeilen ins Staging</translation>
    </message>
    <message>
        <source>comparing the staging statistics with the source&apos;s</source>
        <translation>Vergleiche die Statistik des Stagings mit der der Quelle</translation>
    </message>
    <message>
        <source>rehearsal stopped after the load</source>
        <translation>Probelauf nach dem Laden angehalten</translation>
    </message>
    <message>
        <source>baseline: the workload alone for %1 s</source>
        <translation>Basislinie: die Last allein für %1 s</translation>
    </message>
    <message>
        <source>running the plan on staging</source>
        <translation>Führe den Plan im Staging aus</translation>
    </message>
    <message>
        <source>stopped before the plan ran</source>
        <translation>angehalten, bevor der Plan lief</translation>
    </message>
    <message>
        <source>after: the workload alone for %1 s</source>
        <translation>danach: die Last allein für %1 s</translation>
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
        <translation>Bericht an den Plan an&amp;hängen</translation>
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
    <message>
        <source>Not rehearsed:</source>
        <translation>Nicht geprobt:</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source> — every phase within the limits</source>
        <translation> — jede Phase innerhalb der Grenzen</translation>
    </message>
    <message>
        <source>Sample statistics if the source was never analysed</source>
        <translation>Statistiken per Stichprobe, falls die Quelle nie analysiert wurde</translation>
    </message>
</context>
<context>
    <name>RehearsalProgress</name>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>build</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>fidelity</source>
        <translation>Treue</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>after</source>
        <translation>danach</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>RehearsalReport</name>
    <message>
        <source>%1: longest lock wait %2 ms</source>
        <translation>%1: längste Sperrwartezeit %2 ms</translation>
    </message>
    <message>
        <source>%1: a session waited %2 ms for a lock (limit %3 ms): %4</source>
        <translation>%1: eine Sitzung wartete %2 ms auf eine Sperre (Grenze %3 ms): %4</translation>
    </message>
    <message>
        <source>%1: %2 workload operation(s) failed (%3)</source>
        <translation>%1: %2 Lastoperation(en) fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>see workload.errors</source>
        <translation>siehe workload.errors</translation>
    </message>
    <message>
        <source>the plan ran to the end</source>
        <translation>der Plan lief bis zum Ende</translation>
    </message>
    <message>
        <source>the run ended %1: %2</source>
        <translation>die Ausführung endete %1: %2</translation>
    </message>
    <message>
        <source>%1: workload p99 %2 ms within the limit %3 ms (%4 x baseline p99 %5 ms, at least %6 ms)</source>
        <translation>%1: p99 der Last %2 ms innerhalb der Grenze %3 ms (%4 x p99 der Basislinie %5 ms, mindestens %6 ms)</translation>
    </message>
    <message>
        <source>%1: workload p99 %2 ms above the limit %3 ms (%4 x baseline p99 %5 ms, at least %6 ms)</source>
        <translation>%1: p99 der Last %2 ms über der Grenze %3 ms (%4 x p99 der Basislinie %5 ms, mindestens %6 ms)</translation>
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
    <name>ReportPdfWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
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
    <message>
        <source>SQLite: locks and table rebuilds read from the script; the PostgreSQL review rules do not apply.</source>
        <translation>SQLite: Sperren und Tabellen-Neuaufbauten aus dem Skript gelesen; die Review-Regeln für PostgreSQL gelten nicht.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Design and why</source>
        <translation>Entwurf und Begründung</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 (values: %2)</source>
        <translation>%1 (Werte: %2)</translation>
    </message>
    <message>
        <source>Nullability</source>
        <translation>NULL-Fähigkeit</translation>
    </message>
    <message>
        <source>NULL allowed</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <source>NOT NULL (enforced after the backfill, through a validated CHECK)</source>
        <translation>NOT NULL (nach dem Backfill durch einen validierten CHECK erzwungen)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <source>existing rows take the default</source>
        <translation>vorhandene Zeilen erhalten den Default</translation>
    </message>
    <message>
        <source>none: existing rows stay NULL</source>
        <translation>keiner: vorhandene Zeilen bleiben NULL</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenziert</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Backfill pacing</source>
        <translation>Backfill-Tempo</translation>
    </message>
    <message>
        <source>target %1 ms per batch, at most %2 rows, pause %3 ms, lag limit %4 ms, lock_timeout %5 ms</source>
        <translation>Ziel %1 ms pro Batch, höchstens %2 Zeilen, Pause %3 ms, Verzögerungsgrenze %4 ms, lock_timeout %5 ms</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source> (hand-edited)</source>
        <translation> (von Hand bearbeitet)</translation>
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
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
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
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Live state</source>
        <translation>Aktueller Zustand</translation>
    </message>
    <message>
        <source>Not connected: no live blockers or size estimates (run the report with --db to include them).</source>
        <translation>Nicht verbunden: keine aktuellen Blockierer und keine Größenschätzungen (den Bericht mit --db erstellen, um sie aufzunehmen).</translation>
    </message>
    <message>
        <source>Taken %1 UTC on %2 (PostgreSQL %3): %4 rows (%5), heap %6, total %7.</source>
        <translation>Erfasst %1 UTC auf %2 (PostgreSQL %3): %4 Zeilen (%5), Heap %6, gesamt %7.</translation>
    </message>
    <message>
        <source>No session holds or waits for a lock the plan needs.</source>
        <translation>Keine Sitzung hält oder erwartet eine Sperre, die der Plan braucht.</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Transaction age</source>
        <translation>Transaktionsalter</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Backfill WAL volume: about %1 (%2).</source>
        <translation>WAL-Volumen des Backfills: etwa %1 (%2).</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>No rehearsal attached.</source>
        <translation>Kein Probelauf angehängt.</translation>
    </message>
    <message>
        <source>Verdict: %1.</source>
        <translation>Ergebnis: %1.</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>baseline (no change running)</source>
        <translation>Grundlinie (keine Änderung läuft)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>Longest lock wait: %1. WAL written: %2.</source>
        <translation>Längste Sperrwartezeit: %1. Geschriebenes WAL: %2.</translation>
    </message>
    <message>
        <source>Rollback paths</source>
        <translation>Rollback-Wege</translation>
    </message>
    <message>
        <source>Roll back newest phase first. Each phase&apos;s rollback:</source>
        <translation>Die neueste Phase zuerst zurückrollen. Das Rollback jeder Phase:</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Run checklist</source>
        <translation>Checkliste für den Lauf</translation>
    </message>
    <message>
        <source>[ ] The approval below matches the script hash the runner prints.</source>
        <translation>[ ] Die Freigabe unten passt zum Skript-Hash, den der Runner ausgibt.</translation>
    </message>
    <message>
        <source>[ ] A recent backup or a replica to fall back on exists.</source>
        <translation>[ ] Ein aktuelles Backup oder ein Replikat als Rückfallebene ist vorhanden.</translation>
    </message>
    <message>
        <source>[ ] No long transaction or idle-in-transaction session on %1 (forecast --db shows blockers).</source>
        <translation>[ ] Keine lange Transaktion und keine Sitzung „idle in transaction“ auf %1 (forecast --db zeigt Blockierer).</translation>
    </message>
    <message>
        <source>[ ] Replication lag is low and monitored; the backfill holds back above %1 ms.</source>
        <translation>[ ] Die Replikationsverzögerung ist gering und wird überwacht; der Backfill hält über %1 ms an.</translation>
    </message>
    <message>
        <source>[ ] The application tolerates the new column being NULL until the backfill ends.</source>
        <translation>[ ] Die Anwendung verträgt, dass die neue Spalte bis zum Ende des Backfills NULL ist.</translation>
    </message>
    <message>
        <source>[ ] Someone watches the run console (or `run --json-progress`) until verify passes.</source>
        <translation>[ ] Jemand beobachtet die Lauf-Konsole (oder `run --json-progress`), bis verify besteht.</translation>
    </message>
    <message>
        <source>[ ] The rollback of each phase has been read and is ready to paste.</source>
        <translation>[ ] Das Rollback jeder Phase ist gelesen und bereit zum Einfügen.</translation>
    </message>
    <message>
        <source>[ ] Check &quot;%1&quot; returns %2 after the run.</source>
        <translation>[ ] Check „%1“ liefert nach dem Lauf %2.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>Script SHA-256: %1 (the bytes `column-planner generate` prints for this plan).</source>
        <translation>Skript-SHA-256: %1 (die Bytes, die `column-planner generate` für diesen Plan ausgibt).</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>STALE: approved %1</source>
        <translation>VERALTET: freigegeben war %1</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved by: ____________________   Date: ____________   Signature: ____________________</source>
        <translation>Freigegeben von: ____________________   Datum: ____________   Unterschrift: ____________________</translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation>Spalte %1 hinzufügen</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>Plan %1: add column %2 to %3 (%4 %5). Report generated %6 UTC by Column Planner %7.</source>
        <translation>Plan %1: Spalte %2 zu %3 hinzufügen (%4 %5). Bericht erstellt %6 UTC von Column Planner %7.</translation>
    </message>
    <message>
        <source>Approval: %1.</source>
        <translation>Freigabe: %1.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings: the review found nothing to warn about.</source>
        <translation>Keine Befunde: Die Review fand nichts, wovor zu warnen wäre.</translation>
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
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Safe form</source>
        <translation>Sichere Form</translation>
    </message>
    <message>
        <source>en</source>
        <comment>html lang</comment>
        <extracomment>The language code of this translation (de, fr), written into the report&apos;s &lt;html lang&gt;.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PDF is laid out by ReportPdfWriter (it needs Qt GUI): %1</source>
        <translation>PDF wird von ReportPdfWriter gesetzt (braucht Qt GUI): %1</translation>
    </message>
</context>
<context>
    <name>Reviewer</name>
    <message>
        <source>Identifier &quot;%1&quot; is %2 bytes; PostgreSQL silently truncates it to %3 bytes, so two long names can collide and the name in the catalog is not the one in the script.</source>
        <translation>Bezeichner „%1“ hat %2 Bytes; PostgreSQL kürzt ihn stillschweigend auf %3 Bytes, sodass zwei lange Namen kollidieren können und der Name im Katalog nicht der im Skript ist.</translation>
    </message>
    <message>
        <source>ALTER TABLE ... ADD CONSTRAINT ... NOT NULL is PostgreSQL 18 syntax; PostgreSQL %1 rejects it.</source>
        <translation>ALTER TABLE ... ADD CONSTRAINT ... NOT NULL ist Syntax von PostgreSQL 18; PostgreSQL %1 lehnt sie ab.</translation>
    </message>
    <message>
        <source>Use ADD CONSTRAINT c CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c, then ALTER COLUMN %1 SET NOT NULL.</source>
        <translation>Verwenden Sie ADD CONSTRAINT c CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c, dann ALTER COLUMN %1 SET NOT NULL.</translation>
    </message>
    <message>
        <source>PostgreSQL 18 NOT NULL constraint (recognised from tokens: the bundled parser is 15)</source>
        <translation>NOT-NULL-Constraint von PostgreSQL 18 (an Tokens erkannt: der mitgelieferte Parser ist 15)</translation>
    </message>
    <message>
        <source>ALTER TABLE waits for ACCESS EXCLUSIVE on %1 with no lock_timeout: every query behind it waits too.</source>
        <translation>ALTER TABLE wartet ohne lock_timeout auf ACCESS EXCLUSIVE auf %1: jede Abfrage dahinter wartet mit.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT ... NOT NULL %1 on %2 scans every row while holding ACCESS EXCLUSIVE.</source>
        <translation>ADD CONSTRAINT ... NOT NULL %1 auf %2 scannt jede Zeile und hält dabei ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>Add it NOT VALID, then VALIDATE CONSTRAINT in its own transaction.</source>
        <translation>Fügen Sie ihn NOT VALID hinzu, dann VALIDATE CONSTRAINT in einer eigenen Transaktion.</translation>
    </message>
    <message>
        <source>Statement of %1 MB not reviewed (limit %2 MB per statement).</source>
        <translation>Anweisung von %1 MB nicht geprüft (Grenze %2 MB pro Anweisung).</translation>
    </message>
    <message>
        <source>PostgreSQL rejects this statement: %1.</source>
        <translation>PostgreSQL lehnt diese Anweisung ab: %1.</translation>
    </message>
    <message>
        <source>Statement not reviewed: its expressions nest about %1 levels deep (limit %2).</source>
        <translation>Anweisung nicht geprüft: Ihre Ausdrücke sind etwa %1 Ebenen tief verschachtelt (Grenze %2).</translation>
    </message>
</context>
<context>
    <name>RuleCatalog</name>
    <message>
        <source>Statement does not parse</source>
        <translation>Anweisung lässt sich nicht parsen</translation>
    </message>
    <message>
        <source>Fix the statement; PostgreSQL would reject it.</source>
        <translation>Korrigieren Sie die Anweisung; PostgreSQL würde sie ablehnen.</translation>
    </message>
    <message>
        <source>ADD COLUMN NOT NULL without a default</source>
        <translation>ADD COLUMN NOT NULL ohne Default</translation>
    </message>
    <message>
        <source>Add the column nullable, backfill it in batches, then enforce NOT NULL through a validated CHECK (col IS NOT NULL) and SET NOT NULL.</source>
        <translation>Fügen Sie die Spalte nullable hinzu, füllen Sie sie in Batches, dann erzwingen Sie NOT NULL über einen validierten CHECK (col IS NOT NULL) und SET NOT NULL.</translation>
    </message>
    <message>
        <source>ADD COLUMN with a default that rewrites the table</source>
        <translation>ADD COLUMN mit einem Default, der die Tabelle umschreibt</translation>
    </message>
    <message>
        <source>Add the column without a default (or with a constant one on PostgreSQL 11+), then SET DEFAULT and backfill existing rows in batches.</source>
        <translation>Fügen Sie die Spalte ohne Default hinzu (oder mit einem konstanten ab PostgreSQL 11), dann SET DEFAULT und Backfill der vorhandenen Zeilen in Batches.</translation>
    </message>
    <message>
        <source>SET NOT NULL scans the table under ACCESS EXCLUSIVE</source>
        <translation>SET NOT NULL scannt die Tabelle unter ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <source>First ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT c, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the helper check.</source>
        <translation>Zuerst ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, dann VALIDATE CONSTRAINT c, dann SET NOT NULL (PostgreSQL 12+ überspringt den Scan) und den Hilfs-CHECK entfernen.</translation>
    </message>
    <message>
        <source>CHECK or FOREIGN KEY added to an existing table without NOT VALID</source>
        <translation>CHECK oder FOREIGN KEY ohne NOT VALID zu einer vorhandenen Tabelle hinzugefügt</translation>
    </message>
    <message>
        <source>Add the constraint with NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a separate transaction.</source>
        <translation>Fügen Sie den Constraint mit NOT VALID hinzu, dann ALTER TABLE ... VALIDATE CONSTRAINT in einer eigenen Transaktion.</translation>
    </message>
    <message>
        <source>CREATE/DROP INDEX without CONCURRENTLY on an existing table</source>
        <translation>CREATE/DROP INDEX ohne CONCURRENTLY auf einer vorhandenen Tabelle</translation>
    </message>
    <message>
        <source>Use CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY, outside a transaction block.</source>
        <translation>Verwenden Sie CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY außerhalb eines Transaktionsblocks.</translation>
    </message>
    <message>
        <source>CONCURRENTLY inside a transaction block</source>
        <translation>CONCURRENTLY in einem Transaktionsblock</translation>
    </message>
    <message>
        <source>Run the CONCURRENTLY statement on its own, outside BEGIN ... COMMIT.</source>
        <translation>Führen Sie die CONCURRENTLY-Anweisung allein aus, außerhalb von BEGIN ... COMMIT.</translation>
    </message>
    <message>
        <source>Lock-taking DDL with no lock_timeout set</source>
        <translation>Sperrende DDL ohne gesetztes lock_timeout</translation>
    </message>
    <message>
        <source>Start the script with SET lock_timeout = &apos;2s&apos; (and retry on timeout) so the DDL never queues behind a long transaction while blocking everyone behind it.</source>
        <translation>Beginnen Sie das Skript mit SET lock_timeout = &apos;2s&apos; (und wiederholen Sie bei Timeout), damit die DDL nie hinter einer langen Transaktion wartet und dabei alle hinter sich blockiert.</translation>
    </message>
    <message>
        <source>ALTER COLUMN TYPE rewrites the table</source>
        <translation>ALTER COLUMN TYPE schreibt die Tabelle um</translation>
    </message>
    <message>
        <source>Add a new column of the new type, backfill it in batches, switch readers and writers, then drop the old column. Only varchar(n) -&gt; varchar(m&gt;n)/text and numeric precision increases are free.</source>
        <translation>Fügen Sie eine neue Spalte des neuen Typs hinzu, füllen Sie sie in Batches, stellen Sie Leser und Schreiber um und entfernen Sie dann die alte Spalte. Nur varchar(n) -&gt; varchar(m&gt;n)/text und höhere numeric-Präzision sind kostenlos.</translation>
    </message>
    <message>
        <source>UPDATE of an existing table with no bound on the rows</source>
        <translation>UPDATE einer vorhandenen Tabelle ohne Begrenzung der Zeilen</translation>
    </message>
    <message>
        <source>Update in keyset batches (WHERE id &gt; $1 AND id &lt;= $2, or WHERE id IN (SELECT id ... LIMIT n)), each in its own short transaction.</source>
        <translation>Ändern Sie in Keyset-Batches (WHERE id &gt; $1 AND id &lt;= $2 oder WHERE id IN (SELECT id ... LIMIT n)), jeden in seiner eigenen kurzen Transaktion.</translation>
    </message>
    <message>
        <source>ADD UNIQUE / PRIMARY KEY builds its index under ACCESS EXCLUSIVE</source>
        <translation>ADD UNIQUE / PRIMARY KEY baut seinen Index unter ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX (or PRIMARY KEY USING INDEX).</source>
        <translation>Zuerst CREATE UNIQUE INDEX CONCURRENTLY, dann ADD CONSTRAINT ... UNIQUE USING INDEX (oder PRIMARY KEY USING INDEX).</translation>
    </message>
    <message>
        <source>int or smallint for an id or a counter</source>
        <translation>int oder smallint für eine ID oder einen Zähler</translation>
    </message>
    <message>
        <source>Use bigint (bigint identity for generated ids); running out of int ids means a table rewrite later.</source>
        <translation>Verwenden Sie bigint (bigint identity für generierte IDs); gehen die int-IDs aus, muss die Tabelle später umgeschrieben werden.</translation>
    </message>
    <message>
        <source>timestamp without time zone</source>
        <translation>timestamp without time zone</translation>
    </message>
    <message>
        <source>Use timestamptz: it stores an instant; timestamp depends on the writer&apos;s time zone.</source>
        <translation>Verwenden Sie timestamptz: es speichert einen Zeitpunkt; timestamp hängt von der Zeitzone des Schreibenden ab.</translation>
    </message>
    <message>
        <source>char(n) type</source>
        <translation>Typ char(n)</translation>
    </message>
    <message>
        <source>Use text or varchar (with a CHECK on length if needed); char(n) pads with blanks.</source>
        <translation>Verwenden Sie text oder varchar (bei Bedarf mit einem CHECK auf die Länge); char(n) füllt mit Leerzeichen auf.</translation>
    </message>
    <message>
        <source>json type</source>
        <translation>Typ json</translation>
    </message>
    <message>
        <source>Use jsonb: it can be indexed and compared.</source>
        <translation>Verwenden Sie jsonb: es lässt sich indizieren und vergleichen.</translation>
    </message>
    <message>
        <source>Identifier longer than the server allows</source>
        <translation>Bezeichner länger, als der Server erlaubt</translation>
    </message>
    <message>
        <source>Shorten the name; PostgreSQL silently truncates names to 63 bytes.</source>
        <translation>Kürzen Sie den Namen; PostgreSQL kürzt Namen stillschweigend auf 63 Bytes.</translation>
    </message>
    <message>
        <source>Vague column name</source>
        <translation>Vager Spaltenname</translation>
    </message>
    <message>
        <source>Name the column after what it holds.</source>
        <translation>Benennen Sie die Spalte nach dem, was sie enthält.</translation>
    </message>
    <message>
        <source>Reserved word used as an identifier</source>
        <translation>Reserviertes Wort als Bezeichner</translation>
    </message>
    <message>
        <source>Pick another name; a reserved word must be quoted in every query forever.</source>
        <translation>Wählen Sie einen anderen Namen; ein reserviertes Wort muss für immer in jeder Abfrage in Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>DROP COLUMN breaks the code that still reads it</source>
        <translation>DROP COLUMN bricht Code, der sie noch liest</translation>
    </message>
    <message>
        <source>Stop every reader and writer from using the column first, deploy, then drop it.</source>
        <translation>Sorgen Sie zuerst dafür, dass kein Leser und Schreiber die Spalte mehr verwendet, deployen Sie, dann entfernen Sie sie.</translation>
    </message>
    <message>
        <source>RENAME COLUMN breaks running code</source>
        <translation>RENAME COLUMN bricht laufenden Code</translation>
    </message>
    <message>
        <source>Add the new column, write both, backfill, switch readers, then drop the old one (or rename behind a view).</source>
        <translation>Fügen Sie die neue Spalte hinzu, schreiben Sie beide, füllen Sie sie, stellen Sie die Leser um und entfernen Sie dann die alte (oder benennen Sie hinter einer View um).</translation>
    </message>
    <message>
        <source>RENAME TABLE breaks running code</source>
        <translation>RENAME TABLE bricht laufenden Code</translation>
    </message>
    <message>
        <source>Create a view with the old name for the transition, or rename in a release where no running code uses the old name.</source>
        <translation>Legen Sie für den Übergang eine View mit dem alten Namen an, oder benennen Sie in einem Release um, in dem kein laufender Code den alten Namen verwendet.</translation>
    </message>
    <message>
        <source>ADD COLUMN serial or identity rewrites the table</source>
        <translation>ADD COLUMN serial oder identity schreibt die Tabelle um</translation>
    </message>
    <message>
        <source>Add a nullable bigint column, attach a sequence default, backfill in batches, then enforce NOT NULL.</source>
        <translation>Fügen Sie eine nullable bigint-Spalte hinzu, hängen Sie einen Sequenz-Default an, füllen Sie in Batches und erzwingen Sie dann NOT NULL.</translation>
    </message>
    <message>
        <source>ADD COLUMN GENERATED ... STORED rewrites the table</source>
        <translation>ADD COLUMN GENERATED ... STORED schreibt die Tabelle um</translation>
    </message>
    <message>
        <source>Add a plain nullable column, fill it with a trigger plus a batched backfill, or compute the value in a view.</source>
        <translation>Fügen Sie eine einfache nullable Spalte hinzu und füllen Sie sie mit einem Trigger plus Backfill in Batches, oder berechnen Sie den Wert in einer View.</translation>
    </message>
    <message>
        <source>Statement too large to review</source>
        <translation>Anweisung zu groß für das Review</translation>
    </message>
    <message>
        <source>Split the statement, or load such data with COPY.</source>
        <translation>Teilen Sie die Anweisung auf, oder laden Sie solche Daten mit COPY.</translation>
    </message>
    <message>
        <source>BEGIN inside a transaction, or COMMIT without BEGIN</source>
        <translation>BEGIN innerhalb einer Transaktion oder COMMIT ohne BEGIN</translation>
    </message>
    <message>
        <source>Balance BEGIN and COMMIT; PostgreSQL has no nested transactions (use SAVEPOINT).</source>
        <translation>Gleichen Sie BEGIN und COMMIT aus; PostgreSQL hat keine verschachtelten Transaktionen (verwenden Sie SAVEPOINT).</translation>
    </message>
    <message>
        <source>Statement nests too deep to review</source>
        <translation>Anweisung zu tief verschachtelt für die Review</translation>
    </message>
    <message>
        <source>An expression chains or nests more than 1,000 operators, casts or parentheses (counted on its tokens), so the statement was not parsed or reviewed; PostgreSQL itself may reject it (stack depth limit exceeded). Split the expression, or build the value in steps.</source>
        <translation>Ein Ausdruck verkettet oder verschachtelt mehr als 1.000 Operatoren, Casts oder Klammern (an seinen Tokens gezählt), daher wurde die Anweisung weder geparst noch geprüft; PostgreSQL selbst lehnt sie womöglich ab (stack depth limit exceeded). Teilen Sie den Ausdruck auf oder berechnen Sie den Wert schrittweise.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY on a partitioned table</source>
        <translation>CREATE INDEX CONCURRENTLY auf einer partitionierten Tabelle</translation>
    </message>
    <message>
        <source>CREATE INDEX ON ONLY the partitioned table, CONCURRENTLY on each partition, then ALTER INDEX ... ATTACH PARTITION.</source>
        <translation>CREATE INDEX ON ONLY auf der partitionierten Tabelle, CONCURRENTLY auf jeder Partition, dann ALTER INDEX ... ATTACH PARTITION.</translation>
    </message>
    <message>
        <source>DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+)</source>
        <translation>DETACH PARTITION ohne CONCURRENTLY (PostgreSQL 14+)</translation>
    </message>
    <message>
        <source>DETACH PARTITION ... CONCURRENTLY, outside a transaction block.</source>
        <translation>DETACH PARTITION ... CONCURRENTLY, außerhalb eines Transaktionsblocks.</translation>
    </message>
</context>
<context>
    <name>RunChartView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>WAL written</source>
        <translation>WAL geschrieben</translation>
    </message>
    <message>
        <source>InnoDB redo written</source>
        <translation>InnoDB-Redo geschrieben</translation>
    </message>
    <message>
        <source>no replica</source>
        <translation>kein Replikat</translation>
    </message>
</context>
<context>
    <name>RunChecksPanel</name>
    <message>
        <source>&amp;Check now</source>
        <translation>Jetzt p&amp;rüfen</translation>
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
    <name>RunConnection</name>
    <message>
        <source>stopped while reconnecting to %1</source>
        <translation>beim Neuverbinden mit %1 angehalten</translation>
    </message>
    <message>
        <source>connection to %1 lost (%2): reconnecting, attempt %3</source>
        <translation>Verbindung zu %1 verloren (%2): verbinde neu, Versuch %3</translation>
    </message>
    <message>
        <source>reconnected to %1 (backend %2)</source>
        <translation>wieder mit %1 verbunden (Backend %2)</translation>
    </message>
</context>
<context>
    <name>RunConsoleWidget</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Trockenlauf</translation>
    </message>
    <message>
        <source>&amp;Start run</source>
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
    <message>
        <source>Blocking copy accepted; the run goes on…</source>
        <translation>Blockierende Kopie akzeptiert; der Lauf geht weiter…</translation>
    </message>
    <message>
        <source>Waiting for your answer: accept the blocking copy, or stop the run before it changes anything.</source>
        <translation>Wartet auf Ihre Antwort: die blockierende Kopie akzeptieren oder den Lauf anhalten, bevor er etwas ändert.</translation>
    </message>
    <message>
        <source>Sweeping and watching again…</source>
        <translation>Nachfüllen und erneut beobachten…</translation>
    </message>
    <message>
        <source>Enforce waits: rows keep arriving that it would reject. Deploy the application version that writes the column, then sweep and watch again, or stop.</source>
        <translation>Enforce wartet: Es kommen weiter Zeilen hinzu, die es ablehnen würde. Die Anwendungsversion ausrollen, die die Spalte schreibt, dann nachfüllen und erneut beobachten, oder anhalten.</translation>
    </message>
</context>
<context>
    <name>RunControlsPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>Paus&amp;e</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>Abbre&amp;chen</translation>
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
        <source>Pause bet&amp;ween batches:</source>
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
    <name>RunDialect</name>
    <message>
        <source>run supports PostgreSQL, MySQL and MariaDB targets; %1 is %2 (use generate and run the script by hand)</source>
        <translation>run unterstützt PostgreSQL-, MySQL- und MariaDB-Ziele; %1 ist %2 (generate verwenden und das Skript von Hand ausführen)</translation>
    </message>
</context>
<context>
    <name>RunDriver</name>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht laufen: %1</translation>
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
        <translation>Überspr&amp;ingen</translation>
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
    <message>
        <source>&amp;Accept the blocking copy</source>
        <translation>Blockierende Kopie &amp;akzeptieren</translation>
    </message>
    <message>
        <source>Accept the blocking copy</source>
        <translation>Blockierende Kopie akzeptieren</translation>
    </message>
    <message>
        <source>Runs the ALTER that copies the table while writes wait; the acceptance is journaled</source>
        <translation>Führt das ALTER aus, das die Tabelle kopiert, während Schreibzugriffe warten; die Zustimmung wird im Journal vermerkt</translation>
    </message>
    <message>
        <source>Sweep and &amp;watch again</source>
        <translation>Nachfüllen und erneut &amp;beobachten</translation>
    </message>
    <message>
        <source>Sweep and watch again</source>
        <translation>Nachfüllen und erneut beobachten</translation>
    </message>
    <message>
        <source>Fills the rows left without a value and watches again before enforcing anything</source>
        <translation>Füllt die Zeilen ohne Wert und beobachtet erneut, bevor etwas erzwungen wird</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>an I/O error (%1)</source>
        <translation>ein E/A-Fehler (%1)</translation>
    </message>
    <message>
        <source>run journal %1: cannot write: %2</source>
        <translation>Lauf-Journal %1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>run journal %1: cannot create the folder %2</source>
        <translation>Lauf-Journal %1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>run journal %1: cannot open: %2</source>
        <translation>Lauf-Journal %1: kann nicht öffnen: %2</translation>
    </message>
    <message>
        <source>run journal %1: the file is not a Column Planner journal; give another --journal path</source>
        <translation>Lauf-Journal %1: die Datei ist kein Column-Planner-Journal; einen anderen --journal-Pfad angeben</translation>
    </message>
    <message>
        <source>run journal %1: written by a newer Column Planner (schema %2, this build knows %3)</source>
        <translation>Lauf-Journal %1: von einem neueren Column Planner geschrieben (Schema %2, dieser Build kennt %3)</translation>
    </message>
    <message>
        <source>run journal is not open</source>
        <translation>das Lauf-Journal ist nicht geöffnet</translation>
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
    <message>
        <source>attempt %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
</context>
<context>
    <name>RunPreparation</name>
    <message>
        <source>the plan targets %1 but %2 is MySQL/MariaDB: write the plan for &quot;mysql&quot; or &quot;mariadb&quot;</source>
        <translation>der Plan zielt auf %1, aber %2 ist MySQL/MariaDB: den Plan für „mysql“ oder „mariadb“ schreiben</translation>
    </message>
    <message>
        <source>column %1.%2 already exists as %3 but the plan wants %4: refusing to run (drop the column, or change the plan&apos;s type)</source>
        <translation>Spalte %1.%2 existiert bereits als %3, der Plan will aber %4: Ausführung verweigert (die Spalte löschen oder den Typ im Plan ändern)</translation>
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
    <message>
        <source>Rows arriving without a value</source>
        <translation>Zeilen, die ohne Wert hinzukommen</translation>
    </message>
    <message>
        <source>Rows arriving without a value: %L1 (%2 UTC). The application does not write the column yet; enforce waits.</source>
        <translation>Zeilen, die ohne Wert hinzukommen: %L1 (%2 UTC). Die Anwendung schreibt die Spalte noch nicht; enforce wartet.</translation>
    </message>
    <message>
        <source>Rows arriving without a value: none (%1 UTC)</source>
        <translation>Zeilen, die ohne Wert hinzukommen: keine (%1 UTC)</translation>
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
    <message>
        <source>retrying (attempt %1)</source>
        <translation>erneuter Versuch (Versuch %1)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>%1: %2 (expected %3, got %4)</source>
        <translation>%1: %2 (erwartet %3, erhalten %4)</translation>
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
        <source>would check: row count, rows still to backfill, values against the backfill expression, constraints validated, index valid, default and NOT NULL, and %1 check(s) of the plan</source>
        <translation>würde prüfen: Zeilenanzahl, noch zu füllende Zeilen, Werte gegen den Backfill-Ausdruck, validierte Constraints, gültiger Index, Default und NOT NULL sowie %1 Prüfung(en) des Plans</translation>
    </message>
    <message>
        <source>%1 statement %2 never reached 0 rows</source>
        <translation>%1-Anweisung %2 hat nie 0 Zeilen erreicht</translation>
    </message>
    <message>
        <source>the column exists with the plan&apos;s type and its default</source>
        <translation>die Spalte existiert mit dem Typ des Plans und ihrem Default</translation>
    </message>
    <message>
        <source>the column exists with the plan&apos;s type</source>
        <translation>die Spalte existiert mit dem Typ des Plans</translation>
    </message>
    <message>
        <source>done by an earlier run (journal)</source>
        <translation>von einem früheren Lauf erledigt (Journal)</translation>
    </message>
    <message>
        <source>refusing to run on production profile &quot;%1&quot;: the plan is %2; approve it (column-planner approve) or confirm by typing the profile&apos;s name (--confirm-production &quot;%1&quot;)</source>
        <translation>Ausführung auf dem Produktionsprofil „%1“ verweigert: der Plan ist %2; ihn freigeben (column-planner approve) oder durch Eingabe des Profilnamens bestätigen (--confirm-production &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>production override on profile &quot;%1&quot;: %2; confirmed by typing &quot;%3&quot;</source>
        <translation>Produktions-Übersteuerung auf Profil „%1“: %2; bestätigt durch Eingabe von „%3“</translation>
    </message>
    <message>
        <source>--phase: unknown phase &quot;%1&quot;</source>
        <translation>--phase: unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>column %1 does not exist on %2 yet: run the expand phase first</source>
        <translation>Spalte %1 existiert auf %2 noch nicht: zuerst die Phase expand ausführen</translation>
    </message>
    <message>
        <source>dry run %1 of &quot;%2&quot; on %3 (%4) by %5: %6.%7, script %8</source>
        <translation>Probelauf %1 von „%2“ auf %3 (%4) durch %5: %6.%7, Skript %8</translation>
    </message>
    <message>
        <source>run %1 of &quot;%2&quot; on %3 (%4) by %5: %6.%7, script %8</source>
        <translation>Lauf %1 von „%2“ auf %3 (%4) durch %5: %6.%7, Skript %8</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1: übersprungen, %2</translation>
    </message>
    <message>
        <source>run phase %1 (%2)?</source>
        <translation>Phase %1 ausführen (%2)?</translation>
    </message>
    <message>
        <source>%1  [lock: %2]</source>
        <translation>%1  [Sperre: %2]</translation>
    </message>
    <message>
        <source>declined at the gate of phase %1; run again to continue from there</source>
        <translation>am Haltepunkt der Phase %1 abgelehnt; erneut ausführen, um dort fortzusetzen</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1 check(s) failed: %2</source>
        <translation>%1 Prüfung(en) fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>Probelauf: nichts wurde geändert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>%1; the run stopped, the database is left resumable</source>
        <translation>%1; der Lauf wurde angehalten, die Datenbank bleibt fortsetzbar</translation>
    </message>
    <message>
        <source>%1; the run stopped during %2, the database is left resumable</source>
        <translation>%1; der Lauf wurde während %2 angehalten, die Datenbank bleibt fortsetzbar</translation>
    </message>
    <message>
        <source> (run again to resume)</source>
        <translation> (zum Fortsetzen erneut ausführen)</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 (after key %2) was taken on another incarnation of %3 (%4, now %5): starting from the first key</source>
        <translation>der Checkpoint von Lauf %1 (nach Schlüssel %2) stammt von einer anderen Inkarnation von %3 (%4, jetzt %5): Beginn beim ersten Schlüssel</translation>
    </message>
    <message>
        <source>identity not recorded</source>
        <translation>Identität nicht erfasst</translation>
    </message>
    <message>
        <source>; the sync trigger is still in place and may make the application&apos;s writes fail: remove it now with %1</source>
        <translation>; der Sync-Trigger ist noch vorhanden und kann Schreibvorgänge der Anwendung fehlschlagen lassen: jetzt entfernen mit %1</translation>
    </message>
    <message>
        <source>; the sync trigger was removed, so the application&apos;s writes no longer evaluate the expression (fix the plan&apos;s backfill, then run again: expand puts the trigger back)</source>
        <translation>; der Sync-Trigger wurde entfernt, Schreibvorgänge der Anwendung werten den Ausdruck nicht mehr aus (den Backfill des Plans korrigieren, dann erneut ausführen: expand legt den Trigger wieder an)</translation>
    </message>
    <message>
        <source>; could NOT take back what it changed (writes may be rejected): run %1</source>
        <translation>; konnte die Änderungen NICHT zurücknehmen (Schreibvorgänge können abgelehnt werden): %1 ausführen</translation>
    </message>
    <message>
        <source>; undone so the application writes as before: %1</source>
        <translation>; rückgängig gemacht, die Anwendung schreibt wie zuvor: %1</translation>
    </message>
    <message>
        <source>the database changed since the reviewed script was compiled: phase(s) %1 will run SQL that differs from it (read them at their gates, or refresh the catalog and review again)</source>
        <translation>die Datenbank hat sich geändert, seit das geprüfte Skript erzeugt wurde: Phase(n) %1 führen SQL aus, das davon abweicht (an ihren Haltepunkten lesen oder den Katalog aktualisieren und erneut prüfen)</translation>
    </message>
    <message>
        <source>differs from the reviewed script: the database changed since it was compiled; read this phase&apos;s SQL before running it</source>
        <translation>weicht vom geprüften Skript ab: die Datenbank hat sich seit dessen Erzeugung geändert; das SQL dieser Phase vor dem Ausführen lesen</translation>
    </message>
    <message>
        <source>the partitions of %1 changed since the run started (%2): enforce covers them</source>
        <translation>die Partitionen von %1 haben sich seit dem Start des Laufs geändert (%2): enforce deckt sie ab</translation>
    </message>
    <message>
        <source>some were dropped</source>
        <translation>einige wurden entfernt</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>die Datenbank hat sich geändert, seit das geprüfte Skript kompiliert wurde: Phase(n) %1 führen davon abweichendes SQL aus (lesen Sie es an ihren Haltepunkten, oder aktualisieren Sie den Katalog und prüfen Sie erneut)</translation>
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
    <name>SchemaRules</name>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>SET NOT NULL on %1.%2 scans the whole table under ACCESS EXCLUSIVE: PostgreSQL %3 cannot use a validated CHECK to skip the scan (12+ can).</source>
        <translation>SET NOT NULL auf %1.%2 scannt die ganze Tabelle unter ACCESS EXCLUSIVE: PostgreSQL %3 kann keinen validierten CHECK nutzen, um den Scan zu überspringen (ab 12 schon).</translation>
    </message>
    <message>
        <source>On PostgreSQL %1 prefer keeping a validated CHECK (%2 IS NOT NULL) NOT VALID + VALIDATE constraint instead of SET NOT NULL, or run it in a quiet window.</source>
        <translation>Behalten Sie unter PostgreSQL %1 lieber einen validierten CHECK (%2 IS NOT NULL) (NOT VALID + VALIDATE) statt SET NOT NULL, oder führen Sie es in einem ruhigen Zeitfenster aus.</translation>
    </message>
    <message>
        <source>SET NOT NULL on %1.%2 scans every row while holding ACCESS EXCLUSIVE: reads and writes wait for the whole scan.</source>
        <translation>SET NOT NULL auf %1.%2 scannt jede Zeile und hält dabei ACCESS EXCLUSIVE: Lese- und Schreibzugriffe warten auf den ganzen Scan.</translation>
    </message>
    <message>
        <source>DROP COLUMN %1 on %2: code that still selects or inserts the column fails at once (the drop itself is instant).</source>
        <translation>DROP COLUMN %1 auf %2: Code, der die Spalte noch abfragt oder einfügt, scheitert sofort (das Entfernen selbst ist sofort erledigt).</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>ADD FOREIGN KEY %1 on %2 validates every row while holding SHARE ROW EXCLUSIVE on %2 and the referenced table: writes to both wait for the scan.</source>
        <translation>ADD FOREIGN KEY %1 auf %2 validiert jede Zeile und hält dabei SHARE ROW EXCLUSIVE auf %2 und der referenzierten Tabelle: Schreibzugriffe auf beide warten auf den Scan.</translation>
    </message>
    <message>
        <source>ADD CHECK %1 on %2 validates every row while holding ACCESS EXCLUSIVE: reads and writes wait for the scan.</source>
        <translation>ADD CHECK %1 auf %2 validiert jede Zeile und hält dabei ACCESS EXCLUSIVE: Lese- und Schreibzugriffe warten auf den Scan.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT %1 ... NOT VALID, then ALTER TABLE %2 VALIDATE CONSTRAINT %1 in its own transaction (SHARE UPDATE EXCLUSIVE, reads and writes continue).</source>
        <translation>ADD CONSTRAINT %1 ... NOT VALID, dann ALTER TABLE %2 VALIDATE CONSTRAINT %1 in einer eigenen Transaktion (SHARE UPDATE EXCLUSIVE, Lese- und Schreibzugriffe laufen weiter).</translation>
    </message>
    <message>
        <source>ADD %1 on %2 builds its index while holding ACCESS EXCLUSIVE: reads and writes wait for the whole build.</source>
        <translation>ADD %1 auf %2 baut seinen Index und hält dabei ACCESS EXCLUSIVE: Lese- und Schreibzugriffe warten auf den ganzen Bau.</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY idx ON %1 (...); then ALTER TABLE %1 ADD CONSTRAINT %2 %3 USING INDEX idx.</source>
        <translation>CREATE UNIQUE INDEX CONCURRENTLY idx ON %1 (...); dann ALTER TABLE %1 ADD CONSTRAINT %2 %3 USING INDEX idx.</translation>
    </message>
    <message>
        <source>RENAME COLUMN %1 TO %2 on %3: running code that uses the old name fails the moment this commits.</source>
        <translation>RENAME COLUMN %1 TO %2 auf %3: laufender Code, der den alten Namen verwendet, scheitert im Moment des Commits.</translation>
    </message>
    <message>
        <source>RENAME %1 TO %2: running code that uses the old name fails the moment this commits.</source>
        <translation>RENAME %1 TO %2: laufender Code, der den alten Namen verwendet, scheitert im Moment des Commits.</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses to run it in a transaction block.</source>
        <translation>CREATE INDEX CONCURRENTLY in BEGIN ... COMMIT scheitert: PostgreSQL verweigert es in einem Transaktionsblock.</translation>
    </message>
    <message>
        <source>CREATE %1INDEX on existing table %2 holds a SHARE lock for the whole build: every INSERT, UPDATE and DELETE waits until it is done.</source>
        <translation>CREATE %1INDEX auf der vorhandenen Tabelle %2 hält während des ganzen Baus eine SHARE-Sperre: jedes INSERT, UPDATE und DELETE wartet, bis er fertig ist.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY, outside a transaction block (if it fails, drop the INVALID index and retry).</source>
        <translation>CREATE INDEX CONCURRENTLY außerhalb eines Transaktionsblocks (scheitert es, entfernen Sie den INVALID-Index und versuchen Sie es erneut).</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses to run it in a transaction block.</source>
        <translation>DROP INDEX CONCURRENTLY in BEGIN ... COMMIT scheitert: PostgreSQL verweigert es in einem Transaktionsblock.</translation>
    </message>
    <message>
        <source>DROP INDEX %1 takes ACCESS EXCLUSIVE on its table: reads and writes wait, and queue behind any long transaction.</source>
        <translation>DROP INDEX %1 nimmt ACCESS EXCLUSIVE auf seiner Tabelle: Lese- und Schreibzugriffe warten und reihen sich hinter jede lange Transaktion ein.</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY, outside a transaction block.</source>
        <translation>DROP INDEX CONCURRENTLY außerhalb eines Transaktionsblocks.</translation>
    </message>
    <message>
        <source>REINDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses to run it in a transaction block.</source>
        <translation>REINDEX CONCURRENTLY in BEGIN ... COMMIT scheitert: PostgreSQL verweigert es in einem Transaktionsblock.</translation>
    </message>
    <message>
        <source>DETACH PARTITION %1 takes ACCESS EXCLUSIVE on %2: every query on the partitioned table waits until it is done.</source>
        <translation>DETACH PARTITION %1 nimmt ACCESS EXCLUSIVE auf %2: jede Abfrage auf der partitionierten Tabelle wartet, bis es fertig ist.</translation>
    </message>
    <message>
        <source>DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+), outside a transaction block: only SHARE UPDATE EXCLUSIVE on the parent.</source>
        <translation>DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+), außerhalb eines Transaktionsblocks: nur SHARE UPDATE EXCLUSIVE auf der Elterntabelle.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY on partitioned table %1 fails: PostgreSQL cannot build an index on a partitioned table concurrently.</source>
        <translation>CREATE INDEX CONCURRENTLY auf der partitionierten Tabelle %1 scheitert: PostgreSQL kann einen Index auf einer partitionierten Tabelle nicht nebenläufig bauen.</translation>
    </message>
    <message>
        <source>CREATE INDEX ... ON ONLY %1 (invalid, builds nothing), then CREATE INDEX CONCURRENTLY on each partition and ALTER INDEX ... ATTACH PARTITION it; the parent&apos;s turns valid with the last one.</source>
        <translation>CREATE INDEX ... ON ONLY %1 (ungültig, baut nichts), dann CREATE INDEX CONCURRENTLY auf jeder Partition und ALTER INDEX ... ATTACH PARTITION; der Elternindex wird mit dem letzten gültig.</translation>
    </message>
</context>
<context>
    <name>ScriptRules</name>
    <message>
        <source>BEGIN while a transaction is already open: PostgreSQL only warns and keeps the outer transaction, so the first COMMIT ends both.</source>
        <translation>BEGIN bei bereits offener Transaktion: PostgreSQL warnt nur und behält die äußere Transaktion, sodass das erste COMMIT beide beendet.</translation>
    </message>
    <message>
        <source>Close the open transaction first, or use SAVEPOINT.</source>
        <translation>Schließen Sie zuerst die offene Transaktion, oder verwenden Sie SAVEPOINT.</translation>
    </message>
    <message>
        <source>%1 without an open transaction: the statements before it already committed one by one.</source>
        <translation>%1 ohne offene Transaktion: die Anweisungen davor wurden bereits einzeln committet.</translation>
    </message>
    <message>
        <source>Add the BEGIN that this COMMIT is meant to close, or remove it.</source>
        <translation>Fügen Sie das BEGIN hinzu, das dieses COMMIT schließen soll, oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 waits for %2 on %3 with no lock_timeout: if a long transaction holds the table, this statement queues and every query behind it (%4) waits too.</source>
        <translation>%1 wartet ohne lock_timeout auf %2 auf %3: hält eine lange Transaktion die Tabelle, reiht sich diese Anweisung ein und jede Abfrage dahinter (%4) wartet mit.</translation>
    </message>
    <message>
        <source>SET lock_timeout = &apos;2s&apos; at the top of the script (or SET LOCAL inside the transaction) and retry the statement when it times out.</source>
        <translation>SET lock_timeout = &apos;2s&apos; am Anfang des Skripts (oder SET LOCAL in der Transaktion) und die Anweisung bei Timeout wiederholen.</translation>
    </message>
    <message>
        <source>UPDATE of every row of %1 in one transaction: it holds row locks on the whole table until it commits, doubles its size in dead tuples and lags replicas.</source>
        <translation>UPDATE jeder Zeile von %1 in einer Transaktion: es hält Zeilensperren auf der ganzen Tabelle bis zum Commit, verdoppelt ihre Größe durch tote Tupel und lässt Replikate zurückfallen.</translation>
    </message>
    <message>
        <source>UPDATE of %1 with a WHERE that does not bound the rows to a batch (no key range, no LIMIT subquery): on a large table it locks and rewrites millions of rows in one transaction.</source>
        <translation>UPDATE von %1 mit einem WHERE, das die Zeilen nicht auf einen Batch begrenzt (kein Schlüsselbereich, keine LIMIT-Unterabfrage): auf einer großen Tabelle sperrt und schreibt es Millionen Zeilen in einer Transaktion um.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no live session for %1 in this build</source>
        <translation>keine Live-Sitzung für %1 in diesem Build</translation>
    </message>
    <message>
        <source>%1 has no COPY to load %2 with</source>
        <translation>%1 hat kein COPY, um %2 zu laden</translation>
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
        <source>Replication lag li&amp;mit:</source>
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
    <message>
        <source>Copy p&amp;hase</source>
        <translation>P&amp;hase kopieren</translation>
    </message>
    <message>
        <source>Copy the phase under the cursor, banner and SQL</source>
        <translation>Die Phase unter dem Cursor kopieren, Kopfzeile und SQL</translation>
    </message>
    <message>
        <source>Copy &amp;script</source>
        <translation>&amp;Skript kopieren</translation>
    </message>
    <message>
        <source>Copy the whole phased script</source>
        <translation>Das ganze Skript mit allen Phasen kopieren</translation>
    </message>
    <message>
        <source>Copy p&amp;hase “%1”</source>
        <translation>P&amp;hase „%1“ kopieren</translation>
    </message>
</context>
<context>
    <name>SqlTokenizer</name>
    <message>
        <source>unterminated /* comment</source>
        <translation>nicht abgeschlossener /*-Kommentar</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>nicht abgeschlossenes String-Literal</translation>
    </message>
    <message>
        <source>unterminated quoted name</source>
        <translation>nicht abgeschlossener Name in Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated dollar-quoted string</source>
        <translation>nicht abgeschlossener Dollar-quotierter String</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <source>the expression contains a NUL character</source>
        <translation>der Ausdruck enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>comments (-- or /* */) are not allowed in an expression</source>
        <translation>Kommentare (-- oder /* */) sind in einem Ausdruck nicht erlaubt</translation>
    </message>
    <message>
        <source>dollar-quoted strings are not allowed in an expression</source>
        <translation>Dollar-quotierte Strings sind in einem Ausdruck nicht erlaubt</translation>
    </message>
    <message>
        <source>parameters or variables (&quot;%1&quot;) are not allowed in an expression</source>
        <translation>Parameter oder Variablen („%1“) sind in einem Ausdruck nicht erlaubt</translation>
    </message>
    <message>
        <source>&quot;;&quot; would end the statement; give one expression</source>
        <translation>„;“ würde die Anweisung beenden; geben Sie einen Ausdruck an</translation>
    </message>
    <message>
        <source>unbalanced parentheses: &quot;)&quot; at offset %1 closes nothing</source>
        <translation>unausgeglichene Klammern: „)“ bei Offset %1 schließt nichts</translation>
    </message>
    <message>
        <source>a backslash (psql meta-command) is not allowed in an expression</source>
        <translation>ein Backslash (psql-Metabefehl) ist in einem Ausdruck nicht erlaubt</translation>
    </message>
    <message>
        <source>&quot;::&quot; casts are PostgreSQL syntax; %1 needs CAST(... AS type)</source>
        <translation>„::“-Casts sind PostgreSQL-Syntax; %1 braucht CAST(... AS type)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts a statement; an expression may not contain one (write a plain expression over the row&apos;s columns)</source>
        <translation>„%1“ beginnt eine Anweisung; ein Ausdruck darf keine enthalten (schreiben Sie einen einfachen Ausdruck über die Spalten der Zeile)</translation>
    </message>
    <message>
        <source>unbalanced parentheses: %1 &quot;(&quot; left open</source>
        <translation>unausgeglichene Klammern: %1 „(“ offen</translation>
    </message>
</context>
<context>
    <name>SqliteForecaster</name>
    <message>
        <source>database write lock</source>
        <translation>Schreibsperre der Datenbank</translation>
    </message>
    <message>
        <source>writes to every table of the database</source>
        <translation>Schreibzugriffe auf jede Tabelle der Datenbank</translation>
    </message>
    <message>
        <source>takes the write lock now and holds it until COMMIT: other connections&apos; writes wait (busy_timeout) while reads go on</source>
        <translation>nimmt die Schreibsperre jetzt und hält sie bis COMMIT: Schreibzugriffe anderer Verbindungen warten (busy_timeout), Lesezugriffe laufen weiter</translation>
    </message>
    <message>
        <source>writes the transaction to the file; in rollback-journal mode readers wait for it too, in WAL mode they do not</source>
        <translation>schreibt die Transaktion in die Datei; im Rollback-Journal-Modus warten auch Leser darauf, im WAL-Modus nicht</translation>
    </message>
    <message>
        <source>one batch per transaction: writers wait for one batch at a time</source>
        <translation>ein Batch je Transaktion: Schreiber warten jeweils auf einen Batch</translation>
    </message>
    <message>
        <source>reads only</source>
        <translation>liest nur</translation>
    </message>
    <message>
        <source>copies every row into the new table while holding the write lock</source>
        <translation>kopiert jede Zeile in die neue Tabelle und hält dabei die Schreibsperre</translation>
    </message>
    <message>
        <source>reads the whole table to build the index while holding the write lock</source>
        <translation>liest die ganze Tabelle, um den Index zu bauen, und hält dabei die Schreibsperre</translation>
    </message>
    <message>
        <source>frees the old table&apos;s pages: time grows with its size</source>
        <translation>gibt die Seiten der alten Tabelle frei: die Dauer wächst mit ihrer Größe</translation>
    </message>
    <message>
        <source>rewrites every row without the column</source>
        <translation>schreibt jede Zeile ohne die Spalte neu</translation>
    </message>
    <message>
        <source>changes the table definition only, then tests the CHECK against every existing row</source>
        <translation>ändert nur die Tabellendefinition und prüft dann den CHECK an jeder vorhandenen Zeile</translation>
    </message>
    <message>
        <source>changes the table definition only: no row is rewritten</source>
        <translation>ändert nur die Tabellendefinition: keine Zeile wird umgeschrieben</translation>
    </message>
    <message>
        <source>its %L1 rows</source>
        <translation>ihre %L1 Zeilen</translation>
    </message>
    <message>
        <source>its rows</source>
        <translation>ihre Zeilen</translation>
    </message>
    <message>
        <source>rebuilds %1: %2 are copied into a new table in one transaction, and every other connection&apos;s writes wait until it commits</source>
        <translation>baut %1 neu auf: %2 werden in einer Transaktion in eine neue Tabelle kopiert, und die Schreibzugriffe jeder anderen Verbindung warten bis zum Commit</translation>
    </message>
    <message>
        <source>run it in a quiet window, or keep the column within ADD COLUMN&apos;s limits (nullable, or a constant default with no backfill) so no rebuild is needed</source>
        <translation>führen Sie es in einem ruhigen Zeitfenster aus, oder halten Sie die Spalte in den Grenzen von ADD COLUMN (nullable, oder ein konstanter Default ohne Backfill), damit kein Neuaufbau nötig ist</translation>
    </message>
    <message>
        <source>builds the index over %1 while holding the write lock: other connections&apos; writes wait for the whole build</source>
        <translation>baut den Index über %1 und hält dabei die Schreibsperre: Schreibzugriffe anderer Verbindungen warten den ganzen Bau ab</translation>
    </message>
    <message>
        <source>SQLite cannot build an index concurrently: run it when writes are few</source>
        <translation>SQLite kann keinen Index nebenläufig bauen: führen Sie es aus, wenn wenig geschrieben wird</translation>
    </message>
    <message>
        <source>SQLite locks the whole database, not a table: each statement that writes takes the one write lock, so other connections&apos; writes wait for it (busy_timeout) while their reads go on.</source>
        <translation>SQLite sperrt die ganze Datenbank, nicht eine Tabelle: jede schreibende Anweisung nimmt die eine Schreibsperre, sodass Schreibzugriffe anderer Verbindungen darauf warten (busy_timeout), während ihre Lesezugriffe weiterlaufen.</translation>
    </message>
    <message>
        <source>This script rebuilds %1: %2 are copied in one transaction that holds the write lock from BEGIN IMMEDIATE to COMMIT.</source>
        <translation>Dieses Skript baut %1 neu auf: %2 werden in einer Transaktion kopiert, die die Schreibsperre von BEGIN IMMEDIATE bis COMMIT hält.</translation>
    </message>
    <message>
        <source>The backfill writes in batches, one transaction each, so writers wait for one batch at a time.</source>
        <translation>Der Backfill schreibt in Batches, je eine Transaktion, sodass Schreiber jeweils auf einen Batch warten.</translation>
    </message>
</context>
<context>
    <name>SqliteSession</name>
    <message>
        <source>cannot open %1: no such file</source>
        <translation>%1 kann nicht geöffnet werden: keine solche Datei</translation>
    </message>
    <message>
        <source>cannot open %1: it is a directory, not a database file</source>
        <translation>%1 kann nicht geöffnet werden: es ist ein Verzeichnis, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: the file is not an SQLite database</source>
        <translation>%1 kann nicht geöffnet werden: die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot open %1: not a regular file, so not an SQLite database</source>
        <translation>%1 kann nicht geöffnet werden: keine reguläre Datei, also keine SQLite-Datenbank</translation>
    </message>
</context>
<context>
    <name>StagingBuilder</name>
    <message>
        <source>staging is on another machine: its free disk space is unknown; the load needs about %1 MB</source>
        <translation>das Staging liegt auf einem anderen Rechner: sein freier Plattenplatz ist unbekannt; das Laden braucht etwa %1 MB</translation>
    </message>
    <message>
        <source>free disk space of the staging server unknown (data_directory not readable); the load needs about %1 MB</source>
        <translation>freier Plattenplatz des Staging-Servers unbekannt (data_directory nicht lesbar); das Laden braucht etwa %1 MB</translation>
    </message>
    <message>
        <source>%L1 rows need about %L2 MB on the staging server but only %L3 MB are free there: pass a smaller --rows</source>
        <translation>%L1 Zeilen brauchen etwa %L2 MB auf dem Staging-Server, dort sind aber nur %L3 MB frei: geben Sie ein kleineres --rows an</translation>
    </message>
    <message>
        <source>table %1 already exists in the staging database %2: pass --replace to drop and rebuild it</source>
        <translation>Tabelle %1 existiert bereits in der Staging-Datenbank %2: geben Sie --replace an, um sie zu entfernen und neu aufzubauen</translation>
    </message>
    <message>
        <source>constraint %1 on the synthetic rows: %2</source>
        <translation>Constraint %1 auf den synthetischen Zeilen: %2</translation>
    </message>
    <message>
        <source>check %1 does not hold on the synthetic rows (columns are generated independently): added NOT VALID</source>
        <translation>CHECK %1 gilt auf den synthetischen Zeilen nicht (Spalten werden unabhängig erzeugt): NOT VALID hinzugefügt</translation>
    </message>
    <message>
        <source>index %1 not built on the synthetic rows: %2</source>
        <translation>Index %1 auf den synthetischen Zeilen nicht gebaut: %2</translation>
    </message>
    <message>
        <source>foreign key %1 refers to the table itself: added NOT VALID</source>
        <translation>Fremdschlüssel %1 verweist auf die Tabelle selbst: NOT VALID hinzugefügt</translation>
    </message>
    <message>
        <source>parent %1 created holding only its key %2, filled with the keys the rows use</source>
        <translation>Elterntabelle %1 nur mit ihrem Schlüssel %2 angelegt, gefüllt mit den Schlüsseln, die die Zeilen verwenden</translation>
    </message>
    <message>
        <source>%1 trigger(s) of the source not copied (they may call functions staging lacks)</source>
        <translation>%1 Trigger der Quelle nicht kopiert (sie könnten Funktionen aufrufen, die dem Staging fehlen)</translation>
    </message>
</context>
<context>
    <name>StatementParser</name>
    <message>
        <source>the parse tree could not be read</source>
        <translation>der Parse-Baum konnte nicht gelesen werden</translation>
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
    <name>TableProfiler</name>
    <message>
        <source>%1 has never been analysed: its statistics were estimated from a %2% sample (run ANALYZE there for the planner&apos;s own)</source>
        <translation>%1 wurde nie analysiert: seine Statistik wurde aus einer Stichprobe von %2% geschätzt (führen Sie dort ANALYZE aus, für die des Planers)</translation>
    </message>
    <message>
        <source>table %1 not found on the source %2</source>
        <translation>Tabelle %1 in der Quelle %2 nicht gefunden</translation>
    </message>
    <message>
        <source>table %1 on the source has no statistics: run ANALYZE %1 there first, or pass --sample to estimate them from a sample (the rehearsal never writes to the source)</source>
        <translation>Tabelle %1 hat in der Quelle keine Statistik: führen Sie dort zuerst ANALYZE %1 aus oder geben Sie --sample an, um sie aus einer Stichprobe zu schätzen (der Probelauf schreibt nie in die Quelle)</translation>
    </message>
    <message>
        <source>column %1 has no statistics (never analysed since it was added?): filled with NULL where allowed, else a generic value</source>
        <translation>Spalte %1 hat keine Statistik (seit dem Hinzufügen nie analysiert?): mit NULL gefüllt, wo erlaubt, sonst mit einem allgemeinen Wert</translation>
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
        <translation>Beispiel&amp;plan öffnen…</translation>
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
<context>
    <name>Workload</name>
    <message>
        <source>no workload operation fits table %1 (it needs a single-column primary key or an index)</source>
        <translation>keine Lastoperation passt zu Tabelle %1 (sie braucht einen einspaltigen Primärschlüssel oder einen Index)</translation>
    </message>
</context>
</TS>
