#include "statementparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include "sqltokens.h"

#include <pg_query.h>
#include <future>
#include <thread>
#include <vector>

namespace {

struct Region
{
    qsizetype from;
    qsizetype to;
};

// Statement regions from the scanner's tokens: split at ';' outside parentheses and outside
// the BEGIN ATOMIC ... END body of a SQL-standard function. A region holds at least one token
// that is not a comment. When the scanner fails (an unterminated quote or comment), everything
// before the failing statement is still split and the rest of the script becomes one region,
// which then fails to parse at the right place.
QList<Region> splitRegions(const QByteArray &bytes, qsizetype length)
{
    QList<Region> regions;
    qsizetype regionStart = 0;
    bool hasToken = false;
    int parens = 0, atomic = 0;
    int previous = 0;
    const int error = SqlTokens::forEach(QByteArray::fromRawData(bytes.constData(), length), [&](const SqlToken &token) {
        switch (token.token) {
        case SqlTokens::SqlComment:
        case SqlTokens::CComment:
            return;
        case '(':
            ++parens;
            break;
        case ')':
            parens = std::max(0, parens - 1);
            break;
        case SqlTokens::Atomic:
            if (previous == SqlTokens::Begin)
                atomic = 1;
            break;
        case SqlTokens::Case:
            if (atomic > 0)
                ++atomic;
            break;
        case SqlTokens::End:
            if (atomic > 0)
                --atomic;
            break;
        case ';':
            if (parens == 0 && atomic == 0) {
                if (hasToken)
                    regions.append({regionStart, token.start});
                regionStart = token.end;
                hasToken = false;
                previous = token.token;
                return;
            }
            break;
        default:
            break;
        }
        hasToken = true;
        previous = token.token;
    });
    if (error == 0) {
        if (hasToken)
            regions.append({regionStart, length});
        return regions;
    }
    // error is 1-based in characters; find its byte
    qsizetype errorByte = 0;
    for (int chars = error - 1; chars > 0 && errorByte < length; --chars) {
        ++errorByte;
        while (errorByte < length && (uchar(bytes[errorByte]) & 0xC0) == 0x80)
            ++errorByte;
    }
    regions.clear();
    if (errorByte > 0 && errorByte < length) {
        regions = splitRegions(bytes, errorByte);
        // the last region before the error is the statement the broken token belongs to,
        // unless a ';' separates them
        if (!regions.isEmpty()) {
            bool separated = false;
            for (qsizetype i = regions.last().to; i < errorByte; ++i)
                if (bytes[i] == ';')
                    separated = true;
            if (!separated)
                regions.removeLast();
        }
    }
    qsizetype restFrom = regions.isEmpty() ? 0 : regions.last().to + 1;
    if (restFrom < length)
        regions.append({restFrom, length});
    return regions;
}

void skipLeading(const QByteArray &bytes, ParsedStatement &statement)
{
    const char *data = bytes.constData();
    qsizetype i = statement.regionStart;
    const qsizetype end = statement.end;
    while (i < end) {
        const char c = data[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++i;
        } else if (c == '-' && i + 1 < end && data[i + 1] == '-') {
            qsizetype stop = i + 2;
            while (stop < end && data[stop] != '\n')
                ++stop;
            const QString comment = QString::fromUtf8(data + i + 2, stop - i - 2);
            statement.ignoredRules += StatementParser::ignoreDirective(comment);
            i = stop;
        } else if (c == '/' && i + 1 < end && data[i + 1] == '*') {
            int depth = 1;
            qsizetype stop = i + 2;
            while (stop < end && depth > 0) {
                if (data[stop] == '*' && stop + 1 < end && data[stop + 1] == '/') {
                    --depth;
                    stop += 2;
                } else if (data[stop] == '/' && stop + 1 < end && data[stop + 1] == '*') {
                    ++depth;
                    stop += 2;
                } else {
                    ++stop;
                }
            }
            const qsizetype bodyEnd = depth == 0 ? stop - 2 : stop;
            statement.ignoredRules += StatementParser::ignoreDirective(
                QString::fromUtf8(data + i + 2, bodyEnd - i - 2));
            i = stop;
        } else {
            break;
        }
    }
    statement.start = std::min(i, end);
}

qsizetype errorPosition(const SqlSource &source, qsizetype base, int cursorpos, qsizetype fallback)
{
    if (cursorpos <= 0)
        return fallback;
    return source.advanceCharacters(base, cursorpos - 1);
}

// Parses `text` (which starts at byte `base` of the script). On success appends one
// ParsedStatement per statement and returns true.
bool parseText(const SqlSource &source, qsizetype base, const QByteArray &text,
               QList<ParsedStatement> &out, QString *error, int *cursorpos)
{
    PgQueryParseResult result = pg_query_parse(text.constData());
    if (result.error) {
        if (error)
            *error = QString::fromUtf8(result.error->message);
        if (cursorpos)
            *cursorpos = result.error->cursorpos;
        pg_query_free_parse_result(result);
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(
        result.parse_tree, qsizetype(strlen(result.parse_tree))));
    pg_query_free_parse_result(result);
    const QJsonArray stmts = document.object().value(QLatin1String("stmts")).toArray();
    for (const QJsonValue &value : stmts) {
        const QJsonObject raw = value.toObject();
        ParsedStatement statement;
        const qsizetype location = raw.value(QLatin1String("stmt_location")).toInteger();
        const qsizetype length = raw.value(QLatin1String("stmt_len")).toInteger();
        statement.regionStart = base + location;
        statement.end = length > 0 ? statement.regionStart + length : base + text.size();
        statement.node = raw.value(QLatin1String("stmt")).toObject();
        statement.treeBase = base;
        skipLeading(source.bytes(), statement);
        out.append(std::move(statement));
    }
    return true;
}

} // namespace

QStringList StatementParser::ignoreDirective(QStringView comment)
{
    QStringView text = comment.trimmed();
    static const QLatin1String prefix("column-planner:");
    if (!text.startsWith(prefix, Qt::CaseInsensitive))
        return {};
    text = text.mid(prefix.size()).trimmed();
    if (!text.startsWith(QLatin1String("ignore"), Qt::CaseInsensitive))
        return {};
    text = text.mid(6);
    QStringList rules;
    QString current;
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c == u'-') {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            rules << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        rules << current;
    return rules;
}

void StatementParser::parse(const SqlSource &source, const std::function<void(ParsedStatement &&)> &sink)
{
    const QByteArray &bytes = source.bytes();
    const QList<Region> regions = splitRegions(bytes, bytes.size());
    constexpr qsizetype chunkBytes = 128 * 1024;
    constexpr int chunkStatements = 400;

    // chunks: consecutive regions, bounded in bytes and count
    QList<std::pair<int, int>> chunks;
    for (int first = 0; first < regions.size();) {
        int last = first;
        while (last + 1 < regions.size() && last + 1 - first < chunkStatements
               && regions[last + 1].to - regions[first].from <= chunkBytes)
            ++last;
        chunks.append({first, last});
        first = last + 1;
    }
    auto parseChunk = [&](int first, int last) {
        const qsizetype from = regions[first].from, to = regions[last].to;
        QList<ParsedStatement> parsed;
        bool chunkParsed = false;
        if (to - from <= maxStatementBytes)
            chunkParsed = parseText(source, from, bytes.mid(from, to - from), parsed, nullptr, nullptr);
        if (!chunkParsed) {
            parsed.clear();
            for (int i = first; i <= last; ++i) {
                const Region &region = regions[i];
                if (region.to - region.from > maxStatementBytes) {
                    ParsedStatement statement;
                    statement.regionStart = region.from;
                    statement.end = region.to;
                    statement.tooLarge = true;
                    skipLeading(bytes, statement);
                    parsed.append(std::move(statement));
                    continue;
                }
                QString error;
                int cursorpos = 0;
                const QByteArray text = bytes.mid(region.from, region.to - region.from);
                if (!parseText(source, region.from, text, parsed, &error, &cursorpos)) {
                    ParsedStatement statement;
                    statement.regionStart = region.from;
                    statement.end = region.to;
                    statement.treeBase = region.from;
                    skipLeading(bytes, statement);
                    statement.error = error;
                    statement.errorByte = errorPosition(source, region.from, cursorpos, statement.start);
                    parsed.append(std::move(statement));
                }
            }
        }
        return parsed;
    };
    // libpg_query keeps its memory per thread: chunks are parsed on a few threads at a time and
    // handed to the sink in script order.
    const int workers = int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    for (int next = 0; next < chunks.size();) {
        const int batch = std::min<int>(workers, int(chunks.size()) - next);
        std::vector<std::future<QList<ParsedStatement>>> futures;
        for (int k = 1; k < batch; ++k)
            futures.push_back(std::async(std::launch::async, parseChunk, chunks[next + k].first, chunks[next + k].second));
        QList<ParsedStatement> own = parseChunk(chunks[next].first, chunks[next].second);
        for (ParsedStatement &statement : own)
            sink(std::move(statement));
        for (auto &future : futures)
            for (ParsedStatement &statement : future.get())
                sink(std::move(statement));
        next += batch;
    }
}
