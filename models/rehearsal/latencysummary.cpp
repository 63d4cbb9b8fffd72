#include "latencysummary.h"

#include <algorithm>
#include <cmath>

LatencySummary LatencySummary::of(std::vector<double> latenciesMs)
{
    LatencySummary summary;
    summary.count = qint64(latenciesMs.size());
    if (latenciesMs.empty())
        return summary;
    std::sort(latenciesMs.begin(), latenciesMs.end());
    const auto rank = [&](double p) {
        const size_t index = size_t(std::max(0.0, std::ceil(p * double(latenciesMs.size())) - 1));
        return latenciesMs[std::min(index, latenciesMs.size() - 1)];
    };
    summary.p50 = rank(0.50);
    summary.p95 = rank(0.95);
    summary.p99 = rank(0.99);
    summary.max = latenciesMs.back();
    return summary;
}

QJsonObject LatencySummary::toJson() const
{
    const auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    return QJsonObject{{QStringLiteral("p50"), round3(p50)},
                       {QStringLiteral("p95"), round3(p95)},
                       {QStringLiteral("p99"), round3(p99)},
                       {QStringLiteral("max"), round3(max)},
                       {QStringLiteral("count"), count}};
}
