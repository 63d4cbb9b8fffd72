#include "sqltokens.h"

#include <pg_query.h>

namespace {

// A minimal reader of the protobuf wire format, enough for pg_query.ScanResult:
//   ScanResult { int32 version = 1; repeated ScanToken tokens = 2; }
//   ScanToken  { int32 start = 1; int32 end = 2; Token token = 4; KeywordKind keyword_kind = 5; }
struct Reader
{
    const uchar *p;
    const uchar *end;

    bool varint(quint64 &value)
    {
        value = 0;
        for (int shift = 0; shift < 64 && p < end; shift += 7) {
            const uchar byte = *p++;
            value |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    }

    bool skip(int wireType)
    {
        quint64 value = 0;
        switch (wireType) {
        case 0:
            return varint(value);
        case 1:
            p += 8;
            return p <= end;
        case 2:
            if (!varint(value) || quint64(end - p) < value)
                return false;
            p += value;
            return true;
        case 5:
            p += 4;
            return p <= end;
        default:
            return false;
        }
    }
};

bool readToken(Reader reader, SqlToken &token)
{
    while (reader.p < reader.end) {
        quint64 key = 0, value = 0;
        if (!reader.varint(key))
            return false;
        const int field = int(key >> 3), wire = int(key & 7);
        if (wire != 0) {
            if (!reader.skip(wire))
                return false;
            continue;
        }
        if (!reader.varint(value))
            return false;
        switch (field) {
        case 1:
            token.start = int(value);
            break;
        case 2:
            token.end = int(value);
            break;
        case 4:
            token.token = int(value);
            break;
        case 5:
            token.keywordKind = int(value);
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace

QList<SqlToken> SqlTokens::scan(const QByteArray &sql)
{
    QList<SqlToken> tokens;
    if (forEach(sql, [&tokens](const SqlToken &token) { tokens << token; }) != 0)
        tokens.clear();
    return tokens;
}

int SqlTokens::forEach(const QByteArray &sql, const std::function<void(const SqlToken &)> &visit)
{
    const QByteArray terminated(sql.constData(), sql.size()); // deep copy, NUL-terminated
    PgQueryScanResult result = pg_query_scan(terminated.constData());
    int error = 0;
    if (result.error) {
        error = std::max(1, result.error->cursorpos);
    } else {
        Reader reader{reinterpret_cast<const uchar *>(result.pbuf.data),
                      reinterpret_cast<const uchar *>(result.pbuf.data) + result.pbuf.len};
        while (reader.p < reader.end) {
            quint64 key = 0, length = 0;
            if (!reader.varint(key))
                break;
            if ((key >> 3) == 2 && (key & 7) == 2) {
                if (!reader.varint(length) || quint64(reader.end - reader.p) < length)
                    break;
                SqlToken token;
                if (readToken(Reader{reader.p, reader.p + length}, token))
                    visit(token);
                reader.p += length;
            } else if (!reader.skip(int(key & 7))) {
                break;
            }
        }
    }
    pg_query_free_scan_result(result);
    return error;
}
