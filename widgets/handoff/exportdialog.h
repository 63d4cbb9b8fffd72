#pragma once
// File › Export…: writes the plan as the files of a migration tool (Flyway, Liquibase, Django,
// Sqitch) or plain SQL into a folder, through MigrationExporter as `column-planner export` does.
// A non-empty folder is written only after the user agrees to replace the exported files; the
// files written are listed. Opened with open(); the question too.

#include "plan/plan.h"

#include <QDialog>

class MessageBar;
class QComboBox;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QPushButton;

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const Plan &plan, QWidget *parent = nullptr);

    QLineEdit *folderEdit() const { return m_folder; }
    // Exports to the chosen target and folder (the Export button does the same).
    void exportNow();

private:
    void write(bool overwrite);
    void chooseFolder();

    Plan m_plan;
    QComboBox *m_target;
    QLineEdit *m_folder;
    QPushButton *m_export;
    QListWidget *m_written;
    MessageBar *m_message;
    QMessageBox *m_replaceQuestion = nullptr;
};
