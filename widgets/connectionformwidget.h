#pragma once
// The fields of one connection (PostgreSQL or MySQL/MariaDB host/port/database/user/TLS mode, the
// MySQL option file, or a raw URI, or an SQLite file, plus an optional password), turned into a
// ConnectionUri with errors shown beside the fields that caused them.

#include "db/connectionuri.h"

#include <QWidget>
#include <optional>

class DatabasePicker;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

class ConnectionFormWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionFormWidget(QWidget *parent = nullptr);

    // Fills the fields from a URI; its password, if any, goes to the password field.
    void setUri(const ConnectionUri &uri);
    // Validates every field, shows each problem beside its field (or clears it), and returns
    // the connection including the typed password, or nothing when a field is wrong.
    std::optional<ConnectionUri> validatedUri();
    void clearErrors();

    QString password() const;
    void setPassword(const QString &password);
    bool isPasswordVisible() const;
    // Reveals the password field; `reason` (e.g. the server's answer) is shown beside it.
    void showPasswordField(const QString &reason = {});
    bool savePasswordInKeychain() const;
    void setSavePasswordInKeychain(bool save);
    // Shows a problem with the keychain beside its checkbox (empty clears it).
    void setKeychainMessage(const QString &message);

    // The database field's list of the server's databases (filled after a test).
    DatabasePicker *databasePicker() const { return m_databasePicker; }

    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    void edited();

private:
    enum Page
    {
        PostgresFields,
        PostgresUri,
        SqliteFile
    };
    void updatePage();
    bool isMysql() const;
    // The fields as a mysql:// connection (host and port already checked), or nothing with the
    // problem shown beside the host.
    std::optional<ConnectionUri> mysqlFieldsUri(const QString &host, const QString &port);
    void browseForFile();
    static void setError(QWidget *field, QLabel *label, const QString &message);
    QLabel *errorLabel(const QString &objectName);

    QComboBox *m_kind = nullptr;
    QCheckBox *m_advanced = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_hostError = nullptr;
    QLineEdit *m_port = nullptr;
    QLabel *m_portError = nullptr;
    QLineEdit *m_database = nullptr;
    DatabasePicker *m_databasePicker = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslmode = nullptr;
    QLineEdit *m_optionFile = nullptr;
    QFormLayout *m_fieldsForm = nullptr;
    QLineEdit *m_uriText = nullptr;
    QLabel *m_uriError = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_sqlitePathError = nullptr;
    QPushButton *m_showPassword = nullptr;
    QWidget *m_passwordRow = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordMessage = nullptr;
    QCheckBox *m_savePassword = nullptr;
    QLabel *m_keychainMessage = nullptr;
};
