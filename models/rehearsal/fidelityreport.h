#pragma once
// How closely the staging copy's statistics (after ANALYZE) follow the source's, per column:
// null fraction, distinct count, the source's top values at their frequencies; columns beyond
// the tolerances are flagged. Correlation is shown, not judged (common values placed at random
// weaken it by design).

#include "tableprofile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

struct FidelityTolerance
{
    double nullFraction = 0.05;  // absolute difference
    double distinctRatio = 0.25; // relative difference of the distinct counts
    double topFrequency = 0.05;  // absolute difference of a top value's frequency
    int topValues = 5;           // how many of the source's most common values are compared
};

struct FidelityColumn
{
    QString column;
    double sourceNullFrac = 0, stagingNullFrac = 0;
    double expectedDistinct = 0, stagingDistinct = 0; // resolved at the staging row count
    QStringList topValues;                            // the source's top values compared
    QList<double> sourceTopFreqs, stagingTopFreqs;    // frequencies of those values on each side
    double worstTopDiff = 0;
    double sourceCorrelation = 0, stagingCorrelation = 0;
    bool flagged = false;
    QStringList reasons; // why flagged, one line each
};

struct FidelityReport
{
    FidelityTolerance tolerance;
    QList<FidelityColumn> columns;
    int flaggedCount() const;
    QJsonObject toJson() const;

    static FidelityReport compare(const TableProfile &source, const TableProfile &staging,
                                  double stagingRows, const FidelityTolerance &tolerance = {});

    Q_DECLARE_TR_FUNCTIONS(FidelityReport) // last: the macro leaves the members after it private
};
