// ConnectionDialog offscreen: real connections to the development PostgreSQL server and real
// SQLite files, typed and clicked with QTest, profiles in a real LocalStore file.

#include "connectiondialog.h"
#include "db/dberror.h"
#include "db/sessioncontroller.h"
#include "store/localstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int ConnectTimeoutMs = 20000;
const QString RoleName = QStringLiteral("cp_connect_dialog_role");
const QString RolePassword = QStringLiteral("Right-Pw-4711");

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void typeInto(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

void chooseKind(QWidget *dialog, const QString &label)
{
    auto *kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findText(label));
    QCOMPARE(kind->currentText(), label);
}

// Fills the PostgreSQL fields from a libpq URI, as a user would type them.
void fillPostgres(QWidget *dialog, const ConnectionUri &uri, const QString &user = {})
{
    chooseKind(dialog, QStringLiteral("PostgreSQL"));
    child<QCheckBox>(dialog, "advanced")->setChecked(false);
    typeInto(dialog, "host", uri.option(QStringLiteral("host")));
    typeInto(dialog, "port", uri.option(QStringLiteral("port")));
    typeInto(dialog, "database", uri.option(QStringLiteral("dbname")));
    typeInto(dialog, "user", user.isEmpty() ? uri.option(QStringLiteral("user")) : user);
}

void clickTest(QWidget *dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "testConnection"), Qt::LeftButton);
}

QString resultText(QWidget *dialog)
{
    return child<QLabel>(dialog, "testResult")->text();
}

void clickProfile(QWidget *dialog, const QString &name)
{
    auto *list = child<QListWidget>(dialog, "profiles");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == name) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(list->item(row)).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no profile %1 in the list").arg(name)));
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void testsTheDevelopmentServer();
    void wrongPasswordRevealsPasswordField();
    void sqliteFileThatIsNotADatabase();
    void validationErrorsBesideFields_data();
    void validationErrorsBesideFields();
    void selectingProfileFillsForm();
    void savingProfileStoresNoPassword();
    void keychainOptionNeverFallsBackToAFile();
    void deletingProfile();
    void hangingServerNeverBlocksTheDialog();
    void tabOrderFollowsTheForm();

private:
    LocalStore m_store;
    QString m_storePath;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_storePath = testsupport::tempPath(QStringLiteral("dialog-store.sqlite"));
    QFile::remove(m_storePath);
    m_store.open(m_storePath);
}

void TestConnectionDialog::cleanupTestCase()
{
    if (!testsupport::postgresUri().isEmpty())
        testsupport::execute(testsupport::postgresUri(),
                             QStringLiteral("DROP ROLE IF EXISTS %1").arg(RoleName));
}

void TestConnectionDialog::init()
{
    for (const ConnectionProfile &profile : m_store.profiles())
        m_store.removeProfile(profile.name);
}

void TestConnectionDialog::testsTheDevelopmentServer()
{
    REQUIRE_POSTGRES(uri);
    ConnectionDialog dialog(&m_store);
    dialog.show();
    fillPostgres(&dialog, ConnectionUri::parse(uri));
    QVERIFY(!child<QLineEdit>(&dialog, "password")->isVisible());

    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    clickTest(&dialog);
    // The click returned at once; the connection is made by the worker while we keep running.
    QVERIFY(dialog.isTesting());
    QTRY_VERIFY_WITH_TIMEOUT(
        resultText(&dialog).startsWith(QStringLiteral("Connected: PostgreSQL 15")),
        ConnectTimeoutMs);
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY(!dialog.isTesting());
    // Credentials came from ~/.pgpass: the password field stayed hidden.
    QVERIFY(!child<QLineEdit>(&dialog, "password")->isVisible());
}

void TestConnectionDialog::wrongPasswordRevealsPasswordField()
{
    REQUIRE_POSTGRES(uri);
    testsupport::execute(uri, QStringLiteral("DROP ROLE IF EXISTS %1").arg(RoleName));
    testsupport::execute(
        uri, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(RoleName, RolePassword));

    ConnectionDialog dialog(&m_store);
    dialog.show();
    fillPostgres(&dialog, ConnectionUri::parse(uri), RoleName);
    auto *password = child<QLineEdit>(&dialog, "password");
    auto *message = child<QLabel>(&dialog, "passwordMessage");
    QVERIFY(!password->isVisible());

    // No password anywhere for this role: the server's answer brings up the password field.
    clickTest(&dialog);
    QTRY_VERIFY_WITH_TIMEOUT(password->isVisible(), ConnectTimeoutMs);
    QVERIFY2(message->isVisible() && message->text().contains(QStringLiteral("password")),
             qPrintable(message->text()));
    QVERIFY(!resultText(&dialog).isEmpty());

    // A wrong password: the server's message, field still there.
    QTest::keyClicks(password, QStringLiteral("wrong-one"));
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    clickTest(&dialog);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, ConnectTimeoutMs);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(message->text().contains(QStringLiteral("password authentication failed")),
             qPrintable(message->text()));
    QVERIFY(!resultText(&dialog).contains(QStringLiteral("wrong-one")));

    // The right one connects.
    password->clear();
    QTest::keyClicks(password, RolePassword);
    clickTest(&dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        resultText(&dialog).startsWith(QStringLiteral("Connected: PostgreSQL")), ConnectTimeoutMs);
}

void TestConnectionDialog::sqliteFileThatIsNotADatabase()
{
    const QString path = testsupport::tempPath(QStringLiteral("notes.db"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("shopping list: milk, eggs\n").repeated(100));
    }
    ConnectionDialog dialog(&m_store);
    dialog.show();
    chooseKind(&dialog, QStringLiteral("SQLite file"));
    QVERIFY(child<QLineEdit>(&dialog, "sqlitePath")->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, "host")->isVisible());
    typeInto(&dialog, "sqlitePath", path);
    clickTest(&dialog);
    QTRY_VERIFY_WITH_TIMEOUT(resultText(&dialog).contains(QStringLiteral("not an SQLite database")),
                             ConnectTimeoutMs);
    QVERIFY(resultText(&dialog).contains(path));
    QVERIFY(!child<QLineEdit>(&dialog, "password")->isVisible());

    // A real database file opens.
    const QString real = testsupport::tempPath(QStringLiteral("real.db"));
    QFile::remove(real);
    LocalStore makesAFile;
    makesAFile.open(real);
    makesAFile.close();
    typeInto(&dialog, "sqlitePath", real);
    clickTest(&dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        resultText(&dialog).startsWith(QStringLiteral("The file opened: SQLite 3")),
        ConnectTimeoutMs);
}

void TestConnectionDialog::validationErrorsBesideFields_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty host") << ""
                                << "5432"
                                << "hostError"
                                << "host name";
    QTest::newRow("port too big") << "db1"
                                  << "99999"
                                  << "portError"
                                  << "1 to 65535";
    QTest::newRow("port not a number") << "db1"
                                       << "54x"
                                       << "portError"
                                       << "1 to 65535";
    QTest::newRow("host with spaces") << "db 1"
                                      << ""
                                      << "hostError"
                                      << "without spaces";
}

void TestConnectionDialog::validationErrorsBesideFields()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, errorLabel);
    QFETCH(QString, mentions);
    ConnectionDialog dialog(&m_store);
    dialog.show();
    chooseKind(&dialog, QStringLiteral("PostgreSQL"));
    typeInto(&dialog, "host", host);
    typeInto(&dialog, "port", port);
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    QVERIFY(!dialog.isTesting());
    auto *label = dialog.findChild<QLabel *>(errorLabel);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(mentions), qPrintable(label->text()));

    // OK refuses too and the dialog stays open.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // Fixing the fields clears the errors.
    typeInto(&dialog, "host", QStringLiteral("db1"));
    typeInto(&dialog, "port", QStringLiteral("5433"));
    dialog.accept();
    QVERIFY(!label->isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.selectedUri().display(), QStringLiteral("db1:5433"));

    // The advanced URI field reports libpq's own complaint beside itself.
    ConnectionDialog advanced(&m_store);
    advanced.show();
    child<QCheckBox>(&advanced, "advanced")->setChecked(true);
    typeInto(&advanced, "uriText", QStringLiteral("hots=db1 dbname=x"));
    advanced.accept();
    QVERIFY(child<QLabel>(&advanced, "uriError")->isVisible());
    QVERIFY(child<QLabel>(&advanced, "uriError")
                ->text()
                .contains(QStringLiteral("malformed connection string")));
    QVERIFY(advanced.isVisible());
}

void TestConnectionDialog::selectingProfileFillsForm()
{
    m_store.saveProfile(QStringLiteral("cp_connect_shop"),
                        QStringLiteral("postgresql://alice@db1:5433/shop?sslmode=require"), true);
    m_store.saveProfile(
        QStringLiteral("cp_connect_tuned"),
        QStringLiteral("host=db2 dbname=billing connect_timeout=5 application_name=cp"), false);
    m_store.saveProfile(QStringLiteral("cp_connect_file"),
                        QStringLiteral("sqlite:/tmp/cp_connect.db"), false);

    ConnectionDialog dialog(&m_store);
    dialog.show();
    QCOMPARE(child<QListWidget>(&dialog, "profiles")->count(), 3);

    clickProfile(&dialog, QStringLiteral("cp_connect_shop"));
    QCOMPARE(child<QComboBox>(&dialog, "kind")->currentText(), QStringLiteral("PostgreSQL"));
    QVERIFY(!child<QCheckBox>(&dialog, "advanced")->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, "host")->text(), QStringLiteral("db1"));
    QCOMPARE(child<QLineEdit>(&dialog, "port")->text(), QStringLiteral("5433"));
    QCOMPARE(child<QLineEdit>(&dialog, "database")->text(), QStringLiteral("shop"));
    QCOMPARE(child<QLineEdit>(&dialog, "user")->text(), QStringLiteral("alice"));
    QCOMPARE(child<QComboBox>(&dialog, "sslmode")->currentText(), QStringLiteral("require"));
    QVERIFY(child<QCheckBox>(&dialog, "production")->isChecked());
    QVERIFY(child<QGroupBox>(&dialog, "saveAsProfile")->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, "profileName")->text(), QStringLiteral("cp_connect_shop"));
    QVERIFY(child<QPushButton>(&dialog, "deleteProfile")->isEnabled());

    // Options the fields cannot show keep the whole string in the advanced field.
    clickProfile(&dialog, QStringLiteral("cp_connect_tuned"));
    QVERIFY(child<QCheckBox>(&dialog, "advanced")->isChecked());
    QVERIFY(child<QLineEdit>(&dialog, "uriText")->isVisible());
    QVERIFY(child<QLineEdit>(&dialog, "uriText")
                ->text()
                .contains(QStringLiteral("connect_timeout='5'")));
    QVERIFY(!child<QCheckBox>(&dialog, "production")->isChecked());

    clickProfile(&dialog, QStringLiteral("cp_connect_file"));
    QCOMPARE(child<QComboBox>(&dialog, "kind")->currentText(), QStringLiteral("SQLite file"));
    QCOMPARE(child<QLineEdit>(&dialog, "sqlitePath")->text(), QStringLiteral("/tmp/cp_connect.db"));

    // OK with a selected profile hands it back and records its use.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.profileName(), QStringLiteral("cp_connect_file"));
    QCOMPARE(dialog.selectedUri().sqlitePath(), QStringLiteral("/tmp/cp_connect.db"));
    QVERIFY(m_store.profile(QStringLiteral("cp_connect_file"))->lastUsedAt.isValid());
}

void TestConnectionDialog::savingProfileStoresNoPassword()
{
    const QString secret = QStringLiteral("Typed-Secret-9981");
    ConnectionDialog dialog(&m_store);
    dialog.show();
    fillPostgres(&dialog, ConnectionUri::parse(QStringLiteral("postgresql://bob@db7:6543/sales")));
    child<QComboBox>(&dialog, "sslmode")->setCurrentText(QStringLiteral("verify-full"));
    QTest::mouseClick(child<QPushButton>(&dialog, "showPassword"), Qt::LeftButton);
    auto *password = child<QLineEdit>(&dialog, "password");
    QVERIFY(password->isVisible());
    QTest::keyClicks(password, secret);
    child<QGroupBox>(&dialog, "saveAsProfile")->setChecked(true);
    typeInto(&dialog, "profileName", QStringLiteral("cp_connect_sales"));
    QTest::mouseClick(child<QCheckBox>(&dialog, "production"), Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.profileName(), QStringLiteral("cp_connect_sales"));
    QVERIFY(dialog.isProduction());
    // The password travels in memory to the caller...
    QCOMPARE(dialog.selectedUri().option(QStringLiteral("password")), secret);
    QCOMPARE(dialog.selectedUri().option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));

    // ...and never into the store.
    const auto saved = m_store.profile(QStringLiteral("cp_connect_sales"));
    QVERIFY(saved.has_value());
    QVERIFY(saved->production);
    QVERIFY(!saved->uri.contains(secret));
    QCOMPARE(ConnectionUri::parse(saved->uri).display(), QStringLiteral("bob@db7:6543/sales"));
    QVERIFY(!readBytes(m_storePath).contains(secret.toUtf8()));
}

void TestConnectionDialog::keychainOptionNeverFallsBackToAFile()
{
    const QString secret = QStringLiteral("Keychain-Secret-5150");
    ConnectionDialog dialog(&m_store);
    dialog.show();
    fillPostgres(&dialog, ConnectionUri::parse(QStringLiteral("postgresql://carol@db8/crm")));
    QTest::mouseClick(child<QPushButton>(&dialog, "showPassword"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&dialog, "password"), secret);
    QTest::mouseClick(child<QCheckBox>(&dialog, "savePassword"), Qt::LeftButton);
    child<QGroupBox>(&dialog, "saveAsProfile")->setChecked(true);
    typeInto(&dialog, "profileName", QStringLiteral("cp_connect_crm"));
    dialog.accept();

    auto *message = child<QLabel>(&dialog, "keychainMessage");
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted || message->isVisible(), 40000);
    QVERIFY(m_store.profile(QStringLiteral("cp_connect_crm")).has_value());
    QVERIFY(!readBytes(m_storePath).contains(secret.toUtf8()));
    if (dialog.result() == QDialog::Accepted)
        return; // this machine has a keychain, and the password went there

    // No keychain: a clear line beside the option, the dialog stays open, and the user can go on
    // without saving the password.
    qInfo("%s", qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("keychain")));
    QVERIFY(dialog.isVisible());
    QVERIFY(!child<QCheckBox>(&dialog, "savePassword")->isChecked());
    QVERIFY(child<QPushButton>(&dialog, "testConnection")->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.selectedUri().option(QStringLiteral("password")), secret);
}

void TestConnectionDialog::deletingProfile()
{
    m_store.saveProfile(QStringLiteral("cp_connect_old"), QStringLiteral("host=old dbname=x"),
                        false);
    m_store.saveProfile(QStringLiteral("cp_connect_keep"), QStringLiteral("host=keep dbname=x"),
                        false);
    ConnectionDialog dialog(&m_store);
    dialog.show();
    auto *remove = child<QPushButton>(&dialog, "deleteProfile");
    QVERIFY(!remove->isEnabled());
    clickProfile(&dialog, QStringLiteral("cp_connect_old"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!m_store.profile(QStringLiteral("cp_connect_old")).has_value());
    QVERIFY(m_store.profile(QStringLiteral("cp_connect_keep")).has_value());
    QCOMPARE(child<QListWidget>(&dialog, "profiles")->count(), 1);
    QVERIFY(resultText(&dialog).contains(QStringLiteral("cp_connect_old")));
}

void TestConnectionDialog::hangingServerNeverBlocksTheDialog()
{
    // A listening socket nobody reads: the kernel completes the TCP handshake, libpq sends its
    // startup packet and waits for an answer that never comes.
    const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(silent >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(silent, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(silent, 4), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(silent, reinterpret_cast<sockaddr *>(&address), &length), 0);
    const int port = ntohs(address.sin_port);

    auto *dialog = new ConnectionDialog(&m_store);
    dialog->show();
    fillPostgres(dialog, ConnectionUri::parse(
                             QStringLiteral("postgresql://nobody@127.0.0.1:%1/x").arg(port)));
    clickTest(dialog);
    // The attempt reached the server: its connection waits in the listening socket's queue.
    const auto connectionQueued = [silent] {
        pollfd waiting{silent, POLLIN, 0};
        return ::poll(&waiting, 1, 0) == 1;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(connectionQueued(), "the connection test did not reach the server",
                              30000);
    QVERIFY(dialog->isTesting());
    // The GUI keeps working meanwhile.
    QTest::keyClicks(child<QLineEdit>(dialog, "database"), QStringLiteral("yz"));
    QCOMPARE(child<QLineEdit>(dialog, "database")->text(), QStringLiteral("xyz"));

    // Closing the dialog does not wait for the hanging connect.
    QElapsedTimer timer;
    timer.start();
    delete dialog;
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

    // When the server finally goes away, the orphaned connection attempt cleans itself up.
    QVERIFY(!qApp->findChildren<SessionController *>().isEmpty());
    ::close(silent); // resets the waiting connection
    QTRY_VERIFY_WITH_TIMEOUT(qApp->findChildren<SessionController *>().isEmpty(), ConnectTimeoutMs);
}

void TestConnectionDialog::tabOrderFollowsTheForm()
{
    ConnectionDialog dialog(&m_store);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    chooseKind(&dialog, QStringLiteral("PostgreSQL"));
    auto *kind = child<QComboBox>(&dialog, "kind");
    kind->setFocus();
    QTRY_VERIFY(kind->hasFocus());
    const QStringList expected = {"host",    "port",     "database",     "user",
                                  "sslmode", "advanced", "showPassword", "production"};
    for (const QString &name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), name);
    }
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
