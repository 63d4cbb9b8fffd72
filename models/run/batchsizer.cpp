#include "batchsizer.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr double Smoothing = 0.5; // weight of the newest batch in the rate estimate
constexpr double Damping = 0.6;   // fraction of the way to the ideal size taken per batch
constexpr double MaxGrowth = 2.0;
constexpr double MaxShrink = 0.5;
} // namespace

BatchSizer::BatchSizer(int initialRows, int maxRows, int targetMs, int minRows)
    : m_maxRows(std::max(1, maxRows)), m_minRows(std::clamp(minRows, 1, std::max(1, maxRows))),
      m_targetMs(std::max(1, targetMs))
{
    m_rows = clamp(initialRows);
}

void BatchSizer::setTargetMs(int targetMs)
{
    m_targetMs = std::max(1, targetMs);
    if (m_rowsPerMs > 0)
        m_rows =
            clamp(std::clamp(m_rowsPerMs * m_targetMs, m_rows * MaxShrink, m_rows * MaxGrowth));
}

int BatchSizer::record(int rows, double ms)
{
    if (rows <= 0)
        return m_rows;
    // A batch faster than the clock can tell says only "much faster than the target".
    const double rate = rows / std::max(ms, 0.5);
    m_rowsPerMs = m_rowsPerMs < 0 ? rate : Smoothing * rate + (1 - Smoothing) * m_rowsPerMs;
    const double ideal = m_rowsPerMs * m_targetMs;
    // A short last batch (fewer rows than asked) must not drag the size down: judge from the
    // size asked for, scaled by the measured rate.
    const double base = std::max<double>(m_rows, rows);
    const double ratio = std::clamp(ideal / base, MaxShrink, MaxGrowth);
    const double step = 1 + Damping * (ratio - 1);
    m_rows = clamp(base * step);
    return m_rows;
}

int BatchSizer::shrink(double factor)
{
    m_rows = clamp(m_rows * std::clamp(factor, 0.01, 1.0));
    if (m_rowsPerMs > 0)
        m_rowsPerMs *= std::clamp(factor, 0.01, 1.0);
    return m_rows;
}

int BatchSizer::clamp(double rows) const
{
    if (!std::isfinite(rows))
        return m_maxRows;
    return int(std::clamp(std::llround(rows), (long long)m_minRows, (long long)m_maxRows));
}
