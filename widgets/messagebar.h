#pragma once
// A dismissible strip above the central area for errors and notices, so they never need a
// modal box: one line, a severity colour from the palette, and a close button.

#include <QFrame>

class QLabel;
class QToolButton;

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Level level = Level::Error);
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_label;
    QToolButton *m_close;
    Level m_level = Level::Info;
};
