#pragma once
// Turns a compiled Script into the files of a migration tool (Flyway, Liquibase, Django, Sqitch)
// or plain SQL, each with ordering, idempotent statements and rollback paths, and writes them
// into a directory without ever overwriting a non-empty one unless asked to.

#include "plan/plan.h"
#include "sql/script.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <stdexcept>

enum class ExportTarget
{
    Flyway,
    Liquibase,
    Django,
    Sqitch,
    Sql
};

class ExportError : public std::runtime_error
{
public:
    explicit ExportError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

struct ExportFile
{
    QString path; // relative to the output directory, '/' separated
    QByteArray content;
};

struct ExportOptions
{
    QDateTime createdAt = QDateTime::currentDateTimeUtc(); // versions, plan timestamps
    QString author = QStringLiteral("column-planner");
    QString djangoApp = QStringLiteral("app"); // app label the migrations belong to
    QString djangoModel;      // model of the table (lower case); empty: the table name
    QString djangoDependency; // migration the first one follows, e.g. 0001_initial
};

class MigrationExporter
{
    Q_DECLARE_TR_FUNCTIONS(MigrationExporter)

public:
    static std::optional<ExportTarget> targetFromName(const QString &name);
    static QString targetName(ExportTarget target);
    static QStringList targetNames();

    // Throws ExportError when the target cannot express the script (framework exports need a
    // PostgreSQL script).
    static QList<ExportFile> files(const Plan &plan, const Script &script, ExportTarget target,
                                   const ExportOptions &options = {});
    // Writes the files under directory. A directory that exists and holds anything is refused
    // unless overwrite is set; then only the exported files are replaced. Throws ExportError.
    static void write(const QList<ExportFile> &files, const QString &directory, bool overwrite);

private:
    static QList<ExportFile> plainSql(const Script &script);
    static QList<ExportFile> flyway(const Script &script, const ExportOptions &options);
    static QList<ExportFile> liquibase(const Script &script, const ExportOptions &options);
    static QList<ExportFile> django(const Plan &plan, const Script &script,
                                    const ExportOptions &options);
    static QList<ExportFile> sqitch(const Script &script, const ExportOptions &options);
};
