-- Column Planner: Store the discount of each order in cents
-- PostgreSQL 18, table "public"."orders", column discount_cents

-- ===== phase 1/4: expand — add discount_cents NOT NULL with its default (metadata only, no rewrite, no scan) =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- no DDL here should take long; stop if one does
SET statement_timeout = '60000ms';
-- add the column NOT NULL with a non-volatile default: PostgreSQL 11+ stores the default in the catalog, existing rows read it, so there is neither a rewrite nor a scan [lock: ACCESS EXCLUSIVE (brief, metadata only)]
ALTER TABLE "public"."orders" ADD COLUMN IF NOT EXISTS "discount_cents" bigint NOT NULL DEFAULT 0;
-- document the column [lock: SHARE UPDATE EXCLUSIVE (brief)]
COMMENT ON COLUMN "public"."orders"."discount_cents" IS 'Discount granted on the order, in cents of the order currency';

-- ===== phase 2/4: backfill — nothing to write: existing rows read the default from the catalog =====
-- (no statements)

-- ===== phase 3/4: enforce — enforce check without long locks =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- catalog changes must be quick
SET statement_timeout = '60000ms';
-- add the CHECK for new and updated rows without scanning existing ones [lock: ACCESS EXCLUSIVE (brief, no scan)]
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_discount_cents_check" CHECK (discount_cents >= 0) NOT VALID;
-- VALIDATE and CREATE INDEX CONCURRENTLY scan the table but let reads and writes continue: no time limit
SET statement_timeout = 0;
-- prove existing rows satisfy the CHECK [lock: SHARE UPDATE EXCLUSIVE (scans; reads and writes continue)]
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_discount_cents_check";
-- back to short catalog changes
SET statement_timeout = '60000ms';

-- ===== phase 4/4: verify — check the result: column, constraints, index, backfilled rows, the plan's own checks =====
-- check: the column exists and is NOT NULL (expect 1)
SELECT count(*) FROM pg_attribute WHERE attrelid = '"public"."orders"'::regclass AND attname = 'discount_cents' AND NOT attisdropped AND attnotnull;
-- check: the new constraints exist and are validated (expect 1)
SELECT count(*) FROM pg_constraint WHERE conrelid = '"public"."orders"'::regclass AND conname IN ('orders_discount_cents_check') AND convalidated;
-- check: a discount never exceeds the amount (expect 0)
SELECT count(*) FROM orders WHERE discount_cents > amount * 100;

-- ######## rollback, newest phase first ########
-- ===== rollback of phase 4/4: verify — verify only reads: nothing to undo =====
-- (no statements)

-- ===== rollback of phase 3/4: enforce — drops what enforce added (check), newest first =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- dropping constraints is a catalog change
SET statement_timeout = '60000ms';
-- drop the CHECK [lock: ACCESS EXCLUSIVE (brief)]
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_discount_cents_check";

-- ===== rollback of phase 2/4: backfill — nothing to undo =====
-- (no statements)

-- ===== rollback of phase 1/4: expand — drops the column: undoes expand and, with it, the backfill =====
-- give up instead of queueing behind a long transaction (and blocking the table)
SET lock_timeout = '2000ms';
-- dropping a column is a catalog change only
SET statement_timeout = '60000ms';
-- drop the new column with its default, comment and values (a catalog change; space is reclaimed by later rewrites) [lock: ACCESS EXCLUSIVE (brief, metadata only)]
ALTER TABLE "public"."orders" DROP COLUMN IF EXISTS "discount_cents";
