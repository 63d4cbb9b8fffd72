-- Column Planner: Track the fulfilment state of each order
-- PostgreSQL 15, table "public"."orders", column fulfilment_state

-- ===== phase 1/4: expand — add fulfilment_state as a nullable column (metadata only, no table rewrite) =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- no DDL here should take long; stop if one does
SET statement_timeout = '60000ms';
-- create the enum type orders_fulfilment_state unless it exists (CREATE TYPE has no IF NOT EXISTS) [lock: none on the table]
DO $cp_type$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE n.nspname = 'public' AND t.typname = 'orders_fulfilment_state') THEN
        CREATE TYPE "public"."orders_fulfilment_state" AS ENUM ('pending', 'packed', 'shipped', 'delivered', 'returned', 'cancelled');
    END IF;
END
$cp_type$;
-- add the column, nullable and without a default: a catalog change only [lock: ACCESS EXCLUSIVE (brief, metadata only)]
ALTER TABLE "public"."orders" ADD COLUMN IF NOT EXISTS "fulfilment_state" "public"."orders_fulfilment_state";
-- new rows get the default from now on; existing rows are filled by the backfill [lock: ACCESS EXCLUSIVE (brief, metadata only)]
ALTER TABLE "public"."orders" ALTER COLUMN "fulfilment_state" SET DEFAULT 'pending';
-- document the column [lock: SHARE UPDATE EXCLUSIVE (brief)]
COMMENT ON COLUMN "public"."orders"."fulfilment_state" IS 'Where the parcel is, separate from the payment status';

-- ===== phase 2/4: backfill — fill existing rows in keyset batches of at most 10000 rows, one short transaction each =====
-- a batch waits at most this long for a row lock
SET lock_timeout = '2000ms';
-- the DO block runs as one statement for the whole table; each batch inside is short
SET statement_timeout = 0;
-- walk the primary key in batches; rows already filled are skipped (safe to rerun) [lock: ROW EXCLUSIVE; row locks of one batch at a time]
-- warning: run outside a transaction block (psql autocommit): the DO block commits after every batch
DO $cp_backfill$
#variable_conflict use_column
DECLARE
    cp_lo_1 "public"."orders"."id"%TYPE;
    cp_hi_1 "public"."orders"."id"%TYPE;
    cp_batch_rows bigint;
    cp_total_rows bigint := 0;
BEGIN
    SELECT "id" INTO cp_lo_1 FROM "public"."orders" ORDER BY "id" LIMIT 1;
    WHILE FOUND LOOP
        SELECT "id" INTO cp_hi_1 FROM "public"."orders" WHERE "id" >= cp_lo_1 ORDER BY "id" LIMIT 1 OFFSET 9999;
        IF NOT FOUND THEN
            SELECT "id" INTO cp_hi_1 FROM "public"."orders" WHERE "id" >= cp_lo_1 ORDER BY "id" DESC LIMIT 1;
        END IF;
        UPDATE "public"."orders" SET "fulfilment_state" = (CASE WHEN status IN ('shipped', 'delivered') THEN status WHEN status = 'refunded' THEN 'returned' WHEN status = 'cancelled' THEN 'cancelled' ELSE 'pending' END)::"public"."orders_fulfilment_state" WHERE "id" >= cp_lo_1 AND "id" <= cp_hi_1 AND "fulfilment_state" IS NULL;
        GET DIAGNOSTICS cp_batch_rows = ROW_COUNT;
        cp_total_rows := cp_total_rows + cp_batch_rows;
        COMMIT;
        RAISE NOTICE 'backfill: % rows so far', cp_total_rows;
        SELECT "id" INTO cp_lo_1 FROM "public"."orders" WHERE "id" > cp_hi_1 ORDER BY "id" LIMIT 1;
    END LOOP;
END
$cp_backfill$;

-- ===== phase 3/4: enforce — enforce NOT NULL without long locks =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- catalog changes must be quick
SET statement_timeout = '60000ms';
-- helper CHECK (col IS NOT NULL) for new rows, without a scan [lock: ACCESS EXCLUSIVE (brief, no scan)]
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_fulfilment_state_not_null" CHECK ("fulfilment_state" IS NOT NULL) NOT VALID;
-- VALIDATE and CREATE INDEX CONCURRENTLY scan the table but let reads and writes continue: no time limit
SET statement_timeout = 0;
-- prove no row is NULL while reads and writes continue [lock: SHARE UPDATE EXCLUSIVE (scans; reads and writes continue)]
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_fulfilment_state_not_null";
-- back to short catalog changes
SET statement_timeout = '60000ms';
-- mark the column NOT NULL: the validated CHECK proves it, so no scan [lock: ACCESS EXCLUSIVE (brief, no scan)]
ALTER TABLE "public"."orders" ALTER COLUMN "fulfilment_state" SET NOT NULL;
-- drop the helper CHECK: NOT NULL now holds [lock: ACCESS EXCLUSIVE (brief)]
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_fulfilment_state_not_null";

-- ===== phase 4/4: verify — check the result: column, constraints, index, backfilled rows, the plan's own checks =====
-- check: the column exists and is NOT NULL (expect 1)
SELECT count(*) FROM pg_attribute WHERE attrelid = '"public"."orders"'::regclass AND attname = 'fulfilment_state' AND NOT attisdropped AND attnotnull;
-- check: every row is backfilled (expect 0)
SELECT count(*) FROM "public"."orders" WHERE "fulfilment_state" IS NULL AND (CASE WHEN status IN ('shipped', 'delivered') THEN status WHEN status = 'refunded' THEN 'returned' WHEN status = 'cancelled' THEN 'cancelled' ELSE 'pending' END) IS NOT NULL;
-- check: delivered orders are delivered (expect 0)
SELECT count(*) FROM orders WHERE status = 'delivered' AND fulfilment_state <> 'delivered';

-- ######## rollback, newest phase first ########
-- ===== rollback of phase 4/4: verify — verify only reads: nothing to undo =====
-- (no statements)

-- ===== rollback of phase 3/4: enforce — drops what enforce added (NOT NULL), newest first =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- dropping constraints is a catalog change
SET statement_timeout = '60000ms';
-- allow NULL again [lock: ACCESS EXCLUSIVE (brief)]
ALTER TABLE "public"."orders" ALTER COLUMN "fulfilment_state" DROP NOT NULL;
-- drop the helper constraint if a partial run left it [lock: ACCESS EXCLUSIVE (brief)]
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_fulfilment_state_not_null";

-- ===== rollback of phase 2/4: backfill — sets the column back to NULL in batches; dropping the column (expand rollback) undoes it too =====
-- each batch is short
SET statement_timeout = 0;
-- set the column back to NULL in the same batches [lock: ROW EXCLUSIVE; row locks of one batch at a time]
DO $cp_unfill$
#variable_conflict use_column
DECLARE
    cp_lo_1 "public"."orders"."id"%TYPE;
    cp_hi_1 "public"."orders"."id"%TYPE;
    cp_batch_rows bigint;
    cp_total_rows bigint := 0;
BEGIN
    SELECT "id" INTO cp_lo_1 FROM "public"."orders" ORDER BY "id" LIMIT 1;
    WHILE FOUND LOOP
        SELECT "id" INTO cp_hi_1 FROM "public"."orders" WHERE "id" >= cp_lo_1 ORDER BY "id" LIMIT 1 OFFSET 9999;
        IF NOT FOUND THEN
            SELECT "id" INTO cp_hi_1 FROM "public"."orders" WHERE "id" >= cp_lo_1 ORDER BY "id" DESC LIMIT 1;
        END IF;
        UPDATE "public"."orders" SET "fulfilment_state" = NULL WHERE "id" >= cp_lo_1 AND "id" <= cp_hi_1 AND "fulfilment_state" IS NOT NULL;
        GET DIAGNOSTICS cp_batch_rows = ROW_COUNT;
        cp_total_rows := cp_total_rows + cp_batch_rows;
        COMMIT;
        RAISE NOTICE 'unfill: % rows so far', cp_total_rows;
        SELECT "id" INTO cp_lo_1 FROM "public"."orders" WHERE "id" > cp_hi_1 ORDER BY "id" LIMIT 1;
    END LOOP;
END
$cp_unfill$;

-- ===== rollback of phase 1/4: expand — drops the column and the enum type it created: undoes expand and, with it, the backfill =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- dropping a column is a catalog change only
SET statement_timeout = '60000ms';
-- drop the new column with its default, comment and values (a catalog change; space is reclaimed by later rewrites) [lock: ACCESS EXCLUSIVE (brief, metadata only)]
ALTER TABLE "public"."orders" DROP COLUMN IF EXISTS "fulfilment_state";
-- drop the enum type created by expand (refused if something else uses it) [lock: none on the table]
DROP TYPE IF EXISTS "public"."orders_fulfilment_state";
