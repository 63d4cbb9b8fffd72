#pragma once
// A plan made ready to run against one database: the compiled script (as if the column did not
// exist yet, so a resumed run compiles the same SQL), what already exists, and the SHA-256
// fingerprints the journal keys phases and checkpoints by.

#include "plan/plan.h"
#include "sql/compilecontext.h"
#include "sql/script.h"

#include <QHash>
#include <QString>

struct PreparedRun
{
    Plan plan;
    Script script;
    CompileContext context;
    QString target; // uri.display()
    QString serverVersion;
    QString tableIdentity;       // RunDialect::tableIdentity: this incarnation of the table
    bool columnExists = false;   // and matches the plan's type
    bool defaultInPlace = false; // the column has a default (when the plan wants one)
    QString valueSql;            // what a row gets: "(expr)::type"; empty when nothing to fill
    bool valueVolatile = false;  // valueSql calls a volatile function: compare NULL-ness only
    // What a row inserted without the column gets, "(default)::type", when that is another value
    // than valueSql and not volatile: such rows are right too. Empty otherwise.
    QString defaultSql;
    QString scriptSha256;
    QHash<QString, QString> phaseSha256; // by phase name
};
