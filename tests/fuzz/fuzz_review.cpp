// libFuzzer target: a migration script as `lint` reads it from a pull request: split, parsed by
// libpg_query, reviewed by every rule. Any input ends in findings, never in a crash.

#include "review/reviewer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Reviewer::reviewUtf8(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
