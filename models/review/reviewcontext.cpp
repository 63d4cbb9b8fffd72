#include "reviewcontext.h"

#include "db/catalog.h"
#include "rulecatalog.h"

#include <QJsonDocument>
#include <pg_query.h>

ReviewContext::ReviewContext(const SqlSource &source, const ReviewOptions &options)
    : m_source(source)
    , m_options(options)
{
}

void ReviewContext::beginStatement(const ParsedStatement &statement, int number)
{
    m_statement = &statement;
    m_number = number;
}

void ReviewContext::report(const QString &rule, int location, const QString &message,
                           const QString &hint, std::optional<Severity> severity)
{
    const qsizetype byte = location >= 0 ? treeBase() + location : (m_statement ? m_statement->start : 0);
    reportAtByte(rule, byte, message, hint, severity);
}

void ReviewContext::reportAtByte(const QString &rule, qsizetype byte, const QString &message,
                                 const QString &hint, std::optional<Severity> severity)
{
    if (m_statement && m_statement->ignoredRules.contains(rule))
        return;
    const RuleInfo *info = RuleCatalog::find(rule);
    Finding finding;
    finding.rule = rule;
    finding.severity = severity.value_or(info ? info->severity : Severity::Warning);
    finding.message = message;
    finding.hint = hint.isEmpty() && info ? info->hint : hint;
    finding.offset = byte;
    finding.line = m_source.lineOf(byte);
    finding.column = m_source.columnOf(byte);
    finding.statement = m_number;
    for (const Finding &existing : std::as_const(m_findings))
        if (existing.rule == finding.rule && existing.offset == finding.offset && existing.message == finding.message)
            return;
    m_findings.append(finding);
}

QList<Finding> ReviewContext::takeFindings()
{
    QList<Finding> findings;
    findings.swap(m_findings);
    return findings;
}

QString ReviewContext::bare(const QString &relation)
{
    const int dot = relation.lastIndexOf(u'.');
    return dot < 0 ? relation : relation.mid(dot + 1);
}

QString ReviewContext::columnKey(const QString &table, const QString &column)
{
    return bare(table) + u'.' + column;
}

bool ReviewContext::isLive(const QString &relation) const
{
    return !m_createdTables.contains(relation) && !m_createdTables.contains(bare(relation));
}

void ReviewContext::addCreatedTable(const QString &relation)
{
    m_createdTables.insert(relation);
    m_createdTables.insert(bare(relation));
}

void ReviewContext::renameTable(const QString &from, const QString &to)
{
    if (!isLive(from))
        addCreatedTable(to);
}

bool ReviewContext::isNewIndex(const QString &name) const
{
    return m_createdIndexes.contains(name) || m_createdIndexes.contains(bare(name));
}

void ReviewContext::addCreatedIndex(const QString &name)
{
    m_createdIndexes.insert(name);
    m_createdIndexes.insert(bare(name));
}

void ReviewContext::setInTransaction(bool open)
{
    m_inTransaction = open;
    if (!open)
        m_localLockTimeout = false; // SET LOCAL ends with the transaction
}

void ReviewContext::setLockTimeout(bool enabled, bool local)
{
    if (local) {
        m_localLockTimeout = m_inTransaction && enabled; // outside a transaction SET LOCAL does nothing
        return;
    }
    m_lockTimeout = enabled;
    if (!enabled)
        m_localLockTimeout = false;
}

void ReviewContext::addNotNullCheck(const QString &table, const QString &column, const QString &name,
                                    bool validated)
{
    if (validated)
        m_validatedNotNull.insert(columnKey(table, column));
    else if (!name.isEmpty())
        m_pendingChecks.insert(columnKey(table, name), columnKey(table, column));
}

void ReviewContext::validateConstraint(const QString &table, const QString &name)
{
    const auto it = m_pendingChecks.constFind(columnKey(table, name));
    if (it != m_pendingChecks.constEnd())
        m_validatedNotNull.insert(*it);
}

bool ReviewContext::hasValidatedNotNull(const QString &table, const QString &column) const
{
    return m_validatedNotNull.contains(columnKey(table, column));
}

void ReviewContext::setColumnType(const QString &table, const QString &column, const parsetree::TypeInfo &type)
{
    m_columnTypes.insert(columnKey(table, column), type);
}

std::optional<parsetree::TypeInfo> ReviewContext::columnType(const QString &table, const QString &column) const
{
    const auto it = m_columnTypes.constFind(columnKey(table, column));
    if (it != m_columnTypes.constEnd())
        return *it;
    if (!m_options.catalog)
        return std::nullopt;
    const TableInfo *info = m_options.catalog->findTable(table);
    const ColumnInfo *columnInfo = info ? info->column(column) : nullptr;
    if (!columnInfo)
        return std::nullopt;
    // let the real grammar read the server's spelling of the type ("character varying(20)")
    const QByteArray sql = "SELECT NULL::" + columnInfo->type.toUtf8();
    PgQueryParseResult result = pg_query_parse(sql.constData());
    std::optional<parsetree::TypeInfo> type;
    if (!result.error) {
        const QJsonObject root = QJsonDocument::fromJson(result.parse_tree).object();
        const QJsonObject select = parsetree::body(root.value(QLatin1String("stmts")).toArray().first()
                                                       .toObject().value(QLatin1String("stmt")));
        const QJsonObject target = parsetree::body(select.value(QLatin1String("targetList")).toArray().first());
        const QJsonObject cast = parsetree::child(target, QLatin1String("val"), QLatin1String("TypeCast"));
        type = parsetree::typeInfo(cast.value(QLatin1String("typeName")).toObject());
    }
    pg_query_free_parse_result(result);
    return type;
}
