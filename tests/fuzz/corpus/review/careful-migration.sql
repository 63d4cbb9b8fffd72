-- A careful migration: every statement in its safe form; lint must find nothing.
SET lock_timeout = '2s';
SET statement_timeout = '60s';

ALTER TABLE orders ADD COLUMN amount_cents bigint;
ALTER TABLE orders ALTER COLUMN amount_cents SET DEFAULT 0;

DO $$
DECLARE last_id bigint := 0; max_id bigint;
BEGIN
  SELECT coalesce(max(id), 0) INTO max_id FROM orders;
  WHILE last_id < max_id LOOP
    UPDATE orders SET amount_cents = (amount * 100)::bigint
     WHERE id > last_id AND id <= last_id + 5000;
    last_id := last_id + 5000;
    COMMIT;
  END LOOP;
END $$;

ALTER TABLE orders ADD CONSTRAINT orders_amount_cents_nn CHECK (amount_cents IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_cents_nn;
ALTER TABLE orders ALTER COLUMN amount_cents SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_amount_cents_nn;

ALTER TABLE orders ADD CONSTRAINT orders_amount_cents_check CHECK (amount_cents >= 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_cents_check;

CREATE UNIQUE INDEX CONCURRENTLY orders_reference_idx ON orders (reference);
ALTER TABLE orders ADD CONSTRAINT orders_reference_key UNIQUE USING INDEX orders_reference_idx;
CREATE INDEX CONCURRENTLY orders_amount_cents_idx ON orders (amount_cents);
COMMENT ON COLUMN orders.amount_cents IS 'Order amount in cents';
