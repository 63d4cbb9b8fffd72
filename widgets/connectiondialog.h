#pragma once
// Choosing a connection: saved profiles, the connection form, "Test connection" through a
// SessionController (never blocking), saving a profile (without password) and, on request, its
// password in the system keychain. OK hands back the URI with the password in memory only.

#include "db/connectionuri.h"

#include <QDialog>
#include <QPointer>

class BusyIndicator;
class ConnectionFormWidget;
class KeychainSecrets;
class LocalStore;
class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;
class SessionController;

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // `store` may be null (it failed to open): profiles are then unavailable. `secrets` may be
    // null: the dialog then makes its own; pass a longer-lived one so a keychain write started
    // here can finish after the dialog closes.
    explicit ConnectionDialog(LocalStore *store, KeychainSecrets *secrets = nullptr,
                              QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Valid after accept(): the chosen connection, password included (memory only).
    ConnectionUri selectedUri() const { return m_selectedUri; }
    // The saved profile's name, or empty when the connection was not saved as a profile.
    QString profileName() const { return m_profileName; }
    bool isProduction() const { return m_isProduction; }

    // Prefills the form, e.g. with the current connection.
    void setUri(const ConnectionUri &uri);
    bool isTesting() const;

    void accept() override;

protected:
    bool event(QEvent *event) override;

Q_SIGNALS:
    // After every test: the server version on success, else empty with the message.
    void testFinished(bool ok, const QString &text);

private:
    QVBoxLayout *buildProfilesColumn();
    QVBoxLayout *buildFormColumn();
    void setTabOrders();
    void connectKeychain();
    void reloadProfiles(const QString &select = {});
    void onProfileSelected();
    void deleteSelectedProfile();
    void testConnection();
    void onTestOpened(quint64 requestId, const QString &serverVersion);
    void onTestFailed(quint64 requestId, const QString &message, int kind);
    void retireController();
    void setResult(const QString &text, bool error);
    // Taller when a message needs more lines than the dialog has room for.
    void growToFit();
    void setWaitingForKeychain(bool waiting);
    void finishAccept();
    QString selectedProfileName() const;

    LocalStore *m_store;
    KeychainSecrets *m_secrets;
    ConnectionFormWidget *m_form;
    QListWidget *m_profiles;
    QPushButton *m_deleteProfile;
    QLabel *m_storeMessage;
    QGroupBox *m_saveGroup;
    QLineEdit *m_profileNameEdit;
    QLabel *m_profileNameError;
    QCheckBox *m_production;
    QPushButton *m_test;
    BusyIndicator *m_busy;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;

    QPointer<SessionController> m_controller;
    quint64 m_testRequest = 0;
    quint64 m_keychainReadRequest = 0;
    quint64 m_keychainAcceptRequest = 0;
    QString m_keychainProfile;  // profile whose password came from the keychain
    ConnectionUri m_pendingUri; // what OK will hand back once the keychain has answered
    ConnectionUri m_selectedUri;
    QString m_profileName;
    bool m_isProduction = false;
};
