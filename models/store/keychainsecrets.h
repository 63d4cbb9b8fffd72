#pragma once
// A profile's password in the system keychain (Secret Service, macOS Keychain, Windows
// Credential Manager) through QtKeychain: asynchronous, answering by request id, and never
// falling back to a file when no keychain is there.

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

class KeychainSecrets : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        NotFound,    // no password stored for that profile
        Unavailable, // no keychain service on this machine (e.g. a headless session)
        Denied,      // the user or the system refused access
        Other,
    };
    Q_ENUM(Failure)

    // "column-planner", or "column-planner-test" under QStandardPaths test mode so that tests
    // never touch the user's entries.
    static QString defaultService();

    explicit KeychainSecrets(QObject *parent = nullptr);
    KeychainSecrets(const QString &service, QObject *parent);

    QString service() const { return m_service; }

    quint64 readPassword(const QString &profileName);
    quint64 writePassword(const QString &profileName, const QString &password);
    // Deleting an entry that does not exist counts as success.
    quint64 deletePassword(const QString &profileName);

Q_SIGNALS:
    void passwordRead(quint64 requestId, const QString &profileName, const QString &password);
    void passwordWritten(quint64 requestId, const QString &profileName);
    void passwordDeleted(quint64 requestId, const QString &profileName);
    // `message` is one translated line for the user, naming the profile and what to do.
    void failed(quint64 requestId, const QString &profileName, const QString &message,
                KeychainSecrets::Failure failure);

private:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };
    quint64 start(QKeychain::Job *job, Operation operation, const QString &profileName);

    QString m_service;
    quint64 m_nextRequest = 0;
};
