#pragma once
// Writes a plan's phases for PostgreSQL 10 to 18: metadata-only expand, keyset backfill in a DO
// block with a COMMIT per batch, NOT VALID constraints validated without blocking writers,
// indexes built CONCURRENTLY, and a rollback for every phase.

#include "compilecontext.h"
#include "script.h"

class PostgresDialect
{
public:
    static Script compile(const CompileContext &ctx);
};
