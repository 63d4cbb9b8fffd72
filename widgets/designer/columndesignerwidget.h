#pragma once
// The column designer: a form bound to a Plan (table, name reviewed as you type, purpose
// presets, type, explicit nullability, expressions checked by the server, constraints, index,
// backfill settings) that regenerates the phased SQL into a SqlEditor and keeps hand-edited
// phases as the plan's overrides.

#include "base/catalog.h"
#include "base/sqltokenizer.h"
#include "db/connectionuri.h"
#include "plan/plan.h"
#include "plan/plandocument.h"
#include "sql/compilecontext.h"
#include "sql/script.h"

#include <QHash>
#include <QTimer>
#include <QWidget>
#include <memory>

class BackfillSettingsWidget;
class ExpressionCheckController;
class FieldNote;
class FormGrid;
class NameReviewPanel;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class SqlEditor;
struct CompileOptions;

class ColumnDesignerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnDesignerWidget(QWidget *parent = nullptr);
    ~ColumnDesignerWidget() override;

    // The editor that shows the script and whose hand edits become the plan's overrides.
    void attachEditor(SqlEditor *editor);
    // The script the editor shows (hand edits included); empty while the plan is incomplete.
    const Script &script() const { return m_script; }
    // Expressions are checked on this server, by a worker thread with its own connection.
    void setConnection(const ConnectionUri &uri);
    void clearConnection();
    void setCatalog(const Catalog &catalog);
    void setTable(const QString &schema, const QString &table);
    // The plan's table in the connected catalog; null offline or when there is no such table.
    const TableInfo *currentTableInfo() const;

    void setPlan(const Plan &plan);
    // Replaces the plan as an edit of the open document (its file stays, it becomes modified),
    // e.g. with an approval recorded; compiles at once.
    void applyPlan(const Plan &plan);
    // The plan as the form says; nullable is true while the user has not chosen.
    Plan plan() const;
    // What keeps the plan from compiling, one line each (shown in the status area).
    QStringList problems() const { return m_problems; }
    // Compile now instead of after the debounce.
    void regenerateNow();

    void newPlan();
    // The backfill settings newPlan() starts from (the user's defaults from the settings).
    void setNewPlanBackfill(const BackfillSettings &settings) { m_newPlanBackfill = settings; }
    BackfillSettings newPlanBackfill() const { return m_newPlanBackfill; }
    // False when the file could not be read or written; the reason is in the status area and
    // in document().fileError().
    bool openPlan(const QString &path);
    bool savePlan(const QString &path);
    // The open plan's file, modified flag and hand-edited phases.
    const PlanDocument &document() const { return m_document; }

Q_SIGNALS:
    // The plan's file name or its modified flag changed.
    void documentChanged();
    // The editor received a new script or the list of problems.
    void scriptRegenerated();
    // The user changed the design in the form (not a plan being loaded).
    void userEdited();

private:
    bool isNullabilityChosen() const;
    // The form fields whose text is an SQL expression checked by the server.
    static const QStringList &expressionFields();

    void buildForm();
    void buildTargetRows(FormGrid *form, QWidget *page);
    void buildColumnRows(FormGrid *form, QWidget *page);
    void buildNullabilityRows(FormGrid *form, QWidget *page);
    void buildValueRows(FormGrid *form, QWidget *page);
    void buildConstraintRows(FormGrid *form, QWidget *page);
    void buildReferenceRow(FormGrid *form, QWidget *page);
    void buildIndexRows(FormGrid *form, QWidget *page);
    void buildBackfillSettings(FormGrid *form, QWidget *page);
    QLineEdit *addLine(FormGrid *form, const QString &objectName, const QString &label,
                       const QString &accessible, const QString &placeholder);
    QComboBox *addCombo(const QString &objectName, const QString &accessible, bool editable);
    void onFormChanged();
    void setModified(bool modified);
    void reviewName();
    void applyPreset(int index);
    void fillReferenceColumns();
    void fillTypes();
    void fillIndexMethods();
    // What a MySQL/MariaDB table's engine and layout allow (empty when INSTANT is possible).
    static QString mysqlTableNotice(const TableInfo &table);
    void scheduleChecks();
    void checkExpressions();
    void onChecked(const QString &field, const QString &message, const QString &warning,
                   const QHash<QString, QChar> &volatility);
    void regenerate();
    void updateStatus();
    void updateNullNote();
    FieldNote *noteFor(const QString &field) const;
    QLineEdit *expressionEdit(const QString &field) const;
    QString expressionFor(const QString &field) const;
    // Expressions follow a rename of the column: where each one names the column is found when
    // it is set or typed, and those places take the new name as the name is edited.
    void connectColumnReferences();
    void findColumnReferences(const QString &field);
    void followRename();
    QPair<QString, QString> currentTable() const;
    DialectKind dialect() const;
    bool isMariaDb() const;
    CompileOptions compileOptions() const;
    void onPhaseEdited(const QString &phase, const QString &sql);
    void onPhaseRestored(const QString &phase);
    void noteHandEdits();
    void onRevertRequested(const QString &phase);

    SqlEditor *m_editor = nullptr;
    BackfillSettings m_newPlanBackfill;
    PlanDocument m_document;
    bool m_loading = false;
    bool m_connected = false;
    Catalog m_catalog;
    std::unique_ptr<ExpressionCheckController> m_checker;
    QList<SqliteSchemaObject> m_sqliteSchema;
    QHash<QString, QChar> m_volatility;
    QHash<QString, QString> m_sentChecks;            // field -> what was last sent to the server
    QHash<QString, QString> m_serverErrors;          // field -> the server's message
    QHash<QString, QString> m_serverWarnings;        // field -> what the server's answer warns of
    QHash<QString, QList<SqlLexToken>> m_columnRefs; // field -> where it names the column
    QStringList m_problems;
    QStringList m_notices;
    QString m_editProblem;
    QTimer m_compileTimer;
    QTimer m_checkTimer;

    QLineEdit *m_title;
    QComboBox *m_table;
    QComboBox *m_dialect;
    QLineEdit *m_version;
    QComboBox *m_preset;
    QLabel *m_presetInfo;
    QLineEdit *m_name;
    NameReviewPanel *m_nameReview;
    QComboBox *m_type;
    QRadioButton *m_nullAllowed;
    QRadioButton *m_notNull;
    QButtonGroup *m_nullGroup;
    FieldNote *m_nullNote;
    QLineEdit *m_default;
    FieldNote *m_defaultNote;
    QLineEdit *m_backfill;
    FieldNote *m_backfillNote;
    QLineEdit *m_check;
    FieldNote *m_checkNote;
    QLineEdit *m_enumValues;
    QComboBox *m_refTable;
    QComboBox *m_refColumn;
    QComboBox *m_onDelete;
    QComboBox *m_indexMethod;
    QCheckBox *m_unique;
    QLineEdit *m_comment;
    BackfillSettingsWidget *m_backfillSettings;
    QLabel *m_status;
    Script m_script; // what the editor shows, for the review and forecast panels
};
