#pragma once
// Catalog values as JSON (the `inspect --json` contract) and as readable text.

#include "activity.h"
#include "catalog.h"

#include <QJsonObject>

QJsonObject catalogToJson(const Catalog &catalog);
QJsonObject tableToJson(const TableInfo &table);
Catalog catalogFromJson(const QJsonObject &json);
QJsonObject activityToJson(const ActivitySnapshot &snapshot);

// "12.3 MB", "950 kB", "unknown" for -1.
QString formatBytes(qint64 bytes);
// "1.2 M", "200 k", "unknown" for negative estimates.
QString formatRowEstimate(double rows);
QString catalogSummaryText(const Catalog &catalog);
QString tableDetailText(const TableInfo &table);
