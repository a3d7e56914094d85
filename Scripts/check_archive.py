#!/usr/bin/env python3
"""An independent checker for demodata archives (Python 3 standard library only).

It reads an archive directory the way a stranger would, from the contract in the product
specification rather than from the Swift code, so that end-to-end tests have a second reader:

    python3 Scripts/check_archive.py DIR [--expect-volume V] [--expect-scale N]
    python3 Scripts/check_archive.py --self-test
    python3 Scripts/check_archive.py --write-sample DIR [--sample-volume V] [--sample-scale N]
                                     [--sample-format ndjson|csv]

What it checks:
  1. manifest.json: its keys and their types, every table of the documented schema in load
     order (or, in a subset archive, the tables its table_subset names, in load order and with
     the parents of each), each table's file name, row and byte counts, checksums and column
     list (the documented schema, foreign keys included).
  2. SHA256SUMS: one `<hex>  <name>` line for every table file, datapackage.json (when there)
     and manifest.json, all correct.
  3. Every file: size, sha256, clean (possibly multi-member) gzip, uncompressed size and sha256.
  4. Every row: NDJSON objects with exactly the columns in order, or RFC 4180 CSV with a header
     (in shard 0) where null is an empty unquoted field; the value of every column has its
     type's exact text form (uuid, integer, boolean, decimal(p,s), date, timestamp).
  5. Row counts of the volume (unsharded archives) and children per parent (always).
  6. Unique keys and every foreign key (in a shard, references to rows of other shards are
     checked only where the referenced row is in this shard; the checker says so).
  7. The business rules (data version 2): tiers, categories, credit limits, addresses (a known
     city of the state and one of its street-delivery ZIP codes), costs as the price divided by
     a markup, inventory, invoice dates, statuses, sums, tax (none for customers whose notes
     say Tax-exempt) and line discounts, line items sold after their product was created and
     before an inactive one went inactive, in integer cents, never floats.
  8. Realism: no "lorem", and skewed product popularity and invoices per customer.

Output: one `FAIL <file>:<line>: <message>` line per finding (line 0 = the whole file; at most
50 are printed, then how many there were), `NOTE ...` lines for checks that could not apply,
and finally `OK: <n> tables, <rows> rows checked` with exit status 0, or exit status 1.

The state table (USPS code, sales tax in hundredths of a percent) and the cities with their
street-delivery ZIP codes are read from vocabulary.json next to this script (or --vocabulary
FILE), which the Swift test suite keeps equal to the generator's vocabulary: they are data, not
logic.

--self-test builds small synthetic archives in a temporary directory (valid ones in every
format, then tampered ones with recomputed checksums) and asserts what the checker says.
--write-sample writes such a synthetic archive, which is handy for measuring speed.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import gzip
import hashlib
import io
import json
import math
import random
import re
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

# --------------------------------------------------------------------------------------------
# The contract, transcribed from the specification
# --------------------------------------------------------------------------------------------

MONEY, PERCENT = "decimal(12,2)", "decimal(5,2)"

# The documented schema: every table in load order, each column as name:type, with a trailing
# "?" for a nullable column and ">table" for a foreign key to that table's id. This is the
# oracle's own list of tables, on purpose the one place it is written: the manifest's tables
# and columns are checked against it (a manifest that drops, adds or reorders a table fails),
# so it is not read from the archive or from `demodata schema`, the output it checks. The load
# order and the parents of each table follow from it; the rest of this script takes the tables
# an archive holds from its manifest.
SCHEMA_TEXT = {
    "customer_types": f"""id:uuid name:string description:string
        credit_limit_multiplier:{PERCENT} discount_percentage:{PERCENT} priority_level:integer
        active:boolean created_at:timestamp""",
    "product_categories": """id:uuid name:string description:string sort_order:integer
        active:boolean created_at:timestamp""",
    "customers": f"""id:uuid customer_type_id:uuid>customer_types segment:string name:string
        email:string phone:string status:string credit_limit:{MONEY} notes:string? created_at:timestamp
        updated_at:timestamp""",
    "customer_addresses": """id:uuid customer_id:uuid>customers address_type:string street:string
        street2:string? city:string state:string postal_code:string country:string
        primary:boolean active:boolean created_at:timestamp""",
    "products": f"""id:uuid category_id:uuid>product_categories name:string sku:string description:string
        price:{MONEY} cost:{MONEY} weight:decimal(8,2) active:boolean created_at:timestamp
        updated_at:timestamp""",
    "inventory": """id:uuid product_id:uuid>products current_stock:integer reserved_stock:integer
        reorder_point:integer reorder_quantity:integer location:string
        last_received_date:date last_received_quantity:integer created_at:timestamp
        updated_at:timestamp""",
    "invoices": f"""id:uuid customer_id:uuid>customers shipping_address_id:uuid>customer_addresses
        invoice_number:string date:date due_date:date
        status:string subtotal:{MONEY} tax_rate:decimal(6,3) tax_amount:{MONEY} total:{MONEY}
        payment_terms:string paid_at:timestamp? payment_method:string? notes:string? created_at:timestamp updated_at:timestamp""",
    "invoice_line_items": f"""id:uuid invoice_id:uuid>invoices product_id:uuid>products description:string?
        quantity:decimal(10,2) unit_price:{MONEY} discount_percentage:{PERCENT}
        discount_amount:{MONEY} line_total:{MONEY} tax_amount:{MONEY} created_at:timestamp""",
}


def parse_schema(text):
    """[(name, type, nullable, parent table or None)] of a SCHEMA_TEXT entry."""
    columns = []
    for item in text.split():
        name, ctype = item.split(":")
        ctype, _, parent = ctype.partition(">")
        nullable = ctype.endswith("?")
        columns.append((name, ctype.rstrip("?"), nullable, parent or None))
    return columns


SCHEMA = {table: parse_schema(text) for table, text in SCHEMA_TEXT.items()}
LOAD_ORDER = list(SCHEMA)
# table: the tables its foreign keys reference. A subset archive (generate --tables) holds the
# parents of each of its tables.
PARENTS = {table: list(dict.fromkeys(c[3] for c in columns if c[3]))
           for table, columns in SCHEMA.items()}

# volume: (customers, products, invoices, addresses per customer, line items per invoice)
VOLUMES = {
    "small": (25, 100, 75, (1, 2), (1, 5)),
    "medium": (100, 500, 300, (1, 3), (2, 8)),
    "large": (1000, 2000, 5000, (1, 4), (1, 12)),
    "huge": (10000, 20000, 50000, (1, 4), (1, 12)),
}

# tier name: (credit multiplier, discount) in hundredths
TIERS = {"Bronze": (100, 0), "Silver": (150, 500), "Gold": (200, 1000), "Platinum": (300, 1500)}
CATEGORIES = ["Electronics", "Clothing", "Home & Garden", "Books", "Sports"]
CUSTOMER_STATUSES = {"active", "inactive", "suspended"}
CUSTOMER_SEGMENTS = {"household", "business"}
ADDRESS_TYPES = {"billing", "shipping", "mailing"}
LOCATIONS = {"Main Warehouse", "East Coast", "West Coast", "Central"}
INVOICE_STATUSES = {"draft", "sent", "paid", "overdue", "cancelled"}
PAYMENT_METHODS = {"card", "ACH", "check", "wire transfer", "PayPal"}
PAYMENT_TERMS = {"Net 15": 15, "Net 30": 30, "Net 45": 45, "Due on Receipt": 0}
EMAIL_RE = re.compile(r"[^@\s]+@example\.(?:com|net|org)", re.ASCII)
# A credit limit is a base in this range of dollars, in steps of 100, times the tier's multiplier.
CREDIT_BASE_DOLLARS = (2_500, 300_000)
# A cost is the price divided by a markup in this range of hundredths, rounded half up to cents.
MARKUPS = (120, 220)
# A customer whose notes contain this text (case-sensitive, anywhere) pays no sales tax.
TAX_EXEMPT = "Tax-exempt"
HEX64_RE = re.compile(r"[0-9a-f]{64}", re.ASCII)

# The tables that are not split between shards: whole in shard 0, empty in the others (the
# sharding contract, not derivable from the schema, so the oracle's own).
FOUNDATION = {"customer_types", "product_categories"}

MAX_PRINTED = 50
MAX_PRINTED_PER_KIND = 10

# --------------------------------------------------------------------------------------------
# Findings
# --------------------------------------------------------------------------------------------


class Findings:
    """Collects failures; prints the first ones (a few of each kind) as they come."""

    def __init__(self, echo=True):
        self.echo = echo
        self.count = 0
        self.printed = 0
        self.per_kind = Counter()
        self.messages = []  # every finding, for the self-test
        self.notes = []

    def fail(self, file, line, message):
        self.count += 1
        text = f"FAIL {file}:{line}: {message}"
        self.messages.append(text)
        kind = (file, message.split(":", 1)[0])
        self.per_kind[kind] += 1
        if self.echo and self.printed < MAX_PRINTED and self.per_kind[kind] <= MAX_PRINTED_PER_KIND:
            self.printed += 1
            print(text)

    def note(self, message):
        self.notes.append(message)
        if self.echo:
            print(f"NOTE {message}")

    def summary(self):
        if self.echo and self.count > self.printed:
            print(f"... {self.count - self.printed} more findings not shown")
        if self.echo:
            print(f"FAIL: {self.count} findings")


# --------------------------------------------------------------------------------------------
# Values: one converter per column type; each returns the value for the rules or raises Bad
# --------------------------------------------------------------------------------------------


class Bad(Exception):
    pass


UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
INT_RE = re.compile(r"-?(?:0|[1-9][0-9]*)", re.ASCII)
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
TIMESTAMP_RE = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{6}Z", re.ASCII)
DECIMAL_TYPE_RE = re.compile(r"decimal\((\d+),(\d+)\)")

_date_ordinals = {}


def first_invoice_day(as_of_ordinal):
    """The ordinal of January 1, three years before the as-of year: invoices begin there."""
    year = datetime.date.fromordinal(as_of_ordinal).year - 3
    return datetime.date(max(1, year), 1, 1).toordinal()


def date_ordinal(text):
    """The proleptic ordinal of a YYYY-MM-DD date; raises Bad when it is not a real date."""
    ordinal = _date_ordinals.get(text)
    if ordinal is None:
        if not DATE_RE.fullmatch(text):
            raise Bad("not a YYYY-MM-DD date")
        try:
            ordinal = datetime.date.fromisoformat(text).toordinal()
        except ValueError:
            raise Bad("not a valid calendar date") from None
        _date_ordinals[text] = ordinal
    return ordinal


def make_converter(ctype, fmt):
    """A function from the decoded field (JSON value or CSV text) to the value the rules use:
    str for uuid/string/date/timestamp, int for integer, bool, and int units for decimals."""
    json_mode = fmt == "ndjson"

    if ctype == "uuid":
        def conv(v):
            if type(v) is str and UUID_RE.fullmatch(v):
                return v
            raise Bad("not a lowercase canonical UUID")
    elif ctype == "string":
        def conv(v):
            if type(v) is str:
                return v
            raise Bad("not a string")
    elif ctype == "integer":
        if json_mode:
            def conv(v):
                if type(v) is int:
                    return v
                raise Bad("not a JSON integer")
        else:
            def conv(v):
                if INT_RE.fullmatch(v):
                    return int(v)
                raise Bad("not an integer")
    elif ctype == "boolean":
        if json_mode:
            def conv(v):
                if v is True or v is False:
                    return v
                raise Bad("not a JSON boolean")
        else:
            def conv(v):
                if v == "true":
                    return True
                if v == "false":
                    return False
                raise Bad("not true/false")
    elif ctype.startswith("decimal"):
        precision, scale = map(int, DECIMAL_TYPE_RE.fullmatch(ctype).groups())
        pattern = re.compile(r"-?(?:0|[1-9][0-9]{0,%d})\.[0-9]{%d}" % (max(precision - scale - 1, 0), scale),
                             re.ASCII)
        what = f"not a decimal string with {scale} fraction digits and at most {precision} digits"

        def conv(v):
            if type(v) is str and pattern.fullmatch(v):
                return int(v.replace(".", ""))
            raise Bad(what)
    elif ctype == "date":
        def conv(v):
            if type(v) is not str:
                raise Bad("not a date string")
            date_ordinal(v)
            return v
    elif ctype == "timestamp":
        def conv(v):
            match = TIMESTAMP_RE.fullmatch(v) if type(v) is str else None
            if not match:
                raise Bad("not a YYYY-MM-DDTHH:MM:SS.ffffffZ timestamp")
            date_ordinal(match.group(1))
            return v
    else:
        raise ValueError(f"unknown column type {ctype}")
    return conv


def cents(text):
    """Integer hundredths of a 2-decimal text such as '12.50' (for the synthetic archives)."""
    return int(text.replace(".", ""))


def money(units, scale=2):
    """The text of a decimal with `scale` fraction digits from its integer units."""
    sign = "-" if units < 0 else ""
    units = abs(units)
    if scale == 0:
        return f"{sign}{units}"
    return f"{sign}{units // 10 ** scale}.{units % 10 ** scale:0{scale}d}"


# --------------------------------------------------------------------------------------------
# Vocabulary: US states (sales tax) and cities (street-delivery ZIP codes), from
# Scripts/vocabulary.json, which a Swift test keeps equal to the library's vocabulary
# --------------------------------------------------------------------------------------------


class StateTax:
    """A state's sales tax: its rate over time, how it taxes clothing, and the local rates of
    its large cities ({city name: (local rates over time, whether clothing is exempt locally
    too)}). Rates are [(first day as a date ordinal, thousandths of a percent)], oldest first."""
    __slots__ = ("rates", "clothing", "places")

    def __init__(self, rates, clothing):
        self.rates = rates
        self.clothing = clothing
        self.places = {}


def tax_changes(entries):
    """[(ordinal, thousandths)] of a vocabulary rate list; the first has no day."""
    changes = []
    for entry in entries:
        day = entry["from"]
        ordinal = datetime.date.fromisoformat(day).toordinal() if day else -(1 << 62)
        changes.append((ordinal, int(entry["thousandths"])))
    if not changes or changes[0][0] != -(1 << 62):
        raise ValueError("a rate list must start with a rate without a day")
    return changes


def rate_on(changes, day):
    rate = changes[0][1]
    for first, thousandths in changes:
        if first <= day:
            rate = thousandths
    return rate


def place_rates(state_tax, city, day):
    """(state rate, local rate, whether clothing is exempt locally too) of `city` of a state
    on a day, in thousandths of a percent; a city without a rate of its own has none locally."""
    local, exempts_locally = state_tax.places.get(city, ([(-(1 << 62), 0)], False))
    return rate_on(state_tax.rates, day), rate_on(local, day), exempts_locally


def line_tax(state_tax, city, day, is_clothing, price, quantity, line_total):
    """The sales tax of a line shipped to `city` of a state on a day: the line total less the
    exempt part of each unit, at the rate of the unit (the state's and the city's local rate;
    clothing as the state exempts it), in cents rounded half up."""
    state_rate, local_rate, exempts_locally = place_rates(state_tax, city, day)
    rate, taxable = state_rate + local_rate, price
    if is_clothing:
        rule = state_tax.clothing
        if rule["rule"] == "exempt":
            rate = taxable = 0
        elif rule["rule"] == "exempt_below" and price < rule["cents"]:
            rate = 0 if exempts_locally else local_rate
            taxable = price if rate else 0
        elif rule["rule"] == "exempt_up_to":
            if price > rule["cents"]:
                taxable = price - rule["cents"]
            else:
                rate = taxable = 0
    amount = max(0, line_total - (price - taxable) * quantity)
    return (amount * rate + 50_000) // 100_000


def load_vocabulary(path, findings):
    """({code: StateTax}, {(city, state): {five-digit ZIP text}}) from the vocabulary JSON
    file, where each city lists its ZIP codes as integers."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        states = {state["code"]: StateTax(tax_changes(state["rates"]), state["clothing"])
                  for state in document["sales_tax"]["states"]}
        for place in document["sales_tax"]["places"]:
            for place_name in place["names"]:
                states[place["state"]].places[place_name] = (
                    tax_changes(place["local_rates"]), bool(place["exempts_clothing_locally"]))
        cities = {}
        for city in document["cities"]:
            zips = cities.setdefault((city["name"], city["state"]), set())
            for code in city["zips"]:
                if type(code) is not int or not 0 <= code <= 99999:
                    raise ValueError(f"{city['name']}, {city['state']} has the ZIP code {code!r}")
                zips.add(f"{code:05d}")
    except (OSError, ValueError, KeyError, TypeError) as error:
        reason = f"no key {error}" if isinstance(error, KeyError) else str(error)
        findings.fail(str(path), 0, f"vocabulary: cannot read {path}: {reason} (the Swift tests "
                                    "rewrite it with DEMODATA_WRITE_VOCABULARY=1 swift test "
                                    "--filter VocabularyExportTests)")
        return {}, {}
    if len(states) < 50 or not cities or not all(cities.values()):
        findings.fail(str(path), 0, f"vocabulary: only {len(states)} states and {len(cities)} cities "
                                    f"(some without ZIP codes) in {path}")
        return {}, {}
    return states, cities


def default_vocabulary_file():
    return Path(__file__).resolve().parent / "vocabulary.json"


# --------------------------------------------------------------------------------------------
# The archive and its files
# --------------------------------------------------------------------------------------------


def file_sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


class Context:
    """What the checks of one archive share: the manifest, the vocabulary and per-table facts."""

    def __init__(self, directory, findings, states, cities):
        self.dir = Path(directory)
        self.f = findings
        self.states = states
        self.cities = cities
        self.manifest = None
        self.format = None
        self.compression = None
        self.as_of = None
        self.as_of_ordinal = None
        self.shard = None
        self.complete = True  # unsharded (or a shard count of 1): every row is here
        self.volume = None
        self.rows = {}  # table -> rows read
        self.loaded = set()  # tables whose rows were all read and checked
        self.unreadable = set()  # tables whose reading stopped on an error
        self.unchecked = {table: set() for table in SCHEMA}  # ids of rows with bad values
        # facts the child tables need
        self.types = {}  # id -> [multiplier, discount] (hundredths)
        self.categories = set()
        self.clothing_category = None
        self.addresses = {}  # id -> (customer id, city, state, type)
        self.customers = {}  # id -> Customer
        self.products = {}  # id -> Product
        self.invoices = {}  # id -> Invoice
        self.product_popularity = Counter()  # product id -> line items
        self.customer_invoices = Counter()  # customer id -> invoices


    def reference_missing(self, table, key, facts, across_shards=False):
        """Whether a reference to `key` in `table` is broken. Parents that could not be read,
        and rows already reported for bad values, are not reported again; in a shard, a
        reference that may point into another shard is checked only against a whole table."""
        if table not in self.loaded or key in facts or key in self.unchecked[table]:
            return False
        if across_shards and not self.complete:
            # foundation tables are whole in shard 0 and absent from the others
            return table in FOUNDATION and self.rows.get(table, 0) > 0
        return True


class Customer:
    __slots__ = ("discount", "created", "tax_exempt", "addresses", "primaries", "state", "line")

    def __init__(self, discount, created, tax_exempt, line):
        self.discount = discount
        self.created = created
        self.tax_exempt = tax_exempt
        self.addresses = 0
        self.primaries = 0
        self.state = None
        self.line = line


class Product:
    """What the line items need of a product: its price, whether it is clothing, and when it
    was on sale (timestamps compare as text, their format being fixed)."""
    __slots__ = ("price", "clothing", "created", "inactive_since", "stocked", "line")

    def __init__(self, price, clothing, created, inactive_since, line):
        self.price = price
        self.clothing = clothing
        self.created = created
        self.inactive_since = inactive_since  # updated_at of an inactive product, else None
        self.stocked = False
        self.line = line


class Invoice:
    __slots__ = ("discount", "subtotal", "line_sum", "lines", "line", "products", "tax",
                 "line_tax", "ship_to", "day", "tax_exempt")

    def __init__(self, discount, subtotal, line, tax=None, ship_to=None, day=0, tax_exempt=False):
        self.discount = discount
        self.subtotal = subtotal
        self.tax = tax  # the tax amount, when its lines' taxes can be checked against it
        self.line_tax = 0
        self.ship_to = ship_to  # (city, state) shipped to, when known
        self.day = day
        self.tax_exempt = tax_exempt
        self.line_sum = 0
        self.lines = 0
        self.line = line
        self.products = None


# ---- manifest and SHA256SUMS ----------------------------------------------------------------


def refuse_duplicate_keys(pairs):
    """An object hook for json.loads that refuses a key named twice in one object: readers
    disagree on which one counts (Python keeps the last, Foundation the first)."""
    keys = set()
    for key, _ in pairs:
        if key in keys:
            raise ValueError(f"the key {key!r} appears twice in one object")
        keys.add(key)
    return dict(pairs)


def check_manifest(ctx):
    f = ctx.f
    path = ctx.dir / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=refuse_duplicate_keys)
    except (OSError, ValueError) as error:
        f.fail("manifest.json", 0, f"manifest: cannot read: {error}")
        return False
    if not isinstance(manifest, dict):
        f.fail("manifest.json", 0, "manifest: not a JSON object")
        return False
    ctx.manifest = manifest

    def want(key, check, what):
        value = manifest.get(key, KeyError)
        if value is KeyError:
            f.fail("manifest.json", 0, f"manifest: key {key} is missing")
        elif not check(value):
            f.fail("manifest.json", 0, f"manifest: {key} = {value!r} is not {what}")
        else:
            return True
        return False

    is_int = lambda v: type(v) is int  # noqa: E731
    want("format_version", is_int, "an integer")
    want("generator", lambda v: isinstance(v, dict) and type(v.get("name")) is str
         and type(v.get("version")) is str, "{name, version} strings")
    want("data_version", is_int, "an integer")
    want("seed", lambda v: is_int(v) and v >= 0, "a non-negative integer")
    want("scale", lambda v: is_int(v) and 1 <= v <= 1_000_000, "an integer 1...1000000")
    want("level", lambda v: is_int(v) and 1 <= v <= 9, "an integer 1...9")
    if want("volume", lambda v: v in VOLUMES, "one of " + "/".join(VOLUMES)):
        ctx.volume = manifest["volume"]
    if want("as_of", lambda v: type(v) is str and DATE_RE.fullmatch(v) and valid_date(v), "a date"):
        ctx.as_of = manifest["as_of"]
        ctx.as_of_ordinal = date_ordinal(ctx.as_of)
    format_ok = want("format", lambda v: v in ("ndjson", "csv"), "ndjson or csv")
    compression_ok = want("compression", lambda v: v in ("gzip", "none"), "gzip or none")
    shard_ok = want("shard", lambda v: v is None or (
        isinstance(v, dict) and is_int(v.get("index")) and is_int(v.get("count"))
        and 0 <= v["index"] < v["count"]), "null or {index, count} with 0 <= index < count")
    tables_ok = want("tables", lambda v: isinstance(v, list), "an array")
    if not (format_ok and compression_ok and shard_ok and tables_ok and ctx.as_of):
        return False
    ctx.format = manifest["format"]
    ctx.compression = manifest["compression"]
    ctx.shard = manifest["shard"]
    ctx.complete = ctx.shard is None or ctx.shard["count"] == 1

    tables = manifest["tables"]
    names = [t.get("name") if isinstance(t, dict) else None for t in tables]
    subset = manifest.get("table_subset")
    expected = LOAD_ORDER
    if subset is not None:
        # A subset: distinct known tables in load order, fewer than all, with their parents.
        if not (isinstance(subset, list) and subset and set(subset) < set(LOAD_ORDER)
                and subset == [t for t in LOAD_ORDER if t in subset]):
            f.fail("manifest.json", 0, f"manifest: table_subset = {subset!r} is not a list of "
                                       f"some of {LOAD_ORDER} in that order")
            return False
        expected = subset
    if names != expected:
        f.fail("manifest.json", 0, f"manifest: tables are {names}, expected {expected} in that order")
        return False
    for name in names:
        for parent in PARENTS[name]:
            if parent not in names:
                f.fail("manifest.json", 0, f"manifest: {name} is listed without its parent "
                                           f"{parent}; a subset holds the parents of its tables")
                return False
    for entry in tables:
        name = entry["name"]
        expected_file = f"{name}.{ctx.format}" + (".gz" if ctx.compression == "gzip" else "")
        if entry.get("file") != expected_file:
            f.fail("manifest.json", 0, f"manifest: {name}.file = {entry.get('file')!r}, expected {expected_file}")
            entry["file"] = expected_file  # read the file the format says
        for key in ("rows", "bytes", "uncompressed_bytes"):
            if not (is_int(entry.get(key)) and entry[key] >= 0):
                f.fail("manifest.json", 0, f"manifest: {name}.{key} = {entry.get(key)!r} is not a count")
        for key in ("sha256", "content_sha256"):
            if not (type(entry.get(key)) is str and HEX64_RE.fullmatch(entry[key])):
                f.fail("manifest.json", 0, f"manifest: {name}.{key} = {entry.get(key)!r} is not a sha256")
        columns = entry.get("columns")
        got = None
        if isinstance(columns, list) and all(isinstance(c, dict) for c in columns):
            got = [(c.get("name"), c.get("type"), c.get("nullable"), references_of(c))
                   for c in columns]
        if got != SCHEMA[name]:
            f.fail("manifest.json", 0,
                   f"manifest: {name}.columns = {got!r} differ from the documented schema {SCHEMA[name]!r}")
            entry["_bad_columns"] = True
    return True


def references_of(column):
    """The table a manifest column's foreign key references (`references` {table, column:
    "id"}), None without one, or the odd value itself so that it differs from the schema."""
    references = column.get("references")
    if references is None:
        return None
    if isinstance(references, dict) and set(references) == {"table", "column"} \
            and references["column"] == "id" and isinstance(references["table"], str):
        return references["table"]
    return references


def valid_date(text):
    try:
        date_ordinal(text)
        return True
    except Bad:
        return False


def check_sha256sums(ctx):
    f = ctx.f
    expected = {entry["file"] for entry in ctx.manifest["tables"]} | {"manifest.json"}
    # The Frictionless descriptor of archives written since it exists: listed when present.
    if (ctx.dir / "datapackage.json").exists():
        expected.add("datapackage.json")
    try:
        text = (ctx.dir / "SHA256SUMS").read_text(encoding="utf-8")
    except (OSError, ValueError) as error:
        f.fail("SHA256SUMS", 0, f"SHA256SUMS: cannot read: {error}")
        return
    listed = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
        if not match:
            f.fail("SHA256SUMS", number, f"SHA256SUMS: not a `<sha256>  <file>` line: {line!r}")
            continue
        digest, name = match.groups()
        if name in listed:
            f.fail("SHA256SUMS", number, f"SHA256SUMS: {name} is listed twice")
        listed[name] = digest
        if name not in expected:
            f.fail("SHA256SUMS", number, f"SHA256SUMS: {name} is not a file of the archive")
            continue
        path = ctx.dir / name
        if not path.is_file():
            f.fail("SHA256SUMS", number, f"SHA256SUMS: {name} does not exist")
        elif file_sha256(path) != digest:
            f.fail("SHA256SUMS", number, f"SHA256SUMS: checksum of {name} does not match")
    for name in sorted(expected - listed.keys()):
        f.fail("SHA256SUMS", 0, f"SHA256SUMS: {name} is not listed")
    if not text.endswith("\n"):
        f.fail("SHA256SUMS", 0, "SHA256SUMS: does not end with a newline")
    extra = sorted(p.name for p in ctx.dir.iterdir() if p.name not in expected | {"SHA256SUMS"})
    for name in extra:
        f.fail(name, 0, "archive: unexpected file in the archive directory")


def check_file_bytes(ctx, entry):
    """Size, sha256, decompression and content checksums; True when the rows can be read."""
    f, name = ctx.f, entry["file"]
    path = ctx.dir / name
    if not path.is_file():
        f.fail(name, 0, "file: missing")
        return False
    size = path.stat().st_size
    if size != entry.get("bytes"):
        f.fail(name, 0, f"bytes: file has {size} bytes, manifest says {entry.get('bytes')}")
    if file_sha256(path) != entry.get("sha256"):
        f.fail(name, 0, "sha256: the file's sha256 differs from the manifest")
    content = hashlib.sha256()
    length = 0
    try:
        with (gzip.open(path, "rb") if ctx.compression == "gzip" else open(path, "rb")) as stream:
            while chunk := stream.read(1 << 20):
                content.update(chunk)
                length += len(chunk)
    except (OSError, EOFError, zlib.error) as error:
        f.fail(name, 0, f"gzip: does not decompress cleanly: {error}")
        return False
    if length != entry.get("uncompressed_bytes"):
        f.fail(name, 0, f"uncompressed_bytes: content has {length} bytes, manifest says "
                        f"{entry.get('uncompressed_bytes')}")
    if content.hexdigest() != entry.get("content_sha256"):
        f.fail(name, 0, "content_sha256: the uncompressed content's sha256 differs from the manifest")
    return True


# ---- rows -----------------------------------------------------------------------------------

CSV_FIELD_RE = re.compile(r'"((?:[^"]|"")*)"|([^,"\r\n]*)')


def csv_quoting(text):
    """[(quoted, value)] for a raw CSV record (without its line end), or None if malformed."""
    fields, pos, end = [], 0, len(text)
    while True:
        match = CSV_FIELD_RE.match(text, pos)
        quoted = match.group(1) is not None
        fields.append((quoted, match.group(1).replace('""', '"') if quoted else match.group(2)))
        pos = match.end()
        if pos == end:
            return fields
        if text[pos] != ",":
            return None
        pos += 1


def ndjson_records(ctx, name, stream, names):
    """(line, values) for each line, values in column order, or None when the line is bad."""
    f = ctx.f
    decoder = json.JSONDecoder(object_pairs_hook=tuple)
    decode = decoder.decode
    for number, line in enumerate(stream, 1):
        if not line.endswith("\n"):
            f.fail(name, number, "ndjson: the last line does not end with a newline")
        if "lorem" in line.lower():
            f.fail(name, number, "realism: a value contains 'lorem'")
        try:
            obj = decode(line)
        except ValueError as error:
            f.fail(name, number, f"ndjson: not valid JSON: {error}")
            yield number, None
            continue
        if type(obj) is not tuple:
            f.fail(name, number, "ndjson: the line is not a JSON object")
            yield number, None
            continue
        keys = [key for key, _ in obj]
        if keys != names:
            f.fail(name, number, f"ndjson: keys {keys} are not the manifest's columns in order")
            yield number, None
            continue
        yield number, [value for _, value in obj]


def csv_records(ctx, name, stream, names, header):
    """(line, values) for each record after the header; null is None, text otherwise."""
    f = ctx.f
    raw = []

    def lines():
        for piece in stream:
            raw.append(piece)
            yield piece

    reader = csv.reader(lines(), strict=True)
    width = len(names)
    next_line = 1
    expecting_header = header
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            f.fail(name, next_line, f"csv: not RFC 4180: {error}")
            return
        text = "".join(raw)
        raw.clear()
        number = next_line
        next_line += text.count("\n")
        if text.endswith("\r\n"):
            f.fail(name, number, "csv: the record ends with CRLF, expected \\n")
        elif not text.endswith("\n"):
            f.fail(name, number, "csv: the last record does not end with a newline")
        if expecting_header:
            expecting_header = False
            if record != names:
                f.fail(name, number, f"csv: header {record} is not the manifest's columns")
            continue
        if "lorem" in text.lower():
            f.fail(name, number, "realism: a value contains 'lorem'")
        if len(record) != width:
            f.fail(name, number, f"csv: {len(record)} fields, expected {width}")
            yield number, None
            continue
        if "" in record or '"' in text:
            fields = csv_quoting(text[:-1] if text.endswith("\n") else text)
            if fields is None or len(fields) != width:
                f.fail(name, number, "csv: a field is not quoted as RFC 4180 requires")
                yield number, None
                continue
            for index, (quoted, value) in enumerate(fields):
                if not quoted and value == "":
                    record[index] = None
                elif quoted and value and not any(c in value for c in ',"\r\n'):
                    f.fail(name, number, f"csv: {names[index]} is quoted though it need not be")
        yield number, record
    if expecting_header:
        f.fail(name, 1, "csv: the header row is missing")


def table_rows(ctx, entry):
    """Reads a table file and yields (line, values, ok): values converted by column type,
    ok when every value has its type. Checks the generic per-row rules on the way:
    nullability, types, dates on or before as-of, updated_at >= created_at, unique ids."""
    f, name, table = ctx.f, entry["file"], entry["name"]
    columns = SCHEMA[table]
    names = [c[0] for c in columns]
    specs = [(i, cname, make_converter(ctype, ctx.format), nullable)
             for i, (cname, ctype, nullable, _) in enumerate(columns)]
    # every date and timestamp is on or before as-of, except a due date (sent => due >= as-of)
    time_columns = [(i, cname) for i, (cname, ctype, _, _) in enumerate(columns)
                    if ctype in ("date", "timestamp") and cname != "due_date"]
    created = names.index("created_at") if "created_at" in names else None
    updated = names.index("updated_at") if "updated_at" in names else None
    as_of = ctx.as_of
    ids = set()
    rows = 0
    path = ctx.dir / name
    binary = gzip.open(path, "rb") if ctx.compression == "gzip" else open(path, "rb")
    try:
        with io.TextIOWrapper(binary, encoding="utf-8", newline="" if ctx.format == "csv" else "\n") as stream:
            if ctx.format == "ndjson":
                records = ndjson_records(ctx, name, stream, names)
            else:
                header = ctx.shard is None or ctx.shard["index"] == 0
                records = csv_records(ctx, name, stream, names, header)
            for number, values in records:
                rows += 1
                if values is None:
                    yield number, None, False
                    continue
                ok = True
                for i, cname, conv, nullable in specs:
                    value = values[i]
                    if value is None:
                        if not nullable:
                            f.fail(name, number, f"{cname}: null in a non-nullable column")
                            ok = False
                        continue
                    try:
                        values[i] = conv(value)
                    except Bad as error:
                        f.fail(name, number, f"{cname}: {error}: {value!r}")
                        ok = False
                if ok:
                    for i, cname in time_columns:
                        if values[i] is not None and values[i][:10] > as_of:
                            f.fail(name, number, f"{cname}: {values[i]} is after as-of {as_of}")
                    if updated is not None and values[updated] < values[created]:
                        f.fail(name, number, "updated_at: before created_at")
                key = values[0]
                if type(key) is str:
                    if key in ids:
                        f.fail(name, number, f"id: {key} is not unique")
                    else:
                        ids.add(key)
                    if not ok:
                        ctx.unchecked[table].add(key)
                yield number, values, ok
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as error:
        f.fail(name, 0, f"read: cannot read the rows: {error}")
        ctx.unreadable.add(table)
    finally:
        ctx.rows[table] = rows
    if rows != entry.get("rows"):
        f.fail(name, 0, f"rows: the file has {rows} rows, manifest says {entry.get('rows')}")


# ---- the tables -----------------------------------------------------------------------------


def check_unique(ctx, name, number, seen, column, value):
    if value in seen:
        ctx.f.fail(name, number, f"{column}: {value!r} is not unique")
    else:
        seen.add(value)


def check_customer_types(ctx, entry, rows):
    f, name = ctx.f, entry["file"]
    names, priorities = set(), set()
    for number, row, ok in rows:
        if not ok:
            continue
        id_, tier, _description, multiplier, discount, priority, _active, _created = row
        check_unique(ctx, name, number, names, "name", tier)
        if tier not in TIERS:
            f.fail(name, number, f"name: {tier!r} is not one of {', '.join(TIERS)}")
        elif (multiplier, discount) != TIERS[tier]:
            f.fail(name, number, f"credit_limit_multiplier/discount_percentage: {tier} has "
                                 f"{money(multiplier)}/{money(discount)}, expected "
                                 f"{money(TIERS[tier][0])}/{money(TIERS[tier][1])}")
        if not 1 <= priority <= 4:
            f.fail(name, number, f"priority_level: {priority} is not 1...4")
        check_unique(ctx, name, number, priorities, "priority_level", priority)
        ctx.types[id_] = (multiplier, discount)


def check_product_categories(ctx, entry, rows):
    f, name = ctx.f, entry["file"]
    names, orders = set(), set()
    for number, row, ok in rows:
        if not ok:
            continue
        id_, category, _description, order, _active, _created = row
        check_unique(ctx, name, number, names, "name", category)
        if category not in CATEGORIES:
            f.fail(name, number, f"name: {category!r} is not one of {', '.join(CATEGORIES)}")
        if not 1 <= order <= 5:
            f.fail(name, number, f"sort_order: {order} is not 1...5")
        check_unique(ctx, name, number, orders, "sort_order", order)
        ctx.categories.add(id_)
        if category == "Clothing":
            ctx.clothing_category = id_


def check_customers(ctx, entry, rows):
    f, name = ctx.f, entry["file"]
    emails = set()
    for number, row, ok in rows:
        if not ok:
            continue
        id_, type_id, segment, _name, email, _phone, status, credit, notes, created, _updated = row
        tier = ctx.types.get(type_id)
        if ctx.reference_missing("customer_types", type_id, ctx.types, across_shards=True):
            f.fail(name, number, f"customer_type_id: {type_id} is not a customer type")
        check_unique(ctx, name, number, emails, "email", email)
        if not EMAIL_RE.fullmatch(email):
            f.fail(name, number, f"email: {email!r} is not an address at example.com/.net/.org")
        if status not in CUSTOMER_STATUSES:
            f.fail(name, number, f"status: {status!r} is not active/inactive/suspended")
        if segment not in CUSTOMER_SEGMENTS:
            f.fail(name, number, f"segment: {segment!r} is not household/business")
        if tier is not None:
            multiplier = tier[0]
            base, remainder = divmod(credit, multiplier)  # credit in cents / multiplier in hundredths
            low, high = CREDIT_BASE_DOLLARS
            if remainder or base % 100 or not low <= base <= high:
                f.fail(name, number, f"credit_limit: {money(credit)} is not a base of {low:,}-{high:,} "
                                     f"(steps of 100) x {money(multiplier)}")
        if id_ not in ctx.customers:
            tax_exempt = notes is not None and TAX_EXEMPT in notes
            ctx.customers[id_] = Customer(tier[1] if tier else None, created[:10], tax_exempt, number)


def check_customer_addresses(ctx, entry, rows):
    f, name = ctx.f, entry["file"]
    states, cities = ctx.states, ctx.cities
    customers = ctx.customers
    for number, row, ok in rows:
        if not ok:
            continue
        (id_, customer_id, kind, _street, _street2, city, state, postal_code, country,
         primary, _active, _created) = row
        ctx.addresses[id_] = (customer_id, city, state, kind)
        customer = customers.get(customer_id)
        if ctx.reference_missing("customers", customer_id, customers):
            f.fail(name, number, f"customer_id: {customer_id} is not a customer (of this archive)")
        if kind not in ADDRESS_TYPES:
            f.fail(name, number, f"address_type: {kind!r} is not billing/shipping/mailing")
        if country != "US":
            f.fail(name, number, f"country: {country!r} is not US")
        if states:
            zips = cities.get((city, state))
            if state not in states:
                f.fail(name, number, f"state: {state!r} is not a USPS state code")
            elif zips is None:
                f.fail(name, number, f"city: {city!r} is not a city of {state}")
            elif postal_code not in zips:
                f.fail(name, number, f'postal_code: "{postal_code}" is not a street-delivery ZIP code '
                                     f"of {city}, {state}")
        if customer is None:
            continue
        first = customer.addresses == 0
        customer.addresses += 1
        if primary:
            customer.primaries += 1
            if not first:
                f.fail(name, number, "primary: the primary address is not the customer's first address")
            if kind != "billing":
                f.fail(name, number, f"primary: the primary address has type {kind}, expected billing")
        elif first:
            f.fail(name, number, "primary: the customer's first address is not its primary address")


def markup_exists(cost, price):
    """Whether cost == round_half_up(price / (m / 100)) == (100*price + m//2) // m for an
    integer m in 120...220."""
    if cost <= 0 or price <= 0:
        return False
    # cost*m <= 100*price + m//2 < (cost+1)*m, with m/2 - 1/2 <= m//2 <= m/2, bounds m to
    # (200*price - 1)/(2*cost + 1) < m <= 200*price/(2*cost - 1): try the few m in between.
    low = max((200 * price - 1) // (2 * cost + 1), MARKUPS[0])
    high = min(200 * price // (2 * cost - 1), MARKUPS[1])
    return any((100 * price + m // 2) // m == cost for m in range(low, high + 1))


def check_products(ctx, entry, rows):
    f, name = ctx.f, entry["file"]
    skus = set()
    for number, row, ok in rows:
        if not ok:
            continue
        id_, category_id, _name, sku, _description, price, cost, weight, active, created, updated = row
        if ctx.reference_missing("product_categories", category_id, ctx.categories, across_shards=True):
            f.fail(name, number, f"category_id: {category_id} is not a product category")
        check_unique(ctx, name, number, skus, "sku", sku)
        if cost <= 0:
            f.fail(name, number, f"cost: {money(cost)} is not positive")
        elif not cost < price:
            f.fail(name, number, f"price: {money(price)} is not above cost {money(cost)}")
        elif not markup_exists(cost, price):
            f.fail(name, number, f"cost: {money(cost)} is not the price {money(price)} divided by a "
                                 f"markup of {money(MARKUPS[0])}...{money(MARKUPS[1])}, rounded to cents")
        if weight <= 0:
            f.fail(name, number, f"weight: {money(weight)} is not positive")
        if id_ not in ctx.products:
            clothing = None if ctx.clothing_category is None else category_id == ctx.clothing_category
            ctx.products[id_] = Product(price, clothing, created,
                                        None if active else updated, number)


def check_inventory(ctx, entry, rows):
    f, name = ctx.f, entry["file"]
    products = ctx.products
    for number, row, ok in rows:
        if not ok:
            continue
        (_id, product_id, current, reserved, _point, _quantity, location, received,
         _received_quantity, _created, _updated) = row
        product = products.get(product_id)
        if product is None:
            if ctx.reference_missing("products", product_id, products):
                f.fail(name, number, f"product_id: {product_id} is not a product (of this archive)")
        elif product.stocked:
            f.fail(name, number, f"product_id: {product_id} is not unique")
        else:
            product.stocked = True
        if not 0 <= reserved <= current:
            f.fail(name, number, f"reserved_stock: not 0 <= {reserved} <= current_stock {current}")
        if location not in LOCATIONS:
            f.fail(name, number, f"location: {location!r} is not a warehouse location")
        received_ordinal = date_ordinal(received)
        if received_ordinal > ctx.as_of_ordinal:
            f.fail(name, number, f"last_received_date: {received} is after as-of")
        elif product is not None and received_ordinal < date_ordinal(product.created[:10]):
            f.fail(name, number, f"last_received_date: {received} is before its product was "
                                 f"created, {product.created}")
        elif (product is not None and product.inactive_since is not None
              and received_ordinal > date_ordinal(product.inactive_since[:10])):
            f.fail(name, number, f"last_received_date: {received} is after its product went "
                                 f"inactive, {product.inactive_since}")


def check_invoices(ctx, entry, rows):
    f, name = ctx.f, entry["file"]
    numbers = set()
    states = ctx.states
    as_of = ctx.as_of_ordinal
    for number, row, ok in rows:
        if not ok:
            continue
        (id_, customer_id, ship_to, invoice_number, date, due_date, status, subtotal, tax_rate,
         tax_amount, total, terms, paid_at, method, _notes, created, _updated) = row
        customer = ctx.customers.get(customer_id)
        if ctx.reference_missing("customers", customer_id, ctx.customers, across_shards=True):
            f.fail(name, number, f"customer_id: {customer_id} is not a customer")
        check_unique(ctx, name, number, numbers, "invoice_number", invoice_number)
        day, due = date_ordinal(date), date_ordinal(due_date)
        if not first_invoice_day(as_of) <= day <= as_of:
            f.fail(name, number, f"date: {date} is not between January 1 three years before the as-of year and as-of")
        if terms not in PAYMENT_TERMS:
            f.fail(name, number, f"payment_terms: {terms!r} is not Net 15/30/45 or Due on Receipt")
        elif due != day + PAYMENT_TERMS[terms]:
            f.fail(name, number, f"due_date: {due_date} is not date {date} + {PAYMENT_TERMS[terms]} days")
        if status not in INVOICE_STATUSES:
            f.fail(name, number, f"status: {status!r} is not draft/sent/paid/overdue/cancelled")
        else:
            should_be_overdue = status not in ("paid", "cancelled") and due < as_of
            if (status == "overdue") != should_be_overdue:
                f.fail(name, number, f"status: {status} with due_date {due_date} breaks "
                                     "overdue <=> (not paid or cancelled and due_date < as-of)")
            if status == "sent" and due < as_of:
                f.fail(name, number, f"status: sent but due_date {due_date} is before as-of")
            if status == "draft" and day <= as_of - 30:
                f.fail(name, number, f"status: draft but date {date} is not within the last 30 days")
            paid = status == "paid"
            if (paid_at is None) == paid:
                f.fail(name, number, "paid_at: " + ("empty, but the invoice is paid" if paid
                                                    else f"set, but the invoice is {status}"))
            elif paid and not created <= paid_at <= ctx.as_of + "T23:59:59.999999Z":
                f.fail(name, number, f"paid_at: {paid_at} is not between created_at {created} and as-of")
            if (method is None) == paid:
                f.fail(name, number, "payment_method: " + ("empty, but the invoice is paid" if paid
                                                           else f"set, but the invoice is {status}"))
            elif method is not None and method not in PAYMENT_METHODS:
                f.fail(name, number, f"payment_method: {method!r} is not card/ACH/check/wire transfer/PayPal")
        if total != subtotal + tax_amount:
            f.fail(name, number, f"total: {money(total)} is not subtotal + tax_amount")
        ctx.customer_invoices[customer_id] += 1
        address = ctx.addresses.get(ship_to)
        place = None
        if address is None:
            if ctx.reference_missing("customer_addresses", ship_to, ctx.addresses, across_shards=True):
                f.fail(name, number, f"shipping_address_id: {ship_to} is not an address (of this archive)")
        elif address[0] != customer_id:
            f.fail(name, number, f"shipping_address_id: {ship_to} is an address of another customer")
        elif address[3] == "mailing":
            f.fail(name, number, f"shipping_address_id: {ship_to} is a mailing address; goods ship "
                                 "to a billing or shipping address")
        elif address[2] in states:
            place = (address[1], address[2])
        if customer is not None:
            if date < customer.created:
                f.fail(name, number, f"date: {date} is before the customer was created ({customer.created})")
            if customer.tax_exempt:
                if tax_rate != 0:
                    f.fail(name, number, f"tax_rate: {tax_rate / 1000:.3f} is not 0.000 for a tax-exempt "
                                         f"customer (its notes say {TAX_EXEMPT})")
            elif place is not None:
                expected = sum(place_rates(states[place[1]], place[0], day)[:2])
                if tax_rate != expected:
                    f.fail(name, number, f"tax_rate: {tax_rate / 1000:.3f} is not the sales tax of "
                                         f"{place[0]}, {place[1]} on {date} ({expected / 1000:.3f})")
        if id_ not in ctx.invoices:
            known = customer is not None and place is not None
            ctx.invoices[id_] = Invoice(customer.discount if customer else None, subtotal, number,
                                        tax_amount if known else None, place, day,
                                        customer.tax_exempt if customer else False)


def check_invoice_line_items(ctx, entry, rows):
    f, name = ctx.f, entry["file"]
    invoices, products, popularity = ctx.invoices, ctx.products, ctx.product_popularity
    for number, row, ok in rows:
        if not ok:
            continue
        (_id, invoice_id, product_id, _description, quantity, unit_price, discount,
         discount_amount, line_total, tax, created) = row
        invoice = invoices.get(invoice_id)
        if ctx.reference_missing("invoices", invoice_id, invoices):
            f.fail(name, number, f"invoice_id: {invoice_id} is not an invoice (of this archive)")
        product = products.get(product_id)
        if product is None:
            if ctx.reference_missing("products", product_id, products, across_shards=True):
                f.fail(name, number, f"product_id: {product_id} is not a product")
        else:
            if unit_price != product.price:
                f.fail(name, number, f"unit_price: {money(unit_price)} is not the product's price "
                                     f"{money(product.price)}")
            if created <= product.created:
                f.fail(name, number, f"created_at: {created} is not after the product was created, "
                                     f"{product.created}")
            elif product.inactive_since is not None and created >= product.inactive_since:
                f.fail(name, number, f"created_at: {created} is not before the inactive product's last "
                                     f"update, {product.inactive_since}, when it stopped selling")
        popularity[product_id] += 1
        whole, fraction = divmod(quantity, 100)
        if fraction or not 1 <= whole <= 20:
            f.fail(name, number, f"quantity: {money(quantity)} is not a whole number 1...20")
        if discount_amount != (whole * unit_price * discount + 5000) // 10000:
            f.fail(name, number, f"discount_amount: {money(discount_amount)} is not {whole} x "
                                 f"{money(unit_price)} x {money(discount)}% rounded half up")
        if line_total != whole * unit_price - discount_amount:
            f.fail(name, number, f"line_total: {money(line_total)} is not {whole} x {money(unit_price)} "
                                 f"- {money(discount_amount)}")
        if invoice is None:
            continue
        if invoice.discount is not None and discount != invoice.discount:
            f.fail(name, number, f"discount_percentage: {money(discount)} is not the customer's tier "
                                 f"discount {money(invoice.discount)}")
        invoice.lines += 1
        invoice.line_sum += line_total
        invoice.line_tax += tax
        if invoice.tax is not None and product is not None and product.clothing is not None:
            if invoice.tax_exempt:
                expected = 0
            else:
                city, state = invoice.ship_to
                expected = line_tax(ctx.states[state], city, invoice.day, product.clothing,
                                    unit_price, whole, line_total)
            if tax != expected:
                f.fail(name, number, f"tax_amount: {money(tax)} is not the line's sales tax "
                                     f"{money(expected)}")
        if invoice.products is None:
            invoice.products = {product_id}
        elif product_id in invoice.products:
            f.fail(name, number, f"product_id: {product_id} appears twice on invoice {invoice_id}")
        else:
            invoice.products.add(product_id)


# The business rules of each table of the schema (the generic checks of types, keys and
# nullability run in table_rows); checked below to name exactly the schema's tables.
TABLE_CHECKS = {
    "customer_types": check_customer_types,
    "product_categories": check_product_categories,
    "customers": check_customers,
    "customer_addresses": check_customer_addresses,
    "products": check_products,
    "inventory": check_inventory,
    "invoices": check_invoices,
    "invoice_line_items": check_invoice_line_items,
}

assert list(TABLE_CHECKS) == LOAD_ORDER and FOUNDATION <= set(SCHEMA), \
    "check_archive.py: TABLE_CHECKS and FOUNDATION must name the tables of SCHEMA_TEXT"

# ---- checks across tables -------------------------------------------------------------------


def file_of(ctx, table):
    return f"{table}.{ctx.format}" + (".gz" if ctx.compression == "gzip" else "")


def check_children(ctx):
    """Children per parent (always: a shard carries its parents' children), every product has
    inventory, invoice subtotals equal the sum of their lines."""
    f = ctx.f
    volume = VOLUMES.get(ctx.volume)
    if "customer_addresses" in ctx.loaded:
        low, high = volume[3] if volume else (1, 1 << 30)
        for customer in ctx.customers.values():
            if not low <= customer.addresses <= high:
                f.fail(file_of(ctx, "customers"), customer.line,
                       f"addresses: the customer has {customer.addresses} addresses, expected {low}...{high}")
            elif customer.primaries != 1:
                f.fail(file_of(ctx, "customers"), customer.line,
                       f"addresses: the customer has {customer.primaries} primary addresses, expected 1")
    if "inventory" in ctx.loaded:
        for product in ctx.products.values():
            if not product.stocked:
                f.fail(file_of(ctx, "products"), product.line, "inventory: the product has no inventory row")
    if "invoice_line_items" in ctx.loaded:
        low, high = volume[4] if volume else (1, 1 << 30)
        for invoice in ctx.invoices.values():
            if not low <= invoice.lines <= high:
                f.fail(file_of(ctx, "invoices"), invoice.line,
                       f"line items: the invoice has {invoice.lines} lines, expected {low}...{high}")
            if invoice.subtotal != invoice.line_sum:
                f.fail(file_of(ctx, "invoices"), invoice.line,
                       f"subtotal: {money(invoice.subtotal)} is not the sum of its line totals "
                       f"{money(invoice.line_sum)}")
            if invoice.tax is not None and invoice.tax != invoice.line_tax:
                f.fail(file_of(ctx, "invoices"), invoice.line,
                       f"tax_amount: {money(invoice.tax)} is not the sum of its lines' tax "
                       f"{money(invoice.line_tax)}")


def check_volume(ctx, expect_volume, expect_scale):
    f, manifest = ctx.f, ctx.manifest
    if expect_volume is not None and manifest.get("volume") != expect_volume:
        f.fail("manifest.json", 0, f"volume: {manifest.get('volume')!r}, expected {expect_volume}")
    if expect_scale is not None and manifest.get("scale") != expect_scale:
        f.fail("manifest.json", 0, f"scale: {manifest.get('scale')!r}, expected {expect_scale}")
    volume = VOLUMES.get(ctx.volume)
    if volume is None or type(manifest.get("scale")) is not int:
        return
    if not ctx.complete:
        ctx.f.note(f"shard {ctx.shard['index']}/{ctx.shard['count']}: table sizes of the volume "
                   "are not checked; children per parent are")
        return
    scale = manifest["scale"]
    customers, products, invoices = (base * scale for base in volume[:3])
    # --customers, --products and --invoices replace the volume's counts, as given.
    counts = manifest.get("counts") or {}
    if not isinstance(counts, dict) or set(counts) - {"customers", "products", "invoices"} or \
            not all(type(v) is int and v >= 1 for v in counts.values()):
        f.fail("manifest.json", 0, f"counts: {counts!r}, expected positive customers, products "
                                   "or invoices counts")
        counts = {}
    customers = counts.get("customers", customers)
    products = counts.get("products", products)
    invoices = counts.get("invoices", invoices)
    expected = {"customer_types": len(TIERS), "product_categories": len(CATEGORIES),
                "customers": customers,
                "products": products, "inventory": products, "invoices": invoices}
    for table, count in expected.items():
        if table in ctx.rows and ctx.rows[table] != count:
            f.fail(file_of(ctx, table), 0, f"volume: {ctx.rows[table]} rows, expected {count} for "
                                           f"{ctx.volume} x {scale}")


def uniform_top_share(items, entities, top):
    """The share of `items` that the `top` most frequent of `entities` would hold if every item
    picked an entity uniformly at random (counts ~ Poisson): what real skew must clearly beat."""
    mean = items / entities
    fraction = top / entities
    spread = 12 * math.sqrt(mean) + 20
    low, high = max(0, int(mean - spread)), int(mean + spread)
    # walk down from the largest counts, taking probability mass until `fraction` is taken
    taken, expected = 0.0, 0.0
    for k in range(high, low - 1, -1):
        pmf = math.exp(k * math.log(mean) - mean - math.lgamma(k + 1))
        take = min(pmf, fraction - taken)
        taken += take
        expected += take * k
        if taken >= fraction:
            break
    return expected * entities / items


def check_skew(ctx):
    """The top 1% of products and of customers must hold clearly more than a uniform choice
    would give them. Entity counts come from the volume (a shard sees references to all)."""
    volume = VOLUMES.get(ctx.volume)
    scale = ctx.manifest.get("scale")
    sized = volume is not None and type(scale) is int
    for what, counter, total, file, minimum in (
            ("products", ctx.product_popularity, volume[1] * scale if sized else len(ctx.products),
             file_of(ctx, "invoice_line_items"), "line items"),
            ("customers", ctx.customer_invoices, volume[0] * scale if sized else len(ctx.customers),
             file_of(ctx, "invoices"), "invoices")):
        items = sum(counter.values())
        entities = max(total, len(counter))
        if items < 1000 or items < entities:  # too sparse (a thin shard) to tell skew apart
            continue
        top = max(1, entities // 100)
        share = sum(n for _, n in counter.most_common(top)) / items
        needed = max(0.02, 1.5 * uniform_top_share(items, entities, top))
        if share <= needed:
            ctx.f.fail(file, 0, f"skew: the top 1% of {what} ({top}) hold {share:.1%} of {minimum}; "
                                f"skewed data should clearly beat the {needed:.1%} of a uniform choice")


# ---- the whole archive ----------------------------------------------------------------------


def check_archive(directory, findings, expect_volume=None, expect_scale=None, vocabulary=None):
    """Runs every check; returns the numbers of tables and rows read."""
    states, cities = load_vocabulary(Path(vocabulary) if vocabulary else default_vocabulary_file(), findings)
    ctx = Context(directory, findings, states, cities)
    if not ctx.dir.is_dir():
        findings.fail(str(directory), 0, "archive: not a directory")
        return 0, 0
    if not check_manifest(ctx):
        return 0, 0
    check_sha256sums(ctx)
    if not ctx.complete:
        findings.note(f"shard {ctx.shard['index']}/{ctx.shard['count']}: references into other "
                      "shards (customers->customer_types, products->product_categories, "
                      "invoices->customers and customer_addresses, invoice_line_items->products) and the rules that need "
                      "them are checked only where the referenced row is in this shard")
    for entry in ctx.manifest["tables"]:
        table = entry["name"]
        if not check_file_bytes(ctx, entry):
            continue
        if entry.get("_bad_columns"):
            findings.note(f"{entry['file']}: rows not checked because the manifest's columns differ")
            continue
        TABLE_CHECKS[table](ctx, entry, table_rows(ctx, entry))
        if table not in ctx.unreadable:
            ctx.loaded.add(table)
    check_volume(ctx, expect_volume, expect_scale)
    check_children(ctx)
    check_skew(ctx)
    return len(ctx.rows), sum(ctx.rows.values())


# --------------------------------------------------------------------------------------------
# Synthetic archives for the self-test (and --write-sample)
# --------------------------------------------------------------------------------------------


class Sample:
    """A synthetic archive that follows every rule, as rows of Python values per table."""

    AS_OF = "2024-06-30"

    def __init__(self, states, cities, volume="small", scale=1, seed=7, skewed=True):
        self.rng = rng = random.Random(seed)
        self.volume, self.scale = volume, scale
        as_of = datetime.date.fromisoformat(self.AS_OF)
        n_customers, n_products, n_invoices, per_customer, per_invoice = VOLUMES[volume]
        n_customers, n_products, n_invoices = n_customers * scale, n_products * scale, n_invoices * scale
        uid = lambda: "%08x-%04x-%04x-%04x-%012x" % (  # noqa: E731
            rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16),
            rng.getrandbits(48))

        def stamp(day, after=None):
            text = f"{day.isoformat()}T{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}:" \
                   f"{rng.randrange(60):02d}.{rng.randrange(10 ** 6):06d}Z"
            return max(text, after) if after else text

        def pick(count):
            return int(count * rng.random() ** 2) if skewed else rng.randrange(count)

        t = self.tables = {table: [] for table in LOAD_ORDER}
        tiers = []
        for priority, (tier, (multiplier, discount)) in enumerate(TIERS.items(), 1):
            tiers.append((uid(), multiplier, discount))
            t["customer_types"].append([tiers[-1][0], tier, f"{tier} tier", money(multiplier),
                                        money(discount), priority, True, stamp(as_of.replace(year=2020))])
        category_ids = []
        for order, category in enumerate(CATEGORIES, 1):
            category_ids.append(uid())
            t["product_categories"].append([category_ids[-1], category, f"All {category}", order, True,
                                            stamp(as_of.replace(year=2020))])
        places = {}  # state -> [(city, [ZIP text])]
        for (city, state), zips in sorted(cities.items()):
            places.setdefault(state, []).append((city, sorted(zips)))
        codes = sorted(code for code in states if code in places)
        # notes: none, plain, or saying Tax-exempt (at the start or inside), which zeroes the tax
        notes_of = {0: "Prefers email, not phone", 2: "Tax-exempt: resale certificate on file",
                    4: "Prefers email, not phone", 6: "Nonprofit; Tax-exempt since 2019"}
        customers = []
        for i in range(n_customers):
            type_id, multiplier, discount = tiers[rng.randrange(4)]
            created_day = as_of - datetime.timedelta(days=rng.randrange(1, 900))
            created = stamp(created_day)
            state = rng.choice(codes)
            notes = notes_of.get(i % 8)
            exempt = bool(notes and TAX_EXEMPT in notes)
            customer_id = uid()
            name = 'Ann "Jr" O\'Neil, PhD' if i == 0 else f"Customer {i}"
            t["customers"].append([customer_id, type_id, ["household", "business"][i % 2],
                                   name, f"user{i}@example.{['com', 'net', 'org'][i % 3]}",
                                   f"555-01{i % 100:02d}", ["active", "inactive", "suspended"][i % 3],
                                   money(rng.randint(CREDIT_BASE_DOLLARS[0] // 100, CREDIT_BASE_DOLLARS[1] // 100)
                                         * 100 * multiplier),
                                   notes, created, stamp(created_day, created)])
            for a in range(rng.randint(*per_customer)):
                address_state = state if a == 0 else rng.choice(codes)
                # the first (billing) address is a city with a local rate half the time
                taxed = [p for p in places[address_state] if p[0] in states[address_state].places]
                city, zips = rng.choice(taxed if a == 0 and taxed and i % 2 else places[address_state])
                zip_code = rng.choice(zips)
                address_id = uid()
                if a == 0:
                    customers.append((customer_id, discount, exempt, created_day, address_id,
                                      (city, address_state)))
                t["customer_addresses"].append([
                    address_id, customer_id, "billing" if a == 0 else rng.choice(["shipping", "mailing"]),
                    f"{100 + a} Main Street", None if a else "Suite 5", city, address_state, zip_code, "US",
                    a == 0, True, stamp(created_day, created)])
        products = []
        for i in range(n_products):
            price = rng.randrange(400, 150000)
            markup = rng.randint(*MARKUPS)
            cost = (price * 100 + markup // 2) // markup
            pid = uid()
            # created before the year of invoices; a quarter went inactive during it and sell
            # only before their last update
            created_day = as_of - datetime.timedelta(days=rng.randrange(366, 1000))
            created = stamp(created_day)
            active = i % 4 != 0
            inactive_day = as_of - datetime.timedelta(days=rng.randrange(0, 200))
            updated = stamp(created_day, created) if active else stamp(inactive_day)
            category = rng.choice(category_ids)
            products.append((pid, price, None if active else updated,
                             category == category_ids[CATEGORIES.index("Clothing")]))
            t["products"].append([pid, category, f"Sturdy Oak Table {i}", f"SKU-{i:06d}",
                                  "Solid, \"handmade\"\nand sturdy" if i == 0 else "A fine product",
                                  money(price), money(cost), money(rng.randrange(1, 5000)), active,
                                  created, updated])
            current = rng.randrange(0, 1000)
            # received after the product was created, and before an inactive one went inactive
            received = (as_of if active else inactive_day) - datetime.timedelta(days=rng.randrange(0, 90))
            t["inventory"].append([uid(), pid, current, rng.randint(0, current), 10, 50,
                                   rng.choice(sorted(LOCATIONS)), received.isoformat(), 40,
                                   created, stamp(as_of, created)])
        for i in range(n_invoices):
            customer_id, discount, exempt, created_day, ship_to, (city, state) = customers[pick(n_customers)]
            earliest = max(as_of - datetime.timedelta(days=364), created_day)
            day = earliest + datetime.timedelta(days=rng.randrange((as_of - earliest).days + 1))
            terms = rng.choice(sorted(PAYMENT_TERMS))
            due = day + datetime.timedelta(days=PAYMENT_TERMS[terms])
            if rng.random() < 0.1:
                status = "cancelled"
            elif due < as_of:
                status = "paid" if rng.random() < 0.7 else "overdue"
            elif (as_of - day).days < 30 and rng.random() < 0.3:
                status = "draft"
            else:
                status = "sent"
            invoice_id = uid()
            created = stamp(day)
            lines, chosen = [], set()
            for _ in range(rng.randint(*per_invoice)):
                index = pick(n_products)
                while index in chosen or (products[index][2] is not None and created >= products[index][2]):
                    index = (index + 1) % n_products
                chosen.add(index)
                product_id, price, _inactive_since, clothing = products[index]
                quantity = 1 + int(20 * rng.random() ** 2)
                discount_amount = (quantity * price * discount + 5000) // 10000
                line_total = quantity * price - discount_amount
                line_tax_cents = 0 if exempt else line_tax(
                    states[state], city, day.toordinal(), clothing, price, quantity, line_total)
                lines.append([uid(), invoice_id, product_id, None if index % 3 else "Gift, wrapped",
                              money(quantity * 100), money(price), money(discount), money(discount_amount),
                              money(line_total), money(line_tax_cents), None])
            subtotal = sum(cents(line[8]) for line in lines)
            tax = sum(cents(line[9]) for line in lines)
            rate = 0 if exempt else sum(place_rates(states[state], city, day.toordinal())[:2])
            for line in lines:
                line[10] = created
            t["invoices"].append([invoice_id, customer_id, ship_to, f"INV-{i + 1:07d}", day.isoformat(),
                                  due.isoformat(), status, money(subtotal), f"{rate / 1000:.3f}", money(tax),
                                  money(subtotal + tax), terms,
                                  created if status == "paid" else None,
                                  ("ACH" if i % 2 else "card") if status == "paid" else None,
                                  None if i % 4 else "Thank you, come again", created, stamp(day, created)])
            t["invoice_line_items"].extend(lines)

    def column(self, table, name):
        return [c[0] for c in SCHEMA[table]].index(name)

    def shards(self, count):
        """Per shard, the rows of each table: root parents split in contiguous ranges, children
        with their parent, foundation tables in shard 0."""
        def ranges(n):
            return [(n * k // count, n * (k + 1) // count) for k in range(count)]
        t = self.tables
        result = [{table: [] for table in LOAD_ORDER} for _ in range(count)]
        result[0]["customer_types"] = t["customer_types"]
        result[0]["product_categories"] = t["product_categories"]
        for root, child, key in (("customers", "customer_addresses", "customer_id"),
                                 ("products", "inventory", "product_id"),
                                 ("invoices", "invoice_line_items", "invoice_id")):
            column = self.column(child, key)
            for k, (low, high) in enumerate(ranges(len(t[root]))):
                parents = t[root][low:high]
                ids = {row[0] for row in parents}
                result[k][root] = parents
                result[k][child] = [row for row in t[child] if row[column] in ids]
        return result


def encode_rows(table, rows, fmt, header=True):
    names = [c[0] for c in SCHEMA[table]]
    out = []
    if fmt == "ndjson":
        for row in rows:
            out.append(json.dumps(dict(zip(names, row)), separators=(",", ":"), ensure_ascii=False) + "\n")
    else:
        if header:
            out.append(",".join(names) + "\n")
        for row in rows:
            fields = []
            for value in row:
                if value is None:
                    fields.append("")
                elif value is True or value is False:
                    fields.append("true" if value else "false")
                elif isinstance(value, int):
                    fields.append(str(value))
                elif value == "" or any(c in value for c in ',"\r\n'):
                    fields.append('"' + value.replace('"', '""') + '"')
                else:
                    fields.append(value)
            out.append(",".join(fields) + "\n")
    return "".join(out).encode("utf-8")


def write_archive(directory, tables, fmt="ndjson", compression="gzip", volume="small", scale=1,
                  shard=None, members=1, tamper_content=None, subset=None, listed=None):
    """Writes an archive with correct sizes and checksums. `tamper_content(table, bytes)` may
    rewrite a table's content before it is compressed and checksummed. `subset` makes a subset
    archive of those tables (recorded as table_subset); `listed` writes only those tables
    whatever table_subset says."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    entries, sums = [], []
    for table in listed or subset or LOAD_ORDER:
        content = encode_rows(table, tables[table], fmt, header=shard is None or shard[0] == 0)
        if tamper_content:
            content = tamper_content(table, content)
        name = f"{table}.{fmt}" + (".gz" if compression == "gzip" else "")
        if compression == "gzip":
            cut = content.rfind(b"\n", 0, len(content) // 2) + 1 if members > 1 else len(content)
            data = gzip.compress(content[:cut], 6, mtime=0) + (
                gzip.compress(content[cut:], 6, mtime=0) if members > 1 else b"")
        else:
            data = content
        (directory / name).write_bytes(data)
        sums.append(f"{hashlib.sha256(data).hexdigest()}  {name}\n")
        entries.append({
            "name": table, "file": name, "rows": len(tables[table]), "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(), "uncompressed_bytes": len(content),
            "content_sha256": hashlib.sha256(content).hexdigest(),
            "columns": [dict({"name": n, "type": c, "nullable": x},
                             **({"references": {"table": parent, "column": "id"}} if parent else {}))
                        for n, c, x, parent in SCHEMA[table]],
        })
    manifest = {
        "format_version": 1, "generator": {"name": "demodata", "version": "0.0.0-selftest"},
        "data_version": 2, "seed": 42, "volume": volume, "scale": scale, "as_of": Sample.AS_OF,
        "format": fmt, "compression": compression, "level": 6,
        "shard": None if shard is None else {"index": shard[0], "count": shard[1]},
        "tables": entries,
    }
    if subset is not None:
        manifest["table_subset"] = subset
    text = json.dumps(manifest, indent=2) + "\n"
    (directory / "manifest.json").write_text(text, encoding="utf-8")
    sums.append(f"{hashlib.sha256(text.encode()).hexdigest()}  manifest.json\n")
    (directory / "SHA256SUMS").write_text("".join(sums), encoding="utf-8")
    return directory


def rewrite_sums_for(directory, name):
    """Recomputes SHA256SUMS and the manifest entry of `name` after a file was replaced, so that
    only the content rules can catch the change."""
    directory = Path(directory)
    manifest_path = directory / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    for entry in manifest["tables"]:
        if entry["file"] == name:
            data = (directory / name).read_bytes()
            entry["bytes"] = len(data)
            entry["sha256"] = hashlib.sha256(data).hexdigest()
    text = json.dumps(manifest, indent=2) + "\n"
    manifest_path.write_text(text)
    sums = [f"{file_sha256(directory / e['file'])}  {e['file']}\n" for e in manifest["tables"]]
    sums.append(f"{hashlib.sha256(text.encode()).hexdigest()}  manifest.json\n")
    (directory / "SHA256SUMS").write_text("".join(sums))


def run_self_test(vocabulary):
    quiet = Findings(echo=False)
    states, cities = load_vocabulary(Path(vocabulary) if vocabulary else default_vocabulary_file(), quiet)
    if not states:
        print("self-test: cannot read the state table; pass --vocabulary FILE", file=sys.stderr)
        return 1
    failures = []
    count = 0

    def check(directory, **options):
        findings = Findings(echo=False)
        check_archive(directory, findings, vocabulary=vocabulary, **options)
        return findings

    def expect_ok(label, directory, **options):
        nonlocal count
        count += 1
        findings = check(directory, **options)
        if findings.count:
            failures.append(f"{label}: expected OK, got {findings.messages[:5]}")

    def expect_fail(label, directory, *needles, **options):
        nonlocal count
        count += 1
        findings = check(directory, **options)
        text = "\n".join(findings.messages)
        missing = [needle for needle in needles if needle not in text]
        if not findings.count or missing:
            failures.append(f"{label}: expected findings mentioning {missing or needles}, "
                            f"got {findings.messages[:5]}")

    def mutated(table, column, change, row=0):
        """A fresh copy of the small sample with one value changed."""
        copy = {name: [list(r) for r in rows] for name, rows in sample.tables.items()}
        index = sample.column(table, column)
        copy[table][row][index] = change(copy[table][row][index])
        return copy

    sample = Sample(states, cities)
    t = sample.tables

    def multiplier_of(customer):
        return next(cents(row[3]) for row in t["customer_types"] if row[0] == customer[1])

    def taxed_and_exempt_customers():
        """Rows of an exempt customer and of a taxed one, both with invoices and in states with
        sales tax, so that a wrong rate shows."""
        billed = {row[1] for row in t["invoices"]}
        state_of = {row[1]: row[6] for row in t["customer_addresses"] if row[9]}
        rows = [i for i, row in enumerate(t["customers"])
                if row[0] in billed and rate_on(states[state_of[row[0]]].rates, datetime.date.fromisoformat(Sample.AS_OF).toordinal()) > 0]
        exempt = next(i for i in rows if TAX_EXEMPT in (t["customers"][i][8] or ""))
        taxed = next(i for i in rows if TAX_EXEMPT not in (t["customers"][i][8] or ""))
        return exempt, taxed

    def line_of_product(inactive):
        """The index of a line item of an (in)active product, and the product's row."""
        products = {row[0]: row for row in t["products"]}
        return next((i, products[row[2]]) for i, row in enumerate(t["invoice_line_items"])
                    if products[row[2]][8] is not inactive)
    with tempfile.TemporaryDirectory(prefix="check_archive.") as tmp:
        tmp = Path(tmp)
        # valid archives in each format, compression, gzip layout and shard split
        expect_ok("ndjson gzip", write_archive(tmp / "a", t), expect_volume="small", expect_scale=1)
        expect_ok("csv gzip", write_archive(tmp / "b", t, fmt="csv"))
        expect_ok("ndjson none", write_archive(tmp / "c", t, compression="none"))
        expect_ok("csv none", write_archive(tmp / "d", t, fmt="csv", compression="none"))
        expect_ok("multi-member gzip", write_archive(tmp / "e", t, members=2))
        for k, shard in enumerate(sample.shards(3)):
            expect_ok(f"ndjson shard {k}/3", write_archive(tmp / f"s{k}", shard, shard=(k, 3)))
            expect_ok(f"csv shard {k}/3", write_archive(tmp / f"t{k}", shard, fmt="csv", shard=(k, 3)))
        # subset archives: the tables asked for and their parents
        expect_ok("subset", write_archive(tmp / "sub", t, subset=[
            "customer_types", "customers", "customer_addresses", "invoices"]))
        expect_ok("subset csv", write_archive(tmp / "sub2", t, fmt="csv", subset=[
            "product_categories", "products", "inventory"]))
        expect_fail("subset without a parent", write_archive(
            tmp / "sub3", t, subset=["customers", "invoices"]), "customers is listed without its parent")
        expect_fail("subset not as listed", write_archive(
            tmp / "sub4", t, subset=["customer_types", "customers"],
            listed=["customer_types", "customers", "invoices"]), "tables are")
        expect_fail("subset of every table", write_archive(tmp / "sub5", t, subset=LOAD_ORDER),
                    "table_subset")
        expect_fail("every table expected", write_archive(
            tmp / "sub6", t, listed=["customer_types", "customers"]), "tables are")
        expect_fail("a table dropped", write_archive(
            tmp / "sub7", t, listed=[name for name in LOAD_ORDER if name != "inventory"]),
            "tables are")
        # a foreign key the manifest does not record, or records to another table
        for label, change in (("missing", lambda c: c.pop("references")),
                              ("wrong", lambda c: c.update(references={"table": "customers",
                                                                       "column": "id"}))):
            keyless = write_archive(tmp / f"fk-{label}", t)
            manifest = json.loads((keyless / "manifest.json").read_text(encoding="utf-8"))
            invoices = next(e for e in manifest["tables"] if e["name"] == "invoice_line_items")
            change(next(c for c in invoices["columns"] if c["name"] == "product_id"))
            (keyless / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n",
                                                   encoding="utf-8")
            expect_fail(f"foreign key {label} in the manifest", keyless,
                        "invoice_line_items.columns", "differ from the documented schema")
        # a key twice in one object: readers disagree on which counts
        twice = write_archive(tmp / "twice", t)
        text = (twice / "manifest.json").read_text(encoding="utf-8")
        (twice / "manifest.json").write_text(text.replace('"seed":', '"seed": 7, "seed":', 1), encoding="utf-8")
        expect_fail("duplicate key", twice, "appears twice in one object")
        # medium x 4: enough line items and invoices (>= 1000) for the skew checks
        medium = Sample(states, cities, volume="medium", scale=4)
        expect_ok("medium skewed", write_archive(tmp / "m", medium.tables, volume="medium", scale=4))
        uniform = Sample(states, cities, volume="medium", scale=4, skewed=False)
        expect_fail("medium uniform", write_archive(tmp / "u", uniform.tables, volume="medium", scale=4),
                    "skew: the top 1% of products", "skew: the top 1% of customers")

        # tampered content with every checksum recomputed: only the rules can see it
        expect_fail("line total", write_archive(tmp / "f", mutated(
            "invoice_line_items", "line_total", lambda v: money(cents(v) + 1))),
            "line_total:", "subtotal:")
        expect_fail("line total csv", write_archive(tmp / "f2", mutated(
            "invoice_line_items", "line_total", lambda v: money(cents(v) + 1)), fmt="csv"), "line_total:")
        expect_fail("tax amount", write_archive(tmp / "g", mutated(
            "invoices", "tax_amount", lambda v: money(cents(v) + 1))), "tax_amount:", "total:")
        expect_fail("tax rate", write_archive(tmp / "g2", mutated(
            "invoices", "tax_rate", lambda v: f"{int(v.replace('.', '')) / 1000 + 1:.3f}")), "tax_rate:")
        expect_fail("line tax", write_archive(tmp / "g5", mutated(
            "invoice_line_items", "tax_amount", lambda v: money(cents(v) + 1))), "tax_amount:")
        other_address = next(row[0] for row in t["customer_addresses"] if row[1] != t["invoices"][0][1])
        expect_fail("shipped to another customer's address", write_archive(tmp / "g6", mutated(
            "invoices", "shipping_address_id", lambda v: other_address)), "shipping_address_id:")
        # tax-exempt customers: the marker is case-sensitive, and adding it needs a zero rate
        exempt, taxed = taxed_and_exempt_customers()
        expect_fail("tax-exempt marker in lower case", write_archive(tmp / "g3", mutated(
            "customers", "notes", lambda v: v.replace(TAX_EXEMPT, TAX_EXEMPT.lower()), row=exempt)),
            "tax_rate: 0.000 is not the sales tax of")
        expect_fail("tax-exempt customer taxed", write_archive(tmp / "g4", mutated(
            "customers", "notes", lambda v: "Church, Tax-exempt", row=taxed)),
            "is not 0.000 for a tax-exempt customer")
        expect_fail("unit price", write_archive(tmp / "h", mutated(
            "invoice_line_items", "unit_price", lambda v: money(cents(v) + 100))), "unit_price:")
        expect_fail("duplicate email", write_archive(tmp / "i", mutated(
            "customers", "email", lambda v: t["customers"][1][4])), "email:")
        expect_fail("bad email domain", write_archive(tmp / "i2", mutated(
            "customers", "email", lambda v: "x@gmail.com")), "email:")
        expect_fail("unknown segment", write_archive(tmp / "i3", mutated(
            "customers", "segment", lambda v: "consumer")), "segment:")
        expect_fail("credit limit", write_archive(tmp / "j", mutated(
            "customers", "credit_limit", lambda v: money(cents(v) + 100))), "credit_limit:")
        expect_fail("markup", write_archive(tmp / "k", mutated(
            "products", "cost", lambda v: money(cents(t["products"][0][5]) * 100 // 230))),
            "cost: ", "divided by a markup")
        expect_fail("cost a cent above price / 1.20", write_archive(tmp / "k2", mutated(
            "products", "cost", lambda v: money((cents(t["products"][0][5]) * 100 + 60) // 120 + 1))),
            "cost: ")
        top_credit = mutated("customers", "credit_limit", lambda v: money(
            CREDIT_BASE_DOLLARS[1] * multiplier_of(t["customers"][0])))
        expect_ok("credit limit at the top base", write_archive(tmp / "j2", top_credit))
        expect_fail("credit limit above the top base", write_archive(tmp / "j3", mutated(
            "customers", "credit_limit", lambda v: money(
                (CREDIT_BASE_DOLLARS[1] + 100) * multiplier_of(t["customers"][0])))), "credit_limit:")
        expect_fail("primary not first", write_archive(tmp / "l", mutated(
            "customer_addresses", "primary", lambda v: False)), "primary:", "primary addresses")
        expect_fail("zip of no city", write_archive(tmp / "n", mutated(
            "customer_addresses", "postal_code", lambda v: "00000")),
            'postal_code: "00000" is not a street-delivery ZIP code of')
        address = t["customer_addresses"][0]
        other_zip = next(min(zips) for (city, state), zips in sorted(cities.items())
                         if state == address[6] and city != address[5] and min(zips) not in cities[
                             (address[5], address[6])])
        expect_fail("zip of another city of the state", write_archive(tmp / "n2", mutated(
            "customer_addresses", "postal_code", lambda v: other_zip)),
            f'postal_code: "{other_zip}" is not a street-delivery ZIP code of {address[5]}, {address[6]}')
        expect_fail("unknown city", write_archive(tmp / "n3", mutated(
            "customer_addresses", "city", lambda v: "Atlantis")), "city: 'Atlantis' is not a city of")
        expect_fail("decimal as number", write_archive(tmp / "o", mutated(
            "products", "weight", lambda v: 1.5)), "weight: not a decimal")
        expect_fail("short timestamp", write_archive(tmp / "p", mutated(
            "customers", "created_at", lambda v: v[:23] + "Z")), "created_at:")
        expect_fail("future date", write_archive(tmp / "q", mutated(
            "inventory", "last_received_date", lambda v: "2024-07-01")), "last_received_date:")
        expect_fail("receipt before the product", write_archive(tmp / "q2", mutated(
            "inventory", "last_received_date", lambda v: "2021-01-01")),
            "last_received_date: 2021-01-01 is before its product was created")
        # the first product went inactive (every fourth does, the first among them)
        expect_fail("receipt after the product went inactive", write_archive(tmp / "q3", mutated(
            "inventory", "last_received_date", lambda v: Sample.AS_OF)),
            "is after its product went inactive")
        expect_fail("uppercase uuid", write_archive(tmp / "r", mutated(
            "products", "id", lambda v: v.upper())), "id: not a lowercase")
        expect_fail("null in non-nullable", write_archive(tmp / "r2", mutated(
            "products", "sku", lambda v: None), fmt="csv"), "sku: null")
        line_index, product_row = line_of_product(inactive=False)
        expect_fail("sold when the product was created", write_archive(tmp / "v2", mutated(
            "invoice_line_items", "created_at", lambda v: product_row[9], row=line_index)),
            "created_at: ", "is not after the product was created")
        line_index, product_row = line_of_product(inactive=True)
        expect_fail("sold when the product went inactive", write_archive(tmp / "v3", mutated(
            "invoice_line_items", "created_at", lambda v: product_row[10], row=line_index)),
            "is not before the inactive product's last update")
        expect_fail("lorem", write_archive(tmp / "v", mutated(
            "products", "description", lambda v: "Lorem ipsum")), "lorem")
        expect_fail("due date", write_archive(tmp / "w", mutated(
            "invoices", "due_date", lambda v: v[:8] + ("01" if v[8:] != "01" else "02"))), "due_date:")
        paid = next(i for i, row in enumerate(t["invoices"]) if row[6] == "paid")
        expect_fail("paid without a payment time", write_archive(tmp / "pay1", mutated(
            "invoices", "paid_at", lambda v: None, row=paid)), "paid_at: empty")
        unpaid = next(i for i, row in enumerate(t["invoices"]) if row[6] in ("sent", "overdue"))
        expect_fail("unpaid with a payment method", write_archive(tmp / "pay2", mutated(
            "invoices", "payment_method", lambda v: "card", row=unpaid)), "payment_method: set")
        expect_fail("status", write_archive(tmp / "w2", mutated(
            "invoices", "status", lambda v: "sent", row=paid)), "status: sent", "overdue <=>")
        dropped = {name: list(rows) for name, rows in t.items()}
        dropped["inventory"] = dropped["inventory"][1:]
        expect_fail("missing inventory", write_archive(tmp / "x", dropped), "volume:", "inventory:")
        expect_fail("expected volume", write_archive(tmp / "x2", t), "volume:", expect_volume="large")

        # wrong encodings
        expect_fail("key order", write_archive(tmp / "y", t, tamper_content=lambda table, content: (
            content.replace(b'{"id":', b'{"x":', 1) if table == "products" else content)), "ndjson: keys")
        expect_fail("needless quotes", write_archive(tmp / "y2", t, fmt="csv", tamper_content=(
            lambda table, content: content.replace(b",SKU-000001,", b',"SKU-000001",')
            if table == "products" else content)), "quoted though")
        expect_fail("header", write_archive(tmp / "y3", t, fmt="csv", tamper_content=(
            lambda table, content: content.replace(b"id,", b"ID,", 1)
            if table == "inventory" else content)), "csv: header")

        # damaged files
        flipped = write_archive(tmp / "z", t)
        data = bytearray((flipped / "customers.ndjson.gz").read_bytes())
        data[len(data) // 2] ^= 0x01
        (flipped / "customers.ndjson.gz").write_bytes(bytes(data))
        expect_fail("flipped byte", flipped, "sha256:", "SHA256SUMS: checksum of customers.ndjson.gz")
        truncated = write_archive(tmp / "z2", t)
        data = (truncated / "invoices.ndjson.gz").read_bytes()
        (truncated / "invoices.ndjson.gz").write_bytes(data[:-12])
        rewrite_sums_for(truncated, "invoices.ndjson.gz")
        expect_fail("truncated gzip", truncated, "gzip:")
        unlisted = write_archive(tmp / "z3", t)
        sums = (unlisted / "SHA256SUMS").read_text().splitlines(keepends=True)
        (unlisted / "SHA256SUMS").write_text("".join(sums[1:]))
        (unlisted / "stray.tmp").write_text("x")
        expect_fail("SHA256SUMS incomplete", unlisted, "is not listed", "unexpected file")
        wrong_rows = write_archive(tmp / "z4", t)
        manifest = json.loads((wrong_rows / "manifest.json").read_text())
        manifest["tables"][2]["rows"] += 1
        (wrong_rows / "manifest.json").write_text(json.dumps(manifest))
        expect_fail("manifest rows", wrong_rows, "rows:", "SHA256SUMS: checksum of manifest.json")

    # unit checks of the helpers
    count += 1
    # cost = (100 x price + m // 2) // m: 1000 / 1.20 = 833.33, 1000 / 2.20 = 454.55, 400 / 1.20
    if not (markup_exists(833, 1000) and markup_exists(455, 1000) and not markup_exists(454, 1000)
            and not markup_exists(834, 1000) and markup_exists(333, 400) and not markup_exists(0, 400)):
        failures.append("markup_exists: the edge cases")
    count += 1
    rng = random.Random(11)
    for _ in range(20000):
        price = rng.choice([rng.randrange(1, 300), rng.randrange(1, 10 ** 7)])
        cost = rng.choice([rng.randrange(1, price + 1), (price * 100 + 60) // 121 + rng.randrange(-2, 3)])
        brute = any((100 * price + m // 2) // m == cost for m in range(MARKUPS[0], MARKUPS[1] + 1))
        if cost > 0 and markup_exists(cost, price) != brute:
            failures.append(f"markup_exists({cost}, {price}) differs from trying every markup")
            break
    count += 1
    with tempfile.TemporaryDirectory() as scratch:
        broken = Path(scratch) / "vocabulary.json"
        broken.write_text('{"states": [{"code": "CA"}]}')
        findings = Findings(echo=False)
        if load_vocabulary(broken, findings) != ({}, {}) or findings.count != 1:
            failures.append("a broken vocabulary file is reported")
        # the data version 1 shape of cities (a ZIP range) is refused, not half read
        document = json.loads(Path(vocabulary or default_vocabulary_file()).read_text(encoding="utf-8"))
        document["cities"] = [{"name": "Birmingham", "state": "AL", "zip_low": 35203, "zip_high": 35222}]
        broken.write_text(json.dumps(document))
        findings = Findings(echo=False)
        if load_vocabulary(broken, findings) != ({}, {}) or findings.count != 1:
            failures.append("a vocabulary file of cities without zips is reported")

    for failure in failures:
        print(f"self-test FAIL {failure}")
    print(f"self-test: {count - len(failures)} of {count} cases passed")
    return 1 if failures else 0


# --------------------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", nargs="?", help="the archive directory")
    parser.add_argument("--expect-volume", choices=sorted(VOLUMES))
    parser.add_argument("--expect-scale", type=int)
    parser.add_argument("--vocabulary", help="the vocabulary JSON file (default: vocabulary.json beside this script)")
    parser.add_argument("--self-test", action="store_true", help="check the checker and exit")
    parser.add_argument("--write-sample", metavar="DIR", help="write a synthetic archive to DIR")
    parser.add_argument("--sample-volume", choices=sorted(VOLUMES), default="small")
    parser.add_argument("--sample-scale", type=int, default=1)
    parser.add_argument("--sample-format", choices=["ndjson", "csv"], default="ndjson")
    args = parser.parse_args(argv)

    if args.self_test:
        return run_self_test(args.vocabulary)
    if args.write_sample:
        states, cities = load_vocabulary(Path(args.vocabulary) if args.vocabulary else default_vocabulary_file(),
                                         Findings())
        sample = Sample(states, cities, volume=args.sample_volume, scale=args.sample_scale)
        write_archive(args.write_sample, sample.tables, fmt=args.sample_format,
                      volume=args.sample_volume, scale=args.sample_scale)
        print(f"wrote {args.write_sample}")
        return 0
    if not args.directory:
        parser.error("the archive directory is required")

    findings = Findings()
    try:
        tables, rows = check_archive(args.directory, findings, args.expect_volume, args.expect_scale,
                                     args.vocabulary)
    except Exception as error:  # a checker bug must fail loudly, never pass
        import traceback
        traceback.print_exc()
        findings.fail(args.directory, 0, f"internal error: {error!r}")
        tables, rows = 0, 0
    if findings.count:
        findings.summary()
        return 1
    print(f"OK: {tables} tables, {rows} rows checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
