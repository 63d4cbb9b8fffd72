#pragma once
// Writes a plan's phases for MySQL 8.0 and MariaDB 10.x: ALGORITHM=INSTANT where the version
// allows it, else INPLACE with LOCK=NONE; a keyset backfill procedure that commits per batch.

#include "compilecontext.h"
#include "script.h"

class MysqlDialect
{
public:
    static Script compile(const CompileContext &ctx);
    // Whether ADD COLUMN can be INSTANT on this server (MySQL 8.0.12+, MariaDB 10.3.2+).
    static bool instantAddColumn(int version, bool mariadb);
};
