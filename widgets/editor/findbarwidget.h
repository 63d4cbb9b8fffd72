#pragma once
// Find and replace in the SQL editor, as a bar under it (Kate, DB Browser for SQLite): Ctrl+F
// finds as you type, Enter and F3 go to the next match, Shift+Enter and Shift+F3 to the
// previous one, Ctrl+H adds the replace row, Esc closes the bar and gives the keyboard back to
// the editor. Replacing leaves the generated header and phase banners alone.

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SqlEditor;

class FindBarWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FindBarWidget(SqlEditor *editor, QWidget *parent = nullptr);

    // Shows the bar (with the replace row when asked), starting from the editor's selection or
    // the word under its cursor, and puts the keyboard in the find field.
    void showFind();
    void showReplace();
    // From the editor's cursor, wrapping around; false (and "not found") when there is none.
    bool findNext();
    bool findPrevious();
    // Replaces the current match (when it is one) and goes to the next one.
    bool replaceCurrent();
    // Every match outside the generated lines, as one undo step; returns how many.
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool forward, bool fromSelectionStart);
    bool selectionIsMatch() const;
    void setStatus(const QString &text, bool problem = false);
    void closeBar();

    SqlEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QCheckBox *m_regex;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QLabel *m_status;
};
