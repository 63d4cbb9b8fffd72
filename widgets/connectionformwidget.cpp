#include "connectionformwidget.h"

#include "databasepicker.h"
#include "db/dberror.h"
#include "designer/fieldnote.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringList>
#include <QVBoxLayout>

namespace {

// libpq's sslmode, or the MariaDB client's ssl-mode; the first is the client's default.
const QStringList &sslModes(bool mysql)
{
    static const QStringList postgres = {QStringLiteral("prefer"), QStringLiteral("disable"),
                                         QStringLiteral("require"), QStringLiteral("verify-ca"),
                                         QStringLiteral("verify-full")};
    static const QStringList mariadb = {QStringLiteral("preferred"), QStringLiteral("disabled"),
                                        QStringLiteral("required"), QStringLiteral("verify-ca"),
                                        QStringLiteral("verify-identity")};
    return mysql ? mariadb : postgres;
}

QString sslModeKey(bool mysql)
{
    return mysql ? QStringLiteral("ssl-mode") : QStringLiteral("sslmode");
}

// The options the field page can show; anything else keeps the URI in the advanced field.
const QStringList &fieldOptions(bool mysql)
{
    static const QStringList postgres = {QStringLiteral("host"),    QStringLiteral("port"),
                                         QStringLiteral("dbname"),  QStringLiteral("user"),
                                         QStringLiteral("sslmode"), QStringLiteral("password")};
    static const QStringList mariadb = {QStringLiteral("host"),        QStringLiteral("port"),
                                        QStringLiteral("dbname"),      QStringLiteral("user"),
                                        QStringLiteral("ssl-mode"),    QStringLiteral("password"),
                                        QStringLiteral("option-file"), QStringLiteral("socket")};
    return mysql ? mariadb : postgres;
}

QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &accessibleName,
                    const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

// A field with its error line underneath.
QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    // The row's label takes the box as its buddy: its mnemonic must land on the field (a label
    // ignores a buddy that takes no focus; Tab skips a widget with a focus proxy).
    box->setFocusPolicy(field->focusPolicy());
    box->setFocusProxy(field);
    return box;
}

} // namespace

ConnectionFormWidget::ConnectionFormWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleDescription(
        tr("A PostgreSQL server, a MySQL or MariaDB server, or an SQLite file"));
    m_kind->setAccessibleName(tr("Database kind"));
    m_kind->addItem(tr("PostgreSQL"), QStringLiteral("postgresql"));
    m_kind->addItem(tr("MySQL or MariaDB"), QStringLiteral("mysql"));
    m_kind->addItem(tr("SQLite file"), QStringLiteral("sqlite"));
    top->addRow(tr("&Kind:"), m_kind);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // PostgreSQL by fields.
    auto *fieldsPage = new QWidget;
    auto *fields = new QFormLayout(fieldsPage);
    fields->setContentsMargins(0, 0, 0, 0);
    m_host = lineEdit(fieldsPage, QStringLiteral("host"), tr("Host"),
                      tr("db.example.com or /var/run/postgresql"));
    m_hostError = errorLabel(QStringLiteral("hostError"));
    fields->addRow(tr("&Host:"), withError(m_host, m_hostError));
    m_port = lineEdit(fieldsPage, QStringLiteral("port"), tr("Port"), QStringLiteral("5432"));
    m_port->setMaxLength(5);
    m_portError = errorLabel(QStringLiteral("portError"));
    fields->addRow(tr("&Port:"), withError(m_port, m_portError));
    m_database = lineEdit(fieldsPage, QStringLiteral("database"), tr("Database"),
                          tr("same as the user name"));
    fields->addRow(tr("&Database:"), m_database);
    m_user = lineEdit(fieldsPage, QStringLiteral("user"), tr("User"), tr("your login name"));
    fields->addRow(tr("&User:"), m_user);
    m_sslmode = new QComboBox(fieldsPage);
    m_sslmode->setObjectName(QStringLiteral("sslmode"));
    m_sslmode->setAccessibleDescription(
        tr("How the connection uses TLS; verify-full checks the server certificate and name"));
    m_sslmode->setAccessibleName(tr("SSL mode"));
    m_sslmode->addItems(sslModes(false));
    fields->addRow(tr("SSL &mode:"), m_sslmode);
    // MySQL/MariaDB: the client option file that may hold the password ([client] group).
    m_optionFile = lineEdit(fieldsPage, QStringLiteral("optionFile"), tr("Option file"),
                            tr("~/.my.cnf and /etc/mysql/my.cnf when empty"));
    m_optionFile->setAccessibleDescription(
        tr("A MariaDB/MySQL client option file read instead of the default ones; its [client] "
           "group may hold the password"));
    fields->addRow(tr("Option &file:"), m_optionFile);
    m_fieldsForm = fields;
    m_pages->addWidget(fieldsPage);

    // PostgreSQL by URI.
    auto *uriPage = new QWidget;
    auto *uriForm = new QFormLayout(uriPage);
    uriForm->setContentsMargins(0, 0, 0, 0);
    m_uriText = lineEdit(uriPage, QStringLiteral("uriText"), tr("Connection URI"),
                         QStringLiteral("postgresql://user@host:5432/db?sslmode=require"));
    m_uriError = errorLabel(QStringLiteral("uriError"));
    uriForm->addRow(tr("Connection &URI:"), withError(m_uriText, m_uriError));
    m_pages->addWidget(uriPage);

    // SQLite file.
    auto *sqlitePage = new QWidget;
    auto *sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins(0, 0, 0, 0);
    auto *pathRow = new QWidget;
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    m_sqlitePath = lineEdit(pathRow, QStringLiteral("sqlitePath"), tr("SQLite database file"),
                            tr("/path/to/file.db"));
    m_browse = new QPushButton(tr("&Browse…"), pathRow);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setAccessibleDescription(tr("Choose an existing SQLite database file"));
    m_browse->setAccessibleName(tr("Browse for the SQLite file"));
    pathLayout->addWidget(m_sqlitePath, 1);
    pathLayout->addWidget(m_browse);
    m_sqlitePathError = errorLabel(QStringLiteral("sqlitePathError"));
    sqliteForm->addRow(tr("&File:"), withError(pathRow, m_sqlitePathError));
    m_pages->addWidget(sqlitePage);

    m_advanced = new QCheckBox(tr("&Advanced: enter a connection URI"), this);
    m_advanced->setObjectName(QStringLiteral("advanced"));
    m_advanced->setAccessibleName(tr("Advanced: enter a connection URI"));
    m_advanced->setAccessibleDescription(
        tr("Type a libpq URI or key=value string instead of the separate fields"));
    layout->addWidget(m_advanced);

    // Password: hidden until needed, because libpq tries ~/.pgpass, services and PGPASSWORD first.
    m_showPassword = new QPushButton(tr("Use a pass&word…"), this);
    m_showPassword->setObjectName(QStringLiteral("showPassword"));
    m_showPassword->setAccessibleDescription(
        tr("Shows a password field for servers that ask for one"));
    m_showPassword->setAccessibleName(tr("Enter a password"));
    m_showPassword->setFlat(true);
    layout->addWidget(m_showPassword, 0, Qt::AlignLeft);

    m_passwordRow = new QWidget(this);
    auto *passwordForm = new QFormLayout(m_passwordRow);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    m_passwordMessage = errorLabel(QStringLiteral("passwordMessage"));
    passwordForm->addRow(m_passwordMessage);
    m_password = lineEdit(m_passwordRow, QStringLiteral("password"), tr("Password"));
    m_password->setAccessibleDescription(
        tr("Kept in memory only, unless you choose to save it in the keychain"));
    m_password->setEchoMode(QLineEdit::Password);
    passwordForm->addRow(tr("Pass&word:"), m_password);
    m_savePassword = new QCheckBox(tr("Save password in the system ke&ychain"), m_passwordRow);
    m_savePassword->setObjectName(QStringLiteral("savePassword"));
    m_savePassword->setAccessibleDescription(
        tr("Keeps the password in the system keychain, never in a file"));
    m_savePassword->setAccessibleName(tr("Save password in the system keychain"));
    m_keychainMessage = errorLabel(QStringLiteral("keychainMessage"));
    passwordForm->addRow(withError(m_savePassword, m_keychainMessage));
    m_passwordRow->hide();
    layout->addWidget(m_passwordRow);

    setTabOrder(m_kind, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_sslmode);
    setTabOrder(m_sslmode, m_optionFile);
    setTabOrder(m_optionFile, m_uriText);
    setTabOrder(m_uriText, m_sqlitePath);
    setTabOrder(m_sqlitePath, m_browse);
    setTabOrder(m_browse, m_advanced);
    setTabOrder(m_advanced, m_showPassword);
    setTabOrder(m_showPassword, m_password);
    setTabOrder(m_password, m_savePassword);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionFormWidget::updatePage);
    connect(m_advanced, &QCheckBox::toggled, this, &ConnectionFormWidget::updatePage);
    connect(m_browse, &QPushButton::clicked, this, &ConnectionFormWidget::browseForFile);
    connect(m_showPassword, &QPushButton::clicked, this, [this] {
        showPasswordField();
        m_password->setFocus();
    });
    for (QLineEdit *edit :
         {m_host, m_port, m_database, m_user, m_optionFile, m_uriText, m_sqlitePath, m_password})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionFormWidget::edited);
    // An error is about what its field held: editing the field retires it.
    const QList<QPair<QLineEdit *, QLabel *>> fieldErrors = {{m_host, m_hostError},
                                                             {m_port, m_portError},
                                                             {m_uriText, m_uriError},
                                                             {m_sqlitePath, m_sqlitePathError}};
    for (const auto &[edit, error] : fieldErrors)
        connect(edit, &QLineEdit::textEdited, this, [edit, error] { setError(edit, error, {}); });
    connect(m_password, &QLineEdit::textEdited, m_passwordMessage, &QLabel::hide);
    connect(m_sslmode, &QComboBox::currentIndexChanged, this, &ConnectionFormWidget::edited);
    // Another server, another list of databases.
    m_databasePicker = new DatabasePicker(m_database);
    for (QLineEdit *edit : {m_host, m_port, m_user, m_optionFile, m_uriText})
        connect(edit, &QLineEdit::textEdited, m_databasePicker, &DatabasePicker::clear);
    connect(m_kind, &QComboBox::currentIndexChanged, m_databasePicker, &DatabasePicker::clear);
    updatePage();
}

QLabel *ConnectionFormWidget::errorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     FieldNote::color(Severity::Error, palette)); // readable on dark themes too
    label->setPalette(palette);
    label->hide();
    return label;
}

void ConnectionFormWidget::setError(QWidget *field, QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // Screen readers announce the problem together with the field.
    field->setAccessibleDescription(message);
}

void ConnectionFormWidget::clearErrors()
{
    setError(m_host, m_hostError, {});
    setError(m_port, m_portError, {});
    setError(m_uriText, m_uriError, {});
    setError(m_sqlitePath, m_sqlitePathError, {});
}

bool ConnectionFormWidget::isMysql() const
{
    return m_kind->currentData().toString() == u"mysql";
}

void ConnectionFormWidget::updatePage()
{
    const bool sqlite = m_kind->currentData().toString() == u"sqlite";
    const bool mysql = isMysql();
    // The same fields serve both servers; only their defaults and TLS names differ.
    if (m_sslmode->itemText(0) != sslModes(mysql).first()) {
        const QSignalBlocker blocker(m_sslmode);
        m_sslmode->clear();
        m_sslmode->addItems(sslModes(mysql));
    }
    m_sslmode->setAccessibleDescription(mysql ? tr("How the connection uses TLS; verify-identity "
                                                   "checks the server certificate and name")
                                              : tr("How the connection uses TLS; verify-full "
                                                   "checks the server certificate and name"));
    m_port->setPlaceholderText(mysql ? QStringLiteral("3306") : QStringLiteral("5432"));
    m_host->setPlaceholderText(mysql ? tr("db.example.com or /run/mysqld/mysqld.sock")
                                     : tr("db.example.com or /var/run/postgresql"));
    m_uriText->setPlaceholderText(
        mysql ? QStringLiteral("mysql://user@host:3306/db?ssl-mode=required")
              : QStringLiteral("postgresql://user@host:5432/db?sslmode=require"));
    m_fieldsForm->setRowVisible(m_optionFile, mysql);
    m_advanced->setVisible(!sqlite);
    m_pages->setCurrentIndex(sqlite                    ? SqliteFile
                             : m_advanced->isChecked() ? PostgresUri
                                                       : PostgresFields);
    // SQLite files have no password.
    if (sqlite)
        m_passwordRow->hide();
    m_showPassword->setVisible(!sqlite && m_passwordRow->isHidden());
    clearErrors();
    Q_EMIT edited();
}

void ConnectionFormWidget::browseForFile()
{
    const QString start =
        m_sqlitePath->text().isEmpty() ? QString() : QFileInfo(m_sqlitePath->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose an SQLite database"), start,
        tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!file.isEmpty()) {
        m_sqlitePath->setText(file);
        Q_EMIT edited();
    }
}

void ConnectionFormWidget::setUri(const ConnectionUri &uri)
{
    clearErrors();
    setKeychainMessage({});
    m_savePassword->setChecked(false);
    setPassword(uri.option(QStringLiteral("password")));
    if (!uri.hasPassword()) {
        // A new connection starts again from pgpass/service/PGPASSWORD.
        m_passwordRow->hide();
        m_passwordMessage->clear();
    }
    if (uri.dialect() == DialectKind::SQLite) {
        m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("sqlite")));
        m_sqlitePath->setText(uri.sqlitePath());
        updatePage();
        return;
    }
    const bool mysql = uri.dialect() == DialectKind::MySQL;
    m_kind->setCurrentIndex(
        m_kind->findData(mysql ? QStringLiteral("mysql") : QStringLiteral("postgresql")));
    updatePage(); // the SSL modes of this kind
    const QMap<QString, QString> options = uri.options();
    bool fitsFields = !options.isEmpty();
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        fitsFields = fitsFields && fieldOptions(mysql).contains(it.key());
    const QString sslmode = options.value(sslModeKey(mysql), sslModes(mysql).first());
    const QString socket = options.value(QStringLiteral("socket"));
    fitsFields = fitsFields && sslModes(mysql).contains(sslmode) &&
                 !options.value(QStringLiteral("host")).contains(u',') &&
                 (socket.isEmpty() || options.value(QStringLiteral("host"),
                                                    QStringLiteral("localhost")) == u"localhost");
    m_advanced->setChecked(!fitsFields);
    if (fitsFields) {
        // A MySQL socket shows as the host, as the PostgreSQL socket folder does.
        m_host->setText(socket.isEmpty() ? options.value(QStringLiteral("host")) : socket);
        m_port->setText(options.value(QStringLiteral("port")));
        m_database->setText(options.value(QStringLiteral("dbname")));
        m_user->setText(options.value(QStringLiteral("user")));
        m_sslmode->setCurrentIndex(int(sslModes(mysql).indexOf(sslmode)));
        m_optionFile->setText(options.value(QStringLiteral("option-file")));
    } else {
        m_uriText->setText(uri.withoutPassword());
    }
    updatePage();
}

std::optional<ConnectionUri> ConnectionFormWidget::validatedUri()
{
    clearErrors();
    std::optional<ConnectionUri> result;
    const QString kind = m_kind->currentData().toString();
    if (kind == u"sqlite") {
        const QString path = m_sqlitePath->text().trimmed();
        if (path.isEmpty()) {
            setError(m_sqlitePath, m_sqlitePathError, tr("Choose the SQLite database file."));
            return std::nullopt;
        }
        try {
            // Absolute, so a saved profile still works from another working directory.
            const QString absolute =
                path == u":memory:" ? path : QFileInfo(path).absoluteFilePath();
            return ConnectionUri::parse(QStringLiteral("sqlite:") + absolute);
        } catch (const DbError &error) {
            setError(m_sqlitePath, m_sqlitePathError, error.message());
            return std::nullopt;
        }
    }

    if (m_advanced->isChecked()) {
        if (m_uriText->text().trimmed().isEmpty()) {
            setError(m_uriText, m_uriError,
                     isMysql()
                         ? tr("Enter a connection URI such as mysql://user@host:3306/db.")
                         : tr("Enter a connection URI such as postgresql://user@host:5432/db."));
            return std::nullopt;
        }
        try {
            result = ConnectionUri::parse(m_uriText->text());
        } catch (const DbError &error) {
            setError(m_uriText, m_uriError, error.message());
            return std::nullopt;
        }
    } else {
        bool valid = true;
        const QString host = m_host->text().trimmed();
        if (host.isEmpty()) {
            setError(m_host, m_hostError,
                     tr("Enter the server's host name or address (or a socket folder)."));
            valid = false;
        } else if (host.contains(u' ') || host.contains(u',')) {
            setError(
                m_host, m_hostError,
                tr("Enter one host name without spaces; use the advanced URI for several hosts."));
            valid = false;
        }
        const QString port = m_port->text().trimmed();
        if (!port.isEmpty()) {
            bool number = false;
            const int value = port.toInt(&number);
            if (!number || value < 1 || value > 65535) {
                setError(m_port, m_portError, tr("The port must be a number from 1 to 65535."));
                valid = false;
            }
        }
        if (!valid)
            return std::nullopt;
        if (isMysql()) {
            result = mysqlFieldsUri(host, port);
            if (!result)
                return std::nullopt;
        } else {
            QStringList parts{QStringLiteral("host=") + conninfoValue(host)};
            if (!port.isEmpty())
                parts << QStringLiteral("port=") + port;
            if (!m_database->text().trimmed().isEmpty())
                parts << QStringLiteral("dbname=") + conninfoValue(m_database->text().trimmed());
            if (!m_user->text().trimmed().isEmpty())
                parts << QStringLiteral("user=") + conninfoValue(m_user->text().trimmed());
            if (m_sslmode->currentText() != u"prefer")
                parts << QStringLiteral("sslmode=") + m_sslmode->currentText();
            try {
                result = ConnectionUri::parse(parts.join(u' '));
            } catch (const DbError &error) {
                setError(m_host, m_hostError, error.message());
                return std::nullopt;
            }
        }
    }
    if (!m_password->text().isEmpty())
        result = result->withPassword(m_password->text());
    return result;
}

std::optional<ConnectionUri> ConnectionFormWidget::mysqlFieldsUri(const QString &host,
                                                                  const QString &port)
{
    QMap<QString, QString> options;
    // A path is the server's Unix socket, as the mariadb client's --socket.
    if (host.startsWith(u'/')) {
        options.insert(QStringLiteral("host"), QStringLiteral("localhost"));
        options.insert(QStringLiteral("socket"), host);
    } else {
        options.insert(QStringLiteral("host"), host);
    }
    if (!port.isEmpty())
        options.insert(QStringLiteral("port"), port);
    const QString database = m_database->text().trimmed();
    if (!database.isEmpty())
        options.insert(QStringLiteral("dbname"), database);
    const QString user = m_user->text().trimmed();
    if (!user.isEmpty())
        options.insert(QStringLiteral("user"), user);
    if (m_sslmode->currentIndex() > 0)
        options.insert(QStringLiteral("ssl-mode"), m_sslmode->currentText());
    const QString optionFile = m_optionFile->text().trimmed();
    if (!optionFile.isEmpty())
        options.insert(QStringLiteral("option-file"), optionFile.startsWith(QStringLiteral("~/"))
                                                          ? QDir::homePath() + optionFile.mid(1)
                                                          : optionFile);
    try {
        return ConnectionUri::fromMysqlOptions(options);
    } catch (const DbError &error) {
        setError(m_host, m_hostError, error.message());
        return std::nullopt;
    }
}

QString ConnectionFormWidget::password() const
{
    return m_password->text();
}

void ConnectionFormWidget::setPassword(const QString &password)
{
    m_password->setText(password);
    if (!password.isEmpty())
        showPasswordField();
}

bool ConnectionFormWidget::isPasswordVisible() const
{
    return !m_passwordRow->isHidden();
}

void ConnectionFormWidget::showPasswordField(const QString &reason)
{
    m_passwordMessage->setText(reason);
    m_passwordMessage->setVisible(!reason.isEmpty());
    m_password->setAccessibleDescription(reason);
    m_passwordRow->show();
    m_showPassword->hide();
}

bool ConnectionFormWidget::savePasswordInKeychain() const
{
    return isPasswordVisible() && m_savePassword->isChecked();
}

void ConnectionFormWidget::setSavePasswordInKeychain(bool save)
{
    m_savePassword->setChecked(save);
}

void ConnectionFormWidget::setKeychainMessage(const QString &message)
{
    setError(m_savePassword, m_keychainMessage, message);
}

QWidget *ConnectionFormWidget::firstField() const
{
    return m_kind;
}

QWidget *ConnectionFormWidget::lastField() const
{
    return m_savePassword;
}
