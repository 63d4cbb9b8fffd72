#pragma once
// The designer's two-column form on a QGridLayout, with QFormLayout's addRow: a label and its
// field, or one widget across both columns. QFormLayout (Qt 6.4) gives a row no height when a
// wrapped note above it is shown after another one was hidden, and the designer's notes come
// and go as the user types.

#include <QHash>
#include <QString>

class QGridLayout;
class QLabel;
class QWidget;

class FormGrid
{
public:
    // Lays out `page`.
    explicit FormGrid(QWidget *page);

    // A label (its mnemonic goes to the field) and the field beside it.
    QLabel *addRow(const QString &label, QWidget *field);
    // One widget across the label and field columns (a section title, a note).
    void addRow(QWidget *widget);
    QLabel *labelForField(QWidget *field) const { return m_labels.value(field); }

private:
    int nextRow();

    QWidget *m_page;
    QGridLayout *m_grid;
    int m_rows = 0;
    QHash<QWidget *, QLabel *> m_labels;
};
