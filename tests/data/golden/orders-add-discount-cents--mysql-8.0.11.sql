-- Column Planner: Store the discount of each order in cents
-- MySQL 8.0.11, table `orders`, column discount_cents

-- ===== phase 1/4: expand — add discount_cents online (the table is rebuilt in place while reads and writes continue) =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- MySQL 8.0.11 has no INSTANT ADD COLUMN: rebuild in place, DML continues [lock: metadata lock at start and end; concurrent DML allowed]
ALTER TABLE `orders` ADD COLUMN `discount_cents` bigint NOT NULL DEFAULT 0 COMMENT 'Discount granted on the order, in cents of the order currency', ALGORITHM=INPLACE, LOCK=NONE;

-- ===== phase 2/4: backfill — nothing to write: existing rows read the default =====
-- (no statements)

-- ===== phase 3/4: enforce — nothing to enforce =====
-- no CHECK on this version
-- CHECK (discount_cents >= 0) is not added: MySQL 8.0.11 parses CHECK constraints but never enforces them (enforced from 8.0.16); enforce it in the application or upgrade

-- ===== phase 4/4: verify — check the result: column, backfilled rows, the plan's own checks =====
-- check: the column exists and is NOT NULL (expect 1)
SELECT count(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'orders' AND column_name = 'discount_cents' AND is_nullable = 'NO';
-- check: a discount never exceeds the amount (expect 0)
SELECT count(*) FROM orders WHERE discount_cents > amount * 100;

-- ######## rollback, newest phase first ########
-- ===== rollback of phase 4/4: verify — verify only reads: nothing to undo =====
-- (no statements)

-- ===== rollback of phase 3/4: enforce — nothing to undo =====
-- (no statements)

-- ===== rollback of phase 2/4: backfill — nothing to undo =====
-- (no statements)

-- ===== rollback of phase 1/4: expand — drops the column: undoes expand and, with it, the backfill =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- drop the column [lock: metadata lock (brief)]
ALTER TABLE `orders` DROP COLUMN `discount_cents`, ALGORITHM=INPLACE, LOCK=NONE;
