#pragma once
// Exponential backoff with jitter for retries (lock timeouts, reconnects): attempt n waits a
// random time in [d/2, d] where d = base * 2^(n-1), capped.

#include <random>

class RetryBackoff
{
public:
    explicit RetryBackoff(int baseMs = 200, int capMs = 10000,
                          unsigned seed = std::random_device{}());

    // The wait before retry number `attempt` (1-based).
    int delayMs(int attempt);

private:
    int m_baseMs;
    int m_capMs;
    std::mt19937 m_random;
};
