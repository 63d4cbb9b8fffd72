#pragma once
// The bundled guide (qrc:/guide/index.html, or index.de.html / index.fr.html) in a non-modal
// window, so it can stay open beside the main window while the user follows it.

#include <QDialog>

class QTextBrowser;

class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    // The resource path of the guide in a language ("de"), English when it has none; the dialog
    // shows the one in the menus' language.
    static QString sourcePath(const QString &language);

private:
    QTextBrowser *m_browser;
};
