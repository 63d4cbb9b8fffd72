#include "scriptrules.h"

#include "parse/parsetree.h"
#include "reviewcontext.h"
#include "statementforecast.h"

#include <QHash>
#include <vector>

using namespace parsetree;

namespace {

bool timeoutEnables(const QString &value)
{
    const QString trimmed = value.trimmed();
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (ok)
        return number > 0;
    // '2s', '500ms', '1min': a unit after a positive number
    QString digits;
    for (QChar c : trimmed) {
        if (c.isDigit() || c == u'.')
            digits += c;
        else
            break;
    }
    return !digits.isEmpty() && digits.toDouble() > 0;
}

// Conjuncts of a WHERE clause: the arguments of top-level ANDs.
// The terms of nested ANDs, in order; an explicit stack, as a hostile WHERE nests thousands deep.
void conjuncts(const Node *expr, QList<const Node *> &out)
{
    std::vector<const Node *> stack{expr};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR &&
            node->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR) {
            const NodeList args = nodes(node->bool_expr->n_args, node->bool_expr->args);
            for (auto it = args.rbegin(); it != args.rend(); ++it)
                stack.push_back(*it);
            continue;
        }
        out << node;
    }
}

bool isValueNode(const Node *node)
{
    if (!node)
        return false;
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_A_CONST:
    case PG_QUERY__NODE__NODE_PARAM_REF:
    case PG_QUERY__NODE__NODE_TYPE_CAST:
    case PG_QUERY__NODE__NODE_FUNC_CALL:
    case PG_QUERY__NODE__NODE_A_EXPR:
    case PG_QUERY__NODE__NODE_SUB_LINK:
    case PG_QUERY__NODE__NODE_COLUMN_REF:
        return true;
    default:
        return false;
    }
}

bool selectHasLimit(const PgQuery__SelectStmt *select)
{
    // UNION etc.: both sides, all the way down (without recursion: a chain of 10,000 UNIONs)
    std::vector<const PgQuery__SelectStmt *> stack{select};
    while (!stack.empty()) {
        const PgQuery__SelectStmt *part = stack.back();
        stack.pop_back();
        if (!part)
            return false;
        if (part->limit_count)
            continue;
        if (!part->larg)
            return false;
        stack.push_back(part->larg);
        stack.push_back(part->rarg);
    }
    return true;
}

bool selectHasLimit(const Node *node)
{
    return node && node->node_case == PG_QUERY__NODE__NODE_SELECT_STMT &&
           selectHasLimit(node->select_stmt);
}

bool isKeyName(const QString &column)
{
    return column == u"id" || column == u"ctid";
}

} // namespace

void ScriptRules::check(ReviewContext &context, const Node *statement,
                        const StatementForecast &forecast)
{
    lockTimeout(context, statement, forecast);
    switch (statement->node_case) {
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
        transaction(context, statement->transaction_stmt);
        break;
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
        variableSet(context, statement->variable_set_stmt);
        break;
    case PG_QUERY__NODE__NODE_SELECT_STMT:
        selectSetConfig(context, statement->select_stmt);
        break;
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
        update(context, statement->update_stmt);
        break;
    default:
        break;
    }
}

void ScriptRules::transaction(ReviewContext &context, const PgQuery__TransactionStmt *stmt)
{
    switch (stmt->kind) {
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN:
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START:
        if (context.inTransaction())
            context.report(
                QStringLiteral("transaction-nesting"), -1,
                ScriptRules::tr(
                    "BEGIN while a transaction is already open: PostgreSQL only warns and "
                    "keeps the outer transaction, so the first COMMIT ends both."),
                ScriptRules::tr("Close the open transaction first, or use SAVEPOINT."));
        context.setInTransaction(true);
        break;
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT:
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK:
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_PREPARE:
        if (!context.inTransaction())
            context.report(
                QStringLiteral("transaction-nesting"), -1,
                ScriptRules::tr("%1 without an open transaction: the statements before it already "
                                "committed one by one.")
                    .arg(stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT
                             ? QStringLiteral("COMMIT")
                         : stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK
                             ? QStringLiteral("ROLLBACK")
                             : QStringLiteral("PREPARE TRANSACTION")),
                ScriptRules::tr("Add the BEGIN that this COMMIT is meant to close, or remove it."));
        context.setInTransaction(false);
        break;
    default:
        break;
    }
}

void ScriptRules::variableSet(ReviewContext &context, const PgQuery__VariableSetStmt *stmt)
{
    if (text(stmt->name).toLower() != u"lock_timeout")
        return;
    const bool local = stmt->is_local;
    if (stmt->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE) {
        const NodeList args = nodes(stmt->n_args, stmt->args);
        context.setLockTimeout(!args.empty() && timeoutEnables(constText(args.front())), local);
    } else {
        context.setLockTimeout(false, local); // RESET, SET ... TO DEFAULT: back to 0 (no timeout)
    }
}

void ScriptRules::selectSetConfig(ReviewContext &context, const PgQuery__SelectStmt *stmt)
{
    forEachNode(nodes(stmt->n_target_list, stmt->target_list), [&](const Node *node) {
        if (node->node_case != PG_QUERY__NODE__NODE_FUNC_CALL)
            return;
        const PgQuery__FuncCall *call = node->func_call;
        if (lastName(nodes(call->n_funcname, call->funcname)) != u"set_config")
            return;
        const NodeList args = nodes(call->n_args, call->args);
        if (args.size() != 3 || constText(args[0]).toLower() != u"lock_timeout")
            return;
        const bool local = constText(args[2]) == u"true";
        context.setLockTimeout(timeoutEnables(constText(args[1])), local);
    });
}

void ScriptRules::lockTimeout(ReviewContext &context, const Node *statement,
                              const StatementForecast &forecast)
{
    switch (statement->node_case) {
    case PG_QUERY__NODE__NODE_SELECT_STMT:
    case PG_QUERY__NODE__NODE_INSERT_STMT:
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
    case PG_QUERY__NODE__NODE_DELETE_STMT:
    case PG_QUERY__NODE__NODE_MERGE_STMT:
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
    case PG_QUERY__NODE__NODE_DO_STMT:
    case PG_QUERY__NODE__NODE_COPY_STMT:
    case PG_QUERY__NODE__NODE_EXPLAIN_STMT:
    case PG_QUERY__NODE__NODE_VACUUM_STMT:
        return; // not DDL
    default:
        break;
    }
    if (context.lockTimeoutActive())
        return;
    for (const RelationLock &lock : forecast.locks) {
        if (lock.mode < LockMode::ShareUpdateExclusive || !context.isLive(lock.relation) ||
            context.isNewIndex(lock.relation))
            continue;
        context.report(
            QStringLiteral("missing-lock-timeout"), -1,
            ScriptRules::tr(
                "%1 waits for %2 on %3 with no lock_timeout: if a long transaction holds the "
                "table, this statement queues and every query behind it (%4) waits too.")
                .arg(forecast.command, LockMatrix::name(lock.mode), lock.relation,
                     LockMatrix::blockedSummary(lock.mode)),
            ScriptRules::tr(
                "SET lock_timeout = '2s' at the top of the script (or SET LOCAL inside the "
                "transaction) and retry the statement when it times out."));
        return;
    }
}

bool ScriptRules::isBoundedUpdate(const PgQuery__UpdateStmt *stmt)
{
    const Node *where = stmt->where_clause;
    if (!where)
        return false;
    // columns joined to a LIMIT subquery in FROM: UPDATE t SET ... FROM (SELECT id ... LIMIT n) b
    // WHERE t.id = b.id
    bool limitedFrom = false;
    for (const Node *from : nodes(stmt->n_from_clause, stmt->from_clause))
        if (from->node_case == PG_QUERY__NODE__NODE_RANGE_SUBSELECT &&
            selectHasLimit(from->range_subselect->subquery))
            limitedFrom = true;

    QList<const Node *> parts;
    conjuncts(where, parts);
    QHash<QString, int> bounds; // column -> bit 1 lower, bit 2 upper
    for (const Node *part : parts) {
        if (part->node_case == PG_QUERY__NODE__NODE_CURRENT_OF_EXPR)
            return true;
        if (part->node_case == PG_QUERY__NODE__NODE_SUB_LINK) {
            // col IN (SELECT ... LIMIT n) / col = ANY (SELECT ... LIMIT n)
            if (part->sub_link->sub_link_type == PG_QUERY__SUB_LINK_TYPE__ANY_SUBLINK &&
                selectHasLimit(part->sub_link->subselect))
                return true;
            continue;
        }
        if (part->node_case != PG_QUERY__NODE__NODE_A_EXPR)
            continue;
        const PgQuery__AExpr *expr = part->a_expr;
        const auto exprKind = expr->kind;
        const QString op = strings(nodes(expr->n_name, expr->name)).value(0);
        const Node *left = expr->lexpr;
        const Node *right = expr->rexpr;
        const QString leftColumn = columnRefName(left);
        const QString rightColumn = columnRefName(right);
        if (exprKind == PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN && !leftColumn.isEmpty())
            return true;
        if (exprKind == PG_QUERY__A__EXPR__KIND__AEXPR_IN && op == u"=" && isKeyName(leftColumn))
            return true; // id IN (1, 2, 3): a finite list of keys
        if (exprKind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY && op == u"=" &&
            isKeyName(leftColumn))
            return true; // id = ANY($1): the caller's batch of keys
        if (exprKind != PG_QUERY__A__EXPR__KIND__AEXPR_OP)
            continue;
        if (op == u"=") {
            if (isKeyName(leftColumn) && rightColumn.isEmpty() && isValueNode(right))
                return true;
            if (isKeyName(rightColumn) && leftColumn.isEmpty() && isValueNode(left))
                return true;
            if (limitedFrom && !leftColumn.isEmpty() && !rightColumn.isEmpty())
                return true;
            continue;
        }
        int direction = 0; // 1: column has a lower bound, 2: an upper bound
        if (!leftColumn.isEmpty() && isValueNode(right))
            direction = (op == u">" || op == u">=") ? 1 : (op == u"<" || op == u"<=") ? 2 : 0;
        else if (!rightColumn.isEmpty() && isValueNode(left))
            direction = (op == u"<" || op == u"<=") ? 1 : (op == u">" || op == u">=") ? 2 : 0;
        const QString column = leftColumn.isEmpty() ? rightColumn : leftColumn;
        if (direction && (bounds[column] |= direction) == 3)
            return true;
    }
    return false;
}

void ScriptRules::update(ReviewContext &context, const PgQuery__UpdateStmt *stmt)
{
    const QString table = relationName(stmt->relation);
    if (!context.isLive(table) || isBoundedUpdate(stmt))
        return;
    const bool noWhere = stmt->where_clause == nullptr;
    context.report(
        QStringLiteral("unbatched-backfill"), -1,
        noWhere ? ScriptRules::tr(
                      "UPDATE of every row of %1 in one transaction: it holds row locks on the "
                      "whole table until it commits, doubles its size in dead tuples and "
                      "lags replicas.")
                      .arg(table)
                : ScriptRules::tr(
                      "UPDATE of %1 with a WHERE that does not bound the rows to a batch (no key "
                      "range, no LIMIT subquery): on a large table it locks and rewrites "
                      "millions of rows in one transaction.")
                      .arg(table));
}
