// What a newcomer sees on the SQLite demo, as a DBA would click through it: the Lock forecast and
// the Findings read the SQLite script (database write lock, table rebuild) instead of staying
// empty; the index list offers what SQLite builds; a backfill that stores fractions in an
// INTEGER column is warned of, with the cast that fixes it; and every problem is said once, in
// the form's words, with the real cause first.

#include "designer/columndesignerwidget.h"
#include "designer/fieldnote.h"
#include "designer/namereviewpanel.h"
#include "editor/sqleditor.h"
#include "mainwindow.h"
#include "review/findingspanel.h"
#include "review/forecastpanel.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

class TestDemoReview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void forecastAndFindingsOnTheDemo();
    void backfillFractionsAreWarnedOf();
    void oneCauseOneMessage();
    void textFitsTheTarget();

private:
    template <typename T> T *child(const char *name)
    {
        T *found = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    static void retype(QLineEdit *edit, const QString &text);
    // Opens the demo with a designer aimed at orders.
    void openDemo();
    // orders.amount_cents INTEGER NOT NULL DEFAULT 0 with this backfill.
    void designCents(const QString &backfill);
    static QStringList column(QAbstractItemModel *model, int column);

    std::unique_ptr<MainWindow> m_window;
    ColumnDesignerWidget *m_designer = nullptr;
};

void TestDemoReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDemoReview::cleanup()
{
    m_window.reset();
}

void TestDemoReview::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QStringList TestDemoReview::column(QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

void TestDemoReview::openDemo()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::catalogLoaded);
    m_window->openDemo();
    QVERIFY(loaded.wait(60000));
    m_designer = child<ColumnDesignerWidget>("columnDesigner");
    m_designer->setTable(QStringLiteral("main"), QStringLiteral("orders"));
}

void TestDemoReview::designCents(const QString &backfill)
{
    retype(child<QLineEdit>("nameEdit"), QStringLiteral("amount_cents"));
    auto *type = child<QComboBox>("typeCombo");
    retype(type->lineEdit(), QStringLiteral("INTEGER"));
    QTest::mouseClick(child<QRadioButton>("notNullRadio"), Qt::LeftButton);
    retype(child<QLineEdit>("defaultEdit"), QStringLiteral("0"));
    retype(child<QLineEdit>("backfillEdit"), backfill);
}

void TestDemoReview::forecastAndFindingsOnTheDemo()
{
    openDemo();
    // SQLite builds b-trees only: the index list offers nothing else.
    auto *index = child<QComboBox>("indexMethodCombo");
    QStringList methods;
    for (int i = 0; i < index->count(); ++i)
        methods << index->itemData(i).toString();
    QCOMPARE(methods, (QStringList{QString(), QStringLiteral("btree")}));

    // A backfill with a constant default: ADD COLUMN cannot carry both, so enforce rebuilds.
    designCents(QStringLiteral("CAST(round(amount * 100) AS INTEGER)"));
    index->setCurrentIndex(index->findData(QStringLiteral("btree")));
    auto *editor = child<SqlEditor>("sqlEditor");
    QTRY_VERIFY_WITH_TIMEOUT(editor->hasScript() && m_designer->problems().isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        editor->text().contains(QStringLiteral("INSERT INTO \"cp_new_orders\"")), 20000);

    // The Lock forecast has a row per statement, in SQLite's words; not "No statements.".
    auto *forecast = child<ForecastPanel>("forecastPanel");
    QAbstractItemModel *forecastRows = forecast->findChild<QTableView *>()->model();
    QTRY_VERIFY_WITH_TIMEOUT(forecastRows->rowCount() > 15, 10000);
    QVERIFY(column(forecastRows, 3).contains(QStringLiteral("database write lock")));
    QVERIFY(column(forecastRows, 5).contains(QStringLiteral("yes"))); // the copy rewrites
    QString summary;
    for (QLabel *label : forecast->findChildren<QLabel *>())
        summary += label->text();
    QVERIFY2(summary.contains(QStringLiteral("rebuilds \"orders\"")), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("No statements")));

    // The Findings name the rebuild and the index build, and jump to them in the editor.
    auto *findings = child<FindingsPanel>("findingsPanel");
    QAbstractItemModel *findingRows = findings->findChild<QTableView *>()->model();
    QTRY_VERIFY_WITH_TIMEOUT(findingRows->rowCount() == 2, 10000);
    QString rules;
    for (int row = 0; row < findingRows->rowCount(); ++row)
        for (int col = 0; col < findingRows->columnCount(); ++col)
            rules += findingRows->index(row, col).data().toString() + u' ';
    QVERIFY2(rules.contains(QStringLiteral("sqlite-table-rebuild")), qPrintable(rules));
    QVERIFY2(rules.contains(QStringLiteral("sqlite-index-build")), qPrintable(rules));
    // The count and the scope are two sentences.
    const QString findingsSummary =
        findings->findChild<QLabel *>(QStringLiteral("findingsSummary"))->text();
    QVERIFY2(findingsSummary.contains(QStringLiteral("note(s). SQLite: ")),
             qPrintable(findingsSummary));
    QVERIFY(!editor->findings().isEmpty());
    for (const Finding &finding : editor->findings())
        QVERIFY(editor->text(finding.line - 1)
                    .startsWith(finding.rule == u"sqlite-index-build"
                                    ? QStringLiteral("CREATE INDEX")
                                    : QStringLiteral("INSERT INTO")));
}

void TestDemoReview::backfillFractionsAreWarnedOf()
{
    openDemo();
    // amount * 100 is 1234.0000000000002 for some amounts: SQLite keeps those as REAL.
    designCents(QStringLiteral("amount * 100"));
    auto *note = child<FieldNote>("backfillNote");
    QTRY_VERIFY_WITH_TIMEOUT(note->hasNote(), 20000);
    QCOMPARE(note->severity(), Severity::Warning);
    QVERIFY2(note->text().contains(QStringLiteral("CAST(round(amount * 100) AS INTEGER)")),
             qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("REAL")), qPrintable(note->text()));
    // A warning, not an error: the plan still compiles, and the status says it too.
    QTRY_VERIFY_WITH_TIMEOUT(m_designer->problems().isEmpty(), 10000);
    QTRY_VERIFY(child<QLabel>("designerStatus")->text().contains(QStringLiteral("Backfill: ")));

    // With the cast every row gets an integer: nothing to warn of.
    retype(child<QLineEdit>("backfillEdit"),
           QStringLiteral("CAST(round(amount * 100) AS INTEGER)"));
    QTRY_VERIFY_WITH_TIMEOUT(!note->hasNote(), 20000);
}

void TestDemoReview::oneCauseOneMessage()
{
    openDemo();
    designCents(QStringLiteral("amount * 100"));
    retype(child<QLineEdit>("checkEdit"), QStringLiteral("amount_cents >= 0"));
    QTRY_VERIFY_WITH_TIMEOUT(m_designer->problems().isEmpty(), 20000);

    // A table that does not exist: one message, about the table, first; no expression repeats
    // it, none shows the checker's own SQL.
    auto *table = child<QComboBox>("tableCombo");
    retype(table->lineEdit(), QStringLiteral("ordrs"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_designer->problems().isEmpty(), 10000);
    QTest::qWait(1500); // the expression checks would have answered by now
    const QStringList problems = m_designer->problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("Table: ")), qPrintable(problems.first()));
    QVERIFY(problems.first().contains(QStringLiteral("ordrs")));
    for (const char *note : {"defaultNote", "backfillNote", "checkNote"})
        QVERIFY2(!child<FieldNote>(note)->hasNote(), note);
    // The warning about the old table's rows went with it, from the status too.
    QTRY_VERIFY2(!child<QLabel>("designerStatus")->text().contains(QStringLiteral("Backfill")),
                 qPrintable(child<QLabel>("designerStatus")->text()));
    QVERIFY(problems.first().contains(QStringLiteral("demo.sqlite")));

    // Back on orders, an unknown column: the server's words about the user's expression, under
    // the field's label, without the probe statement around it.
    retype(table->lineEdit(), QStringLiteral("orders"));
    QTRY_VERIFY_WITH_TIMEOUT(m_designer->problems().isEmpty(), 20000);
    retype(child<QLineEdit>("backfillEdit"), QStringLiteral("amout * 100"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_designer->problems().isEmpty(), 20000);
    const QString backfill = m_designer->problems().join(u'\n');
    QVERIFY2(backfill.startsWith(QStringLiteral("Backfill: ")), qPrintable(backfill));
    QVERIFY2(backfill.contains(QStringLiteral("amout")), qPrintable(backfill));
    for (const char *internal : {"SELECT", "NULL", "FROM (", "LIMIT 0", "sqlite:", "$."})
        QVERIFY2(!backfill.contains(QLatin1String(internal)), qPrintable(backfill));
    QCOMPARE(m_designer->problems().size(), 1);

    // A compile error names the field, not the plan file's path.
    retype(child<QLineEdit>("backfillEdit"),
           QStringLiteral("CAST(round(amount * 100) AS INTEGER)"));
    QTRY_VERIFY_WITH_TIMEOUT(m_designer->problems().isEmpty(), 20000);
    retype(child<QLineEdit>("checkEdit"), QStringLiteral("amount_cents >= 0; DROP TABLE orders"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_designer->problems().isEmpty(), 20000);
    for (const QString &problem : m_designer->problems()) {
        QVERIFY2(!problem.contains(QStringLiteral("$.")), qPrintable(problem));
        QVERIFY2(problem.startsWith(QStringLiteral("Check: ")), qPrintable(problem));
    }

    // A reserved word as the name: the name review says it, and the compiler's same complaint
    // is not listed a second time.
    retype(child<QLineEdit>("checkEdit"), QStringLiteral("amount_cents >= 0"));
    QTRY_VERIFY_WITH_TIMEOUT(m_designer->problems().isEmpty(), 20000);
    retype(child<QLineEdit>("nameEdit"), QStringLiteral("order"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_designer->problems().isEmpty(), 20000);
    QCOMPARE(m_designer->problems().size(), 1);
    QVERIFY2(m_designer->problems().first().startsWith(QStringLiteral("Name: ")),
             qPrintable(m_designer->problems().first()));
}

void TestDemoReview::textFitsTheTarget()
{
    openDemo();
    // A vague name is answered for its type: a counter called "data" is no JSON payload.
    retype(child<QLineEdit>("nameEdit"), QStringLiteral("data"));
    retype(child<QComboBox>("typeCombo")->lineEdit(), QStringLiteral("INTEGER"));
    auto *review = child<NameReviewPanel>("nameReview");
    QTRY_VERIFY(!review->issues().isEmpty());
    for (const NameIssue &issue : review->issues())
        QVERIFY2(issue.suggestion != u"payload_json", qPrintable(issue.message));

    // The money preset on the SQLite demo speaks of SQLite, never of another target.
    auto *preset = child<QComboBox>("presetCombo");
    preset->setCurrentIndex(preset->findData(QStringLiteral("money")));
    Q_EMIT preset->activated(preset->currentIndex());
    const QString why = child<QLabel>("presetExplanation")->text();
    QVERIFY2(why.contains(QStringLiteral("SQLite has no exact decimal type")), qPrintable(why));
    for (const char *other : {"PostgreSQL", "MySQL", "MariaDB"})
        QVERIFY2(!why.contains(QLatin1String(other)), qPrintable(why));
}

QTEST_MAIN(TestDemoReview)
#include "tst_demoreview.moc"
