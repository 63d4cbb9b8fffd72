#pragma once
// A one-line note beside a form field: a severity icon and a message (the server's words, a
// naming rule, a reminder), coloured from the palette; hidden when there is nothing to say.

#include "review/finding.h"

#include <QWidget>

class QLabel;

class FieldNote : public QWidget
{
    Q_OBJECT
public:
    explicit FieldNote(const QString &accessibleName, QWidget *parent = nullptr);

    void setNote(Severity severity, const QString &text);
    void clearNote();
    QString text() const;
    Severity severity() const { return m_severity; }
    bool hasNote() const { return !text().isEmpty(); }

    // The icon and the text colour of a severity, from the palette (dark themes included).
    static QIcon icon(Severity severity, const QWidget *widget);
    static QColor color(Severity severity, const QPalette &palette);

private:
    QLabel *m_icon;
    QLabel *m_text;
    Severity m_severity = Severity::Info;
};
