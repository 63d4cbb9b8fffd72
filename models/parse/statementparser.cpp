#include "statementparser.h"

#include "sqltokens.h"
#include "statementsplitter.h"

#include <QThread>

#include <deque>
#include <limits>
#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>
#include <thread>
#include <vector>

namespace {

// The unpacked tree of one chunk lives in large blocks freed at once: unpacking node by node
// with malloc, and freeing node by node, cost more than the parse itself.
class TreeArena
{
public:
    TreeArena()
    {
        m_allocator.alloc = [](void *self, size_t size) {
            return static_cast<TreeArena *>(self)->allocate(size);
        };
        m_allocator.free = [](void *, void *) {};
        m_allocator.allocator_data = this;
    }
    TreeArena(const TreeArena &) = delete;
    TreeArena &operator=(const TreeArena &) = delete;

    ProtobufCAllocator *allocator() { return &m_allocator; }
    const PgQuery__ParseResult *result = nullptr;

private:
    static constexpr size_t blockBytes = 256 * 1024;

    void *allocate(size_t size)
    {
        size = (size + 15) & ~size_t(15);
        if (size > blockBytes / 4) // large strings get a block of their own
            return m_blocks.emplace_back(new char[size]).get();
        if (m_left < size) {
            m_next = m_blocks.emplace_back(new char[blockBytes]).get();
            m_left = blockBytes;
        }
        void *p = m_next;
        m_next += size;
        m_left -= size;
        return p;
    }

    ProtobufCAllocator m_allocator{};
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_next = nullptr;
    size_t m_left = 0;
};

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
            statement.ignoredRules +=
                StatementParser::ignoreDirective(QString::fromUtf8(data + i + 2, bodyEnd - i - 2));
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
    PgQueryProtobufParseResult result = pg_query_parse_protobuf(text.constData());
    if (result.error) {
        if (error)
            *error = QString::fromUtf8(result.error->message);
        if (cursorpos)
            *cursorpos = result.error->cursorpos;
        pg_query_free_protobuf_parse_result(result);
        return false;
    }
    const auto arena = std::make_shared<TreeArena>();
    arena->result =
        pg_query__parse_result__unpack(arena->allocator(), result.parse_tree.len,
                                       reinterpret_cast<const uint8_t *>(result.parse_tree.data));
    pg_query_free_protobuf_parse_result(result);
    if (!arena->result) {
        if (error)
            *error = StatementParser::tr("the parse tree could not be read");
        return false;
    }
    const std::shared_ptr<const void> tree = arena;
    for (size_t i = 0; i < arena->result->n_stmts; ++i) {
        const PgQuery__RawStmt *raw = arena->result->stmts[i];
        ParsedStatement statement;
        statement.regionStart = base + raw->stmt_location;
        statement.end =
            raw->stmt_len > 0 ? statement.regionStart + raw->stmt_len : base + text.size();
        statement.tree = tree;
        statement.node = raw->stmt;
        statement.treeBase = base;
        skipLeading(source.bytes(), statement);
        out.append(std::move(statement));
    }
    return true;
}

// Runs `work` on a thread with a stack of StatementParser::parseStackBytes (the caller's thread,
// a GUI worker or std::async's, has 8 MB or less): started at once, joined by result().
class LargeStackTask
{
public:
    explicit LargeStackTask(std::function<QList<ParsedStatement>()> work)
        : m_thread(QThread::create([this, work = std::move(work)] { m_result = work(); }))
    {
        m_thread->setStackSize(StatementParser::parseStackBytes);
        m_thread->start();
    }
    LargeStackTask(const LargeStackTask &) = delete;
    LargeStackTask &operator=(const LargeStackTask &) = delete;
    ~LargeStackTask() { m_thread->wait(); }

    QList<ParsedStatement> result()
    {
        m_thread->wait();
        return std::move(m_result);
    }

private:
    QList<ParsedStatement> m_result;
    std::unique_ptr<QThread> m_thread;
};

bool isChainToken(int token)
{
    switch (token) {
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
    case '^':
    case '<':
    case '>':
    case '=':
    case PG_QUERY__TOKEN__Op:
    case PG_QUERY__TOKEN__TYPECAST:
    case PG_QUERY__TOKEN__LESS_EQUALS:
    case PG_QUERY__TOKEN__GREATER_EQUALS:
    case PG_QUERY__TOKEN__NOT_EQUALS:
    case PG_QUERY__TOKEN__IS:
    case PG_QUERY__TOKEN__ISNULL:
    case PG_QUERY__TOKEN__NOTNULL:
    case PG_QUERY__TOKEN__NOT:
    case PG_QUERY__TOKEN__NOT_LA:
    case PG_QUERY__TOKEN__LIKE:
    case PG_QUERY__TOKEN__ILIKE:
    case PG_QUERY__TOKEN__SIMILAR:
    case PG_QUERY__TOKEN__BETWEEN:
    case PG_QUERY__TOKEN__IN_P:
    case PG_QUERY__TOKEN__COLLATE:
    case PG_QUERY__TOKEN__AT:
    case PG_QUERY__TOKEN__OVERLAPS:
    case PG_QUERY__TOKEN__OPERATOR:
        return true;
    default:
        return false;
    }
}

bool isItemSeparator(int token)
{
    switch (token) {
    case ',':
    case ';':
    case PG_QUERY__TOKEN__AND:
    case PG_QUERY__TOKEN__OR:
    case PG_QUERY__TOKEN__WHEN:
    case PG_QUERY__TOKEN__THEN:
    case PG_QUERY__TOKEN__ELSE:
    case PG_QUERY__TOKEN__SELECT:
    case PG_QUERY__TOKEN__FROM:
    case PG_QUERY__TOKEN__WHERE:
    case PG_QUERY__TOKEN__SET:
    case PG_QUERY__TOKEN__VALUES:
        return true;
    default:
        return false;
    }
}

bool isSetOperation(int token)
{
    return token == PG_QUERY__TOKEN__UNION || token == PG_QUERY__TOKEN__INTERSECT ||
           token == PG_QUERY__TOKEN__EXCEPT;
}

} // namespace

int StatementParser::nestingDepth(const QByteArray &sql)
{
    // Per open level: the chain of the current list item, and the set operations (UNION nests
    // left-deep across SELECT ... FROM ... WHERE, which start new items).
    struct Level
    {
        int chain = 0;
        int setOps = 0;
    };
    std::vector<Level> levels(1);
    qint64 depth = 0; // sum over levels of 1 + chain + setOps, the first level's 1 excluded
    qint64 deepest = 0;
    const int error = SqlTokens::forEach(sql, [&](const SqlToken &token) {
        const int t = token.token;
        if (t == '(' || t == '[' || t == PG_QUERY__TOKEN__CASE || t == PG_QUERY__TOKEN__ARRAY) {
            levels.push_back({});
            ++depth;
        } else if (t == ')' || t == ']' || t == PG_QUERY__TOKEN__END_P) {
            if (levels.size() > 1) {
                depth -= 1 + levels.back().chain + levels.back().setOps;
                levels.pop_back();
            }
        } else if (isChainToken(t)) {
            ++levels.back().chain;
            ++depth;
        } else if (isSetOperation(t)) {
            ++levels.back().setOps;
            ++depth;
        } else if (isItemSeparator(t)) {
            depth -= levels.back().chain;
            levels.back().chain = 0;
            if (t == ';') {
                depth -= levels.back().setOps;
                levels.back().setOps = 0;
            }
        }
        deepest = std::max(deepest, depth);
    });
    if (error != 0)
        return -1;
    return int(std::min<qint64>(deepest, std::numeric_limits<int>::max()));
}

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

void StatementParser::parse(const SqlSource &source,
                            const std::function<void(ParsedStatement &&)> &sink)
{
    const QByteArray &bytes = source.bytes();
    const QList<StatementRegion> regions = StatementSplitter::split(bytes);
    constexpr qsizetype chunkBytes = 128 * 1024;
    constexpr int chunkStatements = 400;

    // chunks: consecutive regions, bounded in bytes and count
    QList<std::pair<int, int>> chunks;
    for (int first = 0; first < regions.size();) {
        int last = first;
        while (last + 1 < regions.size() && last + 1 - first < chunkStatements &&
               regions[last + 1].to - regions[first].from <= chunkBytes)
            ++last;
        chunks.append({first, last});
        first = last + 1;
    }
    auto parseChunk = [&](int first, int last) {
        const qsizetype from = regions[first].from, to = regions[last].to;
        QList<ParsedStatement> parsed;
        bool chunkParsed = false;
        if (to - from <= maxStatementBytes) {
            const QByteArray text = bytes.mid(from, to - from);
            const int depth = nestingDepth(text);
            if (depth >= 0 && depth <= maxNestingDepth)
                chunkParsed = parseText(source, from, text, parsed, nullptr, nullptr);
        }
        if (!chunkParsed) {
            parsed.clear();
            for (int i = first; i <= last; ++i) {
                const StatementRegion &region = regions[i];
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
                if (const int depth = nestingDepth(text); depth > maxNestingDepth) {
                    ParsedStatement statement;
                    statement.regionStart = region.from;
                    statement.end = region.to;
                    statement.tooComplex = true;
                    statement.nesting = depth;
                    skipLeading(bytes, statement);
                    parsed.append(std::move(statement));
                    continue;
                }
                if (!parseText(source, region.from, text, parsed, &error, &cursorpos)) {
                    ParsedStatement statement;
                    statement.regionStart = region.from;
                    statement.end = region.to;
                    statement.treeBase = region.from;
                    skipLeading(bytes, statement);
                    statement.error = error;
                    statement.errorByte =
                        errorPosition(source, region.from, cursorpos, statement.start);
                    parsed.append(std::move(statement));
                }
            }
        }
        return parsed;
    };
    // libpg_query keeps its memory per thread. Chunks are parsed on a few threads running
    // ahead of the caller, so the sink (the rules) works on one chunk while the next ones are
    // parsed, and handed to the sink in script order. At most `ahead` chunks wait in memory.
    // Every parse runs on a thread of its own with a large stack (LargeStackTask).
    const int ahead =
        chunks.size() == 1 ? 1 : int(std::clamp(std::thread::hardware_concurrency(), 2u, 4u));
    std::deque<std::unique_ptr<LargeStackTask>> pending;
    int next = 0;
    while (next < chunks.size() || !pending.empty()) {
        while (next < chunks.size() && int(pending.size()) < ahead) {
            const int first = chunks[next].first, last = chunks[next].second;
            pending.push_back(std::make_unique<LargeStackTask>(
                [&parseChunk, first, last] { return parseChunk(first, last); }));
            ++next;
        }
        QList<ParsedStatement> parsed = pending.front()->result();
        pending.pop_front();
        for (ParsedStatement &statement : parsed)
            sink(std::move(statement));
    }
}
