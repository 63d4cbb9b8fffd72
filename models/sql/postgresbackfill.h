#pragma once
// The backfill phase for PostgreSQL: a keyset walk on the primary key in a DO block that commits
// after every batch (11+), or one batch the runner repeats (10), each with its undo.

#include "compilecontext.h"
#include "script.h"

class PostgresBackfill
{
public:
    // ctx.fill is what existing rows get (none: nothing to write). job: what the runner walks
    // itself, set when there is something to write. Throws CompileError when the table has no
    // primary key to walk.
    static Phase phase(const CompileContext &ctx, BackfillJob &job);
};
