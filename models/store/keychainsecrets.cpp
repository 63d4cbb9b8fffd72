#include "keychainsecrets.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <qt6keychain/keychain.h>

namespace {

// On Linux and the BSDs the keychain is the Secret Service (or KWallet) on the D-Bus session
// bus; without a bus QtKeychain answers only "Unknown error", so name the real cause.
bool sessionBusMissing()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
    return false;
#endif
}

} // namespace

QString KeychainSecrets::defaultService()
{
    return QStandardPaths::isTestModeEnabled() ? QStringLiteral("column-planner-test")
                                               : QStringLiteral("column-planner");
}

KeychainSecrets::KeychainSecrets(QObject *parent) : KeychainSecrets(defaultService(), parent) {}

KeychainSecrets::KeychainSecrets(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

quint64 KeychainSecrets::readPassword(const QString &profileName)
{
    return start(new QKeychain::ReadPasswordJob(m_service, this), Operation::Read, profileName);
}

quint64 KeychainSecrets::writePassword(const QString &profileName, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(password);
    return start(job, Operation::Write, profileName);
}

quint64 KeychainSecrets::deletePassword(const QString &profileName)
{
    return start(new QKeychain::DeletePasswordJob(m_service, this), Operation::Delete, profileName);
}

quint64 KeychainSecrets::start(QKeychain::Job *job, Operation operation, const QString &profileName)
{
    const quint64 id = ++m_nextRequest;
    job->setKey(profileName);
    job->setAutoDelete(true);
    // Never a plain-text settings file in place of a keychain.
    job->setInsecureFallback(false);
    connect(
        job, &QKeychain::Job::finished, this,
        [this, id, operation, profileName](QKeychain::Job *done) {
            const QKeychain::Error error = done->error();
            if (error == QKeychain::NoError ||
                (operation == Operation::Delete && error == QKeychain::EntryNotFound)) {
                switch (operation) {
                case Operation::Read:
                    Q_EMIT passwordRead(
                        id, profileName,
                        static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
                    break;
                case Operation::Write:
                    Q_EMIT passwordWritten(id, profileName);
                    break;
                case Operation::Delete:
                    Q_EMIT passwordDeleted(id, profileName);
                    break;
                }
                return;
            }
            const QString detail = done->errorString().simplified();
            Failure failure = Failure::Other;
            QString message;
            switch (error) {
            case QKeychain::EntryNotFound:
                failure = Failure::NotFound;
                message = tr("No password for profile \"%1\" is saved in the system keychain.")
                              .arg(profileName);
                break;
            case QKeychain::NoBackendAvailable:
            case QKeychain::NotImplemented:
                failure = Failure::Unavailable;
                message =
                    tr("No system keychain is available on this machine (%1), so the password of "
                       "profile \"%2\" is not kept anywhere; type it when connecting, or use "
                       "~/.pgpass.")
                        .arg(detail, profileName);
                break;
            case QKeychain::AccessDenied:
            case QKeychain::AccessDeniedByUser:
                failure = Failure::Denied;
                message =
                    tr("The system keychain refused access to the password of profile \"%1\" (%2).")
                        .arg(profileName, detail);
                break;
            default:
                if (sessionBusMissing()) {
                    failure = Failure::Unavailable;
                    message =
                        tr("No system keychain is available on this machine (no D-Bus session "
                           "bus, so no Secret Service), so the password of profile \"%1\" is "
                           "not kept anywhere; type it when connecting, or use ~/.pgpass.")
                            .arg(profileName);
                    break;
                }
                message = tr("The system keychain failed on the password of profile \"%1\": %2")
                              .arg(profileName, detail);
                break;
            }
            Q_EMIT failed(id, profileName, message, failure);
        });
    job->start();
    return id;
}
