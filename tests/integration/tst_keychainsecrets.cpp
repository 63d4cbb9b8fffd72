// KeychainSecrets: a round trip through the real system keychain where there is one, and a
// clear message (never a crash, never a plain-text file) where there is none, as on a headless
// build machine.

#include "store/keychainsecrets.h"

#include <QDateTime>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr int KeychainTimeoutMs = 40000; // a D-Bus call that nobody answers times out after 25 s

// Every file written since `since` under the places a settings fallback would use.
QStringList filesContaining(const QByteArray &secret, const QDateTime &since)
{
    QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                         QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                         QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                         QDir::home().filePath(QStringLiteral(".config")),
                         QDir::home().filePath(QStringLiteral(".local/share"))};
    QStringList hits;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            if (info.lastModified() < since || info.size() > 10 * 1024 * 1024)
                continue;
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                hits << info.filePath();
        }
    }
    return hits;
}

} // namespace

class TestKeychainSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usesTestServiceInTestMode();
    void roundTripOrClearUnavailability();
    void deletingMissingEntryIsNotAnError();
};

void TestKeychainSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeychainSecrets::usesTestServiceInTestMode()
{
    KeychainSecrets secrets;
    QCOMPARE(secrets.service(), QStringLiteral("column-planner-test"));
    KeychainSecrets named(QStringLiteral("column-planner"), nullptr);
    QCOMPARE(named.service(), QStringLiteral("column-planner"));
}

void TestKeychainSecrets::roundTripOrClearUnavailability()
{
    const QDateTime since = QDateTime::currentDateTime().addSecs(-2);
    const QString profile =
        QStringLiteral("cp_connect_profile_%1").arg(QCoreApplication::applicationPid());
    const QString password =
        QStringLiteral("Kc-%1-never-on-disk").arg(QDateTime::currentMSecsSinceEpoch());

    KeychainSecrets secrets;
    QSignalSpy written(&secrets, &KeychainSecrets::passwordWritten);
    QSignalSpy read(&secrets, &KeychainSecrets::passwordRead);
    QSignalSpy deleted(&secrets, &KeychainSecrets::passwordDeleted);
    QSignalSpy failed(&secrets, &KeychainSecrets::failed);

    const quint64 writeId = secrets.writePassword(profile, password);
    QTRY_VERIFY_WITH_TIMEOUT(written.size() + failed.size() == 1, KeychainTimeoutMs);

    if (!failed.isEmpty()) {
        // No keychain here: one clear line that names the profile, and nothing written anywhere.
        const QList<QVariant> answer = failed.takeFirst();
        QCOMPARE(answer.at(0).toULongLong(), writeId);
        QCOMPARE(answer.at(1).toString(), profile);
        const QString message = answer.at(2).toString();
        qInfo("keychain unavailable here: %s", qPrintable(message));
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.contains(u'\n'));
        QVERIFY(message.contains(profile));
        QVERIFY(!message.contains(password));
        const auto failure = answer.at(3).value<KeychainSecrets::Failure>();
        QVERIFY(failure != KeychainSecrets::Failure::NotFound);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
            qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            QCOMPARE(failure, KeychainSecrets::Failure::Unavailable);

        // Reading back never yields the password from some fallback.
        secrets.readPassword(profile);
        QTRY_VERIFY_WITH_TIMEOUT(read.size() + failed.size() == 1, KeychainTimeoutMs);
        QVERIFY(read.isEmpty());
        QVERIFY(filesContaining(password.toUtf8(), since).isEmpty());
        return;
    }

    QCOMPARE(written.takeFirst().at(0).toULongLong(), writeId);
    const quint64 readId = secrets.readPassword(profile);
    QTRY_VERIFY_WITH_TIMEOUT(read.size() + failed.size() == 1, KeychainTimeoutMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
    QCOMPARE(read.first().at(0).toULongLong(), readId);
    QCOMPARE(read.first().at(2).toString(), password);

    secrets.deletePassword(profile);
    QTRY_VERIFY_WITH_TIMEOUT(deleted.size() == 1, KeychainTimeoutMs);
    secrets.readPassword(profile);
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, KeychainTimeoutMs);
    QCOMPARE(failed.first().at(3).value<KeychainSecrets::Failure>(),
             KeychainSecrets::Failure::NotFound);
    QVERIFY(filesContaining(password.toUtf8(), since).isEmpty());
}

void TestKeychainSecrets::deletingMissingEntryIsNotAnError()
{
    KeychainSecrets secrets;
    QSignalSpy deleted(&secrets, &KeychainSecrets::passwordDeleted);
    QSignalSpy failed(&secrets, &KeychainSecrets::failed);
    const QString profile =
        QStringLiteral("cp_connect_absent_%1").arg(QCoreApplication::applicationPid());
    secrets.deletePassword(profile);
    QTRY_VERIFY_WITH_TIMEOUT(deleted.size() + failed.size() == 1, KeychainTimeoutMs);
    if (!failed.isEmpty()) {
        // Only an absent keychain may fail a delete; "not found" is success.
        QVERIFY(failed.first().at(3).value<KeychainSecrets::Failure>() !=
                KeychainSecrets::Failure::NotFound);
        QVERIFY(!failed.first().at(2).toString().isEmpty());
    } else {
        QCOMPARE(deleted.first().at(1).toString(), profile);
    }
}

QTEST_GUILESS_MAIN(TestKeychainSecrets)
#include "tst_keychainsecrets.moc"
