#pragma once
// A small indeterminate progress bar with a caption, for the status bar: shows that work runs
// in the background without blocking anything.

#include <QWidget>

class QLabel;
class QProgressBar;

class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);
    void setBusy(bool busy, const QString &caption = {});
    bool isBusy() const;

private:
    static constexpr int MaxCaptionChars = 50;

    QLabel *m_caption;
    QProgressBar *m_bar;
};
