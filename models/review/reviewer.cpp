#include "reviewer.h"

#include "base/identifierrules.h"
#include "lockforecaster.h"
#include "parse/parsetree.h"
#include "parse/sqltokens.h"
#include "parse/statementparser.h"
#include "reviewcontext.h"
#include "schemarules.h"
#include "scriptrules.h"

#include <algorithm>

namespace {

bool isIdentifierByte(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$' || c >= 0x80;
}

// Cheap pre-check before running the scanner: is there a word or quoted name longer than the limit?
bool mayHaveLongIdentifier(const QByteArray &bytes, qsizetype from, qsizetype to, int limit)
{
    const char *data = bytes.constData();
    qsizetype run = 0;
    bool inQuotes = false;
    for (qsizetype i = from; i < to; ++i) {
        const uchar c = uchar(data[i]);
        if (c == '"') {
            inQuotes = !inQuotes;
            run = 0;
        } else if (inQuotes || isIdentifierByte(c)) {
            if (++run > limit)
                return true;
        } else {
            run = 0;
        }
    }
    return false;
}

void checkIdentifierLengths(ReviewContext &context, const SqlSource &source,
                            const ParsedStatement &statement)
{
    const int limit = maxIdentifierBytes(context.options().dialect);
    if (limit <= 0 || !mayHaveLongIdentifier(source.bytes(), statement.start, statement.end, limit))
        return;
    const QByteArray text = source.bytes().mid(statement.start, statement.end - statement.start);
    for (const SqlToken &token : SqlTokens::scan(text)) {
        if (token.token != SqlTokens::Ident)
            continue;
        QByteArray name = text.mid(token.start, token.end - token.start);
        if (name.startsWith('"') && name.endsWith('"') && name.size() >= 2)
            name = name.mid(1, name.size() - 2).replace("\"\"", "\"");
        if (name.size() <= limit)
            continue;
        const QString shown = QString::fromUtf8(name);
        context.reportAtByte(
            QStringLiteral("identifier-too-long"), statement.start + token.start,
            Reviewer::tr("Identifier \"%1\" is %2 bytes; PostgreSQL silently truncates it to %3 "
                         "bytes, so two long names can collide and the name in the catalog is "
                         "not the one in the script.")
                .arg(shown.left(40) + QStringLiteral("..."))
                .arg(name.size())
                .arg(limit));
    }
}

// PostgreSQL 18 accepts ALTER TABLE t ADD [CONSTRAINT c] NOT NULL col [NOT VALID], which the
// bundled PostgreSQL 15 grammar rejects. Recognised from the scanner's tokens.
struct NotNullConstraint
{
    QString table, name, column;
    bool notValid = false;
};

std::optional<NotNullConstraint> pg18NotNullConstraint(const QByteArray &text)
{
    const QList<SqlToken> all = SqlTokens::scan(text);
    QList<SqlToken> tokens;
    for (const SqlToken &token : all)
        if (token.token != SqlTokens::SqlComment && token.token != SqlTokens::CComment)
            tokens << token;
    int i = 0;
    auto is = [&](int kind) { return i < tokens.size() && tokens[i].token == kind; };
    auto nameLike = [&] {
        return i < tokens.size() && (tokens[i].token == SqlTokens::Ident ||
                                     tokens[i].keywordKind == 1 || tokens[i].keywordKind == 2);
    };
    auto word = [&] {
        QByteArray w = text.mid(tokens[i].start, tokens[i].end - tokens[i].start);
        ++i;
        if (w.startsWith('"'))
            return QString::fromUtf8(w.mid(1, w.size() - 2).replace("\"\"", "\""));
        return QString::fromUtf8(w).toLower();
    };
    NotNullConstraint result;
    if (!is(SqlTokens::Alter))
        return std::nullopt;
    ++i;
    if (!is(SqlTokens::Table))
        return std::nullopt;
    ++i;
    if (is(SqlTokens::If)) {
        i += 2;
    }
    if (is(SqlTokens::Only))
        ++i;
    if (!nameLike())
        return std::nullopt;
    result.table = word();
    if (i < tokens.size() && tokens[i].token == '.') {
        ++i;
        if (!nameLike())
            return std::nullopt;
        result.table += u'.' + word();
    }
    if (!is(SqlTokens::Add))
        return std::nullopt;
    ++i;
    if (is(SqlTokens::Constraint)) {
        ++i;
        if (!nameLike())
            return std::nullopt;
        result.name = word();
    }
    if (!is(SqlTokens::Not))
        return std::nullopt;
    ++i;
    if (!is(SqlTokens::Null))
        return std::nullopt;
    ++i;
    if (!nameLike())
        return std::nullopt;
    result.column = word();
    if (is(SqlTokens::Not) && i + 1 < tokens.size() && tokens[i + 1].token == SqlTokens::Valid) {
        result.notValid = true;
        i += 2;
    }
    if (i != tokens.size())
        return std::nullopt;
    return result;
}

bool reviewPg18NotNull(ReviewContext &context, const SqlSource &source,
                       const ParsedStatement &statement, ReviewedStatement &reviewed)
{
    const auto form =
        pg18NotNullConstraint(source.bytes().mid(statement.start, statement.end - statement.start));
    if (!form)
        return false;
    if (context.serverVersion() < 18) {
        context.reportAtByte(
            QStringLiteral("syntax-error"), statement.start,
            Reviewer::tr("ALTER TABLE ... ADD CONSTRAINT ... NOT NULL is PostgreSQL 18 syntax; "
                         "PostgreSQL %1 rejects it.")
                .arg(context.serverVersion()),
            Reviewer::tr("Use ADD CONSTRAINT c CHECK (%1 IS NOT NULL) NOT VALID, VALIDATE "
                         "CONSTRAINT c, then ALTER COLUMN %1 SET NOT NULL.")
                .arg(form->column));
        return true;
    }
    reviewed.parsed = true;
    reviewed.kind = QStringLiteral("AlterTableStmt");
    StatementForecast &f = reviewed.forecast;
    f.command = QStringLiteral("ALTER TABLE");
    f.addLock(form->table, LockMode::AccessExclusive);
    f.scansTable = !form->notValid;
    f.duration = f.scansTable ? DurationClass::TableSize : DurationClass::Instant;
    f.note = Reviewer::tr(
        "PostgreSQL 18 NOT NULL constraint (recognised from tokens: the bundled parser is 15)");
    if (!context.lockTimeoutActive() && context.isLive(form->table))
        context.reportAtByte(
            QStringLiteral("missing-lock-timeout"), statement.start,
            Reviewer::tr("ALTER TABLE waits for ACCESS EXCLUSIVE on %1 with no lock_timeout: every "
                         "query behind it waits too.")
                .arg(form->table));
    if (form->notValid) {
        context.addNotNullCheck(form->table, form->column, form->name, false);
    } else if (context.isLive(form->table) &&
               !context.hasValidatedNotNull(form->table, form->column)) {
        context.reportAtByte(
            QStringLiteral("set-not-null-scan"), statement.start,
            Reviewer::tr(
                "ADD CONSTRAINT ... NOT NULL %1 on %2 scans every row while holding ACCESS "
                "EXCLUSIVE.")
                .arg(form->column, form->table),
            Reviewer::tr("Add it NOT VALID, then VALIDATE CONSTRAINT in its own transaction."));
        context.addNotNullCheck(form->table, form->column, form->name, true);
    }
    return true;
}

} // namespace

ReviewResult Reviewer::review(const QString &sql, const ReviewOptions &options)
{
    return reviewUtf8(sql.toUtf8(), options);
}

ReviewResult Reviewer::reviewUtf8(const QByteArray &sql, const ReviewOptions &options)
{
    const SqlSource source(sql);
    ReviewContext context(source, options);
    ReviewResult result;
    int number = 0;
    StatementParser::parse(source, [&](ParsedStatement &&statement) {
        ++number;
        context.beginStatement(statement, number);
        ReviewedStatement reviewed;
        reviewed.startByte = statement.start;
        qsizetype end = statement.end;
        while (end > statement.start && QChar::isSpace(uchar(source.bytes().at(end - 1))))
            --end;
        reviewed.endByte = end;
        reviewed.text = source.text(statement.start, end);
        reviewed.line = source.lineOf(statement.start);
        reviewed.column = source.columnOf(statement.start);

        if (statement.tooLarge) {
            context.reportAtByte(
                QStringLiteral("statement-too-large"), statement.start,
                Reviewer::tr("Statement of %1 MB not reviewed (limit %2 MB per statement).")
                    .arg((statement.end - statement.start) / (1024 * 1024))
                    .arg(StatementParser::maxStatementBytes / (1024 * 1024)));
        } else if (statement.tooComplex) {
            context.reportAtByte(
                QStringLiteral("statement-too-complex"), statement.start,
                Reviewer::tr("Statement not reviewed: its expressions nest about %1 levels deep "
                             "(limit %2).")
                    .arg(statement.nesting)
                    .arg(StatementParser::maxNestingDepth));
        } else if (!statement.error.isEmpty()) {
            if (!reviewPg18NotNull(context, source, statement, reviewed))
                context.reportAtByte(
                    QStringLiteral("syntax-error"), statement.errorByte,
                    Reviewer::tr("PostgreSQL rejects this statement: %1.").arg(statement.error));
        } else {
            reviewed.parsed = true;
            reviewed.kind = parsetree::typeName(statement.node);
            reviewed.forecast = LockForecaster::forecast(statement.node, context);
            ScriptRules::check(context, statement.node, reviewed.forecast);
            SchemaRules::check(context, statement.node, reviewed.forecast);
            checkIdentifierLengths(context, source, statement);
        }
        QList<Finding> findings = context.takeFindings();
        std::stable_sort(findings.begin(), findings.end(),
                         [](const Finding &a, const Finding &b) { return a.offset < b.offset; });
        result.findings += findings;
        result.statements.append(std::move(reviewed));
    });
    return result;
}
