#pragma once
// Reads, validates and writes plan files (column-planner/plan@1). Every problem is one line
// naming the file, the JSON path and the reason; unknown keys survive a load/save round trip.

#include "plan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <stdexcept>

class PlanError : public std::runtime_error
{
public:
    explicit PlanError(const QStringList &problems);
    QStringList problems() const { return m_problems; }
    QString message() const { return m_problems.value(0); } // the first problem, one line

private:
    QStringList m_problems;
};

class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile) // its messages name the key and say what is wrong, translated
public:
    static constexpr const char *Format = "column-planner/plan@1";
    static const QStringList &phaseNames(); // expand, backfill, enforce, verify

    // What a plan may hold (README, "Limits"). Beyond them the loader refuses the plan with one
    // line instead of spending seconds and gigabytes on it.
    static constexpr qsizetype MaxPlanBytes = 8 * 1024 * 1024;
    static constexpr int MaxNameBytes = 63;  // PostgreSQL NAMEDATALEN - 1, also enum labels
    static constexpr int MaxNameChars = 64;  // MySQL and MariaDB
    static constexpr int MaxKeyColumns = 32; // PostgreSQL INDEX_MAX_KEYS
    static constexpr int MaxEnumValues = 10000;
    static constexpr int MaxTitleChars = 200; // title, type, check names and expected values
    static constexpr int MaxCommentChars = 4000;
    static constexpr int MaxExpressionChars = 100000;
    static constexpr int MaxChecks = 1000;

    // Throws PlanError (problems prefixed with the file's name).
    static Plan load(const QString &path);
    static Plan parse(const QByteArray &json, const QString &sourceName);
    static Plan fromJson(const QJsonObject &json, const QString &sourceName);
    // Structural problems of a JSON document, each "SOURCE: $.path: reason"; empty when valid.
    static QStringList validate(const QJsonObject &json, const QString &sourceName);

    static QJsonObject toJson(const Plan &plan);
    static QByteArray serialize(const Plan &plan);
    // Writes atomically (QSaveFile); throws PlanError on an I/O failure.
    static void save(const Plan &plan, const QString &path);
};
