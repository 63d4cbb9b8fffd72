#pragma once
// The bundled guide (qrc:/guide/index.html) in a non-modal window, so it can stay open beside
// the main window while the user follows it.

#include <QDialog>

class QTextBrowser;

class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
