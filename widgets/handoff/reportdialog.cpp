#include "reportdialog.h"

#include "busyindicator.h"
#include "messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString suffixOf(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Markdown:
        break;
    }
    return QStringLiteral("md");
}
} // namespace

ReportDialog::ReportDialog(const QString &suggestedPath, const QString &connection, QWidget *parent)
    : QDialog(parent), m_format(new QComboBox), m_path(new QLineEdit), m_live(new QCheckBox),
      m_write(new QPushButton(tr("&Write report"))), m_message(new MessageBar),
      m_busy(new BusyIndicator)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Review report"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    m_message->hide();
    auto *form = new QFormLayout;
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->setAccessibleName(tr("Report format"));
    m_format->addItem(tr("Markdown (for a pull request)"), int(ReportFormat::Markdown));
    m_format->addItem(tr("HTML (one self-contained file)"), int(ReportFormat::Html));
    m_format->addItem(tr("PDF (laid out for print)"), int(ReportFormat::Pdf));
    form->addRow(tr("&Format:"), m_format);
    auto *pathRow = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setAccessibleName(tr("Report file"));
    m_path->setText(suggestedPath);
    auto *browse = new QPushButton(tr("&Browse…"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("F&ile:"), pathRow);
    m_live->setObjectName(QStringLiteral("reportLive"));
    if (connection.isEmpty()) {
        m_live->setText(tr("Include the live state (connect to a database first)"));
        m_live->setEnabled(false);
    } else {
        m_live->setText(tr("Include the live state of %1").arg(connection));
        m_live->setChecked(true);
    }
    form->addRow(QString(), m_live);
    layout->addLayout(form);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    layout->addWidget(m_busy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_write->setObjectName(QStringLiteral("reportWrite"));
    m_write->setDefault(true);
    buttons->addButton(m_write, QDialogButtonBox::ActionRole);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::choosePath);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::syncSuffix);
    connect(m_write, &QPushButton::clicked, this, &ReportDialog::writeNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    syncSuffix();
    resize(600, 240);
}

ReportFormat ReportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

QString ReportDialog::path() const
{
    return m_path->text().trimmed();
}

bool ReportDialog::includeLive() const
{
    return m_live->isEnabled() && m_live->isChecked();
}

void ReportDialog::syncSuffix()
{
    // The file name follows the format while it still carries one of the three suffixes.
    const QFileInfo info(path());
    if (path().isEmpty() ||
        !QStringList{QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")}.contains(
            info.suffix()))
        return;
    m_path->setText(info.path() + u'/' + info.completeBaseName() + u'.' + suffixOf(format()));
}

void ReportDialog::choosePath()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Write the review report"), path(), tr("Report (*.%1)").arg(suffixOf(format())));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ReportDialog::writeNow()
{
    if (m_writing)
        return;
    if (path().isEmpty()) {
        m_message->showMessage(tr("Choose the file to write the report to."),
                               MessageBar::Level::Warning);
        return;
    }
    if (!QFileInfo(path()).absoluteDir().exists()) {
        m_message->showMessage(
            tr("The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(QFileInfo(path()).absolutePath())));
        return;
    }
    setWriting(true);
    Q_EMIT writeRequested(format(), path(), includeLive());
}

void ReportDialog::finish(bool ok, const QString &text)
{
    setWriting(false);
    m_message->showMessage(text, ok ? MessageBar::Level::Info : MessageBar::Level::Error);
}

void ReportDialog::setWriting(bool writing)
{
    m_writing = writing;
    m_write->setEnabled(!writing);
    m_busy->setBusy(writing, includeLive() ? tr("Reading the live state and writing the report…")
                                           : tr("Writing the report…"));
}
