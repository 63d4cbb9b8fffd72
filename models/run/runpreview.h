#pragma once

#include "base/boundsql.h"
#include "base/dialectkind.h"
#include "preparedrun.h"
#include "sql/script.h"

#include <QMetaType>
#include <QString>
#include <memory>

// The plan as the runner prepared it against the live database: what the console shows, and
// what the checks after the run use instead of preparing again.
struct RunPreview
{
    Script script;
    QString qTable;     // quoted, qualified
    BoundSql sampleSql; // what the sampler reads: (log bytes written, lock waits on the table)
    std::shared_ptr<const PreparedRun> prepared;

    static RunPreview of(std::shared_ptr<const PreparedRun> prepared, DialectKind dialect);
};
Q_DECLARE_METATYPE(RunPreview)
