#include "connectiondialog.h"

#include "busyindicator.h"
#include "connectionformwidget.h"
#include "databasepicker.h"
#include "db/dberror.h"
#include "db/sessioncontroller.h"
#include "designer/fieldnote.h"
#include "store/keychainsecrets.h"
#include "store/localstore.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

void paintAsError(QLabel *label, bool error)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        palette.setColor(QPalette::WindowText, FieldNote::color(Severity::Error, palette));
    label->setPalette(palette);
}

} // namespace

ConnectionDialog::ConnectionDialog(LocalStore *store, KeychainSecrets *secrets, QWidget *parent)
    : QDialog(parent), m_store(store && store->isOpen() ? store : nullptr),
      m_secrets(secrets ? secrets : new KeychainSecrets(this))
{
    setWindowTitle(tr("Connect to a database"));
    setObjectName(QStringLiteral("connectionDialog"));

    QVBoxLayout *profilesColumn = buildProfilesColumn();
    QVBoxLayout *formColumn = buildFormColumn();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *columns = new QHBoxLayout;
    columns->addLayout(profilesColumn);
    columns->addLayout(formColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    setTabOrders();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_profiles, &QListWidget::itemSelectionChanged, this,
            &ConnectionDialog::onProfileSelected);
    connect(m_deleteProfile, &QPushButton::clicked, this, &ConnectionDialog::deleteSelectedProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    // The last test's answer was about the connection as it was: an edit retires it.
    connect(m_form, &ConnectionFormWidget::edited, this, [this] {
        m_form->setKeychainMessage({});
        setResult({}, false);
    });
    connect(m_profileNameEdit, &QLineEdit::textEdited, this,
            [this] { m_profileNameError->hide(); });

    connectKeychain();

    if (m_store) {
        reloadProfiles();
    } else {
        m_profiles->setEnabled(false);
        m_saveGroup->setEnabled(false);
        m_storeMessage->setText(
            tr("Saved profiles are unavailable because the local store could not be opened."));
    }
    m_storeMessage->setVisible(!m_storeMessage->text().isEmpty());
    m_form->firstField()->setFocus();
}

// Left: saved profiles, and why there are none when the local store is closed.
QVBoxLayout *ConnectionDialog::buildProfilesColumn()
{
    auto *profilesColumn = new QVBoxLayout;
    auto *profilesLabel = new QLabel(tr("Saved pr&ofiles:"), this);
    m_profiles = new QListWidget(this);
    m_profiles->setObjectName(QStringLiteral("profiles"));
    m_profiles->setAccessibleDescription(
        tr("Saved connections, most recently used first; choosing one fills the form"));
    m_profiles->setAccessibleName(tr("Saved connection profiles"));
    m_profiles->setMinimumWidth(180);
    profilesLabel->setBuddy(m_profiles);
    m_deleteProfile = new QPushButton(tr("De&lete profile"), this);
    m_deleteProfile->setObjectName(QStringLiteral("deleteProfile"));
    m_deleteProfile->setAccessibleDescription(
        tr("Removes the selected profile and its saved password"));
    m_deleteProfile->setAccessibleName(tr("Delete the selected profile"));
    m_deleteProfile->setEnabled(false);
    m_storeMessage = new QLabel(this);
    m_storeMessage->setObjectName(QStringLiteral("storeMessage"));
    m_storeMessage->setWordWrap(true);
    profilesColumn->addWidget(profilesLabel);
    profilesColumn->addWidget(m_profiles, 1);
    profilesColumn->addWidget(m_deleteProfile);
    profilesColumn->addWidget(m_storeMessage);

    return profilesColumn;
}

// Right: the form, the production mark, saving as a profile, testing.
QVBoxLayout *ConnectionDialog::buildFormColumn()
{
    auto *formColumn = new QVBoxLayout;
    m_form = new ConnectionFormWidget(this);
    formColumn->addWidget(m_form);

    m_production = new QCheckBox(tr("This is a p&roduction server"), this);
    m_production->setObjectName(QStringLiteral("production"));
    m_production->setAccessibleName(tr("This is a production server"));
    m_production->setToolTip(tr("Changes to production servers ask for an extra confirmation."));
    formColumn->addWidget(m_production);

    m_saveGroup = new QGroupBox(tr("&Save as profile"), this);
    m_saveGroup->setObjectName(QStringLiteral("saveAsProfile"));
    m_saveGroup->setAccessibleName(tr("Save as profile"));
    m_saveGroup->setCheckable(true);
    m_saveGroup->setChecked(false);
    auto *saveLayout = new QVBoxLayout(m_saveGroup);
    auto *nameRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), m_saveGroup);
    m_profileNameEdit = new QLineEdit(m_saveGroup);
    m_profileNameEdit->setObjectName(QStringLiteral("profileName"));
    m_profileNameEdit->setAccessibleName(tr("Profile name"));
    m_profileNameEdit->setPlaceholderText(tr("e.g. shop production"));
    nameLabel->setBuddy(m_profileNameEdit);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_profileNameEdit, 1);
    saveLayout->addLayout(nameRow);
    m_profileNameError = new QLabel(m_saveGroup);
    m_profileNameError->setObjectName(QStringLiteral("profileNameError"));
    paintAsError(m_profileNameError, true);
    m_profileNameError->hide();
    saveLayout->addWidget(m_profileNameError);
    auto *saveNote =
        new QLabel(tr("Passwords are never saved in profiles; tick the keychain option to keep one "
                      "in the system keychain."),
                   m_saveGroup);
    saveNote->setWordWrap(true);
    saveLayout->addWidget(saveNote);
    formColumn->addWidget(m_saveGroup);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAccessibleDescription(
        tr("Opens and closes a connection with these settings, without leaving the dialog"));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setAutoDefault(false);
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    testRow->addWidget(m_test);
    testRow->addWidget(m_busy, 1);
    formColumn->addLayout(testRow);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The message wraps to the column's width, never widens the dialog; the dialog grows taller
    // for it instead (growToFit).
    m_result->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    formColumn->addWidget(m_result);
    formColumn->addStretch(1);

    return formColumn;
}

void ConnectionDialog::setTabOrders()
{
    setTabOrder(m_profiles, m_deleteProfile);
    setTabOrder(m_deleteProfile, m_form->firstField());
    setTabOrder(m_form->lastField(), m_production);
    setTabOrder(m_production, m_saveGroup);
    setTabOrder(m_saveGroup, m_profileNameEdit);
    setTabOrder(m_profileNameEdit, m_test);
    setTabOrder(m_test, m_buttons->button(QDialogButtonBox::Ok));
    setTabOrder(m_buttons->button(QDialogButtonBox::Ok),
                m_buttons->button(QDialogButtonBox::Cancel));
}

// Passwords come from and go to the keychain asynchronously, each answer matched to its request.
void ConnectionDialog::connectKeychain()
{
    connect(m_secrets, &KeychainSecrets::passwordRead, this,
            [this](quint64 id, const QString &profile, const QString &password) {
                if (id != m_keychainReadRequest || profile != selectedProfileName())
                    return;
                m_keychainProfile = profile;
                m_form->setPassword(password);
                m_form->setSavePasswordInKeychain(true);
            });
    connect(m_secrets, &KeychainSecrets::passwordWritten, this,
            [this](quint64 id, const QString &) {
                if (id == m_keychainAcceptRequest)
                    finishAccept();
            });
    connect(m_secrets, &KeychainSecrets::passwordDeleted, this,
            [this](quint64 id, const QString &) {
                if (id == m_keychainAcceptRequest)
                    finishAccept();
            });
    connect(
        m_secrets, &KeychainSecrets::failed, this,
        [this](quint64 id, const QString &, const QString &message,
               KeychainSecrets::Failure failure) {
            if (id == m_keychainReadRequest && failure != KeychainSecrets::Failure::NotFound) {
                // Shown beside the keychain option, i.e. only once a password is wanted.
                m_form->setKeychainMessage(message);
            } else if (id == m_keychainAcceptRequest) {
                m_keychainAcceptRequest = 0;
                setWaitingForKeychain(false);
                m_form->setSavePasswordInKeychain(false);
                m_form->setKeychainMessage(message);
                setResult(
                    tr("The profile was saved without its password and the keychain option is now "
                       "off; press Connect again to go on without saving it."),
                    true);
            }
        });
}

ConnectionDialog::~ConnectionDialog()
{
    retireController();
}

bool ConnectionDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFit();
    return handled;
}

void ConnectionDialog::growToFit()
{
    // A message that wraps over several lines gets its room from the dialog growing, not from
    // the fields above it shrinking or the text being cut.
    QLayout *top = layout();
    if (!top || !isVisible())
        return;
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width())
                                                : top->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ConnectionDialog::setUri(const ConnectionUri &uri)
{
    m_form->setUri(uri);
}

bool ConnectionDialog::isTesting() const
{
    return m_controller && m_controller->isBusy();
}

QString ConnectionDialog::selectedProfileName() const
{
    const QList<QListWidgetItem *> items = m_profiles->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void ConnectionDialog::reloadProfiles(const QString &select)
{
    if (!m_store)
        return;
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    try {
        for (const ConnectionProfile &profile : m_store->profiles()) {
            QString label = profile.name;
            if (profile.production)
                label += tr(" (production)");
            auto *item = new QListWidgetItem(label, m_profiles);
            item->setData(Qt::UserRole, profile.name);
            try {
                item->setToolTip(ConnectionUri::parse(profile.uri).display());
            } catch (const DbError &) {
                item->setToolTip(
                    tr("This profile's connection string cannot be read; select it to fix it."));
            }
            if (profile.name == select)
                item->setSelected(true);
        }
        m_storeMessage->clear();
    } catch (const DbError &error) {
        m_storeMessage->setText(error.message());
    }
    m_storeMessage->setVisible(!m_storeMessage->text().isEmpty());
    m_deleteProfile->setEnabled(!selectedProfileName().isEmpty());
}

void ConnectionDialog::onProfileSelected()
{
    const QString name = selectedProfileName();
    m_deleteProfile->setEnabled(!name.isEmpty());
    m_keychainProfile.clear();
    m_keychainReadRequest = 0;
    if (name.isEmpty() || !m_store)
        return;
    try {
        const std::optional<ConnectionProfile> profile = m_store->profile(name);
        if (!profile)
            return;
        m_saveGroup->setChecked(true);
        m_profileNameEdit->setText(profile->name);
        m_profileNameError->hide();
        m_production->setChecked(profile->production);
        setResult({}, false);
        m_form->setUri(ConnectionUri::parse(profile->uri));
        m_keychainReadRequest = m_secrets->readPassword(name);
    } catch (const DbError &error) {
        setResult(error.message(), true);
    }
}

void ConnectionDialog::deleteSelectedProfile()
{
    const QString name = selectedProfileName();
    if (name.isEmpty() || !m_store)
        return;
    try {
        m_store->removeProfile(name);
    } catch (const DbError &error) {
        setResult(error.message(), true);
        return;
    }
    // Its keychain entry goes too; "not found" and "no keychain" both mean nothing is left.
    m_secrets->deletePassword(name);
    m_saveGroup->setChecked(false);
    m_profileNameEdit->clear();
    reloadProfiles();
    m_deleteProfile->setEnabled(false);
    setResult(tr("Profile \"%1\" deleted.").arg(name), false);
}

void ConnectionDialog::testConnection()
{
    const std::optional<ConnectionUri> uri = m_form->validatedUri();
    if (!uri) {
        setResult(tr("Fix the highlighted fields first."), true);
        return;
    }
    retireController();
    m_controller = new SessionController(*uri, this);
    SessionController *controller = m_controller;
    connect(controller, &SessionController::opened, this,
            [this, controller](quint64 id, const QString &version) {
                if (controller == m_controller)
                    onTestOpened(id, version);
            });
    connect(controller, &SessionController::failed, this,
            [this, controller](quint64 id, const QString &message, int kind) {
                if (controller == m_controller)
                    onTestFailed(id, message, kind);
            });
    setResult({}, false);
    m_busy->setBusy(true, tr("Connecting to %1…").arg(uri->display()));
    m_testRequest = controller->open();
}

void ConnectionDialog::onTestOpened(quint64 requestId, const QString &serverVersion)
{
    if (requestId != m_testRequest)
        return;
    m_busy->setBusy(false);
    const DialectKind dialect = m_controller->uri().dialect();
    setResult(dialect == DialectKind::SQLite ? tr("The file opened: SQLite %1.").arg(serverVersion)
              : dialect == DialectKind::MySQL
                  ? tr("Connected: %1.").arg(serverVersion) // "MariaDB 10.11.6"
                  : tr("Connected: PostgreSQL %1.").arg(serverVersion),
              false);
    m_form->databasePicker()->fill(m_controller->uri());
    retireController(); // a test holds no connection open
    Q_EMIT testFinished(true, serverVersion);
}

void ConnectionDialog::onTestFailed(quint64 requestId, const QString &message, int kind)
{
    if (requestId != m_testRequest)
        return;
    m_busy->setBusy(false);
    const QString line = singleLine(message);
    if (kind == int(DbError::Kind::Authentication)) {
        m_form->showPasswordField(line);
        if (QWidget *password = m_form->findChild<QLineEdit *>(QStringLiteral("password")))
            password->setFocus();
    }
    setResult(line, true);
    // The server answered: it can say which databases there are.
    if (kind == int(DbError::Kind::MissingDatabase)) {
        connect(
            m_form->databasePicker(), &DatabasePicker::filled, this,
            [this, line](int count) {
                if (count > 0 && m_result->text() == line)
                    setResult(line + u' ' +
                                  tr("Pick one of the server's %n database(s) from the list of "
                                     "the Database field.",
                                     nullptr, count),
                              true);
            },
            Qt::SingleShotConnection);
        m_form->databasePicker()->fill(m_controller->uri());
    }
    retireController();
    Q_EMIT testFinished(false, line);
}

void ConnectionDialog::retireController()
{
    SessionController *controller = m_controller;
    m_controller = nullptr;
    m_busy->setBusy(false);
    if (!controller)
        return;
    disconnect(controller, nullptr, this, nullptr);
    if (!controller->isBusy()) {
        controller->deleteLater();
        return;
    }
    // Still connecting: its destructor would wait for libpq, so it outlives us until it answers.
    controller->cancel();
    controller->setParent(QCoreApplication::instance());
    connect(controller, &SessionController::busyChanged, controller, [controller](bool busy) {
        if (!busy)
            controller->deleteLater();
    });
}

void ConnectionDialog::setResult(const QString &text, bool error)
{
    m_result->setText(text);
    paintAsError(m_result, error);
    m_result->setAccessibleDescription(text);
}

void ConnectionDialog::setWaitingForKeychain(bool waiting)
{
    m_busy->setBusy(waiting,
                    waiting ? tr("Saving the password in the system keychain…") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!waiting);
}

void ConnectionDialog::accept()
{
    if (m_keychainAcceptRequest)
        return; // already waiting for the keychain
    const std::optional<ConnectionUri> uri = m_form->validatedUri();
    if (!uri) {
        setResult(tr("Fix the highlighted fields first."), true);
        return;
    }
    m_pendingUri = *uri;
    m_isProduction = m_production->isChecked();
    m_profileName.clear();
    if (!m_store || !m_saveGroup->isChecked()) {
        finishAccept();
        return;
    }

    const QString name = m_profileNameEdit->text().trimmed();
    if (name.isEmpty()) {
        m_profileNameError->setText(
            tr("Enter a name for the profile, or untick \"Save as profile\"."));
        m_profileNameError->show();
        m_profileNameEdit->setFocus();
        return;
    }
    try {
        m_store->saveProfile(name, uri->withoutPassword(), m_isProduction);
        m_store->markProfileUsed(name);
    } catch (const DbError &error) {
        setResult(error.message(), true);
        return;
    }
    m_profileName = name;
    reloadProfiles(name);

    const QString password = m_form->password();
    if (m_form->savePasswordInKeychain() && !password.isEmpty()) {
        setWaitingForKeychain(true);
        m_keychainAcceptRequest = m_secrets->writePassword(name, password);
    } else if (m_keychainProfile == name && !m_form->savePasswordInKeychain()) {
        // The user unticked the option for a password that the keychain holds: forget it there.
        setWaitingForKeychain(true);
        m_keychainAcceptRequest = m_secrets->deletePassword(name);
    } else {
        finishAccept();
    }
}

void ConnectionDialog::finishAccept()
{
    m_keychainAcceptRequest = 0;
    setWaitingForKeychain(false);
    m_selectedUri = m_pendingUri;
    QDialog::accept();
}
