-- Everything a reviewer should stop.
ALTER TABLE orders ADD COLUMN amount_cents bigint NOT NULL;
ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();
UPDATE orders SET amount_cents = amount * 100;
BEGIN;
CREATE INDEX CONCURRENTLY orders_amount_cents_idx ON orders (amount_cents);
COMMIT;
ALTER TABLE orders ALTER COLUMN amount_cents SET NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE orders ALTER COLUMN amount TYPE bigint;
ALTER TABLE orders ADD COLUM broken int;
CREATE INDEX orders_status_idx ON orders (status);
