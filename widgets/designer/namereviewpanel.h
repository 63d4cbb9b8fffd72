#pragma once
// The naming rules' verdict on a column name, shown under the name field as you type: one row
// per issue (icon, message) with the suggested name as a link that applies it.

#include "base/identifierrules.h"

#include <QWidget>

class QVBoxLayout;

class NameReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NameReviewPanel(QWidget *parent = nullptr);

    void setIssues(const QList<NameIssue> &issues);
    QList<NameIssue> issues() const { return m_issues; }
    bool hasErrors() const;

Q_SIGNALS:
    void suggestionChosen(const QString &name);

private:
    QVBoxLayout *m_layout;
    QList<NameIssue> m_issues;
};
