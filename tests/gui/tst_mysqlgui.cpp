// The GUI on a real MariaDB/MySQL server, offscreen: connect through the dialog's MySQL fields,
// find the tables with their engines in the browser, design a column, read the MySQL script, and
// get the server's own forecast (INSTANT on InnoDB, a blocking COPY on MyISAM, a session holding
// the table's metadata lock), the window still fitting a 1366x768 screen. Wrong password and
// unreachable server give one line each.

#include "connectiondialog.h"
#include "db/connectionuri.h"
#include "db/mysqlsession.h"
#include "designer/columndesignerwidget.h"
#include "editor/sqleditor.h"
#include "items/catalogtreemodel.h"
#include "mainwindow.h"
#include "review/findingspanel.h"
#include "review/liveblockerspanel.h"
#include "review/mysqlforecastpanel.h"
#include "schemabrowserwidget.h"
#include "tabledetailpanel.h"
#include "testsupport.h"
#include "windowfit.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

namespace {

const QString database = QStringLiteral("cp_mysqlgui");

template <typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// Fills the dialog's MySQL fields from a mysql:// URI (host, port, database, user, option file).
void fillMysqlFields(ConnectionDialog *dialog, const ConnectionUri &uri)
{
    auto *kind = child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("mysql")));
    typeInto(child<QLineEdit>(dialog, "host"), uri.option(QStringLiteral("host")));
    typeInto(child<QLineEdit>(dialog, "port"), uri.option(QStringLiteral("port")));
    typeInto(child<QLineEdit>(dialog, "database"), uri.option(QStringLiteral("dbname")));
    typeInto(child<QLineEdit>(dialog, "user"), uri.option(QStringLiteral("user")));
    auto *optionFile = child<QLineEdit>(dialog, "optionFile");
    optionFile->clear();
    if (!uri.option(QStringLiteral("option-file")).isEmpty())
        typeInto(optionFile, uri.option(QStringLiteral("option-file")));
}

// The detail column of a table node in the schema browser.
QString browserDetail(MainWindow &window, const QString &table)
{
    CatalogTreeModel *model =
        window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"))->model();
    const QModelIndex index = model->tableIndex(database, table);
    return index.isValid() ? model->index(index.row(), 1, index.parent()).data().toString()
                           : QString();
}

QStringList rowTexts(const QTableWidget *table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
        rows << cells.join(u'|');
    }
    return rows;
}

// The forecast row of the ADD COLUMN (the first statement with an algorithm).
QString addColumnRow(const QTableWidget *table)
{
    for (const QString &row : rowTexts(table))
        if (row.section(u'|', 2, 2).startsWith(u'I') || row.section(u'|', 2, 2).startsWith(u'C'))
            return row;
    return {};
}

} // namespace

class TestMysqlGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectBrowseDesignForecast();
    void wrongPasswordAndUnreachableServer();

private:
    QString m_uri;
};

void TestMysqlGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_MYSQL(admin);
    m_uri = testsupport::createScratchMysqlDatabase(database);
    testsupport::execute(m_uri, QStringLiteral(R"SQL(
CREATE TABLE orders (id bigint AUTO_INCREMENT PRIMARY KEY, status varchar(20) NOT NULL DEFAULT 'open', amount decimal(12,2) NOT NULL DEFAULT 0);
CREATE TABLE legacy_orders (id bigint AUTO_INCREMENT PRIMARY KEY, status varchar(20) NOT NULL DEFAULT 'open') ENGINE=MyISAM;
CREATE TABLE noted_orders (id bigint AUTO_INCREMENT PRIMARY KEY, note text, FULLTEXT KEY noted_ft (note)) ENGINE=InnoDB;
INSERT INTO orders (amount) VALUES (10), (20), (30);
INSERT INTO legacy_orders (status) VALUES ('open'), ('shipped');
)SQL"));
}

void TestMysqlGui::connectBrowseDesignForecast()
{
    const ConnectionUri uri = ConnectionUri::parse(m_uri);
    MainWindow window;
    window.show();
    auto *editor = window.findChild<SqlEditor *>(QStringLiteral("sqlEditor"));
    QVERIFY(editor);
    auto *browserWidget = window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"));
    QVERIFY(browserWidget);
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Connect through the dialog's MySQL fields; the test names the product.
    window.showConnectDialog();
    auto *dialog = window.findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    fillMysqlFields(dialog, uri);
    QVERIFY(child<QLineEdit>(dialog, "optionFile")->isVisible());
    QSignalSpy tested(dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnection"), Qt::LeftButton);
    QVERIFY(tested.wait(30000));
    const QString result = child<QLabel>(dialog, "testResult")->text();
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(result));
    QVERIFY2(result.startsWith(QStringLiteral("Connected: MariaDB ")) ||
                 result.startsWith(QStringLiteral("Connected: MySQL ")),
             qPrintable(result));
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    dialog->accept();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(window.catalog().dialect, DialectKind::MySQL);

    // The browser shows each table's engine and what refuses INSTANT; MyISAM is marked.
    QVERIFY2(browserDetail(window, QStringLiteral("orders")).contains(QStringLiteral("InnoDB")),
             qPrintable(browserDetail(window, QStringLiteral("orders"))));
    QVERIFY(
        browserDetail(window, QStringLiteral("legacy_orders")).contains(QStringLiteral("MyISAM")));
    QVERIFY(
        browserDetail(window, QStringLiteral("noted_orders")).contains(QStringLiteral("FULLTEXT")));
    const QModelIndex legacy =
        browserWidget->model()->tableIndex(database, QStringLiteral("legacy_orders"));
    QVERIFY(legacy.data(CatalogTreeModel::WarningRole).toBool());

    // Pick orders in the browser; the detail panel and the designer follow.
    browserWidget->selectTable(database, QStringLiteral("orders"));
    QTRY_COMPARE(
        window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"))->plan().table,
        QStringLiteral("orders"));
    QVERIFY(window.findChild<TableDetailPanel *>()->findChild<QLabel *>() != nullptr);
    ColumnDesignerWidget *designer =
        window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    QCOMPARE(child<QComboBox>(designer, "dialectCombo")->currentText(),
             window.catalog().mariadb ? QStringLiteral("MariaDB") : QStringLiteral("MySQL"));
    // Only MySQL's index methods are offered.
    QCOMPARE(child<QComboBox>(designer, "indexMethodCombo")->findData(QStringLiteral("gin")), -1);

    typeInto(child<QLineEdit>(designer, "nameEdit"), QStringLiteral("gift_note"));
    auto *type = child<QComboBox>(designer, "typeCombo");
    type->setFocus();
    type->lineEdit()->selectAll();
    QTest::keyClicks(type->lineEdit(), QStringLiteral("varchar(200)"));
    QTest::mouseClick(child<QRadioButton>(designer, "nullAllowedRadio"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(designer->problems().isEmpty() &&
                                 editor->text().contains(QStringLiteral("gift_note")),
                             20000);

    // The MySQL phased script: a low lock_wait_timeout, then an INSTANT add.
    const QString sql = editor->text();
    QVERIFY2(sql.contains(QStringLiteral("SET SESSION lock_wait_timeout")), qPrintable(sql));
    QVERIFY2(sql.contains(QStringLiteral("ADD COLUMN `gift_note` varchar(200) NULL")),
             qPrintable(sql));
    QVERIFY(sql.contains(QStringLiteral("ALGORITHM=INSTANT")));

    // The findings say what applies; the blockers dock points to the forecast.
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("findingsSummary"))
                    ->text()
                    .contains(QStringLiteral("does not apply to MySQL/MariaDB")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("findingsSummary"))
                ->text()
                .contains(QStringLiteral("Lock forecast")));

    // The live forecast, from the server: INSTANT, writes go on, the table not rebuilt.
    MysqlForecastPanel *forecast =
        window.findChild<MysqlForecastPanel *>(QStringLiteral("mysqlForecastPanel"));
    auto *statementsTable = forecast->findChild<QTableWidget *>(QStringLiteral("mysqlStatements"));
    auto *sessionsTable = forecast->findChild<QTableWidget *>(QStringLiteral("mysqlSessions"));
    auto *forecastSummary = forecast->findChild<QLabel *>(QStringLiteral("mysqlForecastSummary"));
    auto *refreshForecast =
        forecast->findChild<QPushButton *>(QStringLiteral("refreshMysqlForecast"));
    QVERIFY(statementsTable && sessionsTable && forecastSummary && refreshForecast);
    QVERIFY(forecast->isVisibleTo(&window) || forecast->parentWidget());
    QTRY_VERIFY_WITH_TIMEOUT(!addColumnRow(statementsTable).isEmpty(), 30000);
    QString add = addColumnRow(statementsTable);
    QVERIFY2(add.section(u'|', 2, 2) == u"INSTANT" && add.section(u'|', 4, 4) == u"go on" &&
                 add.section(u'|', 5, 5) == u"not rebuilt",
             qPrintable(add));
    QVERIFY2(forecastSummary->text().contains(QStringLiteral("engine InnoDB")),
             qPrintable(forecastSummary->text()));
    // The compiled plan and its forecast fit a small laptop screen: no long line widens the window.
    QString beyond = testsupport::minimumSizeBeyond(&window);
    QVERIFY2(beyond.isEmpty(), qPrintable(beyond));

    // A transaction that has read the table holds its metadata lock: a refresh lists the session.
    auto holder = Session::create(uri);
    holder->open();
    holder->execute(QStringLiteral("START TRANSACTION; SELECT count(*) FROM orders"));
    const qint64 holderId = qint64(dynamic_cast<MysqlSession &>(*holder).connectionId());
    const QString holderText = QString::number(holderId) + u'|';
    QTRY_VERIFY(refreshForecast->isEnabled());
    QTest::mouseClick(refreshForecast, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowTexts(sessionsTable).join(u'\n').contains(holderText), 30000);
    const QString sessions = rowTexts(sessionsTable).join(u'\n');
    if (!forecast->findChild<QLabel *>(QStringLiteral("mysqlForecastLive"))
             ->text()
             .contains(QStringLiteral("Metadata locks are not visible"))) {
        QVERIFY2(sessions.contains(holderText + QStringLiteral("cpl@")) &&
                     sessions.contains(QStringLiteral("holds SHARED_READ")),
                 qPrintable(sessions));
        QVERIFY2(forecastSummary->text().contains(QStringLiteral("holds a metadata lock")),
                 qPrintable(forecastSummary->text()));
    }
    holder->execute(QStringLiteral("ROLLBACK"));
    holder->close();

    // A MyISAM table: the designer says what is and is not possible, the script copies, the
    // server confirms a COPY that blocks writes.
    browserWidget->selectTable(database, QStringLiteral("legacy_orders"));
    QTRY_COMPARE(designer->plan().table, QStringLiteral("legacy_orders"));
    QTRY_VERIFY_WITH_TIMEOUT(editor->text().contains(QStringLiteral("ALGORITHM=COPY")), 20000);
    QTRY_VERIFY(
        designer->findChild<QLabel *>(QStringLiteral("designerStatus"))
            ->text()
            .contains(QStringLiteral("MyISAM table: only InnoDB changes a table in place")));
    QTRY_VERIFY_WITH_TIMEOUT(
        addColumnRow(statementsTable).startsWith(QStringLiteral("2|expand|COPY")) ||
            addColumnRow(statementsTable).section(u'|', 2, 2) == u"COPY",
        30000);
    add = addColumnRow(statementsTable);
    QVERIFY2(add.section(u'|', 4, 4) == u"blocked", qPrintable(add));
    QVERIFY(forecastSummary->text().contains(QStringLiteral("engine MyISAM")));
    QVERIFY(forecastSummary->text().contains(QStringLiteral("block writes while they run")));
    beyond = testsupport::minimumSizeBeyond(&window);
    QVERIFY2(beyond.isEmpty(), qPrintable(beyond));
}

void TestMysqlGui::wrongPasswordAndUnreachableServer()
{
    const ConnectionUri uri = ConnectionUri::parse(m_uri);
    ConnectionDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // No option file: the typed (wrong) password is the only one.
    fillMysqlFields(&dialog, ConnectionUri::fromMysqlOptions(
                                 {{QStringLiteral("host"), uri.option(QStringLiteral("host"))},
                                  {QStringLiteral("port"), uri.option(QStringLiteral("port"))},
                                  {QStringLiteral("user"), uri.option(QStringLiteral("user"))},
                                  {QStringLiteral("dbname"), database}}));
    QTest::mouseClick(child<QPushButton>(&dialog, "showPassword"), Qt::LeftButton);
    typeInto(child<QLineEdit>(&dialog, "password"), QStringLiteral("certainly-not-the-password"));
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    QVERIFY(tested.wait(30000));
    QCOMPARE(tested.first().at(0).toBool(), false);
    QString line = child<QLabel>(&dialog, "testResult")->text();
    QVERIFY2(!line.contains(u'\n') && line.contains(QStringLiteral("password")), qPrintable(line));
    QVERIFY(!line.contains(QStringLiteral("certainly-not-the-password")));
    // The password field stays open with the server's answer beside it.
    QVERIFY(child<QLineEdit>(&dialog, "password")->isVisible());

    // Nothing listens on port 1 of the loopback.
    typeInto(child<QLineEdit>(&dialog, "host"), QStringLiteral("127.0.0.1"));
    typeInto(child<QLineEdit>(&dialog, "port"), QStringLiteral("1"));
    tested.clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    QVERIFY(tested.wait(30000));
    QCOMPARE(tested.first().at(0).toBool(), false);
    line = child<QLabel>(&dialog, "testResult")->text();
    QVERIFY2(!line.contains(u'\n') && line.contains(QStringLiteral("reachable")), qPrintable(line));
}

QTEST_MAIN(TestMysqlGui)
#include "tst_mysqlgui.moc"
