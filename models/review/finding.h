#pragma once
// One problem the review found in a script: which rule, how bad, where, and the safe form.

#include <QString>

enum class Severity
{
    Error,
    Warning,
    Info
};

struct Finding
{
    QString rule; // kebab-case and stable: "non-concurrent-index"
    Severity severity = Severity::Warning;
    QString message;      // what happens on a live table
    QString hint;         // the safe form
    int line = 0;         // 1-based
    int column = 0;       // 1-based, in characters
    int statement = 0;    // 1-based index of the statement in the script
    qsizetype offset = 0; // byte offset in the UTF-8 script

    static QString severityName(Severity severity);        // "error", "warning", "info"
    static Severity severityFromName(const QString &name); // unknown -> Warning
};
