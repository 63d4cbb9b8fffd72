-- Column Planner: Remember which customer referred the order
-- PostgreSQL 15, table "public"."orders", column referrer_id

-- ===== phase 1/4: expand — add referrer_id as a nullable column (metadata only, no table rewrite) =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- no DDL here should take long; stop if one does
SET statement_timeout = '60000ms';
-- add the column, nullable and without a default: a catalog change only [lock: ACCESS EXCLUSIVE (brief, metadata only)]
ALTER TABLE "public"."orders" ADD COLUMN IF NOT EXISTS "referrer_id" bigint;
-- document the column [lock: SHARE UPDATE EXCLUSIVE (brief)]
COMMENT ON COLUMN "public"."orders"."referrer_id" IS 'The customer whose referral link led to this order; NULL for orders without one';

-- ===== phase 2/4: backfill — nothing to write: existing rows stay NULL =====
-- (no statements)

-- ===== phase 3/4: enforce — enforce foreign key, index without long locks =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- catalog changes must be quick
SET statement_timeout = '60000ms';
-- add the foreign key for new rows without checking existing ones [lock: SHARE ROW EXCLUSIVE on both tables (brief, no scan)]
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_referrer_id_fkey" FOREIGN KEY ("referrer_id") REFERENCES "public"."customers" ("id") ON DELETE RESTRICT NOT VALID;
-- VALIDATE and CREATE INDEX CONCURRENTLY scan the table but let reads and writes continue: no time limit
SET statement_timeout = 0;
-- prove existing rows reference existing keys [lock: SHARE UPDATE EXCLUSIVE here, ROW SHARE on the referenced table]
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_referrer_id_fkey";
-- back to short catalog changes
SET statement_timeout = '60000ms';
-- VALIDATE and CREATE INDEX CONCURRENTLY scan the table but let reads and writes continue: no time limit
SET statement_timeout = 0;
-- build the index while reads and writes continue [lock: SHARE UPDATE EXCLUSIVE (waits for older transactions)] [outside a transaction]
-- warning: cannot run inside a transaction block; if it fails it leaves an INVALID index: DROP INDEX CONCURRENTLY IF EXISTS "public"."orders_referrer_id_idx" and run it again
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_referrer_id_idx" ON "public"."orders" USING btree ("referrer_id");
-- back to short catalog changes
SET statement_timeout = '60000ms';

-- ===== phase 4/4: verify — check the result: column, constraints, index, backfilled rows, the plan's own checks =====
-- check: the column exists (expect 1)
SELECT count(*) FROM pg_attribute WHERE attrelid = '"public"."orders"'::regclass AND attname = 'referrer_id' AND NOT attisdropped;
-- check: the new constraints exist and are validated (expect 1)
SELECT count(*) FROM pg_constraint WHERE conrelid = '"public"."orders"'::regclass AND conname IN ('orders_referrer_id_fkey') AND convalidated;
-- check: the index exists and is valid (expect 1)
SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname = 'orders_referrer_id_idx' AND i.indisvalid;
-- check: nobody refers themselves (expect 0)
SELECT count(*) FROM orders WHERE referrer_id = customer_id;

-- ######## rollback, newest phase first ########
-- ===== rollback of phase 4/4: verify — verify only reads: nothing to undo =====
-- (no statements)

-- ===== rollback of phase 3/4: enforce — drops what enforce added (foreign key, index), newest first =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- dropping constraints is a catalog change
SET statement_timeout = '60000ms';
-- DROP INDEX CONCURRENTLY waits for running transactions
SET statement_timeout = 0;
-- drop the index without blocking reads and writes [lock: SHARE UPDATE EXCLUSIVE] [outside a transaction]
DROP INDEX CONCURRENTLY IF EXISTS "public"."orders_referrer_id_idx";
-- back to short catalog changes
SET statement_timeout = '60000ms';
-- drop the foreign key [lock: SHARE ROW EXCLUSIVE on both tables (brief)]
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_referrer_id_fkey";

-- ===== rollback of phase 2/4: backfill — nothing to undo =====
-- (no statements)

-- ===== rollback of phase 1/4: expand — drops the column: undoes expand and, with it, the backfill =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- dropping a column is a catalog change only
SET statement_timeout = '60000ms';
-- drop the new column with its default, comment and values (a catalog change; space is reclaimed by later rewrites) [lock: ACCESS EXCLUSIVE (brief, metadata only)]
ALTER TABLE "public"."orders" DROP COLUMN IF EXISTS "referrer_id";
