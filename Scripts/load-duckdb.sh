#!/usr/bin/env bash
# Loads a demodata CSV, NDJSON or Parquet archive into a DuckDB database file, all or nothing.
#
#   Scripts/load-duckdb.sh [--replace] DIR DBFILE
#
# Checks the archive first like load-postgres.sh (manifest, CSV, NDJSON or Parquet, not a
# shard, every file present and matching SHA256SUMS). Then, through DuckDB's Python package
# (PyPI `duckdb`), ONE transaction creates the tables with `demodata schema --dialect duckdb
# --section tables` (exact types: uuid, decimal(p,s), timestamptz; NOT NULL, primary, unique and
# foreign keys and CHECK on), copies each file in load order with DuckDB's own COPY … FROM (CSV
# with an empty unquoted field as NULL, NDJSON whose decimal strings are cast exactly, or
# Parquet, typed already), checks each row count against the manifest and, for NDJSON, that
# every line has exactly the table's columns as keys in order, then creates the indexes
# (`--section constraints`). DuckDB checks foreign keys row by row as they arrive. Any failure
# rolls back; a DBFILE that did not exist before is removed again.
#
# A subset archive (generate --tables) loads its tables only, created with `demodata schema
# --tables`. DBFILE must not hold any of the eight tables yet; --replace drops those it has
# first, inside the same transaction, so a failed reload keeps the old tables.
set -euo pipefail

program=$(basename "$0")
usage="usage: $program [--replace] DIR DBFILE"
# shellcheck source=lib/load-common.sh
source "$(dirname "$0")/lib/load-common.sh"

file_loader_operands "$@"

read_manifest "$dir" "csv ndjson parquet"
python3 -c 'import duckdb' 2>/dev/null ||
    fail "the duckdb Python package is not installed; install it (pip install duckdb) and retry"
verify_checksums "$dir"
absolute_database_file
case $dir in /*) ;; *) dir=$PWD/$dir ;; esac

work=$(mktemp -d "${TMPDIR:-/tmp}/load-duckdb.XXXXXX")
trap 'rm -rf "$work"' EXIT
demodata_schema duckdb tables >"$work/tables.sql"
demodata_schema duckdb constraints >"$work/constraints.sql"
for i in "${!table_names[@]}"; do
    printf '%s|%s|%s|%s\n' "${table_names[i]}" "${table_files[i]}" "${table_rows[i]}" \
        "${table_columns[i]}"
done >"$work/tables.txt"
printf '%s\n' "${all_table_names[@]}" >"$work/all_tables.txt"

printf '%s: loading %s into %s\n' "$program" "$dir" "$db_given" >&2
start=$(now)
python3 - "$program" "$dir" "$db" "$archive_format" "$replace" "$work" <<'PY' || exit 1
import os, sys
import duckdb

program, directory, database, archive_format, replace, work = sys.argv[1:7]


def literal(text):
    return "'" + text.replace("'", "''") + "'"


def quoted(name):
    return '"' + name.replace('"', '""') + '"'


def read(name):
    with open(os.path.join(work, name), encoding="utf-8") as handle:
        return handle.read()


tables = [line.split("|") for line in read("tables.txt").splitlines()]
created = not os.path.exists(database)
try:
    connection = duckdb.connect(database)
    # A long COPY would draw a progress bar on standard output, which is for the table lines.
    connection.execute("SET enable_progress_bar = false")
except duckdb.Error as error:
    print(f"{program}: cannot open {database} as a DuckDB database: {error}", file=sys.stderr)
    sys.exit(1)


def fail(message, rolled_back):
    connection.close()
    if rolled_back and created:
        for path in (database, database + ".wal"):
            if os.path.exists(path):
                os.remove(path)
        message += f"; rolled back and removed the new {database}"
    elif rolled_back:
        message += f"; rolled back, {database} is unchanged"
    print(f"{program}: {message}", file=sys.stderr)
    sys.exit(1)


# Every table demodata makes: none may exist without --replace, which drops them all.
names = read("all_tables.txt").split()
existing = [row[0] for row in connection.execute(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
    "AND table_name IN (" + ", ".join(literal(name) for name in names) + ") ORDER BY 1"
).fetchall()]
if existing and replace != "true":
    fail(f"{database} already has tables {', '.join(existing)}; choose a new file, or pass "
         "--replace to drop and reload them in the same transaction", rolled_back=False)

try:
    connection.execute("BEGIN TRANSACTION")
    if replace == "true":
        for name in reversed(names):
            connection.execute(f"DROP TABLE IF EXISTS {quoted(name)}")
    connection.execute(read("tables.sql"))
    for name, file, rows, columns in tables:
        path = literal(os.path.join(directory, file))
        if archive_format == "csv":
            options = ("FORMAT csv, HEADER true, DELIMITER ',', QUOTE '\"', ESCAPE '\"', "
                       "NULL '', ALLOW_QUOTED_NULLS false")
        elif archive_format == "parquet":
            options = "FORMAT parquet"
        else:
            keys = "[" + ", ".join(literal(column) for column in columns.split()) + "]"
            wrong = connection.execute(
                f"SELECT count(*) FROM read_json_objects({path}, format = 'newline_delimited') "
                f"WHERE json_keys(json) <> {keys}").fetchone()[0]
            if wrong:
                raise duckdb.Error(f"{wrong} lines of {file} are not objects with exactly the "
                                   "table's columns as keys, in order")
            options = "FORMAT json"
        loaded = connection.execute(
            f"COPY {quoted(name)} FROM {path} ({options})").fetchone()[0]
        if loaded != int(rows):
            raise duckdb.Error(f"{file} holds {loaded} rows but manifest.json lists {rows}")
        print(f"{name:<20} {loaded:>12,} rows", flush=True)
    connection.execute(read("constraints.sql"))
    connection.execute("COMMIT")
except duckdb.Error as error:
    try:
        connection.execute("ROLLBACK")
    except duckdb.Error:
        pass
    fail(f"loading {directory} failed: {error}", rolled_back=True)
connection.execute("CHECKPOINT")
connection.close()
PY
total=0
for rows in "${table_rows[@]}"; do total=$((total + rows)); done
printf '%s: loaded %s rows into %s tables in %s s, committed\n' \
    "$program" "$total" "${#table_names[@]}" "$(elapsed "$start")" >&2
