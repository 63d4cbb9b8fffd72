// libFuzzer target: the connection URI parser (libpq URIs, key/value strings, sqlite:PATH).

#include "db/connectionuri.h"
#include "db/dberror.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const ConnectionUri uri = ConnectionUri::parse(text);
        uri.display();
    } catch (const DbError &) {
    } catch (const std::exception &) {
    }
    return 0;
}
