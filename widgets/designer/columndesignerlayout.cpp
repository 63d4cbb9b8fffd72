// ColumnDesignerWidget, part two: building the form (fields, notes, tab order).
#include "columndesignerwidget.h"

#include "base/identifierrules.h"
#include "base/sqltokenizer.h"
#include "designer/backfillsettingswidget.h"
#include "designer/fieldnote.h"
#include "designer/formgrid.h"
#include "designer/namereviewpanel.h"
#include "editor/scriptoutline.h"
#include "editor/sqleditor.h"
#include "plan/planfile.h"
#include "plan/presets.h"
#include "review/expressioncheckcontroller.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

QComboBox *ColumnDesignerWidget::addCombo(const QString &objectName, const QString &accessible,
                                          bool editable)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessible);
    combo->setEditable(editable);
    if (editable)
        combo->setInsertPolicy(QComboBox::NoInsert);
    return combo;
}

QLineEdit *ColumnDesignerWidget::addLine(FormGrid *form, const QString &objectName,
                                         const QString &label, const QString &accessible,
                                         const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this, &ColumnDesignerWidget::onFormChanged);
    return edit;
}

namespace {

void addSection(FormGrid *form, QWidget *page, const QString &title)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), page);
    form->addRow(label);
}

} // namespace

void ColumnDesignerWidget::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    FormGrid form(page);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    addSection(&form, page, tr("Where"));
    buildTargetRows(&form, page);
    addSection(&form, page, tr("Column"));
    buildColumnRows(&form, page);
    buildNullabilityRows(&form, page);
    buildValueRows(&form, page);
    addSection(&form, page, tr("Constraints"));
    buildConstraintRows(&form, page);
    buildReferenceRow(&form, page);
    buildIndexRows(&form, page);
    buildBackfillSettings(&form, page);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("designerStatus"));
    m_status->setAccessibleName(tr("Plan status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMargin(6);
    m_status->setFrameShape(QFrame::StyledPanel);
    outer->addWidget(m_status);
}

// Title, table, dialect and server version.
void ColumnDesignerWidget::buildTargetRows(FormGrid *form, QWidget *page)
{
    m_title = addLine(form, QStringLiteral("titleEdit"), tr("Titl&e:"), tr("Plan title"),
                      tr("What the change is for"));
    m_table = addCombo(QStringLiteral("tableCombo"), tr("Table"), true);
    m_table->setAccessibleDescription(tr("The table that gets the new column, as schema.table"));
    m_table->lineEdit()->setPlaceholderText(tr("schema.table"));
    form->addRow(tr("T&able:"), m_table);
    connect(m_table, &QComboBox::currentTextChanged, this, [this] {
        fillTypes();
        onFormChanged();
    });
    auto *target = new QWidget(page);
    auto *targetLayout = new QHBoxLayout(target);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    m_dialect = addCombo(QStringLiteral("dialectCombo"), tr("Dialect"), false);
    m_dialect->setAccessibleDescription(tr("The database the script is written for"));
    m_dialect->addItems({tr("PostgreSQL"), tr("SQLite"), tr("MySQL"), tr("MariaDB")});
    m_version = new QLineEdit(target);
    m_version->setObjectName(QStringLiteral("serverVersionEdit"));
    m_version->setAccessibleName(tr("Server version"));
    m_version->setPlaceholderText(tr("newest"));
    targetLayout->addWidget(m_dialect, 1);
    targetLayout->addWidget(m_version, 1);
    form->addRow(tr("Tar&get:"), target);
    // The label's mnemonic lands on the dialect (a plain container cannot take the focus).
    form->labelForField(target)->setBuddy(m_dialect);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, [this] {
        fillTypes();
        onFormChanged();
    });
    connect(m_version, &QLineEdit::textEdited, this, &ColumnDesignerWidget::onFormChanged);
}

// Purpose preset, name with its review, type.
void ColumnDesignerWidget::buildColumnRows(FormGrid *form, QWidget *page)
{
    m_preset = addCombo(QStringLiteral("presetCombo"), tr("Purpose preset"), false);
    m_preset->setAccessibleDescription(
        tr("Fills a sound design for a kind of column and says why"));
    m_preset->addItem(tr("Choose a purpose…"));
    for (const ColumnPreset &preset : Presets::all())
        m_preset->addItem(preset.name, preset.id);
    form->addRow(tr("&Purpose:"), m_preset);
    m_presetInfo = new QLabel(page);
    m_presetInfo->setObjectName(QStringLiteral("presetExplanation"));
    m_presetInfo->setWordWrap(true);
    m_presetInfo->setAccessibleName(tr("Why this design"));
    m_presetInfo->hide();
    form->addRow(m_presetInfo);
    connect(m_preset, &QComboBox::activated, this, &ColumnDesignerWidget::applyPreset);

    m_name = addLine(form, QStringLiteral("nameEdit"), tr("&Name:"), tr("Column name"),
                     tr("e.g. amount_cents"));
    m_nameReview = new NameReviewPanel(page);
    m_nameReview->setObjectName(QStringLiteral("nameReview"));
    form->addRow(m_nameReview);
    connect(m_nameReview, &NameReviewPanel::suggestionChosen, this, [this](const QString &name) {
        m_name->setText(name);
        // The button that was pressed goes away with the review: the keyboard returns to the name.
        m_name->setFocus(Qt::OtherFocusReason);
        onFormChanged();
    });

    m_type = addCombo(QStringLiteral("typeCombo"), tr("Column type"), true);
    m_type->setAccessibleDescription(
        tr("The SQL type; the list holds the connected server's types"));
    m_type->lineEdit()->setPlaceholderText(tr("e.g. bigint"));
    form->addRow(tr("T&ype:"), m_type);
    connect(m_type, &QComboBox::editTextChanged, this, &ColumnDesignerWidget::onFormChanged);
}

// The explicit choice between NULL allowed and NOT NULL, with its note.
void ColumnDesignerWidget::buildNullabilityRows(FormGrid *form, QWidget *page)
{
    auto *nullRow = new QWidget(page);
    auto *nullLayout = new QHBoxLayout(nullRow);
    nullLayout->setContentsMargins(0, 0, 0, 0);
    m_nullAllowed = new QRadioButton(tr("NU&LL allowed"), nullRow);
    m_nullAllowed->setObjectName(QStringLiteral("nullAllowedRadio"));
    m_notNull = new QRadioButton(tr("N&OT NULL"), nullRow);
    m_notNull->setObjectName(QStringLiteral("notNullRadio"));
    m_nullAllowed->setAccessibleName(tr("NULL allowed"));
    m_nullAllowed->setAccessibleDescription(tr("Rows may leave the column empty"));
    m_notNull->setAccessibleName(tr("NOT NULL"));
    m_notNull->setAccessibleDescription(
        tr("Every row must have a value; enforced after the backfill"));
    nullLayout->addWidget(m_nullAllowed);
    nullLayout->addWidget(m_notNull);
    nullLayout->addStretch(1);
    m_nullGroup = new QButtonGroup(this);
    m_nullGroup->addButton(m_nullAllowed);
    m_nullGroup->addButton(m_notNull);
    form->addRow(tr("Nullability:"), nullRow);
    m_nullNote = new FieldNote(tr("Nullability note"), page);
    m_nullNote->setObjectName(QStringLiteral("nullNote"));
    form->addRow(m_nullNote);
    connect(m_nullGroup, &QButtonGroup::buttonToggled, this,
            [this](QAbstractButton *, bool checked) {
                if (checked) {
                    updateNullNote();
                    onFormChanged();
                }
            });
}

// Default and backfill expressions, each with the server's note.
void ColumnDesignerWidget::buildValueRows(FormGrid *form, QWidget *page)
{
    m_default = addLine(form, QStringLiteral("defaultEdit"), tr("&Default:"),
                        tr("Default expression"), tr("SQL expression for new rows"));
    m_defaultNote = new FieldNote(tr("Default check"), page);
    m_defaultNote->setObjectName(QStringLiteral("defaultNote"));
    form->addRow(m_defaultNote);
    m_backfill =
        addLine(form, QStringLiteral("backfillEdit"), tr("&Backfill:"), tr("Backfill expression"),
                tr("value for existing rows, may use other columns"));
    m_backfillNote = new FieldNote(tr("Backfill check"), page);
    m_backfillNote->setObjectName(QStringLiteral("backfillNote"));
    form->addRow(m_backfillNote);
}

// Check constraint and allowed values.
void ColumnDesignerWidget::buildConstraintRows(FormGrid *form, QWidget *page)
{
    m_check = addLine(form, QStringLiteral("checkEdit"), tr("Chec&k:"), tr("Check constraint"),
                      tr("boolean expression"));
    m_checkNote = new FieldNote(tr("Check constraint check"), page);
    m_checkNote->setObjectName(QStringLiteral("checkNote"));
    form->addRow(m_checkNote);
    m_enumValues = addLine(form, QStringLiteral("enumValuesEdit"), tr("Allo&wed values:"),
                           tr("Allowed values"), tr("comma-separated; empty: any value"));
}

// The foreign key: referenced table, column, ON DELETE.
void ColumnDesignerWidget::buildReferenceRow(FormGrid *form, QWidget *page)
{
    auto *refRow = new QWidget(page);
    auto *refLayout = new QHBoxLayout(refRow);
    refLayout->setContentsMargins(0, 0, 0, 0);
    m_refTable = addCombo(QStringLiteral("referencesTableCombo"), tr("Referenced table"), true);
    m_refTable->setAccessibleDescription(tr("Empty for no foreign key"));
    m_refColumn = addCombo(QStringLiteral("referencesColumnCombo"), tr("Referenced column"), true);
    m_refColumn->setAccessibleDescription(
        tr("The column of the referenced table, usually its primary key"));
    m_onDelete = addCombo(QStringLiteral("onDeleteCombo"), tr("On delete"), false);
    m_onDelete->setAccessibleDescription(
        tr("What happens to this row when the referenced row is deleted"));
    for (const char *action : {"restrict", "cascade", "set null", "set default", "no action"})
        m_onDelete->addItem(QString::fromLatin1(action));
    m_refTable->lineEdit()->setPlaceholderText(tr("no foreign key"));
    // The three share the field's width: none may widen the designer past its dock.
    for (QComboBox *combo : {m_refTable, m_refColumn, m_onDelete})
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 8);
    refLayout->addWidget(m_refTable, 3);
    refLayout->addWidget(m_refColumn, 2);
    refLayout->addWidget(m_onDelete, 2);
    form->addRow(tr("Referen&ces:"), refRow);
    connect(m_refTable, &QComboBox::currentTextChanged, this, [this] {
        fillReferenceColumns();
        onFormChanged();
    });
    connect(m_refColumn, &QComboBox::currentTextChanged, this,
            &ColumnDesignerWidget::onFormChanged);
    connect(m_onDelete, &QComboBox::currentIndexChanged, this,
            &ColumnDesignerWidget::onFormChanged);
}

// Index method, uniqueness, and the column comment.
void ColumnDesignerWidget::buildIndexRows(FormGrid *form, QWidget *page)
{
    auto *indexRow = new QWidget(page);
    auto *indexLayout = new QHBoxLayout(indexRow);
    indexLayout->setContentsMargins(0, 0, 0, 0);
    m_indexMethod = addCombo(QStringLiteral("indexMethodCombo"), tr("Index method"), false);
    m_indexMethod->setAccessibleDescription(
        tr("No index, or the index method; built CONCURRENTLY on PostgreSQL"));
    m_indexMethod->addItem(tr("none"), QString());
    for (const char *method : {"btree", "hash", "gin", "gist", "brin"})
        m_indexMethod->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    m_unique = new QCheckBox(tr("Uni&que"), indexRow);
    m_unique->setObjectName(QStringLiteral("uniqueCheck"));
    m_unique->setAccessibleName(tr("Unique index"));
    m_unique->setAccessibleDescription(tr("The index enforces one row per value"));
    indexLayout->addWidget(m_indexMethod, 1);
    indexLayout->addWidget(m_unique);
    form->addRow(tr("&Index:"), indexRow);
    connect(m_indexMethod, &QComboBox::currentIndexChanged, this,
            &ColumnDesignerWidget::onFormChanged);
    connect(m_unique, &QCheckBox::toggled, this, &ColumnDesignerWidget::onFormChanged);
    m_comment = addLine(form, QStringLiteral("commentEdit"), tr("Co&mment:"), tr("Column comment"),
                        tr("what the column holds"));
}

// Batch sizing, pauses, timeouts and the sync trigger.
void ColumnDesignerWidget::buildBackfillSettings(FormGrid *form, QWidget *page)
{
    m_backfillSettings = new BackfillSettingsWidget(page);
    m_backfillSettings->setObjectName(QStringLiteral("backfillSettings"));
    form->addRow(m_backfillSettings);
    connect(m_backfillSettings, &BackfillSettingsWidget::changed, this,
            &ColumnDesignerWidget::onFormChanged);
    // The sync trigger writes the backfill expression: offered only when there is one.
    m_backfillSettings->setBackfillExpressionSet(!m_backfill->text().trimmed().isEmpty());
    connect(m_backfill, &QLineEdit::textChanged, m_backfillSettings, [this](const QString &text) {
        m_backfillSettings->setBackfillExpressionSet(!text.trimmed().isEmpty());
    });
}
