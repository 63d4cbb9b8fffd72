#pragma once
// Plan › Review report…: the format (Markdown, HTML, PDF), the file, and whether to include the
// live state of the open connection. Write asks the owner (writeRequested) to gather and write
// the report off the GUI thread; the owner answers with finish().

#include "export/reviewreport.h"

#include <QDialog>

class BusyIndicator;
class MessageBar;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // connection: the open connection's display name; empty when not connected.
    ReportDialog(const QString &suggestedPath, const QString &connection,
                 QWidget *parent = nullptr);

    ReportFormat format() const;
    QString path() const;
    bool includeLive() const;
    // Writes (the Write button does the same). An existing file is replaced: the file chooser
    // asks first, as it does for any save.
    void writeNow();
    // The owner's answer: ok with the file written, or the one-line reason.
    void finish(bool ok, const QString &text);

Q_SIGNALS:
    void writeRequested(ReportFormat format, const QString &path, bool includeLive);

private:
    void choosePath();
    void syncSuffix();
    void setWriting(bool writing);

    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_live;
    QPushButton *m_write;
    MessageBar *m_message;
    BusyIndicator *m_busy;
    bool m_writing = false;
};
