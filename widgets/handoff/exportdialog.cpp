#include "exportdialog.h"

#include "export/migrationexporter.h"
#include "messagebar.h"
#include "sql/compiler.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_target(new QComboBox), m_folder(new QLineEdit),
      m_export(new QPushButton(tr("&Export"))), m_written(new QListWidget),
      m_message(new MessageBar)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the plan"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    m_message->hide();

    auto *form = new QFormLayout;
    m_target->setObjectName(QStringLiteral("exportTarget"));
    m_target->setAccessibleName(tr("Export target"));
    const QHash<QString, QString> descriptions{
        {QStringLiteral("flyway"), tr("Flyway: V/U scripts per phase")},
        {QStringLiteral("liquibase"), tr("Liquibase: formatted-SQL changelog")},
        {QStringLiteral("django"), tr("Django: a migration per phase")},
        {QStringLiteral("sqitch"), tr("Sqitch: plan with deploy, revert and verify")},
        {QStringLiteral("sql"), tr("Plain SQL: a file and a rollback per phase")}};
    for (const QString &name : MigrationExporter::targetNames())
        m_target->addItem(descriptions.value(name, name), name);
    form->addRow(tr("&Target:"), m_target);

    auto *folderRow = new QHBoxLayout;
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setAccessibleName(tr("Output folder"));
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    auto *browse = new QPushButton(tr("&Browse…"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("&Folder:"), folderRow);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Files written:")));
    m_written->setObjectName(QStringLiteral("exportWritten"));
    m_written->setAccessibleName(tr("Files written"));
    layout->addWidget(m_written, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 420);
}

void ExportDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export into"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void ExportDialog::exportNow()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_message->showMessage(tr("Choose the folder to export into."), MessageBar::Level::Warning);
        return;
    }
    const QDir dir(folder);
    if (!dir.exists() ||
        dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        write(false);
        return;
    }
    if (m_replaceQuestion)
        return;
    m_replaceQuestion = new QMessageBox(
        QMessageBox::Question, tr("Folder not empty"),
        tr("%1 is not empty. Replace the exported files in it? Other files there are left alone.")
            .arg(QDir::toNativeSeparators(folder)),
        QMessageBox::NoButton, this);
    m_replaceQuestion->setObjectName(QStringLiteral("exportReplaceQuestion"));
    QPushButton *replace = m_replaceQuestion->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("exportReplace"));
    m_replaceQuestion->addButton(QMessageBox::Cancel);
    m_replaceQuestion->setDefaultButton(QMessageBox::Cancel);
    connect(m_replaceQuestion, &QMessageBox::finished, this, [this, replace] {
        const bool confirmed = m_replaceQuestion->clickedButton() == replace;
        m_replaceQuestion->deleteLater();
        m_replaceQuestion = nullptr;
        if (confirmed)
            write(true);
        else
            m_message->showMessage(tr("Nothing exported: the folder is not empty."),
                                   MessageBar::Level::Info);
    });
    m_replaceQuestion->open();
}

void ExportDialog::write(bool overwrite)
{
    const auto target = MigrationExporter::targetFromName(m_target->currentData().toString());
    m_written->clear();
    try {
        // Offline, for the plan's own target: the same bytes `column-planner export` writes.
        const Script script = Compiler::compile(m_plan);
        const QList<ExportFile> files = MigrationExporter::files(m_plan, script, *target);
        MigrationExporter::write(files, m_folder->text().trimmed(), overwrite);
        for (const ExportFile &file : files)
            m_written->addItem(file.path);
        m_message->showMessage(tr("Exported %n file(s) for %1 into %2.", nullptr, int(files.size()))
                                   .arg(m_target->currentData().toString(),
                                        QDir::toNativeSeparators(m_folder->text().trimmed())),
                               MessageBar::Level::Info);
    } catch (const CompileError &error) {
        m_message->showMessage(tr("The plan does not compile: %1").arg(error.message()));
    } catch (const ExportError &error) {
        m_message->showMessage(error.message());
    }
}
