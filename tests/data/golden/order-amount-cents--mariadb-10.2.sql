-- Column Planner: Store order amounts in cents
-- MariaDB 10.2, table `orders`, column amount_cents

-- ===== phase 1/4: expand — add amount_cents online (the table is rebuilt in place while reads and writes continue) =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- MariaDB 10.2 has no INSTANT ADD COLUMN: rebuild in place, DML continues [lock: metadata lock at start and end; concurrent DML allowed]
ALTER TABLE `orders` ADD COLUMN `amount_cents` bigint NULL COMMENT 'Order amount in cents', ALGORITHM=INPLACE, LOCK=NONE;
-- new rows get the default; existing rows are filled by the backfill [lock: metadata lock (brief)]
ALTER TABLE `orders` ALTER COLUMN `amount_cents` SET DEFAULT 0, ALGORITHM=INPLACE, LOCK=NONE;

-- ===== phase 2/4: backfill — fill existing rows in primary-key batches of at most 20000 rows, one commit each =====
-- remove a leftover from an earlier run [lock: none]
DROP PROCEDURE IF EXISTS `cp_backfill_orders_amount_cents`;
-- a keyset loop on the primary key, COMMIT after every batch of at most 20000 rows [lock: none]
DELIMITER //
CREATE PROCEDURE `cp_backfill_orders_amount_cents`()
BEGIN
    SET @cp_lo_1 = NULL;
    SELECT `id` INTO @cp_lo_1 FROM `orders` ORDER BY `id` LIMIT 1;
    WHILE @cp_lo_1 IS NOT NULL DO
        SET @cp_hi_1 = NULL;
        SELECT `id` INTO @cp_hi_1 FROM `orders` WHERE `id` >= @cp_lo_1 ORDER BY `id` LIMIT 1 OFFSET 19999;
        IF @cp_hi_1 IS NULL THEN
            SELECT `id` INTO @cp_hi_1 FROM `orders` WHERE `id` >= @cp_lo_1 ORDER BY `id` DESC LIMIT 1;
        END IF;
        UPDATE `orders` SET `amount_cents` = (round(amount * 100)) WHERE `id` >= @cp_lo_1 AND `id` <= @cp_hi_1 AND `amount_cents` IS NULL;
        COMMIT;
        SET @cp_lo_1 = NULL;
        SELECT `id` INTO @cp_lo_1 FROM `orders` WHERE `id` > @cp_hi_1 ORDER BY `id` LIMIT 1;
    END WHILE;
END //
DELIMITER ;
-- run the backfill; rows already filled are skipped (safe to rerun) [lock: row locks of one batch at a time]
CALL `cp_backfill_orders_amount_cents`();
-- clean up [lock: none]
DROP PROCEDURE IF EXISTS `cp_backfill_orders_amount_cents`;

-- ===== phase 3/4: enforce — enforce NOT NULL, check, index online where MariaDB allows it =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- make the column NOT NULL: an in-place rebuild that fails if a NULL remains (strict mode) [lock: metadata lock at start and end; concurrent DML allowed]
ALTER TABLE `orders` MODIFY COLUMN `amount_cents` bigint NOT NULL DEFAULT 0 COMMENT 'Order amount in cents', ALGORITHM=INPLACE, LOCK=NONE;
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- add and validate the CHECK [lock: copies the table: writes blocked while it runs]
-- warning: MariaDB validates a new CHECK by copying the table (no INPLACE): run it in a quiet window
ALTER TABLE `orders` ADD CONSTRAINT `orders_amount_cents_check` CHECK (amount_cents >= 0);
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- build the index online [lock: metadata lock at start and end; concurrent DML allowed]
ALTER TABLE `orders` ADD INDEX `orders_amount_cents_idx` (`amount_cents`), ALGORITHM=INPLACE, LOCK=NONE;

-- ===== phase 4/4: verify — check the result: column, backfilled rows, the plan's own checks =====
-- check: the column exists and is NOT NULL (expect 1)
SELECT count(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'orders' AND column_name = 'amount_cents' AND is_nullable = 'NO';
-- check: every row is backfilled (expect 0)
SELECT count(*) FROM `orders` WHERE `amount_cents` IS NULL AND (round(amount * 100)) IS NOT NULL;
-- check: cents match the amount (expect 0)
SELECT count(*) FROM orders WHERE amount_cents <> round(amount * 100);

-- ######## rollback, newest phase first ########
-- ===== rollback of phase 4/4: verify — verify only reads: nothing to undo =====
-- (no statements)

-- ===== rollback of phase 3/4: enforce — drops what enforce added, newest first =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- drop the index [lock: metadata lock (brief)]
ALTER TABLE `orders` DROP INDEX `orders_amount_cents_idx`, ALGORITHM=INPLACE, LOCK=NONE;
-- drop the CHECK [lock: metadata lock (brief)]
ALTER TABLE `orders` DROP CONSTRAINT `orders_amount_cents_check`;
-- allow NULL again [lock: metadata lock at start and end; concurrent DML allowed]
ALTER TABLE `orders` MODIFY COLUMN `amount_cents` bigint NULL DEFAULT 0 COMMENT 'Order amount in cents', ALGORITHM=INPLACE, LOCK=NONE;

-- ===== rollback of phase 2/4: backfill — sets the column back to NULL in batches; dropping the column (expand rollback) undoes it too =====
-- remove a leftover from an earlier run [lock: none]
DROP PROCEDURE IF EXISTS `cp_backfill_orders_amount_cents`;
-- a keyset loop on the primary key, COMMIT after every batch of at most 20000 rows [lock: none]
DELIMITER //
CREATE PROCEDURE `cp_backfill_orders_amount_cents`()
BEGIN
    SET @cp_lo_1 = NULL;
    SELECT `id` INTO @cp_lo_1 FROM `orders` ORDER BY `id` LIMIT 1;
    WHILE @cp_lo_1 IS NOT NULL DO
        SET @cp_hi_1 = NULL;
        SELECT `id` INTO @cp_hi_1 FROM `orders` WHERE `id` >= @cp_lo_1 ORDER BY `id` LIMIT 1 OFFSET 19999;
        IF @cp_hi_1 IS NULL THEN
            SELECT `id` INTO @cp_hi_1 FROM `orders` WHERE `id` >= @cp_lo_1 ORDER BY `id` DESC LIMIT 1;
        END IF;
        UPDATE `orders` SET `amount_cents` = NULL WHERE `id` >= @cp_lo_1 AND `id` <= @cp_hi_1 AND `amount_cents` IS NOT NULL;
        COMMIT;
        SET @cp_lo_1 = NULL;
        SELECT `id` INTO @cp_lo_1 FROM `orders` WHERE `id` > @cp_hi_1 ORDER BY `id` LIMIT 1;
    END WHILE;
END //
DELIMITER ;
-- set the column back to NULL in the same batches [lock: row locks of one batch at a time]
CALL `cp_backfill_orders_amount_cents`();
-- clean up [lock: none]
DROP PROCEDURE IF EXISTS `cp_backfill_orders_amount_cents`;

-- ===== rollback of phase 1/4: expand — drops the column: undoes expand and, with it, the backfill =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- drop the column [lock: metadata lock (brief)]
ALTER TABLE `orders` DROP COLUMN `amount_cents`, ALGORITHM=INPLACE, LOCK=NONE;
