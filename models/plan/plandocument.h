#pragma once
// The plan the window has open: its file, whether it changed since it was read or written, the
// fields a form does not show (checks, overrides, unknown keys), and the phases edited by hand
// with the generated text each edit began from. The column designer is a view of it.

#include "plan.h"

#include <QHash>
#include <QString>
#include <optional>

class PlanDocument
{
public:
    const Plan &plan() const { return m_plan; }
    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }
    // Why the last open() or save() failed, one line; empty after a success.
    QString fileError() const { return m_fileError; }

    // Replaces the plan's content; the file and the modified flag stay.
    void replace(const Plan &plan);
    // An unnamed, unmodified document holding `plan`.
    void startNew(const Plan &plan);
    // The plan read from `path`, now the document's; nothing when it cannot be read (fileError()
    // says why, and the document is unchanged).
    std::optional<Plan> open(const QString &path);
    // Writes `plan` to `path` and makes it the document's; false when it cannot (fileError()).
    bool save(const Plan &plan, const QString &path);
    // True when the flag changed.
    bool setModified(bool modified);

    // The user's SQL for one phase. The first edit of a phase remembers `generatedText`, the
    // generated text it began from (null: none known), so that a later change of the design that
    // changes that text can be named (isOutdated).
    void editPhase(const QString &phase, const QString &sql, const QString &generatedText);
    // The phase goes back to the generated SQL. Neither marks the document modified: the caller
    // does, with setModified(), to learn whether the flag changed.
    void revertPhase(const QString &phase);
    bool isOutdated(const QString &phase, const QString &generatedText) const;

private:
    Plan m_plan;
    QString m_path;
    bool m_modified = false;
    QString m_fileError;
    QHash<QString, QString> m_editBase; // phase -> generated text when its edit began
};
