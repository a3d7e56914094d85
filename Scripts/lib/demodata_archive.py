"""Reads a demodata archive and the vocabulary, for the Python that is not the checker.

One module for every Python reader of archives except Scripts/check_archive.py, which stays an
independent oracle and reads archives on its own: the realism figures
(Scripts/realism_figures.py) and the loaders' manifest check (the Python inside
Scripts/lib/load-common.sh). Python 3.11 standard library only; Parquet rows need pyarrow,
zstd files the `zstd` command (as the loaders do).

    import demodata_archive as archive
    a = archive.Archive("Output/small")      # reads and checks manifest.json
    for table in a.tables:                   # in the manifest's (load) order
        print(table.name, table.file, table.rows, [c.name for c in table.columns])
        for row in a.rows(table):            # dicts, column name -> value, streamed
            ...
    sums = a.checksums()                     # SHA256SUMS: file name -> hex digest
    vocabulary = archive.read_vocabulary()   # Scripts/vocabulary.json: states, cities

Row values are those of the file's format: for NDJSON the JSON value (decimals are strings,
integers and booleans JSON numbers and literals, null None), for CSV the field's text with
None for null (an empty unquoted field; `""` is the empty string), for Parquet what pyarrow
gives (Decimal, datetime, UUID bytes...). Every problem raises ArchiveError, whose message is
one sentence naming the problem and what to do.

It sits in Scripts/lib/ and, installed, in PREFIX/libexec/demodata/lib/ beside
load-common.sh (Scripts/install.sh and Scripts/release.sh copy it there); importers put the
directory of this file on sys.path.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import subprocess
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

FORMATS = ("ndjson", "csv", "parquet")
# The suffix each codec adds to an NDJSON or CSV file; a Parquet file compresses its pages.
SUFFIXES = {"gzip": ".gz", "zstd": ".zst", "none": ""}
IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
HEX64 = re.compile(r"[0-9a-f]{64}")
# One RFC 4180 field at a position: quoted (doubled quotes inside) or bare.
CSV_FIELD = re.compile(r'"((?:[^"]|"")*)"|([^,"\r\n]*)')
VOCABULARY = Path(__file__).resolve().parent.parent / "vocabulary.json"


class ArchiveError(Exception):
    """A problem with an archive or the vocabulary, said as one sentence with what to do."""


def refuse_duplicate_keys(pairs):
    """An object_pairs_hook for json that refuses a key named twice in one object: readers
    disagree on which one counts (Python keeps the last, Foundation the first)."""
    keys = set()
    for key, _ in pairs:
        if key in keys:
            raise ValueError(f"the key {key!r} appears twice in one object")
        keys.add(key)
    return dict(pairs)


def read_json(path: Path | str):
    """A JSON file's value, refusing duplicate keys; OSError and ValueError pass through."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle, object_pairs_hook=refuse_duplicate_keys)


def parse_sha256sums(text: str, where: str = "SHA256SUMS") -> dict[str, str]:
    """{file name: hex digest} of `sha256sum` output (`<hex>  <name>` or `<hex> *<name>`
    lines); refuses a malformed line and a name listed twice."""
    sums: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
        if not match:
            raise ArchiveError(f"{where}:{number} is not a `<sha256>  <file>` line; "
                               "generate the archive again")
        digest, name = match.groups()
        if name in sums:
            raise ArchiveError(f"{where}:{number} lists {name} a second time; "
                               "generate the archive again")
        sums[name] = digest
    return sums


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # uuid, string, integer, boolean, date, timestamp or decimal(p,s)
    nullable: bool
    references: tuple[str, str] | None  # (table, column) of a foreign key


@dataclass(frozen=True)
class Table:
    """One table entry of the manifest."""
    name: str
    file: str
    rows: int
    columns: tuple[Column, ...]
    entry: dict  # the manifest's whole entry (bytes, sha256, content_sha256, ...)

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    @property
    def parents(self) -> list[str]:
        """The tables its foreign keys reference, in column order, each once."""
        names: list[str] = []
        for column in self.columns:
            if column.references and column.references[0] not in names:
                names.append(column.references[0])
        return names


class Archive:
    """An archive directory, its manifest read and checked for the shape every reader needs:
    a format and compression this module knows, and a table list whose entries each have a
    name, the file name the format gives, a row count and a column list."""

    def __init__(self, directory: Path | str):
        self.directory = Path(directory)
        self.manifest_path = self.directory / "manifest.json"
        where = str(self.manifest_path)
        if not self.directory.is_dir():
            raise ArchiveError(f"no such archive directory: {self.directory}")
        try:
            manifest = read_json(self.manifest_path)
        except FileNotFoundError:
            raise ArchiveError(f"{self.directory} has no manifest.json, so it is not a complete "
                               "archive (the manifest is written last); generate it again")
        except (OSError, ValueError) as error:
            raise ArchiveError(f"{where} cannot be read as JSON ({error}); generate the "
                               "archive again")
        if not isinstance(manifest, dict) or not isinstance(manifest.get("tables"), list):
            raise ArchiveError(f"{where} is not a demodata manifest (no tables list); give the "
                               "directory of a demodata archive")
        self.manifest = manifest
        self.format = manifest.get("format")
        self.compression = manifest.get("compression")
        if self.format not in FORMATS:
            raise ArchiveError(f"{where} names the format {self.format!r}; this reader knows "
                               f"{', '.join(FORMATS)}")
        if self.compression not in SUFFIXES:
            raise ArchiveError(f"{where} names an unknown compression {self.compression!r}; "
                               f"this reader knows {', '.join(SUFFIXES)}")
        if not manifest["tables"]:
            raise ArchiveError(f"{where} lists no tables; generate the archive again")
        self.tables = [self._table(entry, where) for entry in manifest["tables"]]
        names = [table.name for table in self.tables]
        if len(set(names)) != len(names):
            raise ArchiveError(f"{where} lists a table twice ({', '.join(names)}); generate "
                               "the archive again")
        self._by_name = {table.name: table for table in self.tables}

    def _table(self, entry, where) -> Table:
        if not isinstance(entry, dict):
            raise ArchiveError(f"{where} has a table entry that is not an object")
        name, file, rows = entry.get("name"), entry.get("file"), entry.get("rows")
        suffix = "." + self.format + ("" if self.format == "parquet"
                                      else SUFFIXES[self.compression])
        if not isinstance(name, str) or not IDENTIFIER.fullmatch(name) or file != name + suffix:
            raise ArchiveError(f"{where} has an unexpected table entry {name!r} / {file!r}; "
                               "generate the archive again")
        if type(rows) is not int or rows < 0:
            raise ArchiveError(f"{where} gives no row count for {name}; generate the archive "
                               "again")
        columns = []
        for column in entry.get("columns") or []:
            references = column.get("references") if isinstance(column, dict) else None
            if not (isinstance(column, dict) and isinstance(column.get("name"), str)
                    and IDENTIFIER.fullmatch(column["name"]) and isinstance(column.get("type"), str)
                    and (references is None or (isinstance(references, dict)
                                                and isinstance(references.get("table"), str)))):
                raise ArchiveError(f"{where} gives no usable column list for {name}; generate "
                                   "the archive again")
            columns.append(Column(column["name"], column["type"], column.get("nullable") is True,
                                  (references["table"], references.get("column", "id"))
                                  if references else None))
        if not columns:
            raise ArchiveError(f"{where} gives no usable column list for {name}; generate the "
                               "archive again")
        return Table(name, file, rows, tuple(columns), entry)

    # -- the manifest ------------------------------------------------------------------------

    @property
    def table_names(self) -> list[str]:
        return [table.name for table in self.tables]

    @property
    def shard(self) -> dict | None:
        return self.manifest.get("shard")

    @property
    def as_of(self) -> str | None:
        return self.manifest.get("as_of")

    def table(self, name: str) -> Table:
        try:
            return self._by_name[name]
        except KeyError:
            raise ArchiveError(f"{self.manifest_path} lists no table {name}; it holds "
                               f"{', '.join(self.table_names)}") from None

    def path(self, table: Table | str) -> Path:
        return self.directory / (table if isinstance(table, str) else table.file)

    def checksums(self) -> dict[str, str]:
        """SHA256SUMS as {file name: hex digest}."""
        path = self.directory / "SHA256SUMS"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, ValueError) as error:
            raise ArchiveError(f"cannot read {path} ({error}); generate the archive again")
        return parse_sha256sums(text, str(path))

    # -- rows --------------------------------------------------------------------------------

    @contextmanager
    def open(self, table: Table | str):
        """The decompressed bytes of an NDJSON or CSV table file, as a binary stream."""
        table = self.table(table) if isinstance(table, str) else table
        if self.format == "parquet":
            raise ArchiveError(f"{table.file} is Parquet, which has no text stream; read its "
                               "rows with rows()")
        with open_decompressed(self.path(table), self.compression) as stream:
            yield stream

    def rows(self, table: Table | str) -> Iterator[dict]:
        """The table's rows in file order, one dict (column name -> value) at a time, never
        the whole table in memory. An NDJSON line whose keys are not the manifest's columns in
        order, a CSV record of the wrong width and a file that does not decompress are
        refused."""
        table = self.table(table) if isinstance(table, str) else table
        if self.format == "parquet":
            yield from parquet_rows(self.path(table))
            return
        names = table.column_names
        with self.open(table) as binary:
            text = io.TextIOWrapper(binary, encoding="utf-8",
                                    newline="" if self.format == "csv" else "\n")
            try:
                if self.format == "ndjson":
                    yield from ndjson_rows(text, names, table.file)
                else:
                    # In a sharded CSV archive only shard 0's files begin with the header.
                    shard = self.shard
                    header = not (isinstance(shard, dict) and shard.get("index", 0) != 0)
                    yield from csv_rows(text, names, table.file, header)
            except UnicodeDecodeError as error:
                raise ArchiveError(f"{table.file} is not UTF-8 ({error}); generate the archive "
                                   "again")
            finally:
                text.detach()

    def count_rows(self, table: Table | str) -> int:
        table = self.table(table) if isinstance(table, str) else table
        if self.format == "parquet":
            return parquet_file(self.path(table)).metadata.num_rows
        return sum(1 for _ in self.rows(table))


# -- decompression ---------------------------------------------------------------------------


class _ProcessReader(io.RawIOBase):
    """The standard output of a decompressor as a stream; closing it after the end was read
    reports a failed decompression, closing it earlier stops the process."""

    def __init__(self, command: list[str], path: Path):
        self.path = path
        try:
            self.process = subprocess.Popen(command + [str(path)], stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE)
        except FileNotFoundError:
            raise ArchiveError(f"{command[0]} is not installed, and {path} needs it; install it "
                               "and retry") from None
        self.ended = False

    def readable(self):
        return True

    def readinto(self, buffer):
        count = self.process.stdout.readinto(buffer)
        if count == 0:
            self.ended = True
        return count

    def close(self):
        if self.closed:
            return
        super().close()
        if not self.ended:
            self.process.kill()
        self.process.stdout.close()
        error = self.process.stderr.read().decode("utf-8", "replace").strip()
        self.process.stderr.close()
        status = self.process.wait()
        if self.ended and status != 0:
            raise ArchiveError(f"{self.path} does not decompress cleanly ({error or status}); "
                               "generate the archive again")


@contextmanager
def open_decompressed(path: Path | str, compression: str):
    """A binary stream of a file's decompressed bytes (gzip, zstd through the zstd command, or
    none); a damaged file raises ArchiveError while it is read or when the stream closes."""
    path = Path(path)
    if not path.is_file():
        raise ArchiveError(f"{path} is missing, so the archive is incomplete; generate it again")
    if compression == "gzip":
        stream = gzip.open(path, "rb")
    elif compression == "zstd":
        stream = io.BufferedReader(_ProcessReader(["zstd", "-q", "-dc"], path), 1 << 20)
    elif compression == "none":
        stream = open(path, "rb")
    else:
        raise ArchiveError(f"{path}: unknown compression {compression!r}; this reader knows "
                           f"{', '.join(SUFFIXES)}")
    failed = False
    try:
        yield stream
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        failed = True
        raise ArchiveError(f"{path} does not decompress cleanly ({error}); generate the "
                           "archive again") from None
    except BaseException:
        failed = True
        raise
    finally:
        try:
            stream.close()
        except ArchiveError:
            if not failed:
                raise


# -- rows of each format ---------------------------------------------------------------------


def ndjson_rows(lines, names: list[str], where: str) -> Iterator[dict]:
    for number, line in enumerate(lines, 1):
        try:
            pairs = json.loads(line, object_pairs_hook=lambda pairs: pairs)
        except ValueError as error:
            raise ArchiveError(f"{where}:{number} is not a JSON line ({error}); generate the "
                               "archive again")
        if not isinstance(pairs, list) or [key for key, _ in pairs] != names:
            raise ArchiveError(f"{where}:{number} is not an object with exactly the manifest's "
                               "columns as keys, in order; generate the archive again")
        yield dict(pairs)


def csv_fields(record: str) -> list[str | None] | None:
    """The fields of one RFC 4180 record without its line end, None for an empty unquoted
    field (null); None for the whole record when it is not RFC 4180."""
    fields: list[str | None] = []
    position, end = 0, len(record)
    while True:
        match = CSV_FIELD.match(record, position)
        if match.group(1) is not None:
            fields.append(match.group(1).replace('""', '"'))
        else:
            fields.append(match.group(2) or None)
        position = match.end()
        if position == end:
            return fields
        if record[position] != ",":
            return None
        position += 1


def csv_records(lines) -> Iterator[tuple[int, str]]:
    """(first line number, record text without its line end) for each record: a record ends
    at a line end outside quotes, which an even count of quotes so far tells."""
    pending, first = "", 1
    for number, line in enumerate(lines, 1):
        if not pending:
            first = number
        pending += line
        if pending.count('"') % 2 == 0:
            yield first, pending[:-2] if pending.endswith("\r\n") else pending.rstrip("\n")
            pending = ""
    if pending:
        yield first, pending


def csv_rows(lines, names: list[str], where: str, header: bool = True) -> Iterator[dict]:
    records = csv_records(lines)
    if header:
        first = next(records, None)
        if first is None or csv_fields(first[1]) != names:
            raise ArchiveError(f"{where}: the header is not the manifest's columns; generate "
                               "the archive again")
    for number, record in records:
        fields = csv_fields(record)
        if fields is None or len(fields) != len(names):
            raise ArchiveError(f"{where}:{number} is not an RFC 4180 record of "
                               f"{len(names)} fields; generate the archive again")
        yield dict(zip(names, fields))


def parquet_file(path: Path):
    try:
        import pyarrow.parquet as parquet
    except ImportError:
        raise ArchiveError(f"{path} is Parquet, which needs the pyarrow package; install it "
                           "(pip install pyarrow) and retry") from None
    try:
        return parquet.ParquetFile(path)
    except (OSError, ValueError) as error:
        raise ArchiveError(f"{path} cannot be read as Parquet ({error}); generate the archive "
                           "again") from None


def parquet_rows(path: Path) -> Iterator[dict]:
    """A Parquet file's rows, one batch of at most 8,192 rows in memory at a time."""
    for batch in parquet_file(path).iter_batches(batch_size=8192):
        yield from batch.to_pylist()


# -- the vocabulary --------------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    code: str
    name: str
    population: int  # 2020 Census
    sales_tax_hundredths: int
    zip_prefixes: tuple[tuple[int, int], ...]  # inclusive ranges of three-digit prefixes
    area_codes: tuple[int, ...]  # telephone area codes of the state's ZIPs


@dataclass(frozen=True)
class City:
    name: str
    state: str
    zips: tuple[int, ...]  # street-delivery ZIP codes


@dataclass(frozen=True)
class Vocabulary:
    states: tuple[State, ...]
    cities: tuple[City, ...]


def read_vocabulary(path: Path | str | None = None) -> Vocabulary:
    """Scripts/vocabulary.json (or `path`), the facts demodata's generator uses, as the Swift
    tests keep it (`demodata`'s VocabularyExport)."""
    path = Path(path) if path else VOCABULARY
    fix = ("it is written by DEMODATA_WRITE_VOCABULARY=1 swift test --filter "
           "VocabularyExportTests")
    try:
        document = read_json(path)
        states = tuple(
            State(s["code"], s["name"], int(s["population"]), int(s["sales_tax_hundredths"]),
                  tuple((int(low), int(high)) for low, high in s["zip_prefixes"]),
                  tuple(int(code) for code in s["area_codes"]))
            for s in document["states"])
        cities = tuple(City(c["name"], c["state"], tuple(int(z) for z in c["zips"]))
                       for c in document["cities"])
    except (OSError, ValueError) as error:
        raise ArchiveError(f"cannot read {path} ({error}); {fix}") from None
    except (KeyError, TypeError) as error:
        reason = f"no key {error}" if isinstance(error, KeyError) else str(error)
        raise ArchiveError(f"{path} is not demodata's vocabulary ({reason}); {fix}") from None
    if not states or not cities:
        raise ArchiveError(f"{path} holds {len(states)} states and {len(cities)} cities; {fix}")
    return Vocabulary(states, cities)


# -- self-test -------------------------------------------------------------------------------


def _self_test() -> int:
    """Writes small synthetic archives (NDJSON and CSV; gzip, zstd and none) and damaged ones
    in a temporary directory and asserts what this module reads and refuses."""
    import hashlib
    import shutil
    import sys
    import tempfile

    columns = [{"name": "id", "type": "integer", "nullable": False},
               {"name": "note", "type": "string", "nullable": True},
               {"name": "flag", "type": "boolean", "nullable": False}]
    child_columns = [{"name": "id", "type": "integer", "nullable": False},
                     {"name": "parent_id", "type": "integer", "nullable": False,
                      "references": {"table": "parents", "column": "id"}}]
    # A null, an empty string, and text with a comma, a quote and a line break.
    parents = [{"id": 1, "note": None, "flag": True}, {"id": 2, "note": "", "flag": False},
               {"id": 3, "note": 'a, "b"\nc', "flag": True}]
    children = [{"id": 10 + n, "parent_id": 1 + n % 3} for n in range(7)]
    failures: list[str] = []
    cases = 0

    def expect(label, condition):
        nonlocal cases
        cases += 1
        if not condition:
            failures.append(label)

    def refused(label, action, needle):
        nonlocal cases
        cases += 1
        try:
            action()
        except ArchiveError as error:
            if needle not in str(error) or "\n" in str(error):
                failures.append(f"{label}: the message {str(error)!r} lacks {needle!r}")
            return
        failures.append(f"{label}: not refused")

    def encode(rows, names, fmt):
        if fmt == "ndjson":
            return "".join(json.dumps(row) + "\n" for row in rows).encode()

        def field(value):
            if value is None:
                return ""
            text = ("true" if value else "false") if isinstance(value, bool) else str(value)
            return '"' + text.replace('"', '""') + '"' if text == "" or any(
                c in text for c in ',"\r\n') else text
        lines = [",".join(names)] + [",".join(field(row[n]) for n in names) for row in rows]
        return "".join(line + "\n" for line in lines).encode()

    def compress(data, compression):
        if compression == "gzip":
            return gzip.compress(data, mtime=0)
        if compression == "zstd":
            return subprocess.run(["zstd", "-q", "-c"], input=data, capture_output=True,
                                  check=True).stdout
        return data

    def write(directory, fmt, compression):
        directory.mkdir(parents=True)
        entries, sums = [], []
        for name, rows, cols in (("parents", parents, columns), ("children", children,
                                                                   child_columns)):
            file = f"{name}.{fmt}{SUFFIXES[compression]}"
            data = compress(encode(rows, [c["name"] for c in cols], fmt), compression)
            (directory / file).write_bytes(data)
            sums.append(f"{hashlib.sha256(data).hexdigest()}  {file}\n")
            entries.append({"name": name, "file": file, "rows": len(rows), "columns": cols})
        manifest = {"format": fmt, "compression": compression, "shard": None,
                    "as_of": "2024-06-30", "tables": entries}
        (directory / "manifest.json").write_text(json.dumps(manifest, indent=2))
        (directory / "SHA256SUMS").write_text("".join(sums))
        return directory

    def text_of(value):
        return ("true" if value else "false") if isinstance(value, bool) else (
            None if value is None else str(value))

    have_zstd = shutil.which("zstd") is not None
    with tempfile.TemporaryDirectory(prefix="demodata_archive.") as scratch:
        scratch = Path(scratch)
        for fmt in ("ndjson", "csv"):
            for compression in ("gzip", "zstd", "none") if have_zstd else ("gzip", "none"):
                label = f"{fmt} {compression}"
                archive = Archive(write(scratch / label.replace(" ", "-"), fmt, compression))
                expect(f"{label}: tables in the manifest's order",
                       archive.table_names == ["parents", "children"])
                expect(f"{label}: parents", archive.table("children").parents == ["parents"])
                for table, rows in (("parents", parents), ("children", children)):
                    read = list(archive.rows(table))
                    wanted = rows if fmt == "ndjson" else [
                        {key: text_of(value) for key, value in row.items()} for row in rows]
                    expect(f"{label}: the rows of {table}", read == wanted)
                    expect(f"{label}: the row count of {table}",
                           archive.count_rows(table) == archive.table(table).rows)
                expect(f"{label}: SHA256SUMS", set(archive.checksums()) == {
                    "parents." + fmt + SUFFIXES[compression],
                    "children." + fmt + SUFFIXES[compression]})
                # A reader that stops early is no failure, however the file is compressed.
                expect(f"{label}: stopping early", next(iter(archive.rows("children"))) ==
                       (children[0] if fmt == "ndjson" else {k: str(v) for k, v in
                                                            children[0].items()}))
        base = scratch / "ndjson-gzip"
        manifest = (base / "manifest.json").read_text()

        def rewritten(name, text):
            copy = scratch / name
            shutil.copytree(base, copy)
            (copy / "manifest.json").write_text(text)
            return copy
        twice = rewritten("twice", manifest.replace('"format":', '"format": "csv", "format":'))
        refused("a duplicate key", lambda: Archive(twice), "appears twice in one object")
        refused("an unknown compression",
                lambda: Archive(rewritten("xz", manifest.replace('"gzip"', '"xz"'))),
                "unknown compression 'xz'")
        refused("a file name the format does not give",
                lambda: Archive(rewritten("name", manifest.replace('"parents.ndjson.gz"',
                                                                   '"parents.json.gz"'))),
                "unexpected table entry 'parents'")
        refused("no manifest", lambda: Archive(scratch), "has no manifest.json")
        refused("a bad SHA256SUMS line", lambda: parse_sha256sums("abc  x\n"), "SHA256SUMS:1")
        digest = "0" * 64
        refused("a file listed twice", lambda: parse_sha256sums(
            f"{digest}  a\n{digest} *a\n"), "lists a a second time")
        expect("SHA256SUMS in binary mode", parse_sha256sums(f"{digest} *a b\n") == {"a b": digest})
        swapped = rewritten("swapped", manifest.replace('"note"', '"NOTE"').replace(
            '"flag"', '"note"').replace('"NOTE"', '"flag"'))
        refused("keys out of order", lambda: list(Archive(swapped).rows("parents")),
                "parents.ndjson.gz:1 is not an object with exactly")
        codecs = [("gzip", "ndjson-gzip", "parents.ndjson.gz")] + (
            [("zstd", "csv-zstd", "parents.csv.zst")] if have_zstd else [])
        for codec, name, file in codecs:
            damaged = scratch / f"truncated-{codec}"
            shutil.copytree(scratch / name, damaged)
            data = (damaged / file).read_bytes()
            (damaged / file).write_bytes(data[:len(data) - 6])
            refused(f"a truncated {codec} file", lambda: list(Archive(damaged).rows("parents")),
                    "does not decompress cleanly")
        vocabulary = read_vocabulary()
        expect("the vocabulary's states", len(vocabulary.states) == 51 and all(
            state.population > 0 and state.area_codes for state in vocabulary.states))
        expect("the vocabulary's cities", all(city.zips for city in vocabulary.cities))
        document = read_json(VOCABULARY)
        del document["states"][0]["population"]
        (scratch / "vocabulary.json").write_text(json.dumps(document))
        refused("a vocabulary without populations",
                lambda: read_vocabulary(scratch / "vocabulary.json"), "'population'")
    for failure in failures:
        print(f"self-test: FAIL {failure}", file=sys.stderr)
    print(f"self-test: {cases - len(failures)} of {cases} cases passed"
          + ("" if have_zstd else " (zstd is not installed: its cases were skipped)"))
    return 1 if failures else 0


if __name__ == "__main__":
    import sys

    if sys.argv[1:] != ["--self-test"]:
        print("usage: python3 demodata_archive.py --self-test (it is a module: import it)",
              file=sys.stderr)
        sys.exit(64)
    sys.dont_write_bytecode = True
    sys.exit(_self_test())
