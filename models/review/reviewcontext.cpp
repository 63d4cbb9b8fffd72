#include "reviewcontext.h"

#include "base/catalog.h"
#include "rulecatalog.h"

#include <pg_query.h>

ReviewContext::ReviewContext(const SqlSource &source, const ReviewOptions &options)
    : m_source(source), m_options(options)
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
    const qsizetype byte =
        location >= 0 ? treeBase() + location : (m_statement ? m_statement->start : 0);
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
        if (existing.rule == finding.rule && existing.offset == finding.offset &&
            existing.message == finding.message)
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

bool ReviewContext::isPartitioned(const QString &relation) const
{
    if (m_partitionedTables.contains(relation) || m_partitionedTables.contains(bare(relation)))
        return true;
    if (!m_options.catalog || !isLive(relation))
        return false;
    const TableInfo *info = m_options.catalog->findTable(relation);
    return info && !info->partitionKey.isEmpty();
}

void ReviewContext::addPartitionedTable(const QString &relation)
{
    m_partitionedTables.insert(relation);
    m_partitionedTables.insert(bare(relation));
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
        m_localLockTimeout =
            m_inTransaction && enabled; // outside a transaction SET LOCAL does nothing
        return;
    }
    m_lockTimeout = enabled;
    if (!enabled)
        m_localLockTimeout = false;
}

void ReviewContext::addNotNullCheck(const QString &table, const QString &column,
                                    const QString &name, bool validated)
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

void ReviewContext::setColumnType(const QString &table, const QString &column,
                                  const parsetree::TypeInfo &type)
{
    m_columnTypes.insert(columnKey(table, column), type);
}

std::optional<parsetree::TypeInfo> ReviewContext::columnType(const QString &table,
                                                             const QString &column) const
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
    PgQueryProtobufParseResult result = pg_query_parse_protobuf(sql.constData());
    std::optional<parsetree::TypeInfo> type;
    if (!result.error) {
        PgQuery__ParseResult *tree = pg_query__parse_result__unpack(
            nullptr, result.parse_tree.len,
            reinterpret_cast<const uint8_t *>(result.parse_tree.data));
        const PgQuery__Node *select = tree && tree->n_stmts == 1 ? tree->stmts[0]->stmt : nullptr;
        if (select && select->node_case == PG_QUERY__NODE__NODE_SELECT_STMT &&
            select->select_stmt->n_target_list == 1) {
            const PgQuery__Node *target = select->select_stmt->target_list[0];
            const PgQuery__Node *value = target->node_case == PG_QUERY__NODE__NODE_RES_TARGET
                                             ? target->res_target->val
                                             : nullptr;
            if (value && value->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
                type = parsetree::typeInfo(value->type_cast->type_name);
        }
        if (tree)
            pg_query__parse_result__free_unpacked(tree, nullptr);
    }
    pg_query_free_protobuf_parse_result(result);
    return type;
}
