#pragma once
// The static review of a SQL script: parses it with the real PostgreSQL grammar (libpg_query),
// walks every statement's tree through the rules with what earlier statements did, and
// forecasts each statement's locks. The single entry point for the CLI and the GUI; fast
// enough to run as the user types.

#include "reviewresult.h"

#include <QCoreApplication>

class Reviewer
{
    Q_DECLARE_TR_FUNCTIONS(Reviewer)

public:
    static ReviewResult review(const QString &sql, const ReviewOptions &options = {});
    static ReviewResult reviewUtf8(const QByteArray &sql, const ReviewOptions &options = {});
};
