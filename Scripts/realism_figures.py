#!/usr/bin/env python3
"""Measures how realistic a demodata archive is: one number per figure, under a stable key.

    python3 Scripts/realism_figures.py ARCHIVE_DIR [--json] [--as-of YYYY-MM-DD] [--report]
                                       [--compare OTHER_ARCHIVE_DIR]

Every table the archive's manifest.json lists (NDJSON, CSV or Parquet; gzip, zstd or
uncompressed, as the manifest says; not a subset archive, whose missing tables the figures
need) is loaded into an in-memory DuckDB with the column types the manifest
lists (decimal(p,s) as DECIMAL, date, timestamp as TIMESTAMP in UTC). A table keeps its file's
row order, so a row's `rowid` is its 0-based row index in the file.

Output (stdout): a text table of key, value and meaning, or with --json one JSON object from
key to value (a number, or null where the figure has nothing to measure). With --report, the
five analyst queries of report_queries.sql next to this script run instead and print as text
tables. With --compare, the seeds_* figures follow: how far the archive's shop is from
another archive's (another seed: product names, average order value, category mix). The
figures are used for the before/after table of the realism work and by the
realism tests, so a key, once published, keeps its name and its meaning.

Definitions that apply throughout:
  * billed invoices: status other than draft and cancelled. Revenue, units sold and
    popularity count billed invoices only; contradictions and order shape count every row.
  * as-of: --as-of, else manifest.json's as_of. "Last 90 days" is as-of - 89 .. as-of.
  * a customer's state: the state of its primary billing address (address_type billing,
    primary true; the first in file order when there are several).

Reference data comes from Scripts/vocabulary.json (or --vocabulary FILE), the generator's
vocabulary as the Swift tests keep it: state populations (2020 Census), ZIP prefix blocks and
area codes, and the ZIPs of each city. Facts of the data itself (the tiers, the categories)
come from the archive. The manifest and the vocabulary are read with
Scripts/lib/demodata_archive.py.

Requires the duckdb Python package (pip install duckdb). Errors go to stderr with exit 1.
"""

from __future__ import annotations

import argparse
import datetime
import decimal
import json
import math
import re
import sys
from pathlib import Path

# The shared archive reader, in Scripts/lib/; no __pycache__ is written beside it.
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent / "lib"))
import demodata_archive  # noqa: E402

try:
    import duckdb
except ImportError:  # pragma: no cover - depends on the machine
    print("realism_figures.py: the duckdb Python package is not installed; "
          "install it (pip install duckdb) and retry", file=sys.stderr)
    sys.exit(1)

PROGRAM = "realism_figures.py"
REPORT_SQL = Path(__file__).resolve().parent / "report_queries.sql"
BILLED = "status NOT IN ('draft', 'cancelled')"


class Failure(Exception):
    """A problem with the input, said as a full sentence for stderr."""


# ---------------------------------------------------------------------------------------------
# Loading


def duckdb_type(manifest_type: str, where: str) -> str:
    """The DuckDB type of a manifest column type (uuid, string, integer, boolean, date, ...)."""
    simple = {"uuid": "UUID", "string": "VARCHAR", "integer": "BIGINT", "boolean": "BOOLEAN",
              "date": "DATE", "timestamp": "TIMESTAMP"}
    if manifest_type in simple:
        return simple[manifest_type]
    match = re.fullmatch(r"decimal\((\d+),\s*(\d+)\)", manifest_type)
    if match:
        return f"DECIMAL({match[1]},{match[2]})"
    raise Failure(f"{where} has the unknown column type {manifest_type!r}; "
                  "this script knows uuid, string, integer, boolean, date, timestamp and "
                  "decimal(p,s)")


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_archive(directory: Path) -> demodata_archive.Archive:
    """The archive's manifest, refused when it is a subset: the figures join every table."""
    try:
        archive = demodata_archive.Archive(directory)
    except demodata_archive.ArchiveError as error:
        raise Failure(str(error))
    subset = archive.manifest.get("table_subset")
    if subset is not None:
        raise Failure(f"{archive.manifest_path} is a subset archive of {subset}; the figures "
                      "need every table (generate the archive without --tables)")
    return archive


def load_tables(connection, archive: demodata_archive.Archive) -> None:
    """Creates one table per archive table, typed as the manifest says, in file row order."""
    archive_format = archive.format
    shard = archive.shard
    # In a sharded CSV archive only shard 0 has the header line.
    header = not (isinstance(shard, dict) and shard.get("index", 0) != 0)
    for table in archive.tables:
        name = table.name
        path = archive.path(table)
        if not path.exists():
            raise Failure(f"{path} is missing; manifest.json lists it for {name}")
        columns = [(column.name, duckdb_type(column.type, f"{name}.{column.name}"))
                   for column in table.columns]
        spec = "{" + ", ".join(f"{literal(c)}: {literal(t)}" for c, t in columns) + "}"
        if archive_format == "ndjson":
            source = (f"read_json({literal(str(path))}, format = 'newline_delimited', "
                      f"columns = {spec})")
        elif archive_format == "csv":
            source = (f"read_csv({literal(str(path))}, header = {str(header).lower()}, "
                      f"columns = {spec}, auto_detect = false, delim = ',', quote = '\"', "
                      f"escape = '\"', nullstr = '', allow_quoted_nulls = false)")
        elif archive_format == "parquet":
            source = f"read_parquet({literal(str(path))})"
        else:
            raise Failure(f"{archive.manifest_path} names the format "
                          f"{archive_format!r}; this script reads ndjson, csv and parquet")
        select = ", ".join(f"CAST({quoted(c)} AS {t}) AS {quoted(c)}" for c, t in columns)
        try:
            connection.execute(f"CREATE TABLE {quoted(name)} AS SELECT {select} FROM {source}")
        except duckdb.Error as error:
            raise Failure(f"cannot load {path} as {name}: {error}")


# ---------------------------------------------------------------------------------------------
# Reference data from the vocabulary


def create_reference_tables(connection, vocabulary: demodata_archive.Vocabulary) -> None:
    """Creates state_population, state_zip_prefix, place_zip, state_tax (the state's 2024 base
    rate in thousandths of a percent) and state_area_code."""
    states = vocabulary.states
    connection.execute(
        "CREATE TABLE state_population AS SELECT unnest($1) AS state, "
        "unnest($2)::BIGINT AS population",
        [[s.code for s in states], [s.population for s in states]])
    prefixes = [(s.code, low, high) for s in states for low, high in s.zip_prefixes]
    connection.execute(
        "CREATE TABLE state_zip_prefix AS SELECT unnest($1) AS state, "
        "unnest($2)::INTEGER AS low, unnest($3)::INTEGER AS high",
        [[p[0] for p in prefixes], [p[1] for p in prefixes], [p[2] for p in prefixes]])
    places = [(city.state, city.name, f"{zip_code:05d}") for city in vocabulary.cities
              for zip_code in city.zips]
    connection.execute(
        "CREATE TABLE place_zip AS SELECT unnest($1) AS state, unnest($2) AS city, "
        "unnest($3) AS zip",
        [[p[0] for p in places], [p[1] for p in places], [p[2] for p in places]])
    connection.execute(
        "CREATE TABLE state_tax AS SELECT unnest($1) AS state, unnest($2)::INTEGER AS rate",
        [[s.code for s in states], [s.sales_tax_hundredths * 10 for s in states]])
    codes = [(state.code, f"{code:03d}") for state in states for code in state.area_codes]
    connection.execute(
        "CREATE TABLE state_area_code AS SELECT unnest($1) AS state, unnest($2) AS area_code",
        [[c[0] for c in codes], [c[1] for c in codes]])


# ---------------------------------------------------------------------------------------------
# Figures


class Figures:
    """An ordered list of (key, value, meaning), computed with one connection."""

    def __init__(self, connection):
        self.connection = connection
        self.rows: list[tuple[str, object, str]] = []

    def value(self, sql: str, parameters=None):
        row = self.connection.execute(sql, parameters or []).fetchone()
        return None if row is None else clean(row[0])

    def add(self, key: str, sql_or_value, meaning: str, parameters=None) -> None:
        value = (self.value(sql_or_value, parameters) if isinstance(sql_or_value, str)
                 else clean(sql_or_value))
        self.rows.append((key, value, meaning))


def clean(value):
    """A JSON-ready number: Decimal to float or int, NaN and infinities to None."""
    if isinstance(value, decimal.Decimal):
        value = int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        # Parallel aggregates (corr, avg) differ between runs in the last bits; six decimals
        # keep the JSON the same from run to run.
        value = round(value, 6)
    if isinstance(value, bool):
        return int(value)
    return value


def spearman(table: str, x: str, y: str) -> str:
    """SQL for Spearman's rank correlation of two columns (tied values share their mean rank)."""
    return f"""
        WITH ranked AS (
            SELECT rank() OVER (ORDER BY {x}) + (count(*) OVER (PARTITION BY {x}) - 1) / 2.0 AS rx,
                   rank() OVER (ORDER BY {y}) + (count(*) OVER (PARTITION BY {y}) - 1) / 2.0 AS ry
            FROM {table})
        SELECT corr(rx, ry) FROM ranked"""


def prepare(connection, as_of: datetime.date) -> None:
    """Helper tables the figures share: products with sales, customers with revenue, ..."""
    connection.execute("CREATE TABLE parameters AS SELECT $1::DATE AS as_of", [as_of])
    connection.execute(f"""
        CREATE TABLE line AS
        SELECT l.*, i.date AS invoice_date, i.status AS invoice_status,
               i.{BILLED} AS billed
        FROM invoice_line_items l LEFT JOIN invoices i ON i.id = l.invoice_id""")
    connection.execute("""
        CREATE TABLE product_sales AS
        SELECT p.rowid AS row_index, p.id, p.name, p.price, p.active, p.created_at,
               p.updated_at, c.name AS category,
               count(l.id) AS lines,
               count(l.id) FILTER (WHERE l.billed) AS billed_lines,
               coalesce(sum(l.quantity) FILTER (WHERE l.billed), 0) AS units,
               count(DISTINCT l.invoice_id) FILTER (WHERE l.billed) AS invoices,
               coalesce(sum(l.line_total) FILTER (WHERE l.billed), 0) AS revenue
        FROM products p
        LEFT JOIN product_categories c ON c.id = p.category_id
        LEFT JOIN line l ON l.product_id = p.id
        GROUP BY ALL""")
    connection.execute("""
        CREATE TABLE billing AS
        SELECT customer_id, first(state ORDER BY rowid) AS state,
               first(city ORDER BY rowid) AS city
        FROM customer_addresses
        WHERE address_type = 'billing' AND "primary"
        GROUP BY customer_id""")
    connection.execute(f"""
        CREATE TABLE customer_sales AS
        SELECT c.rowid AS row_index, c.id, c.name, c.email, c.phone, c.status,
               c.credit_limit, c.notes, c.created_at, t.name AS tier, b.state,
               count(i.id) AS invoices,
               count(i.id) FILTER (WHERE i.{BILLED}) AS billed_invoices,
               coalesce(sum(i.total) FILTER (WHERE i.{BILLED}), 0) AS revenue,
               coalesce(sum(i.total) FILTER (WHERE i.status IN ('sent', 'overdue')), 0)
                   AS open_balance,
               count(i.id) FILTER (WHERE i.{BILLED} AND i.date > p.as_of - 90
                                   AND i.date <= p.as_of) AS recent_invoices,
               count(DISTINCT i.payment_terms) AS terms
        FROM customers c
        CROSS JOIN parameters p
        LEFT JOIN customer_types t ON t.id = c.customer_type_id
        LEFT JOIN billing b ON b.customer_id = c.id
        LEFT JOIN invoices i ON i.customer_id = c.id
        GROUP BY ALL""")


def product_figures(f: Figures) -> None:
    f.add("product_price_median_phone_cases",
          "SELECT median(price) FROM products WHERE name ILIKE '%phone case%'",
          "median price of products named '... Phone Case' (null if none)")
    f.add("share_of_prices_ending_99_95_49_00",
          "SELECT avg(CASE WHEN (price * 100)::BIGINT % 100 IN (99, 95, 49, 0) "
          "THEN 1 ELSE 0 END) FROM products",
          "share of product prices whose cents are .99, .95, .49 or .00")
    f.add("product_name_repeat_share",
          "SELECT coalesce(sum(n) FILTER (WHERE n > 1), 0) / nullif(sum(n), 0) FROM "
          "(SELECT count(*) AS n FROM products GROUP BY name)",
          "share of products whose name another product also has")
    f.add("product_name_duplicate_share",
          "SELECT 1 - count(DISTINCT name) / nullif(count(*), 0) FROM products",
          "1 - distinct product names / products (the rows a unique-name list would drop)")
    f.add("description_distinct_share",
          "SELECT count(DISTINCT description) / nullif(count(*), 0) FROM products",
          "distinct product descriptions / products")
    f.add("description_distinct_sentences",
          "SELECT count(DISTINCT rtrim(sentence, '.!? ')) FROM (SELECT unnest("
          "regexp_split_to_array(description, '[.!?]\\s+')) AS sentence FROM products)",
          "distinct sentences across all product descriptions")
    f.add("max_weight_lb_of_products_under_20_dollars",
          "SELECT max(weight) FROM products WHERE price < 20",
          "heaviest weight of a product priced under $20")


def variant_size(expression: str) -> str:
    """SQL for the size a variant names: its first number (thousands separators dropped), times
    1000 for terabytes so that capacities compare in gigabytes."""
    digits = f"regexp_extract({expression}, '([0-9][0-9,.]*)', 1)"
    number = f"TRY_CAST(replace({digits}, ',', '') AS DOUBLE)"
    return f"CASE WHEN {expression} LIKE '% TB' THEN {number} * 1000 ELSE {number} END"


def monotone_share(noun: str, value: str, within: str = "") -> str:
    """SQL for the share of neighbouring sizes of the products named '... <noun>, <size>'
    (within each group of `within`, when given) whose median `value` rises with the size."""
    group = f"{within} AS grp" if within else "NULL AS grp"
    return f"""
        WITH sized AS (
            SELECT {group}, {variant_size("split_part(name, ', ', 2)")} AS size, {value} AS v
            FROM products WHERE name LIKE '% {noun}, %'),
        medians AS (SELECT grp, size, median(v) AS m FROM sized GROUP BY grp, size),
        steps AS (SELECT m, lag(m) OVER (PARTITION BY grp ORDER BY size) AS previous
                  FROM medians)
        SELECT avg(CASE WHEN m > previous THEN 1.0 ELSE 0.0 END) FROM steps
        WHERE previous IS NOT NULL"""


def economics_figures(f: Figures) -> None:
    f.add("tv_price_monotone_by_size", monotone_share("Smart TV", "price"),
          "share of neighbouring Smart TV sizes whose median price rises with the size (1 = all)")
    f.add("tv_weight_monotone_by_size", monotone_share("Smart TV", "weight"),
          "share of neighbouring Smart TV sizes whose median weight rises with the size")
    f.add("tv_43_inch_median_weight",
          "SELECT median(weight) FROM products WHERE name LIKE '% Smart TV, 43-Inch'",
          "median weight (lb) of 43-inch Smart TVs (real: about 15-25)")
    f.add("ssd_price_monotone_by_capacity",
          monotone_share("Portable SSD", "price", "split_part(name, ' ', 1)"),
          "share of neighbouring Portable SSD capacities of one brand whose median price rises")
    f.add("tent_weight_monotone",
          monotone_share("Camping Tent", "weight"),
          "share of neighbouring Camping Tent sizes (persons) whose median weight rises")
    units = "-Inch|-Person|-Port|-Piece|-Burner| TB| GB| ft| oz| L| mm|W| mAh| HP"
    f.add("sized_line_price_monotone_share",
          """WITH sized AS (
                 SELECT split_part(name, ', ', 1) AS line,
                        """ + variant_size("split_part(name, ', ', 2)") + """ AS size, price
                 FROM products
                 WHERE regexp_matches(split_part(name, ', ', 2),
                     '^[0-9][0-9,.]* ?(""" + units + """)$')),
             pairs AS (
                 SELECT price, lag(price) OVER (PARTITION BY line ORDER BY size) AS previous,
                        size, lag(size) OVER (PARTITION BY line ORDER BY size) AS previous_size
                 FROM sized)
             SELECT avg(CASE WHEN price > previous THEN 1.0 ELSE 0.0 END) FROM pairs
             WHERE previous IS NOT NULL AND size > previous_size""",
          "share of same-line pairs (name before the comma) of neighbouring sizes whose price "
          "rises")
    for category in ("Electronics", "Clothing", "Books", "Home & Garden", "Sports"):
        f.add(f"gross_margin_{category_key(category)}",
              "SELECT 1 - sum(p.cost) / nullif(sum(p.price), 0) FROM products p "
              "JOIN product_categories c ON c.id = p.category_id "
              f"WHERE c.name = {literal(category)}",
              f"1 - cost / price over the products of {category}")
    f.add("gross_margin_spread",
          "SELECT max(m) - min(m) FROM (SELECT 1 - sum(p.cost) / sum(p.price) AS m "
          "FROM products p JOIN product_categories c ON c.id = p.category_id GROUP BY c.name)",
          "largest minus smallest category gross margin")


def popularity_figures(f: Figures) -> None:
    f.add("best_seller_invoice_share",
          f"SELECT max(invoices) / nullif((SELECT count(*) FROM invoices WHERE {BILLED}), 0) "
          "FROM product_sales",
          "most billed invoices one product is on / billed invoices")
    f.add("best_seller_row_index",
          "SELECT row_index FROM product_sales WHERE units > 0 "
          "ORDER BY units DESC, row_index LIMIT 1",
          "row index in products of the product with the most units sold")
    f.add("top1pct_products_unit_share",
          "WITH ranked AS (SELECT units, row_number() OVER (ORDER BY units DESC) AS position, "
          "count(*) OVER () AS products FROM product_sales) "
          "SELECT sum(units) FILTER (WHERE position <= ceil(products / 100.0)) "
          "/ nullif(sum(units), 0) FROM ranked",
          "units of the top 1% of products by units / all units sold")
    f.add("price_popularity_corr", spearman("product_sales", "price", "billed_lines"),
          "Spearman correlation of a product's price with its billed line count (demand falls "
          "with price: negative)")
    f.add("lines_per_product_over_1000_vs_under_50",
          "SELECT avg(billed_lines) FILTER (WHERE price >= 1000) "
          "/ nullif(avg(billed_lines) FILTER (WHERE price < 50), 0) FROM product_sales",
          "average billed lines of a $1,000+ product / of a product under $50")
    f.add("best_to_100th_lines_ratio",
          "WITH ranked AS (SELECT billed_lines, row_number() OVER (ORDER BY billed_lines DESC) "
          "AS position FROM product_sales) SELECT max(billed_lines) / nullif(max(billed_lines) "
          "FILTER (WHERE position = 100), 0) FROM ranked",
          "billed lines of the best seller / of the 100th (a plateau of equal best sellers: ~1)")
    f.add("popularity_plateau_products",
          "SELECT count(*) FROM product_sales WHERE billed_lines >= 0.8 * "
          "(SELECT max(billed_lines) FROM product_sales)",
          "products within 80% of the best seller's billed lines")
    f.add("top20pct_products_revenue_share",
          "WITH ranked AS (SELECT revenue, row_number() OVER (ORDER BY revenue DESC) AS position, "
          "count(*) OVER () AS products FROM product_sales) "
          "SELECT sum(revenue) FILTER (WHERE position <= ceil(products / 5.0)) "
          "/ nullif(sum(revenue), 0) FROM ranked",
          "revenue of the top 20% of products / all revenue")
    f.add("sales_row_index_rank_corr", spearman("product_sales", "billed_lines", "row_index"),
          "Spearman correlation of a product's billed line count with its row index")
    f.add("sales_units_row_index_rank_corr", spearman("product_sales", "units", "row_index"),
          "Spearman correlation of a product's units sold with its row index")
    f.add("customer_invoices_row_index_rank_corr",
          spearman("customer_sales", "billed_invoices", "row_index"),
          "Spearman correlation of a customer's billed invoices with its row index")
    f.add("top_customer_row_index",
          "SELECT row_index FROM customer_sales WHERE revenue > 0 "
          "ORDER BY revenue DESC, row_index LIMIT 1",
          "row index in customers of the customer with the most revenue")
    f.add("top1pct_customers_revenue_share",
          "WITH ranked AS (SELECT revenue, row_number() OVER (ORDER BY revenue DESC) AS "
          "position, count(*) OVER () AS customers FROM customer_sales) "
          "SELECT sum(revenue) FILTER (WHERE position <= ceil(customers / 100.0)) "
          "/ nullif(sum(revenue), 0) FROM ranked",
          "revenue of the top 1% of customers / all revenue")


TAX_EXEMPT = r"(?i)tax[- ]exempt"
TERMS = r"(?i)\bnet\s*(\d+)\b|\bdue on receipt\b|\bdue within (\d+) days\b"


def named_terms(column: str) -> str:
    """SQL for the payment terms a note names, as a list of lower-case 'net NN'/'due on receipt'."""
    return (f"list_transform(regexp_extract_all({column}, '{TERMS}'), "
            "lambda m: CASE WHEN lower(m) = 'due on receipt' THEN 'due on receipt' "
            "ELSE 'net ' || regexp_extract(m, '(\\d+)') END)")


def contradiction_figures(f: Figures) -> None:
    f.add("taxexempt_note_with_tax",
          f"SELECT count(*) FROM invoices WHERE regexp_matches(notes, '{TAX_EXEMPT}') "
          "AND tax_amount > 0",
          "invoices whose notes say tax-exempt yet charge tax")
    f.add("taxexempt_customer_note_with_tax",
          f"SELECT count(*) FROM customers c WHERE regexp_matches(c.notes, '{TAX_EXEMPT}') "
          "AND EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id "
          "AND i.tax_amount > 0)",
          "customers whose notes say tax-exempt with an invoice that charges tax")
    f.add("terms_note_mismatch",
          f"SELECT count(*) FROM (SELECT payment_terms, {named_terms('notes')} AS named "
          "FROM invoices WHERE notes IS NOT NULL) "
          "WHERE len(list_filter(named, lambda t: t <> lower(payment_terms))) > 0",
          "invoices whose notes name payment terms (Net NN, Due on Receipt) other than theirs")
    f.add("terms_customer_note_mismatch",
          f"SELECT count(*) FROM (SELECT id, {named_terms('notes')} AS named FROM customers "
          "WHERE notes IS NOT NULL) c "
          "WHERE len(named) > 0 AND EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id "
          "AND NOT list_contains(c.named, lower(i.payment_terms)))",
          "customers whose notes name payment terms that one of their invoices does not have")
    f.add("past_due_note_on_paid",
          "SELECT count(*) FROM invoices WHERE regexp_matches(notes, '(?i)past due|overdue') "
          "AND status = 'paid'",
          "paid invoices whose notes mention 'past due' or 'overdue'")
    f.add("paid_note_on_unpaid",
          "SELECT count(*) FROM invoices WHERE regexp_matches(notes, "
          "'(?i)paid in full|payment received|prompt payment') AND status <> 'paid'",
          "unpaid invoices whose notes thank for payment or say paid in full")
    f.add("no_charge_line_charged",
          "SELECT count(*) FROM invoice_line_items WHERE regexp_matches(description, "
          "'(?i)no charge|free of charge|free item|complimentary') AND line_total > 0",
          "line items described as no charge / free that charge an amount")
    f.add("discount_note_without_discount",
          "SELECT count(*) FROM invoice_line_items WHERE regexp_matches(description, "
          "'(?i)discount applied|pricing applied|promo code applied') "
          "AND discount_amount = 0",
          "line items described as discounted with no discount")
    since = r"(?i)customer since (\d{4})"
    f.add("customer_since_year_mismatch",
          f"SELECT (SELECT count(*) FROM customers WHERE TRY_CAST(regexp_extract(notes, "
          f"'{since}', 1) AS INTEGER) <> year(created_at)) + "
          "(SELECT count(*) FROM invoices i JOIN customers c ON c.id = i.customer_id "
          f"WHERE TRY_CAST(regexp_extract(i.notes, '{since}', 1) AS INTEGER) "
          "<> year(c.created_at))",
          "notes 'Customer since YYYY' (customers and invoices) whose year is not the "
          "customer's created_at year")
    # An amount written with thousands separators or a dollar sign in the same sentence as
    # "credit" (years and counts are left alone).
    amount = r"\$\d[\d,]*(?:\.\d\d)?|\b\d{1,3}(?:,\d{3})+(?:\.\d\d)?"
    f.add("credit_limit_note_mismatch",
          "WITH sentences AS (SELECT credit_limit, unnest(regexp_split_to_array(notes, "
          "'[.;!?]\\s+')) AS sentence FROM customers WHERE notes ILIKE '%credit%'), "
          f"amounts AS (SELECT credit_limit, unnest(regexp_extract_all(sentence, '{amount}')) "
          "AS amount FROM sentences WHERE sentence ILIKE '%credit%') "
          "SELECT count(*) FROM amounts WHERE replace(replace(amount, '$', ''), ',', '')"
          "::DECIMAL(14,2) <> credit_limit",
          "amounts near 'credit' in customer notes that differ from the credit limit")
    f.add("overdue_status_not_yet_due",
          "SELECT count(*) FROM invoices, parameters WHERE status = 'overdue' "
          "AND due_date >= as_of",
          "invoices with status overdue whose due date is not past")
    f.add("distinct_customer_notes",
          "SELECT count(DISTINCT notes) FROM customers",
          "distinct non-null customer notes")
    f.add("customer_notes_share",
          "SELECT count(notes) / nullif(count(*), 0) FROM customers",
          "share of customers with notes")
    f.add("distinct_invoice_notes",
          "SELECT count(DISTINCT notes) FROM invoices",
          "distinct non-null invoice notes")
    keys = ("taxexempt_note_with_tax", "taxexempt_customer_note_with_tax", "terms_note_mismatch",
            "terms_customer_note_mismatch", "past_due_note_on_paid", "paid_note_on_unpaid",
            "no_charge_line_charged", "discount_note_without_discount",
            "customer_since_year_mismatch", "credit_limit_note_mismatch",
            "overdue_status_not_yet_due")
    values = {key: value for key, value, _ in f.rows}
    f.add("contradictions_total", sum(values[key] or 0 for key in keys),
          "sum of the eleven contradiction counts above")


def tiers(connection) -> list[str]:
    """The archive's customer tiers (customer_types), lowest credit multiplier first."""
    return [row[0] for row in connection.execute(
        "SELECT name FROM customer_types ORDER BY credit_limit_multiplier, rowid").fetchall()]


def customer_figures(f: Figures) -> None:
    names = tiers(f.connection)
    for tier in names:
        f.add(f"tier_share_{tier.lower()}",
              "SELECT count(*) FILTER (WHERE tier = $1) / nullif(count(*), 0) "
              "FROM customer_sales",
              f"share of customers in tier {tier}", [tier])
    spend = []
    for tier in names:
        value = f.value("SELECT avg(revenue) FROM customer_sales WHERE tier = $1", [tier])
        spend.append(value)
        f.add(f"tier_revenue_per_customer_{tier.lower()}", value,
              f"billed revenue per {tier} customer (customers without invoices count 0)")
    rises = (None if any(value is None for value in spend)
             else int(all(a < b for a, b in zip(spend, spend[1:]))))
    f.add("tier_spend_rises", rises,
          "1 if revenue per customer rises strictly " + " < ".join(names))
    f.add("inactive_vs_active_order_rate",
          "SELECT (sum(recent_invoices) FILTER (WHERE status = 'inactive') "
          "/ nullif(count(*) FILTER (WHERE status = 'inactive'), 0)) "
          "/ nullif(sum(recent_invoices) FILTER (WHERE status = 'active') "
          "/ nullif(count(*) FILTER (WHERE status = 'active'), 0), 0) FROM customer_sales",
          "billed invoices of the last 90 days per inactive customer / per active customer")
    f.add("over_credit_limit_share",
          "SELECT avg(CASE WHEN open_balance > credit_limit THEN 1 ELSE 0 END) "
          "FROM customer_sales",
          "share of customers whose open balance (sent + overdue) exceeds the credit limit")
    f.add("customers_with_mixed_terms_share",
          "SELECT avg(CASE WHEN terms > 1 THEN 1 ELSE 0 END) FROM customer_sales "
          "WHERE invoices >= 2",
          "share of customers with 2+ invoices whose invoices have several payment terms")


def order_figures(f: Figures) -> None:
    f.add("avg_order_total", f"SELECT avg(total) FROM invoices WHERE {BILLED}",
          "average total of a billed invoice")
    f.add("median_order_total", f"SELECT median(total) FROM invoices WHERE {BILLED}",
          "median total of a billed invoice")
    f.add("median_lines_per_invoice",
          "SELECT median(n) FROM (SELECT count(l.id) AS n FROM invoices i "
          "LEFT JOIN invoice_line_items l ON l.invoice_id = i.id GROUP BY i.id)",
          "median number of line items per invoice")
    f.add("share_invoices_with_1_line",
          "SELECT avg(CASE WHEN n = 1 THEN 1 ELSE 0 END) FROM (SELECT count(l.id) AS n "
          "FROM invoices i LEFT JOIN invoice_line_items l ON l.invoice_id = i.id "
          "GROUP BY i.id)",
          "share of invoices with exactly one line item")
    f.add("share_lines_quantity_1",
          "SELECT avg(CASE WHEN quantity = 1 THEN 1 ELSE 0 END) FROM invoice_line_items",
          "share of line items with quantity 1")
    f.add("avg_quantity_price_over_500",
          "SELECT avg(quantity) FROM invoice_line_items WHERE unit_price > 500",
          "average quantity of line items with a unit price over $500")
    f.add("avg_quantity_price_under_20",
          "SELECT avg(quantity) FROM invoice_line_items WHERE unit_price < 20",
          "average quantity of line items with a unit price under $20")


def geography_figures(f: Figures) -> None:
    f.add("state_share_vs_population",
          "WITH shares AS (SELECT state, count(*) / sum(count(*)) OVER () AS share "
          "FROM customer_sales WHERE state IS NOT NULL GROUP BY state), "
          "population AS (SELECT state, population / sum(population) OVER () AS share "
          "FROM state_population) "
          "SELECT max(abs(coalesce(s.share, 0) - coalesce(p.share, 0))) "
          "FILTER (WHERE (SELECT count(*) FROM shares) > 0) "
          "FROM shares s FULL JOIN population p ON p.state = s.state",
          "largest |state share of customers - state share of US population (2020)|")
    f.add("california_customer_share",
          "SELECT count(*) FILTER (WHERE state = 'CA') / nullif(count(*), 0) "
          "FROM customer_sales WHERE state IS NOT NULL",
          "share of customers billed in California (12% of the US population)")
    f.add("customers_without_primary_billing_share",
          "SELECT avg(CASE WHEN state IS NULL THEN 1 ELSE 0 END) FROM customer_sales",
          "share of customers without a primary billing address")
    f.add("customers_with_several_billing_addresses_share",
          "SELECT count(*) FILTER (WHERE n > 1) / nullif((SELECT count(*) FROM customers), 0) "
          "FROM (SELECT count(*) AS n FROM customer_addresses WHERE address_type = 'billing' "
          "GROUP BY customer_id)",
          "share of customers with more than one billing address")
    f.add("customers_with_addresses_in_several_states_share",
          "SELECT count(*) FILTER (WHERE n > 1) / nullif((SELECT count(*) FROM customers), 0) "
          "FROM (SELECT count(DISTINCT state) AS n FROM customer_addresses "
          "GROUP BY customer_id)",
          "share of customers whose addresses are in more than one state")
    f.add("area_code_matches_state_share",
          "WITH phones AS (SELECT state, regexp_extract(phone, "
          "'^\\s*(?:\\+?1[ .-]?)?\\(?(\\d{3})', 1) AS area_code FROM customer_sales "
          "WHERE state IS NOT NULL) "
          "SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM state_area_code a "
          "WHERE a.state = phones.state AND a.area_code = phones.area_code) "
          "THEN 1 ELSE 0 END) FROM phones WHERE area_code <> ''",
          "share of customers whose phone area code serves their billing state")
    f.add("zip_of_other_city_share",
          "SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM place_zip z WHERE z.state = a.state "
          "AND lower(z.city) = lower(a.city) AND z.zip = left(a.postal_code, 5)) "
          "THEN 0 ELSE 1 END) FROM customer_addresses a WHERE address_type = 'billing'",
          "share of billing addresses whose ZIP is not one of that city and state")
    f.add("zip_prefix_not_of_state_share",
          "SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM state_zip_prefix z "
          "WHERE z.state = a.state AND TRY_CAST(left(a.postal_code, 3) AS INTEGER) "
          "BETWEEN z.low AND z.high) THEN 0 ELSE 1 END) FROM customer_addresses a "
          "WHERE address_type = 'billing'",
          "share of billing addresses whose ZIP prefix is not one of the state's")


def category_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def time_figures(f: Figures) -> None:
    f.add("lines_before_product_created",
          "SELECT count(*) FROM invoice_line_items l JOIN products p ON p.id = l.product_id "
          "WHERE l.created_at < p.created_at",
          "line items created before their product was")
    f.add("christmas_ratio",
          f"""WITH billed AS (SELECT date FROM invoices WHERE {BILLED}),
                   window_ AS (SELECT min(date) AS first, max(date) AS last, count(*) AS n
                               FROM billed),
                   years AS (SELECT unnest(range(year(first), year(last) + 1)) AS y FROM window_),
                   christmas AS (SELECT make_date(y, 12, 25) AS day FROM years, window_
                                 WHERE make_date(y, 12, 25) BETWEEN first AND last)
              SELECT avg((SELECT count(*) FROM billed WHERE date = christmas.day)
                         / (n / (last - first + 1)))
              FROM christmas, window_""",
          "billed invoices on Dec 25 / billed invoices on an average day of the window")
    # Peak month per category: the month of the year with the highest mean revenue over the
    # complete calendar months of the invoice window (so a window of 18 months does not favour
    # the months it covers twice).
    peaks = f.connection.execute("""
        WITH window_ AS (SELECT min(invoice_date) AS first, max(invoice_date) AS last
                         FROM line WHERE billed),
             monthly AS (SELECT p.category, date_trunc('month', l.invoice_date) AS month_start,
                                sum(l.line_total) AS revenue
                         FROM line l JOIN product_sales p ON p.id = l.product_id
                         WHERE l.billed GROUP BY ALL),
             complete AS (SELECT m.* FROM monthly m, window_ w
                          WHERE m.month_start >= w.first
                          AND m.month_start + INTERVAL 1 MONTH - INTERVAL 1 DAY <= w.last),
             by_month AS (SELECT category, month(month_start) AS month_of_year,
                                 avg(revenue) AS revenue
                          FROM complete GROUP BY ALL)
        SELECT category, arg_max(month_of_year, revenue) FROM by_month
        WHERE category IS NOT NULL GROUP BY category ORDER BY category""").fetchall()
    f.add("same_season_score", len({month for _, month in peaks}) if peaks else None,
          "distinct peak revenue months across categories (1 = every category peaks together)")
    categories = [row[0] for row in f.connection.execute(
        "SELECT name FROM product_categories ORDER BY sort_order, name").fetchall()]
    peak_of = dict(peaks)
    for category in categories:
        f.add(f"peak_month_{category_key(category)}", peak_of.get(category),
              f"month (1-12) of the highest mean revenue of {category}")
    f.add("median_days_overdue",
          "SELECT median(as_of - due_date) FROM invoices, parameters WHERE status = 'overdue'",
          "median days past due of overdue invoices")
    buckets = [("ageing_share_1_30", 1, 30), ("ageing_share_31_60", 31, 60),
               ("ageing_share_61_90", 61, 90), ("ageing_share_over_90", 91, None)]
    for key, low, high in buckets:
        condition = (f"as_of - due_date BETWEEN {low} AND {high}" if high
                     else f"as_of - due_date >= {low}")
        label = f"{low}-{high}" if high else f"over {low - 1}"
        f.add(key,
              f"SELECT coalesce(sum(total) FILTER (WHERE {condition}), 0) "
              "/ nullif(sum(total), 0) "
              "FROM invoices, parameters WHERE status = 'overdue'",
              f"share of the overdue balance {label} days past due")
    f.add("inactive_products_recent_sales_share",
          "SELECT avg(CASE WHEN NOT p.active THEN 1 ELSE 0 END) FROM line l "
          "JOIN products p ON p.id = l.product_id, parameters "
          "WHERE l.billed AND l.invoice_date > as_of - 90 AND l.invoice_date <= as_of",
          "share of billed line items of the last 90 days whose product is inactive")
    f.add("lines_after_product_inactive",
          "SELECT count(*) FROM invoice_line_items l JOIN products p ON p.id = l.product_id "
          "WHERE NOT p.active AND l.created_at > p.updated_at",
          "line items of inactive products created after the product's updated_at")


def history_figures(f: Figures) -> None:
    """Years of history with growth, sign-ups that peak in the fourth quarter, churn and
    decaying cohorts, households and businesses on their own clocks, invoice numbers in time."""
    f.connection.execute(f"""
        CREATE TABLE orders AS
        SELECT i.*, c.segment = 'business' AS business, c.created_at AS joined,
               cast(regexp_extract(i.invoice_number, '[0-9]+$') AS BIGINT) AS number
        FROM invoices i JOIN customers c ON c.id = i.customer_id""")
    years = f.connection.execute(f"""
        SELECT year(date) AS y, sum(total) FROM orders, parameters p
        WHERE {BILLED} AND year(date) < year(p.as_of) GROUP BY y ORDER BY y""").fetchall()
    growth = [float(b) / float(a) - 1 for (_, a), (_, b) in zip(years, years[1:])]
    f.add("full_years_of_invoices", len(years), "complete calendar years of billed invoices")
    f.add("yoy_revenue_growth_min", min(growth) if growth else None,
          "smallest year-over-year growth of billed revenue between complete years")
    f.add("yoy_revenue_growth_max", max(growth) if growth else None,
          "largest year-over-year growth of billed revenue between complete years")
    f.add("signup_growth_per_year",
          """WITH y AS (SELECT year(created_at) AS y, count(*) AS n FROM customers, parameters p
                        WHERE year(created_at) < year(p.as_of)
                          AND year(created_at) >= (SELECT min(year(date)) FROM invoices)
                        GROUP BY y)
             SELECT pow(max_by(n, y) / min_by(n, y), 1.0 / (max(y) - min(y))) - 1 FROM y""",
          "yearly growth of sign-ups over the complete years of invoices")
    f.add("signup_q4_share",
          """SELECT avg((month(created_at) >= 10)::INT) FROM customers, parameters p
             WHERE year(created_at) < year(p.as_of)""",
          "share of sign-ups (complete years) in October to December (a quarter would be 0.25)")
    f.add("household_weekend_share",
          "SELECT avg((dayofweek(created_at) IN (0, 6))::INT) FROM orders WHERE NOT business",
          "share of households' orders made on a Saturday or Sunday (UTC); US retail 25-30%")
    f.add("business_weekend_share",
          "SELECT avg((dayofweek(created_at) IN (0, 6))::INT) FROM orders WHERE business",
          "share of businesses' orders made on a Saturday or Sunday (UTC)")
    f.add("household_us_evening_share",
          "SELECT avg((hour(created_at) >= 23 OR hour(created_at) < 6)::INT) FROM orders "
          "WHERE NOT business",
          "share of households' orders made 23:00-05:59 UTC (7 pm-midnight Eastern, 4-11 pm Pacific)")
    f.add("business_us_office_hours_share",
          "SELECT avg((hour(created_at) BETWEEN 13 AND 23)::INT) FROM orders WHERE business",
          "share of businesses' orders made 13:00-23:59 UTC (9 am Eastern to 5 pm Pacific)")
    for name, offset in (("black_friday", 1), ("cyber_monday", 4)):
        f.add(f"{name}_ratio",
              f"""WITH h AS (SELECT date, count(*) AS n FROM orders WHERE NOT business GROUP BY date),
                       y AS (SELECT DISTINCT year(date) AS y FROM h),
                       t AS (SELECT y, make_date(y, 11, 1) + ((4 - dayofweek(make_date(y, 11, 1)) + 7) % 7
                                    + 21 + {offset})::INT AS day FROM y),
                       r AS (SELECT (SELECT n FROM h WHERE h.date = t.day)
                                    / (SELECT median(n) FROM h WHERE year(h.date) = t.y
                                       AND month(h.date) = 11) AS ratio FROM t)
                  SELECT avg(ratio) FROM r""",
              f"households' orders on {name.replace('_', ' ').title()} / a median November day")
    f.add("busiest_day_is_cyber_week",
          """WITH d AS (SELECT date, count(*) AS n FROM orders WHERE NOT business GROUP BY date)
             SELECT (month(arg_max(date, n)) = 11 AND day(arg_max(date, n)) >= 23)
                    OR (month(arg_max(date, n)) = 12 AND day(arg_max(date, n)) <= 2) FROM d""",
          "households' busiest day is in the Black Friday to Cyber Monday week")
    f.add("invoice_number_time_corr", "SELECT corr(number, epoch(created_at)) FROM orders",
          "Pearson r of invoice number with created_at")
    f.add("invoice_numbers_out_of_time_order",
          """SELECT count(*) FROM (SELECT created_at < lag(created_at) OVER (ORDER BY number) AS back
                                  FROM orders) WHERE back""",
          "invoices made before the invoice numbered just below them")
    f.add("old_customers_bought_last_year_share",
          """SELECT avg((EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id
                                 AND i.date > p.as_of - 365))::INT)
             FROM customers c, parameters p WHERE c.created_at < p.as_of - INTERVAL 3 YEAR""",
          "share of customers who joined over three years before as-of that ordered in its last year")
    f.add("household_12_month_repeat_share",
          """WITH o AS (SELECT customer_id, created_at FROM orders WHERE NOT business),
                  f AS (SELECT customer_id, min(created_at) AS first FROM o GROUP BY customer_id)
             SELECT avg((EXISTS (SELECT 1 FROM o WHERE o.customer_id = f.customer_id
                                 AND o.created_at > f.first
                                 AND o.created_at <= f.first + INTERVAL 365 DAY))::INT)
             FROM f, parameters p WHERE f.first < p.as_of - INTERVAL 365 DAY""",
          "share of households with a first order over a year ago that ordered again within 12 months (B2C 25-40%)")
    f.add("cohort_year3_active_share",
          """WITH c AS (SELECT id, created_at FROM customers, parameters p
                        WHERE year(created_at) = (SELECT min(year(date)) FROM invoices)
                          AND created_at < p.as_of - INTERVAL 1095 DAY)
             SELECT avg((EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id
                                 AND i.created_at >= c.created_at + INTERVAL 730 DAY
                                 AND i.created_at < c.created_at + INTERVAL 1095 DAY))::INT) FROM c""",
          "share of the first invoice year's sign-ups that ordered in their third year (decays to 10-20%)")
    f.add("cohort_year1_active_share",
          """WITH c AS (SELECT id, created_at FROM customers, parameters p
                        WHERE year(created_at) = (SELECT min(year(date)) FROM invoices)
                          AND created_at < p.as_of - INTERVAL 730 DAY)
             SELECT avg((EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id
                                 AND i.created_at >= c.created_at
                                 AND i.created_at < c.created_at + INTERVAL 365 DAY))::INT) FROM c""",
          "share of the first invoice year's sign-ups that ordered in their first year")
    f.add("median_days_signup_to_first_order",
          "SELECT median(d) FROM (SELECT min(date) - min(joined::DATE) AS d FROM orders GROUP BY customer_id)",
          "median days from a customer's sign-up to its first order")
    f.add("business_reorder_line_share",
          """WITH l AS (SELECT o.customer_id, o.created_at, li.product_id FROM orders o
                        JOIN invoice_line_items li ON li.invoice_id = o.id WHERE o.business),
                  firsts AS (SELECT customer_id, product_id, min(created_at) AS first FROM l
                             GROUP BY ALL)
             SELECT avg((l.created_at > f.first)::INT) FROM l
             JOIN firsts f USING (customer_id, product_id)""",
          "share of businesses' lines whose product the business ordered before (B2B 30-60%)")
    for key, industry, category in (("books_gifts_books", "Books & Gifts", "Books"),
                                    ("landscaping_garden", "Landscaping", "Home & Garden"),
                                    ("roofing_clothing", "Roofing", "Clothing")):
        f.add(f"{key}_line_share",
              f"""SELECT avg((cat.name = '{category}')::INT) FROM orders o
                  JOIN customers c ON c.id = o.customer_id
                  JOIN invoice_line_items li ON li.invoice_id = o.id
                  JOIN products p ON p.id = li.product_id
                  JOIN product_categories cat ON cat.id = p.category_id
                  WHERE o.business AND c.name LIKE '% {industry}%'""",
              f"share of the lines of {industry} businesses that are {category}")
    f.add("household_invoices_with_po_notes",
          "SELECT count(*) FROM orders WHERE NOT business AND (notes LIKE '%PO %' "
          "OR notes LIKE '%accounts payable%' OR notes LIKE '%remit payment%')",
          "households' invoices whose notes speak of a PO number, accounts payable or remitting")
    f.add("free_shipping_notes", "SELECT count(*) FROM invoices WHERE notes LIKE '%ree shipping%'",
          "invoice notes that speak of free shipping (invoices carry no shipping charge)")
    f.add("accounts_updated_before_closure_or_hold",
          """SELECT count(*) FROM (
                 SELECT updated_at, try_strptime(regexp_extract(notes,
                     '(closed on|hold since) ([A-Z][a-z]{2} [0-9]+, [0-9]{4})', 2), '%b %d, %Y') AS noted
                 FROM customers WHERE notes LIKE '%closed on%' OR notes LIKE '%hold since%')
             WHERE noted IS NOT NULL AND updated_at::DATE < noted::DATE""",
          "closed or held accounts updated before the closure or hold date their notes state")
    f.add("inactive_customers_ordering_last_year",
          """SELECT count(*) FROM customers c, parameters p WHERE c.status = 'inactive'
             AND EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id AND i.date > p.as_of - 365)""",
          "inactive customers with an order in the last year")


def payment_and_tax_figures(f: Figures) -> None:
    """Payments as data and destination sales tax."""
    f.add("net_terms_paid_late_share",
          """SELECT avg((paid_at::DATE > due_date)::INT) FROM orders
             WHERE status = 'paid' AND payment_terms LIKE 'Net%' AND business""",
          "share of businesses' paid Net-terms invoices paid after the due date (B2B 40-50%)")
    f.add("household_card_share",
          """SELECT avg((payment_method IN ('card', 'PayPal'))::INT) FROM orders
             WHERE status = 'paid' AND NOT business""",
          "share of households' paid invoices paid by card or PayPal")
    f.add("business_bank_share",
          """SELECT avg((payment_method IN ('ACH', 'check', 'wire transfer'))::INT) FROM orders
             WHERE status = 'paid' AND business""",
          "share of businesses' paid invoices paid by ACH, check or wire")
    f.add("customers_with_several_payment_methods",
          "SELECT count(*) FROM (SELECT customer_id FROM orders WHERE payment_method IS NOT NULL "
          "GROUP BY customer_id HAVING count(DISTINCT payment_method) > 1)",
          "customers who paid in more than one way")
    f.add("late_payer_consistency",
          """WITH d AS (SELECT customer_id, paid_at::DATE - due_date AS late,
                               row_number() OVER (PARTITION BY customer_id ORDER BY date) AS k,
                               count(*) OVER (PARTITION BY customer_id) AS n
                        FROM orders WHERE status = 'paid' AND payment_terms LIKE 'Net%'),
                  h AS (SELECT customer_id, avg(late) FILTER (WHERE k <= n / 2) AS a,
                               avg(late) FILTER (WHERE k > n / 2) AS b
                        FROM d WHERE n >= 6 GROUP BY customer_id)
             SELECT corr(a, b) FROM h""",
          "Pearson r of a customer's mean days late in the first and the second half of its invoices")
    for key, city, state in (("los_angeles", "Los Angeles", "CA"), ("new_york", "New York", "NY"),
                             ("chicago", "Chicago", "IL"), ("denver", "Denver", "CO")):
        f.add(f"tax_rate_{key}",
              f"""SELECT max_by(i.tax_rate, i.date) FROM invoices i
                  JOIN customer_addresses a ON a.id = i.shipping_address_id
                  WHERE a.city = '{city}' AND a.state = '{state}' AND i.tax_rate > 0""",
              f"the latest sales tax rate charged on goods shipped to {city}, {state}")
    f.add("tax_rate_louisiana_state_after_2025",
          """SELECT min(i.tax_rate) FROM invoices i
             JOIN customer_addresses a ON a.id = i.shipping_address_id
             WHERE a.state = 'LA' AND i.tax_rate > 0 AND i.date >= DATE '2025-01-01'""",
          "lowest nonzero rate on goods shipped to Louisiana since 2025-01-01 (the state's 5.00%)")
    f.add("clothing_taxed_in_exempt_states",
          """SELECT count(*) FROM invoice_line_items l
             JOIN invoices i ON i.id = l.invoice_id
             JOIN customer_addresses a ON a.id = i.shipping_address_id
             JOIN products p ON p.id = l.product_id
             JOIN product_categories c ON c.id = p.category_id
             WHERE c.name = 'Clothing' AND a.state IN ('PA', 'NJ', 'MN') AND l.tax_amount > 0""",
          "clothing lines shipped to PA, NJ or MN that were taxed")
    f.add("invoices_with_local_tax_share",
          """SELECT avg((i.tax_rate * 1000 != s.rate)::INT) FROM invoices i
             JOIN customer_addresses a ON a.id = i.shipping_address_id
             JOIN state_tax s ON s.state = a.state WHERE i.tax_rate > 0""",
          "share of taxed invoices charging more than their state's 2024 base rate (local tax)")
    f.add("business_shipped_elsewhere_share",
          """SELECT avg((a.address_type != 'billing')::INT) FROM orders o
             JOIN customer_addresses a ON a.id = o.shipping_address_id WHERE o.business""",
          "share of businesses' orders shipped to another address than the billing one")


def inventory_figures(f: Figures) -> None:
    f.add("reorder_point_sales_corr",
          """SELECT corr(i.reorder_point, p.units / greatest(1, datediff('day',
                        greatest(p.created_at::DATE, (SELECT min(date) FROM invoices)), q.as_of)))
             FROM inventory i JOIN product_sales p ON p.id = i.product_id, parameters q
             WHERE p.active""",
          "Pearson r of reorder point with units sold a day while on sale, over active products")
    f.add("best_seller_stock",
          "SELECT i.current_stock FROM inventory i JOIN product_sales p ON p.id = i.product_id "
          "WHERE p.units > 0 ORDER BY p.units DESC, p.row_index LIMIT 1",
          "current stock of the product with the most units sold")
    f.add("best_seller_units",
          "SELECT max(units) FROM product_sales",
          "units sold of the best seller")
    f.add("inventory_median_stock", "SELECT median(current_stock) FROM inventory",
          "median current stock")
    f.add("inventory_max_stock", "SELECT max(current_stock) FROM inventory",
          "largest current stock")
    f.add("reorder_quantity_top_value_share",
          "SELECT max(n) / sum(n) FROM (SELECT count(*) AS n FROM inventory "
          "GROUP BY reorder_quantity)",
          "share of products with the most common reorder quantity")
    f.add("distinct_reorder_quantities", "SELECT count(DISTINCT reorder_quantity) FROM inventory",
          "distinct reorder quantities")
    f.add("received_equals_reorder_quantity_share",
          "SELECT avg(CASE WHEN last_received_quantity = reorder_quantity THEN 1 ELSE 0 END) "
          "FROM inventory",
          "share of products whose last received quantity is the reorder quantity")
    f.add("receipts_before_product_created",
          "SELECT count(*) FROM inventory i JOIN products p ON p.id = i.product_id "
          "WHERE i.last_received_date < p.created_at::DATE",
          "products last received before the day they were created")
    f.add("receipts_after_product_inactive",
          "SELECT count(*) FROM inventory i JOIN products p ON p.id = i.product_id "
          "WHERE NOT p.active AND i.last_received_date > p.updated_at::DATE",
          "inactive products last received after the day they went inactive")
    f.add("recent_receipts_of_unsold_share",
          "SELECT avg(CASE WHEN i.last_received_date > a.as_of - 90 THEN 1.0 ELSE 0.0 END) "
          "FROM inventory i JOIN product_sales p ON p.id = i.product_id CROSS JOIN parameters a "
          "WHERE p.units = 0 AND p.created_at::DATE <= a.as_of - 90",
          "share of unsold products older than 90 days that were received in the last 90 days")
    f.add("recent_receipts_of_inactive",
          "SELECT count(*) FROM inventory i JOIN products p ON p.id = i.product_id "
          "CROSS JOIN parameters a WHERE NOT p.active AND p.updated_at::DATE <= a.as_of - 90 "
          "AND i.last_received_date > a.as_of - 90",
          "products inactive for 90+ days that were received in the last 90 days")
    f.add("median_weeks_of_cover",
          "SELECT median(i.current_stock / (p.units / 52.0)) FROM inventory i "
          "JOIN product_sales p ON p.id = i.product_id CROSS JOIN parameters a "
          "WHERE p.active AND p.units >= 12 AND p.created_at::DATE <= a.as_of - 365",
          "median current stock in weeks of the last year's sales (active products a year old "
          "or more, selling 12+ units)")
    f.add("reorder_list_share",
          "SELECT avg(CASE WHEN current_stock <= reorder_point THEN 1 ELSE 0 END) "
          "FROM inventory",
          "share of products at or below their reorder point")


def name_figures(f: Figures) -> None:
    top = f.connection.execute(
        "SELECT surname, count(*) / sum(count(*)) OVER () AS share FROM "
        "(SELECT list_last(string_split(trim(name), ' ')) AS surname FROM customers "
        "WHERE len(string_split(trim(name), ' ')) = 2) "
        "GROUP BY surname ORDER BY share DESC, surname LIMIT 1").fetchone()
    f.add("top_surname_share", top[1] if top else None,
          "share of people (two-word customer names) with the most common surname"
          + (f" ({top[0]})" if top else ""))
    f.add("smith_share",
          "SELECT avg(CASE WHEN list_last(string_split(trim(name), ' ')) = 'Smith' "
          "THEN 1 ELSE 0 END) FROM customers WHERE len(string_split(trim(name), ' ')) = 2",
          "share of people (two-word customer names) surnamed Smith (about 0.8% of Americans)")
    f.add("distinct_surnames",
          "SELECT count(DISTINCT list_last(string_split(trim(name), ' '))) FROM customers",
          "distinct customer surnames")
    f.add("email_ends_with_row_index_share",
          "SELECT avg(CASE WHEN regexp_extract(split_part(email, '@', 1), '(\\d+)$', 1) "
          "= row_index::VARCHAR THEN 1 ELSE 0 END) FROM customer_sales",
          "share of customers whose email local part ends with their row index")


# Given names that peaked with the babies of 1975-1995 (millennials) and before 1940 (the
# silent and greatest generations), in the Social Security baby-name files.
MILLENNIAL_NAMES = ("Jennifer", "Jessica", "Ashley", "Amanda", "Sarah", "Brittany", "Christopher",
                    "Joshua", "Matthew", "Justin", "Tyler", "Brandon")
SILENT_NAMES = ("Dorothy", "Mildred", "Betty", "Doris", "Gladys", "Shirley", "Harold", "Walter",
                "Ralph", "Howard", "Clarence", "Eugene")
# The words that end a business's name as its legal form or kind of firm ("& Sons" is one).
FORM_WORDS = {"llc", "l.l.c.", "inc", "inc.", "incorporated", "corp", "corp.", "corporation",
              "co", "co.", "company", "ltd", "ltd.", "limited", "group", "partners", "& sons",
              "lp", "llp", "pllc", "pc", "p.c."}
STREET_SUFFIXES_TOP5 = ("street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln")


def name_words(name: str) -> list[str]:
    """A name's words in lower case, with "& Sons" as one word and "&" otherwise dropped."""
    words = name.lower().replace("& sons", "&_sons").split()
    return [w.replace("&_sons", "& sons") for w in words if w != "&"]


def has_column(connection, table: str, column: str) -> bool:
    return bool(connection.execute(
        "SELECT count(*) FROM information_schema.columns WHERE table_name = $1 "
        "AND column_name = $2", [table, column]).fetchone()[0])


def customer_detail_figures(f: Figures) -> None:
    """Names, phones and addresses as a drill-down into customers shows them. A customer is a
    business by its segment column; in an archive without one (data version 2 and older), by a
    name of more than two words (people's names are a given name and a surname)."""
    connection = f.connection
    segment = ("segment" if has_column(connection, "customers", "segment")
               else "CASE WHEN len(string_split(trim(name), ' ')) > 2 THEN 'business' "
               "ELSE 'household' END")
    connection.execute(f"CREATE TABLE customer_segment AS SELECT id, name, phone, "
                       f"{segment} AS segment FROM customers")
    f.add("business_segment_share",
          "SELECT avg(CASE WHEN segment = 'business' THEN 1 ELSE 0 END) FROM customer_segment",
          "share of customers that are businesses (segment business)")
    names = connection.execute(
        "SELECT name, segment FROM customer_segment ORDER BY name").fetchall()
    business = [name for name, kind in names if kind == "business"]
    doubled = sum(1 for name, _ in names
                  if any(a == b for a, b in zip(name_words(name), name_words(name)[1:]))
                  or len(set(name_words(name))) < len(name_words(name)))
    f.add("doubled_word_name_count", doubled,
          "customer names with a word twice (\"Kwan Brewing Company Company\", \"James James\")")
    stacked = sum(1 for name in business
                  if len(name_words(name)) >= 2 and name_words(name)[-1] in FORM_WORDS
                  and name_words(name)[-2] in FORM_WORDS)
    f.add("stacked_suffix_count", stacked,
          "business names that end in two legal forms or firm words (\"Medical Group Ltd.\")")

    def form_share(forms) -> float | None:
        if not business:
            return None
        return sum(1 for name in business if name_words(name)[-1] in forms) / len(business)

    f.add("legal_form_share_llc_inc", form_share({"llc", "inc."}),
          "share of business names that end in LLC or Inc. (most US firms)")
    f.add("legal_form_share_ltd", form_share({"ltd."}),
          "share of business names that end in Ltd. (rare in the US)")
    f.add("legal_form_share_and_sons", form_share({"& sons"}),
          "share of business names that end in & Sons (rare)")
    f.add("first_equals_last_count",
          "SELECT count(*) FROM customer_segment WHERE segment = 'household' "
          "AND len(string_split(trim(name), ' ')) = 2 "
          "AND string_split(trim(name), ' ')[1] = string_split(trim(name), ' ')[2]",
          "households whose given name is their surname (\"James James\")")
    f.add("first_name_millennial_to_silent_ratio",
          "SELECT count(*) FILTER (WHERE first IN (SELECT unnest($1))) "
          "/ nullif(count(*) FILTER (WHERE first IN (SELECT unnest($2))), 0) "
          "FROM (SELECT string_split(trim(name), ' ')[1] AS first FROM customer_segment "
          "WHERE segment = 'household')",
          "households with a given name of the 1975-1995 babies / of the babies before 1940 "
          "(about 8 among US adults aged 18-85 in 2026)",
          [list(MILLENNIAL_NAMES), list(SILENT_NAMES)])
    f.add("shared_phone_share",
          "SELECT avg(CASE WHEN n > 1 THEN 1 ELSE 0 END) FROM (SELECT count(*) OVER "
          "(PARTITION BY phone) AS n FROM customer_segment)",
          "share of customers whose phone number another customer has too")
    f.add("street_suffix_share_top5",
          "SELECT avg(CASE WHEN lower(list_last(string_split(trim(street), ' '))) "
          "IN (SELECT unnest($1)) THEN 1 ELSE 0 END) FROM customer_addresses",
          "share of addresses on a Street, Avenue, Road, Drive or Lane (about 3 in 4 in the US)",
          [list(STREET_SUFFIXES_TOP5)])
    f.add("street_suffix_share_pike_row_square",
          "SELECT avg(CASE WHEN list_last(string_split(trim(street), ' ')) "
          "IN ('Pike', 'Row', 'Square') THEN 1 ELSE 0 END) FROM customer_addresses",
          "share of addresses on a Pike, Row or Square (rare)")
    f.add("household_floor_or_room_count",
          "SELECT count(*) FROM customer_addresses a JOIN customer_segment c "
          "ON c.id = a.customer_id WHERE c.segment = 'household' "
          "AND (a.street2 LIKE 'Floor %' OR a.street2 LIKE 'Room %')",
          "household addresses on a floor or in a room (\"Floor 872\")")
    f.add("household_street2_share",
          "SELECT avg(CASE WHEN a.street2 IS NOT NULL THEN 1 ELSE 0 END) "
          "FROM customer_addresses a JOIN customer_segment c ON c.id = a.customer_id "
          "WHERE c.segment = 'household'",
          "share of household addresses with a second line (apartments and units)")
    f.add("street2_number_over_999_count",
          "SELECT count(*) FROM customer_addresses "
          "WHERE TRY_CAST(regexp_extract(street2, '(\\d+)', 1) AS INTEGER) > 999",
          "second address lines with a unit, suite or floor number over 999")
    f.add("chicago_share_of_illinois",
          "SELECT count(*) FILTER (WHERE city = 'Chicago') / nullif(count(*), 0) "
          "FROM billing WHERE state = 'IL'",
          "share of customers billed in Illinois who are billed in Chicago (21% of its people)")
    f.add("houston_chicago_boston_customers",
          "SELECT count(*) FILTER (WHERE state = 'TX' AND city = 'Houston') || '/' || "
          "count(*) FILTER (WHERE state = 'IL' AND city = 'Chicago') || '/' || "
          "count(*) FILTER (WHERE state = 'MA' AND city = 'Boston') FROM billing",
          "customers billed in Houston/Chicago/Boston (2.3/2.7/0.7 million people)")


def compute(connection, as_of: datetime.date) -> list:
    prepare(connection, as_of)
    figures = Figures(connection)
    product_figures(figures)
    economics_figures(figures)
    popularity_figures(figures)
    contradiction_figures(figures)
    customer_figures(figures)
    order_figures(figures)
    geography_figures(figures)
    time_figures(figures)
    history_figures(figures)
    payment_and_tax_figures(figures)
    inventory_figures(figures)
    name_figures(figures)
    customer_detail_figures(figures)
    return figures.rows


def shop_summary(connection) -> dict:
    """What tells one shop from another: its product names, average order value, the share
    of its products and of its revenue in each category, and its top-20% revenue share."""
    names = {row[0] for row in connection.execute("SELECT name FROM products").fetchall()}
    aov = connection.execute(
        f"SELECT avg(total) FROM invoices WHERE {BILLED}").fetchone()[0]
    products = dict(connection.execute(
        "SELECT category, count(*) / sum(count(*)) OVER () FROM product_sales "
        "GROUP BY category").fetchall())
    revenue = dict(connection.execute(
        "SELECT category, sum(revenue) / sum(sum(revenue)) OVER () FROM product_sales "
        "GROUP BY category").fetchall())
    top = connection.execute(
        "WITH ranked AS (SELECT revenue, row_number() OVER (ORDER BY revenue DESC) AS position, "
        "count(*) OVER () AS products FROM product_sales) "
        "SELECT sum(revenue) FILTER (WHERE position <= ceil(products / 5.0)) "
        "/ nullif(sum(revenue), 0) FROM ranked").fetchone()[0]
    return {"names": names, "aov": aov, "products": products, "revenue": revenue, "top": top}


def mix_distance(one: dict, other: dict) -> float:
    """Half the sum of the absolute differences of two mixes (0 the same, 1 disjoint)."""
    keys = set(one) | set(other)
    return sum(abs(float(one.get(k) or 0) - float(other.get(k) or 0)) for k in keys) / 2


def comparison_figures(one: dict, other: dict) -> list:
    """Figures of two archives (two seeds) side by side: how far apart the two shops are."""
    rows = []

    def add(key, value, meaning):
        rows.append((key, clean(value), meaning))

    add("seeds_product_name_overlap_share",
        len(one["names"] & other["names"]) / len(one["names"]) if one["names"] else None,
        "share of this archive's product names that the other archive also has")
    aov, other_aov = one["aov"], other["aov"]
    add("seeds_aov_relative_difference",
        abs(float(aov) - float(other_aov)) / ((float(aov) + float(other_aov)) / 2)
        if aov and other_aov else None,
        "difference of the two average billed invoice totals / their mean")
    add("seeds_category_product_mix_distance", mix_distance(one["products"], other["products"]),
        "half the sum of the differences of the categories' shares of products")
    add("seeds_category_revenue_mix_distance", mix_distance(one["revenue"], other["revenue"]),
        "half the sum of the differences of the categories' shares of revenue")
    add("seeds_top20pct_revenue_share_difference",
        abs(float(one["top"]) - float(other["top"]))
        if one["top"] is not None and other["top"] is not None else None,
        "difference of the two top-20%-of-products revenue shares")
    return rows


def connect(archive: demodata_archive.Archive, vocabulary, as_of: datetime.date):
    """An in-memory DuckDB with the archive's tables and the reference tables loaded."""
    connection = duckdb.connect()
    connection.execute("SET enable_progress_bar = false")
    try:
        connection.execute("SET TimeZone = 'UTC'")
    except duckdb.Error:
        pass  # without ICU there are no time zones to convert, which is fine
    load_tables(connection, archive)
    create_reference_tables(connection, vocabulary)
    return connection


# ---------------------------------------------------------------------------------------------
# Output


def formatted(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, float):
        if value != 0 and abs(value) < 0.001:
            return f"{value:.2e}"
        if value == round(value, 4):
            return f"{value:,}"  # already rounded, as the report queries' percentages are
        return f"{value:,.4f}" if abs(value) < 100 else f"{value:,.2f}"
    if isinstance(value, (int, decimal.Decimal)):
        return f"{value:,}"
    return str(value)


def text_table(headers, rows) -> str:
    cells = [[formatted(cell) if not isinstance(cell, str) else cell for cell in row]
             for row in rows]
    widths = [max([len(header)] + [len(row[i]) for row in cells])
              for i, header in enumerate(headers)]
    numeric = [bool(rows) and all(isinstance(row[i], (int, float, decimal.Decimal))
                                  or row[i] is None for row in rows)
               for i in range(len(headers))]

    def line(values):
        return "  ".join((value.rjust(width) if numeric[i] else value.ljust(width))
                         for i, (value, width) in enumerate(zip(values, widths))).rstrip()

    out = [line(headers), line(["-" * width for width in widths])]
    out += [line(row) for row in cells]
    return "\n".join(out)


def run_report(connection, sql_path: Path) -> str:
    """Runs each `-- report: Title` section of the SQL file and renders it as a text table."""
    try:
        text = sql_path.read_text(encoding="utf-8")
    except OSError as error:
        raise Failure(f"cannot read {sql_path}: {error}")
    sections = re.split(r"^-- report:\s*(.*)$", text, flags=re.MULTILINE)
    out = []
    for title, body in zip(sections[1::2], sections[2::2]):
        try:
            cursor = connection.execute(body)
            rows = cursor.fetchall()
        except duckdb.Error as error:
            raise Failure(f"{sql_path}: the report '{title}' failed: {error}")
        headers = [column[0] for column in cursor.description]
        out.append(f"== {title}\n{text_table(headers, rows)}")
    return "\n\n".join(out) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog=PROGRAM, description="Realism figures of a demodata archive.")
    parser.add_argument("archive", type=Path, help="archive directory (with manifest.json)")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object from figure key to value")
    parser.add_argument("--as-of", help="YYYY-MM-DD (default: the manifest's as_of)")
    parser.add_argument("--report", action="store_true",
                        help="run the queries of report_queries.sql instead of the figures")
    parser.add_argument("--compare", type=Path, metavar="OTHER_ARCHIVE",
                        help="also print how far this archive's shop is from OTHER_ARCHIVE's "
                             "(another seed): the seeds_* figures")
    parser.add_argument("--vocabulary", type=Path, default=demodata_archive.VOCABULARY,
                        help="the vocabulary JSON file with the reference data "
                             "(default: vocabulary.json beside this script)")
    arguments = parser.parse_args(argv)
    try:
        archive = read_archive(arguments.archive)
        try:
            vocabulary = demodata_archive.read_vocabulary(arguments.vocabulary)
        except demodata_archive.ArchiveError as error:
            raise Failure(str(error))
        as_of_text = arguments.as_of or archive.as_of
        if not as_of_text:
            raise Failure("manifest.json has no as_of; give --as-of YYYY-MM-DD")
        try:
            as_of = datetime.date.fromisoformat(as_of_text)
        except ValueError:
            raise Failure(f"as-of {as_of_text!r} is not a date of the form YYYY-MM-DD")
        connection = connect(archive, vocabulary, as_of)
        if arguments.report:
            connection.execute("CREATE TABLE report_parameters AS SELECT $1::DATE AS as_of",
                               [as_of])
            sys.stdout.write(run_report(connection, REPORT_SQL))
            return 0
        rows = compute(connection, as_of)
        if arguments.compare:
            other_archive = read_archive(arguments.compare)
            other_as_of = datetime.date.fromisoformat(other_archive.as_of or as_of_text)
            other = connect(other_archive, vocabulary, other_as_of)
            prepare(other, other_as_of)
            rows += comparison_figures(shop_summary(connection), shop_summary(other))
    except Failure as failure:
        print(f"{PROGRAM}: {failure}", file=sys.stderr)
        return 1
    except duckdb.Error as error:
        print(f"{PROGRAM}: DuckDB failed on {arguments.archive}: {error}", file=sys.stderr)
        return 1
    if arguments.json:
        print(json.dumps({key: value for key, value, _ in rows}, indent=2))
    else:
        print(text_table(["figure", "value", "meaning"],
                         [[key, value, meaning] for key, value, meaning in rows]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
