#pragma once
// The list of review rules: stable kebab-case id, default severity, a one-line description
// (SARIF shortDescription, GUI tooltips) and the safe form in general terms.

#include "finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct RuleInfo
{
    QString id;
    Severity severity = Severity::Warning;
    QString title; // "CREATE INDEX without CONCURRENTLY on an existing table"
    QString hint;  // the safe form, for findings that have no more specific hint
};

class RuleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RuleCatalog)

public:
    static const QList<RuleInfo> &all();
    static const RuleInfo *find(const QString &id); // nullptr if unknown
};
