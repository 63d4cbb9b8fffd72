-- Column Planner demo database: a small shop with 200,000 orders.
-- Deterministic: every value derives from the row id through a multiplicative hash,
-- so each fresh demo is identical and tests can rely on its figures.
PRAGMA foreign_keys = ON;
BEGIN;

CREATE TABLE customers (
    id               INTEGER PRIMARY KEY,
    email            TEXT NOT NULL UNIQUE,
    full_name        TEXT NOT NULL,
    country_code     TEXT NOT NULL CHECK (length(country_code) = 2),
    created_at       TEXT NOT NULL,
    marketing_opt_in INTEGER NOT NULL DEFAULT 0 CHECK (marketing_opt_in IN (0, 1))
);

CREATE TABLE products (
    id         INTEGER PRIMARY KEY,
    sku        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    category   TEXT NOT NULL,
    unit_price NUMERIC NOT NULL CHECK (unit_price >= 0)
);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    product_id  INTEGER NOT NULL REFERENCES products (id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    amount      NUMERIC NOT NULL CHECK (amount >= 0),
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    ordered_at  TEXT NOT NULL,
    shipped_at  TEXT,
    note        TEXT,
    updated_at  TEXT
);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000),
h(i, x) AS (SELECT i, (i * 2654435761) % 4294967296 FROM n)
INSERT INTO customers (id, email, full_name, country_code, created_at, marketing_opt_in)
SELECT i,
       'customer' || i || '@example.com',
       json_extract('["Ada","Alan","Grace","Edsger","Barbara","Donald","Frances","Ken","Radia","Tim",' ||
                    '"Margaret","Dennis","Sophie","Linus","Hedy","John","Katherine","Niklaus","Shafi","Leslie"]',
                    '$[' || (x % 20) || ']') || ' ' ||
       json_extract('["Lovelace","Turing","Hopper","Dijkstra","Liskov","Knuth","Allen","Thompson","Perlman",' ||
                    '"Berners-Lee","Hamilton","Ritchie","Wilson","Torvalds","Lamarr","Backus","Johnson","Wirth",' ||
                    '"Goldwasser","Lamport"]', '$[' || (x / 20 % 20) || ']'),
       json_extract('["DE","DE","DE","FR","FR","US","US","US","US","GB","GB","NL","SE","ES","IT","PL","JP","BR","CA","AU"]',
                    '$[' || (x / 400 % 20) || ']'),
       datetime(1577836800 + i * 4000 + x % 3600, 'unixepoch'),
       CASE WHEN x % 10 < 3 THEN 1 ELSE 0 END
FROM h;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500),
h(i, x) AS (SELECT i, (i * 2246822519) % 4294967296 FROM n)
INSERT INTO products (id, sku, name, category, unit_price)
SELECT i,
       printf('SKU-%05d', i),
       json_extract('["Desk","Chair","Lamp","Monitor","Keyboard","Mouse","Cable","Dock","Headset","Webcam"]',
                    '$[' || (x % 10) || ']') || ' ' || i,
       json_extract('["furniture","furniture","lighting","electronics","electronics","electronics",' ||
                    '"accessories","accessories","audio","video"]', '$[' || (x % 10) || ']'),
       round(5 + (x % 50000) / 100.0, 2)
FROM h;

-- Orders: ids in time order (ordered_at correlates with id), customers skewed towards
-- the oldest accounts, a status mix that is mostly delivered, and a few notes.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000),
h(i, x, y) AS (SELECT i, (i * 2654435761) % 4294967296, (i * 40503 + 12345) % 65521 FROM n)
INSERT INTO orders (id, customer_id, product_id, quantity, amount, status, ordered_at, shipped_at, note)
SELECT i,
       CASE WHEN x % 4 = 0 THEN 1 + x / 4 % 1000 ELSE 1 + x % 20000 END,
       1 + y % 500,
       1 + x % 5,
       round((1 + x % 5) * (5 + ((1 + y % 500) * 2246822519 % 4294967296 % 50000) / 100.0), 2),
       CASE WHEN x % 100 < 55 THEN 'delivered' WHEN x % 100 < 70 THEN 'shipped'
            WHEN x % 100 < 80 THEN 'paid' WHEN x % 100 < 90 THEN 'pending'
            WHEN x % 100 < 96 THEN 'cancelled' ELSE 'refunded' END,
       datetime(1672531200 + i * 150 + x % 120, 'unixepoch'),
       CASE WHEN x % 100 < 70 THEN datetime(1672531200 + i * 150 + 86400 + x % 172800, 'unixepoch') END,
       CASE WHEN x % 50 = 0 THEN 'gift wrap' WHEN x % 97 = 0 THEN 'leave at the door' END
FROM h;

CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_ordered_at_idx ON orders (ordered_at);
CREATE INDEX orders_open_status_idx ON orders (status) WHERE status IN ('pending', 'paid');
CREATE INDEX customers_country_idx ON customers (country_code);

CREATE VIEW open_orders AS
    SELECT o.id, o.ordered_at, o.status, c.email
    FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.status IN ('pending', 'paid');

CREATE VIEW revenue_by_country AS
    SELECT c.country_code, sum(o.amount) AS revenue, count(*) AS orders
    FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.status NOT IN ('cancelled', 'refunded')
    GROUP BY c.country_code;

CREATE TRIGGER orders_touch_updated_at AFTER UPDATE OF status ON orders
BEGIN
    UPDATE orders SET updated_at = datetime('now') WHERE id = NEW.id;
END;

COMMIT;
ANALYZE;
