#pragma once
// What the review knows while it walks a script: the options, what earlier statements did
// (tables created here, lock_timeout, open transaction, validated NOT NULL checks, column
// types), and the findings of the statement under review, filtered by its ignore comments.

#include "finding.h"
#include "parse/parsetree.h"
#include "parse/sqlsource.h"
#include "parse/statementparser.h"
#include "reviewresult.h"

#include <QHash>
#include <QSet>
#include <optional>

class ReviewContext
{
public:
    ReviewContext(const SqlSource &source, const ReviewOptions &options);

    const ReviewOptions &options() const { return m_options; }
    int serverVersion() const { return m_options.serverVersion; }
    const SqlSource &source() const { return m_source; }

    // --- the statement under review
    void beginStatement(const ParsedStatement &statement, int number);
    int statementNumber() const { return m_number; }
    qsizetype treeBase() const { return m_statement ? m_statement->treeBase : 0; }
    // location: a tree "location" (relative to treeBase), or -1 for the statement's start.
    void report(const QString &rule, int location, const QString &message, const QString &hint = {},
                std::optional<Severity> severity = std::nullopt);
    void reportAtByte(const QString &rule, qsizetype byte, const QString &message,
                      const QString &hint = {}, std::optional<Severity> severity = std::nullopt);
    QList<Finding> takeFindings();

    // --- tables and indexes created earlier in this script are new, not live
    bool isLive(const QString &relation) const;
    void addCreatedTable(const QString &relation);
    void renameTable(const QString &from, const QString &to);
    bool isNewIndex(const QString &name) const;
    // Partitioned: created here with PARTITION BY, or so in the catalog.
    bool isPartitioned(const QString &relation) const;
    void addPartitionedTable(const QString &relation);
    void addCreatedIndex(const QString &name);

    // --- session state
    bool inTransaction() const { return m_inTransaction; }
    void setInTransaction(bool open);
    bool lockTimeoutActive() const
    {
        return m_lockTimeout || (m_inTransaction && m_localLockTimeout);
    }
    void setLockTimeout(bool enabled, bool local);

    // --- NOT NULL through a validated CHECK (col IS NOT NULL)
    void addNotNullCheck(const QString &table, const QString &column, const QString &name,
                         bool validated);
    void validateConstraint(const QString &table, const QString &name);
    bool hasValidatedNotNull(const QString &table, const QString &column) const;

    // --- column types known from this script or from the catalog
    void setColumnType(const QString &table, const QString &column,
                       const parsetree::TypeInfo &type);
    std::optional<parsetree::TypeInfo> columnType(const QString &table,
                                                  const QString &column) const;

private:
    static QString bare(const QString &relation);
    static QString columnKey(const QString &table, const QString &column);

    const SqlSource &m_source;
    ReviewOptions m_options;
    const ParsedStatement *m_statement = nullptr;
    int m_number = 0;
    QList<Finding> m_findings;

    QSet<QString> m_createdTables; // bare and qualified names
    QSet<QString> m_createdIndexes;
    QSet<QString> m_partitionedTables; // created here with PARTITION BY
    bool m_inTransaction = false;
    bool m_lockTimeout = false;
    bool m_localLockTimeout = false;
    QHash<QString, QString> m_pendingChecks; // table.constraint -> table.column (NOT VALID)
    QSet<QString> m_validatedNotNull;        // table.column
    QHash<QString, parsetree::TypeInfo> m_columnTypes;
};
