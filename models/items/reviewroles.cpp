#include "reviewroles.h"

#include "review/lockmode.h"

namespace ReviewRoles {

int blockLevel(int lockMode)
{
    const auto mode = LockMode(lockMode);
    if (LockMatrix::blocksReads(mode))
        return 3;
    if (LockMatrix::blocksWrites(mode))
        return 2;
    return mode == LockMode::None ? 0 : 1;
}

} // namespace ReviewRoles
