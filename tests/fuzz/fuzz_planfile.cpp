// libFuzzer target: the plan loader on any bytes. It must answer with a Plan or a PlanError
// whose message is one line, never crash, hang or take unbounded memory.

#include "plan/planfile.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        const Plan plan =
            PlanFile::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                            QStringLiteral("fuzz.json"));
        PlanFile::serialize(plan);
    } catch (const PlanError &error) {
        if (error.message().contains(u'\n'))
            std::abort(); // an error is one line
    }
    return 0;
}
