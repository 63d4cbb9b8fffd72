<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppSettings</name>
    <message>
        <source>Could not write the settings to %1</source>
        <translation>Impossible d&apos;écrire les réglages dans %1</translation>
    </message>
</context>
<context>
    <name>ApprovalBadge</name>
    <message>
        <source>Approval status</source>
        <translation>État d&apos;approbation</translation>
    </message>
    <message>
        <source>Approvals damaged</source>
        <translation>Approbations endommagées</translation>
    </message>
    <message>
        <source>Script SHA-256 %1</source>
        <translation>SHA-256 du script %1</translation>
    </message>
    <message>
        <source>Approved by %1 at %2%3</source>
        <translation>Approuvé par %1 le %2%3</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Approuvé par %1 le %2</translation>
    </message>
    <message>
        <source>Stale: the script changed since %1 approved it</source>
        <translation>Périmée : le script a changé depuis que %1 l&apos;a approuvé</translation>
    </message>
    <message>
        <source>%1
Approve it again after reviewing the changes (Plan › Approve…).</source>
        <translation>%1
Approuvez-le à nouveau après avoir relu les modifications (Plan › Approuver…).</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the plan</source>
        <translation>Approuver le plan</translation>
    </message>
    <message>
        <source>Approving records that you reviewed the script of “%1” exactly as it is now. Any later change to the design or to a phase makes the approval stale.</source>
        <translation>L&apos;approbation enregistre que vous avez relu le script de « %1 » exactement tel qu&apos;il est maintenant. Toute modification ultérieure de la conception ou d&apos;une phase rend l&apos;approbation périmée.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approuvé &amp;par :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What you checked, conditions (optional)</source>
        <translation>Ce que vous avez vérifié, conditions (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Script SHA-256:</source>
        <translation>SHA-256 du script :</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
</context>
<context>
    <name>BackfillRunner</name>
    <message>
        <source>stopped while waiting for replication lag; run again to resume from the checkpoint</source>
        <translation>arrêté pendant l&apos;attente du retard de réplication ; relancez pour reprendre au point de reprise</translation>
    </message>
    <message>
        <source>backfill batch from key %1</source>
        <translation>lot de remplissage à partir de la clé %1</translation>
    </message>
    <message>
        <source>stopped: %1 was canceled and rolled back; run again to resume from the checkpoint</source>
        <translation>arrêté : %1 a été annulé et annulé par rollback ; relancez pour reprendre au point de reprise</translation>
    </message>
    <message>
        <source>%1 failed: %2 (the run can be resumed from the checkpoint)</source>
        <translation>%1 a échoué : %2 (l&apos;exécution peut reprendre au point de reprise)</translation>
    </message>
    <message>
        <source> (%1 %2 ms even for %3 rows: raise backfill.statement_timeout_ms in the plan)</source>
        <translation> (%1 %2 ms même pour %3 lignes : augmentez backfill.statement_timeout_ms dans le plan)</translation>
    </message>
    <message>
        <source>%1: %2; retrying with %3 rows in %4 ms</source>
        <translation>%1 : %2 ; nouvel essai avec %3 lignes dans %4 ms</translation>
    </message>
    <message>
        <source>%1 reached</source>
        <translation>%1 atteint</translation>
    </message>
    <message>
        <source>rows locked by another transaction (%1)</source>
        <translation>lignes verrouillées par une autre transaction (%1)</translation>
    </message>
    <message>
        <source>deadlock or serialization failure</source>
        <translation>interblocage ou échec de sérialisation</translation>
    </message>
    <message>
        <source>stopped before retrying %1; run again to resume from the checkpoint</source>
        <translation>arrêté avant de réessayer %1 ; relancez pour reprendre au point de reprise</translation>
    </message>
    <message>
        <source>sample: %1 rows between keys %2 and %3 hold a value other than the backfill expression (written by someone else?)</source>
        <translation>échantillon : %1 lignes entre les clés %2 et %3 ont une valeur différente de l&apos;expression de remplissage (écrites par quelqu&apos;un d&apos;autre ?)</translation>
    </message>
    <message>
        <source>stopped during the final sweep; run again to finish it</source>
        <translation>arrêté pendant le balayage final ; relancez pour le terminer</translation>
    </message>
    <message>
        <source>backfill final sweep failed: %1</source>
        <translation>le balayage final du remplissage a échoué : %1</translation>
    </message>
    <message>
        <source>final sweep pass %1: filled %2 rows that appeared behind the cursor</source>
        <translation>passe de balayage final %1 : %2 lignes apparues derrière le curseur remplies</translation>
    </message>
    <message>
        <source>would fill %1 in keyset batches on %2 %3, each its own transaction (%4; batches sized to %5 ms, at most %6 rows), then sweep rows added behind the cursor</source>
        <translation>remplirait %1 par lots keyset sur %2 %3, chacun dans sa propre transaction (%4 ; lots dimensionnés à %5 ms, au plus %6 lignes), puis balaierait les lignes ajoutées derrière le curseur</translation>
    </message>
    <message>
        <source>resuming after key %1 (%2 rows done)</source>
        <translation>reprise après la clé %1 (%2 lignes faites)</translation>
    </message>
    <message>
        <source>from the first key</source>
        <translation>à partir de la première clé</translation>
    </message>
    <message>
        <source>resuming from the checkpoint after key %1 (%2 rows done)</source>
        <translation>reprise au point de reprise après la clé %1 (%2 lignes faites)</translation>
    </message>
    <message>
        <source>stopped after a committed batch; %1 rows done; run again to resume from the checkpoint</source>
        <translation>arrêté après un lot validé ; %1 lignes faites ; relancez pour reprendre au point de reprise</translation>
    </message>
    <message>
        <source>paused after %1 rows; resume to go on</source>
        <translation>en pause après %1 lignes ; reprenez pour continuer</translation>
    </message>
    <message>
        <source>stopped while paused; %1 rows done; run again to resume from the checkpoint</source>
        <translation>arrêté pendant la pause ; %1 lignes faites ; relancez pour reprendre au point de reprise</translation>
    </message>
    <message>
        <source>our batch made %1 other session(s) wait on its locks: smaller batches (%2 rows) and a pause</source>
        <translation>notre lot a fait attendre %1 autre(s) session(s) sur ses verrous : lots plus petits (%2 lignes) et une pause</translation>
    </message>
    <message>
        <source>stopped after a committed batch; run again to resume from the checkpoint</source>
        <translation>arrêté après un lot validé ; relancez pour reprendre au point de reprise</translation>
    </message>
    <message>
        <source>%1 gave up after %2 attempts in %5 s: %3%4; run again to resume from the checkpoint</source>
        <translation>%1 abandonné après %2 tentatives en %5 s : %3%4 ; relancez pour reprendre au point de reprise</translation>
    </message>
    <message>
        <source>%1 not done: rows keep arriving without a value for %2 (%3 %4): the application does not write the column yet. Deploy the application version that writes %2, give the column a default, or turn on the sync trigger; then run again: it sweeps those rows and goes on</source>
        <translation>%1 non terminé : des lignes sans valeur pour %2 continuent d’arriver (%3 %4) : l’application n’écrit pas encore la colonne. Déployez la version de l’application qui écrit %2, donnez un défaut à la colonne ou activez le déclencheur de synchronisation ; puis relancez : ces lignes seront remplies et la suite reprendra</translation>
    </message>
    <message>
        <source>rows keep arriving without a value: the last of 20 sweep passes still found %1</source>
        <translation>des lignes sans valeur continuent d’arriver : la dernière des 20 passes de balayage en a encore trouvé %1</translation>
    </message>
    <message>
        <source>still found by the last of 20 sweep passes</source>
        <translation>encore trouvées par la dernière des 20 passes de balayage</translation>
    </message>
    <message>
        <source>partition %1 (%2 of %3)</source>
        <translation>partition %1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>BackfillSettingsWidget</name>
    <message>
        <source>Backfill settings</source>
        <translation>Réglages du remplissage</translation>
    </message>
    <message>
        <source>Show backfill settings</source>
        <translation>Afficher les réglages du remplissage</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Target batch &amp;time:</source>
        <translation>&amp;Durée cible d&apos;un lot :</translation>
    </message>
    <message>
        <source>Batch size adapts so that each batch takes about this long</source>
        <translation>La taille des lots s&apos;adapte pour que chaque lot dure environ ce temps</translation>
    </message>
    <message>
        <source>Max batch &amp;rows:</source>
        <translation>Lignes &amp;max. par lot :</translation>
    </message>
    <message>
        <source>Never more rows than this in one batch</source>
        <translation>Jamais plus de lignes que cela dans un lot</translation>
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;Pause entre les lots :</translation>
    </message>
    <message>
        <source>Sleep between batches, to leave room for other work</source>
        <translation>Attente entre les lots, pour laisser de la place au reste du travail</translation>
    </message>
    <message>
        <source>Max replication &amp;lag:</source>
        <translation>&amp;Retard de réplication max. :</translation>
    </message>
    <message>
        <source>Wait while replicas lag more than this</source>
        <translation>Attendre tant que les réplicas ont plus de retard que cela</translation>
    </message>
    <message>
        <source>Loc&amp;k timeout:</source>
        <translation>Délai d&apos;attente de &amp;verrou :</translation>
    </message>
    <message>
        <source>A DDL statement gives up (and retries) after waiting this long for its lock</source>
        <translation>Une instruction DDL abandonne (et réessaie) après avoir attendu son verrou aussi longtemps</translation>
    </message>
    <message>
        <source>&amp;Statement timeout:</source>
        <translation>Délai d&apos;&amp;instruction :</translation>
    </message>
    <message>
        <source>Any one statement stops after this long (0: no limit)</source>
        <translation>Toute instruction s&apos;arrête après ce délai (0 : sans limite)</translation>
    </message>
    <message>
        <source>Keep new and updated rows in sync with a trigger during the backfill</source>
        <translation>Garder les lignes nouvelles et modifiées synchronisées par un trigger pendant le remplissage</translation>
    </message>
    <message>
        <source>PostgreSQL: expand adds a trigger that writes the backfill expression into every row the application inserts or updates; enforce drops it</source>
        <translation>PostgreSQL : expand ajoute un trigger qui écrit l&apos;expression de remplissage dans chaque ligne que l&apos;application insère ou modifie ; enforce le supprime</translation>
    </message>
    <message>
        <source>Shows or hides batch size, pauses, lag limit and timeouts</source>
        <translation>Affiche ou masque la taille des lots, les pauses, la limite de retard et les délais</translation>
    </message>
</context>
<context>
    <name>BlockerModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>détient</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>attend</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Transaction age</source>
        <translation>Âge de la transaction</translation>
    </message>
    <message>
        <source>Last query</source>
        <translation>Dernière requête</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 %2, database %3%4
</source>
        <translation>%1 %2, base de données %3%4
</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> en tant que %1</translation>
    </message>
    <message>
        <source>%1 tables in %2 schemas

</source>
        <translation>%1 tables dans %2 schémas

</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows (%4), %5 total, %6 heap
</source>
        <translation>%1 (%2) : %3 lignes (%4), %5 au total, %6 de heap
</translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation>pas de statistiques</translation>
    </message>
    <message>
        <source>primary key: %1
</source>
        <translation>clé primaire : %1
</translation>
    </message>
    <message>
        <source>engine: %1, row format: %2, FULLTEXT index: %3, instant row versions: %4
</source>
        <translation>moteur : %1, format de ligne : %2, index FULLTEXT : %3, versions de ligne instant : %4
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not kept by this server</source>
        <translation>non tenues par ce serveur</translation>
    </message>
    <message>
        <source>%1 of 64</source>
        <translation>%1 sur 64</translation>
    </message>
    <message>
        <source>
columns:
</source>
        <translation>
colonnes :
</translation>
    </message>
    <message>
        <source>
indexes:
</source>
        <translation>
index :
</translation>
    </message>
    <message>
        <source>
constraints:
</source>
        <translation>
contraintes :
</translation>
    </message>
    <message>
        <source>
triggers:
</source>
        <translation>
triggers :
</translation>
    </message>
    <message>
        <source>
dependent views:
</source>
        <translation>
vues dépendantes :
</translation>
    </message>
    <message>
        <source> (materialized)</source>
        <translation> (matérialisée)</translation>
    </message>
    <message>
        <source>%1 tables (and %3 partitions) in %2 schemas

</source>
        <translation>%1 tables (et %3 partitions) dans %2 schémas

</translation>
    </message>
    <message>
        <source>%1  partitioned by %2: %3 partitions
</source>
        <translation>%1  partitionnée par %2 : %3 partitions
</translation>
    </message>
    <message>
        <source>partition of %1: %2
</source>
        <translation>partition de %1 : %2
</translation>
    </message>
    <message>
        <source>partitioned by %1, %2 partitions:
</source>
        <translation>partitionnée par %1, %2 partitions :
</translation>
    </message>
    <message>
        <source>  (partitioned)</source>
        <translation>  (partitionnée)</translation>
    </message>
    <message>
        <source>  %1 rows, %2</source>
        <translation>  %1 lignes, %2</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <source>%1 rows, %2</source>
        <translation>%1 lignes, %2</translation>
    </message>
    <message>
        <source>%1: about %2 rows (%3), %4 on disk</source>
        <translation>%1 : environ %2 lignes (%3), %4 sur disque</translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation>pas de statistiques</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source> (primary key)</source>
        <translation> (clé primaire)</translation>
    </message>
    <message>
        <source> DEFAULT %1</source>
        <translation> DEFAULT %1</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <source> unique</source>
        <translation> unique</translation>
    </message>
    <message>
        <source> partial</source>
        <translation> partiel</translation>
    </message>
    <message>
        <source> INVALID</source>
        <translation> INVALIDE</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source> NOT VALID</source>
        <translation> NOT VALID</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Dependent views</source>
        <translation>Vues dépendantes</translation>
    </message>
    <message>
        <source>materialized</source>
        <translation>matérialisée</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>FULLTEXT</source>
        <translation>FULLTEXT</translation>
    </message>
    <message>
        <source>compressed</source>
        <translation>compressée</translation>
    </message>
    <message>
        <source>%1/64 row versions</source>
        <translation>%1/64 versions de ligne</translation>
    </message>
    <message>
        <source>Engine %1, row format %2</source>
        <translation>Moteur %1, format de ligne %2</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Partition of %1: %2</source>
        <translation>Partition de %1 : %2</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>checks support PostgreSQL, MySQL and MariaDB targets; %1 is %2</source>
        <translation>les vérifications prennent en charge les cibles PostgreSQL, MySQL et MariaDB ; %1 est %2</translation>
    </message>
    <message>
        <source>table row count</source>
        <translation>nombre de lignes de la table</translation>
    </message>
    <message>
        <source>rows whose value differs from the backfill expression</source>
        <translation>lignes dont la valeur diffère de l&apos;expression de remplissage</translation>
    </message>
    <message>
        <source>the column has its default</source>
        <translation>la colonne a sa valeur par défaut</translation>
    </message>
    <message>
        <source>no INVALID index on the column</source>
        <translation>aucun index INVALID sur la colonne</translation>
    </message>
    <message>
        <source>no NOT VALID constraint on the column</source>
        <translation>aucune contrainte NOT VALID sur la colonne</translation>
    </message>
    <message>
        <source>an index covers the column</source>
        <translation>un index couvre la colonne</translation>
    </message>
    <message>
        <source>the CHECK constraint is in place</source>
        <translation>la contrainte CHECK est en place</translation>
    </message>
    <message>
        <source>rows left NULL where the backfill expression gives a value (it is volatile, so only NULL-ness is compared)</source>
        <translation>lignes restées NULL là où l’expression de remplissage donne une valeur (elle est volatile : seule la nullité est comparée)</translation>
    </message>
    <message>
        <source>not run: a check is one query, and this one goes on after &quot;;&quot;</source>
        <translation>non exécutée : une vérification est une seule requête, et celle-ci continue après « ; »</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--by: say who approves</source>
        <translation>--by : indiquez qui approuve</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>column %1 does not exist on %2: nothing to check yet (run the plan first)</source>
        <translation>la colonne %1 n&apos;existe pas dans %2 : rien à vérifier pour l&apos;instant (exécutez d&apos;abord le plan)</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed on %3</source>
        <translation>%1 vérifications sur %2 ont échoué sur %3</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation>--%1 manquant</translation>
    </message>
    <message>
        <source>Usage: column-planner [--demo]            open the window (on the demo database)
       column-planner COMMAND [OPTIONS]   run headless

Commands:
</source>
        <translation>Usage : column-planner [--demo]               ouvre la fenêtre (sur la base de démonstration)
        column-planner COMMANDE [OPTIONS]     s&apos;exécute sans interface

Commandes :
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
URI : postgresql://utilisateur@hôte:port/base, une chaîne libpq clé=valeur, ou sqlite:CHEMIN.
Les mots de passe viennent de ~/.pgpass, de PGPASSWORD ou d&apos;un fichier de service, jamais de l&apos;application.
Codes de sortie : 0 terminé, 1 constats ou vérifications en échec, 2 usage ou entrée incorrects,
3 erreur de base de données ou de connexion, 4 arrêté par l&apos;utilisateur ou par une limite de sécurité.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see column-planner --help)</source>
        <translation>commande inconnue « %1 » (voir column-planner --help)</translation>
    </message>
    <message>
        <source>diff needs two plans: column-planner diff A B</source>
        <translation>diff a besoin de deux plans : column-planner diff A B</translation>
    </message>
    <message>
        <source>--to: unknown export target &quot;%1&quot;, choose %2</source>
        <translation>--to : cible d&apos;export inconnue « %1 », choisissez %2</translation>
    </message>
    <message>
        <source>--db: forecast needs a PostgreSQL or MySQL/MariaDB database, not %1</source>
        <translation>--db : forecast a besoin d&apos;une base PostgreSQL ou MySQL/MariaDB, pas %1</translation>
    </message>
    <message>
        <source>%1: the plan targets %2; forecast reads PostgreSQL servers only</source>
        <translation>%1 : le plan vise %2 ; forecast ne lit que des serveurs PostgreSQL</translation>
    </message>
    <message>
        <source>--dialect: unknown dialect &quot;%1&quot;, choose postgresql, sqlite, mysql or mariadb</source>
        <translation>--dialect : dialecte inconnu « %1 », choisissez postgresql, sqlite, mysql ou mariadb</translation>
    </message>
    <message>
        <source>--phase: unknown phase &quot;%1&quot;, choose %2</source>
        <translation>--phase : phase inconnue « %1 », choisissez %2</translation>
    </message>
    <message>
        <source>--table needs a table name, as SCHEMA.TABLE or TABLE</source>
        <translation>--table a besoin d&apos;un nom de table, sous la forme SCHÉMA.TABLE ou TABLE</translation>
    </message>
    <message>
        <source>no table &quot;%1&quot; in %2</source>
        <translation>pas de table « %1 » dans %2</translation>
    </message>
    <message>
        <source>table name &quot;%1&quot; is ambiguous: %2 (give the schema)</source>
        <translation>le nom de table « %1 » est ambigu : %2 (précisez le schéma)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>impossible de lire %1 : fichier inexistant</translation>
    </message>
    <message>
        <source>cannot read %1: it is a directory</source>
        <translation>impossible de lire %1 : c&apos;est un répertoire</translation>
    </message>
    <message>
        <source>%1 is %2 MB; lint reads scripts up to %3 MB</source>
        <translation>%1 fait %2 Mo ; lint lit des scripts jusqu&apos;à %3 Mo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most lint reads</source>
        <translation>%1 dépasse %2 Mo, le maximum que lint lit</translation>
    </message>
    <message>
        <source>%1 is not a SQL text file (NUL byte at offset %2)</source>
        <translation>%1 n&apos;est pas un fichier texte SQL (octet NUL à la position %2)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (invalid byte 0x%2 at offset %3); convert it to UTF-8 first</source>
        <translation>%1 n&apos;est pas du texte UTF-8 (octet invalide 0x%2 à la position %3) ; convertissez-le d&apos;abord en UTF-8</translation>
    </message>
    <message>
        <source>--server-version must be a PostgreSQL major version from 10 to 18, not &quot;%1&quot;</source>
        <translation>--server-version doit être une version majeure de PostgreSQL de 10 à 18, pas « %1 »</translation>
    </message>
    <message>
        <source>--format must be text, json or sarif, not &quot;%1&quot;</source>
        <translation>--format doit valoir text, json ou sarif, pas « %1 »</translation>
    </message>
    <message>
        <source>%1: the plan targets %2 but the database is MySQL/MariaDB: write the plan for &quot;mysql&quot; or &quot;mariadb&quot;</source>
        <translation>%1 : le plan vise %2 mais la base est MySQL/MariaDB : écrivez le plan pour « mysql » ou « mariadb »</translation>
    </message>
    <message>
        <source>%1: no table &quot;%2&quot; in %3</source>
        <translation>%1 : pas de table « %2 » dans %3</translation>
    </message>
    <message>
        <source>--%1: expected a number of at least %2, got &quot;%3&quot;</source>
        <translation>--%1 : nombre d&apos;au moins %2 attendu, « %3 » reçu</translation>
    </message>
    <message>
        <source>--rows: expected a positive number, got &quot;%1&quot;</source>
        <translation>--rows : nombre positif attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>--mix: expected four weights K,I,N,U (reads by key, reads by index, inserts, updates), got &quot;%1&quot;</source>
        <translation>--mix : quatre poids K,I,N,U attendus (lectures par clé, lectures par index, insertions, mises à jour), « %1 » reçu</translation>
    </message>
    <message>
        <source>rehearse is PostgreSQL only: the plan, --source and --staging must all be PostgreSQL</source>
        <translation>rehearse est réservé à PostgreSQL : le plan, --source et --staging doivent tous être PostgreSQL</translation>
    </message>
    <message>
        <source>rehearsal stopped; the staging table may be partly built (rebuild it with --replace)</source>
        <translation>répétition arrêtée ; la table de staging est peut-être partiellement construite (reconstruisez-la avec --replace)</translation>
    </message>
    <message>
        <source>--format: unknown report format &quot;%1&quot;, choose html, pdf or md</source>
        <translation>--format : format de rapport inconnu « %1 », choisissez html, pdf ou md</translation>
    </message>
    <message>
        <source>%1 exists (use --force to replace it)</source>
        <translation>%1 existe déjà (utilisez --force pour le remplacer)</translation>
    </message>
    <message>
        <source>--profile: no saved connection profile &quot;%1&quot; (there is no profile store yet)</source>
        <translation>--profile : pas de profil de connexion enregistré « %1 » (il n&apos;y a pas encore de stockage de profils)</translation>
    </message>
    <message>
        <source>--profile: no saved connection profile &quot;%1&quot;</source>
        <translation>--profile : pas de profil de connexion enregistré « %1 »</translation>
    </message>
    <message>
        <source>no terminal to ask at the gates: pass --yes to run every phase without asking (or --dry-run)</source>
        <translation>pas de terminal pour demander aux points de contrôle : passez --yes pour exécuter chaque phase sans demander (ou --dry-run)</translation>
    </message>
    <message>
        <source>When the source table has never been analysed, estimate its statistics from a sample (read only).</source>
        <translation>Si la table source n&apos;a jamais été analysée, estimer ses statistiques à partir d&apos;un échantillon (lecture seule).</translation>
    </message>
    <message>
        <source>no transaction</source>
        <translation>aucune transaction</translation>
    </message>
    <message>
        <source>transaction open %1 s</source>
        <translation>transaction ouverte depuis %1 s</translation>
    </message>
    <message>
        <source>Forecast for %1 on %2, %3 UTC
</source>
        <translation>Prévision pour %1 sur %2, %3 UTC
</translation>
    </message>
    <message>
        <source>Table: engine %1, row format %2, FULLTEXT index: %3, instant row versions: %4, about %5 rows, %6 bytes

</source>
        <translation>Table : moteur %1, format de ligne %2, index FULLTEXT : %3, versions de ligne instant : %4, environ %5 lignes, %6 octets

</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>non tenues</translation>
    </message>
    <message>
        <source>%1 of 64</source>
        <translation>%1 sur 64</translation>
    </message>
    <message>
        <source>   algorithm: %1, LOCK=%2%3; writes %4; table %5
</source>
        <translation>   algorithme : %1, LOCK=%2%3 ; écritures : %4 ; table %5
</translation>
    </message>
    <message>
        <source> (chosen by the server)</source>
        <translation> (choisi par le serveur)</translation>
    </message>
    <message>
        <source> (requested %1)</source>
        <translation> (demandé : %1)</translation>
    </message>
    <message>
        <source>BLOCKED while it runs</source>
        <translation>BLOQUÉES pendant son exécution</translation>
    </message>
    <message>
        <source>go on</source>
        <translation>continuent</translation>
    </message>
    <message>
        <source>rebuilt</source>
        <translation>reconstruite</translation>
    </message>
    <message>
        <source>not rebuilt</source>
        <translation>non reconstruite</translation>
    </message>
    <message>
        <source>   server: %1
</source>
        <translation>   serveur : %1
</translation>
    </message>
    <message>
        <source>   refused %1
</source>
        <translation>   refusé %1
</translation>
    </message>
    <message>
        <source>   why: %1
</source>
        <translation>   pourquoi : %1
</translation>
    </message>
    <message>
        <source>
Live now
</source>
        <translation>
En ce moment
</translation>
    </message>
    <message>
        <source>  metadata locks: %1
</source>
        <translation>  verrous de métadonnées : %1
</translation>
    </message>
    <message>
        <source>  metadata locks: none on %1 (an ALTER would not queue)
</source>
        <translation>  verrous de métadonnées : aucun sur %1 (un ALTER n&apos;attendrait pas)
</translation>
    </message>
    <message>
        <source>  session %1 (%2@%3, %4, %5) %6 %7 on %8: every ALTER would wait for it, and every later query on the table for the ALTER; %9
</source>
        <translation>  session %1 (%2@%3, %4, %5) %6 %7 sur %8 : tout ALTER l&apos;attendrait, et toute requête ultérieure sur la table attendrait l&apos;ALTER ; %9
</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>détient</translation>
    </message>
    <message>
        <source>waits for</source>
        <translation>attend</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>  open transactions: none
</source>
        <translation>  transactions ouvertes : aucune
</translation>
    </message>
    <message>
        <source>  open transaction: session %1 (%2@%3, %4), %5 s, state %6%7
</source>
        <translation>  transaction ouverte : session %1 (%2@%3, %4), %5 s, état %6%7
</translation>
    </message>
    <message>
        <source>, holds the table</source>
        <translation>, détient la table</translation>
    </message>
    <message>
        <source>  replication: this server is a replica, %1 behind its primary: run the plan on the primary
</source>
        <translation>  réplication : ce serveur est un réplica, en retard de %1 sur son primaire : exécutez le plan sur le primaire
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>  replica: %1
</source>
        <translation>  réplica : %1
</translation>
    </message>
    <message>
        <source>  replication: %1
</source>
        <translation>  réplication : %1
</translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation>  remarque : %1
</translation>
    </message>
    <message>
        <source>[%1%2] %3% %L4/%L5 rows  %L6 rows/s  ETA %7  batch %L8 (%9 ms)  lag %10</source>
        <translation>[%1%2] %3% %L4/%L5 lignes  %L6 lignes/s  reste %7  lot %L8 (%9 ms)  retard %10</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>  %1 %2 (expected %3, got %4)</source>
        <translation>  %1 %2 (attendu %3, obtenu %4)</translation>
    </message>
    <message>
        <source>ok  </source>
        <translation>ok  </translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message>
        <source>keys: p pause, r resume, q stop after this batch, +/- target batch time
</source>
        <translation>touches : p pause, r reprise, q arrêt après ce lot, +/- durée cible des lots
</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation>Le fichier du plan.</translation>
    </message>
    <message>
        <source>Who approves.</source>
        <translation>Qui approuve.</translation>
    </message>
    <message>
        <source>What was checked, conditions.</source>
        <translation>Ce qui a été vérifié, conditions.</translation>
    </message>
    <message>
        <source>Print the approval status only.</source>
        <translation>Afficher seulement l&apos;état d&apos;approbation.</translation>
    </message>
    <message>
        <source>The database to check.</source>
        <translation>La base de données à vérifier.</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Afficher les résultats en JSON.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation> (attendu %1)</translation>
    </message>
    <message>
        <source>The earlier plan.</source>
        <translation>Le plan antérieur.</translation>
    </message>
    <message>
        <source>The later plan.</source>
        <translation>Le plan ultérieur.</translation>
    </message>
    <message>
        <source>flyway, liquibase, django, sqitch or sql.</source>
        <translation>flyway, liquibase, django, sqitch ou sql.</translation>
    </message>
    <message>
        <source>The directory to write (new or empty).</source>
        <translation>Le répertoire à écrire (nouveau ou vide).</translation>
    </message>
    <message>
        <source>Write into a non-empty directory, replacing the exported files.</source>
        <translation>Écrire dans un répertoire non vide en remplaçant les fichiers exportés.</translation>
    </message>
    <message>
        <source>Django app label (default: app).</source>
        <translation>Label de l&apos;application Django (par défaut : app).</translation>
    </message>
    <message>
        <source>Django model of the table (default: the table name).</source>
        <translation>Modèle Django de la table (par défaut : le nom de la table).</translation>
    </message>
    <message>
        <source>The app&apos;s migration the export follows, e.g. 0007_previous.</source>
        <translation>La migration de l&apos;application que l&apos;export suit, p. ex. 0007_previous.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instantané</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>no table lock</source>
        <translation>aucun verrou de table</translation>
    </message>
    <message>
        <source>Forecast for %1 on %2 (PostgreSQL %3), %4 UTC
</source>
        <translation>Prévision pour %1 sur %2 (PostgreSQL %3), %4 UTC
</translation>
    </message>
    <message>
        <source>Table: %1 rows (%2), heap %3, total %4; estimates assume a scan rate of %5/s

</source>
        <translation>Table : %1 lignes (%2), heap %3, total %4 ; les estimations supposent un débit de parcours de %5/s

</translation>
    </message>
    <message>
        <source>   lock: %1
</source>
        <translation>   verrou : %1
</translation>
    </message>
    <message>
        <source>   blocks: %1
</source>
        <translation>   bloque : %1
</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>   rewrite: %1, scan: %2, in transaction: %3
</source>
        <translation>   réécriture : %1, parcours : %2, en transaction : %3
</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>   estimate: %1 (%2)
</source>
        <translation>   estimation : %1 (%2)
</translation>
    </message>
    <message>
        <source>   would wait behind: pid %1
</source>
        <translation>   attendrait derrière : pid %1
</translation>
    </message>
    <message>
        <source>  blockers: none (no session holds a lock that conflicts with the plan&apos;s locks)
</source>
        <translation>  bloqueurs : aucun (aucune session ne détient de verrou en conflit avec les verrous du plan)
</translation>
    </message>
    <message>
        <source>  blockers:
</source>
        <translation>  bloqueurs :
</translation>
    </message>
    <message>
        <source>    pid %1 %2 %3 on %4 (user %5, application &quot;%6&quot;, %7, transaction open %8): %9
</source>
        <translation>    pid %1 %2 %3 sur %4 (utilisateur %5, application « %6 », %7, transaction ouverte depuis %8) : %9
</translation>
    </message>
    <message>
        <source>  oldest snapshot: pid %1 (user %2, %3), xmin age %4 transactions, transaction open %5; %6 backend(s) hold a snapshot (CREATE INDEX CONCURRENTLY waits for them)
</source>
        <translation>  plus ancien instantané : pid %1 (utilisateur %2, %3), âge du xmin %4 transactions, transaction ouverte depuis %5 ; %6 backend(s) détiennent un instantané (CREATE INDEX CONCURRENTLY les attend)
</translation>
    </message>
    <message>
        <source>  oldest snapshot: none held
</source>
        <translation>  plus ancien instantané : aucun détenu
</translation>
    </message>
    <message>
        <source>  replication: this server is a standby (replay delay %1): the plan cannot run here
</source>
        <translation>  réplication : ce serveur est un standby (retard de rejeu %1) : le plan ne peut pas être exécuté ici
</translation>
    </message>
    <message>
        <source>  replication: primary with no connected standby
</source>
        <translation>  réplication : primaire sans standby connecté
</translation>
    </message>
    <message>
        <source>  replica %1 (%2, %3, %4): write lag %5, flush lag %6, replay lag %7
</source>
        <translation>  réplica %1 (%2, %3, %4) : retard d&apos;écriture %5, retard de flush %6, retard de rejeu %7
</translation>
    </message>
    <message>
        <source>  backfill WAL: about %1 (%2)
</source>
        <translation>  WAL du remplissage : environ %1 (%2)
</translation>
    </message>
    <message>
        <source>  one backfill batch: </source>
        <translation>  un lot de remplissage : </translation>
    </message>
    <message>
        <source>%1, cost %2, %3 rows estimated</source>
        <translation>%1, coût %2, %3 lignes estimées</translation>
    </message>
    <message>
        <source>The PostgreSQL or MySQL/MariaDB database the plan would run on.</source>
        <translation>La base PostgreSQL ou MySQL/MariaDB sur laquelle le plan serait exécuté.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>postgresql, sqlite, mysql or mariadb (default: the plan&apos;s).</source>
        <translation>postgresql, sqlite, mysql ou mariadb (par défaut : celui du plan).</translation>
    </message>
    <message>
        <source>Server version to write for, e.g. 15 or 8.0.35.</source>
        <translation>Version du serveur visée, p. ex. 15 ou 8.0.35.</translation>
    </message>
    <message>
        <source>Only this phase: expand, backfill, enforce, verify.</source>
        <translation>Seulement cette phase : expand, backfill, enforce, verify.</translation>
    </message>
    <message>
        <source>Print the rollback (of --phase, or of every phase newest first).</source>
        <translation>Afficher le rollback (de --phase, ou de chaque phase, la plus récente en premier).</translation>
    </message>
    <message>
        <source>Read the catalog and check expressions on this database.</source>
        <translation>Lire le catalogue et vérifier les expressions sur cette base de données.</translation>
    </message>
    <message>
        <source>Connection URI.</source>
        <translation>URI de connexion.</translation>
    </message>
    <message>
        <source>Only this table.</source>
        <translation>Seulement cette table.</translation>
    </message>
    <message>
        <source>text, json or sarif.</source>
        <translation>text, json ou sarif.</translation>
    </message>
    <message>
        <source>PostgreSQL major version, 10..18.</source>
        <translation>Version majeure de PostgreSQL, 10..18.</translation>
    </message>
    <message>
        <source>FILE.sql (or - for standard input)</source>
        <translation>FILE.sql (ou - pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>The production database the table and its statistics are read from (read only).</source>
        <translation>La base de production dont la table et ses statistiques sont lues (en lecture seule).</translation>
    </message>
    <message>
        <source>The staging database the synthetic copy is built in and the plan runs on.</source>
        <translation>La base de staging où la copie synthétique est construite et le plan exécuté.</translation>
    </message>
    <message>
        <source>Rows to generate (default: the source&apos;s estimate).</source>
        <translation>Lignes à générer (par défaut : l&apos;estimation de la source).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <source>Drop and rebuild the staging table when it exists.</source>
        <translation>Supprimer et reconstruire la table de staging si elle existe.</translation>
    </message>
    <message>
        <source>Store the report in the plan file under &quot;rehearsal&quot;.</source>
        <translation>Enregistrer le rapport dans le fichier du plan sous « rehearsal ».</translation>
    </message>
    <message>
        <source>Workload connections (default 4).</source>
        <translation>Connexions de la charge (par défaut 4).</translation>
    </message>
    <message>
        <source>Workload operations per second, all clients together (default 200).</source>
        <translation>Opérations de charge par seconde, tous clients confondus (par défaut 200).</translation>
    </message>
    <message>
        <source>Weights of reads by key, reads by index, inserts, updates (default 50,20,10,20).</source>
        <translation>Poids des lectures par clé, lectures par index, insertions, mises à jour (par défaut 50,20,10,20).</translation>
    </message>
    <message>
        <source>Seconds of workload before the run (default 5).</source>
        <translation>Secondes de charge avant l&apos;exécution (par défaut 5).</translation>
    </message>
    <message>
        <source>Seconds of workload after the run (default 3).</source>
        <translation>Secondes de charge après l&apos;exécution (par défaut 3).</translation>
    </message>
    <message>
        <source>A phase&apos;s p99 may be this many times the baseline&apos;s (default 2).</source>
        <translation>Le p99 d&apos;une phase peut valoir ce multiple de celui de la référence (par défaut 2).</translation>
    </message>
    <message>
        <source>p99 below this is never judged (default 10).</source>
        <translation>Un p99 en dessous n&apos;est jamais jugé (par défaut 10).</translation>
    </message>
    <message>
        <source>Longest lock wait allowed (default 1000).</source>
        <translation>Attente de verrou la plus longue autorisée (par défaut 1000).</translation>
    </message>
    <message>
        <source>Seed of the synthetic data (default 1).</source>
        <translation>Graine des données synthétiques (par défaut 1).</translation>
    </message>
    <message>
        <source>Include the live state of this database.</source>
        <translation>Inclure l&apos;état actuel de cette base de données.</translation>
    </message>
    <message>
        <source>html, pdf or md.</source>
        <translation>html, pdf ou md.</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Le fichier de rapport à écrire.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s&apos;il existe.</translation>
    </message>
    <message>
        <source>The database to change.</source>
        <translation>La base de données à modifier.</translation>
    </message>
    <message>
        <source>Answer yes at every gate.</source>
        <translation>Répondre oui à chaque point de contrôle.</translation>
    </message>
    <message>
        <source>Show every step without changing anything.</source>
        <translation>Montrer chaque étape sans rien modifier.</translation>
    </message>
    <message>
        <source>One JSON object per line for every event.</source>
        <translation>Un objet JSON par ligne pour chaque événement.</translation>
    </message>
    <message>
        <source>The run journal (default: %1).</source>
        <translation>Le journal d&apos;exécution (par défaut : %1).</translation>
    </message>
    <message>
        <source>A file polled for pause, resume, abort, target_batch_ms=N.</source>
        <translation>Un fichier lu régulièrement pour pause, resume, abort, target_batch_ms=N.</translation>
    </message>
    <message>
        <source>Drop an INVALID index left by a failed build and build it again.</source>
        <translation>Supprimer un index INVALID laissé par une construction échouée et le reconstruire.</translation>
    </message>
    <message>
        <source>MySQL/MariaDB: run ALTERs the server can only do by copying the table or blocking writes (journaled).</source>
        <translation>MySQL/MariaDB : exécuter les ALTER que le serveur ne peut faire qu&apos;en copiant la table ou en bloquant les écritures (journalisé).</translation>
    </message>
    <message>
        <source>Run on this saved connection profile (instead of --db).</source>
        <translation>Exécuter sur ce profil de connexion enregistré (au lieu de --db).</translation>
    </message>
    <message>
        <source>Run an unapproved or stale plan on a production profile: type its name.</source>
        <translation>Exécuter un plan non approuvé ou périmé sur un profil de production : saisissez son nom.</translation>
    </message>
    <message>
        <source>The SQL script to review, or - for standard input.</source>
        <translation>Le script SQL à examiner, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The plans are the same.
</source>
        <translation>Les plans sont identiques.
</translation>
    </message>
    <message>
        <source>Design changes (%1 -&gt; %2):
</source>
        <translation>Modifications de la conception (%1 -&gt; %2) :
</translation>
    </message>
    <message>
        <source>  (none)
</source>
        <translation>  (aucune)
</translation>
    </message>
    <message>
        <source>
SQL changes:
</source>
        <translation>
Modifications du SQL :
</translation>
    </message>
    <message>
        <source>  (the compiled script is the same)
</source>
        <translation>  (le script compilé est identique)
</translation>
    </message>
    <message>
        <source>    hint: %1
</source>
        <translation>    conseil : %1
</translation>
    </message>
    <message>
        <source>%1: no statements
</source>
        <translation>%1 : aucune instruction
</translation>
    </message>
    <message>
        <source>%1: %2 statement(s), %3 error(s), %4 warning(s), %5 note(s)
</source>
        <translation>%1 : %2 instruction(s), %3 erreur(s), %4 avertissement(s), %5 note(s)
</translation>
    </message>
    <message>
        <source>rehearsal of &quot;%1&quot; on %2 (%L3 synthetic rows in %4)
</source>
        <translation>répétition de « %1 » sur %2 (%L3 lignes synthétiques dans %4)
</translation>
    </message>
    <message>
        <source>load: %L1 rows in %2 s (%L3 rows/s), keys and indexes %4 s
</source>
        <translation>chargement : %L1 lignes en %2 s (%L3 lignes/s), clés et index %4 s
</translation>
    </message>
    <message>
        <source>fidelity (null fraction, distinct, top values; %1 column(s) flagged):
</source>
        <translation>fidélité (part de NULL, valeurs distinctes, valeurs fréquentes ; %1 colonne(s) signalée(s)) :
</translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation>SIGNALÉ</translation>
    </message>
    <message>
        <source>  %1 %2 nulls %3/%4  distinct %L5/%L6  top diff %7%8
</source>
        <translation>  %1 %2 NULL %3/%4  distinctes %L5/%L6  écart fréquentes %7%8
</translation>
    </message>
    <message>
        <source>workload: %1 clients, %2 ops/s; latency ms p50/p95/p99/max
</source>
        <translation>charge : %1 clients, %2 op/s ; latence ms p50/p95/p99/max
</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>  %1 %2 / %3 / %4 / %5  (%L6 ops)%7
</source>
        <translation>  %1 %2 / %3 / %4 / %5  (%L6 op)%7
</translation>
    </message>
    <message>
        <source>  %1 s, lock wait %2 ms, WAL %L3 kB%4</source>
        <translation>  %1 s, attente de verrou %2 ms, WAL %L3 ko%4</translation>
    </message>
    <message>
        <source>, %L1 rows/s</source>
        <translation>, %L1 lignes/s</translation>
    </message>
    <message>
        <source>run: %1%2
</source>
        <translation>exécution : %1%2
</translation>
    </message>
    <message>
        <source>verdict: %1
</source>
        <translation>verdict : %1
</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHOUÉ</translation>
    </message>
    <message>
        <source>load  %1 %L2/%L3 rows  %L4 rows/s</source>
        <translation>chargement  %1 %L2/%L3 lignes  %L4 lignes/s</translation>
    </message>
    <message>
        <source>run   %1 %2 %L3/%L4 rows  %L5 rows/s</source>
        <translation>exécution   %1 %2 %L3/%L4 lignes  %L5 lignes/s</translation>
    </message>
    <message>
        <source>run   %1</source>
        <translation>exécution   %1</translation>
    </message>
    <message>
        <source>--%1: expected a positive number up to %2, got &quot;%3&quot;</source>
        <translation>--%1 : nombre positif jusqu’à %2 attendu, reçu « %3 »</translation>
    </message>
    <message>
        <source>Attempts per DDL statement or batch on lock timeouts (default: as many as --max-wait allows).</source>
        <translation>Tentatives par instruction DDL ou lot lors des délais de verrou (par défaut : autant que --max-wait le permet).</translation>
    </message>
    <message>
        <source>Seconds one DDL statement or batch may keep retrying (default %1).</source>
        <translation>Secondes pendant lesquelles une instruction DDL ou un lot peut réessayer (par défaut %1).</translation>
    </message>
    <message>
        <source>Seconds enforce watches for rows it would reject before adding anything (default %1).</source>
        <translation>Secondes pendant lesquelles enforce surveille les lignes qu’il rejetterait avant d’ajouter quoi que ce soit (par défaut %1).</translation>
    </message>
</context>
<context>
    <name>ColumnDesignerWidget</name>
    <message>
        <source>Volatile: %1 is evaluated for every row, so existing rows are filled by a backfill, not by the default.</source>
        <translation>Volatile : %1 est évalué pour chaque ligne, les lignes existantes sont donc remplies par un remplissage, pas par la valeur par défaut.</translation>
    </message>
    <message>
        <source>Choose a type: the server checks the expression as a value of it.</source>
        <translation>Choisissez un type : le serveur vérifie l&apos;expression comme une valeur de ce type.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <source>What the change is for</source>
        <translation>À quoi sert la modification</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>schema.table</source>
        <translation>schéma.table</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>Tab&amp;le :</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialecte</translation>
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
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>la plus récente</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Ci&amp;ble :</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Purpose preset</source>
        <translation>Modèle d&apos;usage</translation>
    </message>
    <message>
        <source>Choose a purpose…</source>
        <translation>Choisir un usage…</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Usa&amp;ge :</translation>
    </message>
    <message>
        <source>Why this design</source>
        <translation>Pourquoi cette conception</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Nom de la colonne</translation>
    </message>
    <message>
        <source>e.g. amount_cents</source>
        <translation>p. ex. amount_cents</translation>
    </message>
    <message>
        <source>Column type</source>
        <translation>Type de la colonne</translation>
    </message>
    <message>
        <source>e.g. bigint</source>
        <translation>p. ex. bigint</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>N&amp;OT NULL</source>
        <translation>NOT N&amp;ULL</translation>
    </message>
    <message>
        <source>NULL allowed</source>
        <translation>NULL autorisé</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>Nullability:</source>
        <translation>Valeurs NULL :</translation>
    </message>
    <message>
        <source>Nullability note</source>
        <translation>Remarque sur les valeurs NULL</translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation>Valeur par &amp;défaut :</translation>
    </message>
    <message>
        <source>Default expression</source>
        <translation>Expression par défaut</translation>
    </message>
    <message>
        <source>SQL expression for new rows</source>
        <translation>expression SQL pour les nouvelles lignes</translation>
    </message>
    <message>
        <source>Default check</source>
        <translation>Vérification de la valeur par défaut</translation>
    </message>
    <message>
        <source>&amp;Backfill:</source>
        <translation>R&amp;emplissage :</translation>
    </message>
    <message>
        <source>Backfill expression</source>
        <translation>Expression de remplissage</translation>
    </message>
    <message>
        <source>value for existing rows, may use other columns</source>
        <translation>valeur des lignes existantes, peut utiliser d&apos;autres colonnes</translation>
    </message>
    <message>
        <source>Backfill check</source>
        <translation>Vérification du remplissage</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Check constraint</source>
        <translation>Contrainte CHECK</translation>
    </message>
    <message>
        <source>boolean expression</source>
        <translation>expression booléenne</translation>
    </message>
    <message>
        <source>Check constraint check</source>
        <translation>Vérification de la contrainte CHECK</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Valeurs autorisées</translation>
    </message>
    <message>
        <source>comma-separated; empty: any value</source>
        <translation>séparées par des virgules ; vide : toute valeur</translation>
    </message>
    <message>
        <source>Referenced table</source>
        <translation>Table référencée</translation>
    </message>
    <message>
        <source>Referenced column</source>
        <translation>Colonne référencée</translation>
    </message>
    <message>
        <source>On delete</source>
        <translation>À la suppression</translation>
    </message>
    <message>
        <source>no foreign key</source>
        <translation>pas de clé étrangère</translation>
    </message>
    <message>
        <source>Index method</source>
        <translation>Méthode d&apos;index</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Unique index</source>
        <translation>Index unique</translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation>&amp;Index :</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Comment&amp;aire :</translation>
    </message>
    <message>
        <source>Column comment</source>
        <translation>Commentaire de la colonne</translation>
    </message>
    <message>
        <source>what the column holds</source>
        <translation>ce que contient la colonne</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>État du plan</translation>
    </message>
    <message>
        <source>Column designer</source>
        <translation>Conception de colonne</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message>
        <source>Choose one: the plan is not valid until you say whether the column allows NULL.</source>
        <translation>Choisissez : le plan n&apos;est pas valide tant que vous n&apos;avez pas dit si la colonne accepte NULL.</translation>
    </message>
    <message>
        <source>Existing rows need a value: give a default or a backfill.</source>
        <translation>Les lignes existantes ont besoin d&apos;une valeur : donnez une valeur par défaut ou un remplissage.</translation>
    </message>
    <message>
        <source>Phase “%1” is hand-edited and the form has changed its generated SQL since: review the edit or revert the phase.</source>
        <translation>La phase « %1 » est modifiée à la main et le formulaire a changé son SQL généré depuis : relisez la modification ou rétablissez la phase.</translation>
    </message>
    <message>
        <source>Phase “%1” is hand-edited: the plan keeps your SQL for it.</source>
        <translation>La phase « %1 » est modifiée à la main : le plan conserve votre SQL.</translation>
    </message>
    <message>
        <source>The plan is not complete yet:</source>
        <translation>Le plan n&apos;est pas encore complet :</translation>
    </message>
    <message>
        <source>✔ The plan compiles: the SQL tab shows its phases.</source>
        <translation>✔ Le plan se compile : l&apos;onglet SQL montre ses phases.</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>The table that gets the new column, as schema.table</source>
        <translation>La table qui reçoit la nouvelle colonne, sous la forme schéma.table</translation>
    </message>
    <message>
        <source>The database the script is written for</source>
        <translation>La base de données pour laquelle le script est écrit</translation>
    </message>
    <message>
        <source>Fills a sound design for a kind of column and says why</source>
        <translation>Remplit une conception éprouvée pour un type de colonne et explique pourquoi</translation>
    </message>
    <message>
        <source>The SQL type; the list holds the connected server&apos;s types</source>
        <translation>Le type SQL ; la liste contient les types du serveur connecté</translation>
    </message>
    <message>
        <source>NU&amp;LL allowed</source>
        <translation>&amp;NULL autorisé</translation>
    </message>
    <message>
        <source>Rows may leave the column empty</source>
        <translation>Les lignes peuvent laisser la colonne vide</translation>
    </message>
    <message>
        <source>Every row must have a value; enforced after the backfill</source>
        <translation>Chaque ligne doit avoir une valeur ; imposé après le remplissage</translation>
    </message>
    <message>
        <source>Chec&amp;k:</source>
        <translation>Chec&amp;k :</translation>
    </message>
    <message>
        <source>Allo&amp;wed values:</source>
        <translation>&amp;Valeurs autorisées :</translation>
    </message>
    <message>
        <source>Empty for no foreign key</source>
        <translation>Vide pour aucune clé étrangère</translation>
    </message>
    <message>
        <source>The column of the referenced table, usually its primary key</source>
        <translation>La colonne de la table référencée, généralement sa clé primaire</translation>
    </message>
    <message>
        <source>What happens to this row when the referenced row is deleted</source>
        <translation>Ce qui arrive à cette ligne quand la ligne référencée est supprimée</translation>
    </message>
    <message>
        <source>Referen&amp;ces:</source>
        <translation>&amp;Références :</translation>
    </message>
    <message>
        <source>No index, or the index method; built CONCURRENTLY on PostgreSQL</source>
        <translation>Pas d&apos;index, ou la méthode d&apos;index ; construit avec CONCURRENTLY sous PostgreSQL</translation>
    </message>
    <message>
        <source>Uni&amp;que</source>
        <translation>Uni&amp;que</translation>
    </message>
    <message>
        <source>The index enforces one row per value</source>
        <translation>L&apos;index impose une ligne par valeur</translation>
    </message>
    <message>
        <source>%1 is a %2 table: only InnoDB changes a table in place. Adding the column copies the whole table with writes blocked (ALGORITHM=COPY, LOCK=SHARED); reads go on. To add it online, convert the table to InnoDB first (itself a blocking copy), or run the plan in a quiet window.</source>
        <translation>%1 est une table %2 : seul InnoDB modifie une table sur place. Ajouter la colonne copie toute la table, écritures bloquées (ALGORITHM=COPY, LOCK=SHARED) ; les lectures continuent. Pour l’ajouter en ligne, convertissez d’abord la table en InnoDB (elle-même une copie bloquante), ou exécutez le plan dans une période calme.</translation>
    </message>
    <message>
        <source>%1 has a FULLTEXT index: the server refuses INSTANT ADD COLUMN, so the column is added with ALGORITHM=INPLACE, LOCK=NONE: the table is rebuilt while reads and writes go on.</source>
        <translation>%1 a un index FULLTEXT : le serveur refuse INSTANT ADD COLUMN, la colonne est donc ajoutée avec ALGORITHM=INPLACE, LOCK=NONE : la table est reconstruite pendant que lectures et écritures continuent.</translation>
    </message>
    <message>
        <source>%1 is ROW_FORMAT=COMPRESSED: the server refuses INSTANT ADD COLUMN, so the column is added with ALGORITHM=INPLACE, LOCK=NONE: the table is rebuilt while reads and writes go on.</source>
        <translation>%1 est en ROW_FORMAT=COMPRESSED : le serveur refuse INSTANT ADD COLUMN, la colonne est donc ajoutée avec ALGORITHM=INPLACE, LOCK=NONE : la table est reconstruite pendant que lectures et écritures continuent.</translation>
    </message>
    <message>
        <source>%1 has used all 64 instant row versions: INSTANT is refused until the table is rebuilt, so the column is added with ALGORITHM=INPLACE, LOCK=NONE (a rebuild while reads and writes go on).</source>
        <translation>%1 a utilisé ses 64 versions de ligne INSTANT : INSTANT est refusé jusqu’à la reconstruction de la table, la colonne est donc ajoutée avec ALGORITHM=INPLACE, LOCK=NONE (une reconstruction pendant que lectures et écritures continuent).</translation>
    </message>
    <message>
        <source>pick the table that gets the column.</source>
        <translation>choisissez la table qui reçoit la colonne.</translation>
    </message>
    <message>
        <source>there is no table “%1” in %2: pick one from the list or the schema browser.</source>
        <translation>il n&apos;y a pas de table « %1 » dans %2 : choisissez-en une dans la liste ou le navigateur de schéma.</translation>
    </message>
    <message>
        <source>give the column a name.</source>
        <translation>donnez un nom à la colonne.</translation>
    </message>
    <message>
        <source>choose the column&apos;s type.</source>
        <translation>choisissez le type de la colonne.</translation>
    </message>
    <message>
        <source>choose “NULL allowed” or “NOT NULL”.</source>
        <translation>choisissez « NULL accepté » ou « NOT NULL ».</translation>
    </message>
    <message>
        <source>NOT NULL needs a default or a backfill to give the existing rows a value.</source>
        <translation>NOT NULL demande une valeur par défaut ou un remplissage qui donne une valeur aux lignes existantes.</translation>
    </message>
</context>
<context>
    <name>ColumnGenerator</name>
    <message>
        <source>no statistics: generic values</source>
        <translation>pas de statistiques : valeurs génériques</translation>
    </message>
    <message>
        <source>no histogram or common values: generic values</source>
        <translation>ni histogramme ni valeurs fréquentes : valeurs génériques</translation>
    </message>
    <message>
        <source>type %1: values taken from the histogram bounds as they are</source>
        <translation>type %1 : valeurs prises telles quelles dans les bornes de l&apos;histogramme</translation>
    </message>
</context>
<context>
    <name>ColumnRules</name>
    <message>
        <source>a subquery</source>
        <translation>une sous-requête</translation>
    </message>
    <message>
        <source>a serial column fills every existing row from its sequence</source>
        <translation>une colonne serial remplit chaque ligne existante depuis sa séquence</translation>
    </message>
    <message>
        <source>an identity column fills every existing row from its sequence</source>
        <translation>une colonne identity remplit chaque ligne existante depuis sa séquence</translation>
    </message>
    <message>
        <source>a stored generated column is computed and written for every row</source>
        <translation>une colonne générée stockée est calculée et écrite pour chaque ligne</translation>
    </message>
    <message>
        <source>before PostgreSQL 11 any default is written into every row</source>
        <translation>avant PostgreSQL 11, toute valeur par défaut est écrite dans chaque ligne</translation>
    </message>
    <message>
        <source>a volatile default is evaluated and written for every row</source>
        <translation>une valeur par défaut volatile est évaluée et écrite pour chaque ligne</translation>
    </message>
    <message>
        <source>Column %1 is %2: an id or counter that outgrows %3 forces a table rewrite under ACCESS EXCLUSIVE later.</source>
        <translation>La colonne %1 est %2 : un identifiant ou un compteur qui dépasse %3 force plus tard une réécriture de la table sous ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>Use bigint GENERATED ALWAYS AS IDENTITY (or bigserial).</source>
        <translation>Utilisez bigint GENERATED ALWAYS AS IDENTITY (ou bigserial).</translation>
    </message>
    <message>
        <source>Use bigint.</source>
        <translation>Utilisez bigint.</translation>
    </message>
    <message>
        <source>Column %1 is timestamp without time zone: the stored value depends on the writer&apos;s time zone and is ambiguous across DST changes.</source>
        <translation>La colonne %1 est timestamp without time zone : la valeur stockée dépend du fuseau horaire de l&apos;auteur et devient ambiguë aux changements d&apos;heure.</translation>
    </message>
    <message>
        <source>Use timestamptz.</source>
        <translation>Utilisez timestamptz.</translation>
    </message>
    <message>
        <source>Column %1 is %2: values are blank-padded to the full length and compare surprisingly.</source>
        <translation>La colonne %1 est %2 : les valeurs sont complétées par des blancs jusqu&apos;à la longueur totale et se comparent de façon surprenante.</translation>
    </message>
    <message>
        <source>Use text or varchar(n).</source>
        <translation>Utilisez text ou varchar(n).</translation>
    </message>
    <message>
        <source>Column %1 is json: stored as text, re-parsed on every access, no equality operator and no GIN index.</source>
        <translation>La colonne %1 est json : stockée comme texte, réanalysée à chaque accès, sans opérateur d&apos;égalité ni index GIN.</translation>
    </message>
    <message>
        <source>Use jsonb.</source>
        <translation>Utilisez jsonb.</translation>
    </message>
    <message>
        <source>Call it %1.</source>
        <translation>Nommez-la %1.</translation>
    </message>
    <message>
        <source>Adding %1 as %2 on existing table %3 rewrites the whole table under ACCESS EXCLUSIVE: every existing row gets a value from the sequence, reads and writes wait until it is done.</source>
        <translation>Ajouter %1 en %2 à la table existante %3 réécrit toute la table sous ACCESS EXCLUSIVE : chaque ligne existante reçoit une valeur de la séquence, lectures et écritures attendent la fin.</translation>
    </message>
    <message>
        <source>an identity column</source>
        <translation>une colonne identity</translation>
    </message>
    <message>
        <source>Adding stored generated column %1 to existing table %2 computes and writes it for every row, rewriting the table under ACCESS EXCLUSIVE.</source>
        <translation>Ajouter la colonne générée stockée %1 à la table existante %2 la calcule et l&apos;écrit pour chaque ligne, en réécrivant la table sous ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>On PostgreSQL %1 ADD COLUMN %2 with a default writes the default into every row of %3: a full rewrite under ACCESS EXCLUSIVE (the fast default arrived in PostgreSQL 11).</source>
        <translation>Sous PostgreSQL %1, ADD COLUMN %2 avec une valeur par défaut l&apos;écrit dans chaque ligne de %3 : une réécriture complète sous ACCESS EXCLUSIVE (la valeur par défaut rapide est arrivée avec PostgreSQL 11).</translation>
    </message>
    <message>
        <source>Add the column without a default, SET DEFAULT for new rows, then backfill existing rows in batches.</source>
        <translation>Ajoutez la colonne sans valeur par défaut, SET DEFAULT pour les nouvelles lignes, puis remplissez les lignes existantes par lots.</translation>
    </message>
    <message>
        <source>The default of %1 calls %2(), which is volatile: PostgreSQL evaluates it for every existing row of %3 and rewrites the table under ACCESS EXCLUSIVE.</source>
        <translation>La valeur par défaut de %1 appelle %2(), qui est volatile : PostgreSQL l&apos;évalue pour chaque ligne existante de %3 et réécrit la table sous ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>The default of %1 calls %2, whose volatility the review cannot see: if it is volatile, adding the column rewrites %3 under ACCESS EXCLUSIVE.</source>
        <translation>La valeur par défaut de %1 appelle %2, dont la revue ne voit pas la volatilité : si elle est volatile, ajouter la colonne réécrit %3 sous ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>Check the function is STABLE or IMMUTABLE, or add the column without a default and backfill in batches.</source>
        <translation>Vérifiez que la fonction est STABLE ou IMMUTABLE, ou ajoutez la colonne sans valeur par défaut et remplissez-la par lots.</translation>
    </message>
    <message>
        <source>ADD COLUMN %1 NOT NULL without a default fails on %2 as soon as it has a row (existing rows would be NULL).</source>
        <translation>ADD COLUMN %1 NOT NULL sans valeur par défaut échoue sur %2 dès qu&apos;elle a une ligne (les lignes existantes seraient NULL).</translation>
    </message>
    <message>
        <source>The %1 on new column %2 is validated by scanning all of %3 while ADD COLUMN holds ACCESS EXCLUSIVE: reads and writes wait for the scan.</source>
        <translation>La contrainte %1 de la nouvelle colonne %2 est validée en parcourant tout %3 pendant que ADD COLUMN tient ACCESS EXCLUSIVE : lectures et écritures attendent le parcours.</translation>
    </message>
    <message>
        <source>Add the column bare, then ADD CONSTRAINT ... NOT VALID and VALIDATE CONSTRAINT in a later transaction.</source>
        <translation>Ajoutez la colonne seule, puis ADD CONSTRAINT ... NOT VALID et VALIDATE CONSTRAINT dans une transaction ultérieure.</translation>
    </message>
    <message>
        <source>%1 on new column %2 builds a unique index over all of %3 while holding ACCESS EXCLUSIVE.</source>
        <translation>%1 sur la nouvelle colonne %2 construit un index unique sur tout %3 en tenant ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>Changing %1 %2to %3 rewrites all of %4 and rebuilds its indexes under ACCESS EXCLUSIVE: reads and writes wait until it is done.</source>
        <translation>Changer %1 %2en %3 réécrit tout %4 et reconstruit ses index sous ACCESS EXCLUSIVE : lectures et écritures attendent la fin.</translation>
    </message>
    <message>
        <source>Changing %1 to %2 rewrites %3 under ACCESS EXCLUSIVE unless the old type is binary-coercible (varchar(n) to a longer varchar or text, numeric to a higher precision); the review cannot see the old type.</source>
        <translation>Changer %1 en %2 réécrit %3 sous ACCESS EXCLUSIVE sauf si l&apos;ancien type est compatible en binaire (varchar(n) vers un varchar plus long ou text, numeric vers une précision plus grande) ; la revue ne voit pas l&apos;ancien type.</translation>
    </message>
    <message>
        <source>Changing %1 to %2 rewrites all of %3 and rebuilds its indexes under ACCESS EXCLUSIVE: reads and writes wait until it is done.</source>
        <translation>Changer %1 en %2 réécrit tout %3 et reconstruit ses index sous ACCESS EXCLUSIVE : lectures et écritures attendent la fin.</translation>
    </message>
</context>
<context>
    <name>Compiler</name>
    <message>
        <source>the database is %1 but the script is for %2</source>
        <translation>la base est %1 mais le script est pour %2</translation>
    </message>
    <message>
        <source>--server-version: &quot;%1&quot; is not a %2 version (e.g. %3)</source>
        <translation>--server-version : « %1 » n&apos;est pas une version de %2 (par ex. %3)</translation>
    </message>
    <message>
        <source>$.target.server_version: &quot;%1&quot; is not a %2 version</source>
        <translation>$.target.server_version : « %1 » n&apos;est pas une version de %2</translation>
    </message>
    <message>
        <source>server version unknown: assumed %1 %2, so the script also runs on newer servers (give --server-version or target.server_version to use newer features)</source>
        <translation>version du serveur inconnue : %1 %2 supposé, pour que le script tourne aussi sur des serveurs plus récents (indiquez --server-version ou target.server_version pour utiliser des fonctions plus récentes)</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is not supported: Column Planner writes SQL for PostgreSQL 10 to 18</source>
        <translation>PostgreSQL %1 n&apos;est pas pris en charge : Column Planner écrit du SQL pour PostgreSQL 10 à 18</translation>
    </message>
    <message>
        <source>MySQL %1 is not supported: Column Planner writes SQL for MySQL 8.0 and MariaDB 10.x</source>
        <translation>MySQL %1 n&apos;est pas pris en charge : Column Planner écrit du SQL pour MySQL 8.0 et MariaDB 10.x</translation>
    </message>
    <message>
        <source>$.table.name: required</source>
        <translation>$.table.name : obligatoire</translation>
    </message>
    <message>
        <source>$.table: table name &quot;%1&quot; is ambiguous in %2; give table.schema</source>
        <translation>$.table : le nom de table « %1 » est ambigu dans %2 ; indiquez table.schema</translation>
    </message>
    <message>
        <source>$.table: no table &quot;%1&quot; in database %2</source>
        <translation>$.table : aucune table « %1 » dans la base %2</translation>
    </message>
    <message>
        <source>primary key unknown offline: assumed &quot;id&quot; (give --db, or table.primary_key in the plan)</source>
        <translation>clé primaire inconnue hors ligne : « id » supposé (indiquez --db, ou table.primary_key dans le plan)</translation>
    </message>
    <message>
        <source>$.column.type: required</source>
        <translation>$.column.type : obligatoire</translation>
    </message>
    <message>
        <source>$.column.type: &quot;%1&quot; is not a type name%2</source>
        <translation>$.column.type : « %1 » n&apos;est pas un nom de type%2</translation>
    </message>
    <message>
        <source>enum type</source>
        <translation>type énuméré</translation>
    </message>
    <message>
        <source>$.column.type: unknown type &quot;%1&quot; in %2%3</source>
        <translation>$.column.type : type inconnu « %1 » dans %2%3</translation>
    </message>
    <message>
        <source> (not in the server&apos;s types)</source>
        <translation> (absent des types du serveur)</translation>
    </message>
    <message>
        <source> (offline list; give --db to check the server&apos;s own types)</source>
        <translation> (liste hors ligne ; indiquez --db pour vérifier les types du serveur)</translation>
    </message>
    <message>
        <source>$.column: NOT NULL (nullable: false) needs a default or a backfill expression to fill the existing rows</source>
        <translation>$.column : NOT NULL (nullable: false) demande une valeur par défaut ou une expression de remplissage pour les lignes existantes</translation>
    </message>
    <message>
        <source>$.backfill.sync_trigger: needs column.backfill (the trigger writes the backfill expression into new and updated rows)</source>
        <translation>$.backfill.sync_trigger : demande column.backfill (le déclencheur écrit l&apos;expression de remplissage dans les lignes nouvelles et modifiées)</translation>
    </message>
    <message>
        <source>$.backfill.sync_trigger: PostgreSQL only for now; turn it off for %1 (rows written during the backfill must get the value from the application)</source>
        <translation>$.backfill.sync_trigger : PostgreSQL seulement pour l&apos;instant ; désactivez-le pour %1 (les lignes écrites pendant le remplissage doivent recevoir la valeur de l&apos;application)</translation>
    </message>
    <message>
        <source>$.column.index: a unique index must use btree, not %1</source>
        <translation>$.column.index : un index unique doit utiliser btree, pas %1</translation>
    </message>
    <message>
        <source>$.column.index.method: SQLite indexes are b-trees only, not %1</source>
        <translation>$.column.index.method : les index SQLite sont uniquement des arbres B, pas %1</translation>
    </message>
    <message>
        <source>$.column.index.method: MySQL supports btree or hash here, not %1</source>
        <translation>$.column.index.method : MySQL accepte ici btree ou hash, pas %1</translation>
    </message>
    <message>
        <source>$.column.references.table: no table &quot;%1&quot; to reference in database %2</source>
        <translation>$.column.references.table : aucune table « %1 » à référencer dans la base %2</translation>
    </message>
    <message>
        <source>$.column.references.column: table %1 has no column &quot;%2&quot;</source>
        <translation>$.column.references.column : la table %1 n&apos;a pas de colonne « %2 »</translation>
    </message>
    <message>
        <source>$.column.references.on_delete: &quot;set null&quot; on a NOT NULL column would fail every delete</source>
        <translation>$.column.references.on_delete : « set null » sur une colonne NOT NULL ferait échouer chaque suppression</translation>
    </message>
    <message>
        <source> at character %1 of the expression</source>
        <translation> au caractère %1 de l’expression</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL 15 grammar; check it with --db)</source>
        <translation>%1 (grammaire de PostgreSQL 15 ; vérifiez-la avec --db)</translation>
    </message>
    <message>
        <source>$.table: %1 is a partition of %2, and a partition cannot get a column of its own: plan the column on the partitioned table at the top of its tree</source>
        <translation>$.table : %1 est une partition de %2, et une partition ne peut pas recevoir de colonne à elle : planifiez la colonne sur la table partitionnée au sommet de son arbre</translation>
    </message>
    <message>
        <source>$.column.index: %1 is partitioned (%2), and a unique index on it must contain the partition key, which an index on the new column alone cannot: drop &quot;unique&quot;, or enforce uniqueness per partition</source>
        <translation>$.column.index : %1 est partitionnée (%2), et un index unique sur elle doit contenir la clé de partitionnement, ce qu’un index sur la seule nouvelle colonne ne peut pas : retirez « unique », ou assurez l’unicité par partition</translation>
    </message>
    <message>
        <source>$.column.index: %1 is partitioned, and PostgreSQL %2 has no indexes on partitioned tables (11 and later do): build an index on each partition by hand, or upgrade</source>
        <translation>$.column.index : %1 est partitionnée, et PostgreSQL %2 n’a pas d’index sur les tables partitionnées (11 et suivants, si) : construisez un index sur chaque partition à la main, ou mettez à jour</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Se connecter à une base de données</translation>
    </message>
    <message>
        <source>Saved pr&amp;ofiles:</source>
        <translation>Pr&amp;ofils enregistrés :</translation>
    </message>
    <message>
        <source>Saved connection profiles</source>
        <translation>Profils de connexion enregistrés</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>Supprimer &amp;le profil</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
        <source>This is a p&amp;roduction server</source>
        <translation>Ceci est un serveur de p&amp;roduction</translation>
    </message>
    <message>
        <source>This is a production server</source>
        <translation>Ceci est un serveur de production</translation>
    </message>
    <message>
        <source>Changes to production servers ask for an extra confirmation.</source>
        <translation>Les modifications sur les serveurs de production demandent une confirmation supplémentaire.</translation>
    </message>
    <message>
        <source>&amp;Save as profile</source>
        <translation>Enregi&amp;strer comme profil</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. shop production</source>
        <translation>p. ex. boutique production</translation>
    </message>
    <message>
        <source>Passwords are never saved in profiles; tick the keychain option to keep one in the system keychain.</source>
        <translation>Les mots de passe ne sont jamais enregistrés dans les profils ; cochez l&apos;option du trousseau pour en garder un dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The profile was saved without its password and the keychain option is now off; press Connect again to go on without saving it.</source>
        <translation>Le profil a été enregistré sans son mot de passe et l&apos;option du trousseau est maintenant désactivée ; appuyez à nouveau sur Se connecter pour continuer sans l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Saved profiles are unavailable because the local store could not be opened.</source>
        <translation>Les profils enregistrés ne sont pas disponibles car le stockage local n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source> (production)</source>
        <translation> (production)</translation>
    </message>
    <message>
        <source>This profile&apos;s connection string cannot be read; select it to fix it.</source>
        <translation>La chaîne de connexion de ce profil est illisible ; sélectionnez-le pour la corriger.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Fix the highlighted fields first.</source>
        <translation>Corrigez d&apos;abord les champs signalés.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The file opened: SQLite %1.</source>
        <translation>Le fichier est ouvert : SQLite %1.</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Connecté : PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Enter a name for the profile, or untick &quot;Save as profile&quot;.</source>
        <translation>Saisissez un nom pour le profil, ou décochez « Enregistrer comme profil ».</translation>
    </message>
    <message>
        <source>Saved connections, most recently used first; choosing one fills the form</source>
        <translation>Connexions enregistrées, les plus récemment utilisées en premier ; en choisir une remplit le formulaire</translation>
    </message>
    <message>
        <source>Removes the selected profile and its saved password</source>
        <translation>Supprime le profil sélectionné et son mot de passe enregistré</translation>
    </message>
    <message>
        <source>Opens and closes a connection with these settings, without leaving the dialog</source>
        <translation>Ouvre et ferme une connexion avec ces réglages, sans quitter la boîte de dialogue</translation>
    </message>
    <message>
        <source>Connected: %1.</source>
        <translation>Connecté : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Pick one of the server&apos;s %n database(s) from the list of the Database field.</source>
        <translation>
            <numerusform>Choisissez la %n base du serveur dans la liste du champ Base.</numerusform>
            <numerusform>Choisissez l&apos;une des %n bases du serveur dans la liste du champ Base.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionFormWidget</name>
    <message>
        <source>Database kind</source>
        <translation>Type de base de données</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>db.example.com or /var/run/postgresql</source>
        <translation>db.example.com ou /var/run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>same as the user name</source>
        <translation>identique au nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;données :</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre nom de connexion</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Mode SSL</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>&amp;Mode SSL :</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>URI de connexion</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>&amp;URI de connexion :</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Fichier de base SQLite</translation>
    </message>
    <message>
        <source>/path/to/file.db</source>
        <translation>/chemin/vers/fichier.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the SQLite file</source>
        <translation>Rechercher le fichier SQLite</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Advanced: enter a connection URI</source>
        <translation>&amp;Avancé : saisir une URI de connexion</translation>
    </message>
    <message>
        <source>Advanced: enter a connection URI</source>
        <translation>Avancé : saisir une URI de connexion</translation>
    </message>
    <message>
        <source>Use a pass&amp;word…</source>
        <translation>Ut&amp;iliser un mot de passe…</translation>
    </message>
    <message>
        <source>Enter a password</source>
        <translation>Saisir un mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Save password in the system ke&amp;ychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau du s&amp;ystème</translation>
    </message>
    <message>
        <source>Save password in the system keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Choose an SQLite database</source>
        <translation>Choisir une base SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite database file.</source>
        <translation>Choisissez le fichier de base SQLite.</translation>
    </message>
    <message>
        <source>Enter a connection URI such as postgresql://user@host:5432/db.</source>
        <translation>Saisissez une URI de connexion comme postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address (or a socket folder).</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du serveur (ou un dossier de socket).</translation>
    </message>
    <message>
        <source>Enter one host name without spaces; use the advanced URI for several hosts.</source>
        <translation>Saisissez un seul nom d&apos;hôte sans espace ; utilisez l&apos;URI avancée pour plusieurs hôtes.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>How the connection uses TLS; verify-full checks the server certificate and name</source>
        <translation>Comment la connexion utilise TLS ; verify-full vérifie le certificat et le nom du serveur</translation>
    </message>
    <message>
        <source>Choose an existing SQLite database file</source>
        <translation>Choisir un fichier de base SQLite existant</translation>
    </message>
    <message>
        <source>Type a libpq URI or key=value string instead of the separate fields</source>
        <translation>Saisir une URI libpq ou une chaîne clé=valeur au lieu des champs séparés</translation>
    </message>
    <message>
        <source>Shows a password field for servers that ask for one</source>
        <translation>Affiche un champ de mot de passe pour les serveurs qui en demandent un</translation>
    </message>
    <message>
        <source>Kept in memory only, unless you choose to save it in the keychain</source>
        <translation>Gardé en mémoire seulement, sauf si vous choisissez de l&apos;enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain, never in a file</source>
        <translation>Garde le mot de passe dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <source>A PostgreSQL server, a MySQL or MariaDB server, or an SQLite file</source>
        <translation>Un serveur PostgreSQL, un serveur MySQL ou MariaDB, ou un fichier SQLite</translation>
    </message>
    <message>
        <source>MySQL or MariaDB</source>
        <translation>MySQL ou MariaDB</translation>
    </message>
    <message>
        <source>Option file</source>
        <translation>Fichier d’options</translation>
    </message>
    <message>
        <source>~/.my.cnf and /etc/mysql/my.cnf when empty</source>
        <translation>~/.my.cnf et /etc/mysql/my.cnf si vide</translation>
    </message>
    <message>
        <source>A MariaDB/MySQL client option file read instead of the default ones; its [client] group may hold the password</source>
        <translation>Un fichier d’options du client MariaDB/MySQL lu à la place des fichiers par défaut ; son groupe [client] peut contenir le mot de passe</translation>
    </message>
    <message>
        <source>Option &amp;file:</source>
        <translation>Fichier d’&amp;options :</translation>
    </message>
    <message>
        <source>How the connection uses TLS; verify-identity checks the server certificate and name</source>
        <translation>Comment la connexion utilise TLS ; verify-identity vérifie le certificat et le nom du serveur</translation>
    </message>
    <message>
        <source>db.example.com or /run/mysqld/mysqld.sock</source>
        <translation>db.example.com ou /run/mysqld/mysqld.sock</translation>
    </message>
    <message>
        <source>Enter a connection URI such as mysql://user@host:3306/db.</source>
        <translation>Saisissez une URI de connexion comme mysql://user@host:3306/db.</translation>
    </message>
</context>
<context>
    <name>ConnectionUri</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>malformed connection string: %1</source>
        <translation>chaîne de connexion mal formée : %1</translation>
    </message>
    <message>
        <source>malformed MySQL connection URI: %1 (write mysql://user@host:port/database?ssl-mode=required)</source>
        <translation>URI de connexion MySQL mal formée : %1 (écrivez mysql://user@host:port/database?ssl-mode=required)</translation>
    </message>
    <message>
        <source>no &quot;//&quot; after the scheme</source>
        <translation>pas de « // » après le schéma</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: %2)</source>
        <translation>option inconnue « %1 » (connues : %2)</translation>
    </message>
    <message>
        <source>unclosed &quot;[&quot; in the host</source>
        <translation>« [ » non fermé dans l&apos;hôte</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;</source>
        <translation>port invalide « %1 »</translation>
    </message>
    <message>
        <source>invalid ssl-mode &quot;%1&quot; (use %2)</source>
        <translation>ssl-mode invalide « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>connect-timeout must be a positive number of seconds</source>
        <translation>connect-timeout doit être un nombre positif de secondes</translation>
    </message>
    <message>
        <source>empty connection string</source>
        <translation>chaîne de connexion vide</translation>
    </message>
    <message>
        <source>sqlite URI without a file path (write sqlite:PATH)</source>
        <translation>URI sqlite sans chemin de fichier (écrivez sqlite:CHEMIN)</translation>
    </message>
    <message>
        <source>unknown connection scheme &quot;%1&quot; (use postgresql://, a key=value string, or sqlite:PATH)</source>
        <translation>schéma de connexion inconnu « %1 » (utilisez postgresql://, une chaîne clé=valeur ou sqlite:CHEMIN)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a connection string (use postgresql://user@host:port/db, host=... dbname=..., or sqlite:PATH)</source>
        <translation>impossible de lire « %1 » comme chaîne de connexion (utilisez postgresql://user@host:port/db, host=... dbname=... ou sqlite:CHEMIN)</translation>
    </message>
    <message>
        <source>malformed connection string: invalid port &quot;%1&quot;</source>
        <translation>chaîne de connexion mal formée : port invalide « %1 »</translation>
    </message>
    <message>
        <source>malformed connection string: invalid sslmode &quot;%1&quot; (use %2)</source>
        <translation>chaîne de connexion mal formée : sslmode invalide « %1 » (utilisez %2)</translation>
    </message>
</context>
<context>
    <name>DatabasePicker</name>
    <message>
        <source>Databases on the server</source>
        <translation>Bases sur le serveur</translation>
    </message>
    <message>
        <source>Choose a database</source>
        <translation>Choisir une base</translation>
    </message>
    <message>
        <source>Test the connection first: the server then lists its databases</source>
        <translation>Testez d&apos;abord la connexion : le serveur liste alors ses bases</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the %n database(s) on the server</source>
        <translation>
            <numerusform>Choisissez la %n base du serveur</numerusform>
            <numerusform>Choisissez l&apos;une des %n bases du serveur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DdlExecutor</name>
    <message>
        <source>index %1 is INVALID (left by a failed CREATE INDEX CONCURRENTLY): drop it and build it again?</source>
        <translation>l&apos;index %1 est INVALID (laissé par un CREATE INDEX CONCURRENTLY échoué) : le supprimer et le reconstruire ?</translation>
    </message>
    <message>
        <source>index %1 is INVALID (a CREATE INDEX CONCURRENTLY failed): run again with --retry-invalid-index, or drop it yourself with %2</source>
        <translation>l&apos;index %1 est INVALID (un CREATE INDEX CONCURRENTLY a échoué) : relancez avec --retry-invalid-index, ou supprimez-le vous-même avec %2</translation>
    </message>
    <message>
        <source>index %1 is INVALID: dropping it (%2) to build it again</source>
        <translation>l&apos;index %1 est INVALID : suppression (%2) pour le reconstruire</translation>
    </message>
    <message>
        <source>would run: %1 (%2; lock: %3)</source>
        <translation>exécuterait : %1 (%2 ; verrou : %3)</translation>
    </message>
    <message>
        <source>stopped before %1 statement %2; run again to resume</source>
        <translation>arrêté avant l&apos;instruction %2 de %1 ; relancez pour reprendre</translation>
    </message>
    <message>
        <source>already done: %1</source>
        <translation>déjà fait : %1</translation>
    </message>
    <message>
        <source>%1 (%2 ms%3)</source>
        <translation>%1 (%2 ms%3)</translation>
    </message>
    <message>
        <source>, attempt %1</source>
        <translation>, tentative %1</translation>
    </message>
    <message>
        <source>stopped during %1 statement %2 (canceled); run again to resume</source>
        <translation>arrêté pendant l&apos;instruction %2 de %1 (annulée) ; relancez pour reprendre</translation>
    </message>
    <message>
        <source>lock not available within %1 %2%3</source>
        <translation>verrou non disponible dans le délai %1 %2%3</translation>
    </message>
    <message>
        <source>deadlock or serialization failure (%1)</source>
        <translation>interblocage ou échec de sérialisation (%1)</translation>
    </message>
    <message>
        <source>%1 statement %2 gave up after %3 attempts in %4 s: %5; the table was never blocked. Run again later (or end the blocking transaction)</source>
        <translation>instruction %2 de %1 abandonnée après %3 tentatives en %4 s : %5 ; la table n&apos;a jamais été bloquée. Relancez plus tard (ou terminez la transaction bloquante)</translation>
    </message>
    <message>
        <source>stopped while %1 statement %2 waited to retry; run again to resume</source>
        <translation>arrêté pendant que l&apos;instruction %2 de %1 attendait un nouvel essai ; relancez pour reprendre</translation>
    </message>
    <message>
        <source> (%1 %2: raise backfill.statement_timeout_ms in the plan)</source>
        <translation> (%1 %2 : augmentez backfill.statement_timeout_ms dans le plan)</translation>
    </message>
    <message>
        <source> (the role needs to own %1)</source>
        <translation> (le rôle doit être propriétaire de %1)</translation>
    </message>
    <message>
        <source> (the account needs ALTER on %1)</source>
        <translation> (le compte a besoin de ALTER sur %1)</translation>
    </message>
    <message>
        <source>; it left the INVALID index %1: run again with --retry-invalid-index to drop and rebuild it</source>
        <translation> ; elle a laissé l&apos;index INVALID %1 : relancez avec --retry-invalid-index pour le supprimer et le reconstruire</translation>
    </message>
    <message>
        <source>%1 statement %2 failed: %3</source>
        <translation>l&apos;instruction %2 de %1 a échoué : %3</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>annulation : %1</translation>
    </message>
    <message>
        <source>attempt %1 of %2: %3; retrying in %4 ms (%5 s left to retry)</source>
        <translation>tentative %1 de %2 : %3 ; nouvel essai dans %4 ms (encore %5 s pour réessayer)</translation>
    </message>
</context>
<context>
    <name>DesignerMessage</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nullability</source>
        <translation>Nullabilité</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Valeurs permises</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Backfill settings</source>
        <translation>Réglages du remplissage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>R&amp;echercher…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Rem&amp;placer…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Occurrence suiva&amp;nte</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence précé&amp;dente</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>&amp;Go to line…</source>
        <translation>A&amp;ller à la ligne…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mpléter</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Space</translation>
    </message>
    <message>
        <source>Table, column, type and function names of the connected database, and the script&apos;s words</source>
        <translation>Noms de tables, colonnes, types et fonctions de la base connectée, et les mots du script</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom arr&amp;ière</translation>
    </message>
    <message>
        <source>Reset &amp;zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>&amp;Line (1 to %1):</source>
        <translation>&amp;Ligne (1 à %1) :</translation>
    </message>
</context>
<context>
    <name>EnforceGuard</name>
    <message>
        <source>without a value for %1</source>
        <translation>sans valeur pour %1</translation>
    </message>
    <message>
        <source>violating &quot;%1&quot;</source>
        <translation>qui violent « %1 »</translation>
    </message>
    <message>
        <source>stopped before %1 added anything; run again to resume</source>
        <translation>arrêté avant que %1 n’ajoute quoi que ce soit ; relancez pour reprendre</translation>
    </message>
    <message>
        <source>filled %1 rows left without a value before enforcing</source>
        <translation>%1 lignes restées sans valeur remplies avant d’imposer</translation>
    </message>
    <message>
        <source>%1 rows %2</source>
        <translation>%1 lignes %2</translation>
    </message>
    <message>
        <source>%1 rows arrived %2 during each of 20 sweep passes</source>
        <translation>%1 lignes sont arrivées %2 pendant chacune des 20 passes de balayage</translation>
    </message>
    <message>
        <source>%1 exist now</source>
        <translation>%1 existent maintenant</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>no row violates what enforce adds; watching %1 s for rows arriving %2</source>
        <translation>aucune ligne ne viole ce qu’enforce ajoute ; surveillance pendant %1 s des lignes arrivant %2</translation>
    </message>
    <message>
        <source>%1 rows arrived %2</source>
        <translation>%1 lignes sont arrivées %2</translation>
    </message>
    <message>
        <source>%1 in %2 s of watching (since %3 UTC)</source>
        <translation>%1 en %2 s de surveillance (depuis %3 UTC)</translation>
    </message>
    <message>
        <source>none arrived while watching: enforcing</source>
        <translation>aucune n’est arrivée pendant la surveillance : application des contraintes</translation>
    </message>
    <message>
        <source>not enforcing yet: %1</source>
        <translation>pas encore imposé : %1</translation>
    </message>
    <message>
        <source>the application still writes rows that would be rejected: deploy the version that writes %1, give the column a default, or turn on the sync trigger</source>
        <translation>l’application écrit encore des lignes qui seraient rejetées : déployez la version qui écrit %1, donnez un défaut à la colonne ou activez le déclencheur de synchronisation</translation>
    </message>
    <message>
        <source>%1: enforcing now would make the application&apos;s writes fail. Sweep and watch again?</source>
        <translation>%1 : imposer maintenant ferait échouer les écritures de l’application. Balayer et surveiller à nouveau ?</translation>
    </message>
    <message>
        <source>%1 stopped before adding anything: %2; %3, then run again</source>
        <translation>%1 arrêté avant d’ajouter quoi que ce soit : %2 ; %3, puis relancez</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>Export target</source>
        <translation>Cible d&apos;export</translation>
    </message>
    <message>
        <source>Flyway: V/U scripts per phase</source>
        <translation>Flyway : scripts V/U par phase</translation>
    </message>
    <message>
        <source>Liquibase: formatted-SQL changelog</source>
        <translation>Liquibase : changelog au format formatted SQL</translation>
    </message>
    <message>
        <source>Django: a migration per phase</source>
        <translation>Django : une migration par phase</translation>
    </message>
    <message>
        <source>Sqitch: plan with deploy, revert and verify</source>
        <translation>Sqitch : plan avec deploy, revert et verify</translation>
    </message>
    <message>
        <source>Plain SQL: a file and a rollback per phase</source>
        <translation>SQL brut : un fichier et un rollback par phase</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation>Fichiers écrits :</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Choisissez le dossier où exporter.</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>Dossier non vide</translation>
    </message>
    <message>
        <source>%1 is not empty. Replace the exported files in it? Other files there are left alone.</source>
        <translation>%1 n&apos;est pas vide. Remplacer les fichiers exportés qu&apos;il contient ? Les autres fichiers ne sont pas touchés.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Nothing exported: the folder is not empty.</source>
        <translation>Rien n&apos;a été exporté : le dossier n&apos;est pas vide.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) for %1 into %2.</source>
        <translation>
            <numerusform>%n fichier exporté pour %1 dans %2.</numerusform>
            <numerusform>%n fichiers exportés pour %1 dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan does not compile: %1</source>
        <translation>Le plan ne se compile pas : %1</translation>
    </message>
</context>
<context>
    <name>ExpressionChecker</name>
    <message>
        <source>gives a fraction in %L1 of %L2 rows (for example %3): SQLite keeps such a value as REAL in the %4 column instead of an integer; write CAST(round(%5) AS INTEGER)</source>
        <translation>donne une fraction dans %L1 lignes sur %L2 (par exemple %3) : SQLite garde une telle valeur en REAL dans la colonne %4 au lieu d&apos;un entier ; écrivez CAST(round(%5) AS INTEGER)</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message>
        <source>nests about %1 levels deep (limit %2)</source>
        <translation>est imbriquée sur environ %1 niveaux (limite %2)</translation>
    </message>
</context>
<context>
    <name>FidelityReport</name>
    <message>
        <source>null fraction %1 vs %2 on the source</source>
        <translation>fraction de NULL %1 contre %2 sur la source</translation>
    </message>
    <message>
        <source>%L1 distinct values vs %L2 expected</source>
        <translation>%L1 valeurs distinctes contre %L2 attendues</translation>
    </message>
    <message>
        <source>a top value&apos;s frequency differs by %1</source>
        <translation>la fréquence d&apos;une valeur dominante diffère de %1</translation>
    </message>
</context>
<context>
    <name>FindBarWidget</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>Rem&amp;placer</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Find in the SQL</source>
        <translation>Rechercher dans le SQL</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>text to find in the script</source>
        <translation>texte à chercher dans le script</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>ECMAScript syntax; \1 in the replacement is the first group</source>
        <translation>syntaxe ECMAScript ; \1 dans le remplacement est le premier groupe</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>Replace wit&amp;h:</source>
        <translation>Remplacer p&amp;ar :</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Reprise depuis le début</translation>
    </message>
    <message>
        <source>Continued from the bottom</source>
        <translation>Reprise depuis la fin</translation>
    </message>
    <message>
        <source>The plan is not complete yet: there is no script to change</source>
        <translation>Le plan n&apos;est pas encore complet : il n&apos;y a pas de script à modifier</translation>
    </message>
    <message>
        <source>Skipped: the header and the phase banners are generated</source>
        <translation>Ignoré : l&apos;en-tête et les bannières de phase sont générés</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacée</numerusform>
            <numerusform>%n remplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in generated lines left alone)</source>
        <translation>
            <numerusform>(%n dans des lignes générées, laissée telle quelle)</numerusform>
            <numerusform>(%n dans des lignes générées, laissées telles quelles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <source>%1
Safe form: %2</source>
        <translation>%1
Forme sûre : %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Review findings</source>
        <translation>Constats de la revue</translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation>Résumé des constats</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s), %3 remarque(s)</translation>
    </message>
    <message>
        <source>What the review found in the script; Enter jumps to the line</source>
        <translation>Ce que la revue a trouvé dans le script ; Entrée va à la ligne</translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <source>instant</source>
        <translation>instantané</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécriture</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Waits behind</source>
        <translation>Attend derrière</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <source>Lock forecast</source>
        <translation>Prévision des verrous</translation>
    </message>
    <message>
        <source>Forecast summary</source>
        <translation>Résumé de la prévision</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3; WAL of the backfill about %4.</source>
        <translation>%1 : %2 lignes, %3 ; WAL du remplissage environ %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) hold a lock the plan would wait behind right now.</source>
        <translation>
            <numerusform>%n session détient en ce moment un verrou derrière lequel le plan attendrait.</numerusform>
            <numerusform>%n sessions détiennent en ce moment un verrou derrière lequel le plan attendrait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest snapshot: pid %1 (%2 transactions old).</source>
        <translation>Plus ancien instantané : pid %1 (vieux de %2 transactions).</translation>
    </message>
    <message>
        <source>No statements.</source>
        <translation>Aucune instruction.</translation>
    </message>
    <message>
        <source>Static forecast: connect to a server for estimates and blockers.</source>
        <translation>Prévision statique : connectez-vous à un serveur pour les estimations et les bloqueurs.</translation>
    </message>
    <message>
        <source>For each statement: the lock it takes, what it blocks, and whether it rewrites or scans the table</source>
        <translation>Pour chaque instruction : le verrou qu&apos;elle prend, ce qu&apos;elle bloque et si elle réécrit ou parcourt la table</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Column Planner guide</source>
        <translation>Guide de Column Planner</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Tab moves between links, Enter follows one</source>
        <translation>Tab passe d&apos;un lien à l&apos;autre, Entrée en suit un</translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the plan for Flyway, Liquibase, Django, Sqitch or as plain SQL</source>
        <translation>Exporter le plan pour Flyway, Liquibase, Django, Sqitch ou en SQL brut</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Review &amp;report…</source>
        <translation>&amp;Rapport de revue…</translation>
    </message>
    <message>
        <source>Write the review report (Markdown, HTML or PDF) for the people who approve the plan</source>
        <translation>Écrire le rapport de revue (Markdown, HTML ou PDF) pour les personnes qui approuvent le plan</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Record your approval of the script as it is now</source>
        <translation>Enregistrer votre approbation du script tel qu&apos;il est maintenant</translation>
    </message>
    <message>
        <source>&amp;Compare with plan…</source>
        <translation>&amp;Comparer avec un plan…</translation>
    </message>
    <message>
        <source>Compare this plan with another version: design changes in words, SQL as a diff</source>
        <translation>Comparer ce plan avec une autre version : les changements de conception en mots, le SQL en diff</translation>
    </message>
    <message>
        <source>The plan does not compile yet: see the designer&apos;s status</source>
        <translation>Le plan ne se compile pas encore : voir l&apos;état de la conception</translation>
    </message>
    <message>
        <source>this plan (unsaved)</source>
        <translation>ce plan (non enregistré)</translation>
    </message>
    <message>
        <source>The plan does not compile: %1</source>
        <translation>Le plan ne se compile pas : %1</translation>
    </message>
    <message>
        <source>Not approved: the plan changed while the approval was open; approve it again.</source>
        <translation>Non approuvé : le plan a changé pendant que l&apos;approbation était ouverte ; approuvez-le à nouveau.</translation>
    </message>
    <message>
        <source>Approved. Save the plan to keep the approval.</source>
        <translation>Approuvé. Enregistrez le plan pour conserver l&apos;approbation.</translation>
    </message>
</context>
<context>
    <name>IdentifierRules</name>
    <message>
        <source>the table</source>
        <translation>la table</translation>
    </message>
    <message>
        <source>a name saying what it holds</source>
        <translation>un nom qui dit ce qu&apos;elle contient</translation>
    </message>
    <message>
        <source>column name &quot;%1&quot; does not say what it holds; a reader of the table will have to guess</source>
        <translation>le nom de colonne « %1 » ne dit pas ce qu&apos;elle contient ; qui lit la table devra deviner</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; references another table; name it *_id</source>
        <translation>la colonne « %1 » référence une autre table ; nommez-la *_id</translation>
    </message>
    <message>
        <source>timestamp column &quot;%1&quot;: the convention is *_at (created_at, shipped_at)</source>
        <translation>colonne d&apos;horodatage « %1 » : la convention est *_at (created_at, shipped_at)</translation>
    </message>
    <message>
        <source>boolean column &quot;%1&quot;: the convention is is_* or has_* (is_active, has_invoice)</source>
        <translation>colonne booléenne « %1 » : la convention est is_* ou has_* (is_active, has_invoice)</translation>
    </message>
    <message>
        <source>counter column &quot;%1&quot;: the convention is *_count</source>
        <translation>colonne de compteur « %1 » : la convention est *_count</translation>
    </message>
    <message>
        <source>%1 name is empty</source>
        <translation>%1 : le nom est vide</translation>
    </message>
    <message>
        <source>starts with a digit</source>
        <translation>commence par un chiffre</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>contains characters other than letters, digits and _</source>
        <translation>contient d&apos;autres caractères que des lettres, des chiffres et _</translation>
    </message>
    <message>
        <source>%1 name &quot;%2&quot; %3; it would need quoting in every query</source>
        <translation>%1 : le nom « %2 » %3 ; il faudrait le citer entre guillemets dans chaque requête</translation>
    </message>
    <message>
        <source>%1 name &quot;%2&quot; is %3 bytes; %4 allows at most %5%6</source>
        <translation>%1 : le nom « %2 » fait %3 octets ; %4 en permet au plus %5%6</translation>
    </message>
    <message>
        <source> (longer names are silently truncated)</source>
        <translation> (les noms plus longs sont tronqués en silence)</translation>
    </message>
    <message>
        <source>%1 name &quot;%2&quot; is a reserved word in %3; every query would have to quote it</source>
        <translation>%1 : le nom « %2 » est un mot réservé dans %3 ; chaque requête devrait le citer entre guillemets</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; already exists in %2</source>
        <translation>la colonne « %1 » existe déjà dans %2</translation>
    </message>
    <message>
        <source>unquoted, both names mean the same column</source>
        <translation>sans guillemets, les deux noms désignent la même colonne</translation>
    </message>
    <message>
        <source>%1 compares column names without case</source>
        <translation>%1 compare les noms de colonnes sans tenir compte de la casse</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; clashes with existing column &quot;%2&quot; (%3)</source>
        <translation>la colonne « %1 » entre en conflit avec la colonne existante « %2 » (%3)</translation>
    </message>
    <message>
        <source>column name &quot;%1&quot; is not snake_case%2</source>
        <translation>le nom de colonne « %1 » n&apos;est pas en snake_case%2</translation>
    </message>
    <message>
        <source>; PostgreSQL folds unquoted names to lower case, so it must be quoted forever</source>
        <translation> ; PostgreSQL met en minuscules les noms sans guillemets, il faudrait donc le citer pour toujours</translation>
    </message>
</context>
<context>
    <name>KeychainSecrets</name>
    <message>
        <source>No password for profile &quot;%1&quot; is saved in the system keychain.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour le profil « %1 » dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available on this machine (%1), so the password of profile &quot;%2&quot; is not kept anywhere; type it when connecting, or use ~/.pgpass.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cette machine (%1), le mot de passe du profil « %2 » n&apos;est donc conservé nulle part ; saisissez-le à la connexion, ou utilisez ~/.pgpass.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the password of profile &quot;%1&quot; (%2).</source>
        <translation>Le trousseau du système a refusé l&apos;accès au mot de passe du profil « %1 » (%2).</translation>
    </message>
    <message>
        <source>No system keychain is available on this machine (no D-Bus session bus, so no Secret Service), so the password of profile &quot;%1&quot; is not kept anywhere; type it when connecting, or use ~/.pgpass.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cette machine (pas de bus de session D-Bus, donc pas de Secret Service), le mot de passe du profil « %1 » n&apos;est donc conservé nulle part ; saisissez-le à la connexion, ou utilisez ~/.pgpass.</translation>
    </message>
    <message>
        <source>The system keychain failed on the password of profile &quot;%1&quot;: %2</source>
        <translation>Le trousseau du système a échoué sur le mot de passe du profil « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>LiveBlockersPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Cancel backend...</source>
        <translation>A&amp;nnuler la requête du backend...</translation>
    </message>
    <message>
        <source>&amp;Terminate backend...</source>
        <translation>&amp;Terminer le backend...</translation>
    </message>
    <message>
        <source>Refresh every %1 s</source>
        <translation>Actualiser toutes les %1 s</translation>
    </message>
    <message>
        <source>Sessions blocking the plan</source>
        <translation>Sessions qui bloquent le plan</translation>
    </message>
    <message>
        <source>Refresh blockers</source>
        <translation>Actualiser les bloqueurs</translation>
    </message>
    <message>
        <source>Cancel the selected backend&apos;s query</source>
        <translation>Annuler la requête du backend sélectionné</translation>
    </message>
    <message>
        <source>pg_cancel_backend: stops the session&apos;s running query; an idle transaction keeps its locks</source>
        <translation>pg_cancel_backend : arrête la requête en cours de la session ; une transaction inactive garde ses verrous</translation>
    </message>
    <message>
        <source>Terminate the selected backend</source>
        <translation>Terminer le backend sélectionné</translation>
    </message>
    <message>
        <source>pg_terminate_backend: closes the session; its transaction rolls back and its locks go</source>
        <translation>pg_terminate_backend : ferme la session ; sa transaction est annulée et ses verrous sont libérés</translation>
    </message>
    <message>
        <source>Refresh blockers automatically</source>
        <translation>Actualiser les bloqueurs automatiquement</translation>
    </message>
    <message>
        <source>Blockers status</source>
        <translation>État des bloqueurs</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Press Refresh to list the sessions the plan would wait behind.</source>
        <translation>Appuyez sur Actualiser pour lister les sessions derrière lesquelles le plan attendrait.</translation>
    </message>
    <message>
        <source>Refreshing...</source>
        <translation>Actualisation...</translation>
    </message>
    <message>
        <source>No session blocks the plan (%1).</source>
        <translation>Aucune session ne bloque le plan (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) would block the plan (%1).</source>
        <translation>
            <numerusform>%n session bloquerait le plan (%1).</numerusform>
            <numerusform>%n sessions bloqueraient le plan (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate backend</source>
        <translation>Terminer le backend</translation>
    </message>
    <message>
        <source>Cancel backend</source>
        <translation>Annuler la requête du backend</translation>
    </message>
    <message>
        <source>Terminate session %1? Its transaction rolls back and its connection closes; the application sees an error.</source>
        <translation>Terminer la session %1 ? Sa transaction est annulée et sa connexion fermée ; l&apos;application reçoit une erreur.</translation>
    </message>
    <message>
        <source>Cancel the running query of session %1? An idle transaction keeps its locks until it ends.</source>
        <translation>Annuler la requête en cours de la session %1 ? Une transaction inactive garde ses verrous jusqu&apos;à sa fin.</translation>
    </message>
    <message>
        <source>Terminating session %1...</source>
        <translation>Arrêt de la session %1...</translation>
    </message>
    <message>
        <source>Cancelling session %1...</source>
        <translation>Annulation de la requête de la session %1...</translation>
    </message>
    <message>
        <source>Session %1 could not be signalled (gone already, or not allowed).</source>
        <translation>La session %1 n&apos;a pas pu recevoir le signal (déjà partie, ou non autorisé).</translation>
    </message>
    <message>
        <source>Sessions holding a lock the plan would wait for</source>
        <translation>Sessions qui détiennent un verrou que le plan attendrait</translation>
    </message>
    <message>
        <source>Reads the server&apos;s sessions and locks again</source>
        <translation>Relit les sessions et les verrous du serveur</translation>
    </message>
    <message>
        <source>Reads the sessions again at a fixed interval</source>
        <translation>Relit les sessions à intervalle fixe</translation>
    </message>
</context>
<context>
    <name>LiveImpactAnalyzer</name>
    <message>
        <source>no table lock</source>
        <translation>aucun verrou de table</translation>
    </message>
    <message>
        <source>does not touch %1: not estimated</source>
        <translation>ne touche pas %1 : non estimé</translation>
    </message>
    <message>
        <source>%1 heap at %2 (assumed scan rate) x %3 for writing new row versions, WAL and index entries; %4 batches of up to %5 rows</source>
        <translation>%1 de heap à %2 (débit de parcours supposé) x %3 pour écrire les nouvelles versions de lignes, le WAL et les entrées d&apos;index ; %4 lots de %5 lignes au plus</translation>
    </message>
    <message>
        <source> (total over all repetitions)</source>
        <translation> (total sur toutes les répétitions)</translation>
    </message>
    <message>
        <source>rewrites %1 (table, TOAST and indexes) at %2 / %3 (assumed)</source>
        <translation>réécrit %1 (table, TOAST et index) à %2 / %3 (supposé)</translation>
    </message>
    <message>
        <source>%1 heap at %2 (assumed) x %3 (%4 plus sort)</source>
        <translation>%1 de heap à %2 (supposé) x %3 (%4 plus tri)</translation>
    </message>
    <message>
        <source>two scans</source>
        <translation>deux parcours</translation>
    </message>
    <message>
        <source>one scan</source>
        <translation>un parcours</translation>
    </message>
    <message>
        <source>; also waits for older snapshots and transactions</source>
        <translation> ; attend aussi les instantanés et transactions plus anciens</translation>
    </message>
    <message>
        <source>one scan of %1 heap at %2 (assumed)</source>
        <translation>un parcours de %1 de heap à %2 (supposé)</translation>
    </message>
    <message>
        <source>catalog change only, once the lock is granted</source>
        <translation>simple changement de catalogue, une fois le verrou accordé</translation>
    </message>
    <message>
        <source>the table is empty: there is no batch to explain</source>
        <translation>la table est vide : aucun lot à expliquer</translation>
    </message>
    <message>
        <source>column %1 does not exist yet: explained the batch&apos;s read (same key range and expression) instead of its UPDATE</source>
        <translation>la colonne %1 n&apos;existe pas encore : la lecture du lot a été expliquée (même plage de clés et même expression) au lieu de son UPDATE</translation>
    </message>
    <message>
        <source>could not explain a batch: %1</source>
        <translation>impossible d&apos;expliquer un lot : %1</translation>
    </message>
    <message>
        <source>table %1 does not exist on this database</source>
        <translation>la table %1 n&apos;existe pas dans cette base</translation>
    </message>
    <message>
        <source>rows x (row bytes + %1 B record overhead) + heap pages x 8 KB full-page images%2 + rows x indexes x %3 B index entries (non-HOT updates, an upper bound) = %4 x (%5 + %1) + %6 x 8192 + %4 x %7 x %3 = %8</source>
        <translation>lignes x (octets par ligne + %1 o de surcoût d&apos;enregistrement) + pages de heap x 8 Ko d&apos;images de pages complètes%2 + lignes x index x %3 o d&apos;entrées d&apos;index (mises à jour non HOT, une borne haute) = %4 x (%5 + %1) + %6 x 8192 + %4 x %7 x %3 = %8</translation>
    </message>
    <message>
        <source> (off: full_page_writes is off)</source>
        <translation> (désactivé : full_page_writes est off)</translation>
    </message>
    <message>
        <source>prepared transaction</source>
        <translation>transaction préparée</translation>
    </message>
    <message>
        <source>the live forecast needs a PostgreSQL server</source>
        <translation>la prévision en direct demande un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>backfill batches: ROW EXCLUSIVE on the table and row locks of one batch at a time</source>
        <translation>lots de remplissage : ROW EXCLUSIVE sur la table et verrous de ligne d&apos;un lot à la fois</translation>
    </message>
</context>
<context>
    <name>LockForecaster</name>
    <message>
        <source>the column type changes: the table and its indexes are rewritten</source>
        <translation>le type de la colonne change : la table et ses index sont réécrits</translation>
    </message>
    <message>
        <source>SET NOT NULL scans every row</source>
        <translation>SET NOT NULL parcourt chaque ligne</translation>
    </message>
    <message>
        <source>the foreign key is validated by a scan</source>
        <translation>la clé étrangère est validée par un parcours</translation>
    </message>
    <message>
        <source>the check is validated by a scan</source>
        <translation>le CHECK est validé par un parcours</translation>
    </message>
    <message>
        <source>an index is built</source>
        <translation>un index est construit</translation>
    </message>
    <message>
        <source>VALIDATE scans the table but lets reads and writes continue</source>
        <translation>VALIDATE parcourt la table mais laisse continuer lectures et écritures</translation>
    </message>
    <message>
        <source>the table is copied</source>
        <translation>la table est copiée</translation>
    </message>
    <message>
        <source>the partition is scanned unless a CHECK proves the bound</source>
        <translation>la partition est parcourue sauf si un CHECK prouve la borne</translation>
    </message>
    <message>
        <source>two scans; waits for transactions that could see the old state</source>
        <translation>deux parcours ; attend les transactions qui pourraient voir l&apos;ancien état</translation>
    </message>
    <message>
        <source>writes wait for the whole index build</source>
        <translation>les écritures attendent toute la construction de l&apos;index</translation>
    </message>
    <message>
        <source>the index&apos;s table is locked ACCESS EXCLUSIVE too</source>
        <translation>la table de l&apos;index est aussi verrouillée en ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <source>the index&apos;s table is locked SHARE (writes wait)</source>
        <translation>la table de l&apos;index est verrouillée en SHARE (les écritures attendent)</translation>
    </message>
    <message>
        <source>a procedural block: locks are taken by the statements inside</source>
        <translation>un bloc procédural : les verrous sont pris par les instructions qu&apos;il contient</translation>
    </message>
    <message>
        <source>the partition&apos;s index joins its parent&apos;s (the parent turns valid once every partition&apos;s is attached)</source>
        <translation>l’index de la partition rejoint celui du parent (le parent devient valide quand celui de chaque partition est attaché)</translation>
    </message>
    <message>
        <source>the partitioned table alone: nothing is built or scanned</source>
        <translation>la table partitionnée seule : rien n’est construit ni parcouru</translation>
    </message>
</context>
<context>
    <name>LockMatrix</name>
    <message>
        <source>reads</source>
        <translation>lectures</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>écritures</translation>
    </message>
    <message>
        <source>DDL and VACUUM</source>
        <translation>DDL et VACUUM</translation>
    </message>
    <message>
        <source>conflicting DDL</source>
        <translation>DDL en conflit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Table and SQL</source>
        <translation>Table et SQL</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>&amp;SQL</source>
        <translation>&amp;SQL</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>Exé&amp;cution</translation>
    </message>
    <message>
        <source>Schema browser</source>
        <translation>Navigateur de schéma</translation>
    </message>
    <message>
        <source>Column designer</source>
        <translation>Conception de colonne</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nouveau plan</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Enregistrer le plan</translation>
    </message>
    <message>
        <source>Save plan &amp;as…</source>
        <translation>Enregistrer le plan &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Ouvrir la base de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Refresh catalog</source>
        <translation>&amp;Actualiser le catalogue</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>Se déconnec&amp;ter</translation>
    </message>
    <message>
        <source>Open a sa&amp;mple plan…</source>
        <translation>Ouvrir un plan d&apos;e&amp;xemple…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Run &amp;plan…</source>
        <translation>Exécuter le &amp;plan…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;About Column Planner</source>
        <translation>À &amp;propos de Column Planner</translation>
    </message>
    <message>
        <source>About Column Planner</source>
        <translation>À propos de Column Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column Planner %1&lt;/b&gt;&lt;p&gt;Plan, review and run the addition of a column to a large, live table without disrupting it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Column Planner %1&lt;/b&gt;&lt;p&gt;Planifier, vérifier et exécuter l&apos;ajout d&apos;une colonne à une grande table en production sans perturber le service.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation>Préparation de la base de démonstration…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %n table(s)</source>
        <translation>
            <numerusform>%1 %2 · %n table</numerusform>
            <numerusform>%1 %2 · %n tables</numerusform>
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
        <translation>plan sans titre</translation>
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
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>SQL editor actions</source>
        <translation>Actions de l&apos;éditeur SQL</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Column Planner plans (*.json)</source>
        <translation>Plans Column Planner (*.json)</translation>
    </message>
    <message>
        <source>Open a sample plan</source>
        <translation>Ouvrir un plan d&apos;exemple</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>The plan does not compile yet: see the designer&apos;s status</source>
        <translation>Le plan ne se compile pas encore : voir l&apos;état de la conception</translation>
    </message>
    <message>
        <source>Run the plan phase by phase</source>
        <translation>Exécuter le plan phase par phase</translation>
    </message>
    <message>
        <source>Stopping the run after its current batch; the window closes when it has stopped.</source>
        <translation>L&apos;exécution s&apos;arrête après le lot en cours ; la fenêtre se ferme quand elle est arrêtée.</translation>
    </message>
    <message>
        <source>A run is active</source>
        <translation>Une exécution est en cours</translation>
    </message>
    <message>
        <source>The plan is running on %1. Closing stops it after the current batch; running it again resumes from the checkpoint. Stop the run and close?</source>
        <translation>Le plan s&apos;exécute sur %1. Fermer l&apos;arrête après le lot en cours ; l&apos;exécuter à nouveau reprend au point de reprise. Arrêter l&apos;exécution et fermer ?</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>&amp;Stop the run and close</source>
        <translation>&amp;Arrêter l&apos;exécution et fermer</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Laisser tourner</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>Plan non enregistré</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them?</source>
        <translation>Le plan a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Re&amp;hearsal</source>
        <translation>Répétiti&amp;on</translation>
    </message>
    <message>
        <source>Rehearsal report attached to the plan under &quot;rehearsal&quot;; save the plan to keep it</source>
        <translation>Rapport de répétition joint au plan sous « rehearsal » ; enregistrez le plan pour le conserver</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Re&amp;hearse plan on staging…</source>
        <translation>&amp;Répéter le plan sur le staging…</translation>
    </message>
    <message>
        <source>Copy the table with synthetic data into a staging database and run the plan there under a workload</source>
        <translation>Copier la table avec des données synthétiques dans une base de staging et y exécuter le plan sous une charge</translation>
    </message>
    <message>
        <source>Go to the &amp;schema browser</source>
        <translation>Aller au navigateur de &amp;schéma</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the column &amp;designer</source>
        <translation>Aller à la &amp;conception de colonne</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to the S&amp;QL</source>
        <translation>Aller au S&amp;QL</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Go to the &amp;findings</source>
        <translation>Aller aux cons&amp;tats</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation>PRODUCTION · %1</translation>
    </message>
    <message>
        <source>A production connection: an unapproved or stale plan runs only after you type this name</source>
        <translation>Une connexion de production : un plan non approuvé ou périmé ne s&apos;exécute qu&apos;après la saisie de ce nom</translation>
    </message>
    <message>
        <source>Stopping the rehearsal; the window closes when it has stopped.</source>
        <translation>Arrêt de la répétition ; la fenêtre se ferme quand elle est arrêtée.</translation>
    </message>
    <message>
        <source>A rehearsal is running</source>
        <translation>Une répétition est en cours</translation>
    </message>
    <message>
        <source>The plan is being rehearsed on the staging database. Closing stops it (the load between rows, the run after its current batch). Stop and close?</source>
        <translation>Le plan est en répétition sur la base de staging. Fermer l&apos;arrête (le chargement entre deux lignes, l&apos;exécution après son lot en cours). Arrêter et fermer ?</translation>
    </message>
    <message>
        <source>&amp;Stop the rehearsal and close</source>
        <translation>&amp;Arrêter la répétition et fermer</translation>
    </message>
    <message>
        <source>&amp;Keep rehearsing</source>
        <translation>&amp;Continuer la répétition</translation>
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
        <translation>Exécuter le plan sur la base connectée, phase par phase</translation>
    </message>
    <message>
        <source>Runs need an open PostgreSQL, MySQL or MariaDB connection</source>
        <translation>Une exécution demande une connexion PostgreSQL, MySQL ou MariaDB ouverte</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Could not read the catalog of %1: %2</source>
        <translation>Impossible de lire le catalogue de %1 : %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>%1. Still connected to %2.</source>
        <translation>%1. Toujours connecté à %2.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MigrationExporter</name>
    <message>
        <source>Django app label &quot;%1&quot; is not a Python identifier</source>
        <translation>le label d&apos;application Django « %1 » n&apos;est pas un identifiant Python</translation>
    </message>
    <message>
        <source>%1 export needs a PostgreSQL plan (this one targets %2); use --to sql</source>
        <translation>l&apos;export %1 demande un plan PostgreSQL (celui-ci vise %2) ; utilisez --to sql</translation>
    </message>
    <message>
        <source>output %1 is a file, not a directory</source>
        <translation>la sortie %1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>output directory %1 is not empty (use --force to replace the exported files in it)</source>
        <translation>le dossier de sortie %1 n&apos;est pas vide (utilisez --force pour y remplacer les fichiers exportés)</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Liquibase export: a line of the SQL starts with &quot;%1&quot;, which Liquibase would read as its own directive; use --to sql or flyway</source>
        <translation>export Liquibase : une ligne du SQL commence par « %1 », que Liquibase lirait comme sa propre directive ; utilisez --to sql ou flyway</translation>
    </message>
    <message>
        <source>Liquibase export: the SQL holds a carriage return, which would end a &quot;--rollback&quot; comment line early; use --to sql or flyway</source>
        <translation>Export Liquibase : le SQL contient un retour chariot, qui terminerait trop tôt une ligne de commentaire « --rollback » ; utilisez --to sql ou flyway</translation>
    </message>
</context>
<context>
    <name>MysqlAlgorithmGuard</name>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 uses the %2 engine: no transactions (a batch cut short is not rolled back; the IS NULL guard makes redoing it safe), each batch locks the whole table while it runs, and every ALTER copies the table; convert it to InnoDB for an online change</source>
        <translation>%1 utilise le moteur %2 : pas de transactions (un lot interrompu n&apos;est pas annulé ; la garde IS NULL rend sa reprise sûre), chaque lot verrouille toute la table pendant son exécution, et chaque ALTER copie la table ; convertissez-la en InnoDB pour une modification en ligne</translation>
    </message>
    <message>
        <source>%1 refuses %2 statement %3 (%4) with every algorithm: %5; nothing was changed</source>
        <translation>%1 refuse l&apos;instruction %3 de %2 (%4) avec tous les algorithmes : %5 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1 statement(s) would block writes to %2 (%3, about %4 rows) until they end</source>
        <translation>%1 instruction(s) bloqueraient les écritures sur %2 (%3, environ %4 lignes) jusqu&apos;à leur fin</translation>
    </message>
    <message>
        <source>would need --accept-blocking-copy: %1</source>
        <translation>nécessiterait --accept-blocking-copy : %1</translation>
    </message>
    <message>
        <source>%1: accept the blocking copy?</source>
        <translation>%1 : accepter la copie bloquante ?</translation>
    </message>
    <message>
        <source>a yes at the gate</source>
        <translation>un oui au point de contrôle</translation>
    </message>
    <message>
        <source>refusing to run: %1 (%2); accept it with --accept-blocking-copy (journaled), run it in a quiet window, or change the plan; nothing was changed</source>
        <translation>exécution refusée : %1 (%2) ; acceptez-la avec --accept-blocking-copy (journalisé), exécutez-la dans une période calme, ou modifiez le plan ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>blocking copy accepted by %1 through %2: %3</source>
        <translation>copie bloquante acceptée par %1 via %2 : %3</translation>
    </message>
    <message>
        <source>%1 refuses &quot;%2&quot; as written; it runs with %3 instead</source>
        <translation>%1 refuse « %2 » tel qu&apos;écrit ; elle s&apos;exécute avec %3 à la place</translation>
    </message>
</context>
<context>
    <name>MysqlForecastPanel</name>
    <message>
        <source>&amp;Refresh forecast</source>
        <translation>Actualiser la &amp;prévision</translation>
    </message>
    <message>
        <source>Forecast summary</source>
        <translation>Résumé de la prévision</translation>
    </message>
    <message>
        <source>Refresh the forecast</source>
        <translation>Actualiser la prévision</translation>
    </message>
    <message>
        <source>Asks the server again how each ALTER would run and which sessions hold the table now</source>
        <translation>Redemande au serveur comment chaque ALTER s’exécuterait et quelles sessions tiennent la table maintenant</translation>
    </message>
    <message>
        <source>Replication and notes</source>
        <translation>Réplication et remarques</translation>
    </message>
    <message>
        <source>Algorithm forecast</source>
        <translation>Prévision des algorithmes</translation>
    </message>
    <message>
        <source>For each ALTER: the algorithm the server chose, its LOCK, whether writes wait, whether the table is rebuilt, and why</source>
        <translation>Pour chaque ALTER : l’algorithme choisi par le serveur, son LOCK, si les écritures attendent, si la table est reconstruite, et pourquoi</translation>
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
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Sessions an ALTER would queue behind</source>
        <translation>Sessions derrière lesquelles un ALTER attendrait</translation>
    </message>
    <message>
        <source>Sessions holding or waiting for a metadata lock on the table, and open transactions</source>
        <translation>Sessions qui tiennent ou attendent un verrou de métadonnées sur la table, et transactions ouvertes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Metadata lock</source>
        <translation>Verrou de métadonnées</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Connect to a MySQL or MariaDB server for the live forecast.</source>
        <translation>Connectez-vous à un serveur MySQL ou MariaDB pour la prévision en direct.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>engine %1</source>
        <translation>moteur %1</translation>
    </message>
    <message>
        <source>row format %1</source>
        <translation>format de ligne %1</translation>
    </message>
    <message>
        <source>FULLTEXT index</source>
        <translation>index FULLTEXT</translation>
    </message>
    <message>
        <source>%1 of 64 instant row versions used</source>
        <translation>%1 sur 64 versions de ligne INSTANT utilisées</translation>
    </message>
    <message>
        <source>%1 on %2: about %3 rows, %4; %5.</source>
        <translation>%1 sur %2 : environ %3 lignes, %4 ; %5.</translation>
    </message>
    <message numerus="yes">
        <source>The server refuses %n statement(s) as written: the run would stop there.</source>
        <translation>
            <numerusform>Le serveur refuse %n instruction telle qu’écrite : l’exécution s’arrêterait là.</numerusform>
            <numerusform>Le serveur refuse %n instructions telles qu’écrites : l’exécution s’arrêterait là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) block writes while they run.</source>
        <translation>
            <numerusform>%n instruction bloque les écritures pendant qu’elle s’exécute.</numerusform>
            <numerusform>%n instructions bloquent les écritures pendant qu’elles s’exécutent.</numerusform>
        </translation>
    </message>
    <message>
        <source>A session holds a metadata lock on the table now: every ALTER would wait for it, and every later query on the table for the ALTER.</source>
        <translation>Une session tient un verrou de métadonnées sur la table en ce moment : chaque ALTER l’attendrait, et chaque requête suivante sur la table attendrait l’ALTER.</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(demandé à %1)</translation>
    </message>
    <message>
        <source>refused as written: %1</source>
        <translation>refusé tel qu’écrit : %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>(not an ALTER)</source>
        <translation>(pas un ALTER)</translation>
    </message>
    <message>
        <source>%1 (server&apos;s choice)</source>
        <translation>%1 (choix du serveur)</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquées</translation>
    </message>
    <message>
        <source>go on</source>
        <translation>continuent</translation>
    </message>
    <message>
        <source>rebuilt</source>
        <translation>reconstruite</translation>
    </message>
    <message>
        <source>not rebuilt</source>
        <translation>non reconstruite</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>aucun connu</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>tient %1</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>attend %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>open %1 s%2</source>
        <translation>ouverte depuis %1 s%2</translation>
    </message>
    <message>
        <source>(idle: %1)</source>
        <translation>(inactive : %1)</translation>
    </message>
    <message>
        <source>Metadata locks are not visible: %1</source>
        <translation>Les verrous de métadonnées ne sont pas visibles : %1</translation>
    </message>
    <message>
        <source>No session holds a metadata lock on %1: an ALTER would not queue.</source>
        <translation>Aucune session ne tient de verrou de métadonnées sur %1 : un ALTER n’attendrait pas.</translation>
    </message>
    <message>
        <source>This server is a replica (%1 behind its primary): run the plan on the primary.</source>
        <translation>Ce serveur est un réplica (%1 de retard sur son primaire) : exécutez le plan sur le primaire.</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>retard inconnu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Replica: %1</source>
        <translation>Réplica : %1</translation>
    </message>
    <message>
        <source>Replication: %1</source>
        <translation>Réplication : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
</context>
<context>
    <name>MysqlForecaster</name>
    <message>
        <source>metadata change only: no row is touched; an exclusive metadata lock for a moment at the start</source>
        <translation>modification des métadonnées seulement : aucune ligne n&apos;est touchée ; un verrou de métadonnées exclusif un instant au début</translation>
    </message>
    <message>
        <source>the table is rebuilt in place while reads and writes go on; exclusive metadata lock briefly at start and end</source>
        <translation>la table est reconstruite sur place pendant que lectures et écritures continuent ; verrou de métadonnées exclusif bref au début et à la fin</translation>
    </message>
    <message>
        <source>built in place while reads and writes go on; exclusive metadata lock briefly at start and end</source>
        <translation>construit sur place pendant que lectures et écritures continuent ; verrou de métadonnées exclusif bref au début et à la fin</translation>
    </message>
    <message>
        <source>in place, but writes wait until it ends (reads go on)</source>
        <translation>sur place, mais les écritures attendent la fin (les lectures continuent)</translation>
    </message>
    <message>
        <source>the table is copied row by row: writes wait until it ends (reads go on)</source>
        <translation>la table est copiée ligne par ligne : les écritures attendent la fin (les lectures continuent)</translation>
    </message>
    <message>
        <source>the table is copied row by row: reads and writes wait until it ends</source>
        <translation>la table est copiée ligne par ligne : lectures et écritures attendent la fin</translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation>tel qu&apos;écrit : %1</translation>
    </message>
    <message>
        <source>the server refuses the statement as written; it would accept ALGORITHM=%1, LOCK=%2</source>
        <translation>le serveur refuse l&apos;instruction telle qu&apos;écrite ; il accepterait ALGORITHM=%1, LOCK=%2</translation>
    </message>
    <message>
        <source>the server refuses this statement with every algorithm</source>
        <translation>le serveur refuse cette instruction avec tous les algorithmes</translation>
    </message>
    <message>
        <source>could not make an empty copy of the table to ask the server (%1); the algorithm shown is what the script requests</source>
        <translation>impossible de créer une copie vide de la table pour interroger le serveur (%1) ; l&apos;algorithme affiché est celui que demande le script</translation>
    </message>
    <message>
        <source>confirmed by the server on an empty copy of the table</source>
        <translation>confirmé par le serveur sur une copie vide de la table</translation>
    </message>
    <message>
        <source>; INSTANT is not possible here</source>
        <translation> ; INSTANT n&apos;est pas possible ici</translation>
    </message>
    <message>
        <source> (engine %1: only InnoDB alters in place)</source>
        <translation> (moteur %1 : seul InnoDB modifie sur place)</translation>
    </message>
    <message>
        <source> (the table has a FULLTEXT index)</source>
        <translation> (la table a un index FULLTEXT)</translation>
    </message>
    <message>
        <source>row locks of one batch at a time; other rows stay writable</source>
        <translation>verrous de ligne d&apos;un lot à la fois ; les autres lignes restent modifiables</translation>
    </message>
    <message>
        <source>reads only</source>
        <translation>lectures seulement</translation>
    </message>
    <message>
        <source>metadata locks are not visible (performance_schema off or its mdl instrument disabled): start the server with performance_schema=ON and performance-schema-instrument=&apos;wait/lock/metadata/sql/mdl=ON&apos; to see who holds the table; every open transaction below may hold it</source>
        <translation>les verrous de métadonnées ne sont pas visibles (performance_schema désactivé ou son instrument mdl désactivé) : démarrez le serveur avec performance_schema=ON et performance-schema-instrument=&apos;wait/lock/metadata/sql/mdl=ON&apos; pour voir qui détient la table ; chaque transaction ouverte ci-dessous peut la détenir</translation>
    </message>
    <message>
        <source>no replica registered with this server</source>
        <translation>aucun réplica enregistré auprès de ce serveur</translation>
    </message>
    <message>
        <source>replication status not readable (%1): grant REPLICATION CLIENT (MySQL) or REPLICATION MASTER ADMIN / SLAVE MONITOR (MariaDB)</source>
        <translation>état de la réplication illisible (%1) : accordez REPLICATION CLIENT (MySQL) ou REPLICATION MASTER ADMIN / SLAVE MONITOR (MariaDB)</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>non mesuré : %1</translation>
    </message>
    <message>
        <source>not applying: %1</source>
        <translation>n&apos;applique pas : %1</translation>
    </message>
    <message>
        <source>%1 ms behind%2: %3</source>
        <translation>%1 ms de retard%2 : %3</translation>
    </message>
    <message>
        <source>, %1 bytes of binary log not executed</source>
        <translation>, %1 octets de journal binaire non exécutés</translation>
    </message>
    <message>
        <source>server id %1, </source>
        <translation>serveur id %1, </translation>
    </message>
    <message>
        <source>named in the URI</source>
        <translation>nommé dans l&apos;URI</translation>
    </message>
    <message>
        <source>registered with the primary</source>
        <translation>enregistré auprès du primaire</translation>
    </message>
    <message>
        <source>each replica&apos;s lag is read on the replica, with this connection&apos;s credentials</source>
        <translation>le retard de chaque réplica se lit sur le réplica, avec les identifiants de cette connexion</translation>
    </message>
</context>
<context>
    <name>MysqlReplicaLagMeter</name>
    <message>
        <source>domain %1 at %2</source>
        <translation>domaine %1 à %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the replicas registered with %1 cannot be listed (%2): grant %3, or name them with ?replica=host:port</source>
        <translation>les réplicas enregistrés auprès de %1 ne peuvent pas être listés (%2) : accordez %3, ou nommez-les avec ?replica=host:port</translation>
    </message>
    <message>
        <source>a replica (server id %1) is connected to %2 without reporting its address: set report_host and report_port on it, or name it with ?replica=host:port; its lag is not counted</source>
        <translation>un réplica (server id %1) est connecté à %2 sans indiquer son adresse : définissez report_host et report_port sur lui, ou nommez-le avec ?replica=host:port ; son retard n&apos;est pas compté</translation>
    </message>
    <message>
        <source>%1 writes no binary log (log_bin is off), so no replica can follow it</source>
        <translation>%1 n&apos;écrit pas de journal binaire (log_bin est désactivé), donc aucun réplica ne peut le suivre</translation>
    </message>
    <message>
        <source>the binary log position of %1 cannot be read (%2): grant %3; lag is then Seconds_Behind_Master alone (1 s steps, 0 on an idle replica whose IO thread is behind)</source>
        <translation>la position du journal binaire de %1 ne peut pas être lue (%2) : accordez %3 ; le retard est alors Seconds_Behind_Master seul (par pas de 1 s, 0 sur un réplica inactif dont le thread IO est en retard)</translation>
    </message>
    <message>
        <source>named in the URI</source>
        <translation>nommé dans l&apos;URI</translation>
    </message>
    <message>
        <source>registered with the primary</source>
        <translation>enregistré auprès du primaire</translation>
    </message>
    <message>
        <source>replica %1 (%2) cannot be measured: %3; its lag is not counted</source>
        <translation>le réplica %1 (%2) ne peut pas être mesuré : %3 ; son retard n&apos;est pas compté</translation>
    </message>
    <message>
        <source>the same server (server id %1) as another replica in the list</source>
        <translation>le même serveur (server id %1) qu&apos;un autre réplica de la liste</translation>
    </message>
    <message>
        <source>it is not a replica (no replication configured)</source>
        <translation>ce n&apos;est pas un réplica (aucune réplication configurée)</translation>
    </message>
    <message>
        <source>it does not replicate from server id %1</source>
        <translation>il ne réplique pas depuis le server id %1</translation>
    </message>
    <message>
        <source>its SQL thread is stopped: it applies nothing</source>
        <translation>son thread SQL est arrêté : il n&apos;applique rien</translation>
    </message>
    <message>
        <source>its IO thread is not connected to the primary: it receives nothing</source>
        <translation>son thread IO n&apos;est pas connecté au primaire : il ne reçoit rien</translation>
    </message>
    <message>
        <source>its IO thread is stopped: it receives nothing</source>
        <translation>son thread IO est arrêté : il ne reçoit rien</translation>
    </message>
    <message>
        <source>its Seconds_Behind_Master is NULL: it is not applying</source>
        <translation>son Seconds_Behind_Master est NULL : il n&apos;applique pas</translation>
    </message>
    <message>
        <source>Seconds_Behind_Master is 0</source>
        <translation>Seconds_Behind_Master vaut 0</translation>
    </message>
    <message>
        <source>behind by Seconds_Behind_Master</source>
        <translation>en retard selon Seconds_Behind_Master</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>behind: it executed %1, the primary is at %2</source>
        <translation>en retard : il a exécuté %1, le primaire est à %2</translation>
    </message>
    <message>
        <source>behind: it executed %1:%2, the primary is at %3:%4</source>
        <translation>en retard : il a exécuté %1:%2, le primaire est à %3:%4</translation>
    </message>
    <message>
        <source> (it applies %1 s late on purpose: MASTER_DELAY)</source>
        <translation> (il applique avec %1 s de retard volontaire : MASTER_DELAY)</translation>
    </message>
</context>
<context>
    <name>MysqlRunDialect</name>
    <message>
        <source>%1 is read-only (%2 is ON; a replica?): run against the primary</source>
        <translation>%1 est en lecture seule (%2 est ON ; un réplica ?) : exécutez sur le primaire</translation>
    </message>
    <message>
        <source>%1 is a replica (SHOW SLAVE STATUS lists its primary): changing it would make it diverge; run against the primary</source>
        <translation>%1 est un réplica (SHOW SLAVE STATUS indique son primaire) : le modifier le ferait diverger ; exécutez sur le primaire</translation>
    </message>
    <message>
        <source>account %1 lacks %2 on %3, which the run needs (ALTER for the column, UPDATE for the backfill): GRANT %2 ON %3 TO %1; nothing was changed</source>
        <translation>le compte %1 n&apos;a pas %2 sur %3, nécessaire à l&apos;exécution (ALTER pour la colonne, UPDATE pour le remplissage) : GRANT %2 ON %3 TO %1 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>connection %1 (%2%3)</source>
        <translation>connexion %1 (%2%3)</translation>
    </message>
    <message>
        <source>, transaction open %1 s</source>
        <translation>, transaction ouverte depuis %1 s</translation>
    </message>
    <message>
        <source>, held by </source>
        <translation>, détenu par </translation>
    </message>
    <message>
        <source>replica lag cannot be measured (%1); the backfill is not throttled on lag</source>
        <translation>retard des réplicas non mesurable (%1) ; le remplissage n&apos;est pas ralenti selon le retard</translation>
    </message>
    <message>
        <source>no replica could be read</source>
        <translation>aucun réplica n&apos;a pu être lu</translation>
    </message>
    <message>
        <source>not applying</source>
        <translation>n&apos;applique rien</translation>
    </message>
    <message>
        <source>%1 ms behind</source>
        <translation>en retard de %1 ms</translation>
    </message>
    <message>
        <source>throttled: replica %1 is %2 (%3), over the limit of %4 ms: waiting</source>
        <translation>ralenti : le réplica %1 est %2 (%3), au-delà de la limite de %4 ms : attente</translation>
    </message>
</context>
<context>
    <name>MysqlSession</name>
    <message>
        <source> (check the user and the password in ~/.my.cnf, the keychain or the URI)</source>
        <translation> (vérifiez l&apos;utilisateur et le mot de passe dans ~/.my.cnf, le trousseau ou l&apos;URI)</translation>
    </message>
    <message>
        <source> (is the server running and reachable on that host and port?)</source>
        <translation> (le serveur tourne-t-il et est-il joignable sur cet hôte et ce port ?)</translation>
    </message>
    <message>
        <source> (check the database name)</source>
        <translation> (vérifiez le nom de la base de données)</translation>
    </message>
    <message>
        <source>connect failed on %1: the server offers no TLS but ssl-mode=%2 requires it (enable TLS on the server, or use ssl-mode=preferred)</source>
        <translation>la connexion à %1 a échoué : le serveur ne propose pas TLS mais ssl-mode=%2 l&apos;exige (activez TLS sur le serveur, ou utilisez ssl-mode=preferred)</translation>
    </message>
    <message>
        <source>connect failed on %1: %2%3</source>
        <translation>la connexion à %1 a échoué : %2%3</translation>
    </message>
    <message>
        <source>statement failed on %1: %2%3</source>
        <translation>l&apos;instruction a échoué sur %1 : %2%3</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>no value for parameter $%1 of: %2</source>
        <translation>aucune valeur pour le paramètre $%1 de : %2</translation>
    </message>
</context>
<context>
    <name>NameReviewPanel</name>
    <message>
        <source>Column name review</source>
        <translation>Revue du nom de colonne</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Utiliser « %1 »</translation>
    </message>
    <message>
        <source>try %1</source>
        <translation>essayez %1</translation>
    </message>
    <message>
        <source>Use the name %1</source>
        <translation>Utiliser le nom %1</translation>
    </message>
</context>
<context>
    <name>PlanApprovals</name>
    <message>
        <source>approved by %1 (script %2)</source>
        <translation>approuvé par %1 (script %2)</translation>
    </message>
    <message>
        <source>approval is stale: the plan changed after %1 approved it (script now %2)</source>
        <translation>approbation périmée : le plan a changé après l&apos;approbation de %1 (script maintenant %2)</translation>
    </message>
    <message>
        <source>not approved (script %1)</source>
        <translation>non approuvé (script %1)</translation>
    </message>
    <message>
        <source>$.approvals: must be a list of {by, at, script_sha256, note}</source>
        <translation>$.approvals : doit être une liste de {by, at, script_sha256, note}</translation>
    </message>
    <message>
        <source>%1: an approval needs &quot;by&quot; (who approved)</source>
        <translation>%1 : une approbation demande « by » (qui a approuvé)</translation>
    </message>
    <message>
        <source>%1.at: not an ISO 8601 time</source>
        <translation>%1.at : pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>%1.script_sha256: &quot;%2&quot; is not a SHA-256 (64 lower-case hex digits): the approval is damaged or was tampered with</source>
        <translation>%1.script_sha256 : « %2 » n&apos;est pas un SHA-256 (64 chiffres hexadécimaux en minuscules) : l&apos;approbation est endommagée ou a été falsifiée</translation>
    </message>
</context>
<context>
    <name>PlanCompareDialog</name>
    <message>
        <source>Compare with plan</source>
        <translation>Comparer avec un plan</translation>
    </message>
    <message>
        <source>Choose the plan file to compare this plan with.</source>
        <translation>Choisissez le fichier de plan à comparer avec ce plan.</translation>
    </message>
    <message>
        <source>Design changes:</source>
        <translation>Changements de conception :</translation>
    </message>
    <message>
        <source>Design changes</source>
        <translation>Changements de conception</translation>
    </message>
    <message>
        <source>SQL changes:</source>
        <translation>Changements SQL :</translation>
    </message>
    <message>
        <source>SQL changes as a unified diff</source>
        <translation>Changements SQL en diff unifié</translation>
    </message>
    <message>
        <source>C&amp;hoose plan…</source>
        <translation>C&amp;hoisir un plan…</translation>
    </message>
    <message>
        <source>Column Planner plans (*.json)</source>
        <translation>Plans Column Planner (*.json)</translation>
    </message>
    <message>
        <source>%1 does not compile: %2</source>
        <translation>%1 ne se compile pas : %2</translation>
    </message>
    <message>
        <source>This plan does not compile: %1</source>
        <translation>Ce plan ne se compile pas : %1</translation>
    </message>
    <message>
        <source>%1 and %2 are the same plan.</source>
        <translation>%1 et %2 sont le même plan.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 (before) to %2 (after): %n design change(s).</source>
        <translation>
            <numerusform>De %1 (avant) à %2 (après) : %n changement de conception.</numerusform>
            <numerusform>De %1 (avant) à %2 (après) : %n changements de conception.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no design change)</source>
        <translation>(aucun changement de conception)</translation>
    </message>
    <message>
        <source>The compiled script is the same.</source>
        <translation>Le script compilé est identique.</translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>the column now allows NULL (was NOT NULL)</source>
        <translation>la colonne accepte maintenant NULL (était NOT NULL)</translation>
    </message>
    <message>
        <source>the column is now NOT NULL (was nullable)</source>
        <translation>la colonne est maintenant NOT NULL (acceptait NULL)</translation>
    </message>
    <message>
        <source>approvals: %1 before, %2 now</source>
        <translation>approbations : %1 avant, %2 maintenant</translation>
    </message>
    <message>
        <source>the rehearsal report was removed</source>
        <translation>le rapport de répétition a été retiré</translation>
    </message>
    <message>
        <source>a rehearsal report was attached</source>
        <translation>un rapport de répétition a été joint</translation>
    </message>
    <message>
        <source>the rehearsal report changed</source>
        <translation>le rapport de répétition a changé</translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation>%1 : défini à %2</translation>
    </message>
    <message>
        <source>%1: removed (was %2)</source>
        <translation>%1 : retiré (était %2)</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1 : %2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>required, an object</source>
        <translation>obligatoire, un objet</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>required, a string</source>
        <translation>obligatoire, une chaîne</translation>
    </message>
    <message>
        <source>required, a string (null given)</source>
        <translation>obligatoire, une chaîne (null donné)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is empty; write null or leave the key out</source>
        <translation>est vide ; écrivez null ou omettez la clé</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>must be at least %1 (got %2)</source>
        <translation>doit valoir au moins %1 (reçu %2)</translation>
    </message>
    <message>
        <source>unsupported format %1, expected &quot;%2&quot;</source>
        <translation>format %1 non pris en charge, « %2 » attendu</translation>
    </message>
    <message>
        <source>required, one of postgresql, sqlite, mysql, mariadb</source>
        <translation>obligatoire, parmi postgresql, sqlite, mysql, mariadb</translation>
    </message>
    <message>
        <source>unknown dialect &quot;%1&quot;, choose postgresql, sqlite, mysql or mariadb</source>
        <translation>dialecte inconnu « %1 », choisissez postgresql, sqlite, mysql ou mariadb</translation>
    </message>
    <message>
        <source>must be a string such as &quot;15&quot; or &quot;8.0.35&quot;, not %1</source>
        <translation>doit être une chaîne comme « 15 » ou « 8.0.35 », pas %1</translation>
    </message>
    <message>
        <source>must be a non-empty list of column names</source>
        <translation>doit être une liste non vide de noms de colonnes</translation>
    </message>
    <message>
        <source>required, choose true or false (no silent default)</source>
        <translation>obligatoire, choisissez true ou false (pas de valeur implicite)</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit valoir true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be null or a non-empty list of strings</source>
        <translation>doit être null ou une liste non vide de chaînes</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>duplicate value &quot;%1&quot;</source>
        <translation>valeur en double « %1 »</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>needs column.backfill: the trigger writes the backfill expression into new and updated rows</source>
        <translation>nécessite column.backfill : le trigger écrit l&apos;expression de remplissage dans les lignes nouvelles et modifiées</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>doit être une liste, pas %1</translation>
    </message>
    <message>
        <source>must be an object with name, sql and expect</source>
        <translation>doit être un objet avec name, sql et expect</translation>
    </message>
    <message>
        <source>required, the value the query must return (string or number)</source>
        <translation>obligatoire, la valeur que la requête doit renvoyer (chaîne ou nombre)</translation>
    </message>
    <message>
        <source>unknown phase, choose %1</source>
        <translation>phase inconnue, choisissez %1</translation>
    </message>
    <message>
        <source>must be the phase&apos;s SQL as a non-empty string</source>
        <translation>doit être le SQL de la phase sous forme de chaîne non vide</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON (%4)</source>
        <translation>%1 : ligne %2, colonne %3 : JSON non valide (%4)</translation>
    </message>
    <message>
        <source>%1: $: a plan must be a JSON object</source>
        <translation>%1 : $ : un plan doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: cannot read the plan (%2)</source>
        <translation>%1 : impossible de lire le plan (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write the plan (%2)</source>
        <translation>%1 : impossible d&apos;écrire le plan (%2)</translation>
    </message>
    <message>
        <source>MySQL names are at most %1 characters</source>
        <translation>les noms MySQL ont au plus %1 caractères</translation>
    </message>
    <message>
        <source>PostgreSQL names are at most %1 bytes</source>
        <translation>les noms PostgreSQL ont au plus %1 octets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a control character (%2 at character %3); write it on one line of printable text</source>
        <translation>« %1 » contient un caractère de contrôle (%2 au caractère %3) ; écrivez-le sur une ligne de texte imprimable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3</source>
        <translation>« %1 » fait %2 caractères ; au plus %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes; %3</source>
        <translation>« %1 » fait %2 octets ; %3</translation>
    </message>
    <message>
        <source>has %1 columns; a key has at most %2 (PostgreSQL&apos;s INDEX_MAX_KEYS)</source>
        <translation>a %1 colonnes ; une clé en a au plus %2 (INDEX_MAX_KEYS de PostgreSQL)</translation>
    </message>
    <message>
        <source>duplicate column &quot;%1&quot;</source>
        <translation>colonne « %1 » en double</translation>
    </message>
    <message>
        <source>is %1 characters long; an expression has at most %2</source>
        <translation>fait %1 caractères ; une expression en a au plus %2</translation>
    </message>
    <message>
        <source>has %1 values; at most %2 (a longer list belongs in a lookup table)</source>
        <translation>a %1 valeurs ; au plus %2 (une liste plus longue a sa place dans une table de référence)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes; an enum label is at most %3 bytes (PostgreSQL&apos;s limit)</source>
        <translation>« %1 » fait %2 octets ; une étiquette d’enum a au plus %3 octets (limite de PostgreSQL)</translation>
    </message>
    <message>
        <source>has %1 checks; at most %2</source>
        <translation>a %1 vérifications ; au plus %2</translation>
    </message>
    <message>
        <source>%1: the plan is %2 bytes; a plan file has at most %3 bytes</source>
        <translation>%1 : le plan fait %2 octets ; un fichier de plan a au plus %3 octets</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON (the number &quot;%4&quot; is not written as JSON writes numbers, e.g. 5 or 5.0)</source>
        <translation>%1 : ligne %2, colonne %3 : JSON non valide (le nombre « %4 » n’est pas écrit comme JSON écrit les nombres, p. ex. 5 ou 5.0)</translation>
    </message>
</context>
<context>
    <name>PostgresRunDialect</name>
    <message>
        <source>replication lag cannot be measured: the role may not read pg_stat_replication (grant it pg_monitor); the backfill is not throttled on lag</source>
        <translation>le retard de réplication ne peut pas être mesuré : le rôle ne peut pas lire pg_stat_replication (accordez-lui pg_monitor) ; le remplissage n&apos;est pas ralenti selon le retard</translation>
    </message>
    <message>
        <source>%1 is a read-only standby (pg_is_in_recovery() is true): run against the primary</source>
        <translation>%1 est un standby en lecture seule (pg_is_in_recovery() est true) : exécutez sur le primaire</translation>
    </message>
    <message>
        <source>role %1 does not own %2 (owner: %3) and cannot add column %4 to it: run as %3 or a member of that role; nothing was changed</source>
        <translation>le rôle %1 n&apos;est pas propriétaire de %2 (propriétaire : %3) et ne peut pas y ajouter la colonne %4 : exécutez en tant que %3 ou membre de ce rôle ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>role %1 may not UPDATE %2 (owner: %3), which the backfill of %4 needs: GRANT UPDATE ON %2 TO %1, or run as the owner; nothing was changed</source>
        <translation>le rôle %1 ne peut pas faire UPDATE sur %2 (propriétaire : %3), ce dont le remplissage de %4 a besoin : GRANT UPDATE ON %2 TO %1, ou exécutez en tant que propriétaire ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>pid %1 (%2, transaction open %3 s)</source>
        <translation>pid %1 (%2, transaction ouverte depuis %3 s)</translation>
    </message>
    <message>
        <source>, held by </source>
        <translation>, détenu par </translation>
    </message>
    <message>
        <source>throttled: replication lag %1 ms on standby %2 (%3 kB of WAL not replayed) is over the limit of %4 ms: waiting</source>
        <translation>ralenti : le retard de réplication de %1 ms sur le standby %2 (%3 ko de WAL non rejoués) dépasse la limite de %4 ms : attente</translation>
    </message>
</context>
<context>
    <name>PostgresSession</name>
    <message>
        <source> (check the user and the password in ~/.pgpass, PGPASSWORD or the keychain)</source>
        <translation> (vérifiez l&apos;utilisateur et le mot de passe dans ~/.pgpass, PGPASSWORD ou le trousseau)</translation>
    </message>
    <message>
        <source> (is the server running and reachable on that host and port?)</source>
        <translation> (le serveur tourne-t-il et est-il joignable sur cet hôte et ce port ?)</translation>
    </message>
    <message>
        <source> (check the database name)</source>
        <translation> (vérifiez le nom de la base)</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 a échoué sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 failed: the connection to %2 was lost (%3)</source>
        <translation>%1 a échoué : la connexion à %2 a été perdue (%3)</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost during COMMIT; the outcome is unknown, check before retrying</source>
        <translation>%1 : la connexion à %2 a été perdue pendant COMMIT ; le résultat est inconnu, vérifiez avant de réessayer</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2%3</source>
        <translation>impossible de se connecter à %1 : %2%3</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>non connecté à %1</translation>
    </message>
    <message>
        <source>reading the catalog</source>
        <translation>lecture du catalogue</translation>
    </message>
    <message>
        <source>reading server activity</source>
        <translation>lecture de l&apos;activité du serveur</translation>
    </message>
    <message>
        <source>load stopped</source>
        <translation>chargement arrêté</translation>
    </message>
    <message>
        <source>the synthetic load handles 1 to %1 columns; %2 has %3</source>
        <translation>le chargement synthétique gère de 1 à %1 colonnes ; %2 en a %3</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>integer cents</source>
        <translation>centimes entiers</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;</source>
        <translation>modèle inconnu « %1 »</translation>
    </message>
    <message>
        <source>PostgreSQL 10 cannot add a default without rewriting the table: there the default is set separately and existing rows are filled in batches</source>
        <translation>PostgreSQL 10 ne peut pas ajouter de valeur par défaut sans réécrire la table : la valeur par défaut y est posée à part et les lignes existantes sont remplies par lots</translation>
    </message>
    <message>
        <source>the enum type is named after the table and the column; ALTER TYPE ... ADD VALUE adds a state later without touching the table</source>
        <translation>le type énuméré porte le nom de la table et de la colonne ; ALTER TYPE ... ADD VALUE ajoute un état plus tard sans toucher la table</translation>
    </message>
    <message>
        <source>SQLite has no enum: TEXT with a CHECK listing the values; changing the list later means a table rebuild</source>
        <translation>SQLite n&apos;a pas d&apos;enum : TEXT avec un CHECK listant les valeurs ; changer la liste plus tard demande de reconstruire la table</translation>
    </message>
    <message>
        <source>%1 adds ENUM values at the end of the list instantly; inserting one in the middle or removing one copies the table</source>
        <translation>%1 ajoute instantanément des valeurs ENUM en fin de liste ; en insérer une au milieu ou en retirer une copie la table</translation>
    </message>
    <message>
        <source>the GIN index serves @&gt;, ? and ?| queries; it is built concurrently but slows writes of the column a little</source>
        <translation>l&apos;index GIN sert les requêtes @&gt;, ? et ?| ; il est construit en concurrence mais ralentit un peu les écritures de la colonne</translation>
    </message>
    <message>
        <source>no index: add a GIN index once queries filter on the document</source>
        <translation>pas d&apos;index : ajoutez un index GIN dès que des requêtes filtrent sur le document</translation>
    </message>
    <message>
        <source>SQLite cannot index a whole document: index json_extract(...) of the keys you query</source>
        <translation>SQLite ne peut pas indexer un document entier : indexez json_extract(...) des clés interrogées</translation>
    </message>
    <message>
        <source>write UTC as &apos;YYYY-MM-DD HH:MM:SS&apos; (datetime(&apos;now&apos;)): text in that form sorts and compares as time</source>
        <translation>écrivez l&apos;UTC sous la forme &apos;YYYY-MM-DD HH:MM:SS&apos; (datetime(&apos;now&apos;)) : un texte de cette forme se trie et se compare comme une heure</translation>
    </message>
    <message>
        <source>datetime(6) stores what it is given: write UTC (UTC_TIMESTAMP(6)); TIMESTAMP would convert by session time zone and ends in 2038</source>
        <translation>datetime(6) stocke ce qu&apos;on lui donne : écrivez l&apos;UTC (UTC_TIMESTAMP(6)) ; TIMESTAMP convertirait selon le fuseau de la session et s&apos;arrête en 2038</translation>
    </message>
    <message>
        <source>%1 stores boolean as tinyint(1): false is 0, true is 1</source>
        <translation>%1 stocke boolean en tinyint(1) : false vaut 0, true vaut 1</translation>
    </message>
    <message>
        <source>InnoDB needs the same type and signedness as %1.%2: change bigint to match it</source>
        <translation>InnoDB demande le même type et le même signe que %1.%2 : changez bigint pour qu&apos;il corresponde</translation>
    </message>
    <message>
        <source>without an index, every delete from %1 scans this table</source>
        <translation>sans index, chaque suppression dans %1 parcourt cette table</translation>
    </message>
    <message>
        <source>no CHECK (%1 &gt;= 0) on %2: adding a CHECK copies the table; enforce it in the application, or add it in a quiet window</source>
        <translation>pas de CHECK (%1 &gt;= 0) sur %2 : ajouter un CHECK copie la table ; imposez-le dans l&apos;application, ou ajoutez-le dans une fenêtre calme</translation>
    </message>
    <message>
        <source>SQLite has no exact decimal type: the amount is stored as integer cents</source>
        <translation>SQLite n&apos;a pas de type décimal exact : le montant est stocké en centimes entiers</translation>
    </message>
    <message>
        <source>amounts are in cents: 12.34 is stored as 1234</source>
        <translation>les montants sont en centimes : 12.34 est stocké comme 1234</translation>
    </message>
    <message>
        <source>%1 TEXT is stored off-page and cannot have a literal default; use varchar(n) for short values you index</source>
        <translation>%1 stocke TEXT hors de la page et n&apos;accepte pas de valeur par défaut littérale ; utilisez varchar(n) pour les valeurs courtes que vous indexez</translation>
    </message>
    <message>
        <source>A count of things that happened to the row (refunds, retries, logins). It is a 64-bit integer (bigint) because counters only grow and an integer that overflows at 2^31 fails writes at the worst moment; it is NOT NULL DEFAULT 0 because &quot;no events yet&quot; is zero, not unknown, so every query can add to it without COALESCE. A constant default costs nothing to add: existing rows read it from the catalog, no rewrite and no backfill.</source>
        <translation>Un nombre d&apos;événements survenus à la ligne (remboursements, nouvelles tentatives, connexions). Un entier de 64 bits (bigint), car les compteurs ne font que croître et un integer qui déborde à 2^31 fait échouer les écritures au pire moment ; NOT NULL DEFAULT 0, car « aucun événement encore » vaut zéro et non inconnu, ce qui permet à chaque requête d&apos;additionner sans COALESCE. Une valeur par défaut constante ne coûte rien à ajouter : les lignes existantes la lisent dans le catalogue, sans réécriture ni remplissage.</translation>
    </message>
    <message>
        <source>One value out of a short, known list (pending, packed, shipped). Constraining the values in the database stops typos and unknown states at the source. NOT NULL with the first value as default, so existing rows start in a defined state. Keep the list to states the application really has: changing it later is a schema change of its own.</source>
        <translation>Une valeur parmi une liste courte et connue (pending, packed, shipped). Contraindre les valeurs dans la base arrête les fautes de frappe et les états inconnus à la source. NOT NULL avec la première valeur par défaut, pour que les lignes existantes partent d&apos;un état défini. Gardez la liste aux états que l&apos;application a vraiment : la changer plus tard est un changement de schéma à part entière.</translation>
    </message>
    <message>
        <source>Attributes whose shape varies from row to row or is not settled yet, as one JSON document per row. Nullable without a default: no document is NULL, and adding it rewrites nothing. Move a key to a real column once queries depend on it.</source>
        <translation>Des attributs dont la forme varie d&apos;une ligne à l&apos;autre ou n&apos;est pas encore fixée, en un document JSON par ligne. Accepte NULL sans valeur par défaut : aucun document vaut NULL, et l&apos;ajout ne réécrit rien. Déplacez une clé dans une vraie colonne dès que des requêtes en dépendent.</translation>
    </message>
    <message>
        <source>The moment something happened to the row (paid, shipped, refunded), stored so that servers and clients in other time zones agree on it. Nullable: NULL means &quot;has not happened&quot;, which is the truth for existing rows.</source>
        <translation>Le moment où quelque chose est arrivé à la ligne (payée, expédiée, remboursée), stocké de sorte que serveurs et clients d&apos;autres fuseaux s&apos;accordent. Accepte NULL : NULL signifie « pas encore arrivé », ce qui est vrai des lignes existantes.</translation>
    </message>
    <message>
        <source>A yes/no property of the row (gift, archived, verified). NOT NULL DEFAULT false: a flag with a third state (NULL) makes every WHERE clause subtle, and false for existing rows is almost always what &quot;not set&quot; means. Adding it is a catalog change only. Name it is_* or has_* so queries read as sentences.</source>
        <translation>Une propriété oui/non de la ligne (cadeau, archivée, vérifiée). NOT NULL DEFAULT false : un drapeau à troisième état (NULL) rend chaque clause WHERE délicate, et false est presque toujours ce que « non défini » veut dire pour les lignes existantes. L&apos;ajout n&apos;est qu&apos;un changement de catalogue. Nommez-le is_* ou has_* pour que les requêtes se lisent comme des phrases.</translation>
    </message>
    <message>
        <source>A link to a row of another table: the type of the key it points to, with a foreign key so no row can point at nothing, and an index on the column because deleting or updating a referenced row looks up its referencing rows, which without an index is a full scan under lock. Nullable: existing rows have no link yet. ON DELETE RESTRICT: deleting the referenced row should be a decision, not a side effect.</source>
        <translation>Un lien vers une ligne d&apos;une autre table : le type de la clé visée, avec une clé étrangère pour qu&apos;aucune ligne ne pointe vers rien, et un index sur la colonne car supprimer ou modifier une ligne référencée cherche les lignes qui la référencent, ce qui sans index est un parcours complet sous verrou. Accepte NULL : les lignes existantes n&apos;ont pas encore de lien. ON DELETE RESTRICT : supprimer la ligne référencée doit être une décision, pas un effet de bord.</translation>
    </message>
    <message>
        <source>An amount of money. An exact decimal with two places keeps cents exact (binary floating point cannot represent 0.10), up to 9,999,999,999.99. NOT NULL DEFAULT 0 with a CHECK that the amount is not negative: a missing amount is usually zero, and a negative one a bug (drop the CHECK for signed amounts such as balances). The variant stores integer cents in a 64-bit integer (bigint): exact and fastest.</source>
        <translation>Un montant d&apos;argent. Un décimal exact à deux chiffres garde les centimes exacts (la virgule flottante binaire ne peut pas représenter 0.10), jusqu&apos;à 9 999 999 999,99. NOT NULL DEFAULT 0 avec un CHECK que le montant n&apos;est pas négatif : un montant absent vaut en général zéro, et un négatif est un bogue (retirez le CHECK pour des montants signés comme des soldes). La variante stocke des centimes entiers dans un entier de 64 bits (bigint) : exacte et la plus rapide.</translation>
    </message>
    <message>
        <source>Text a person writes (a note, a reason, instructions). Plain text, nullable, without a default: no length limit to outgrow (a CHECK on length is easier to change later than a type), and NULL means nobody wrote anything, which is true of existing rows. Adding it is a catalog change only.</source>
        <translation>Du texte écrit par une personne (une note, une raison, des instructions). text simple, acceptant NULL, sans valeur par défaut : aucune limite de longueur à dépasser (un CHECK sur la longueur se change plus facilement qu&apos;un type), et NULL signifie que personne n&apos;a rien écrit, ce qui est vrai des lignes existantes. L&apos;ajout n&apos;est qu&apos;un changement de catalogue.</translation>
    </message>
    <message>
        <source>jsonb is parsed once, stored compactly and indexable with GIN for containment and key-existence queries</source>
        <translation>jsonb est analysé une fois, stocké de façon compacte et indexable par GIN pour les requêtes d&apos;inclusion et d&apos;existence de clé</translation>
    </message>
    <message>
        <source>SQLite has no JSON type: TEXT with a json_valid(...) CHECK, so only well-formed JSON gets in</source>
        <translation>SQLite n&apos;a pas de type JSON : TEXT avec un CHECK json_valid(...), pour que seul du JSON bien formé entre</translation>
    </message>
    <message>
        <source>%1&apos;s JSON type validates the document and stores it in a binary form</source>
        <translation>Le type JSON de %1 valide le document et le stocke sous forme binaire</translation>
    </message>
    <message>
        <source>MariaDB cannot index a JSON column directly: index a generated column over the paths you query</source>
        <translation>MariaDB ne sait pas indexer directement une colonne JSON : indexez une colonne générée sur les chemins que vous interrogez</translation>
    </message>
    <message>
        <source>MySQL cannot index a JSON column directly: index a generated column, or from 8.0.13 a functional index, over the paths you query</source>
        <translation>MySQL ne sait pas indexer directement une colonne JSON : indexez une colonne générée, ou depuis 8.0.13 un index fonctionnel, sur les chemins que vous interrogez</translation>
    </message>
    <message>
        <source>timestamptz stores an absolute instant and converts it to the session&apos;s time zone when read</source>
        <translation>timestamptz stocke un instant absolu et le convertit dans le fuseau de la session à la lecture</translation>
    </message>
    <message>
        <source>SQLite has no boolean: INTEGER with CHECK (... IN (0, 1)), false is 0</source>
        <translation>SQLite n&apos;a pas de boolean : INTEGER avec CHECK (... IN (0, 1)), false vaut 0</translation>
    </message>
    <message>
        <source>the foreign key is added NOT VALID and validated without blocking writes; the index is built concurrently</source>
        <translation>la clé étrangère est ajoutée NOT VALID puis validée sans bloquer les écritures ; l&apos;index est construit en concurrence</translation>
    </message>
    <message>
        <source>PostgreSQL stores text and varchar alike: text costs nothing more</source>
        <translation>PostgreSQL stocke text et varchar de la même façon : text ne coûte rien de plus</translation>
    </message>
</context>
<context>
    <name>ProductionConfirmDialog</name>
    <message>
        <source>Run on production</source>
        <translation>Exécuter en production</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is a production profile&lt;/b&gt; and this plan is %2.&lt;/p&gt;&lt;p&gt;Approve the plan first (Plan › Approve…), or type the profile&apos;s name to run it anyway. The override is written into the run journal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 est un profil de production&lt;/b&gt; et ce plan est %2.&lt;/p&gt;&lt;p&gt;Approuvez d&apos;abord le plan (Plan › Approuver…), ou tapez le nom du profil pour l&apos;exécuter quand même. La dérogation est inscrite dans le journal d&apos;exécution.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Tapez %1 pour confirmer :</translation>
    </message>
    <message>
        <source>Production profile name</source>
        <translation>Nom du profil de production</translation>
    </message>
    <message>
        <source>&amp;Run on production</source>
        <translation>E&amp;xécuter en production</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>The plan does not compile: %1</source>
        <translation>Le plan ne se compile pas : %1</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>no inserts: the primary key is not an integer the workload can invent</source>
        <translation>pas d&apos;insertions : la clé primaire n&apos;est pas un entier que la charge peut inventer</translation>
    </message>
    <message>
        <source>no reads by key, updates or inserts: the table has no single-column primary key</source>
        <translation>pas de lectures par clé, de mises à jour ni d&apos;insertions : la table n&apos;a pas de clé primaire à une seule colonne</translation>
    </message>
    <message>
        <source>no reads by index: the table has no single-column index besides its primary key</source>
        <translation>pas de lectures par index : la table n&apos;a pas d&apos;index à une seule colonne en dehors de sa clé primaire</translation>
    </message>
    <message>
        <source>rehearse needs a PostgreSQL plan, source and staging</source>
        <translation>la répétition demande un plan, une source et un staging PostgreSQL</translation>
    </message>
    <message>
        <source>reading the source table and its statistics</source>
        <translation>lecture de la table source et de ses statistiques</translation>
    </message>
    <message>
        <source>the source already has column %1: the copy has it too, so the run finds it in place</source>
        <translation>la source a déjà la colonne %1 : la copie l&apos;a aussi, l&apos;exécution la trouve donc en place</translation>
    </message>
    <message>
        <source>loading %L1 synthetic rows into staging</source>
        <translation>chargement de %L1 lignes synthétiques dans le staging</translation>
    </message>
    <message>
        <source>comparing the staging statistics with the source&apos;s</source>
        <translation>comparaison des statistiques du staging avec celles de la source</translation>
    </message>
    <message>
        <source>rehearsal stopped after the load</source>
        <translation>répétition arrêtée après le chargement</translation>
    </message>
    <message>
        <source>baseline: the workload alone for %1 s</source>
        <translation>référence : la charge seule pendant %1 s</translation>
    </message>
    <message>
        <source>running the plan on staging</source>
        <translation>exécution du plan sur le staging</translation>
    </message>
    <message>
        <source>stopped before the plan ran</source>
        <translation>arrêté avant l&apos;exécution du plan</translation>
    </message>
    <message>
        <source>after: the workload alone for %1 s</source>
        <translation>après : la charge seule pendant %1 s</translation>
    </message>
</context>
<context>
    <name>RehearsalPage</name>
    <message>
        <source>Replace the staging table if it exists</source>
        <translation>Remplacer la table de staging si elle existe</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Attach report to plan</source>
        <translation>&amp;Joindre le rapport au plan</translation>
    </message>
    <message>
        <source>Workload latency per phase</source>
        <translation>Latence de la charge par phase</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Longest lock wait per phase</source>
        <translation>Plus longue attente de verrou par phase</translation>
    </message>
    <message>
        <source>postgresql://user@staging-host:5432/staging_db (never the production database)</source>
        <translation>postgresql://utilisateur@hote-staging:5432/base_staging (jamais la base de production)</translation>
    </message>
    <message>
        <source>the source&apos;s estimate</source>
        <translation>l&apos;estimation de la source</translation>
    </message>
    <message>
        <source> ops/s</source>
        <translation> op./s</translation>
    </message>
    <message>
        <source>Weights of reads by primary key, reads by an indexed column, inserts and updates</source>
        <translation>Poids des lectures par clé primaire, des lectures par une colonne indexée, des insertions et des mises à jour</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> × baseline</source>
        <translation> × référence</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
    <message>
        <source>Source (read only):</source>
        <translation>Source (lecture seule) :</translation>
    </message>
    <message>
        <source>&amp;Staging:</source>
        <translation>&amp;Staging :</translation>
    </message>
    <message>
        <source>Ro&amp;ws:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>clients at</source>
        <translation>clients à</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>Charge :</translation>
    </message>
    <message>
        <source>reads by key, by index, inserts, updates</source>
        <translation>lectures par clé, par index, insertions, mises à jour</translation>
    </message>
    <message>
        <source>Mix:</source>
        <translation>Mélange :</translation>
    </message>
    <message>
        <source>before the run,</source>
        <translation>avant l&apos;exécution,</translation>
    </message>
    <message>
        <source>after it</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Alone:</source>
        <translation>Seule :</translation>
    </message>
    <message>
        <source>p99 ≤</source>
        <translation>p99 ≤</translation>
    </message>
    <message>
        <source>lock waits ≤</source>
        <translation>attentes de verrou ≤</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict :</translation>
    </message>
    <message>
        <source>Fidelity of the staging copy</source>
        <translation>Fidélité de la copie de staging</translation>
    </message>
    <message>
        <source>How closely the synthetic staging table matches the source table&apos;s statistics</source>
        <translation>À quel point la table de staging synthétique reproduit les statistiques de la table source</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Nulls (staging)</source>
        <translation>Nulls (staging)</translation>
    </message>
    <message>
        <source>Nulls (source)</source>
        <translation>Nulls (source)</translation>
    </message>
    <message>
        <source>Distinct (staging)</source>
        <translation>Distinctes (staging)</translation>
    </message>
    <message>
        <source>Distinct (expected)</source>
        <translation>Distinctes (attendues)</translation>
    </message>
    <message>
        <source>Worst top-value diff</source>
        <translation>Plus grand écart des valeurs fréquentes</translation>
    </message>
    <message>
        <source>Correlation (staging / source)</source>
        <translation>Corrélation (staging / source)</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>Fidelity of the synthetic copy (after ANALYZE on staging):</source>
        <translation>Fidélité de la copie synthétique (après ANALYZE sur le staging) :</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(pas de plan)</translation>
    </message>
    <message>
        <source>%1: add %2 to %3</source>
        <translation>%1 : ajouter %2 à %3</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>(connect to the production database first)</source>
        <translation>(connectez-vous d&apos;abord à la base de production)</translation>
    </message>
    <message>
        <source>Staging: %1</source>
        <translation>Staging : %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>: %L1 of %L2 rows, %L3 rows/s</source>
        <translation> : %L1 lignes sur %L2, %L3 lignes/s</translation>
    </message>
    <message>
        <source>Rehearsal finished: %L1 rows loaded at %L2 rows/s; run %3</source>
        <translation>Répétition terminée : %L1 lignes chargées à %L2 lignes/s ; exécution %3</translation>
    </message>
    <message>
        <source>Baseline p99 %1 ms · backfill %2 · longest lock wait %L3 ms · WAL %L4 kB</source>
        <translation>p99 de référence %1 ms · remplissage %2 · plus longue attente de verrou %L3 ms · WAL %L4 ko</translation>
    </message>
    <message>
        <source>%L1 rows/s</source>
        <translation>%L1 lignes/s</translation>
    </message>
    <message>
        <source>no batches</source>
        <translation>aucun lot</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
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
        <translation>plus longue attente de verrou</translation>
    </message>
    <message>
        <source>p99 limit</source>
        <translation>limite p99</translation>
    </message>
    <message>
        <source>wait limit</source>
        <translation>limite d&apos;attente</translation>
    </message>
    <message>
        <source>beyond tolerance: %1</source>
        <translation>hors tolérance : %1</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>dans la tolérance</translation>
    </message>
    <message>
        <source>workload error: %1</source>
        <translation>erreur de la charge : %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Remarques : %1</translation>
    </message>
    <message>
        <source>Estimate statistics from a sample when the source table was never analysed</source>
        <translation>Estimer les statistiques à partir d&apos;un échantillon si la table source n&apos;a jamais été analysée</translation>
    </message>
    <message>
        <source>Not rehearsed:</source>
        <translation>Non répété :</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source> — every phase within the limits</source>
        <translation> — chaque phase dans les limites</translation>
    </message>
    <message>
        <source>Sample statistics if the source was never analysed</source>
        <translation>Échantillonner les statistiques si la source n&apos;a jamais été analysée</translation>
    </message>
</context>
<context>
    <name>RehearsalProgress</name>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>load</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>build</source>
        <translation>construction</translation>
    </message>
    <message>
        <source>fidelity</source>
        <translation>fidélité</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>RehearsalReport</name>
    <message>
        <source>%1: longest lock wait %2 ms</source>
        <translation>%1 : plus longue attente de verrou %2 ms</translation>
    </message>
    <message>
        <source>%1: a session waited %2 ms for a lock (limit %3 ms): %4</source>
        <translation>%1 : une session a attendu %2 ms un verrou (limite %3 ms) : %4</translation>
    </message>
    <message>
        <source>%1: %2 workload operation(s) failed (%3)</source>
        <translation>%1 : %2 opération(s) de charge en échec (%3)</translation>
    </message>
    <message>
        <source>see workload.errors</source>
        <translation>voir workload.errors</translation>
    </message>
    <message>
        <source>the plan ran to the end</source>
        <translation>le plan a été exécuté jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>the run ended %1: %2</source>
        <translation>l&apos;exécution s&apos;est terminée %1 : %2</translation>
    </message>
    <message>
        <source>%1: workload p99 %2 ms within the limit %3 ms (%4 x baseline p99 %5 ms, at least %6 ms)</source>
        <translation>%1 : p99 de la charge %2 ms dans la limite de %3 ms (%4 x p99 de référence %5 ms, au moins %6 ms)</translation>
    </message>
    <message>
        <source>%1: workload p99 %2 ms above the limit %3 ms (%4 x baseline p99 %5 ms, at least %6 ms)</source>
        <translation>%1 : p99 de la charge %2 ms au-dessus de la limite de %3 ms (%4 x p99 de référence %5 ms, au moins %6 ms)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Écrire le rapport</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Rapport de revue</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <source>Markdown (for a pull request)</source>
        <translation>Markdown (pour une pull request)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un seul fichier autonome)</translation>
    </message>
    <message>
        <source>PDF (laid out for print)</source>
        <translation>PDF (mis en page pour l&apos;impression)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>Include the live state (connect to a database first)</source>
        <translation>Inclure l&apos;état en direct (connectez-vous d&apos;abord à une base)</translation>
    </message>
    <message>
        <source>Include the live state of %1</source>
        <translation>Inclure l&apos;état en direct de %1</translation>
    </message>
    <message>
        <source>Write the review report</source>
        <translation>Écrire le rapport de revue</translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation>Rapport (*.%1)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Choisissez le fichier où écrire le rapport.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Reading the live state and writing the report…</source>
        <translation>Lecture de l&apos;état en direct et écriture du rapport…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>ReviewDocks</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Lock forecast</source>
        <translation>Prévision des verrous</translation>
    </message>
    <message>
        <source>Live blockers</source>
        <translation>Bloqueurs en direct</translation>
    </message>
    <message>
        <source>Live forecast: %1</source>
        <translation>Prévision en direct : %1</translation>
    </message>
    <message>
        <source>The plan is not complete yet: the forecast follows once it compiles.</source>
        <translation>Le plan n’est pas encore complet : la prévision suivra dès qu’il compilera.</translation>
    </message>
    <message>
        <source>The forecast could not be made: %1</source>
        <translation>La prévision n’a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>Design the column: the server will say how each ALTER runs.</source>
        <translation>Concevez la colonne : le serveur dira comment chaque ALTER s’exécute.</translation>
    </message>
    <message>
        <source>On MySQL and MariaDB the sessions an ALTER would queue behind (metadata locks, open transactions) are listed in the Lock forecast.</source>
        <translation>Sur MySQL et MariaDB, les sessions derrière lesquelles un ALTER attendrait (verrous de métadonnées, transactions ouvertes) figurent dans la Prévision des verrous.</translation>
    </message>
    <message>
        <source>Connect to a MySQL or MariaDB server for the live forecast.</source>
        <translation>Connectez-vous à un serveur MySQL ou MariaDB pour la prévision en direct.</translation>
    </message>
    <message>
        <source>Not reviewed: the static review reads PostgreSQL (libpg_query) and does not apply to MySQL/MariaDB text. What applies is the Lock forecast: the connected server itself says which algorithm each ALTER gets, whether writes wait, and which sessions hold the table.</source>
        <translation>Non revu : la revue statique lit PostgreSQL (libpg_query) et ne s’applique pas au texte MySQL/MariaDB. Ce qui s’applique ici est la Prévision des verrous : le serveur connecté dit lui-même quel algorithme reçoit chaque ALTER, si les écritures attendent et quelles sessions tiennent la table.</translation>
    </message>
    <message>
        <source>Not reviewed: the static review reads PostgreSQL (libpg_query) and does not apply to MySQL/MariaDB text. Connect to the MySQL or MariaDB server: its Lock forecast says which algorithm each ALTER gets and which sessions hold the table.</source>
        <translation>Non revu : la revue statique lit PostgreSQL (libpg_query) et ne s’applique pas au texte MySQL/MariaDB. Connectez-vous au serveur MySQL ou MariaDB : sa Prévision des verrous dit quel algorithme reçoit chaque ALTER et quelles sessions tiennent la table.</translation>
    </message>
    <message>
        <source>SQLite: locks and table rebuilds read from the script; the PostgreSQL review rules do not apply.</source>
        <translation>SQLite : verrous et reconstructions de table lus dans le script ; les règles de revue PostgreSQL ne s&apos;appliquent pas.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Design and why</source>
        <translation>Conception et raisons</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 (values: %2)</source>
        <translation>%1 (valeurs : %2)</translation>
    </message>
    <message>
        <source>Nullability</source>
        <translation>Nullabilité</translation>
    </message>
    <message>
        <source>NULL allowed</source>
        <translation>NULL accepté</translation>
    </message>
    <message>
        <source>NOT NULL (enforced after the backfill, through a validated CHECK)</source>
        <translation>NOT NULL (imposé après le remplissage, par un CHECK validé)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>existing rows take the default</source>
        <translation>les lignes existantes prennent la valeur par défaut</translation>
    </message>
    <message>
        <source>none: existing rows stay NULL</source>
        <translation>aucun : les lignes existantes restent NULL</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Backfill pacing</source>
        <translation>Rythme du remplissage</translation>
    </message>
    <message>
        <source>target %1 ms per batch, at most %2 rows, pause %3 ms, lag limit %4 ms, lock_timeout %5 ms</source>
        <translation>cible %1 ms par lot, au plus %2 lignes, pause %3 ms, limite de retard %4 ms, lock_timeout %5 ms</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source> (hand-edited)</source>
        <translation> (modifiée à la main)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécriture</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Live state</source>
        <translation>État en direct</translation>
    </message>
    <message>
        <source>Not connected: no live blockers or size estimates (run the report with --db to include them).</source>
        <translation>Non connecté : ni bloqueurs en direct ni estimations de taille (lancez le rapport avec --db pour les inclure).</translation>
    </message>
    <message>
        <source>Taken %1 UTC on %2 (PostgreSQL %3): %4 rows (%5), heap %6, total %7.</source>
        <translation>Relevé le %1 UTC sur %2 (PostgreSQL %3) : %4 lignes (%5), heap %6, total %7.</translation>
    </message>
    <message>
        <source>No session holds or waits for a lock the plan needs.</source>
        <translation>Aucune session ne détient ni n&apos;attend un verrou dont le plan a besoin.</translation>
    </message>
    <message>
        <source>held</source>
        <translation>détenu</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Transaction age</source>
        <translation>Âge de la transaction</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Backfill WAL volume: about %1 (%2).</source>
        <translation>Volume de WAL du remplissage : environ %1 (%2).</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>No rehearsal attached.</source>
        <translation>Aucune répétition jointe.</translation>
    </message>
    <message>
        <source>Verdict: %1.</source>
        <translation>Verdict : %1.</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSIE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHOUÉE</translation>
    </message>
    <message>
        <source>baseline (no change running)</source>
        <translation>référence (aucune modification en cours)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latence p50</translation>
    </message>
    <message>
        <source>Longest lock wait: %1. WAL written: %2.</source>
        <translation>Plus longue attente de verrou : %1. WAL écrit : %2.</translation>
    </message>
    <message>
        <source>Rollback paths</source>
        <translation>Chemins de rollback</translation>
    </message>
    <message>
        <source>Roll back newest phase first. Each phase&apos;s rollback:</source>
        <translation>Annulez d&apos;abord la phase la plus récente. Le rollback de chaque phase :</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Run checklist</source>
        <translation>Liste de contrôle de l&apos;exécution</translation>
    </message>
    <message>
        <source>[ ] The approval below matches the script hash the runner prints.</source>
        <translation>[ ] L&apos;approbation ci-dessous correspond à l&apos;empreinte du script qu&apos;affiche l&apos;exécuteur.</translation>
    </message>
    <message>
        <source>[ ] A recent backup or a replica to fall back on exists.</source>
        <translation>[ ] Une sauvegarde récente ou un réplica de repli existe.</translation>
    </message>
    <message>
        <source>[ ] No long transaction or idle-in-transaction session on %1 (forecast --db shows blockers).</source>
        <translation>[ ] Aucune longue transaction ni session « idle in transaction » sur %1 (forecast --db montre les bloqueurs).</translation>
    </message>
    <message>
        <source>[ ] Replication lag is low and monitored; the backfill holds back above %1 ms.</source>
        <translation>[ ] Le retard de réplication est faible et surveillé ; le remplissage se retient au-delà de %1 ms.</translation>
    </message>
    <message>
        <source>[ ] The application tolerates the new column being NULL until the backfill ends.</source>
        <translation>[ ] L&apos;application tolère que la nouvelle colonne soit NULL jusqu&apos;à la fin du remplissage.</translation>
    </message>
    <message>
        <source>[ ] Someone watches the run console (or `run --json-progress`) until verify passes.</source>
        <translation>[ ] Quelqu&apos;un surveille la console d&apos;exécution (ou `run --json-progress`) jusqu&apos;à ce que verify réussisse.</translation>
    </message>
    <message>
        <source>[ ] The rollback of each phase has been read and is ready to paste.</source>
        <translation>[ ] Le rollback de chaque phase a été lu et est prêt à être collé.</translation>
    </message>
    <message>
        <source>[ ] Check &quot;%1&quot; returns %2 after the run.</source>
        <translation>[ ] Le check « %1 » renvoie %2 après l&apos;exécution.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Statut : %1.</translation>
    </message>
    <message>
        <source>Script SHA-256: %1 (the bytes `column-planner generate` prints for this plan).</source>
        <translation>SHA-256 du script : %1 (les octets que `column-planner generate` affiche pour ce plan).</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>STALE: approved %1</source>
        <translation>PÉRIMÉE : approuvé %1</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Approved by: ____________________   Date: ____________   Signature: ____________________</source>
        <translation>Approuvé par : ____________________   Date : ____________   Signature : ____________________</translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation>Ajout de la colonne %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revue : %1</translation>
    </message>
    <message>
        <source>Plan %1: add column %2 to %3 (%4 %5). Report generated %6 UTC by Column Planner %7.</source>
        <translation>Plan %1 : ajout de la colonne %2 à %3 (%4 %5). Rapport généré le %6 UTC par Column Planner %7.</translation>
    </message>
    <message>
        <source>Approval: %1.</source>
        <translation>Approbation : %1.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No findings: the review found nothing to warn about.</source>
        <translation>Aucun constat : la revue n&apos;a rien trouvé qui mérite un avertissement.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Safe form</source>
        <translation>Forme sûre</translation>
    </message>
    <message>
        <source>en</source>
        <comment>html lang</comment>
        <extracomment>The language code of this translation (de, fr), written into the report&apos;s &lt;html lang&gt;.</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>PDF is laid out by ReportPdfWriter (it needs Qt GUI): %1</source>
        <translation>le PDF est mis en page par ReportPdfWriter (il a besoin de Qt GUI) : %1</translation>
    </message>
</context>
<context>
    <name>Reviewer</name>
    <message>
        <source>Identifier &quot;%1&quot; is %2 bytes; PostgreSQL silently truncates it to %3 bytes, so two long names can collide and the name in the catalog is not the one in the script.</source>
        <translation>L&apos;identifiant « %1 » fait %2 octets ; PostgreSQL le tronque en silence à %3 octets, si bien que deux noms longs peuvent se confondre et que le nom du catalogue n&apos;est pas celui du script.</translation>
    </message>
    <message>
        <source>ALTER TABLE ... ADD CONSTRAINT ... NOT NULL is PostgreSQL 18 syntax; PostgreSQL %1 rejects it.</source>
        <translation>ALTER TABLE ... ADD CONSTRAINT ... NOT NULL est une syntaxe de PostgreSQL 18 ; PostgreSQL %1 la rejette.</translation>
    </message>
    <message>
        <source>Use ADD CONSTRAINT c CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c, then ALTER COLUMN %1 SET NOT NULL.</source>
        <translation>Utilisez ADD CONSTRAINT c CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c, puis ALTER COLUMN %1 SET NOT NULL.</translation>
    </message>
    <message>
        <source>PostgreSQL 18 NOT NULL constraint (recognised from tokens: the bundled parser is 15)</source>
        <translation>Contrainte NOT NULL de PostgreSQL 18 (reconnue par ses lexèmes : l&apos;analyseur fourni est celui de la version 15)</translation>
    </message>
    <message>
        <source>ALTER TABLE waits for ACCESS EXCLUSIVE on %1 with no lock_timeout: every query behind it waits too.</source>
        <translation>ALTER TABLE attend ACCESS EXCLUSIVE sur %1 sans lock_timeout : chaque requête derrière attend aussi.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT ... NOT NULL %1 on %2 scans every row while holding ACCESS EXCLUSIVE.</source>
        <translation>ADD CONSTRAINT ... NOT NULL %1 sur %2 parcourt chaque ligne en tenant ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>Add it NOT VALID, then VALIDATE CONSTRAINT in its own transaction.</source>
        <translation>Ajoutez-la NOT VALID, puis VALIDATE CONSTRAINT dans sa propre transaction.</translation>
    </message>
    <message>
        <source>Statement of %1 MB not reviewed (limit %2 MB per statement).</source>
        <translation>Instruction de %1 Mo non revue (limite de %2 Mo par instruction).</translation>
    </message>
    <message>
        <source>PostgreSQL rejects this statement: %1.</source>
        <translation>PostgreSQL rejette cette instruction : %1.</translation>
    </message>
    <message>
        <source>Statement not reviewed: its expressions nest about %1 levels deep (limit %2).</source>
        <translation>Instruction non revue : ses expressions sont imbriquées sur environ %1 niveaux (limite %2).</translation>
    </message>
</context>
<context>
    <name>RuleCatalog</name>
    <message>
        <source>Statement does not parse</source>
        <translation>L&apos;instruction ne s&apos;analyse pas</translation>
    </message>
    <message>
        <source>Fix the statement; PostgreSQL would reject it.</source>
        <translation>Corrigez l&apos;instruction ; PostgreSQL la rejetterait.</translation>
    </message>
    <message>
        <source>ADD COLUMN NOT NULL without a default</source>
        <translation>ADD COLUMN NOT NULL sans valeur par défaut</translation>
    </message>
    <message>
        <source>Add the column nullable, backfill it in batches, then enforce NOT NULL through a validated CHECK (col IS NOT NULL) and SET NOT NULL.</source>
        <translation>Ajoutez la colonne acceptant NULL, remplissez-la par lots, puis imposez NOT NULL au moyen d&apos;un CHECK (col IS NOT NULL) validé et de SET NOT NULL.</translation>
    </message>
    <message>
        <source>ADD COLUMN with a default that rewrites the table</source>
        <translation>ADD COLUMN avec une valeur par défaut qui réécrit la table</translation>
    </message>
    <message>
        <source>Add the column without a default (or with a constant one on PostgreSQL 11+), then SET DEFAULT and backfill existing rows in batches.</source>
        <translation>Ajoutez la colonne sans valeur par défaut (ou avec une constante sur PostgreSQL 11+), puis SET DEFAULT et remplissez les lignes existantes par lots.</translation>
    </message>
    <message>
        <source>SET NOT NULL scans the table under ACCESS EXCLUSIVE</source>
        <translation>SET NOT NULL parcourt la table sous ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <source>First ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT c, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the helper check.</source>
        <translation>D&apos;abord ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, puis VALIDATE CONSTRAINT c, puis SET NOT NULL (PostgreSQL 12+ saute le parcours) et supprimez le CHECK auxiliaire.</translation>
    </message>
    <message>
        <source>CHECK or FOREIGN KEY added to an existing table without NOT VALID</source>
        <translation>CHECK ou FOREIGN KEY ajouté à une table existante sans NOT VALID</translation>
    </message>
    <message>
        <source>Add the constraint with NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a separate transaction.</source>
        <translation>Ajoutez la contrainte avec NOT VALID, puis ALTER TABLE ... VALIDATE CONSTRAINT dans une transaction séparée.</translation>
    </message>
    <message>
        <source>CREATE/DROP INDEX without CONCURRENTLY on an existing table</source>
        <translation>CREATE/DROP INDEX sans CONCURRENTLY sur une table existante</translation>
    </message>
    <message>
        <source>Use CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY, outside a transaction block.</source>
        <translation>Utilisez CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY, hors d&apos;un bloc de transaction.</translation>
    </message>
    <message>
        <source>CONCURRENTLY inside a transaction block</source>
        <translation>CONCURRENTLY dans un bloc de transaction</translation>
    </message>
    <message>
        <source>Run the CONCURRENTLY statement on its own, outside BEGIN ... COMMIT.</source>
        <translation>Exécutez l&apos;instruction CONCURRENTLY seule, hors de BEGIN ... COMMIT.</translation>
    </message>
    <message>
        <source>Lock-taking DDL with no lock_timeout set</source>
        <translation>DDL qui prend un verrou sans lock_timeout</translation>
    </message>
    <message>
        <source>Start the script with SET lock_timeout = &apos;2s&apos; (and retry on timeout) so the DDL never queues behind a long transaction while blocking everyone behind it.</source>
        <translation>Commencez le script par SET lock_timeout = &apos;2s&apos; (et réessayez après expiration) pour que la DDL n&apos;attende jamais derrière une longue transaction en bloquant tout le monde derrière elle.</translation>
    </message>
    <message>
        <source>ALTER COLUMN TYPE rewrites the table</source>
        <translation>ALTER COLUMN TYPE réécrit la table</translation>
    </message>
    <message>
        <source>Add a new column of the new type, backfill it in batches, switch readers and writers, then drop the old column. Only varchar(n) -&gt; varchar(m&gt;n)/text and numeric precision increases are free.</source>
        <translation>Ajoutez une nouvelle colonne du nouveau type, remplissez-la par lots, basculez lecteurs et écrivains, puis supprimez l&apos;ancienne colonne. Seuls varchar(n) -&gt; varchar(m&gt;n)/text et une précision numeric plus grande sont gratuits.</translation>
    </message>
    <message>
        <source>UPDATE of an existing table with no bound on the rows</source>
        <translation>UPDATE d&apos;une table existante sans borne sur les lignes</translation>
    </message>
    <message>
        <source>Update in keyset batches (WHERE id &gt; $1 AND id &lt;= $2, or WHERE id IN (SELECT id ... LIMIT n)), each in its own short transaction.</source>
        <translation>Modifiez par lots de clés (WHERE id &gt; $1 AND id &lt;= $2, ou WHERE id IN (SELECT id ... LIMIT n)), chacun dans sa propre transaction courte.</translation>
    </message>
    <message>
        <source>ADD UNIQUE / PRIMARY KEY builds its index under ACCESS EXCLUSIVE</source>
        <translation>ADD UNIQUE / PRIMARY KEY construit son index sous ACCESS EXCLUSIVE</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE USING INDEX (or PRIMARY KEY USING INDEX).</source>
        <translation>D&apos;abord CREATE UNIQUE INDEX CONCURRENTLY, puis ADD CONSTRAINT ... UNIQUE USING INDEX (ou PRIMARY KEY USING INDEX).</translation>
    </message>
    <message>
        <source>int or smallint for an id or a counter</source>
        <translation>int ou smallint pour un identifiant ou un compteur</translation>
    </message>
    <message>
        <source>Use bigint (bigint identity for generated ids); running out of int ids means a table rewrite later.</source>
        <translation>Utilisez bigint (bigint identity pour les identifiants générés) ; manquer d&apos;identifiants int impose plus tard une réécriture de la table.</translation>
    </message>
    <message>
        <source>timestamp without time zone</source>
        <translation>timestamp without time zone</translation>
    </message>
    <message>
        <source>Use timestamptz: it stores an instant; timestamp depends on the writer&apos;s time zone.</source>
        <translation>Utilisez timestamptz : il stocke un instant ; timestamp dépend du fuseau horaire de l&apos;auteur.</translation>
    </message>
    <message>
        <source>char(n) type</source>
        <translation>type char(n)</translation>
    </message>
    <message>
        <source>Use text or varchar (with a CHECK on length if needed); char(n) pads with blanks.</source>
        <translation>Utilisez text ou varchar (avec un CHECK sur la longueur si besoin) ; char(n) complète avec des blancs.</translation>
    </message>
    <message>
        <source>json type</source>
        <translation>type json</translation>
    </message>
    <message>
        <source>Use jsonb: it can be indexed and compared.</source>
        <translation>Utilisez jsonb : il peut être indexé et comparé.</translation>
    </message>
    <message>
        <source>Identifier longer than the server allows</source>
        <translation>Identifiant plus long que ce que le serveur permet</translation>
    </message>
    <message>
        <source>Shorten the name; PostgreSQL silently truncates names to 63 bytes.</source>
        <translation>Raccourcissez le nom ; PostgreSQL tronque en silence les noms à 63 octets.</translation>
    </message>
    <message>
        <source>Vague column name</source>
        <translation>Nom de colonne vague</translation>
    </message>
    <message>
        <source>Name the column after what it holds.</source>
        <translation>Nommez la colonne d&apos;après ce qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>Reserved word used as an identifier</source>
        <translation>Mot réservé utilisé comme identifiant</translation>
    </message>
    <message>
        <source>Pick another name; a reserved word must be quoted in every query forever.</source>
        <translation>Choisissez un autre nom ; un mot réservé doit être cité entre guillemets dans chaque requête, pour toujours.</translation>
    </message>
    <message>
        <source>DROP COLUMN breaks the code that still reads it</source>
        <translation>DROP COLUMN casse le code qui la lit encore</translation>
    </message>
    <message>
        <source>Stop every reader and writer from using the column first, deploy, then drop it.</source>
        <translation>Faites d&apos;abord cesser tout lecteur et écrivain d&apos;utiliser la colonne, déployez, puis supprimez-la.</translation>
    </message>
    <message>
        <source>RENAME COLUMN breaks running code</source>
        <translation>RENAME COLUMN casse le code en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Add the new column, write both, backfill, switch readers, then drop the old one (or rename behind a view).</source>
        <translation>Ajoutez la nouvelle colonne, écrivez les deux, remplissez, basculez les lecteurs, puis supprimez l&apos;ancienne (ou renommez derrière une vue).</translation>
    </message>
    <message>
        <source>RENAME TABLE breaks running code</source>
        <translation>RENAME TABLE casse le code en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Create a view with the old name for the transition, or rename in a release where no running code uses the old name.</source>
        <translation>Créez une vue portant l&apos;ancien nom pour la transition, ou renommez dans une version où aucun code en cours n&apos;utilise l&apos;ancien nom.</translation>
    </message>
    <message>
        <source>ADD COLUMN serial or identity rewrites the table</source>
        <translation>ADD COLUMN serial ou identity réécrit la table</translation>
    </message>
    <message>
        <source>Add a nullable bigint column, attach a sequence default, backfill in batches, then enforce NOT NULL.</source>
        <translation>Ajoutez une colonne bigint acceptant NULL, attachez une valeur par défaut de séquence, remplissez par lots, puis imposez NOT NULL.</translation>
    </message>
    <message>
        <source>ADD COLUMN GENERATED ... STORED rewrites the table</source>
        <translation>ADD COLUMN GENERATED ... STORED réécrit la table</translation>
    </message>
    <message>
        <source>Add a plain nullable column, fill it with a trigger plus a batched backfill, or compute the value in a view.</source>
        <translation>Ajoutez une colonne simple acceptant NULL, remplissez-la par un déclencheur et un remplissage par lots, ou calculez la valeur dans une vue.</translation>
    </message>
    <message>
        <source>Statement too large to review</source>
        <translation>Instruction trop grande pour être revue</translation>
    </message>
    <message>
        <source>Split the statement, or load such data with COPY.</source>
        <translation>Découpez l&apos;instruction, ou chargez de telles données avec COPY.</translation>
    </message>
    <message>
        <source>BEGIN inside a transaction, or COMMIT without BEGIN</source>
        <translation>BEGIN dans une transaction, ou COMMIT sans BEGIN</translation>
    </message>
    <message>
        <source>Balance BEGIN and COMMIT; PostgreSQL has no nested transactions (use SAVEPOINT).</source>
        <translation>Équilibrez BEGIN et COMMIT ; PostgreSQL n&apos;a pas de transactions imbriquées (utilisez SAVEPOINT).</translation>
    </message>
    <message>
        <source>Statement nests too deep to review</source>
        <translation>Instruction trop imbriquée pour la revue</translation>
    </message>
    <message>
        <source>An expression chains or nests more than 1,000 operators, casts or parentheses (counted on its tokens), so the statement was not parsed or reviewed; PostgreSQL itself may reject it (stack depth limit exceeded). Split the expression, or build the value in steps.</source>
        <translation>Une expression enchaîne ou imbrique plus de 1 000 opérateurs, conversions ou parenthèses (comptés sur ses lexèmes) : l’instruction n’a été ni analysée ni revue ; PostgreSQL lui-même peut la refuser (stack depth limit exceeded). Découpez l’expression ou construisez la valeur par étapes.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY on a partitioned table</source>
        <translation>CREATE INDEX CONCURRENTLY sur une table partitionnée</translation>
    </message>
    <message>
        <source>CREATE INDEX ON ONLY the partitioned table, CONCURRENTLY on each partition, then ALTER INDEX ... ATTACH PARTITION.</source>
        <translation>CREATE INDEX ON ONLY sur la table partitionnée, CONCURRENTLY sur chaque partition, puis ALTER INDEX ... ATTACH PARTITION.</translation>
    </message>
    <message>
        <source>DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+)</source>
        <translation>DETACH PARTITION sans CONCURRENTLY (PostgreSQL 14+)</translation>
    </message>
    <message>
        <source>DETACH PARTITION ... CONCURRENTLY, outside a transaction block.</source>
        <translation>DETACH PARTITION ... CONCURRENTLY, hors d’un bloc de transaction.</translation>
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
        <translation>Graphiques en direct</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>lignes/s</translation>
    </message>
    <message>
        <source>Batch latency</source>
        <translation>Latence des lots</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille des lots</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Retard de réplication</translation>
    </message>
    <message>
        <source>Lock waits on the table</source>
        <translation>Attentes de verrou sur la table</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>ko/s</translation>
    </message>
    <message>
        <source>no standby</source>
        <translation>pas de standby</translation>
    </message>
    <message>
        <source>WAL written</source>
        <translation>WAL écrit</translation>
    </message>
    <message>
        <source>InnoDB redo written</source>
        <translation>Redo InnoDB écrit</translation>
    </message>
    <message>
        <source>no replica</source>
        <translation>aucun réplica</translation>
    </message>
</context>
<context>
    <name>RunChecksPanel</name>
    <message>
        <source>&amp;Check now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Last evaluated</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <source>Run the checks now</source>
        <translation>Exécuter les vérifications maintenant</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>No check evaluated yet. Checks run after each phase, and now on demand.</source>
        <translation>Aucune vérification évaluée pour l&apos;instant. Les vérifications s&apos;exécutent après chaque phase, et maintenant à la demande.</translation>
    </message>
    <message>
        <source>Evaluating… %1 pass, %2 fail so far</source>
        <translation>Évaluation… %1 réussie(s), %2 en échec jusqu&apos;ici</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail · last evaluated %3</source>
        <translation>%1 réussie(s), %2 en échec · dernière évaluation %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source> · they describe the finished column: failures are expected until the last phase</source>
        <translation> · elles décrivent la colonne terminée : des échecs sont attendus jusqu&apos;à la dernière phase</translation>
    </message>
    <message>
        <source>Each validation check, pass or fail, and when it was last evaluated</source>
        <translation>Chaque vérification, réussie ou en échec, et quand elle a été évaluée pour la dernière fois</translation>
    </message>
    <message>
        <source>Evaluates every check on the database now</source>
        <translation>Évalue maintenant chaque vérification sur la base</translation>
    </message>
</context>
<context>
    <name>RunConnection</name>
    <message>
        <source>stopped while reconnecting to %1</source>
        <translation>arrêté pendant la reconnexion à %1</translation>
    </message>
    <message>
        <source>connection to %1 lost (%2): reconnecting, attempt %3</source>
        <translation>connexion à %1 perdue (%2) : reconnexion, tentative %3</translation>
    </message>
    <message>
        <source>reconnected to %1 (backend %2)</source>
        <translation>reconnecté à %1 (backend %2)</translation>
    </message>
</context>
<context>
    <name>RunConsoleWidget</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation>&amp;Lancer l&apos;exécution</translation>
    </message>
    <message>
        <source>Run console</source>
        <translation>Console d&apos;exécution</translation>
    </message>
    <message>
        <source>Checks and journal</source>
        <translation>Vérifications et journal</translation>
    </message>
    <message>
        <source>C&amp;hecks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>checks evaluated: %1 pass, %2 fail</source>
        <translation>vérifications évaluées : %1 réussie(s), %2 en échec</translation>
    </message>
    <message>
        <source>Running phase %1…</source>
        <translation>Exécution de la phase %1…</translation>
    </message>
    <message>
        <source>Skipping phase %1…</source>
        <translation>Phase %1 ignorée…</translation>
    </message>
    <message>
        <source>Pausing after the current batch…</source>
        <translation>Pause après le lot en cours…</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reprise.</translation>
    </message>
    <message>
        <source>resumed by the user</source>
        <translation>reprise par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>target batch time set to %1 ms</source>
        <translation>durée cible d&apos;un lot réglée à %1 ms</translation>
    </message>
    <message>
        <source>pause between batches set to %1 ms</source>
        <translation>pause entre les lots réglée à %1 ms</translation>
    </message>
    <message>
        <source>replication lag limit set to %1 ms</source>
        <translation>limite de retard de réplication réglée à %1 ms</translation>
    </message>
    <message>
        <source>replication lag limit removed</source>
        <translation>limite de retard de réplication supprimée</translation>
    </message>
    <message>
        <source>Dry run: show every step, change nothing</source>
        <translation>Simulation : montrer chaque étape, ne rien modifier</translation>
    </message>
    <message>
        <source>Start the run</source>
        <translation>Lancer l&apos;exécution</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>État de l&apos;exécution</translation>
    </message>
    <message>
        <source>No plan to run</source>
        <translation>Aucun plan à exécuter</translation>
    </message>
    <message>
        <source>%1 · %2.%3 on %4</source>
        <translation>%1 · %2.%3 sur %4</translation>
    </message>
    <message>
        <source>untitled plan</source>
        <translation>plan sans titre</translation>
    </message>
    <message>
        <source>Ready. Every phase waits at its gate for your confirmation.</source>
        <translation>Prêt. Chaque phase attend votre confirmation à son point de contrôle.</translation>
    </message>
    <message>
        <source>dry run of %1 requested</source>
        <translation>simulation de %1 demandée</translation>
    </message>
    <message>
        <source>run of %1 requested</source>
        <translation>exécution de %1 demandée</translation>
    </message>
    <message>
        <source>Compiling the plan against the database…</source>
        <translation>Compilation du plan sur la base…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>stop requested by the user</source>
        <translation>arrêt demandé par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>Connected; the runner is preparing…</source>
        <translation>Connecté ; l&apos;exécution se prépare…</translation>
    </message>
    <message>
        <source>Waiting at the gate of %1: check the SQL and its locks, then run, skip or stop.</source>
        <translation>En attente au point de contrôle de %1 : vérifiez le SQL et ses verrous, puis exécutez, ignorez ou arrêtez.</translation>
    </message>
    <message>
        <source>gate: %1</source>
        <translation>point de contrôle : %1</translation>
    </message>
    <message>
        <source>by the %1 phase</source>
        <translation>par la phase %1</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Exécution de %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <source>Finished, but checks failed: %1</source>
        <translation>Terminé, mais des vérifications ont échoué : %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>The plan cannot run here: %1</source>
        <translation>Le plan ne peut pas s&apos;exécuter ici : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Walks every phase and statement without changing the database</source>
        <translation>Parcourt chaque phase et instruction sans modifier la base</translation>
    </message>
    <message>
        <source>Starts the run; each phase waits at its gate</source>
        <translation>Lance l&apos;exécution ; chaque phase attend à son point de contrôle</translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation>PRODUCTION · %1</translation>
    </message>
    <message>
        <source>Not started: %1 is a production profile and the plan is not approved.</source>
        <translation>Non lancé : %1 est un profil de production et le plan n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>Waiting for the production confirmation…</source>
        <translation>En attente de la confirmation de production…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL, MySQL or MariaDB connection and a plan that compiles, then choose Run plan…</source>
        <translation>Ouvrez une connexion PostgreSQL, MySQL ou MariaDB et un plan qui compile, puis choisissez Exécuter le plan…</translation>
    </message>
    <message>
        <source>Blocking copy accepted; the run goes on…</source>
        <translation>Copie bloquante acceptée ; l&apos;exécution continue…</translation>
    </message>
    <message>
        <source>Waiting for your answer: accept the blocking copy, or stop the run before it changes anything.</source>
        <translation>En attente de votre réponse : acceptez la copie bloquante, ou arrêtez l&apos;exécution avant qu&apos;elle ne change quoi que ce soit.</translation>
    </message>
    <message>
        <source>Sweeping and watching again…</source>
        <translation>Balayage et nouvelle surveillance…</translation>
    </message>
    <message>
        <source>Enforce waits: rows keep arriving that it would reject. Deploy the application version that writes the column, then sweep and watch again, or stop.</source>
        <translation>Enforce attend : des lignes qu’il rejetterait continuent d’arriver. Déployez la version de l’application qui écrit la colonne, puis balayez et surveillez à nouveau, ou arrêtez.</translation>
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
        <translation>Repre&amp;ndre</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Pause after the current batch</source>
        <translation>Faire une pause après le lot en cours</translation>
    </message>
    <message>
        <source>Resume the run</source>
        <translation>Reprendre l&apos;exécution</translation>
    </message>
    <message>
        <source>Abort after the current batch</source>
        <translation>Abandonner après le lot en cours</translation>
    </message>
    <message>
        <source>Stops after the batch in flight commits; running again resumes from the checkpoint.</source>
        <translation>S&apos;arrête une fois le lot en cours validé ; l&apos;exécuter à nouveau reprend au point de reprise.</translation>
    </message>
    <message>
        <source>Target batch time</source>
        <translation>Durée cible d&apos;un lot</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Pause between batches</source>
        <translation>Pause entre les lots</translation>
    </message>
    <message>
        <source>Replication lag limit</source>
        <translation>Limite de retard de réplication</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Target &amp;batch time:</source>
        <translation>&amp;Durée cible d&apos;un lot :</translation>
    </message>
    <message>
        <source>Pause bet&amp;ween batches:</source>
        <translation>Pa&amp;use entre les lots :</translation>
    </message>
    <message>
        <source>&amp;Lag limit:</source>
        <translation>Limite de &amp;retard :</translation>
    </message>
    <message>
        <source>Holds the backfill between batches</source>
        <translation>Suspend le remplissage entre deux lots</translation>
    </message>
    <message>
        <source>Goes on with the backfill</source>
        <translation>Poursuit le remplissage</translation>
    </message>
    <message>
        <source>Acts on the running backfill from its next batch</source>
        <translation>Agit sur le remplissage en cours à partir du lot suivant</translation>
    </message>
</context>
<context>
    <name>RunDialect</name>
    <message>
        <source>run supports PostgreSQL, MySQL and MariaDB targets; %1 is %2 (use generate and run the script by hand)</source>
        <translation>run prend en charge les cibles PostgreSQL, MySQL et MariaDB ; %1 est %2 (utilisez generate et exécutez le script à la main)</translation>
    </message>
</context>
<context>
    <name>RunDriver</name>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Les vérifications n&apos;ont pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>%1: skipped by the user</source>
        <translation>%1 : ignorée par l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>RunGatePanel</name>
    <message>
        <source>&amp;Run this phase</source>
        <translation>E&amp;xécuter cette phase</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>I&amp;gnorer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Statements and their locks</source>
        <translation>Instructions et leurs verrous</translation>
    </message>
    <message>
        <source>SQL of the phase</source>
        <translation>SQL de la phase</translation>
    </message>
    <message>
        <source>Run this phase</source>
        <translation>Exécuter cette phase</translation>
    </message>
    <message>
        <source>Skip this phase</source>
        <translation>Ignorer cette phase</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Arrêter l&apos;exécution</translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation>Point de contrôle : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No gate is open. Each phase waits here for your confirmation before it runs.</source>
        <translation>Aucun point de contrôle ouvert. Chaque phase attend ici votre confirmation avant de s&apos;exécuter.</translation>
    </message>
    <message>
        <source>No gate is open. Below: the SQL of the phase last confirmed. The next phase waits here.</source>
        <translation>Aucun point de contrôle ouvert. Ci-dessous : le SQL de la dernière phase confirmée. La phase suivante attend ici.</translation>
    </message>
    <message>
        <source>The SQL of the phase waiting at the gate, and the locks it takes</source>
        <translation>Le SQL de la phase en attente au point de contrôle, et les verrous qu&apos;elle prend</translation>
    </message>
    <message>
        <source>Runs the phase shown at the gate</source>
        <translation>Exécute la phase affichée au point de contrôle</translation>
    </message>
    <message>
        <source>Goes on without running this phase</source>
        <translation>Continue sans exécuter cette phase</translation>
    </message>
    <message>
        <source>Stops the run here; running again resumes at this phase</source>
        <translation>Arrête l&apos;exécution ici ; l&apos;exécuter à nouveau reprend à cette phase</translation>
    </message>
    <message>
        <source>&amp;Accept the blocking copy</source>
        <translation>&amp;Accepter la copie bloquante</translation>
    </message>
    <message>
        <source>Accept the blocking copy</source>
        <translation>Accepter la copie bloquante</translation>
    </message>
    <message>
        <source>Runs the ALTER that copies the table while writes wait; the acceptance is journaled</source>
        <translation>Exécute l&apos;ALTER qui copie la table pendant que les écritures attendent ; l&apos;acceptation est journalisée</translation>
    </message>
    <message>
        <source>Sweep and &amp;watch again</source>
        <translation>Balayer et &amp;surveiller à nouveau</translation>
    </message>
    <message>
        <source>Sweep and watch again</source>
        <translation>Balayer et surveiller à nouveau</translation>
    </message>
    <message>
        <source>Fills the rows left without a value and watches again before enforcing anything</source>
        <translation>Remplit les lignes restées sans valeur et surveille à nouveau avant d’imposer quoi que ce soit</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>le fichier n&apos;est pas une base SQLite</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>an I/O error (%1)</source>
        <translation>une erreur d&apos;E/S (%1)</translation>
    </message>
    <message>
        <source>run journal %1: cannot write: %2</source>
        <translation>journal d&apos;exécution %1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>run journal %1: cannot create the folder %2</source>
        <translation>journal d&apos;exécution %1 : impossible de créer le dossier %2</translation>
    </message>
    <message>
        <source>run journal %1: cannot open: %2</source>
        <translation>journal d&apos;exécution %1 : ouverture impossible : %2</translation>
    </message>
    <message>
        <source>run journal %1: the file is not a Column Planner journal; give another --journal path</source>
        <translation>journal d&apos;exécution %1 : le fichier n&apos;est pas un journal Column Planner ; indiquez un autre chemin --journal</translation>
    </message>
    <message>
        <source>run journal %1: written by a newer Column Planner (schema %2, this build knows %3)</source>
        <translation>journal d&apos;exécution %1 : écrit par un Column Planner plus récent (schéma %2, cette version connaît %3)</translation>
    </message>
    <message>
        <source>run journal is not open</source>
        <translation>le journal d&apos;exécution n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>RunJournalView</name>
    <message>
        <source>Run journal</source>
        <translation>Journal d&apos;exécution</translation>
    </message>
    <message>
        <source>%1: %L2 / %L3 rows, %L4 rows/s, batch %L5 rows in %6 ms</source>
        <translation>%1 : %L2 / %L3 lignes, %L4 lignes/s, lot de %L5 lignes en %6 ms</translation>
    </message>
    <message>
        <source>check %1: %2 (expected %3, got %4)</source>
        <translation>vérification %1 : %2 (attendu %3, obtenu %4)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>attempt %1/%2: %3</source>
        <translation>tentative %1/%2 : %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Every statement, attempt, event and batch of the run, as written to the journal</source>
        <translation>Chaque instruction, tentative, événement et lot de l&apos;exécution, tels qu&apos;écrits dans le journal</translation>
    </message>
    <message>
        <source>attempt %1: %2</source>
        <translation>tentative %1 : %2</translation>
    </message>
</context>
<context>
    <name>RunPreparation</name>
    <message>
        <source>the plan targets %1 but %2 is MySQL/MariaDB: write the plan for &quot;mysql&quot; or &quot;mariadb&quot;</source>
        <translation>le plan cible %1 mais %2 est MySQL/MariaDB : écrivez le plan pour « mysql » ou « mariadb »</translation>
    </message>
    <message>
        <source>column %1.%2 already exists as %3 but the plan wants %4: refusing to run (drop the column, or change the plan&apos;s type)</source>
        <translation>la colonne %1.%2 existe déjà en %3 mais le plan veut %4 : exécution refusée (supprimez la colonne, ou changez le type du plan)</translation>
    </message>
</context>
<context>
    <name>RunProgressPanel</name>
    <message>
        <source>Backfill progress</source>
        <translation>Progression du remplissage</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>backfill not started</source>
        <translation>remplissage non démarré</translation>
    </message>
    <message>
        <source>Rows: –</source>
        <translation>Lignes : –</translation>
    </message>
    <message>
        <source>– rows/s</source>
        <translation>– lignes/s</translation>
    </message>
    <message>
        <source>ETA –</source>
        <translation>Temps restant –</translation>
    </message>
    <message>
        <source>%1% of the backfill</source>
        <translation>%1 % du remplissage</translation>
    </message>
    <message>
        <source>Rows: %L1 / %L2 (%L3 written)</source>
        <translation>Lignes : %L1 / %L2 (%L3 écrites)</translation>
    </message>
    <message>
        <source>%L1 rows/s</source>
        <translation>%L1 lignes/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Temps restant %1</translation>
    </message>
    <message>
        <source>Rows arriving without a value</source>
        <translation>Lignes arrivant sans valeur</translation>
    </message>
    <message>
        <source>Rows arriving without a value: %L1 (%2 UTC). The application does not write the column yet; enforce waits.</source>
        <translation>Lignes arrivant sans valeur : %L1 (%2 UTC). L’application n’écrit pas encore la colonne ; enforce attend.</translation>
    </message>
    <message>
        <source>Rows arriving without a value: none (%1 UTC)</source>
        <translation>Lignes arrivant sans valeur : aucune (%1 UTC)</translation>
    </message>
</context>
<context>
    <name>RunTimelineWidget</name>
    <message>
        <source>Phase timeline</source>
        <translation>Chronologie des phases</translation>
    </message>
    <message>
        <source>Phase / statement</source>
        <translation>Phase / instruction</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrou</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>waiting for the gate</source>
        <translation>attend le point de contrôle</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>shown (dry run)</source>
        <translation>affichée (simulation)</translation>
    </message>
    <message>
        <source>keyset batches on the primary key, each its own short transaction, sized to the target batch time</source>
        <translation>lots par clé (keyset) sur la clé primaire, chacun dans sa propre transaction courte, dimensionnés selon la durée cible d&apos;un lot</translation>
    </message>
    <message>
        <source>ROW EXCLUSIVE; row locks of one batch</source>
        <translation>ROW EXCLUSIVE ; verrous de ligne d&apos;un lot</translation>
    </message>
    <message>
        <source>skipped: already done</source>
        <translation>ignorée : déjà faite</translation>
    </message>
    <message>
        <source>retrying (attempt %1 of %2)</source>
        <translation>nouvelle tentative (tentative %1 sur %2)</translation>
    </message>
    <message>
        <source>running — %1%</source>
        <translation>en cours — %1 %</translation>
    </message>
    <message>
        <source>Every phase and statement with its state: pending, waiting, running, retrying, done, failed or skipped</source>
        <translation>Chaque phase et instruction avec son état : en attente, en attente de confirmation, en cours, nouvelle tentative, terminée, en échec ou ignorée</translation>
    </message>
    <message>
        <source>retrying (attempt %1)</source>
        <translation>nouvel essai (tentative %1)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>%1: %2 (expected %3, got %4)</source>
        <translation>%1 : %2 (attendu %3, obtenu %4)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHOUÉ</translation>
    </message>
    <message>
        <source>would check: row count, rows still to backfill, values against the backfill expression, constraints validated, index valid, default and NOT NULL, and %1 check(s) of the plan</source>
        <translation>vérifierait : nombre de lignes, lignes restant à remplir, valeurs par rapport à l&apos;expression de remplissage, contraintes validées, index valide, valeur par défaut et NOT NULL, et %1 vérification(s) du plan</translation>
    </message>
    <message>
        <source>%1 statement %2 never reached 0 rows</source>
        <translation>l&apos;instruction %2 de %1 n&apos;a jamais atteint 0 ligne</translation>
    </message>
    <message>
        <source>the column exists with the plan&apos;s type and its default</source>
        <translation>la colonne existe avec le type du plan et sa valeur par défaut</translation>
    </message>
    <message>
        <source>the column exists with the plan&apos;s type</source>
        <translation>la colonne existe avec le type du plan</translation>
    </message>
    <message>
        <source>done by an earlier run (journal)</source>
        <translation>fait par une exécution précédente (journal)</translation>
    </message>
    <message>
        <source>refusing to run on production profile &quot;%1&quot;: the plan is %2; approve it (column-planner approve) or confirm by typing the profile&apos;s name (--confirm-production &quot;%1&quot;)</source>
        <translation>exécution refusée sur le profil de production « %1 » : le plan est %2 ; approuvez-le (column-planner approve) ou confirmez en tapant le nom du profil (--confirm-production &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>production override on profile &quot;%1&quot;: %2; confirmed by typing &quot;%3&quot;</source>
        <translation>passage outre en production sur le profil « %1 » : %2 ; confirmé en tapant « %3 »</translation>
    </message>
    <message>
        <source>--phase: unknown phase &quot;%1&quot;</source>
        <translation>--phase : phase inconnue « %1 »</translation>
    </message>
    <message>
        <source>column %1 does not exist on %2 yet: run the expand phase first</source>
        <translation>la colonne %1 n&apos;existe pas encore sur %2 : exécutez d&apos;abord la phase expand</translation>
    </message>
    <message>
        <source>dry run %1 of &quot;%2&quot; on %3 (%4) by %5: %6.%7, script %8</source>
        <translation>exécution à blanc %1 de « %2 » sur %3 (%4) par %5 : %6.%7, script %8</translation>
    </message>
    <message>
        <source>run %1 of &quot;%2&quot; on %3 (%4) by %5: %6.%7, script %8</source>
        <translation>exécution %1 de « %2 » sur %3 (%4) par %5 : %6.%7, script %8</translation>
    </message>
    <message>
        <source>%1: skipped, %2</source>
        <translation>%1 : ignorée, %2</translation>
    </message>
    <message>
        <source>run phase %1 (%2)?</source>
        <translation>exécuter la phase %1 (%2) ?</translation>
    </message>
    <message>
        <source>%1  [lock: %2]</source>
        <translation>%1  [verrou : %2]</translation>
    </message>
    <message>
        <source>declined at the gate of phase %1; run again to continue from there</source>
        <translation>refusé au point de contrôle de la phase %1 ; relancez pour continuer à partir de là</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1 : terminée</translation>
    </message>
    <message>
        <source>%1 check(s) failed: %2</source>
        <translation>%1 vérification(s) en échec : %2</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>exécution à blanc : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1; the run stopped, the database is left resumable</source>
        <translation>%1 ; l&apos;exécution s&apos;est arrêtée, la base reste en état de reprise</translation>
    </message>
    <message>
        <source>%1; the run stopped during %2, the database is left resumable</source>
        <translation>%1 ; l&apos;exécution s&apos;est arrêtée pendant %2, la base reste en état de reprise</translation>
    </message>
    <message>
        <source> (run again to resume)</source>
        <translation> (relancez pour reprendre)</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 (after key %2) was taken on another incarnation of %3 (%4, now %5): starting from the first key</source>
        <translation>le point de reprise de l’exécution %1 (après la clé %2) a été pris sur une autre incarnation de %3 (%4, maintenant %5) : départ à la première clé</translation>
    </message>
    <message>
        <source>identity not recorded</source>
        <translation>identité non enregistrée</translation>
    </message>
    <message>
        <source>; the sync trigger is still in place and may make the application&apos;s writes fail: remove it now with %1</source>
        <translation>; le déclencheur de synchronisation est toujours en place et peut faire échouer les écritures de l’application : supprimez-le maintenant avec %1</translation>
    </message>
    <message>
        <source>; the sync trigger was removed, so the application&apos;s writes no longer evaluate the expression (fix the plan&apos;s backfill, then run again: expand puts the trigger back)</source>
        <translation>; le déclencheur de synchronisation a été supprimé : les écritures de l’application n’évaluent plus l’expression (corrigez le remplissage du plan, puis relancez : expand remet le déclencheur)</translation>
    </message>
    <message>
        <source>; could NOT take back what it changed (writes may be rejected): run %1</source>
        <translation>; n’a PAS pu annuler ses changements (des écritures peuvent être rejetées) : exécutez %1</translation>
    </message>
    <message>
        <source>; undone so the application writes as before: %1</source>
        <translation>; annulé, l’application écrit comme avant : %1</translation>
    </message>
    <message>
        <source>the database changed since the reviewed script was compiled: phase(s) %1 will run SQL that differs from it (read them at their gates, or refresh the catalog and review again)</source>
        <translation>la base a changé depuis la compilation du script relu : la ou les phases %1 exécuteront un SQL qui en diffère (lisez-les à leur point de contrôle, ou actualisez le catalogue et relisez)</translation>
    </message>
    <message>
        <source>differs from the reviewed script: the database changed since it was compiled; read this phase&apos;s SQL before running it</source>
        <translation>diffère du script relu : la base a changé depuis sa compilation ; lisez le SQL de cette phase avant de l’exécuter</translation>
    </message>
    <message>
        <source>the partitions of %1 changed since the run started (%2): enforce covers them</source>
        <translation>les partitions de %1 ont changé depuis le début de l’exécution (%2) : enforce les couvre</translation>
    </message>
    <message>
        <source>some were dropped</source>
        <translation>certaines ont été supprimées</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>la base a changé depuis la compilation du script relu : la ou les phases %1 exécuteront un SQL qui en diffère (lisez-les à leurs points de contrôle, ou actualisez le catalogue et relisez)</translation>
    </message>
</context>
<context>
    <name>SchemaBrowserWidget</name>
    <message>
        <source>Filter tables and columns</source>
        <translation>Filtrer les tables et les colonnes</translation>
    </message>
    <message>
        <source>Filter the schema browser</source>
        <translation>Filtrer le navigateur de schéma</translation>
    </message>
    <message>
        <source>Schema browser</source>
        <translation>Navigateur de schéma</translation>
    </message>
    <message>
        <source>Schemas, tables, columns, indexes and constraints of the open database</source>
        <translation>Schémas, tables, colonnes, index et contraintes de la base ouverte</translation>
    </message>
</context>
<context>
    <name>SchemaRules</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>SET NOT NULL on %1.%2 scans the whole table under ACCESS EXCLUSIVE: PostgreSQL %3 cannot use a validated CHECK to skip the scan (12+ can).</source>
        <translation>SET NOT NULL sur %1.%2 parcourt toute la table sous ACCESS EXCLUSIVE : PostgreSQL %3 ne peut pas s&apos;appuyer sur un CHECK validé pour sauter le parcours (la version 12+ le peut).</translation>
    </message>
    <message>
        <source>On PostgreSQL %1 prefer keeping a validated CHECK (%2 IS NOT NULL) NOT VALID + VALIDATE constraint instead of SET NOT NULL, or run it in a quiet window.</source>
        <translation>Sous PostgreSQL %1, préférez garder un CHECK (%2 IS NOT NULL) validé (NOT VALID + VALIDATE) plutôt que SET NOT NULL, ou lancez-le dans une fenêtre calme.</translation>
    </message>
    <message>
        <source>SET NOT NULL on %1.%2 scans every row while holding ACCESS EXCLUSIVE: reads and writes wait for the whole scan.</source>
        <translation>SET NOT NULL sur %1.%2 parcourt chaque ligne en tenant ACCESS EXCLUSIVE : lectures et écritures attendent tout le parcours.</translation>
    </message>
    <message>
        <source>DROP COLUMN %1 on %2: code that still selects or inserts the column fails at once (the drop itself is instant).</source>
        <translation>DROP COLUMN %1 sur %2 : le code qui lit ou insère encore la colonne échoue aussitôt (la suppression elle-même est instantanée).</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>ADD FOREIGN KEY %1 on %2 validates every row while holding SHARE ROW EXCLUSIVE on %2 and the referenced table: writes to both wait for the scan.</source>
        <translation>ADD FOREIGN KEY %1 sur %2 valide chaque ligne en tenant SHARE ROW EXCLUSIVE sur %2 et la table référencée : les écritures sur les deux attendent le parcours.</translation>
    </message>
    <message>
        <source>ADD CHECK %1 on %2 validates every row while holding ACCESS EXCLUSIVE: reads and writes wait for the scan.</source>
        <translation>ADD CHECK %1 sur %2 valide chaque ligne en tenant ACCESS EXCLUSIVE : lectures et écritures attendent le parcours.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT %1 ... NOT VALID, then ALTER TABLE %2 VALIDATE CONSTRAINT %1 in its own transaction (SHARE UPDATE EXCLUSIVE, reads and writes continue).</source>
        <translation>ADD CONSTRAINT %1 ... NOT VALID, puis ALTER TABLE %2 VALIDATE CONSTRAINT %1 dans sa propre transaction (SHARE UPDATE EXCLUSIVE, lectures et écritures continuent).</translation>
    </message>
    <message>
        <source>ADD %1 on %2 builds its index while holding ACCESS EXCLUSIVE: reads and writes wait for the whole build.</source>
        <translation>ADD %1 sur %2 construit son index en tenant ACCESS EXCLUSIVE : lectures et écritures attendent toute la construction.</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY idx ON %1 (...); then ALTER TABLE %1 ADD CONSTRAINT %2 %3 USING INDEX idx.</source>
        <translation>CREATE UNIQUE INDEX CONCURRENTLY idx ON %1 (...) ; puis ALTER TABLE %1 ADD CONSTRAINT %2 %3 USING INDEX idx.</translation>
    </message>
    <message>
        <source>RENAME COLUMN %1 TO %2 on %3: running code that uses the old name fails the moment this commits.</source>
        <translation>RENAME COLUMN %1 TO %2 sur %3 : le code en cours qui utilise l&apos;ancien nom échoue dès la validation.</translation>
    </message>
    <message>
        <source>RENAME %1 TO %2: running code that uses the old name fails the moment this commits.</source>
        <translation>RENAME %1 TO %2 : le code en cours qui utilise l&apos;ancien nom échoue dès la validation.</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses to run it in a transaction block.</source>
        <translation>CREATE INDEX CONCURRENTLY dans BEGIN ... COMMIT échoue : PostgreSQL refuse de l&apos;exécuter dans un bloc de transaction.</translation>
    </message>
    <message>
        <source>CREATE %1INDEX on existing table %2 holds a SHARE lock for the whole build: every INSERT, UPDATE and DELETE waits until it is done.</source>
        <translation>CREATE %1INDEX sur la table existante %2 tient un verrou SHARE pendant toute la construction : chaque INSERT, UPDATE et DELETE attend la fin.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY, outside a transaction block (if it fails, drop the INVALID index and retry).</source>
        <translation>CREATE INDEX CONCURRENTLY, hors d&apos;un bloc de transaction (en cas d&apos;échec, supprimez l&apos;index INVALID et réessayez).</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses to run it in a transaction block.</source>
        <translation>DROP INDEX CONCURRENTLY dans BEGIN ... COMMIT échoue : PostgreSQL refuse de l&apos;exécuter dans un bloc de transaction.</translation>
    </message>
    <message>
        <source>DROP INDEX %1 takes ACCESS EXCLUSIVE on its table: reads and writes wait, and queue behind any long transaction.</source>
        <translation>DROP INDEX %1 prend ACCESS EXCLUSIVE sur sa table : lectures et écritures attendent, et font la queue derrière toute longue transaction.</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY, outside a transaction block.</source>
        <translation>DROP INDEX CONCURRENTLY, hors d&apos;un bloc de transaction.</translation>
    </message>
    <message>
        <source>REINDEX CONCURRENTLY inside BEGIN ... COMMIT fails: PostgreSQL refuses to run it in a transaction block.</source>
        <translation>REINDEX CONCURRENTLY dans BEGIN ... COMMIT échoue : PostgreSQL refuse de l&apos;exécuter dans un bloc de transaction.</translation>
    </message>
    <message>
        <source>DETACH PARTITION %1 takes ACCESS EXCLUSIVE on %2: every query on the partitioned table waits until it is done.</source>
        <translation>DETACH PARTITION %1 prend ACCESS EXCLUSIVE sur %2 : chaque requête sur la table partitionnée attend la fin.</translation>
    </message>
    <message>
        <source>DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+), outside a transaction block: only SHARE UPDATE EXCLUSIVE on the parent.</source>
        <translation>DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+), hors d’un bloc de transaction : seulement SHARE UPDATE EXCLUSIVE sur le parent.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY on partitioned table %1 fails: PostgreSQL cannot build an index on a partitioned table concurrently.</source>
        <translation>CREATE INDEX CONCURRENTLY sur la table partitionnée %1 échoue : PostgreSQL ne sait pas construire un index sur une table partitionnée en parallèle.</translation>
    </message>
    <message>
        <source>CREATE INDEX ... ON ONLY %1 (invalid, builds nothing), then CREATE INDEX CONCURRENTLY on each partition and ALTER INDEX ... ATTACH PARTITION it; the parent&apos;s turns valid with the last one.</source>
        <translation>CREATE INDEX ... ON ONLY %1 (invalide, ne construit rien), puis CREATE INDEX CONCURRENTLY sur chaque partition et ALTER INDEX ... ATTACH PARTITION ; celui du parent devient valide avec le dernier.</translation>
    </message>
</context>
<context>
    <name>ScriptRules</name>
    <message>
        <source>BEGIN while a transaction is already open: PostgreSQL only warns and keeps the outer transaction, so the first COMMIT ends both.</source>
        <translation>BEGIN alors qu&apos;une transaction est déjà ouverte : PostgreSQL avertit seulement et garde la transaction extérieure, si bien que le premier COMMIT termine les deux.</translation>
    </message>
    <message>
        <source>Close the open transaction first, or use SAVEPOINT.</source>
        <translation>Fermez d&apos;abord la transaction ouverte, ou utilisez SAVEPOINT.</translation>
    </message>
    <message>
        <source>%1 without an open transaction: the statements before it already committed one by one.</source>
        <translation>%1 sans transaction ouverte : les instructions précédentes ont déjà été validées une à une.</translation>
    </message>
    <message>
        <source>Add the BEGIN that this COMMIT is meant to close, or remove it.</source>
        <translation>Ajoutez le BEGIN que ce COMMIT doit fermer, ou retirez-le.</translation>
    </message>
    <message>
        <source>%1 waits for %2 on %3 with no lock_timeout: if a long transaction holds the table, this statement queues and every query behind it (%4) waits too.</source>
        <translation>%1 attend %2 sur %3 sans lock_timeout : si une longue transaction tient la table, cette instruction fait la queue et chaque requête derrière elle (%4) attend aussi.</translation>
    </message>
    <message>
        <source>SET lock_timeout = &apos;2s&apos; at the top of the script (or SET LOCAL inside the transaction) and retry the statement when it times out.</source>
        <translation>SET lock_timeout = &apos;2s&apos; en tête du script (ou SET LOCAL dans la transaction) et réessayez l&apos;instruction quand le délai expire.</translation>
    </message>
    <message>
        <source>UPDATE of every row of %1 in one transaction: it holds row locks on the whole table until it commits, doubles its size in dead tuples and lags replicas.</source>
        <translation>UPDATE de toutes les lignes de %1 en une transaction : il tient des verrous de ligne sur toute la table jusqu&apos;à la validation, double sa taille en tuples morts et retarde les réplicas.</translation>
    </message>
    <message>
        <source>UPDATE of %1 with a WHERE that does not bound the rows to a batch (no key range, no LIMIT subquery): on a large table it locks and rewrites millions of rows in one transaction.</source>
        <translation>UPDATE de %1 avec un WHERE qui ne borne pas les lignes à un lot (ni plage de clés, ni sous-requête LIMIT) : sur une grande table il verrouille et réécrit des millions de lignes en une transaction.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no live session for %1 in this build</source>
        <translation>aucune session en direct pour %1 dans cette version</translation>
    </message>
    <message>
        <source>%1 has no COPY to load %2 with</source>
        <translation>%1 n’a pas de COPY pour charger %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Defaults for new plans</source>
        <translation>Valeurs par défaut des nouveaux plans</translation>
    </message>
    <message>
        <source>Loc&amp;k timeout:</source>
        <translation>Délai d&apos;attente de &amp;verrou :</translation>
    </message>
    <message>
        <source>How long a DDL statement waits for its lock before it gives up and retries, so it never queues writers behind it</source>
        <translation>Combien de temps une instruction DDL attend son verrou avant d&apos;abandonner et de réessayer, pour ne jamais bloquer les écritures derrière elle</translation>
    </message>
    <message>
        <source>Target &amp;batch time:</source>
        <translation>&amp;Durée cible d&apos;un lot :</translation>
    </message>
    <message>
        <source>The backfill sizes its batches so that each takes about this long</source>
        <translation>Le remplissage dimensionne ses lots pour que chacun dure environ ce temps</translation>
    </message>
    <message>
        <source>Replication lag li&amp;mit:</source>
        <translation>Limite de &amp;retard de réplication :</translation>
    </message>
    <message>
        <source>The backfill waits while a replica lags further behind than this</source>
        <translation>Le remplissage attend tant qu&apos;un réplica a plus de retard que cela</translation>
    </message>
    <message>
        <source>Plans you open keep their own settings; these apply to new plans.</source>
        <translation>Les plans ouverts gardent leurs propres réglages ; ceux-ci s&apos;appliquent aux nouveaux plans.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies when Column Planner starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Column Planner.</translation>
    </message>
    <message>
        <source>Puts the built-in defaults back into the form</source>
        <translation>Remet les valeurs par défaut intégrées dans le formulaire</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of the window; command-line messages follow the system locale</source>
        <translation>La langue de la fenêtre ; les messages en ligne de commande suivent la langue du système</translation>
    </message>
</context>
<context>
    <name>SqlEditor</name>
    <message>
        <source>Phased SQL script</source>
        <translation>Script SQL par phases</translation>
    </message>
    <message>
        <source>&amp;Revert phase to generated</source>
        <translation>&amp;Rétablir la phase générée</translation>
    </message>
    <message>
        <source>Drop the hand edits of the phase under the cursor and take the SQL the compiler writes</source>
        <translation>Abandonner les modifications manuelles de la phase sous le curseur et reprendre le SQL écrit par le compilateur</translation>
    </message>
    <message numerus="yes">
        <source>▸ %n statement(s)</source>
        <translation>
            <numerusform>▸ %n instruction</numerusform>
            <numerusform>▸ %n instructions</numerusform>
        </translation>
    </message>
    <message>
        <source> · locks: %1</source>
        <translation> · verrous : %1</translation>
    </message>
    <message>
        <source>The header and the phase banners are generated and cannot be edited: change the SQL under a banner.</source>
        <translation>L&apos;en-tête et les bannières de phase sont générés et non modifiables : modifiez le SQL sous une bannière.</translation>
    </message>
    <message>
        <source>✎ Hand-edited: this phase differs from what the compiler writes; the plan keeps it as an override. Right-click › Revert phase to generated to drop the edits.</source>
        <translation>✎ Modifiée à la main : cette phase diffère de ce qu&apos;écrit le compilateur ; le plan la garde comme remplacement. Clic droit › Rétablir la phase générée pour abandonner les modifications.</translation>
    </message>
    <message>
        <source>The form changed this phase&apos;s generated SQL since it was edited: review the edit or revert it.</source>
        <translation>Le formulaire a changé le SQL généré de cette phase depuis sa modification : relisez la modification ou rétablissez-la.</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>conseil : %1</translation>
    </message>
    <message>
        <source>&amp;Revert phase “%1” to generated</source>
        <translation>&amp;Rétablir la phase « %1 » générée</translation>
    </message>
    <message>
        <source>&amp;Unfold phase “%1”</source>
        <translation>&amp;Déplier la phase « %1 »</translation>
    </message>
    <message>
        <source>&amp;Fold phase “%1”</source>
        <translation>&amp;Replier la phase « %1 »</translation>
    </message>
    <message>
        <source>The generated script, one fold per phase; findings are marked in the margin</source>
        <translation>Le script généré, un repli par phase ; les constats sont signalés dans la marge</translation>
    </message>
    <message>
        <source>Copy p&amp;hase</source>
        <translation>Copier la p&amp;hase</translation>
    </message>
    <message>
        <source>Copy the phase under the cursor, banner and SQL</source>
        <translation>Copier la phase sous le curseur, bannière et SQL</translation>
    </message>
    <message>
        <source>Copy &amp;script</source>
        <translation>Copier le &amp;script</translation>
    </message>
    <message>
        <source>Copy the whole phased script</source>
        <translation>Copier tout le script en phases</translation>
    </message>
    <message>
        <source>Copy p&amp;hase “%1”</source>
        <translation>Copier la p&amp;hase « %1 »</translation>
    </message>
</context>
<context>
    <name>SqlTokenizer</name>
    <message>
        <source>unterminated /* comment</source>
        <translation>commentaire /* non terminé</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>chaîne littérale non terminée</translation>
    </message>
    <message>
        <source>unterminated quoted name</source>
        <translation>nom entre guillemets non terminé</translation>
    </message>
    <message>
        <source>unterminated dollar-quoted string</source>
        <translation>chaîne entre dollars non terminée</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>l&apos;expression est vide</translation>
    </message>
    <message>
        <source>the expression contains a NUL character</source>
        <translation>l&apos;expression contient un caractère NUL</translation>
    </message>
    <message>
        <source>comments (-- or /* */) are not allowed in an expression</source>
        <translation>les commentaires (-- ou /* */) ne sont pas permis dans une expression</translation>
    </message>
    <message>
        <source>dollar-quoted strings are not allowed in an expression</source>
        <translation>les chaînes entre dollars ne sont pas permises dans une expression</translation>
    </message>
    <message>
        <source>parameters or variables (&quot;%1&quot;) are not allowed in an expression</source>
        <translation>les paramètres ou variables (« %1 ») ne sont pas permis dans une expression</translation>
    </message>
    <message>
        <source>&quot;;&quot; would end the statement; give one expression</source>
        <translation>« ; » terminerait l&apos;instruction ; donnez une seule expression</translation>
    </message>
    <message>
        <source>unbalanced parentheses: &quot;)&quot; at offset %1 closes nothing</source>
        <translation>parenthèses déséquilibrées : « ) » à la position %1 ne ferme rien</translation>
    </message>
    <message>
        <source>a backslash (psql meta-command) is not allowed in an expression</source>
        <translation>une barre oblique inverse (méta-commande psql) n&apos;est pas permise dans une expression</translation>
    </message>
    <message>
        <source>&quot;::&quot; casts are PostgreSQL syntax; %1 needs CAST(... AS type)</source>
        <translation>les conversions « :: » sont une syntaxe PostgreSQL ; %1 demande CAST(... AS type)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts a statement; an expression may not contain one (write a plain expression over the row&apos;s columns)</source>
        <translation>« %1 » commence une instruction ; une expression ne peut pas en contenir (écrivez une expression simple sur les colonnes de la ligne)</translation>
    </message>
    <message>
        <source>unbalanced parentheses: %1 &quot;(&quot; left open</source>
        <translation>parenthèses déséquilibrées : %1 « ( » restées ouvertes</translation>
    </message>
</context>
<context>
    <name>SqliteForecaster</name>
    <message>
        <source>database write lock</source>
        <translation>verrou d&apos;écriture de la base</translation>
    </message>
    <message>
        <source>writes to every table of the database</source>
        <translation>les écritures dans chaque table de la base</translation>
    </message>
    <message>
        <source>takes the write lock now and holds it until COMMIT: other connections&apos; writes wait (busy_timeout) while reads go on</source>
        <translation>prend le verrou d&apos;écriture maintenant et le garde jusqu&apos;au COMMIT : les écritures des autres connexions attendent (busy_timeout), les lectures continuent</translation>
    </message>
    <message>
        <source>writes the transaction to the file; in rollback-journal mode readers wait for it too, in WAL mode they do not</source>
        <translation>écrit la transaction dans le fichier ; en mode rollback-journal les lecteurs l&apos;attendent aussi, en mode WAL non</translation>
    </message>
    <message>
        <source>one batch per transaction: writers wait for one batch at a time</source>
        <translation>un lot par transaction : les écrivains attendent un lot à la fois</translation>
    </message>
    <message>
        <source>reads only</source>
        <translation>lit seulement</translation>
    </message>
    <message>
        <source>copies every row into the new table while holding the write lock</source>
        <translation>copie chaque ligne dans la nouvelle table en tenant le verrou d&apos;écriture</translation>
    </message>
    <message>
        <source>reads the whole table to build the index while holding the write lock</source>
        <translation>lit toute la table pour construire l&apos;index en tenant le verrou d&apos;écriture</translation>
    </message>
    <message>
        <source>frees the old table&apos;s pages: time grows with its size</source>
        <translation>libère les pages de l&apos;ancienne table : la durée croît avec sa taille</translation>
    </message>
    <message>
        <source>rewrites every row without the column</source>
        <translation>réécrit chaque ligne sans la colonne</translation>
    </message>
    <message>
        <source>changes the table definition only, then tests the CHECK against every existing row</source>
        <translation>ne change que la définition de la table, puis vérifie le CHECK sur chaque ligne existante</translation>
    </message>
    <message>
        <source>changes the table definition only: no row is rewritten</source>
        <translation>ne change que la définition de la table : aucune ligne n&apos;est réécrite</translation>
    </message>
    <message>
        <source>its %L1 rows</source>
        <translation>ses %L1 lignes</translation>
    </message>
    <message>
        <source>its rows</source>
        <translation>ses lignes</translation>
    </message>
    <message>
        <source>rebuilds %1: %2 are copied into a new table in one transaction, and every other connection&apos;s writes wait until it commits</source>
        <translation>reconstruit %1 : %2 sont copiées dans une nouvelle table en une transaction, et les écritures de toute autre connexion attendent sa validation</translation>
    </message>
    <message>
        <source>run it in a quiet window, or keep the column within ADD COLUMN&apos;s limits (nullable, or a constant default with no backfill) so no rebuild is needed</source>
        <translation>exécutez-le dans une fenêtre calme, ou gardez la colonne dans les limites d&apos;ADD COLUMN (acceptant NULL, ou une valeur par défaut constante sans remplissage) pour qu&apos;aucune reconstruction ne soit nécessaire</translation>
    </message>
    <message>
        <source>builds the index over %1 while holding the write lock: other connections&apos; writes wait for the whole build</source>
        <translation>construit l&apos;index sur %1 en tenant le verrou d&apos;écriture : les écritures des autres connexions attendent toute la construction</translation>
    </message>
    <message>
        <source>SQLite cannot build an index concurrently: run it when writes are few</source>
        <translation>SQLite ne sait pas construire un index en concurrence : exécutez-le quand les écritures sont rares</translation>
    </message>
    <message>
        <source>SQLite locks the whole database, not a table: each statement that writes takes the one write lock, so other connections&apos; writes wait for it (busy_timeout) while their reads go on.</source>
        <translation>SQLite verrouille toute la base, pas une table : chaque instruction qui écrit prend l&apos;unique verrou d&apos;écriture, si bien que les écritures des autres connexions l&apos;attendent (busy_timeout) tandis que leurs lectures continuent.</translation>
    </message>
    <message>
        <source>This script rebuilds %1: %2 are copied in one transaction that holds the write lock from BEGIN IMMEDIATE to COMMIT.</source>
        <translation>Ce script reconstruit %1 : %2 sont copiées en une transaction qui tient le verrou d&apos;écriture de BEGIN IMMEDIATE à COMMIT.</translation>
    </message>
    <message>
        <source>The backfill writes in batches, one transaction each, so writers wait for one batch at a time.</source>
        <translation>Le remplissage écrit par lots, une transaction chacun, si bien que les écrivains attendent un lot à la fois.</translation>
    </message>
</context>
<context>
    <name>SqliteSession</name>
    <message>
        <source>cannot open %1: no such file</source>
        <translation>impossible d&apos;ouvrir %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>cannot open %1: it is a directory, not a database file</source>
        <translation>impossible d&apos;ouvrir %1 : c&apos;est un dossier, pas un fichier de base</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot open %1: the file is not an SQLite database</source>
        <translation>impossible d&apos;ouvrir %1 : le fichier n&apos;est pas une base SQLite</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 a échoué sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>cannot open %1: not a regular file, so not an SQLite database</source>
        <translation>impossible d’ouvrir %1 : pas un fichier ordinaire, donc pas une base SQLite</translation>
    </message>
</context>
<context>
    <name>StagingBuilder</name>
    <message>
        <source>staging is on another machine: its free disk space is unknown; the load needs about %1 MB</source>
        <translation>le staging est sur une autre machine : son espace disque libre est inconnu ; le chargement demande environ %1 Mo</translation>
    </message>
    <message>
        <source>free disk space of the staging server unknown (data_directory not readable); the load needs about %1 MB</source>
        <translation>espace disque libre du serveur de staging inconnu (data_directory illisible) ; le chargement demande environ %1 Mo</translation>
    </message>
    <message>
        <source>%L1 rows need about %L2 MB on the staging server but only %L3 MB are free there: pass a smaller --rows</source>
        <translation>%L1 lignes demandent environ %L2 Mo sur le serveur de staging mais seuls %L3 Mo y sont libres : passez un --rows plus petit</translation>
    </message>
    <message>
        <source>table %1 already exists in the staging database %2: pass --replace to drop and rebuild it</source>
        <translation>la table %1 existe déjà dans la base de staging %2 : passez --replace pour la supprimer et la reconstruire</translation>
    </message>
    <message>
        <source>constraint %1 on the synthetic rows: %2</source>
        <translation>contrainte %1 sur les lignes synthétiques : %2</translation>
    </message>
    <message>
        <source>check %1 does not hold on the synthetic rows (columns are generated independently): added NOT VALID</source>
        <translation>le CHECK %1 ne tient pas sur les lignes synthétiques (les colonnes sont générées indépendamment) : ajouté NOT VALID</translation>
    </message>
    <message>
        <source>index %1 not built on the synthetic rows: %2</source>
        <translation>index %1 non construit sur les lignes synthétiques : %2</translation>
    </message>
    <message>
        <source>foreign key %1 refers to the table itself: added NOT VALID</source>
        <translation>la clé étrangère %1 référence la table elle-même : ajoutée NOT VALID</translation>
    </message>
    <message>
        <source>parent %1 created holding only its key %2, filled with the keys the rows use</source>
        <translation>table parente %1 créée avec sa seule clé %2, remplie des clés qu&apos;utilisent les lignes</translation>
    </message>
    <message>
        <source>%1 trigger(s) of the source not copied (they may call functions staging lacks)</source>
        <translation>%1 déclencheur(s) de la source non copiés (ils pourraient appeler des fonctions absentes du staging)</translation>
    </message>
</context>
<context>
    <name>StatementParser</name>
    <message>
        <source>the parse tree could not be read</source>
        <translation>l&apos;arbre d&apos;analyse n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>TableDetailPanel</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nullable</source>
        <translation>NULL autorisé</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <source>Identity / generated</source>
        <translation>Identité / générée</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Triggers and views</source>
        <translation>Triggers et vues</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Indexes</source>
        <translation>&amp;Index</translation>
    </message>
    <message>
        <source>C&amp;onstraints</source>
        <translation>C&amp;ontraintes</translation>
    </message>
    <message>
        <source>&amp;Triggers and views</source>
        <translation>&amp;Triggers et vues</translation>
    </message>
    <message>
        <source>Table details</source>
        <translation>Détails de la table</translation>
    </message>
    <message>
        <source>No table selected</source>
        <translation>Aucune table sélectionnée</translation>
    </message>
    <message>
        <source>Pick a table in the schema browser to see its columns, indexes and constraints.</source>
        <translation>Choisissez une table dans le navigateur de schéma pour voir ses colonnes, index et contraintes.</translation>
    </message>
    <message>
        <source>About %1 rows (%2) · %3 on disk (%4 heap) · primary key: %5</source>
        <translation>Environ %1 lignes (%2) · %3 sur disque (%4 de heap) · clé primaire : %5</translation>
    </message>
    <message>
        <source>no statistics</source>
        <translation>pas de statistiques</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>identity (%1)</source>
        <translation>identité (%1)</translation>
    </message>
    <message>
        <source>generated: %1</source>
        <translation>générée : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALIDE</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>trigger (disabled)</source>
        <translation>trigger (désactivé)</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>vue matérialisée</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>Read-only facts of the selected table</source>
        <translation>Informations en lecture seule sur la table sélectionnée</translation>
    </message>
    <message>
        <source>Engine %1</source>
        <translation>Moteur %1</translation>
    </message>
    <message>
        <source>row format %1</source>
        <translation>format de ligne %1</translation>
    </message>
    <message>
        <source>FULLTEXT index (no INSTANT ADD COLUMN)</source>
        <translation>index FULLTEXT (pas d’INSTANT ADD COLUMN)</translation>
    </message>
    <message>
        <source>%1 of 64 instant row versions used</source>
        <translation>%1 sur 64 versions de ligne INSTANT utilisées</translation>
    </message>
</context>
<context>
    <name>TableProfiler</name>
    <message>
        <source>%1 has never been analysed: its statistics were estimated from a %2% sample (run ANALYZE there for the planner&apos;s own)</source>
        <translation>%1 n&apos;a jamais été analysée : ses statistiques ont été estimées sur un échantillon de %2% (lancez-y ANALYZE pour celles du planificateur)</translation>
    </message>
    <message>
        <source>table %1 not found on the source %2</source>
        <translation>table %1 introuvable sur la source %2</translation>
    </message>
    <message>
        <source>table %1 on the source has no statistics: run ANALYZE %1 there first, or pass --sample to estimate them from a sample (the rehearsal never writes to the source)</source>
        <translation>la table %1 n&apos;a pas de statistiques sur la source : lancez-y d&apos;abord ANALYZE %1, ou passez --sample pour les estimer sur un échantillon (la répétition n&apos;écrit jamais dans la source)</translation>
    </message>
    <message>
        <source>column %1 has no statistics (never analysed since it was added?): filled with NULL where allowed, else a generic value</source>
        <translation>la colonne %1 n&apos;a pas de statistiques (jamais analysée depuis son ajout ?) : remplie de NULL là où c&apos;est permis, sinon d&apos;une valeur générique</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Column Planner</source>
        <translation>Bienvenue dans Column Planner</translation>
    </message>
    <message>
        <source>Add a column to a large, live table without disrupting it: design the column, read the phased SQL and its review, then run it phase by phase with a batched backfill.</source>
        <translation>Ajoutez une colonne à une grande table en production sans perturber le service : concevez la colonne, lisez le SQL par phases et sa revue, puis exécutez-le phase par phase avec un remplissage par lots.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Ouvrir la base de &amp;démonstration</translation>
    </message>
    <message>
        <source>A small SQLite shop (customers, products, 200,000 orders) to try everything safely</source>
        <translation>Une petite boutique SQLite (clients, produits, 200 000 commandes) pour tout essayer sans risque</translation>
    </message>
    <message>
        <source>&amp;Connect to a database…</source>
        <translation>Se &amp;connecter à une base…</translation>
    </message>
    <message>
        <source>PostgreSQL server or SQLite file; saved profiles never hold a password</source>
        <translation>Serveur PostgreSQL ou fichier SQLite ; les profils enregistrés ne contiennent jamais de mot de passe</translation>
    </message>
    <message>
        <source>&amp;Open a plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>A plan file saved earlier (JSON)</source>
        <translation>Un fichier de plan enregistré auparavant (JSON)</translation>
    </message>
    <message>
        <source>Open a &amp;sample plan…</source>
        <translation>Ouvrir un plan d&apos;e&amp;xemple…</translation>
    </message>
    <message>
        <source>One sample plan per kind of column, written for the demo orders table</source>
        <translation>Un plan d&apos;exemple par type de colonne, écrit pour la table orders de la démonstration</translation>
    </message>
    <message>
        <source>Read the &amp;guide</source>
        <translation>Lire le &amp;guide</translation>
    </message>
    <message>
        <source>A short guide: the phases, the review, running and resuming a plan</source>
        <translation>Un court guide : les phases, la revue, exécuter et reprendre un plan</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>Plans &amp;récents</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
    <message>
        <source>Press Enter to open the selected plan</source>
        <translation>Appuyez sur Entrée pour ouvrir le plan sélectionné</translation>
    </message>
    <message>
        <source>No recent plans yet. Plans you open or save appear here.</source>
        <translation>Pas encore de plans récents. Les plans que vous ouvrez ou enregistrez apparaissent ici.</translation>
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
        <translation>aucune opération de charge ne convient à la table %1 (il faut une clé primaire à une seule colonne ou un index)</translation>
    </message>
</context>
</TS>
