#pragma once
// What changed between two versions of a plan: the design in words ("column.type: bigint ->
// integer") and the compiled SQL as a unified diff, for `column-planner diff` and the GUI's
// comparison.

#include "plan/plan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct PlanDiffResult
{
    QStringList designChanges; // one sentence per changed key, in document order
    QString sqlDiff;           // unified diff of the compiled scripts; empty when equal
    bool identical() const { return designChanges.isEmpty() && sqlDiff.isEmpty(); }
};

class PlanDiff
{
    Q_DECLARE_TR_FUNCTIONS(PlanDiff)

public:
    // Throws CompileError when either plan does not compile.
    static PlanDiffResult compare(const Plan &before, const Plan &after,
                                  const QString &beforeName = QStringLiteral("a"),
                                  const QString &afterName = QStringLiteral("b"));
    // Line diff of two texts in unified format with `context` lines around each change.
    static QString unifiedDiff(const QString &before, const QString &after,
                               const QString &beforeName, const QString &afterName,
                               int context = 3);
};
