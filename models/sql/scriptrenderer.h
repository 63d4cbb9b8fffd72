#pragma once
// Script -> the text shown in the SQL editor and printed by `generate`: phases in order under
// banner comments, each statement under a comment with its purpose and lock; rollbacks newest
// phase first. One renderer, so the GUI and the CLI show the same bytes.

#include "script.h"

#include <QString>

struct RenderOptions
{
    QString phase;         // empty: every phase
    bool rollback = false; // the rollback of that phase, or of every phase newest first
    bool header = true;    // the leading comment naming plan, dialect and version
};

class ScriptRenderer
{
public:
    // Throws std::invalid_argument for an unknown phase name.
    static QString render(const Script &script, const RenderOptions &options = {});
    static QString renderStatement(const Statement &statement, DialectKind dialect);
    static QString header(const Script &script);
    // The hex SHA-256 of the rendered script: what approvals sign and a run records.
    static QString sha256(const Script &script);
};
