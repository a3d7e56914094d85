-- Five reports an analyst would run on a demodata archive loaded into DuckDB.
--
-- Written against the archive's eight tables under their own names (as Scripts/load-duckdb.sh
-- or `realism_figures.py --report` create them), plus two small tables:
--   state_population(state VARCHAR, population BIGINT)  -- 2020 Census, 50 states and DC
--   report_parameters(as_of DATE)                       -- one row: the archive's as-of date
-- realism_figures.py --report creates both and runs each `-- report:` section in turn.
-- Revenue and units count billed invoices: every status but draft and cancelled.

-- report: Top 10 products by revenue
SELECT p.sku,
       p.name,
       c.name AS category,
       sum(l.quantity) AS units,
       count(DISTINCT l.invoice_id) AS invoices,
       sum(l.line_total) AS revenue
FROM invoice_line_items l
JOIN invoices i ON i.id = l.invoice_id
JOIN products p ON p.id = l.product_id
JOIN product_categories c ON c.id = p.category_id
WHERE i.status NOT IN ('draft', 'cancelled')
GROUP BY p.sku, p.name, c.name
ORDER BY revenue DESC, p.sku
LIMIT 10;

-- report: Revenue and customers by state (top 10 by revenue)
WITH billing AS (
    SELECT customer_id, first(state ORDER BY rowid) AS state
    FROM customer_addresses
    WHERE address_type = 'billing' AND "primary"
    GROUP BY customer_id
),
revenue AS (
    SELECT customer_id, sum(total) AS revenue
    FROM invoices
    WHERE status NOT IN ('draft', 'cancelled')
    GROUP BY customer_id
),
by_state AS (
    SELECT b.state,
           count(*) AS customers,
           coalesce(sum(r.revenue), 0) AS revenue
    FROM billing b
    LEFT JOIN revenue r ON r.customer_id = b.customer_id
    GROUP BY b.state
)
SELECT s.state,
       s.customers,
       round(100 * s.customers / sum(s.customers) OVER (), 1) AS customer_pct,
       s.revenue,
       round(100 * s.revenue / sum(s.revenue) OVER (), 1) AS revenue_pct,
       round(100 * p.population / (SELECT sum(population) FROM state_population), 1)
           AS population_pct
FROM by_state s
LEFT JOIN state_population p ON p.state = s.state
ORDER BY s.revenue DESC, s.state
LIMIT 10;

-- report: Spend by customer tier
WITH per_customer AS (
    SELECT c.id,
           c.customer_type_id,
           coalesce(sum(i.total) FILTER (WHERE i.status NOT IN ('draft', 'cancelled')), 0)
               AS revenue
    FROM customers c
    LEFT JOIN invoices i ON i.customer_id = c.id
    GROUP BY c.id, c.customer_type_id
),
orders AS (
    SELECT c.customer_type_id, avg(i.total) AS avg_order_value, count(*) AS invoices
    FROM invoices i
    JOIN customers c ON c.id = i.customer_id
    WHERE i.status NOT IN ('draft', 'cancelled')
    GROUP BY c.customer_type_id
)
SELECT t.name AS tier,
       count(*) AS customers,
       round(100 * count(*) / sum(count(*)) OVER (), 1) AS customer_pct,
       round(avg(pc.revenue), 2) AS revenue_per_customer,
       any_value(o.invoices) AS invoices,
       round(any_value(o.avg_order_value), 2) AS avg_order_value
FROM per_customer pc
JOIN customer_types t ON t.id = pc.customer_type_id
LEFT JOIN orders o ON o.customer_type_id = t.id
GROUP BY t.name, t.priority_level
ORDER BY t.priority_level;

-- report: Accounts receivable ageing (open = sent or overdue)
WITH open_invoices AS (
    SELECT i.total, r.as_of - i.due_date AS days_past_due
    FROM invoices i, report_parameters r
    WHERE i.status IN ('sent', 'overdue')
),
bucketed AS (
    SELECT CASE
               WHEN days_past_due <= 0 THEN 1
               WHEN days_past_due <= 30 THEN 2
               WHEN days_past_due <= 60 THEN 3
               WHEN days_past_due <= 90 THEN 4
               ELSE 5
           END AS bucket,
           total
    FROM open_invoices
),
buckets(bucket, label) AS (
    VALUES (1, 'current'), (2, '1-30 days'), (3, '31-60 days'), (4, '61-90 days'),
           (5, 'over 90 days')
)
SELECT b.label AS past_due,
       count(x.total) AS invoices,
       coalesce(sum(x.total), 0) AS open_balance,
       round(100 * coalesce(sum(x.total), 0) / nullif(sum(sum(x.total)) OVER (), 0), 1)
           AS balance_pct
FROM buckets b
LEFT JOIN bucketed x ON x.bucket = b.bucket
GROUP BY b.bucket, b.label
ORDER BY b.bucket;

-- report: Reorder list (at or below the reorder point, top 10 by units of the last 90 days)
WITH recent AS (
    SELECT l.product_id, sum(l.quantity) AS units_90d
    FROM invoice_line_items l
    JOIN invoices i ON i.id = l.invoice_id, report_parameters r
    WHERE i.status NOT IN ('draft', 'cancelled')
      AND i.date > r.as_of - 90 AND i.date <= r.as_of
    GROUP BY l.product_id
)
SELECT p.sku,
       p.name,
       inv.current_stock,
       inv.reorder_point,
       inv.reorder_quantity,
       coalesce(recent.units_90d, 0) AS units_90d
FROM inventory inv
JOIN products p ON p.id = inv.product_id
LEFT JOIN recent ON recent.product_id = p.id
WHERE inv.current_stock <= inv.reorder_point
ORDER BY units_90d DESC, p.sku
LIMIT 10;
