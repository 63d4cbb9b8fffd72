#include "expressionparser.h"

#include "statementparser.h"

#include <pg_query.h>

ExpressionProblem ExpressionParser::check(const QString &expression)
{
    // The expression on lines of its own: a trailing "--" comment cannot swallow the ")".
    static const QString prefix = QStringLiteral("SELECT (\n");
    const QByteArray sql = (prefix + expression + QStringLiteral("\n)")).toUtf8();
    ExpressionProblem problem;
    // The same bound as the review: a deeper tree would be refused there, and its packing
    // recurses once per level.
    const int depth = StatementParser::nestingDepth(sql);
    if (depth > StatementParser::maxNestingDepth) {
        problem.message = ExpressionParser::tr("nests about %1 levels deep (limit %2)")
                              .arg(depth)
                              .arg(StatementParser::maxNestingDepth);
        return problem;
    }
    PgQueryParseResult result = pg_query_parse(sql.constData());
    if (result.error) {
        problem.message = QString::fromUtf8(result.error->message);
        const int cursor = result.error->cursorpos; // 1-based character of the whole statement
        const int length = int(expression.size());
        if (cursor > 0)
            problem.position = std::clamp(cursor - int(prefix.size()), 1, length + 1);
    }
    pg_query_free_parse_result(result);
    return problem;
}
