#pragma once
// The main window's Edit menu, as in DB Browser for SQLite, DataGrip and pgAdmin: undo, redo and
// the clipboard for whatever text field has the keyboard (the SQL editor otherwise); copy the
// phase or the whole script; find, replace, find next and previous, go to line; completion;
// zoom. The SQL-specific actions bring the SQL tab forward first.

#include <QObject>
#include <functional>

class FindBarWidget;
class QAction;
class QKeySequence;
class QInputDialog;
class QMainWindow;
class QMenu;
class QWidget;
class SqlEditor;

class EditActions : public QObject
{
    Q_OBJECT
public:
    // showEditor brings the SQL tab forward.
    EditActions(QMainWindow *window, SqlEditor *editor, FindBarWidget *findBar,
                std::function<void()> showEditor);

    QMenu *menu() const { return m_menu; }
    QAction *findAction() const { return m_find; }
    QAction *replaceAction() const { return m_replace; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }
    QAction *goToLineAction() const { return m_goToLine; }
    QAction *completeAction() const { return m_complete; }
    // Asks for a line number (non-modal), then puts the cursor at its start.
    void goToLine();
    // Open while it asks; null otherwise (tests answer it).
    QInputDialog *goToLineDialog() const { return m_goToLineDialog; }

private:
    // The text field that has the keyboard, else the SQL editor.
    QWidget *textTarget() const;
    void onText(const char *slot);
    void addTextAction(const QString &text, const QKeySequence &keys, const char *slot);

    QMainWindow *m_window;
    SqlEditor *m_editor;
    FindBarWidget *m_findBar;
    std::function<void()> m_showEditor;
    QMenu *m_menu;
    QAction *m_find = nullptr;
    QAction *m_replace = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QAction *m_goToLine = nullptr;
    QAction *m_complete = nullptr;
    QInputDialog *m_goToLineDialog = nullptr;
};
