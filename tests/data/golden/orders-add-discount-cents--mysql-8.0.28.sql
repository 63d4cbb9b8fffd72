-- Column Planner: Store the discount of each order in cents
-- MySQL 8.0.28, table `orders`, column discount_cents

-- ===== phase 1/4: expand — add discount_cents instantly (metadata only) =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- MySQL 8.0.28 adds a last column as a metadata change [lock: metadata lock (brief)]
-- warning: before MySQL 8.0.29 INSTANT only adds a column in the last position: this one is appended
-- warning: MySQL refuses INSTANT on tables with a FULLTEXT index or ROW_FORMAT=COMPRESSED: then use ALGORITHM=INPLACE, LOCK=NONE (the table is rebuilt, DML continues)
ALTER TABLE `orders` ADD COLUMN `discount_cents` bigint NOT NULL DEFAULT 0 COMMENT 'Discount granted on the order, in cents of the order currency', ALGORITHM=INSTANT;

-- ===== phase 2/4: backfill — nothing to write: existing rows read the default =====
-- (no statements)

-- ===== phase 3/4: enforce — enforce check online where MySQL allows it =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- add and validate the CHECK [lock: copies the table: writes blocked while it runs]
-- warning: MySQL validates a new CHECK by copying the table (no INPLACE): run it in a quiet window
ALTER TABLE `orders` ADD CONSTRAINT `orders_discount_cents_check` CHECK (discount_cents >= 0);

-- ===== phase 4/4: verify — check the result: column, backfilled rows, the plan's own checks =====
-- check: the column exists and is NOT NULL (expect 1)
SELECT count(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'orders' AND column_name = 'discount_cents' AND is_nullable = 'NO';
-- check: a discount never exceeds the amount (expect 0)
SELECT count(*) FROM orders WHERE discount_cents > amount * 100;

-- ######## rollback, newest phase first ########
-- ===== rollback of phase 4/4: verify — verify only reads: nothing to undo =====
-- (no statements)

-- ===== rollback of phase 3/4: enforce — drops what enforce added, newest first =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- drop the CHECK [lock: metadata lock (brief)]
ALTER TABLE `orders` DROP CHECK `orders_discount_cents_check`;

-- ===== rollback of phase 2/4: backfill — nothing to undo =====
-- (no statements)

-- ===== rollback of phase 1/4: expand — drops the column: undoes expand and, with it, the backfill =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- drop the column [lock: metadata lock (brief)]
ALTER TABLE `orders` DROP COLUMN `discount_cents`, ALGORITHM=INPLACE, LOCK=NONE;
