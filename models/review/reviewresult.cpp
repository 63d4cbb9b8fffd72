#include "reviewresult.h"

int ReviewResult::count(Severity severity) const
{
    int n = 0;
    for (const Finding &finding : findings)
        n += finding.severity == severity ? 1 : 0;
    return n;
}
