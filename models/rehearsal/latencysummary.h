#pragma once
// Percentiles of a set of operation latencies, in milliseconds.

#include <QJsonObject>
#include <vector>

struct LatencySummary
{
    qint64 count = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;

    // Nearest-rank percentiles; an empty set gives zeros with count 0.
    static LatencySummary of(std::vector<double> latenciesMs);
    QJsonObject toJson() const; // {"p50","p95","p99","max","count"}
};
