#pragma once
// Item data roles the review models share with the views that decorate them.

#include <Qt>

namespace ReviewRoles {

enum : int
{
    SortRole = Qt::UserRole + 100, // a value that sorts numerically where the text does not
    SeverityRole,                  // int(Severity) on the severity column of findings
    BlockLevelRole,                // 0 nothing, 1 DDL and VACUUM, 2 writes, 3 reads and writes
    LineRole,
    ColumnRole,
    PidRole,
};

// How much a lock held (or taken) on a table stops the application: 0..3 as above.
int blockLevel(int lockMode);

} // namespace ReviewRoles
