#include "scriptrules.h"

#include "columnrules.h"
#include "parsetree.h"
#include "reviewcontext.h"
#include "statementforecast.h"

#include <QHash>
#include <QSet>

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
void conjuncts(const QJsonValue &expr, QList<QJsonValue> &out)
{
    if (type(expr) == QLatin1String("BoolExpr") && str(body(expr), QLatin1String("boolop")) == u"AND_EXPR") {
        for (const QJsonValue &arg : list(body(expr), QLatin1String("args")))
            conjuncts(arg, out);
        return;
    }
    out << expr;
}

bool isValueNode(const QJsonValue &node)
{
    const QString t = type(node);
    return t == u"A_Const" || t == u"ParamRef" || t == u"TypeCast" || t == u"FuncCall" || t == u"A_Expr"
           || t == u"SubLink" || t == u"ColumnRef";
}

bool selectHasLimit(const QJsonValue &select)
{
    const QJsonObject fields = body(select);
    if (fields.contains(QLatin1String("limitCount")))
        return true;
    // UNION etc.: both sides
    if (fields.contains(QLatin1String("larg")))
        return selectHasLimit(fields.value(QLatin1String("larg"))) && selectHasLimit(fields.value(QLatin1String("rarg")));
    return false;
}

bool isKeyName(const QString &column)
{
    return column == u"id" || column == u"ctid";
}

} // namespace

void ScriptRules::check(ReviewContext &context, const QString &kind, const QJsonObject &stmt,
                        const StatementForecast &forecast)
{
    lockTimeout(context, kind, forecast);
    if (kind == u"TransactionStmt")
        transaction(context, stmt);
    else if (kind == u"VariableSetStmt")
        variableSet(context, stmt);
    else if (kind == u"SelectStmt")
        selectSetConfig(context, stmt);
    else if (kind == u"UpdateStmt")
        update(context, stmt);
}

void ScriptRules::transaction(ReviewContext &context, const QJsonObject &stmt)
{
    const QString kind = str(stmt, QLatin1String("kind"));
    if (kind == u"TRANS_STMT_BEGIN" || kind == u"TRANS_STMT_START") {
        if (context.inTransaction())
            context.report(QStringLiteral("transaction-nesting"), -1,
                           QStringLiteral("BEGIN while a transaction is already open: PostgreSQL only warns and "
                                          "keeps the outer transaction, so the first COMMIT ends both."),
                           QStringLiteral("Close the open transaction first, or use SAVEPOINT."));
        context.setInTransaction(true);
    } else if (kind == u"TRANS_STMT_COMMIT" || kind == u"TRANS_STMT_ROLLBACK" || kind == u"TRANS_STMT_PREPARE") {
        if (!context.inTransaction())
            context.report(QStringLiteral("transaction-nesting"), -1,
                           QStringLiteral("%1 without an open transaction: the statements before it already "
                                          "committed one by one.")
                               .arg(kind == u"TRANS_STMT_COMMIT" ? QStringLiteral("COMMIT")
                                    : kind == u"TRANS_STMT_ROLLBACK" ? QStringLiteral("ROLLBACK")
                                                                     : QStringLiteral("PREPARE TRANSACTION")),
                           QStringLiteral("Add the BEGIN that this COMMIT is meant to close, or remove it."));
        context.setInTransaction(false);
    }
}

void ScriptRules::variableSet(ReviewContext &context, const QJsonObject &stmt)
{
    if (str(stmt, QLatin1String("name")).toLower() != u"lock_timeout")
        return;
    const QString kind = str(stmt, QLatin1String("kind"));
    const bool local = flag(stmt, QLatin1String("is_local"));
    if (kind == u"VAR_SET_VALUE") {
        const QJsonArray args = list(stmt, QLatin1String("args"));
        context.setLockTimeout(!args.isEmpty() && timeoutEnables(constText(args.first())), local);
    } else {
        context.setLockTimeout(false, local); // RESET, SET ... TO DEFAULT: back to 0 (no timeout)
    }
}

void ScriptRules::selectSetConfig(ReviewContext &context, const QJsonObject &stmt)
{
    ColumnRules::forEachNode(stmt.value(QLatin1String("targetList")), [&](const QString &t, const QJsonObject &f) {
        if (t != u"FuncCall" || strings(list(f, QLatin1String("funcname"))).last().toLower() != u"set_config")
            return;
        const QJsonArray args = list(f, QLatin1String("args"));
        if (args.size() != 3 || constText(args.at(0)).toLower() != u"lock_timeout")
            return;
        const QJsonObject isLocal = body(args.at(2));
        const bool local = isLocal.value(QLatin1String("boolval")).toObject().value(QLatin1String("boolval")).toBool();
        context.setLockTimeout(timeoutEnables(constText(args.at(1))), local);
    });
}

void ScriptRules::lockTimeout(ReviewContext &context, const QString &kind, const StatementForecast &forecast)
{
    static const QSet<QString> notDdl = {QStringLiteral("SelectStmt"), QStringLiteral("InsertStmt"),
                                         QStringLiteral("UpdateStmt"), QStringLiteral("DeleteStmt"),
                                         QStringLiteral("MergeStmt"), QStringLiteral("TransactionStmt"),
                                         QStringLiteral("VariableSetStmt"), QStringLiteral("DoStmt"),
                                         QStringLiteral("CopyStmt"), QStringLiteral("ExplainStmt"),
                                         QStringLiteral("VacuumStmt")};
    if (notDdl.contains(kind) || context.lockTimeoutActive())
        return;
    for (const RelationLock &lock : forecast.locks) {
        if (lock.mode < LockMode::ShareUpdateExclusive || !context.isLive(lock.relation)
            || context.isNewIndex(lock.relation))
            continue;
        context.report(QStringLiteral("missing-lock-timeout"), -1,
                       QStringLiteral("%1 waits for %2 on %3 with no lock_timeout: if a long transaction holds the "
                                      "table, this statement queues and every query behind it (%4) waits too.")
                           .arg(forecast.command, LockMatrix::name(lock.mode), lock.relation,
                                LockMatrix::blockedSummary(lock.mode)),
                       QStringLiteral("SET lock_timeout = '2s' at the top of the script (or SET LOCAL inside the "
                                      "transaction) and retry the statement when it times out."));
        return;
    }
}

bool ScriptRules::isBoundedUpdate(const QJsonObject &stmt)
{
    const QJsonValue where = stmt.value(QLatin1String("whereClause"));
    if (where.isUndefined() || where.isNull())
        return false;
    // columns joined to a LIMIT subquery in FROM: UPDATE t SET ... FROM (SELECT id ... LIMIT n) b WHERE t.id = b.id
    bool limitedFrom = false;
    for (const QJsonValue &from : list(stmt, QLatin1String("fromClause")))
        if (type(from) == QLatin1String("RangeSubselect") && selectHasLimit(body(from).value(QLatin1String("subquery"))))
            limitedFrom = true;

    QList<QJsonValue> parts;
    conjuncts(where, parts);
    QHash<QString, int> bounds; // column -> bit 1 lower, bit 2 upper
    for (const QJsonValue &part : parts) {
        const QString t = type(part);
        const QJsonObject fields = body(part);
        if (t == u"CurrentOfExpr")
            return true;
        if (t == u"SubLink") {
            // col IN (SELECT ... LIMIT n) / col = ANY (SELECT ... LIMIT n)
            const QString link = str(fields, QLatin1String("subLinkType"));
            if (link == u"ANY_SUBLINK" && selectHasLimit(fields.value(QLatin1String("subselect"))))
                return true;
            continue;
        }
        if (t != u"A_Expr")
            continue;
        const QString exprKind = str(fields, QLatin1String("kind"));
        const QString op = strings(list(fields, QLatin1String("name"))).value(0);
        const QJsonValue left = fields.value(QLatin1String("lexpr"));
        const QJsonValue right = fields.value(QLatin1String("rexpr"));
        const QString leftColumn = columnRefName(left);
        const QString rightColumn = columnRefName(right);
        if (exprKind == u"AEXPR_BETWEEN" && !leftColumn.isEmpty())
            return true;
        if (exprKind == u"AEXPR_IN" && op == u"=" && isKeyName(leftColumn))
            return true; // id IN (1, 2, 3): a finite list of keys
        if (exprKind == u"AEXPR_OP_ANY" && op == u"=" && isKeyName(leftColumn))
            return true; // id = ANY($1): the caller's batch of keys
        if (exprKind != u"AEXPR_OP")
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

void ScriptRules::update(ReviewContext &context, const QJsonObject &stmt)
{
    const QString table = relationName(child(stmt, QLatin1String("relation"), QLatin1String("RangeVar")));
    if (!context.isLive(table) || isBoundedUpdate(stmt))
        return;
    const bool noWhere = !stmt.contains(QLatin1String("whereClause"));
    context.report(QStringLiteral("unbatched-backfill"), -1,
                   noWhere ? QStringLiteral("UPDATE of every row of %1 in one transaction: it holds row locks on the "
                                            "whole table until it commits, doubles its size in dead tuples and "
                                            "lags replicas.").arg(table)
                           : QStringLiteral("UPDATE of %1 with a WHERE that does not bound the rows to a batch (no key "
                                            "range, no LIMIT subquery): on a large table it locks and rewrites "
                                            "millions of rows in one transaction.").arg(table));
}
