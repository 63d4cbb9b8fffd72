#include "findbarwidget.h"

#include "designer/fieldnote.h"
#include "sqleditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

FindBarWidget::FindBarWidget(SqlEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_find(new QLineEdit(this)),
      m_replace(new QLineEdit(this)), m_replaceRow(new QWidget(this)),
      m_matchCase(new QCheckBox(tr("Match &case"), this)),
      m_wholeWords(new QCheckBox(tr("&Whole words"), this)),
      m_regex(new QCheckBox(tr("Regular e&xpression"), this)),
      m_replaceButton(new QPushButton(tr("Re&place"), m_replaceRow)),
      m_replaceAllButton(new QPushButton(tr("Replace &all"), m_replaceRow)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    setAccessibleName(tr("Find in the SQL"));
    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setPlaceholderText(tr("text to find in the script"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->setPlaceholderText(tr("replacement"));
    m_matchCase->setObjectName(QStringLiteral("matchCase"));
    m_wholeWords->setObjectName(QStringLiteral("wholeWords"));
    m_regex->setObjectName(QStringLiteral("regularExpression"));
    m_regex->setToolTip(tr("ECMAScript syntax; \\1 in the replacement is the first group"));
    m_replaceButton->setObjectName(QStringLiteral("replaceOne"));
    m_replaceAllButton->setObjectName(QStringLiteral("replaceAll"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setAccessibleName(tr("Find result"));

    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("findPrevious"));
    previous->setArrowType(Qt::UpArrow);
    previous->setAccessibleName(tr("Previous match"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("findNext"));
    next->setArrowType(Qt::DownArrow);
    next->setAccessibleName(tr("Next match"));
    next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeFindBar"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Close the find bar"));
    close->setToolTip(tr("Close (Esc)"));

    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);
    auto *replaceLabel = new QLabel(tr("Replace wit&h:"), m_replaceRow);
    replaceLabel->setBuddy(m_replace);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->addWidget(findLabel, 0, 0);
    grid->addWidget(m_find, 0, 1);
    auto *findButtons = new QHBoxLayout;
    findButtons->addWidget(previous);
    findButtons->addWidget(next);
    findButtons->addWidget(m_matchCase);
    findButtons->addWidget(m_wholeWords);
    findButtons->addWidget(m_regex);
    findButtons->addWidget(m_status, 1);
    findButtons->addWidget(close);
    grid->addLayout(findButtons, 0, 2);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(replaceLabel);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(m_replaceButton);
    replaceLayout->addWidget(m_replaceAllButton);
    grid->addWidget(m_replaceRow, 1, 0, 1, 3);
    grid->setColumnStretch(1, 1);

    connect(m_find, &QLineEdit::textEdited, this, [this] { find(true, true); });
    connect(next, &QToolButton::clicked, this, &FindBarWidget::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBarWidget::findPrevious);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBarWidget::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBarWidget::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindBarWidget::closeBar);
    for (QCheckBox *option : {m_matchCase, m_wholeWords, m_regex})
        connect(option, &QCheckBox::toggled, this, [this] { find(true, true); });
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    m_replaceRow->hide();
    hide();
}

void FindBarWidget::showFind()
{
    QString seed = m_editor->selectedText();
    if (seed.isEmpty() || seed.contains(u'\n')) {
        int line = 0, index = 0;
        m_editor->getCursorPosition(&line, &index);
        seed = seed.contains(u'\n') ? QString() : m_editor->wordAtLineIndex(line, index);
    }
    if (!seed.isEmpty())
        m_find->setText(seed);
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    setStatus({});
}

void FindBarWidget::showReplace()
{
    m_replaceRow->show();
    showFind();
}

bool FindBarWidget::findNext()
{
    return find(true, false);
}

bool FindBarWidget::findPrevious()
{
    return find(false, false);
}

bool FindBarWidget::find(bool forward, bool fromSelectionStart)
{
    const QString expression = m_find->text();
    if (expression.isEmpty()) {
        setStatus({});
        return false;
    }
    int lineFrom = -1, indexFrom = -1, lineTo = -1, indexTo = -1;
    m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    int line = 0, index = 0;
    if (lineFrom < 0) {
        m_editor->getCursorPosition(&line, &index);
    } else if (forward && !fromSelectionStart) {
        line = lineTo;
        index = indexTo;
    } else {
        line = lineFrom;
        index = indexFrom;
    }
    const bool found = m_editor->findFirst(expression, m_regex->isChecked(),
                                           m_matchCase->isChecked(), m_wholeWords->isChecked(),
                                           true, forward, line, index, true, false, true);
    if (!found) {
        setStatus(tr("Not found"), true);
        return false;
    }
    int foundLine = 0, foundIndex = 0, endLine = 0, endIndex = 0;
    m_editor->getSelection(&foundLine, &foundIndex, &endLine, &endIndex);
    const bool wrapped = forward ? (foundLine < line || (foundLine == line && foundIndex < index))
                                 : (foundLine > line || (foundLine == line && foundIndex > index));
    setStatus(wrapped ? (forward ? tr("Continued from the top") : tr("Continued from the bottom"))
                      : QString());
    return true;
}

bool FindBarWidget::selectionIsMatch() const
{
    if (!m_editor->hasSelectedText() || m_find->text().isEmpty())
        return false;
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    // The same search from the selection's start must land on the selection itself (else it
    // selects the next match, where find() then goes on).
    auto *editor = m_editor;
    const int firstVisible = editor->firstVisibleLine();
    const bool found = editor->findFirst(m_find->text(), m_regex->isChecked(),
                                         m_matchCase->isChecked(), m_wholeWords->isChecked(), false,
                                         true, lineFrom, indexFrom, false, false, true);
    int l1 = -1, i1 = -1, l2 = -1, i2 = -1;
    editor->getSelection(&l1, &i1, &l2, &i2);
    editor->setFirstVisibleLine(firstVisible);
    return found && l1 == lineFrom && i1 == indexFrom && l2 == lineTo && i2 == indexTo;
}

bool FindBarWidget::replaceCurrent()
{
    if (m_editor->isReadOnly()) {
        setStatus(tr("The plan is not complete yet: there is no script to change"), true);
        return false;
    }
    if (!selectionIsMatch())
        return find(true, true); // the first match from here: the next Replace replaces it
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    for (int line = lineFrom; line <= lineTo; ++line)
        if (m_editor->isGeneratedLine(line)) {
            setStatus(tr("Skipped: the header and the phase banners are generated"), true);
            return findNext();
        }
    m_editor->replace(m_replace->text());
    findNext();
    return true;
}

int FindBarWidget::replaceAll()
{
    const QString expression = m_find->text();
    if (expression.isEmpty())
        return 0;
    if (m_editor->isReadOnly()) {
        setStatus(tr("The plan is not complete yet: there is no script to change"), true);
        return 0;
    }
    int replaced = 0, skipped = 0;
    m_editor->beginUndoAction();
    bool found =
        m_editor->findFirst(expression, m_regex->isChecked(), m_matchCase->isChecked(),
                            m_wholeWords->isChecked(), false, true, 0, 0, false, false, true);
    int lastLine = -1, lastIndex = -1;
    while (found) {
        int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
        m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        if (lineFrom == lastLine && indexFrom == lastIndex)
            break; // an empty match that does not move on
        lastLine = lineFrom;
        lastIndex = indexFrom;
        bool generated = false;
        for (int line = lineFrom; line <= lineTo; ++line)
            generated = generated || m_editor->isGeneratedLine(line);
        if (generated) {
            ++skipped;
        } else {
            m_editor->replace(m_replace->text());
            ++replaced;
        }
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    QString status = tr("%n replaced", nullptr, replaced);
    if (skipped > 0)
        status += u' ' + tr("(%n in generated lines left alone)", nullptr, skipped);
    setStatus(status, replaced == 0);
    return replaced;
}

QString FindBarWidget::statusText() const
{
    return m_status->text();
}

void FindBarWidget::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette colors = palette();
    if (problem)
        colors.setColor(QPalette::WindowText, FieldNote::color(Severity::Error, palette()));
    m_status->setPalette(colors);
    m_find->setAccessibleDescription(text);
}

void FindBarWidget::closeBar()
{
    hide();
    m_replaceRow->hide();
    m_editor->setFocus(Qt::ShortcutFocusReason);
}

bool FindBarWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceCurrent();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
