#include "editactions.h"

#include "editor/findbarwidget.h"
#include "editor/sqleditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>

EditActions::EditActions(QMainWindow *window, SqlEditor *editor, FindBarWidget *findBar,
                         std::function<void()> showEditor)
    : QObject(window), m_window(window), m_editor(editor), m_findBar(findBar),
      m_showEditor(std::move(showEditor)), m_menu(new QMenu(tr("&Edit"), window))
{
    m_menu->setObjectName(QStringLiteral("editMenu"));
    // The text fields handle these keys themselves; the menu shows them and acts on the field
    // that has the keyboard (the SQL editor when none has).
    addTextAction(tr("&Undo"), QKeySequence::Undo, "undo");
    addTextAction(tr("&Redo"), QKeySequence::Redo, "redo");
    m_menu->addSeparator();
    addTextAction(tr("Cu&t"), QKeySequence::Cut, "cut");
    addTextAction(tr("&Copy"), QKeySequence::Copy, "copy");
    addTextAction(tr("&Paste"), QKeySequence::Paste, "paste");
    addTextAction(tr("Select &all"), QKeySequence::SelectAll, "selectAll");
    m_menu->addSeparator();
    m_menu->addAction(m_editor->copyPhaseAction());
    m_menu->addAction(m_editor->copyScriptAction());
    m_menu->addSeparator();

    // Find and go to line work from anywhere in the window: they bring the SQL forward.
    const auto sqlAction = [this](const QString &text, const QKeySequence &keys,
                                  const QString &name, std::function<void()> run) {
        QAction *action = m_menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, [this, run] {
            m_showEditor();
            run();
        });
        return action;
    };
    m_find = sqlAction(tr("&Find…"), QKeySequence(tr("Ctrl+F")), QStringLiteral("findAction"),
                       [this] { m_findBar->showFind(); });
    m_replace = sqlAction(tr("R&eplace…"), QKeySequence(tr("Ctrl+H")),
                          QStringLiteral("replaceAction"), [this] { m_findBar->showReplace(); });
    m_findNext = sqlAction(tr("Find &next"), QKeySequence(tr("F3")),
                           QStringLiteral("findNextAction"), [this] {
                               if (m_findBar->findField()->text().isEmpty())
                                   m_findBar->showFind();
                               else
                                   m_findBar->findNext();
                           });
    m_findPrevious = sqlAction(tr("Find pre&vious"), QKeySequence(tr("Shift+F3")),
                               QStringLiteral("findPreviousAction"), [this] {
                                   if (m_findBar->findField()->text().isEmpty())
                                       m_findBar->showFind();
                                   else
                                       m_findBar->findPrevious();
                               });
    m_goToLine = sqlAction(tr("&Go to line…"), QKeySequence(tr("Ctrl+G")),
                           QStringLiteral("goToLineAction"), [this] { goToLine(); });
    m_menu->addSeparator();

    // Completion and zoom act on the SQL editor while it has the keyboard.
    const auto editorAction = [this](const QString &text, const QKeySequence &keys,
                                     const QString &name, std::function<void()> run) {
        QAction *action = m_menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_editor->addAction(action);
        connect(action, &QAction::triggered, this, [this, run] {
            m_showEditor();
            m_editor->setFocus(Qt::ShortcutFocusReason);
            run();
        });
        return action;
    };
    m_complete =
        editorAction(tr("Co&mplete"), QKeySequence(tr("Ctrl+Space")),
                     QStringLiteral("completeAction"), [this] { m_editor->autoCompleteFromAll(); });
    m_complete->setToolTip(
        tr("Table, column, type and function names of the connected database, and the "
           "script's words"));
    m_menu->addSeparator();
    editorAction(tr("Zoom &in"), QKeySequence::ZoomIn, QStringLiteral("zoomInAction"),
                 [this] { m_editor->zoomIn(); });
    editorAction(tr("Zoom &out"), QKeySequence::ZoomOut, QStringLiteral("zoomOutAction"),
                 [this] { m_editor->zoomOut(); });
    editorAction(tr("Reset &zoom"), QKeySequence(tr("Ctrl+0")), QStringLiteral("resetZoomAction"),
                 [this] { m_editor->zoomTo(0); });
}

QWidget *EditActions::textTarget() const
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *combo = qobject_cast<QComboBox *>(focus); combo && combo->lineEdit())
        return combo->lineEdit();
    if (qobject_cast<QLineEdit *>(focus) || qobject_cast<QTextEdit *>(focus) ||
        qobject_cast<QPlainTextEdit *>(focus) || qobject_cast<QsciScintilla *>(focus))
        return focus;
    return m_editor;
}

void EditActions::addTextAction(const QString &text, const QKeySequence &keys, const char *slot)
{
    QAction *action = m_menu->addAction(text);
    action->setObjectName(QString::fromLatin1(slot) + QStringLiteral("Action"));
    action->setShortcut(keys);
    // Shown in the menu only: the focused field takes the key itself, never a window shortcut.
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, [this, slot] { onText(slot); });
}

void EditActions::onText(const char *slot)
{
    QWidget *target = textTarget();
    if (target == m_editor)
        m_showEditor();
    QMetaObject::invokeMethod(target, slot);
}

void EditActions::goToLine()
{
    if (m_goToLineDialog) {
        m_goToLineDialog->raise();
        return;
    }
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    m_goToLineDialog = new QInputDialog(m_window);
    m_goToLineDialog->setObjectName(QStringLiteral("goToLineDialog"));
    m_goToLineDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_goToLineDialog->setWindowTitle(tr("Go to line"));
    m_goToLineDialog->setInputMode(QInputDialog::IntInput);
    m_goToLineDialog->setIntRange(1, std::max(1, m_editor->lines()));
    m_goToLineDialog->setIntValue(line + 1);
    m_goToLineDialog->setLabelText(tr("&Line (1 to %1):").arg(std::max(1, m_editor->lines())));
    connect(m_goToLineDialog, &QInputDialog::intValueSelected, this, [this](int value) {
        m_showEditor();
        m_editor->setCursorPosition(value - 1, 0);
        m_editor->ensureLineVisible(value - 1);
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_goToLineDialog, &QObject::destroyed, this, [this] { m_goToLineDialog = nullptr; });
    m_goToLineDialog->open();
}
