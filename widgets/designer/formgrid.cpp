#include "formgrid.h"

#include <QGridLayout>
#include <QLabel>

FormGrid::FormGrid(QWidget *page) : m_page(page), m_grid(new QGridLayout(page))
{
    m_grid->setColumnStretch(1, 1);
}

int FormGrid::nextRow()
{
    // The empty row after the last one takes the spare height, so the rows stay together at the
    // top of a tall page (an alignment would lay wrapped text out at its one-line height).
    m_grid->setRowStretch(m_rows, 0);
    m_grid->setRowStretch(m_rows + 1, 1);
    return m_rows++;
}

QLabel *FormGrid::addRow(const QString &label, QWidget *field)
{
    auto *text = new QLabel(label, m_page);
    text->setBuddy(field);
    const int row = nextRow();
    m_grid->addWidget(text, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->addWidget(field, row, 1);
    m_labels.insert(field, text);
    return text;
}

void FormGrid::addRow(QWidget *widget)
{
    m_grid->addWidget(widget, nextRow(), 0, 1, 2);
}
