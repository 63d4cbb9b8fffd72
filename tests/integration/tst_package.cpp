// The Debian package: the desktop entry and AppStream metadata pass their validators, `cpack -G
// DEB` builds a package with every shipped file and shlibdeps-computed dependencies, and the
// package installs on this machine (apt-get) and runs from its installed paths: --version, generate
// on an installed sample plan, and a message in German from the installed catalogue. Installing
// needs root or password-less sudo (CI runs as root).

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using testsupport::CliRun;
using testsupport::runProgram;

namespace {

const QString AppId = QStringLiteral("io.github.columnplanner.ColumnPlanner");

QString sourcePath(const QString &relative)
{
    return QStringLiteral(COLUMN_PLANNER_SOURCE_DIR "/") + relative;
}

QString buildDir()
{
    return QFileInfo(QStringLiteral(COLUMN_PLANNER_BIN))
        .absoluteDir()
        .absoluteFilePath(QStringLiteral(".."));
}

// Fails the test naming the package that provides a missing tool (scripts/test installs them).
#define REQUIRE_TOOL(variable, name, package)                                                      \
    const QString variable = QStandardPaths::findExecutable(QStringLiteral(name));                 \
    if (variable.isEmpty())                                                                        \
        QFAIL(name " is missing: install the Debian package " package " (scripts/test does)");

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\n%2\n%3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void desktopEntryValidates();
    void metainfoValidates();
    void manPageRendersWithoutWarnings();
    void buildsInstallsAndRuns();

private:
    // Prefix for commands that need root: empty as root, sudo -n when allowed, else skips.
    bool asRoot(QStringList &prefix);
};

void TestPackage::desktopEntryValidates()
{
    REQUIRE_TOOL(validator, "desktop-file-validate", "desktop-file-utils");
    const CliRun run = runProgram(
        validator, {sourcePath(QStringLiteral("packaging/") + AppId + QStringLiteral(".desktop"))});
    QVERIFY2(run.exitCode == 0 && run.out.trimmed().isEmpty(), qPrintable(describe(run)));
}

void TestPackage::metainfoValidates()
{
    REQUIRE_TOOL(appstreamcli, "appstreamcli", "appstream");
    // --no-net: the screenshot URLs point at the public repository, not reachable from CI.
    const CliRun run = runProgram(
        appstreamcli,
        {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--explain"),
         sourcePath(QStringLiteral("packaging/") + AppId + QStringLiteral(".metainfo.xml"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Validation was successful")),
             qPrintable(describe(run)));
    // Every screenshot named in the metadata is a file in packaging/screenshots/.
    QFile metainfo(
        sourcePath(QStringLiteral("packaging/") + AppId + QStringLiteral(".metainfo.xml")));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(metainfo.readAll());
    const QRegularExpression image(
        QStringLiteral("<image[^>]*>[^<]*/packaging/screenshots/([^<]+)</image>"));
    int screenshots = 0;
    for (auto match = image.globalMatch(xml); match.hasNext(); ++screenshots) {
        const QString file = match.next().captured(1);
        QVERIFY2(QFileInfo::exists(sourcePath(QStringLiteral("packaging/screenshots/") + file)),
                 qPrintable(file));
    }
    QVERIFY(screenshots >= 2);
}

void TestPackage::manPageRendersWithoutWarnings()
{
    REQUIRE_TOOL(groff, "groff", "groff-base");
    const CliRun run = runProgram(
        groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                QStringLiteral("-z"), sourcePath(QStringLiteral("packaging/column-planner.1"))});
    QVERIFY2(run.exitCode == 0 && run.err.trimmed().isEmpty(), qPrintable(describe(run)));
    // The man page covers the command-line contract of DESIGN.md: every subcommand and exit code.
    QFile page(sourcePath(QStringLiteral("packaging/column-planner.1")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    for (const char *command : {"inspect", "generate", "lint", "forecast", "run", "check",
                                "rehearse", "export", "report"})
        QVERIFY2(text.contains(QStringLiteral(".B column-planner ") + QLatin1String(command)),
                 command);
    for (int code = 0; code <= 4; ++code)
        QVERIFY(text.contains(QStringLiteral(".B %1\n").arg(code)));
}

bool TestPackage::asRoot(QStringList &prefix)
{
    if (geteuid() == 0)
        return true;
    const QString sudo = QStandardPaths::findExecutable(QStringLiteral("sudo"));
    if (!sudo.isEmpty() &&
        runProgram(sudo, {QStringLiteral("-n"), QStringLiteral("true")}).exitCode == 0) {
        prefix = {sudo, QStringLiteral("-n")};
        return true;
    }
    return false;
}

void TestPackage::buildsInstallsAndRuns()
{
    REQUIRE_TOOL(cpack, "cpack", "cmake");
    REQUIRE_TOOL(dpkgDeb, "dpkg-deb", "dpkg");
    REQUIRE_TOOL(shlibdeps, "dpkg-shlibdeps", "dpkg-dev");
    QTemporaryDir output;
    QVERIFY(output.isValid());

    // The package, exactly as `cpack -G DEB` from build/ makes it (written elsewhere, to keep
    // build/ clean).
    const CliRun packed = runProgram(
        cpack,
        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
         buildDir() + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), output.path()},
        {}, 600000);
    QVERIFY2(packed.exitCode == 0, qPrintable(describe(packed)));
    const QStringList debs = QDir(output.path()).entryList({QStringLiteral("*.deb")});
    QCOMPARE(debs.size(), 1);
    const QString deb = output.filePath(debs.first());
    QCOMPARE(
        debs.first(),
        QStringLiteral("column-planner_%1_amd64.deb").arg(QStringLiteral(COLUMN_PLANNER_VERSION)));

    // Dependencies: computed from the binary's libraries, plus the Qt plugins loaded at run time.
    const CliRun fields = runProgram(
        dpkgDeb, {QStringLiteral("-f"), deb, QStringLiteral("Package"), QStringLiteral("Depends")});
    QVERIFY2(fields.exitCode == 0, qPrintable(describe(fields)));
    for (const char *dependency :
         {"libqt6core6", "libqt6widgets6", "libqt6charts6", "libpqxx-6.4", "libsqlite3-0",
          "libqscintilla2-qt6", "libqt6keychain", "qt6-qpa-plugins", "libqt6svg6", "libc6"})
        QVERIFY2(fields.out.contains(QLatin1String(dependency)),
                 qPrintable(dependency + QStringLiteral(" not in\n") + fields.out));

    const CliRun listing = runProgram(dpkgDeb, {QStringLiteral("-c"), deb});
    QVERIFY2(listing.exitCode == 0, qPrintable(describe(listing)));
    QStringList expected = {
        QStringLiteral("./usr/bin/column-planner"),
        QStringLiteral("./usr/share/applications/") + AppId + QStringLiteral(".desktop"),
        QStringLiteral("./usr/share/metainfo/") + AppId + QStringLiteral(".metainfo.xml"),
        QStringLiteral("./usr/share/icons/hicolor/scalable/apps/") + AppId + QStringLiteral(".svg"),
        QStringLiteral("./usr/share/man/man1/column-planner.1.gz"),
        QStringLiteral("./usr/share/column-planner/translations/column-planner_de.qm"),
        QStringLiteral("./usr/share/column-planner/translations/column-planner_fr.qm"),
    };
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        expected
            << QStringLiteral("./usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId);
    for (const QString &plan :
         QDir(sourcePath(QStringLiteral("resources/plans"))).entryList({QStringLiteral("*.json")}))
        expected << QStringLiteral("./usr/share/column-planner/plans/") + plan;
    for (const QString &path : expected)
        QVERIFY2(listing.out.contains(u' ' + path + u'\n'),
                 qPrintable(path + QStringLiteral(" is not in the package")));

    QStringList root;
    if (!asRoot(root))
        QSKIP("installing the package needs root or password-less sudo; the package itself was "
              "built and checked");
    REQUIRE_TOOL(aptGet, "apt-get", "apt");
    // Installed only if it was not installed before, so a developer's own copy stays.
    const CliRun query = runProgram(
        QStringLiteral("dpkg-query"),
        {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), QStringLiteral("column-planner")});
    // 1: dpkg knows no such package; anything else is dpkg-query failing, not an answer.
    QVERIFY2(query.exitCode == 0 || query.exitCode == 1, qPrintable(describe(query)));
    const bool wasInstalled = query.out.contains(QStringLiteral("install ok installed"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DEBIAN_FRONTEND"), QStringLiteral("noninteractive"));
    // apt-get takes "./file.deb"; another apt run on the machine holds the lock for a while.
    const CliRun installed = runProgram(
        root.value(0, aptGet),
        root.mid(1) + (root.isEmpty() ? QStringList{} : QStringList{aptGet}) +
            QStringList{QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-q"),
                        QStringLiteral("--no-install-recommends"), QStringLiteral("-o"),
                        QStringLiteral("DPkg::Lock::Timeout=300"), deb},
        {}, 600000, environment);
    auto removeAgain = qScopeGuard([&] {
        if (!wasInstalled)
            runProgram(
                root.value(0, QStringLiteral("dpkg")),
                root.mid(1) +
                    (root.isEmpty() ? QStringList{} : QStringList{QStringLiteral("dpkg")}) +
                    QStringList{QStringLiteral("--remove"), QStringLiteral("column-planner")},
                {}, 300000, environment);
    });
    QVERIFY2(installed.exitCode == 0, qPrintable(describe(installed)));

    const QString binary = QStringLiteral("/usr/bin/column-planner");
    const CliRun version = runProgram(binary, {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(describe(version)));
    QCOMPARE(version.out.trimmed(), QStringLiteral("column-planner " COLUMN_PLANNER_VERSION));

    // A sample plan at its installed path, generated by the installed binary (no display needed).
    const QString plan =
        QStringLiteral("/usr/share/column-planner/plans/orders-add-refund-count.json");
    QVERIFY(QFileInfo::exists(plan));
    const CliRun generated =
        runProgram(binary, {QStringLiteral("generate"), plan, QStringLiteral("--server-version"),
                            QStringLiteral("15")});
    QVERIFY2(generated.exitCode == 0, qPrintable(describe(generated)));
    QVERIFY(generated.out.contains(QStringLiteral("ADD COLUMN")));
    QVERIFY(generated.out.contains(QStringLiteral("refund_count")));
    QVERIFY(generated.err.isEmpty());
    // The installed catalogues are found at their installed path: messages follow the locale.
    QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
    german.remove(QStringLiteral("LANGUAGE"));
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const CliRun inGerman = runProgram(binary, {QStringLiteral("frobnicate")}, {}, 60000, german);
    QCOMPARE(inGerman.exitCode, 2);
    QVERIFY2(inGerman.err.contains(QStringLiteral("unbekannter Befehl")), qPrintable(inGerman.err));
    // Same output as the binary of this build: the installed copy is this program.
    const CliRun fromBuild =
        testsupport::runCli({QStringLiteral("generate"), plan, QStringLiteral("--server-version"),
                             QStringLiteral("15")});
    QVERIFY2(fromBuild.exitCode == 0, qPrintable(describe(fromBuild)));
    QCOMPARE(generated.out, fromBuild.out);
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
