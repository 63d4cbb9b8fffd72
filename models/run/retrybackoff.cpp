#include "retrybackoff.h"

#include <algorithm>
#include <cmath>

RetryBackoff::RetryBackoff(int baseMs, int capMs, unsigned seed)
    : m_baseMs(std::max(1, baseMs)), m_capMs(std::max(1, capMs)), m_random(seed)
{
}

int RetryBackoff::delayMs(int attempt)
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double full = std::min<double>(m_capMs, m_baseMs * std::pow(2.0, exponent));
    std::uniform_real_distribution<double> jitter(full / 2, full);
    return int(std::lround(jitter(m_random)));
}
