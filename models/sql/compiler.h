#pragma once
// Turns a Plan (plus, when connected, the Catalog) into a phased Script for one dialect and
// server version. Refuses bad input with one line naming what is wrong.

#include "compilecontext.h"
#include "script.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>
#include <stdexcept>

class CompileError : public std::runtime_error
{
public:
    explicit CompileError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

struct CompileOptions
{
    std::optional<DialectKind> dialect; // overrides the plan's target
    std::optional<bool> mariadb;
    QString serverVersion;            // overrides catalog and plan: "15", "8.0.35", "10.6"
    const Catalog *catalog = nullptr; // null: offline
    QList<SqliteSchemaObject> sqliteSchema;
    // PostgreSQL function volatility from pg_proc ('i', 's', 'v') when connected, by name.
    QHash<QString, QChar> functionVolatility;
};

class Compiler
{
    Q_DECLARE_TR_FUNCTIONS(Compiler)

public:
    // Throws CompileError.
    static Script compile(const Plan &plan, const CompileOptions &options = {});
    // Plan-level checks only (names, types, expressions, NOT NULL without a fill): throws.
    static CompileContext prepare(const Plan &plan, const CompileOptions &options);

    // "15" -> 150000, "9.6" -> 90600 (PostgreSQL); "8.0.28" -> 80028, "10.6" -> 100600 (MySQL,
    // MariaDB); "3.45.1" -> 3045001 (SQLite). Returns 0 for text that is not a version.
    static int parseServerVersion(const QString &text, DialectKind dialect);
    static QString versionText(int number, DialectKind dialect);
    // Offline knowledge: functions PostgreSQL/MySQL/SQLite evaluate per row.
    static bool isKnownVolatile(const QString &function);
    // Whether the text is a constant SQLite accepts as an ADD COLUMN default.
    static bool isSqliteConstant(const QString &expression);
};
