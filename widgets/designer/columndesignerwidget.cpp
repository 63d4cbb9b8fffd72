#include "columndesignerwidget.h"

#include "base/identifierrules.h"
#include "base/sqltokenizer.h"
#include "designer/backfillsettingswidget.h"
#include "designer/designermessage.h"
#include "designer/fieldnote.h"
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
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

std::optional<QString> optionalText(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

QStringList offlineTypes(DialectKind dialect)
{
    switch (dialect) {
    case DialectKind::PostgreSQL:
        return {QStringLiteral("bigint"),        QStringLiteral("integer"),
                QStringLiteral("text"),          QStringLiteral("boolean"),
                QStringLiteral("numeric(12,2)"), QStringLiteral("timestamptz"),
                QStringLiteral("date"),          QStringLiteral("jsonb"),
                QStringLiteral("uuid")};
    case DialectKind::SQLite:
        return {QStringLiteral("INTEGER"), QStringLiteral("TEXT"), QStringLiteral("REAL"),
                QStringLiteral("NUMERIC"), QStringLiteral("BLOB")};
    case DialectKind::MySQL:
        return {QStringLiteral("bigint"),       QStringLiteral("int"),
                QStringLiteral("varchar(255)"), QStringLiteral("text"),
                QStringLiteral("tinyint(1)"),   QStringLiteral("decimal(12,2)"),
                QStringLiteral("datetime(6)"),  QStringLiteral("json")};
    }
    return {};
}

} // namespace

ColumnDesignerWidget::ColumnDesignerWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("columnDesigner"));
    setAccessibleName(tr("Column designer"));
    m_compileTimer.setSingleShot(true);
    m_compileTimer.setInterval(150);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(400);
    connect(&m_compileTimer, &QTimer::timeout, this, &ColumnDesignerWidget::regenerate);
    connect(&m_checkTimer, &QTimer::timeout, this, &ColumnDesignerWidget::checkExpressions);
    buildForm();
    connectColumnReferences();
    newPlan();
}

ColumnDesignerWidget::~ColumnDesignerWidget() = default;

const QStringList &ColumnDesignerWidget::expressionFields()
{
    static const QStringList fields = {QStringLiteral("default"), QStringLiteral("backfill"),
                                       QStringLiteral("check")};
    return fields;
}

void ColumnDesignerWidget::attachEditor(SqlEditor *editor)
{
    m_editor = editor;
    connect(editor, &SqlEditor::phaseEdited, this, &ColumnDesignerWidget::onPhaseEdited);
    connect(editor, &SqlEditor::phaseRestored, this, &ColumnDesignerWidget::onPhaseRestored);
    connect(editor, &SqlEditor::revertRequested, this, &ColumnDesignerWidget::onRevertRequested);
    connect(editor, &SqlEditor::editProblem, this, [this](const QString &message) {
        m_editProblem = message;
        updateStatus();
    });
    regenerateNow();
}

void ColumnDesignerWidget::setConnection(const ConnectionUri &uri)
{
    m_checker = std::make_unique<ExpressionCheckController>(uri);
    connect(m_checker.get(), &ExpressionCheckController::checked, this,
            &ColumnDesignerWidget::onChecked);
    connect(m_checker.get(), &ExpressionCheckController::failed, this,
            [this](const QString &field, const QString &message) {
                if (FieldNote *note = noteFor(field))
                    note->setNote(Severity::Warning, tr("Not checked: %1").arg(message));
            });
    connect(m_checker.get(), &ExpressionCheckController::sqliteSchemaReady, this,
            [this](const QList<SqliteSchemaObject> &objects) {
                m_sqliteSchema = objects;
                m_compileTimer.start();
            });
    m_sentChecks.clear();
    m_serverErrors.clear();
    m_serverWarnings.clear();
}

void ColumnDesignerWidget::clearConnection()
{
    m_checker.reset();
    m_connected = false;
    m_catalog = {};
    m_sqliteSchema.clear();
    m_volatility.clear();
    m_sentChecks.clear();
    m_serverErrors.clear();
    m_serverWarnings.clear();
    m_dialect->setEnabled(true);
    m_version->setEnabled(true);
    fillTypes();
    m_compileTimer.start();
}

void ColumnDesignerWidget::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_connected = true;
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString table = m_table->currentText();
    const QString refTable = m_refTable->currentText();
    m_table->clear();
    m_refTable->clear();
    m_refTable->addItem(QString());
    for (const TableInfo &info : catalog.tables) {
        m_table->addItem(info.qualifiedName());
        m_refTable->addItem(info.qualifiedName());
    }
    m_table->setEditText(table);
    m_refTable->setEditText(refTable);
    // Connected: the server says which dialect and version.
    m_dialect->setCurrentIndex(catalog.dialect == DialectKind::PostgreSQL ? 0
                               : catalog.dialect == DialectKind::SQLite   ? 1
                               : catalog.mariadb                          ? 3
                                                                          : 2);
    m_dialect->setEnabled(false);
    m_version->setText(catalog.serverVersion);
    m_version->setEnabled(false);
    fillTypes();
    m_loading = wasLoading;
    if (m_checker && m_checker->dialect() == DialectKind::SQLite)
        m_checker->readSqliteSchema();
    m_sentChecks.clear();
    reviewName();
    scheduleChecks();
    m_compileTimer.start();
}

void ColumnDesignerWidget::setTable(const QString &schema, const QString &table)
{
    const QString text = schema.isEmpty() ? table : schema + u'.' + table;
    if (m_table->currentText() == text)
        return;
    // Picked in the schema browser: the plan follows, without taking the user to the SQL.
    m_loading = true;
    m_table->setEditText(text);
    m_loading = false;
    if (!m_name->text().trimmed().isEmpty())
        setModified(true);
    reviewName();
    scheduleChecks();
    m_compileTimer.start();
}

void ColumnDesignerWidget::fillTypes()
{
    const QString current = m_type->currentText();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItems(m_connected && !m_catalog.typeNames.isEmpty() ? m_catalog.typeNames
                                                                   : offlineTypes(dialect()));
    m_type->setEditText(current);
    fillIndexMethods();
}

void ColumnDesignerWidget::fillIndexMethods()
{
    // SQLite builds b-trees only; MySQL/MariaDB B-tree (HASH only on MEMORY tables); gin, gist
    // and brin are PostgreSQL's.
    QStringList methods = {QStringLiteral("btree")};
    if (dialect() != DialectKind::SQLite)
        methods << QStringLiteral("hash");
    if (dialect() == DialectKind::PostgreSQL)
        methods << QStringLiteral("gin") << QStringLiteral("gist") << QStringLiteral("brin");
    QStringList shown;
    for (int i = 1; i < m_indexMethod->count(); ++i)
        shown << m_indexMethod->itemData(i).toString();
    if (shown == methods)
        return;
    const QString current = m_indexMethod->currentData().toString();
    const QSignalBlocker blocker(m_indexMethod);
    while (m_indexMethod->count() > 1)
        m_indexMethod->removeItem(1);
    for (const QString &method : methods)
        m_indexMethod->addItem(method, method);
    m_indexMethod->setCurrentIndex(qMax(0, m_indexMethod->findData(current)));
}

QString ColumnDesignerWidget::mysqlTableNotice(const TableInfo &table)
{
    const QString name = table.qualifiedName();
    if (!table.engine.isEmpty() &&
        table.engine.compare(QStringLiteral("InnoDB"), Qt::CaseInsensitive) != 0)
        return tr("%1 is a %2 table: only InnoDB changes a table in place. Adding the column "
                  "copies the whole table "
                  "with writes blocked (ALGORITHM=COPY, LOCK=SHARED); reads go on. To add it "
                  "online, convert the table "
                  "to InnoDB first (itself a blocking copy), or run the plan in a quiet window.")
            .arg(name, table.engine);
    if (table.hasFulltextIndex())
        return tr("%1 has a FULLTEXT index: the server refuses INSTANT ADD COLUMN, so the column "
                  "is added with "
                  "ALGORITHM=INPLACE, LOCK=NONE: the table is rebuilt while reads and writes go "
                  "on.")
            .arg(name);
    if (table.rowFormat.compare(QStringLiteral("Compressed"), Qt::CaseInsensitive) == 0)
        return tr("%1 is ROW_FORMAT=COMPRESSED: the server refuses INSTANT ADD COLUMN, so the "
                  "column is added with "
                  "ALGORITHM=INPLACE, LOCK=NONE: the table is rebuilt while reads and writes go "
                  "on.")
            .arg(name);
    if (table.totalRowVersions >= 64)
        return tr("%1 has used all 64 instant row versions: INSTANT is refused until the table is "
                  "rebuilt, so the "
                  "column is added with ALGORITHM=INPLACE, LOCK=NONE (a rebuild while reads and "
                  "writes go on).")
            .arg(name);
    return {};
}

void ColumnDesignerWidget::fillReferenceColumns()
{
    const QString current = m_refColumn->currentText();
    const QSignalBlocker blocker(m_refColumn);
    m_refColumn->clear();
    const TableInfo *info =
        m_connected ? m_catalog.findTable(m_refTable->currentText().trimmed()) : nullptr;
    if (!info) {
        m_refColumn->setEditText(current.isEmpty() && !m_refTable->currentText().trimmed().isEmpty()
                                     ? QStringLiteral("id")
                                     : current);
        return;
    }
    for (const ColumnInfo &column : info->columns)
        m_refColumn->addItem(column.name);
    const QString preferred = !current.isEmpty() && info->column(current)
                                  ? current
                                  : info->primaryKey.value(0, QStringLiteral("id"));
    m_refColumn->setCurrentText(preferred);
}

QPair<QString, QString> ColumnDesignerWidget::currentTable() const
{
    const QString text = m_table->currentText().trimmed();
    if (m_connected)
        if (const TableInfo *info = m_catalog.findTable(text))
            return {info->schema, info->name};
    const qsizetype dot = text.indexOf(u'.');
    return dot < 0 ? qMakePair(QString(), text) : qMakePair(text.left(dot), text.mid(dot + 1));
}

const TableInfo *ColumnDesignerWidget::currentTableInfo() const
{
    if (!m_connected)
        return nullptr;
    const auto [schema, table] = currentTable();
    return m_catalog.table(schema, table);
}

DialectKind ColumnDesignerWidget::dialect() const
{
    if (m_connected)
        return m_catalog.dialect;
    switch (m_dialect->currentIndex()) {
    case 1:
        return DialectKind::SQLite;
    case 2:
    case 3:
        return DialectKind::MySQL;
    default:
        return DialectKind::PostgreSQL;
    }
}

bool ColumnDesignerWidget::isMariaDb() const
{
    return m_connected ? m_catalog.dialect == DialectKind::MySQL && m_catalog.mariadb
                       : m_dialect->currentIndex() == 3;
}

bool ColumnDesignerWidget::isNullabilityChosen() const
{
    return m_nullAllowed->isChecked() || m_notNull->isChecked();
}

void ColumnDesignerWidget::setModified(bool modified)
{
    if (m_document.setModified(modified))
        Q_EMIT documentChanged();
}

void ColumnDesignerWidget::onFormChanged()
{
    if (m_loading)
        return;
    setModified(true);
    Q_EMIT userEdited();
    reviewName();
    scheduleChecks();
    m_compileTimer.start();
}

void ColumnDesignerWidget::reviewName()
{
    const QString name = m_name->text().trimmed();
    QStringList existing;
    if (const TableInfo *info = currentTableInfo())
        for (const ColumnInfo &column : info->columns)
            existing << column.name;
    m_nameReview->setIssues(name.isEmpty()
                                ? QList<NameIssue>{}
                                : reviewColumnName(name, dialect(), m_type->currentText().trimmed(),
                                                   existing,
                                                   !m_refTable->currentText().trimmed().isEmpty()));
}

void ColumnDesignerWidget::updateNullNote()
{
    if (!isNullabilityChosen())
        m_nullNote->setNote(
            Severity::Warning,
            tr("Choose one: the plan is not valid until you say whether the column allows NULL."));
    else if (m_notNull->isChecked() && m_default->text().trimmed().isEmpty() &&
             m_backfill->text().trimmed().isEmpty())
        m_nullNote->setNote(Severity::Info,
                            tr("Existing rows need a value: give a default or a backfill."));
    else
        m_nullNote->clearNote();
}

void ColumnDesignerWidget::applyPreset(int index)
{
    const QString id = m_preset->itemData(index).toString();
    if (id.isEmpty()) {
        m_presetInfo->hide();
        return;
    }
    PresetChoices choices;
    choices.columnName = m_name->text().trimmed();
    const ColumnPreset *preset = Presets::find(id);
    const PresetDesign design = Presets::design(id, dialect(), choices, isMariaDb());
    m_loading = true;
    const ColumnSpec &column = design.column;
    m_name->setText(column.name);
    m_type->setEditText(column.type);
    (column.nullable ? m_nullAllowed : m_notNull)->setChecked(true);
    m_default->setText(column.defaultExpr.value_or(QString()));
    m_backfill->setText(column.backfill.value_or(QString()));
    m_check->setText(column.check.value_or(QString()));
    m_enumValues->setText(column.enumValues.join(QStringLiteral(", ")));
    m_refTable->setEditText(column.references ? column.references->table : QString());
    fillReferenceColumns();
    if (column.references) {
        m_refColumn->setEditText(column.references->column);
        m_onDelete->setCurrentText(column.references->onDelete);
    }
    m_indexMethod->setCurrentIndex(
        column.index ? qMax(0, m_indexMethod->findData(column.index->method)) : 0);
    m_unique->setChecked(column.index && column.index->unique);
    if (!column.comment.isEmpty())
        m_comment->setText(column.comment);
    m_loading = false;
    for (const QString &field : expressionFields())
        findColumnReferences(field);
    QString info = preset ? preset->explanation : QString();
    for (const QString &note : design.notes)
        info += QStringLiteral("\n• ") + note;
    m_presetInfo->setText(info);
    m_presetInfo->show();
    updateNullNote();
    onFormChanged();
}

Plan ColumnDesignerWidget::plan() const
{
    Plan p = m_document.plan();
    p.title = m_title->text().trimmed();
    p.dialect = dialect();
    p.mariadb = isMariaDb();
    p.serverVersion = m_connected ? m_catalog.serverVersion : m_version->text().trimmed();
    const auto [schema, table] = currentTable();
    p.schema = schema;
    p.table = table;
    ColumnSpec &c = p.column;
    c.name = m_name->text().trimmed();
    c.type = m_type->currentText().trimmed();
    c.nullable = !m_notNull->isChecked();
    c.defaultExpr = optionalText(m_default);
    c.backfill = optionalText(m_backfill);
    c.check = optionalText(m_check);
    c.enumValues.clear();
    for (const QString &value : m_enumValues->text().split(u',', Qt::SkipEmptyParts))
        if (!value.trimmed().isEmpty())
            c.enumValues << value.trimmed();
    c.references.reset();
    if (!m_refTable->currentText().trimmed().isEmpty()) {
        ReferenceSpec reference;
        reference.table = m_refTable->currentText().trimmed();
        reference.column = m_refColumn->currentText().trimmed().isEmpty()
                               ? QStringLiteral("id")
                               : m_refColumn->currentText().trimmed();
        reference.onDelete = m_onDelete->currentText();
        c.references = reference;
    }
    c.index.reset();
    if (!m_indexMethod->currentData().toString().isEmpty())
        c.index = IndexSpec{m_indexMethod->currentData().toString(), m_unique->isChecked()};
    c.comment = m_comment->text().trimmed();
    p.backfill = m_backfillSettings->settings();
    return p;
}

void ColumnDesignerWidget::setPlan(const Plan &plan)
{
    m_loading = true;
    m_document.replace(plan);
    m_title->setText(plan.title);
    if (!m_connected) {
        m_dialect->setCurrentIndex(plan.dialect == DialectKind::SQLite  ? 1
                                   : plan.dialect == DialectKind::MySQL ? (plan.mariadb ? 3 : 2)
                                                                        : 0);
        m_version->setText(plan.serverVersion);
    }
    m_table->setEditText(plan.table.isEmpty()    ? QString()
                         : plan.schema.isEmpty() ? plan.table
                                                 : plan.schema + u'.' + plan.table);
    m_preset->setCurrentIndex(0);
    m_presetInfo->hide();
    const ColumnSpec &c = plan.column;
    m_name->setText(c.name);
    fillTypes();
    m_type->setEditText(c.type);
    m_default->setText(c.defaultExpr.value_or(QString()));
    m_backfill->setText(c.backfill.value_or(QString()));
    m_check->setText(c.check.value_or(QString()));
    m_enumValues->setText(c.enumValues.join(QStringLiteral(", ")));
    m_refTable->setEditText(c.references ? c.references->table : QString());
    fillReferenceColumns();
    m_refColumn->setEditText(c.references ? c.references->column : QString());
    m_onDelete->setCurrentText(c.references ? c.references->onDelete : QStringLiteral("restrict"));
    m_indexMethod->setCurrentIndex(c.index ? qMax(0, m_indexMethod->findData(c.index->method)) : 0);
    m_unique->setChecked(c.index && c.index->unique);
    m_comment->setText(c.comment);
    // A plan value always carries a nullability; only newPlan() leaves the choice open.
    (c.nullable ? m_nullAllowed : m_notNull)->setChecked(true);
    m_backfillSettings->setSettings(plan.backfill);
    m_loading = false;
    for (const QString &field : expressionFields()) {
        findColumnReferences(field);
        if (FieldNote *note = noteFor(field))
            note->clearNote();
    }
    m_sentChecks.clear();
    m_serverErrors.clear();
    m_serverWarnings.clear();
    reviewName();
    updateNullNote();
    scheduleChecks();
    m_compileTimer.start();
}

void ColumnDesignerWidget::applyPlan(const Plan &plan)
{
    setPlan(plan);
    setModified(true);
    regenerateNow();
}

void ColumnDesignerWidget::newPlan()
{
    const QString table = m_table->currentText();
    Plan plan;
    plan.backfill = m_newPlanBackfill;
    if (m_connected)
        plan.dialect = m_catalog.dialect;
    setPlan(plan);
    m_table->setEditText(table);
    // A new plan has made no choice about NULL: neither button is checked.
    m_nullGroup->setExclusive(false);
    m_nullAllowed->setChecked(false);
    m_notNull->setChecked(false);
    m_nullGroup->setExclusive(true);
    updateNullNote();
    m_document.startNew(plan);
    Q_EMIT documentChanged();
}

bool ColumnDesignerWidget::openPlan(const QString &path)
{
    const std::optional<Plan> plan = m_document.open(path);
    if (!plan) {
        updateStatus();
        return false;
    }
    setPlan(*plan);
    regenerateNow();
    Q_EMIT documentChanged();
    return true;
}

bool ColumnDesignerWidget::savePlan(const QString &path)
{
    const bool saved = m_document.save(plan(), path);
    updateStatus();
    if (!saved)
        return false;
    Q_EMIT documentChanged();
    return true;
}

CompileOptions ColumnDesignerWidget::compileOptions() const
{
    CompileOptions options;
    if (m_connected) {
        options.catalog = &m_catalog;
        options.sqliteSchema = m_sqliteSchema;
        options.functionVolatility = m_volatility;
    }
    return options;
}

void ColumnDesignerWidget::regenerateNow()
{
    m_compileTimer.stop();
    regenerate();
}

void ColumnDesignerWidget::regenerate()
{
    using Field = DesignerMessage::Field;
    QList<DesignerMessage> problems;
    m_notices.clear();
    const Plan current = plan();
    const bool tableMissing = m_connected && !current.table.isEmpty() && !currentTableInfo();
    if (current.table.isEmpty())
        problems << DesignerMessage{Field::Table, tr("pick the table that gets the column.")};
    else if (tableMissing)
        problems << DesignerMessage{Field::Table,
                                    tr("there is no table “%1” in %2: pick one "
                                       "from the list or the schema browser.")
                                        .arg(m_table->currentText().trimmed(),
                                             m_catalog.dialect == DialectKind::SQLite
                                                 ? QFileInfo(m_catalog.database).fileName()
                                                 : m_catalog.database)};
    if (current.column.name.isEmpty())
        problems << DesignerMessage{Field::Name, tr("give the column a name.")};
    for (const NameIssue &issue : m_nameReview->issues())
        if (issue.severity == u"error")
            problems << DesignerMessage{Field::Name, issue.message};
    if (current.column.type.isEmpty())
        problems << DesignerMessage{Field::Type, tr("choose the column's type.")};
    if (!isNullabilityChosen())
        problems << DesignerMessage{Field::Nullability, tr("choose “NULL allowed” or “NOT NULL”.")};
    else if (m_notNull->isChecked() && !current.column.defaultExpr && !current.column.backfill)
        problems << DesignerMessage{
            Field::Nullability,
            tr("NOT NULL needs a default or a backfill to give the existing rows a value.")};
    for (const QString &field : expressionFields())
        if (m_serverErrors.contains(field))
            problems << DesignerMessage{DesignerMessage::fieldOfExpression(field),
                                        m_serverErrors.value(field)};

    Script generated, effective;
    if (!current.table.isEmpty() && !tableMissing && !current.column.name.isEmpty() &&
        !current.column.type.isEmpty()) {
        try {
            const CompileOptions options = compileOptions();
            Plan bare = current;
            bare.overrides.clear();
            generated = Compiler::compile(bare, options);
            effective =
                current.overrides.isEmpty() ? generated : Compiler::compile(current, options);
        } catch (const CompileError &error) {
            // The compiler names the plan-file path; the form names its field, once.
            DesignerMessage::addUnlessKnown(problems,
                                            DesignerMessage::fromCompileError(error.message()));
        }
    }
    DesignerMessage::sortByField(problems);
    m_problems.clear();
    for (const DesignerMessage &problem : std::as_const(problems))
        m_problems << problem.toString();

    QStringList outdated;
    for (auto it = current.overrides.cbegin(); it != current.overrides.cend(); ++it) {
        if (!generated.phase(it.key()))
            continue;
        RenderOptions options;
        options.phase = it.key();
        options.header = false;
        const QString body =
            ScriptOutline::bodyOfRenderedPhase(ScriptRenderer::render(generated, options));
        if (m_document.isOutdated(it.key(), body)) {
            outdated << it.key();
            m_notices << tr("Phase “%1” is hand-edited and the form has changed its generated SQL "
                            "since: review the "
                            "edit or revert the phase.")
                             .arg(it.key());
        } else {
            m_notices
                << tr("Phase “%1” is hand-edited: the plan keeps your SQL for it.").arg(it.key());
        }
    }

    for (const QString &field : expressionFields())
        if (m_serverWarnings.contains(field))
            m_notices << DesignerMessage{DesignerMessage::fieldOfExpression(field),
                                         m_serverWarnings.value(field)}
                             .toString();
    if (dialect() == DialectKind::MySQL)
        if (const TableInfo *info = currentTableInfo())
            if (const QString notice = mysqlTableNotice(*info); !notice.isEmpty())
                m_notices << notice;

    m_script = m_problems.isEmpty() ? effective : Script();
    if (m_editor) {
        if (m_problems.isEmpty())
            m_editor->showScript(effective, generated, outdated);
        else
            m_editor->showPlaceholder(tr("The plan is not complete yet:") + u'\n' +
                                      m_problems.join(u'\n'));
    }
    updateStatus();
    Q_EMIT scriptRegenerated();
}

void ColumnDesignerWidget::updateStatus()
{
    QStringList lines;
    const QColor error = FieldNote::color(Severity::Error, palette());
    const QColor warning = FieldNote::color(Severity::Warning, palette());
    for (const QString &problem : m_problems)
        lines << QStringLiteral("<span style=\"color:%1\">✖ %2</span>")
                     .arg(error.name(), problem.toHtmlEscaped());
    for (const QString &problem : {m_document.fileError(), m_editProblem})
        if (!problem.isEmpty())
            lines << QStringLiteral("<span style=\"color:%1\">✖ %2</span>")
                         .arg(error.name(), problem.toHtmlEscaped());
    for (const QString &notice : m_notices)
        lines << QStringLiteral("<span style=\"color:%1\">● %2</span>")
                     .arg(warning.name(), notice.toHtmlEscaped());
    if (lines.isEmpty())
        lines << tr("✔ The plan compiles: the SQL tab shows its phases.").toHtmlEscaped();
    m_status->setText(lines.join(QStringLiteral("<br>")));
    m_status->setAccessibleDescription(
        QString(m_problems.join(u'\n') + u'\n' + m_editProblem + u'\n' + m_notices.join(u'\n'))
            .trimmed());
}

void ColumnDesignerWidget::onPhaseEdited(const QString &phase, const QString &sql)
{
    const bool firstEdit = !m_document.plan().overrides.contains(phase) && m_editor;
    m_document.editPhase(phase, sql, firstEdit ? m_editor->generatedPhaseText(phase) : QString());
    setModified(true);
    noteHandEdits();
}

void ColumnDesignerWidget::onPhaseRestored(const QString &phase)
{
    m_document.revertPhase(phase);
    setModified(true);
    noteHandEdits();
}

void ColumnDesignerWidget::noteHandEdits()
{
    // Typing in the editor changes no other phase: name the hand edits without recompiling.
    const QString marker = QStringLiteral("“");
    m_notices.erase(
        std::remove_if(m_notices.begin(), m_notices.end(),
                       [&marker](const QString &notice) { return notice.contains(marker); }),
        m_notices.end());
    const auto &overrides = m_document.plan().overrides;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        m_notices << tr("Phase “%1” is hand-edited: the plan keeps your SQL for it.").arg(it.key());
    updateStatus();
}

void ColumnDesignerWidget::onRevertRequested(const QString &phase)
{
    m_document.revertPhase(phase);
    setModified(true);
    regenerateNow();
}
