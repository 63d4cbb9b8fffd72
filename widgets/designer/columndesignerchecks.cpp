// ColumnDesignerWidget, part three: expressions checked by the connected server, off the GUI
// thread.
#include "columndesignerwidget.h"

#include "base/identifierrules.h"
#include "base/sqltokenizer.h"
#include "designer/backfillsettingswidget.h"
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

FieldNote *ColumnDesignerWidget::noteFor(const QString &field) const
{
    if (field == u"default")
        return m_defaultNote;
    if (field == u"backfill")
        return m_backfillNote;
    if (field == u"check")
        return m_checkNote;
    return nullptr;
}

QLineEdit *ColumnDesignerWidget::expressionEdit(const QString &field) const
{
    if (field == u"default")
        return m_default;
    if (field == u"backfill")
        return m_backfill;
    return m_check;
}

QString ColumnDesignerWidget::expressionFor(const QString &field) const
{
    return expressionEdit(field)->text().trimmed();
}

void ColumnDesignerWidget::connectColumnReferences()
{
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            followRename();
    });
    // What the user types in an expression names the column by its name at that moment.
    for (const QString &field : expressionFields())
        connect(expressionEdit(field), &QLineEdit::textEdited, this,
                [this, field] { findColumnReferences(field); });
}

void ColumnDesignerWidget::findColumnReferences(const QString &field)
{
    m_columnRefs.insert(field, SqlTokenizer::columnReferences(expressionEdit(field)->text(),
                                                              m_name->text().trimmed(), dialect()));
}

void ColumnDesignerWidget::followRename()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return; // the expressions keep the last name until there is a new one
    // The places found earlier, not a search for the old name: a name typed on the way to the
    // new one may be another column's, which the expression must keep.
    const QString reference = columnReference(name, dialect());
    for (const QString &field : expressionFields()) {
        QList<SqlLexToken> &refs = m_columnRefs[field];
        if (refs.isEmpty())
            continue;
        QLineEdit *edit = expressionEdit(field);
        QString text = edit->text();
        qsizetype shift = 0;
        for (SqlLexToken &token : refs) {
            token.offset += int(shift);
            text.replace(token.offset, token.text.size(), reference);
            shift += reference.size() - token.text.size();
            token.text = reference;
        }
        if (text != edit->text())
            edit->setText(text);
    }
}

void ColumnDesignerWidget::scheduleChecks()
{
    updateNullNote();
    m_checkTimer.start();
}

void ColumnDesignerWidget::checkExpressions()
{
    const Plan p = plan();
    const DialectKind d = dialect();
    const QString qTable = quoteQualified(p.schema, p.table, d);
    const QString qColumn =
        quoteIdentifier(p.column.name.isEmpty() ? QStringLiteral("new_column") : p.column.name, d);
    // An enum type the plan creates does not exist yet on the server: check against text.
    const QString type = !p.column.enumValues.isEmpty() && d == DialectKind::PostgreSQL
                             ? QStringLiteral("text")
                             : p.column.type;
    // What the server said about an expression that is gone (or about a table that is gone)
    // leaves the status list too: the list is made when the plan is compiled.
    const auto forget = [this](const QString &field) {
        noteFor(field)->clearNote();
        m_sentChecks.remove(field);
        if (m_serverErrors.remove(field) + m_serverWarnings.remove(field) > 0)
            m_compileTimer.start();
    };
    for (const QString &field : expressionFields()) {
        const QString expression = expressionFor(field);
        FieldNote *note = noteFor(field);
        if (expression.isEmpty()) {
            forget(field);
            continue;
        }
        if (m_connected && !p.table.isEmpty() && !currentTableInfo()) {
            // No such table: the Table field says so once; every expression would only repeat
            // it. They are checked once the table exists.
            forget(field);
            continue;
        }
        const QStringList functions =
            field == u"default" ? SqlTokenizer::calledFunctions(expression, d) : QStringList{};
        if (!m_checker || !m_connected || p.table.isEmpty()) {
            // Offline: what is known without a server.
            QStringList volatileCalls;
            for (const QString &function : functions)
                if (Compiler::isKnownVolatile(function))
                    volatileCalls << function;
            if (!volatileCalls.isEmpty())
                note->setNote(
                    Severity::Info,
                    tr("Volatile: %1 is evaluated for every row, so existing rows are filled by "
                       "a backfill, not by the default.")
                        .arg(volatileCalls.join(QStringLiteral(", "))));
            else
                note->clearNote();
            continue;
        }
        if (d == DialectKind::PostgreSQL && type.isEmpty()) {
            note->setNote(Severity::Info,
                          tr("Choose a type: the server checks the expression as a value of it."));
            continue;
        }
        ExpressionJob job{field,
                          expression,
                          qTable,
                          qColumn,
                          type,
                          field == u"check" && d == DialectKind::PostgreSQL
                              ? QStringLiteral("boolean")
                              : QString(),
                          functions,
                          field == u"backfill" && d == DialectKind::PostgreSQL && currentTableInfo()
                              ? currentTableInfo()->primaryKey
                              : QStringList{},
                          field == u"backfill" && d == DialectKind::SQLite};
        const QString key = QStringList{expression, qTable, qColumn, type}.join(QChar(0x1f));
        if (m_sentChecks.value(field) == key)
            continue;
        m_sentChecks.insert(field, key);
        m_checker->check(job);
    }
}

void ColumnDesignerWidget::onChecked(const QString &field, const QString &message,
                                     const QString &warning,
                                     const QHash<QString, QChar> &volatility)
{
    FieldNote *note = noteFor(field);
    if (!note || (m_connected && !currentTableInfo()))
        return; // an answer about a table the plan no longer names
    for (auto it = volatility.cbegin(); it != volatility.cend(); ++it)
        m_volatility.insert(it.key(), it.value());
    if (warning.isEmpty())
        m_serverWarnings.remove(field);
    else
        m_serverWarnings.insert(field, warning);
    if (!message.isEmpty()) {
        m_serverErrors.insert(field, message);
        note->setNote(Severity::Error, message);
    } else {
        m_serverErrors.remove(field);
        QStringList volatileCalls;
        for (auto it = volatility.cbegin(); it != volatility.cend(); ++it)
            if (it.value() == u'v')
                volatileCalls << it.key();
        if (volatileCalls.isEmpty() && field == u"default")
            for (const QString &function :
                 SqlTokenizer::calledFunctions(expressionFor(field), dialect()))
                if (Compiler::isKnownVolatile(function))
                    volatileCalls << function;
        if (!warning.isEmpty())
            note->setNote(Severity::Warning, warning);
        else if (!volatileCalls.isEmpty())
            note->setNote(
                Severity::Info,
                tr("Volatile: %1 is evaluated for every row, so existing rows are filled by a "
                   "backfill, not by the default.")
                    .arg(volatileCalls.join(QStringLiteral(", "))));
        else
            note->clearNote();
    }
    m_compileTimer.start();
}
