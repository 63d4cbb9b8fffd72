-- Column Planner: Remember which customer referred the order
-- MySQL 8.0.11, table `orders`, column referrer_id

-- ===== phase 1/4: expand — add referrer_id online (the table is rebuilt in place while reads and writes continue) =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- MySQL 8.0.11 has no INSTANT ADD COLUMN: rebuild in place, DML continues [lock: metadata lock at start and end; concurrent DML allowed]
ALTER TABLE `orders` ADD COLUMN `referrer_id` bigint NULL COMMENT 'The customer whose referral link led to this order; NULL for orders without one', ALGORITHM=INPLACE, LOCK=NONE;

-- ===== phase 2/4: backfill — nothing to write: existing rows stay NULL =====
-- (no statements)

-- ===== phase 3/4: enforce — enforce index, foreign key online where MySQL allows it =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- build the index online [lock: metadata lock at start and end; concurrent DML allowed]
ALTER TABLE `orders` ADD INDEX `orders_referrer_id_idx` (`referrer_id`), ALGORITHM=INPLACE, LOCK=NONE;
-- check: no row references a missing key (the INPLACE add below does not check) (expect 0)
SELECT count(*) FROM `orders` t LEFT JOIN `customers` r ON r.`id` = t.`referrer_id` WHERE t.`referrer_id` IS NOT NULL AND r.`id` IS NULL;
-- lets InnoDB add the foreign key in place; existing rows were checked just above
SET SESSION foreign_key_checks = 0;
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- add the foreign key in place [lock: metadata lock (brief)]
ALTER TABLE `orders` ADD CONSTRAINT `orders_referrer_id_fkey` FOREIGN KEY (`referrer_id`) REFERENCES `customers` (`id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
-- checks back on
SET SESSION foreign_key_checks = 1;

-- ===== phase 4/4: verify — check the result: column, backfilled rows, the plan's own checks =====
-- check: the column exists (expect 1)
SELECT count(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'orders' AND column_name = 'referrer_id';
-- check: no row references a missing key (rows written while the key was added unchecked) (expect 0)
SELECT count(*) FROM `orders` t LEFT JOIN `customers` r ON r.`id` = t.`referrer_id` WHERE t.`referrer_id` IS NOT NULL AND r.`id` IS NULL;
-- check: nobody refers themselves (expect 0)
SELECT count(*) FROM orders WHERE referrer_id = customer_id;

-- ######## rollback, newest phase first ########
-- ===== rollback of phase 4/4: verify — verify only reads: nothing to undo =====
-- (no statements)

-- ===== rollback of phase 3/4: enforce — drops what enforce added, newest first =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- drop the foreign key [lock: metadata lock (brief)]
ALTER TABLE `orders` DROP FOREIGN KEY `orders_referrer_id_fkey`;
-- drop the index [lock: metadata lock (brief)]
ALTER TABLE `orders` DROP INDEX `orders_referrer_id_idx`, ALGORITHM=INPLACE, LOCK=NONE;

-- ===== rollback of phase 2/4: backfill — nothing to undo =====
-- (no statements)

-- ===== rollback of phase 1/4: expand — drops the column: undoes expand and, with it, the backfill =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- drop the column [lock: metadata lock (brief)]
ALTER TABLE `orders` DROP COLUMN `referrer_id`, ALGORITHM=INPLACE, LOCK=NONE;
