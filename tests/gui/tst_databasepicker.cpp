// The connection dialog's database picker against the development PostgreSQL server: once a
// test connection answers, the server's databases fill the Database field's list (read in a
// worker, the dialog never waits), also when the typed database does not exist; picking one
// fills the field; another host forgets the list.

#include "connectiondialog.h"
#include "databasepicker.h"
#include "db/dberror.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

void typeInto(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

void fillPostgres(QWidget *dialog, const ConnectionUri &uri, const QString &database)
{
    auto *kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findText(QStringLiteral("PostgreSQL")));
    child<QCheckBox>(dialog, "advanced")->setChecked(false);
    typeInto(dialog, "host", uri.option(QStringLiteral("host")));
    typeInto(dialog, "port", uri.option(QStringLiteral("port")));
    typeInto(dialog, "database", database);
    typeInto(dialog, "user", uri.option(QStringLiteral("user")));
}

} // namespace

class TestDatabasePicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsTheServersDatabases();
    void missingDatabaseStillFillsTheList();

private:
    QString m_scratch;
};

void TestDatabasePicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_POSTGRES(uri);
    m_scratch = testsupport::createScratchDatabase(QStringLiteral("cp_picker_shop"));
}

void TestDatabasePicker::listsTheServersDatabases()
{
    REQUIRE_POSTGRES(uri);
    const ConnectionUri server = ConnectionUri::parse(uri);
    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPostgres(&dialog, server, server.option(QStringLiteral("dbname")));
    auto *field = child<QLineEdit>(&dialog, "database");
    auto *picker = field->findChild<DatabasePicker *>();
    QVERIFY(picker);
    QAction *choose = picker->dropDownAction();
    QVERIFY(!choose->isEnabled()); // nothing is known before the server answers

    QSignalSpy filled(picker, &DatabasePicker::filled);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    QVERIFY(clock.elapsed() < 1000); // the click never waits for the server
    QTRY_VERIFY_WITH_TIMEOUT(filled.size() == 1, 20000);
    QVERIFY2(filled.first().at(0).toInt() > 0, qPrintable(filled.first().at(1).toString()));
    QVERIFY(picker->databases().contains(QStringLiteral("cp_picker_shop")));
    QVERIFY(!picker->databases().contains(QStringLiteral("template0")));
    QVERIFY(choose->isEnabled());

    // The drop-down shows every database; picking one fills the field.
    choose->trigger();
    QAbstractItemView *popup = field->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), picker->databases().size());
    const int row = int(picker->databases().indexOf(QStringLiteral("cp_picker_shop")));
    popup->setCurrentIndex(popup->model()->index(row, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(field->text(), QStringLiteral("cp_picker_shop"));

    // Another host is another server: its list is not known yet.
    QTest::keyClicks(child<QLineEdit>(&dialog, "host"), QStringLiteral("x"));
    QVERIFY(picker->databases().isEmpty());
    QVERIFY(!choose->isEnabled());
}

void TestDatabasePicker::missingDatabaseStillFillsTheList()
{
    REQUIRE_POSTGRES(uri);
    const ConnectionUri server = ConnectionUri::parse(uri);
    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPostgres(&dialog, server, QStringLiteral("cp_no_such_database"));
    auto *picker = child<QLineEdit>(&dialog, "database")->findChild<DatabasePicker *>();
    QSignalSpy filled(picker, &DatabasePicker::filled);
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(filled.size() == 1, 20000);
    QVERIFY(picker->databases().contains(QStringLiteral("cp_picker_shop")));
    // The answer says the database is missing and where to pick one.
    const QString result = child<QLabel>(&dialog, "testResult")->text();
    QVERIFY2(result.contains(QStringLiteral("cp_no_such_database")), qPrintable(result));
    QTRY_VERIFY2(child<QLabel>(&dialog, "testResult")->text().contains(QStringLiteral("Pick one")),
                 qPrintable(child<QLabel>(&dialog, "testResult")->text()));
}

QTEST_MAIN(TestDatabasePicker)
#include "tst_databasepicker.moc"
