-- Column Planner: Store order amounts in cents, kept in sync by a trigger during the backfill
-- PostgreSQL 15, table "public"."orders", column amount_cents

-- ===== phase 1/4: expand — add amount_cents as a nullable column (metadata only, no table rewrite) =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- no DDL here should take long; stop if one does
SET statement_timeout = '60000ms';
-- add the column, nullable and without a default: a catalog change only [lock: ACCESS EXCLUSIVE (brief, metadata only)]
ALTER TABLE "public"."orders" ADD COLUMN IF NOT EXISTS "amount_cents" bigint;
-- the trigger function: computes amount_cents from the row being written [lock: none on the table]
CREATE OR REPLACE FUNCTION "public"."orders_amount_cents_sync"() RETURNS trigger
LANGUAGE plpgsql AS $cp_sync$
#variable_conflict use_column
BEGIN
    IF current_setting('column_planner.sync_trigger', true) = 'off' THEN
        RETURN NEW;
    END IF;
    SELECT (round(amount * 100))::bigint INTO NEW."amount_cents" FROM (SELECT NEW.*) AS "orders";
    RETURN NEW;
END
$cp_sync$;
-- keep rows the application inserts or updates during the backfill in sync (dropped in enforce) [lock: SHARE ROW EXCLUSIVE (brief)]
-- warning: every INSERT and UPDATE on the table evaluates the backfill expression until enforce drops the trigger
CREATE OR REPLACE TRIGGER "orders_amount_cents_sync" BEFORE INSERT OR UPDATE ON "public"."orders" FOR EACH ROW EXECUTE FUNCTION "public"."orders_amount_cents_sync"();
-- new rows get the default from now on; existing rows are filled by the backfill [lock: ACCESS EXCLUSIVE (brief, metadata only)]
ALTER TABLE "public"."orders" ALTER COLUMN "amount_cents" SET DEFAULT 0;
-- document the column [lock: SHARE UPDATE EXCLUSIVE (brief)]
COMMENT ON COLUMN "public"."orders"."amount_cents" IS 'Order amount in cents';

-- ===== phase 2/4: backfill — fill existing rows in keyset batches of at most 20000 rows, one short transaction each =====
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
        SELECT "id" INTO cp_hi_1 FROM "public"."orders" WHERE "id" >= cp_lo_1 ORDER BY "id" LIMIT 1 OFFSET 19999;
        IF NOT FOUND THEN
            SELECT "id" INTO cp_hi_1 FROM "public"."orders" WHERE "id" >= cp_lo_1 ORDER BY "id" DESC LIMIT 1;
        END IF;
        UPDATE "public"."orders" SET "amount_cents" = (round(amount * 100))::bigint WHERE "id" >= cp_lo_1 AND "id" <= cp_hi_1 AND "amount_cents" IS NULL;
        GET DIAGNOSTICS cp_batch_rows = ROW_COUNT;
        cp_total_rows := cp_total_rows + cp_batch_rows;
        COMMIT;
        RAISE NOTICE 'backfill: % rows so far', cp_total_rows;
        SELECT "id" INTO cp_lo_1 FROM "public"."orders" WHERE "id" > cp_hi_1 ORDER BY "id" LIMIT 1;
    END LOOP;
END
$cp_backfill$;

-- ===== phase 3/4: enforce — drop the sync trigger, then enforce check, NOT NULL, index without long locks =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- catalog changes must be quick
SET statement_timeout = '60000ms';
-- the backfill is done: from now on the application writes amount_cents itself (to keep the trigger, delete these two statements from the plan's enforce) [lock: ACCESS EXCLUSIVE (brief, metadata only)]
DROP TRIGGER IF EXISTS "orders_amount_cents_sync" ON "public"."orders";
-- drop the trigger function [lock: none on the table]
DROP FUNCTION IF EXISTS "public"."orders_amount_cents_sync"();
-- add the CHECK for new and updated rows without scanning existing ones [lock: ACCESS EXCLUSIVE (brief, no scan)]
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_amount_cents_check" CHECK (amount_cents >= 0) NOT VALID;
-- VALIDATE and CREATE INDEX CONCURRENTLY scan the table but let reads and writes continue: no time limit
SET statement_timeout = 0;
-- prove existing rows satisfy the CHECK [lock: SHARE UPDATE EXCLUSIVE (scans; reads and writes continue)]
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_amount_cents_check";
-- back to short catalog changes
SET statement_timeout = '60000ms';
-- helper CHECK (col IS NOT NULL) for new rows, without a scan [lock: ACCESS EXCLUSIVE (brief, no scan)]
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_amount_cents_not_null" CHECK ("amount_cents" IS NOT NULL) NOT VALID;
-- VALIDATE and CREATE INDEX CONCURRENTLY scan the table but let reads and writes continue: no time limit
SET statement_timeout = 0;
-- prove no row is NULL while reads and writes continue [lock: SHARE UPDATE EXCLUSIVE (scans; reads and writes continue)]
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_amount_cents_not_null";
-- back to short catalog changes
SET statement_timeout = '60000ms';
-- mark the column NOT NULL: the validated CHECK proves it, so no scan [lock: ACCESS EXCLUSIVE (brief, no scan)]
ALTER TABLE "public"."orders" ALTER COLUMN "amount_cents" SET NOT NULL;
-- drop the helper CHECK: NOT NULL now holds [lock: ACCESS EXCLUSIVE (brief)]
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_amount_cents_not_null";
-- VALIDATE and CREATE INDEX CONCURRENTLY scan the table but let reads and writes continue: no time limit
SET statement_timeout = 0;
-- build the index while reads and writes continue [lock: SHARE UPDATE EXCLUSIVE (waits for older transactions)] [outside a transaction]
-- warning: cannot run inside a transaction block; if it fails it leaves an INVALID index: DROP INDEX CONCURRENTLY IF EXISTS "public"."orders_amount_cents_idx" and run it again
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_amount_cents_idx" ON "public"."orders" USING btree ("amount_cents");
-- back to short catalog changes
SET statement_timeout = '60000ms';

-- ===== phase 4/4: verify — check the result: column, constraints, index, backfilled rows, the plan's own checks =====
-- check: the column exists and is NOT NULL (expect 1)
SELECT count(*) FROM pg_attribute WHERE attrelid = '"public"."orders"'::regclass AND attname = 'amount_cents' AND NOT attisdropped AND attnotnull;
-- check: every row is backfilled (expect 0)
SELECT count(*) FROM "public"."orders" WHERE "amount_cents" IS NULL AND (round(amount * 100)) IS NOT NULL;
-- check: the new constraints exist and are validated (expect 1)
SELECT count(*) FROM pg_constraint WHERE conrelid = '"public"."orders"'::regclass AND conname IN ('orders_amount_cents_check') AND convalidated;
-- check: the index exists and is valid (expect 1)
SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname = 'orders_amount_cents_idx' AND i.indisvalid;
-- check: cents match the amount (expect 0)
SELECT count(*) FROM orders WHERE amount_cents <> round(amount * 100);

-- ######## rollback, newest phase first ########
-- ===== rollback of phase 4/4: verify — verify only reads: nothing to undo =====
-- (no statements)

-- ===== rollback of phase 3/4: enforce — drops what enforce added (check, NOT NULL, index), newest first, then recreates the sync trigger and its function =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- dropping constraints is a catalog change
SET statement_timeout = '60000ms';
-- DROP INDEX CONCURRENTLY waits for running transactions
SET statement_timeout = 0;
-- drop the index without blocking reads and writes [lock: SHARE UPDATE EXCLUSIVE] [outside a transaction]
DROP INDEX CONCURRENTLY IF EXISTS "public"."orders_amount_cents_idx";
-- back to short catalog changes
SET statement_timeout = '60000ms';
-- allow NULL again [lock: ACCESS EXCLUSIVE (brief)]
ALTER TABLE "public"."orders" ALTER COLUMN "amount_cents" DROP NOT NULL;
-- drop the helper constraint if a partial run left it [lock: ACCESS EXCLUSIVE (brief)]
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_amount_cents_not_null";
-- drop the CHECK [lock: ACCESS EXCLUSIVE (brief)]
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_amount_cents_check";
-- the trigger function: computes amount_cents from the row being written [lock: none on the table]
CREATE OR REPLACE FUNCTION "public"."orders_amount_cents_sync"() RETURNS trigger
LANGUAGE plpgsql AS $cp_sync$
#variable_conflict use_column
BEGIN
    IF current_setting('column_planner.sync_trigger', true) = 'off' THEN
        RETURN NEW;
    END IF;
    SELECT (round(amount * 100))::bigint INTO NEW."amount_cents" FROM (SELECT NEW.*) AS "orders";
    RETURN NEW;
END
$cp_sync$;
-- keep rows the application inserts or updates during the backfill in sync (dropped in enforce) [lock: SHARE ROW EXCLUSIVE (brief)]
-- warning: every INSERT and UPDATE on the table evaluates the backfill expression until enforce drops the trigger
CREATE OR REPLACE TRIGGER "orders_amount_cents_sync" BEFORE INSERT OR UPDATE ON "public"."orders" FOR EACH ROW EXECUTE FUNCTION "public"."orders_amount_cents_sync"();

-- ===== rollback of phase 2/4: backfill — sets the column back to NULL in batches (rows the application writes meanwhile still get the value from the sync trigger); dropping the column (expand rollback) undoes it too =====
-- each batch is short
SET statement_timeout = 0;
-- this session only: the sync trigger leaves the column as the rollback writes it
SET column_planner.sync_trigger = 'off';
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
        SELECT "id" INTO cp_hi_1 FROM "public"."orders" WHERE "id" >= cp_lo_1 ORDER BY "id" LIMIT 1 OFFSET 19999;
        IF NOT FOUND THEN
            SELECT "id" INTO cp_hi_1 FROM "public"."orders" WHERE "id" >= cp_lo_1 ORDER BY "id" DESC LIMIT 1;
        END IF;
        UPDATE "public"."orders" SET "amount_cents" = NULL WHERE "id" >= cp_lo_1 AND "id" <= cp_hi_1 AND "amount_cents" IS NOT NULL;
        GET DIAGNOSTICS cp_batch_rows = ROW_COUNT;
        cp_total_rows := cp_total_rows + cp_batch_rows;
        COMMIT;
        RAISE NOTICE 'unfill: % rows so far', cp_total_rows;
        SELECT "id" INTO cp_lo_1 FROM "public"."orders" WHERE "id" > cp_hi_1 ORDER BY "id" LIMIT 1;
    END LOOP;
END
$cp_unfill$;
-- the sync trigger applies to this session again
RESET column_planner.sync_trigger;

-- ===== rollback of phase 1/4: expand — drops the sync trigger and function, the column: undoes expand and, with it, the backfill =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- dropping a column is a catalog change only
SET statement_timeout = '60000ms';
-- drop the sync trigger before the column it writes [lock: ACCESS EXCLUSIVE (brief, metadata only)]
DROP TRIGGER IF EXISTS "orders_amount_cents_sync" ON "public"."orders";
-- drop the trigger function [lock: none on the table]
DROP FUNCTION IF EXISTS "public"."orders_amount_cents_sync"();
-- drop the new column with its default, comment and values (a catalog change; space is reclaimed by later rewrites) [lock: ACCESS EXCLUSIVE (brief, metadata only)]
ALTER TABLE "public"."orders" DROP COLUMN IF EXISTS "amount_cents";
