#pragma once
// Chooses the next backfill batch size so that a batch takes about the target time: a smoothed
// rows-per-millisecond estimate, a damped multiplicative step (at most x2 up, /2 down per
// batch), bounded by [minRows, maxRows].

class BatchSizer
{
public:
    BatchSizer(int initialRows, int maxRows, int targetMs, int minRows = 10);

    int next() const { return m_rows; }
    int targetMs() const { return m_targetMs; }
    int maxRows() const { return m_maxRows; }
    void setTargetMs(int targetMs);
    // A committed batch of `rows` rows took `ms` milliseconds; returns the next size.
    int record(int rows, double ms);
    // Something went wrong with the last batch (timeout, others blocked): scale down now.
    int shrink(double factor = 0.5);

private:
    int clamp(double rows) const;

    int m_rows;
    int m_maxRows;
    int m_minRows;
    int m_targetMs;
    double m_rowsPerMs = -1; // smoothed; -1 until the first batch
};
