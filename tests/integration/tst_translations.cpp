// The German and French catalogues are complete: lupdate, run on today's sources into a copy of
// each .ts file, leaves no unfinished entry; every translation keeps its source's placeholders;
// and the compiled catalogues translate at run time (CLI messages and each command's --help follow
// the locale, and so do the messages made in models/: review findings, the name rules, compile
// errors, run messages).

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            current = TsMessage{context, {}, {}, false};
        else if (name == u"source")
            current.source = xml.readElementText();
        else if (name == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == u"vanished" || type == u"obsolete")
                continue; // lupdate -no-obsolete drops these; old entries never count
            current.unfinished = type == u"unfinished";
            QStringList forms;
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isEndElement() && xml.name() == u"numerusform") {
                    forms << text;
                    text.clear();
                }
            }
            current.translations = forms.isEmpty() ? QStringList{text} : forms;
            messages << current;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto match = pattern.globalMatch(text); match.hasNext();)
        found << match.next().captured(1);
    return found;
}

QString lupdate()
{
    for (const QString &dir : {QLibraryInfo::path(QLibraryInfo::BinariesPath),
                               QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath)}) {
        const QString candidate = dir + QStringLiteral("/lupdate");
        if (QFile::exists(candidate))
            return candidate;
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void cliMessagesFollowTheLocale_data();
    void cliMessagesFollowTheLocale();
    void commandHelpFollowsTheLanguage_data();
    void commandHelpFollowsTheLanguage();
    void modelMessagesFollowTheLanguage_data();
    void modelMessagesFollowTheLanguage();
    void runMessagesFollowTheLanguage_data();
    void runMessagesFollowTheLanguage();
    void reportAndDiffFollowTheLanguage_data();
    void reportAndDiffFollowTheLanguage();
    void lintAndInspectLabelsFollowTheLanguage_data();
    void lintAndInspectLabelsFollowTheLanguage();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    const QString tool = lupdate();
    if (tool.isEmpty())
        QFAIL("lupdate of Qt 6 is missing: install qt6-l10n-tools (scripts/test does)");
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString source =
        QStringLiteral(COLUMN_PLANNER_SOURCE_DIR "/translations/column-planner_%1.ts")
            .arg(language);
    const QString copy = work.filePath(QFileInfo(source).fileName());
    QVERIFY(QFile::copy(source, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same options as the update_translations target of translations/CMakeLists.txt.
    QStringList args{QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-no-obsolete")};
    for (const char *folder : {"app", "widgets", "models"})
        args << QStringLiteral(COLUMN_PLANNER_SOURCE_DIR "/") + QLatin1String(folder);
    args << QStringLiteral("-ts") << copy;
    const testsupport::CliRun run = testsupport::runProgram(tool, args, {}, 300000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

    const QList<TsMessage> messages = readTs(copy);
    QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));
    QStringList unfinished, broken;
    for (const TsMessage &message : messages) {
        if (message.unfinished || message.translations.join(QString()).trimmed().isEmpty()) {
            unfinished << QStringLiteral("%1: %2").arg(message.context, message.source);
            continue;
        }
        for (const QString &translation : message.translations)
            if (placeholders(translation) != placeholders(message.source))
                broken << QStringLiteral("%1: \"%2\" -> \"%3\"")
                              .arg(message.context, message.source, translation);
    }
    for (const QString &line : unfinished)
        qWarning("unfinished (%s): %s", qPrintable(language), qPrintable(line));
    for (const QString &line : broken)
        qWarning("placeholders differ (%s): %s", qPrintable(language), qPrintable(line));
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(
                 QStringLiteral(
                     "%1 unfinished entries in column-planner_%2.ts after lupdate (listed above): "
                     "run `ninja -C build update_translations` and translate them")
                     .arg(unfinished.size())
                     .arg(language)));
    QVERIFY2(broken.isEmpty(),
             "translations whose placeholders differ from their source (listed above)");
}

void TestTranslations::cliMessagesFollowTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QStringLiteral("de_DE.UTF-8")
                            << QStringLiteral("unbekannter Befehl „frobnicate“");
    QTest::newRow("French") << QStringLiteral("fr_FR.UTF-8")
                            << QStringLiteral("commande inconnue « frobnicate »");
    QTest::newRow("English") << QStringLiteral("C.UTF-8")
                             << QStringLiteral("unknown command \"frobnicate\"");
}

void TestTranslations::cliMessagesFollowTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    const testsupport::CliRun run = testsupport::runProgram(
        QStringLiteral(COLUMN_PLANNER_BIN), {QStringLiteral("frobnicate")}, {}, 60000, environment);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestTranslations::commandHelpFollowsTheLanguage_data()
{
    // A command's --help: option and argument descriptions in the user's language, the option
    // names and value names as typed.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("run, German") << QStringLiteral("de") << QStringLiteral("run")
                                 << QStringList{QStringLiteral("column-planner run"),
                                                QStringLiteral("--db <URI>"),
                                                QStringLiteral("Die zu ändernde Datenbank."),
                                                QStringLiteral("Die Plandatei.")};
    QTest::newRow("check, French") << QStringLiteral("fr") << QStringLiteral("check")
                                   << QStringList{QStringLiteral("--db <URI>"),
                                                  QStringLiteral("La base de données à vérifier."),
                                                  QStringLiteral("Afficher cette aide.")};
    QTest::newRow("run, English") << QStringLiteral("en") << QStringLiteral("run")
                                  << QStringList{
                                         QStringLiteral("Usage: column-planner run [options] PLAN"),
                                         QStringLiteral("--db <URI>"),
                                         QStringLiteral("The database to change."),
                                         QStringLiteral("The plan file.")};
}

void TestTranslations::commandHelpFollowsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, command);
    QFETCH(QStringList, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), language);
    const testsupport::CliRun run =
        testsupport::runProgram(QStringLiteral(COLUMN_PLANNER_BIN),
                                {command, QStringLiteral("--help")}, {}, 60000, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    for (const QString &text : expected)
        QVERIFY2(run.out.contains(text),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(text, run.out)));
}

namespace {

const QByteArray badScript =
    "CREATE INDEX idx ON orders (customer_id);\nALTER TABLE orders ADD COLUMN \"select\" int;\n";

QByteArray planJson(const char *dialect, const char *version, const char *column)
{
    return QStringLiteral(R"({"format": "column-planner/plan@1", "title": "translated messages",
                             "target": {"dialect": "%1", "server_version": "%2"},
                             "table": {"schema": "public", "name": "orders"},
                             "column": {"name": "%3", "type": "bigint", "nullable": true}})")
        .arg(QLatin1String(dialect), QLatin1String(version), QLatin1String(column))
        .toUtf8();
}

} // namespace

void TestTranslations::modelMessagesFollowTheLanguage_data()
{
    // LANGUAGE under LC_ALL=C.UTF-8, as the tests run: the catalogue follows LANGUAGE alone. INPUT
    // in the arguments is replaced by the file holding `input`.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    const QStringList lint{QStringLiteral("lint"), QStringLiteral("INPUT")};
    const QStringList generate{QStringLiteral("generate"), QStringLiteral("INPUT")};
    const QStringList flyway{
        QStringLiteral("export"), QStringLiteral("INPUT"),
        QStringLiteral("--to"),   QStringLiteral("flyway"),
        QStringLiteral("--out"),  testsupport::tempPath(QStringLiteral("flyway-out"))};
    QTest::newRow("lint, German")
        << QStringLiteral("de") << lint << badScript << 1
        << QStringList{
               QStringLiteral("CREATE INDEX auf der vorhandenen Tabelle orders hält während "
                              "des ganzen Baus eine SHARE-Sperre"),
               QStringLiteral(
                   "Hinweis: CREATE INDEX CONCURRENTLY außerhalb eines Transaktionsblocks"),
               QStringLiteral("Spalte: Name „select“ ist in PostgreSQL ein reserviertes Wort"),
               QStringLiteral("[non-concurrent-index]")};
    QTest::newRow("lint, English")
        << QStringLiteral("en") << lint << badScript << 1
        << QStringList{
               QStringLiteral(
                   "error: CREATE INDEX on existing table orders holds a SHARE lock for "
                   "the whole build: every INSERT, UPDATE and DELETE waits until it is done. "
                   "[non-concurrent-index]"),
               QStringLiteral(
                   "error: column name \"select\" is a reserved word in PostgreSQL; every "
                   "query would have to quote it [reserved-word-identifier]"),
               QStringLiteral("hint: Call it \"select_value\".")};
    QTest::newRow("plan, French")
        << QStringLiteral("fr") << generate << planJson("postgresql", "15", "select") << 2
        << QStringList{QStringLiteral(
               "$.column.name: colonne : le nom « select » est un mot réservé "
               "dans PostgreSQL ; chaque requête devrait le citer entre guillemets")};
    QTest::newRow("plan, English")
        << QStringLiteral("en") << generate << planJson("postgresql", "15", "select") << 2
        << QStringList{QStringLiteral("$.column.name: column name \"select\" is a reserved word in "
                                      "PostgreSQL; every query would have to quote it")};
    QTest::newRow("export, German")
        << QStringLiteral("de") << flyway << planJson("sqlite", "3.40", "refund_count") << 2
        << QStringList{
               QStringLiteral("Export nach flyway braucht einen PostgreSQL-Plan (dieser zielt "
                              "auf sqlite); verwenden Sie --to sql")};
}

void TestTranslations::modelMessagesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    const QString path =
        testsupport::tempPath(arguments.first() + QStringLiteral("-translated-input"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(input);
    file.close();
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^INPUT$")), path);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), language);
    const testsupport::CliRun run = testsupport::runProgram(QStringLiteral(COLUMN_PLANNER_BIN),
                                                            arguments, {}, 60000, environment);
    QCOMPARE(run.exitCode, exitCode);
    // Findings are the requested output (stdout); an error is one line on stderr and nothing else.
    const bool findings = arguments.first() == u"lint";
    const QString text = findings ? run.out : run.err;
    for (const QString &line : expected)
        QVERIFY2(text.contains(line),
                 qPrintable(line + QStringLiteral("\n--- not in ---\n") + text));
    if (!findings) {
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.out.isEmpty());
    }
}

void TestTranslations::runMessagesFollowTheLanguage_data()
{
    // Run refusals that need no server: a SQLite target, and a journal file that is not an
    // SQLite database (its "cannot write" reason is re-worded to "cannot open" in each language).
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("foreignJournal");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("SQLite target, German")
        << QStringLiteral("de") << false << 2
        << QStringLiteral("run unterstützt PostgreSQL-, MySQL- und MariaDB-Ziele; %1 ist sqlite "
                          "(generate verwenden und das Skript von Hand ausführen)");
    QTest::newRow("SQLite target, French")
        << QStringLiteral("fr") << false << 2
        << QStringLiteral("run prend en charge les cibles PostgreSQL, MySQL et MariaDB ; %1 est "
                          "sqlite (utilisez generate et exécutez le script à la main)");
    QTest::newRow("SQLite target, English")
        << QStringLiteral("en") << false << 2
        << QStringLiteral("run supports PostgreSQL, MySQL and MariaDB targets; %1 is sqlite (use "
                          "generate and run the script by hand)");
    QTest::newRow("foreign journal, German")
        << QStringLiteral("de") << true << 3
        << QStringLiteral(
               "Lauf-Journal %2: kann nicht öffnen: die Datei ist keine SQLite-Datenbank");
    QTest::newRow("foreign journal, French")
        << QStringLiteral("fr") << true << 3
        << QStringLiteral(
               "journal d'exécution %2 : ouverture impossible : le fichier n'est pas une "
               "base SQLite");
    QTest::newRow("foreign journal, English")
        << QStringLiteral("en") << true << 3
        << QStringLiteral("run journal %2: cannot open: the file is not an SQLite database");
}

void TestTranslations::runMessagesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(bool, foreignJournal);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString planPath = testsupport::tempPath(QStringLiteral("translated-run-plan.json"));
    QFile plan(planPath);
    QVERIFY(plan.open(QIODevice::WriteOnly | QIODevice::Truncate));
    plan.write(R"({"format": "column-planner/plan@1", "title": "add score",
                  "target": {"dialect": "postgresql", "server_version": "15"},
                  "table": {"schema": "public", "name": "orders"},
                  "column": {"name": "score", "type": "bigint", "nullable": true}})");
    plan.close();
    const QString journalPath = testsupport::tempPath(
        foreignJournal ? QStringLiteral("translated-run-foreign-journal.sqlite")
                       : QStringLiteral("translated-run-journal.sqlite"));
    QFile::remove(journalPath);
    if (foreignJournal) {
        QFile journal(journalPath);
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray("a text file, not a journal\n").repeated(200));
    }
    const QString target =
        QStringLiteral("sqlite:") + testsupport::tempPath(QStringLiteral("translated-run.db"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), language);
    const testsupport::CliRun run =
        testsupport::runProgram(QStringLiteral(COLUMN_PLANNER_BIN),
                                {QStringLiteral("run"), planPath, QStringLiteral("--db"), target,
                                 QStringLiteral("--yes"), QStringLiteral("--journal"), journalPath},
                                {}, 60000, environment);
    QCOMPARE(run.exitCode, exitCode);
    const QString line = QStringLiteral("column-planner: ") +
                         QString(expected)
                             .replace(QStringLiteral("%1"), target)
                             .replace(QStringLiteral("%2"), QDir::toNativeSeparators(journalPath)) +
                         u'\n';
    QCOMPARE(run.err, line);
    QVERIFY(run.out.isEmpty());
}

void TestTranslations::reportAndDiffFollowTheLanguage_data()
{
    // The review report (Markdown) and the plan diff's design changes in words. The plan's own
    // texts, the SQL, rule ids and hashes stay as they are; English stays byte for byte what
    // tst_reportcli and tst_planapprovals compare.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");
    const QStringList sameInEvery{
        QStringLiteral("Store order amounts in cents"),
        QStringLiteral(
            "ALTER TABLE \"public\".\"orders\" ADD COLUMN IF NOT EXISTS \"amount_cents\" bigint"),
        QStringLiteral("cents match the amount")};
    QTest::newRow("report, German")
        << QStringLiteral("de") << QStringLiteral("report")
        << sameInEvery +
               QStringList{QStringLiteral("\n## Entwurf und Begründung\n"),
                           QStringLiteral("| NULL-Fähigkeit | NOT NULL (nach dem Backfill durch "
                                          "einen validierten CHECK erzwungen) |"),
                           QStringLiteral("\n## Rollback-Wege\n"),
                           QStringLiteral("\n## Checkliste für den Lauf\n"),
                           QStringLiteral("Kein Probelauf angehängt."),
                           QStringLiteral(
                               "- [ ] Check „cents match the amount“ liefert nach dem Lauf 0.\n")}
        << QStringList{QStringLiteral("Design and why"), QStringLiteral("Run checklist"),
                       QStringLiteral("No rehearsal attached.")};
    QTest::newRow("report, French")
        << QStringLiteral("fr") << QStringLiteral("report")
        << sameInEvery + QStringList{QStringLiteral("\n## Conception et raisons\n"),
                                     QStringLiteral("\n## Chemins de rollback\n"),
                                     QStringLiteral("Aucune répétition jointe.")}
        << QStringList{QStringLiteral("Design and why"), QStringLiteral("No rehearsal attached.")};
    QTest::newRow("report, English")
        << QStringLiteral("en") << QStringLiteral("report")
        << sameInEvery +
               QStringList{QStringLiteral("# Review: Store order amounts in cents\n\nPlan "
                                          "order-amount-cents.json: add column amount_cents to "),
                           QStringLiteral("\n## Design and why\n\nPurpose: Order amount in "
                                          "cents\n\n| Decision | Value |\n"),
                           QStringLiteral("| Nullability | NOT NULL (enforced after the backfill, "
                                          "through a validated CHECK) |\n"),
                           QStringLiteral(
                               "\n## Rehearsal\n\nNo rehearsal attached.\n\n## Rollback "
                               "paths\n\nRoll back newest phase first. Each phase's rollback:\n"),
                           QStringLiteral(
                               "- [ ] Check \"cents match the amount\" returns 0 after the run.\n")}
        << QStringList{QStringLiteral("Entwurf"), QStringLiteral("Conception")};
    QTest::newRow("diff, German")
        << QStringLiteral("de") << QStringLiteral("diff")
        << QStringList{QStringLiteral("Änderungen am Entwurf (order-amount-cents.json -> "
                                      "translated-diff-after.json):\n"),
                       QStringLiteral("\nÄnderungen am SQL:\n"),
                       QStringLiteral("  - die Spalte erlaubt jetzt NULL (war NOT NULL)\n"),
                       QStringLiteral("  - column.check: entfernt (war \"amount_cents >= 0\")\n")}
        << QStringList{QStringLiteral("allows NULL"), QStringLiteral("Design changes")};
    QTest::newRow("diff, English")
        << QStringLiteral("en") << QStringLiteral("diff")
        << QStringList{QStringLiteral("Design changes (order-amount-cents.json -> "
                                      "translated-diff-after.json):\n"),
                       QStringLiteral("\nSQL changes:\n"),
                       QStringLiteral("  - the column now allows NULL (was NOT NULL)\n"),
                       QStringLiteral("  - column.check: removed (was \"amount_cents >= 0\")\n")}
        << QStringList{QStringLiteral("erlaubt")};
}

void TestTranslations::reportAndDiffFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, command);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const QString plan = QStringLiteral(COLUMN_PLANNER_TEST_DATA "/plans/order-amount-cents.json");
    QStringList arguments{command, plan};
    const QString out =
        testsupport::tempPath(QStringLiteral("translated-report-%1.md").arg(language));
    if (command == u"report") {
        QFile::remove(out);
        arguments << QStringLiteral("--format") << QStringLiteral("md") << QStringLiteral("--out")
                  << out;
    } else {
        // The same plan with a nullable column and no CHECK.
        QFile source(plan);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray json = source.readAll();
        json.replace("\"nullable\": false", "\"nullable\": true")
            .replace("\"check\": \"amount_cents >= 0\",", "");
        const QString after = testsupport::tempPath(QStringLiteral("translated-diff-after.json"));
        QFile file(after);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        arguments << after;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), language);
    const testsupport::CliRun run = testsupport::runProgram(QStringLiteral(COLUMN_PLANNER_BIN),
                                                            arguments, {}, 60000, environment);
    QCOMPARE(run.exitCode, command == u"report" ? 0 : 1);
    QString text = run.out;
    if (command == u"report") {
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(run.err));
        text = QString::fromUtf8(file.readAll());
    }
    for (const QString &line : expected)
        QVERIFY2(text.contains(line),
                 qPrintable(line + QStringLiteral("\n--- not in ---\n") + text));
    for (const QString &line : unexpected)
        QVERIFY2(!text.contains(line),
                 qPrintable(line + QStringLiteral("\n--- found in ---\n") + text));
}

void TestTranslations::lintAndInspectLabelsFollowTheLanguage_data()
{
    // lint's text format and inspect's listing: labels in the user's language; the
    // FILE:LINE:COLUMN: SEVERITY prefix, rule ids, SQL and table names as they are. English stays
    // byte for byte what tst_lintcli and tst_inspect* compare.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");
    QTest::newRow("lint, German")
        << QStringLiteral("de") << QStringLiteral("lint")
        << QStringList{QStringLiteral(": 2 Anweisung(en), 2 Fehler, 2 Warnung(en), 0 Notiz(en)\n"),
                       QStringLiteral("\n    Hinweis: "), QStringLiteral(":1:1: error: "),
                       QStringLiteral(" [non-concurrent-index]\n")}
        << QStringList{QStringLiteral("statement(s)"), QStringLiteral("hint:")};
    QTest::newRow("lint, French")
        << QStringLiteral("fr") << QStringLiteral("lint")
        << QStringList{QStringLiteral(" : 2 instruction(s), 2 erreur(s), 2 avertissement(s), 0 "
                                      "note(s)\n"),
                       QStringLiteral("\n    conseil : ")}
        << QStringList{QStringLiteral("statement(s)")};
    QTest::newRow("lint, English")
        << QStringLiteral("en") << QStringLiteral("lint")
        << QStringList{QStringLiteral(
                           ".sql: 2 statement(s), 2 error(s), 2 warning(s), 0 note(s)\n"),
                       QStringLiteral("\n    hint: CREATE INDEX CONCURRENTLY, outside a "
                                      "transaction block")}
        << QStringList{QStringLiteral("Hinweis")};
    QTest::newRow("inspect, German")
        << QStringLiteral("de") << QStringLiteral("inspect")
        << QStringList{QStringLiteral(", Datenbank "),
                       QStringLiteral("\n1 Tabellen in 1 Schemas\n\n"),
                       QStringLiteral("\nTabelle          Zeilen       Größe  Primärschlüssel\n"
                                      "main.orders           0  ")}
        << QStringList{QStringLiteral("primary key")};
    QTest::newRow("inspect, English")
        << QStringLiteral("en") << QStringLiteral("inspect")
        << QStringList{QStringLiteral(", database "), QStringLiteral("\n1 tables in 1 schemas\n\n"),
                       QStringLiteral("\ntable              rows        size  primary key\n"
                                      "main.orders           0  ")}
        << QStringList{QStringLiteral("Tabelle")};
    QTest::newRow("inspect --table, French")
        << QStringLiteral("fr") << QStringLiteral("inspect-table")
        << QStringList{QStringLiteral("main.orders (table) : 0 lignes (count), "),
                       QStringLiteral("\nclé primaire : id\n\ncolonnes :\n  id INTEGER\n  amount "
                                      "INTEGER NOT NULL\n\nindex :\n  orders_amount_idx: CREATE "
                                      "INDEX orders_amount_idx ON orders (amount)\n\ncontraintes "
                                      ":\n")}
        << QStringList{QStringLiteral("columns:")};
    QTest::newRow("inspect --table, English")
        << QStringLiteral("en") << QStringLiteral("inspect-table")
        << QStringList{QStringLiteral("main.orders (table): 0 rows (count), "),
                       QStringLiteral(
                           "\nprimary key: id\n\ncolumns:\n  id INTEGER\n  amount "
                           "INTEGER NOT NULL\n\nindexes:\n  orders_amount_idx: CREATE "
                           "INDEX orders_amount_idx ON orders (amount)\n\nconstraints:\n")}
        << QStringList{QStringLiteral("colonnes")};
}

void TestTranslations::lintAndInspectLabelsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, command);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), language);
    QStringList arguments{command};
    if (command == u"lint") {
        const QString script = testsupport::tempPath(QStringLiteral("translated-lint.sql"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(badScript);
        file.close();
        arguments << script;
    } else {
        // A small SQLite database of one table: the listing, or with --table its detail.
        const QString path = testsupport::tempPath(QStringLiteral("translated-inspect.db"));
        QFile::remove(path);
        QFile(path).open(QIODevice::WriteOnly); // an empty file is an empty database
        testsupport::execute(QStringLiteral("sqlite:") + path,
                             QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, amount "
                                            "INTEGER NOT NULL);\nCREATE INDEX orders_amount_idx "
                                            "ON orders (amount);"));
        if (command == u"inspect-table") {
            arguments = QStringList{QStringLiteral("inspect"), QStringLiteral("--table"),
                                    QStringLiteral("orders")};
        }
        arguments << QStringLiteral("--db") << QStringLiteral("sqlite:") + path;
    }
    const testsupport::CliRun run = testsupport::runProgram(QStringLiteral(COLUMN_PLANNER_BIN),
                                                            arguments, {}, 60000, environment);
    QCOMPARE(run.exitCode, command == u"lint" ? 1 : 0);
    for (const QString &line : expected)
        QVERIFY2(run.out.contains(line),
                 qPrintable(line + QStringLiteral("\n--- not in ---\n") + run.out + run.err));
    for (const QString &line : unexpected)
        QVERIFY2(!run.out.contains(line),
                 qPrintable(line + QStringLiteral("\n--- found in ---\n") + run.out));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
