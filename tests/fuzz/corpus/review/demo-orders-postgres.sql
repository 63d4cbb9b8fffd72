-- The demo database's customers/products/orders in PostgreSQL types, 20,000 orders: the
-- sample plans in resources/plans are compiled and run against it.
CREATE TABLE customers (
    id               bigint PRIMARY KEY,
    email            text NOT NULL UNIQUE,
    full_name        text NOT NULL,
    country_code     text NOT NULL CHECK (length(country_code) = 2),
    created_at       timestamptz NOT NULL,
    marketing_opt_in boolean NOT NULL DEFAULT false
);
CREATE TABLE products (
    id         bigint PRIMARY KEY,
    sku        text NOT NULL UNIQUE,
    name       text NOT NULL,
    category   text NOT NULL,
    unit_price numeric(12,2) NOT NULL CHECK (unit_price >= 0)
);
CREATE TABLE orders (
    id          bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    product_id  bigint NOT NULL REFERENCES products (id),
    quantity    integer NOT NULL CHECK (quantity > 0),
    amount      numeric(12,2) NOT NULL CHECK (amount >= 0),
    status      text NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    ordered_at  timestamptz NOT NULL,
    shipped_at  timestamptz,
    note        text,
    updated_at  timestamptz
);
INSERT INTO customers
SELECT i, 'customer' || i || '@example.com', 'Customer ' || i, (ARRAY['DE', 'FR', 'US', 'GB'])[1 + i % 4],
       timestamptz '2020-01-01 00:00:00+00' + i * interval '4000 seconds', i % 10 < 3
FROM generate_series(1, 2000) i;
INSERT INTO products
SELECT i, format('SKU-%s', lpad(i::text, 5, '0')), 'Product ' || i, (ARRAY['furniture', 'lighting', 'audio'])[1 + i % 3],
       round(5 + (i * 7919 % 50000) / 100.0, 2)
FROM generate_series(1, 500) i;
INSERT INTO orders
SELECT i, 1 + (i * 2654435761) % 2000, 1 + (i * 40503) % 500, 1 + i % 5, round((1 + i % 5) * (5 + (i * 7919 % 50000) / 100.0), 2),
       CASE WHEN i % 100 < 55 THEN 'delivered' WHEN i % 100 < 70 THEN 'shipped' WHEN i % 100 < 80 THEN 'paid'
            WHEN i % 100 < 90 THEN 'pending' WHEN i % 100 < 96 THEN 'cancelled' ELSE 'refunded' END,
       timestamptz '2023-01-01 00:00:00+00' + i * interval '150 seconds',
       CASE WHEN i % 100 < 70 THEN timestamptz '2023-01-02 00:00:00+00' + i * interval '150 seconds' END,
       CASE WHEN i % 50 = 0 THEN 'gift wrap' WHEN i % 97 = 0 THEN 'leave at the door' END,
       NULL
FROM generate_series(1, 20000) i;
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_ordered_at_idx ON orders (ordered_at);
CREATE INDEX orders_open_status_idx ON orders (status) WHERE status IN ('pending', 'paid');
CREATE VIEW open_orders AS
    SELECT o.id, o.ordered_at, o.status, c.email
    FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.status IN ('pending', 'paid');
ANALYZE;
