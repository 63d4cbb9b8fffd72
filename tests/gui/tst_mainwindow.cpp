// The main window offscreen: open the demo database, find its tables in the schema browser,
// pick one and read its details; a bad database shows its error in the message bar.

#include "busyindicator.h"
#include "items/catalogtreemodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "schemabrowserwidget.h"
#include "tabledetailpanel.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensDemoAndBrowsesTables();
    void showsErrorsInMessageBar();

private:
    static QModelIndex findRow(QAbstractItemModel *model, const QString &text,
                               const QModelIndex &parent = {});
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QModelIndex TestMainWindow::findRow(QAbstractItemModel *model, const QString &text,
                                    const QModelIndex &parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
        const QModelIndex found = findRow(model, text, index);
        if (found.isValid())
            return found;
    }
    return {};
}

void TestMainWindow::opensDemoAndBrowsesTables()
{
    MainWindow window;
    window.show();
    auto *detailWidget = window.findChild<TableDetailPanel *>(QStringLiteral("tableDetail"));
    QVERIFY(detailWidget);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openDemo();
    // The demo is built and read in worker threads: the window stays responsive meanwhile.
    QVERIFY(window.findChild<BusyIndicator *>(QStringLiteral("mainBusyIndicator"))->isBusy());
    QVERIFY(loaded.wait(60000));
    QVERIFY(!window.findChild<BusyIndicator *>(QStringLiteral("mainBusyIndicator"))->isBusy());
    QVERIFY(window.windowTitle().contains(QStringLiteral("Column Planner")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo.sqlite")));

    QTreeView *tree =
        window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"))->treeView();
    QAbstractItemModel *model = tree->model();
    const QModelIndex schema = findRow(model, QStringLiteral("main"));
    QVERIFY(schema.isValid());
    QStringList tables;
    for (int row = 0; row < model->rowCount(schema); ++row)
        tables << model->index(row, 0, schema).data().toString();
    QCOMPARE(tables, (QStringList{QStringLiteral("customers"), QStringLiteral("orders"),
                                  QStringLiteral("products")}));
    const QModelIndex orders = model->index(1, 0, schema);
    QVERIFY(model->index(1, 1, schema).data().toString().contains(QStringLiteral("200 k rows")));

    // Click the table as a user would; the detail panel follows.
    tree->scrollTo(orders);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(orders).center());
    QTRY_COMPARE(detailWidget->title(), QStringLiteral("main.orders"));
    QCOMPARE(detailWidget->findChild<QTableWidget *>(QStringLiteral("tableColumns"))->rowCount(),
             10);
    QCOMPARE(
        detailWidget->findChild<QTableWidget *>(QStringLiteral("tableColumns"))->item(5, 1)->text(),
        QStringLiteral("status"));

    // Expanding the table shows its columns, indexes and constraints.
    tree->expand(orders);
    QStringList groups;
    for (int row = 0; row < model->rowCount(orders); ++row)
        groups << model->index(row, 0, orders).data().toString();
    QCOMPARE(groups, (QStringList{QStringLiteral("Columns"), QStringLiteral("Indexes"),
                                  QStringLiteral("Constraints"), QStringLiteral("Triggers"),
                                  QStringLiteral("Dependent views")}));

    // The filter narrows the tree to what matches.
    auto *filter = window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"))
                       ->findChild<QLineEdit *>();
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("customer_id"));
    QTRY_VERIFY(findRow(model, QStringLiteral("customer_id")).isValid());
    QVERIFY(!findRow(model, QStringLiteral("products")).isValid());
}

void TestMainWindow::showsErrorsInMessageBar()
{
    MainWindow window;
    window.show();
    auto *messages = window.findChild<MessageBar *>(QStringLiteral("mainMessageBar"));
    QVERIFY(messages);
    const QString notADatabase = testsupport::tempPath(QStringLiteral("notes.txt"));
    QFile file(notADatabase);
    file.open(QIODevice::WriteOnly);
    file.write("plain text, not a database; plain text, not a database; plain text.\n");
    file.close();
    window.openConnection(ConnectionUri::parse(QStringLiteral("sqlite:") + notADatabase));
    QTRY_VERIFY_WITH_TIMEOUT(messages->isVisible(), 10000);
    QVERIFY(messages->text().contains(QStringLiteral("not an SQLite database")));
    QCOMPARE(messages->level(), MessageBar::Level::Error);
    QVERIFY(!window.findChild<BusyIndicator *>(QStringLiteral("mainBusyIndicator"))->isBusy());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
