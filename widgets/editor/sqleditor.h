#pragma once
// The SQL editor: a QsciScintilla with its own SQL lexer that shows a phased script, folds it
// per phase, marks review findings (indicator, margin marker, annotation) and tells which
// phases the user hand-edited so the plan can keep them as overrides.

#include "base/catalog.h"
#include "editor/scriptoutline.h"
#include "review/finding.h"
#include "sql/script.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <QHash>

class QsciAPIs;
class QsciLexerSQL;

class SqlEditor : public QsciScintilla
{
    Q_OBJECT
public:
    enum Margins
    {
        LinesMargin = 0,
        MarksMargin = 1,
        FoldsMargin = 2
    };
    enum Markers
    {
        ErrorMarker = 0,
        WarningMarker = 1,
        InfoMarker = 2,
        HandEditedMarker = 3
    };

    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    // Shows `script` as ScriptRenderer prints it. `generated` is the same plan compiled without
    // its overrides (what the compiler would write): a phase whose text differs from it is
    // hand-edited. `outdated`: hand-edited phases whose generated SQL changed since the edit.
    void showScript(const Script &script, const Script &generated,
                    const QStringList &outdated = {});
    // Comment text instead of a script (an incomplete plan); read-only until the next script.
    void showPlaceholder(const QString &text);
    bool hasScript() const { return !m_sections.isEmpty(); }

    QList<PhaseSection> phases() const { return m_sections; }
    // The phase's SQL under its banner, normalized (ScriptOutline::normalized).
    QString phaseText(const QString &phase) const;
    QString generatedPhaseText(const QString &phase) const { return m_generated.value(phase); }
    bool isHandEdited(const QString &phase) const;
    QStringList handEditedPhases() const;
    // The phase whose banner or body holds `line` (0-based); empty for the header.
    QString phaseAt(int line) const;
    int bannerLine(const QString &phase) const;
    QString annotationAt(int line) const;

    void setPhaseFolded(const QString &phase, bool folded);
    bool isPhaseFolded(const QString &phase) const;

    // Review findings: lines and columns 1-based, as the Reviewer reports them.
    void setFindings(const QList<Finding> &findings);
    QList<Finding> findings() const { return m_findings; }
    // A finding's indicator number for its severity (tests and the review panel).
    int indicatorFor(Severity severity) const;

    QsciLexerSQL *sqlLexer() const { return m_lexer; }
    // Reverts the phase holding the cursor; disabled unless that phase is hand-edited.
    QAction *revertPhaseAction() const { return m_revertAction; }
    // Copies the phase holding the cursor (banner and SQL) or the whole script to the clipboard,
    // as DB Browser and DataGrip copy a statement: disabled while there is no script.
    QAction *copyPhaseAction() const { return m_copyPhaseAction; }
    QAction *copyScriptAction() const { return m_copyScriptAction; }
    // The phase's text as shown, banner included; empty for an unknown phase.
    QString phaseBlock(const QString &phase) const;
    // A line of the generated frame (the header and the phase banners), which edits leave alone.
    bool isGeneratedLine(int line) const { return isProtectedLine(line); }

    // Completion as you type (from the second character) and on request: the catalog's table,
    // column, type and function names with the words of the script. The list is prepared by
    // QsciAPIs on a thread of its own; until it is ready the script's own words are offered.
    void setCompletionCatalog(const Catalog &catalog);
    bool isCompletionReady() const { return m_completionReady; }

Q_SIGNALS:
    // The user changed a phase so that it differs from the generated SQL; sql is normalized.
    void phaseEdited(const QString &phase, const QString &sql);
    // The user's text of a phase equals the generated SQL again.
    void phaseRestored(const QString &phase);
    // The user asked to drop a phase's hand edits.
    void revertRequested(const QString &phase);
    // An edit the editor refused (banners and header are generated); empty when resolved.
    void editProblem(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setDocumentText(const QString &text);
    void onTextChanged();
    void refreshDecorations();
    void applyFoldLevels();
    void applyPalette();
    void updateRevertAction();
    void updatePhaseActions();
    bool isProtectedLine(int line) const;
    bool keyTouchesProtectedText(const QKeyEvent *event) const;
    QString layoutKey(const QString &text) const;
    int statementEndLine(int line) const;

    QsciLexerSQL *m_lexer;
    QAction *m_revertAction;
    QAction *m_copyPhaseAction;
    QAction *m_copyScriptAction;
    QsciAPIs *m_apis;
    bool m_completionReady = false;
    QsciStyle m_purposeStyle;
    QsciStyle m_editedStyle;
    QsciStyle m_severityStyles[3];
    int m_indicators[3] = {-1, -1, -1};
    bool m_settingText = false;
    bool m_undoPending = false;
    QList<PhaseSection> m_sections;
    QString m_layout;                    // header + banner lines of the shown script
    QHash<QString, QString> m_generated; // normalized generated body per phase
    QHash<QString, QString> m_shown;     // normalized body per phase, as last seen
    QHash<QString, QString> m_about;     // purpose line per phase
    QStringList m_outdated;
    QList<Finding> m_findings;
};
