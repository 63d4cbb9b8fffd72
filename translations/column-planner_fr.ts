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
        <source>--%1: expected a positive number, got &quot;%2&quot;</source>
        <translation>--%1 : nombre positif attendu, « %2 » reçu</translation>
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
        <translation>Co&amp;mmentaire :</translation>
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
        <source>Nullability: choose “NULL allowed” or “NOT NULL”.</source>
        <translation>Valeurs NULL : choisissez « NULL autorisé » ou « NOT NULL ».</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Table: pick the table that gets the column.</source>
        <translation>Table : choisissez la table qui reçoit la colonne.</translation>
    </message>
    <message>
        <source>Name: give the column a name.</source>
        <translation>Nom : donnez un nom à la colonne.</translation>
    </message>
    <message>
        <source>Type: choose the column&apos;s type.</source>
        <translation>Type : choisissez le type de la colonne.</translation>
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
        <translation>T&amp;itre :</translation>
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
        <translation>&amp;Tester la connexion</translation>
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
        <translation>Utiliser un mot de &amp;passe…</translation>
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
        <source>&amp;Disconnect</source>
        <translation>Se dé&amp;connecter</translation>
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
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Not rehearsed:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Non répété :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;PASSED&lt;/b&gt; — every phase within the limits</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;RÉUSSI&lt;/b&gt; — chaque phase dans les limites</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;FAILED&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;ÉCHEC&lt;/b&gt;</translation>
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
        <source>Not reviewed: the review reads PostgreSQL scripts only, and this one is for %1.</source>
        <translation>Non revu : la revue ne lit que les scripts PostgreSQL, et celui-ci est pour %1.</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
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
        <source>Log written (WAL, redo)</source>
        <translation>Journal écrit (WAL, redo)</translation>
    </message>
</context>
<context>
    <name>RunChecksPanel</name>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
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
    <name>RunConsoleWidget</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Start &amp;run</source>
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
        <source>Pa&amp;use between batches:</source>
        <translation>Pa&amp;use entre les lots :</translation>
    </message>
    <message>
        <source>&amp;Lag limit:</source>
        <translation>&amp;Limite de retard :</translation>
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
    <name>RunDriver</name>
    <message>
        <source>Could not prepare the run: %1</source>
        <translation>Impossible de préparer l&apos;exécution : %1</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Les vérifications n&apos;ont pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>stopped before the first phase</source>
        <translation>arrêté avant la première phase</translation>
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
        <translation>Durée cible d&apos;un &amp;lot :</translation>
    </message>
    <message>
        <source>The backfill sizes its batches so that each takes about this long</source>
        <translation>Le remplissage dimensionne ses lots pour que chacun dure environ ce temps</translation>
    </message>
    <message>
        <source>Replication &amp;lag limit:</source>
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
</TS>
