-- Column Planner: Track the fulfilment state of each order
-- MariaDB 10.6, table `orders`, column fulfilment_state

-- ===== phase 1/4: expand — add fulfilment_state instantly (metadata only) =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- MariaDB 10.6 adds a last column as a metadata change [lock: metadata lock (brief)]
-- warning: MariaDB refuses INSTANT on tables with a FULLTEXT index or ROW_FORMAT=COMPRESSED: then use ALGORITHM=INPLACE, LOCK=NONE (the table is rebuilt, DML continues)
ALTER TABLE `orders` ADD COLUMN `fulfilment_state` ENUM('pending', 'packed', 'shipped', 'delivered', 'returned', 'cancelled') NULL COMMENT 'Where the parcel is, separate from the payment status', ALGORITHM=INSTANT;
-- new rows get the default; existing rows are filled by the backfill [lock: metadata lock (brief)]
ALTER TABLE `orders` ALTER COLUMN `fulfilment_state` SET DEFAULT 'pending', ALGORITHM=INSTANT;

-- ===== phase 2/4: backfill — fill existing rows in primary-key batches of at most 10000 rows, one commit each =====
-- remove a leftover from an earlier run [lock: none]
DROP PROCEDURE IF EXISTS `cp_backfill_orders_fulfilment_state`;
-- a keyset loop on the primary key, COMMIT after every batch of at most 10000 rows [lock: none]
DELIMITER //
CREATE PROCEDURE `cp_backfill_orders_fulfilment_state`()
BEGIN
    SET @cp_lo_1 = NULL;
    SELECT `id` INTO @cp_lo_1 FROM `orders` ORDER BY `id` LIMIT 1;
    WHILE @cp_lo_1 IS NOT NULL DO
        SET @cp_hi_1 = NULL;
        SELECT `id` INTO @cp_hi_1 FROM `orders` WHERE `id` >= @cp_lo_1 ORDER BY `id` LIMIT 1 OFFSET 9999;
        IF @cp_hi_1 IS NULL THEN
            SELECT `id` INTO @cp_hi_1 FROM `orders` WHERE `id` >= @cp_lo_1 ORDER BY `id` DESC LIMIT 1;
        END IF;
        UPDATE `orders` SET `fulfilment_state` = (CASE WHEN status IN ('shipped', 'delivered') THEN status WHEN status = 'refunded' THEN 'returned' WHEN status = 'cancelled' THEN 'cancelled' ELSE 'pending' END) WHERE `id` >= @cp_lo_1 AND `id` <= @cp_hi_1 AND `fulfilment_state` IS NULL;
        COMMIT;
        SET @cp_lo_1 = NULL;
        SELECT `id` INTO @cp_lo_1 FROM `orders` WHERE `id` > @cp_hi_1 ORDER BY `id` LIMIT 1;
    END WHILE;
END //
DELIMITER ;
-- run the backfill; rows already filled are skipped (safe to rerun) [lock: row locks of one batch at a time]
CALL `cp_backfill_orders_fulfilment_state`();
-- clean up [lock: none]
DROP PROCEDURE IF EXISTS `cp_backfill_orders_fulfilment_state`;

-- ===== phase 3/4: enforce — enforce NOT NULL online where MariaDB allows it =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- make the column NOT NULL: an in-place rebuild that fails if a NULL remains (strict mode) [lock: metadata lock at start and end; concurrent DML allowed]
ALTER TABLE `orders` MODIFY COLUMN `fulfilment_state` ENUM('pending', 'packed', 'shipped', 'delivered', 'returned', 'cancelled') NOT NULL DEFAULT 'pending' COMMENT 'Where the parcel is, separate from the payment status', ALGORITHM=INPLACE, LOCK=NONE;

-- ===== phase 4/4: verify — check the result: column, backfilled rows, the plan's own checks =====
-- check: the column exists and is NOT NULL (expect 1)
SELECT count(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'orders' AND column_name = 'fulfilment_state' AND is_nullable = 'NO';
-- check: every row is backfilled (expect 0)
SELECT count(*) FROM `orders` WHERE `fulfilment_state` IS NULL AND (CASE WHEN status IN ('shipped', 'delivered') THEN status WHEN status = 'refunded' THEN 'returned' WHEN status = 'cancelled' THEN 'cancelled' ELSE 'pending' END) IS NOT NULL;
-- check: delivered orders are delivered (expect 0)
SELECT count(*) FROM orders WHERE status = 'delivered' AND fulfilment_state <> 'delivered';

-- ######## rollback, newest phase first ########
-- ===== rollback of phase 4/4: verify — verify only reads: nothing to undo =====
-- (no statements)

-- ===== rollback of phase 3/4: enforce — drops what enforce added, newest first =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- allow NULL again [lock: metadata lock at start and end; concurrent DML allowed]
ALTER TABLE `orders` MODIFY COLUMN `fulfilment_state` ENUM('pending', 'packed', 'shipped', 'delivered', 'returned', 'cancelled') NULL DEFAULT 'pending' COMMENT 'Where the parcel is, separate from the payment status', ALGORITHM=INPLACE, LOCK=NONE;

-- ===== rollback of phase 2/4: backfill — sets the column back to NULL in batches; dropping the column (expand rollback) undoes it too =====
-- remove a leftover from an earlier run [lock: none]
DROP PROCEDURE IF EXISTS `cp_backfill_orders_fulfilment_state`;
-- a keyset loop on the primary key, COMMIT after every batch of at most 10000 rows [lock: none]
DELIMITER //
CREATE PROCEDURE `cp_backfill_orders_fulfilment_state`()
BEGIN
    SET @cp_lo_1 = NULL;
    SELECT `id` INTO @cp_lo_1 FROM `orders` ORDER BY `id` LIMIT 1;
    WHILE @cp_lo_1 IS NOT NULL DO
        SET @cp_hi_1 = NULL;
        SELECT `id` INTO @cp_hi_1 FROM `orders` WHERE `id` >= @cp_lo_1 ORDER BY `id` LIMIT 1 OFFSET 9999;
        IF @cp_hi_1 IS NULL THEN
            SELECT `id` INTO @cp_hi_1 FROM `orders` WHERE `id` >= @cp_lo_1 ORDER BY `id` DESC LIMIT 1;
        END IF;
        UPDATE `orders` SET `fulfilment_state` = NULL WHERE `id` >= @cp_lo_1 AND `id` <= @cp_hi_1 AND `fulfilment_state` IS NOT NULL;
        COMMIT;
        SET @cp_lo_1 = NULL;
        SELECT `id` INTO @cp_lo_1 FROM `orders` WHERE `id` > @cp_hi_1 ORDER BY `id` LIMIT 1;
    END WHILE;
END //
DELIMITER ;
-- set the column back to NULL in the same batches [lock: row locks of one batch at a time]
CALL `cp_backfill_orders_fulfilment_state`();
-- clean up [lock: none]
DROP PROCEDURE IF EXISTS `cp_backfill_orders_fulfilment_state`;

-- ===== rollback of phase 1/4: expand — drops the column: undoes expand and, with it, the backfill =====
-- give up after this many seconds instead of queueing behind a long transaction (metadata lock)
SET SESSION lock_wait_timeout = 2;
-- drop the column [lock: metadata lock (brief)]
ALTER TABLE `orders` DROP COLUMN `fulfilment_state`, ALGORITHM=INSTANT;
