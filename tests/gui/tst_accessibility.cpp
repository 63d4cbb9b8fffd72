// Accessibility: every interactive widget of the main window, its docks and the dialogs it opens
// has a name an assistive technology can read; and the main flow (connect → design → review)
// works from the keyboard alone on the demo database, with QTest key clicks only.

#include "connectiondialog.h"
#include "db/dberror.h"
#include "designer/columndesignerwidget.h"
#include "designer/namereviewpanel.h"
#include "editor/sqleditor.h"
#include "guidedialog.h"
#include "items/reviewroles.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "rehearsal/rehearsalpage.h"
#include "rehearsal/rehearsalreport.h"
#include "review/findingspanel.h"
#include "review/forecastpanel.h"
#include "reviewdocks.h"
#include "run/runconsolewidget.h"
#include "schemabrowserwidget.h"
#include "settingsdialog.h"
#include "testsupport.h"
#include "welcomepage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QTreeView>
#include <Qsci/qsciscintilla.h>
#include <cmath>

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyInteractiveWidgetHasAName();
    void keyboardOnlyConnectDesignReview();
    void darkPaletteKeepsTextReadable();
    void rehearsalVerdictReadableOnEveryPalette();
    void keyboardOnlyOnPostgres();

private:
    // Widgets a user reaches with Tab or acts on, without a name, as "class objectName (parent
    // chain)".
    static QStringList unnamedInteractiveWidgets(QWidget *top);
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

namespace {

// The user has picked NULL allowed or NOT NULL (neither is checked in a new plan).
bool nullabilityChosen(const ColumnDesignerWidget *designer)
{
    return designer->findChild<QRadioButton *>(QStringLiteral("nullAllowedRadio"))->isChecked() ||
           designer->findChild<QRadioButton *>(QStringLiteral("notNullRadio"))->isChecked();
}

bool isInteractive(QWidget *widget)
{
    if (qobject_cast<QScrollBar *>(widget))
        return false; // scroll bars are named by their orientation by Qt itself
    // Parts of one control: the line edit inside an editable combo box or a spin box, a line
    // edit's clear button, a view's header (its sections are read through the view's cells).
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget())
        if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent) ||
            qobject_cast<QLineEdit *>(parent))
            return false;
    if (qobject_cast<QHeaderView *>(widget))
        return false;
    // Qt's own helpers: the table corner button (select all) and the overflow buttons of tool and
    // menu bars, which repeat actions that are named.
    if (widget->objectName().startsWith(QLatin1String("qt_")) ||
        widget->inherits("QTableCornerButton"))
        return false;
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
           qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
           qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTextEdit *>(widget) ||
           qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QsciScintilla *>(widget) ||
           qobject_cast<QTabBar *>(widget);
}

QString describe(QWidget *widget)
{
    QStringList chain;
    for (QWidget *w = widget; w; w = w->parentWidget())
        chain << QStringLiteral("%1#%2").arg(QString::fromLatin1(w->metaObject()->className()),
                                             w->objectName());
    return chain.join(QStringLiteral(" < "));
}

} // namespace

QStringList TestAccessibility::unnamedInteractiveWidgets(QWidget *top)
{
    QStringList unnamed;
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *widget : widgets) {
        if (!isInteractive(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << describe(widget);
        if (accessible && accessible->text(QAccessible::Description).trimmed().isEmpty() &&
            qEnvironmentVariableIsSet("LIST_UNDESCRIBED"))
            qWarning("undescribed: %s = %s", qPrintable(describe(widget)), qPrintable(name));
    }
    return unnamed;
}

void TestAccessibility::everyInteractiveWidgetHasAName()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed = unnamedInteractiveWidgets(&window);

    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openDemo();
    QVERIFY(loaded.wait(60000));
    window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"))
        ->selectTable(QStringLiteral("main"), QStringLiteral("orders"));
    unnamed += unnamedInteractiveWidgets(&window);

    window.showConnectDialog();
    auto *connection = window.findChild<ConnectionDialog *>();
    QVERIFY(connection);
    unnamed += unnamedInteractiveWidgets(connection);
    connection->reject();
    window.showSettingsDialog();
    auto *settings = window.findChild<SettingsDialog *>();
    QVERIFY(settings);
    unnamed += unnamedInteractiveWidgets(settings);
    settings->reject();
    window.showGuide();
    unnamed +=
        unnamedInteractiveWidgets(window.findChild<GuideDialog *>(QStringLiteral("guideDialog")));

    unnamed.removeDuplicates();
    for (const QString &widget : unnamed)
        qWarning("unnamed: %s", qPrintable(widget));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(
                 QStringLiteral("%1 interactive widgets without an accessible name (listed above)")
                     .arg(unnamed.size())));
}

namespace {

// Keys go where the keyboard focus is, as a person's would.
QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QWidget *target = focused();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClicks(target, text);
}

} // namespace

void TestAccessibility::keyboardOnlyConnectDesignReview()
{
    MainWindow window;
    window.show();
    auto *designerWidget =
        window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    QVERIFY(designerWidget);
    auto *editorWidget = window.findChild<SqlEditor *>(QStringLiteral("sqlEditor"));
    QVERIFY(editorWidget);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Connect: the welcome page starts with the demo button focused.
    QCOMPARE(focused(),
             window.findChild<WelcomePage *>(QStringLiteral("welcomePage"))->demoButton());
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    press(Qt::Key_Space);
    QVERIFY(loaded.wait(60000));

    // Browse: Ctrl+1 goes to the schema tree; typing a name selects that table.
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(focused(),
             window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"))->treeView());
    type(QStringLiteral("orders"));
    QTRY_COMPARE(designerWidget->plan().table, QStringLiteral("orders"));

    // Design: Ctrl+2 goes to the designer's first field; the labels' mnemonics reach the others.
    press(Qt::Key_2, Qt::ControlModifier);
    QVERIFY(designerWidget->isAncestorOf(focused()));
    type(QStringLiteral("Count the refunds of each order"));
    press(Qt::Key_N, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("nameEdit"));
    // Review of the name as it is typed: a vague name gets a suggestion, reached with Tab and
    // taken with Space.
    type(QStringLiteral("new_refund_count"));
    auto *nameReview = designerWidget->findChild<NameReviewPanel *>();
    const auto suggestionShown = [nameReview] {
        auto *use = nameReview->findChild<QPushButton *>(QStringLiteral("useSuggestion"));
        return use && use->isVisible() && use->text().contains(QStringLiteral("refund_count"));
    };
    QTRY_VERIFY(suggestionShown());
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("useSuggestion"));
    press(Qt::Key_Space);
    QTRY_COMPARE(designerWidget->plan().column.name, QStringLiteral("refund_count"));
    press(Qt::Key_Y, Qt::AltModifier);
    type(QStringLiteral("INTEGER"));
    press(Qt::Key_O, Qt::AltModifier); // NOT NULL
    QTRY_VERIFY(nullabilityChosen(designerWidget));
    press(Qt::Key_D, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("defaultEdit"));
    type(QStringLiteral("0"));
    press(Qt::Key_K, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("checkEdit"));
    type(QStringLiteral("refund_count >= 0"));

    const Plan plan = designerWidget->plan();
    QCOMPARE(plan.title, QStringLiteral("Count the refunds of each order"));
    QCOMPARE(plan.column.name, QStringLiteral("refund_count"));
    QCOMPARE(plan.column.type, QStringLiteral("INTEGER"));
    QVERIFY(!plan.column.nullable);
    QCOMPARE(plan.column.defaultExpr.value_or(QString()), QStringLiteral("0"));
    QTRY_VERIFY_WITH_TIMEOUT(editorWidget->text().contains(QStringLiteral("refund_count")), 10000);
    QVERIFY(designerWidget->problems().isEmpty());

    // Read: Ctrl+3 puts the keyboard in the SQL editor.
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(focused(), editorWidget);
    QVERIFY(editorWidget->text().contains(QStringLiteral("ADD COLUMN")));

    // Review: Ctrl+4 goes to the findings, which say that the PostgreSQL parser's rules do not
    // apply to an SQLite script (rather than a misleading bare "no findings").
    FindingsPanel *findings = window.findChild<FindingsPanel *>(QStringLiteral("findingsPanel"));
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(focused(), findings->findChild<QTableView *>(QStringLiteral("findingsView")));
    QTRY_VERIFY(findings->findChild<QLabel *>(QStringLiteral("findingsSummary"))
                    ->text()
                    .contains(QStringLiteral("PostgreSQL review rules do not apply")));
    QVERIFY(findings->findChild<QTableView *>(QStringLiteral("findingsView"))
                ->accessibleDescription()
                .contains(QStringLiteral("SQLite")));
}

namespace {

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

// WCAG contrast ratio, 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(110, 170, 255));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    return dark;
}

} // namespace

void TestAccessibility::darkPaletteKeepsTextReadable()
{
    // A dark theme as a desktop would set it: every label's text must stay readable on its
    // background (WCAG's 4.5:1 for text), including the coloured notes and messages.
    const QPalette original = QApplication::palette();
    const QString originalStyle = QApplication::style()->name();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(darkPalette());
    auto restore = qScopeGuard([&] {
        QApplication::setPalette(original);
        QApplication::setStyle(originalStyle);
    });

    MainWindow window;
    window.show();
    auto *designer = window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    QVERIFY(designer);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    window.openDemo();
    QVERIFY(loaded.wait(60000));
    window.findChild<SchemaBrowserWidget *>(QStringLiteral("schemaBrowser"))
        ->selectTable(QStringLiteral("main"), QStringLiteral("orders"));
    // Notes in every colour: a vague name (warning), a reserved word would be an error.
    auto *name = designer->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QSignalSpy regenerated(designer, &ColumnDesignerWidget::scriptRegenerated);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("data"));
    window.findChild<MessageBar *>(QStringLiteral("mainMessageBar"))
        ->showMessage(QStringLiteral("an error as the message bar shows it"),
                      MessageBar::Level::Error);
    // Every label in place: the name's review, the message bar, and the status of the compile
    // that follows the typing (debounced).
    auto *nameReview = designer->findChild<NameReviewPanel *>();
    QVERIFY(nameReview);
    QTRY_VERIFY2_WITH_TIMEOUT(
        nameReview->isVisible() &&
            !nameReview->findChildren<QLabel *>(QStringLiteral("nameIssueText")).isEmpty(),
        "the name review did not show its note on \"data\"", 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(
        window.findChild<MessageBar *>(QStringLiteral("mainMessageBar"))->isVisible(),
        "the message bar did not show", 30000);
    QTRY_VERIFY2_WITH_TIMEOUT(!regenerated.isEmpty(),
                              "the designer did not compile the plan after the name was typed",
                              30000);

    QStringList unreadable;
    int checked = 0;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().trimmed().isEmpty())
            continue;
        ++checked;
        const QPalette palette = label->palette();
        const QColor text = palette.color(label->foregroundRole());
        // The label paints on its parent's background unless it fills its own.
        QWidget *painter = label->autoFillBackground() ? label : label->parentWidget();
        while (painter && !painter->autoFillBackground() && painter->parentWidget())
            painter = painter->parentWidget();
        const QColor background = painter->palette().color(painter->backgroundRole());
        const double ratio = contrast(text, background);
        if (ratio < 4.5)
            unreadable << QStringLiteral("%1 (%2 on %3, %4:1)")
                              .arg(label->text().left(60), text.name(), background.name())
                              .arg(ratio, 0, 'f', 1);
    }
    for (const QString &label : unreadable)
        qWarning("unreadable: %s", qPrintable(label));
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
    if (qEnvironmentVariableIsSet("COLUMN_PLANNER_SHOT"))
        window.grab().save(qEnvironmentVariable("COLUMN_PLANNER_SHOT"));
    QVERIFY2(unreadable.isEmpty(), "labels unreadable on a dark palette (listed above)");
}

void TestAccessibility::keyboardOnlyOnPostgres()
{
    // The whole flow on a real server with keys only: connect through the dialog, design, review,
    // and run every phase through its gate.
    REQUIRE_POSTGRES(serverUri);
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cpl_ship_keyboard"));
    testsupport::execute(
        uri,
        QStringLiteral(
            "CREATE TABLE items (id bigint PRIMARY KEY, qty integer NOT NULL);"
            "INSERT INTO items SELECT g, g % 50 FROM generate_series(1, 2000) g; ANALYZE items;"));

    MainWindow window;
    window.show();
    auto *designer = window.findChild<ColumnDesignerWidget *>(QStringLiteral("columnDesigner"));
    QVERIFY(designer);
    auto *consoleWidget = window.findChild<RunConsoleWidget *>(QStringLiteral("runConsole"));
    QVERIFY(consoleWidget);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(focused(),
             window.findChild<WelcomePage *>(QStringLiteral("welcomePage"))->demoButton());
    press(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("welcomeConnect"));
    press(Qt::Key_Space);
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ConnectionDialog *>()) && dialog->isVisible() &&
                dialog->isAncestorOf(focused()));
    QTRY_VERIFY(QApplication::activeWindow() == dialog);
    press(Qt::Key_A, Qt::AltModifier); // Advanced: a connection URI
    QTRY_VERIFY(focused()->objectName() == QStringLiteral("advanced"));
    QTRY_VERIFY(qobject_cast<QAbstractButton *>(focused())
                    ->isChecked());    // a mnemonic clicks after a short flash
    press(Qt::Key_U, Qt::AltModifier); // Connection URI
    QVERIFY2(qobject_cast<QLineEdit *>(focused()), focused()->metaObject()->className());
    type(uri);
    QSignalSpy loaded(&window, &MainWindow::catalogLoaded);
    press(Qt::Key_Return); // Connect is the default button
    QVERIFY(loaded.wait(60000));
    // A window manager gives the main window back its activation when the dialog closes; the
    // offscreen platform has none, so do what it would.
    window.activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == &window);

    press(Qt::Key_1, Qt::ControlModifier);
    type(QStringLiteral("items"));
    QTRY_COMPARE(designer->plan().table, QStringLiteral("items"));
    press(Qt::Key_2, Qt::ControlModifier);
    type(QStringLiteral("When each item was last restocked"));
    press(Qt::Key_N, Qt::AltModifier);
    type(QStringLiteral("restocked_at"));
    press(Qt::Key_Y, Qt::AltModifier);
    type(QStringLiteral(
        "timestamp")); // without time zone: the review says why timestamptz is better
    press(Qt::Key_L, Qt::AltModifier); // NULL allowed: rows restocked before today stay unknown
    QTRY_VERIFY(nullabilityChosen(designer));
    QTRY_VERIFY_WITH_TIMEOUT(designer->problems().isEmpty() &&
                                 window.findChild<SqlEditor *>(QStringLiteral("sqlEditor"))
                                     ->text()
                                     .contains(QStringLiteral("restocked_at")),
                             20000);

    // Review: the PostgreSQL parser reviews the generated script (safe, so no finding) and the lock
    // forecast lists the ADD COLUMN with its lock; both docks are reached from the keyboard.
    FindingsPanel *findings = window.findChild<FindingsPanel *>(QStringLiteral("findingsPanel"));
    ForecastPanel *forecast = window.findChild<ForecastPanel *>(QStringLiteral("forecastPanel"));
    QTRY_VERIFY_WITH_TIMEOUT(
        forecast->findChild<QTableView *>(QStringLiteral("forecastView"))->model()->rowCount() > 0,
        20000);
    QTRY_COMPARE(findings->findChild<QLabel *>(QStringLiteral("findingsSummary"))->text(),
                 QStringLiteral("No findings."));
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(focused(), findings->findChild<QTableView *>(QStringLiteral("findingsView")));
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(focused(), window.findChild<SqlEditor *>(QStringLiteral("sqlEditor")));

    // Run: Ctrl+R opens the console with the keyboard in it; each gate takes the focus as it opens.
    QTRY_VERIFY(window.findChild<QAction *>(QStringLiteral("runPlanAction"))->isEnabled());
    press(Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(consoleWidget->isAncestorOf(focused()));
    auto *start = consoleWidget->findChild<QPushButton *>(QStringLiteral("runStart"));
    for (int i = 0; i < 5 && focused() != start; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focused(), start);
    QSignalSpy finished(consoleWidget, &RunConsoleWidget::runFinished);
    press(Qt::Key_Space);
    auto *gateRun = consoleWidget->findChild<QPushButton *>(QStringLiteral("gateRun"));
    int gates = 0;
    while (finished.isEmpty() && gates < 8) {
        if (!QTest::qWaitFor(
                [&] {
                    return !finished.isEmpty() || (gateRun->isEnabled() && focused() == gateRun);
                },
                60000))
            QFAIL(qPrintable(
                QStringLiteral("no gate took the focus; status: ") +
                consoleWidget->findChild<QLabel *>(QStringLiteral("runConsoleStatus"))->text()));
        if (!finished.isEmpty())
            break;
        press(Qt::Key_Space);
        ++gates;
        QTRY_VERIFY_WITH_TIMEOUT(!gateRun->isEnabled() || !finished.isEmpty(), 60000);
    }
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    QVERIFY2(
        consoleWidget->findChild<QLabel *>(QStringLiteral("runConsoleStatus"))
            ->text()
            .startsWith(QStringLiteral("Finished")),
        qPrintable(consoleWidget->findChild<QLabel *>(QStringLiteral("runConsoleStatus"))->text()));
    QVERIFY(gates >= 2); // a gate for each phase with work (expand, verify, ...)
    // The column is really there: the run changed the server.
    try {
        testsupport::execute(uri,
                             QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_attribute "
                                            "WHERE attrelid = 'items'::regclass "
                                            "AND attname = 'restocked_at' AND NOT attisdropped) "
                                            "THEN RAISE EXCEPTION 'restocked_at missing'; "
                                            "END IF; END $$"));
    } catch (const DbError &error) {
        QFAIL(qPrintable(error.message()));
    }
}

void TestAccessibility::rehearsalVerdictReadableOnEveryPalette()
{
    // The Rehearsal tab's PASSED / FAILED / Not rehearsed words are coloured inside rich text,
    // which the label check above cannot see: read the colour out of the text the label shows, and
    // hold it to WCAG's 4.5:1 on the page's window, for a light and a dark theme, and after a theme
    // switch while the verdict is shown.
    const QPalette original = QApplication::palette();
    const QString originalStyle = QApplication::style()->name();
    QApplication::setStyle(QStringLiteral("Fusion"));
    auto restore = qScopeGuard([&] {
        QApplication::setPalette(original);
        QApplication::setStyle(originalStyle);
    });
    const QRegularExpression colour(QStringLiteral("color:(#[0-9a-fA-F]{6})"));
    RehearsalPage page;
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        for (const bool passed : {true, false}) {
            RehearsalReport report;
            report.planTitle = QStringLiteral("palette check");
            report.passed = passed;
            page.showReport(report);
            const QString text =
                page.findChild<QLabel *>(QStringLiteral("rehearsalVerdict"))->text();
            QVERIFY2(text.contains(passed ? QStringLiteral("PASSED") : QStringLiteral("FAILED")),
                     qPrintable(text));
            const QRegularExpressionMatch match = colour.match(text);
            QVERIFY2(match.hasMatch(), qPrintable(text));
            const QColor shown(match.captured(1));
            const QColor window = page.palette().color(QPalette::Window);
            QCOMPARE(shown, RehearsalPage::verdictColor(passed, page.palette()));
            const double ratio = contrast(shown, window);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 verdict %2 on %3: %4:1")
                                                  .arg(passed ? QStringLiteral("passed")
                                                              : QStringLiteral("failed"),
                                                       shown.name(), window.name())
                                                  .arg(ratio, 0, 'f', 1)));
        }
    }
    // The last verdict (FAILED, drawn for the dark theme) follows a switch back to light.
    QApplication::setPalette(QApplication::style()->standardPalette());
    QTRY_COMPARE(
        QColor(colour.match(page.findChild<QLabel *>(QStringLiteral("rehearsalVerdict"))->text())
                   .captured(1)),
        RehearsalPage::verdictColor(false, page.palette()));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
