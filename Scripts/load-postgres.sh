#!/usr/bin/env bash
# Loads a demodata CSV or NDJSON archive into PostgreSQL, all or nothing.
#
#   Scripts/load-postgres.sh [--replace] DIR
#
# The database comes from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE,
# PGPASSWORD or ~/.pgpass ...). Before touching the database it checks the archive: a manifest
# (written last, so its presence means the archive is complete), CSV or NDJSON format, not a
# shard, every table file present and matching SHA256SUMS. Then, in ONE transaction (psql
# --single-transaction with ON_ERROR_STOP), it creates the tables with `demodata schema
# --dialect postgres --section tables` (primary keys, NOT NULL, UNIQUE and CHECK on), loads
# each file in load order, checking each row count against the manifest, then adds the
# foreign keys and indexes (`--section constraints`), which validates every reference in one
# pass. Any failure rolls everything back and leaves the database as it was.
#
# A CSV file is copied with `\copy … FROM PROGRAM 'gzip -dc FILE' CSV HEADER`. An NDJSON file
# is copied line by line into a temporary jsonb table (as CSV whose quote and delimiter are
# control characters that JSON text never holds raw, so every line arrives as it is), each
# line is checked to be an object with exactly the table's columns as keys, and
# `jsonb_populate_record` turns the lines into typed rows: decimals from their JSON strings
# exactly, true/false as booleans, null as NULL.
#
# A subset archive (generate --tables) loads its tables only, created with `demodata schema
# --tables`; its foreign keys reference its own tables, which are all there.
#
# None of the eight tables may exist yet; --replace drops those that do first, inside the same
# transaction, so a failed reload keeps the old tables. The demodata binary is
# $DEMODATA_BINARY, else .build/release/demodata, else built with swift build.
set -euo pipefail

program=$(basename "$0")
usage="usage: $program [--replace] DIR   (database from PGHOST, PGPORT, PGUSER, PGDATABASE)"
# shellcheck source=lib/load-common.sh
source "$(dirname "$0")/lib/load-common.sh"

parse_options "$@"
[ ${#operands[@]} -eq 1 ] || usage_error "expected one archive directory, got ${#operands[@]} arguments"
dir=${operands[0]}

read_manifest "$dir" "csv ndjson"
require_commands psql ${archive_decompress%% *}
verify_checksums "$dir"
case $dir in *$'\n'*) fail "the archive path must not contain a line break: $dir" ;; esac

work=$(mktemp -d "${TMPDIR:-/tmp}/load-postgres.XXXXXX")
trap 'rm -rf "$work"' EXIT
demodata_schema postgres tables >"$work/tables.sql"
demodata_schema postgres constraints >"$work/constraints.sql"

psql_base=(psql -X -q -v ON_ERROR_STOP=1)
target="database ${PGDATABASE:-(default)} on ${PGHOST:-(default host)}:${PGPORT:-5432}"
names_sql=$(printf "'%s'," "${all_table_names[@]}")
existing=$("${psql_base[@]}" -A -t -c \
    "SELECT coalesce(string_agg(name, ', '), '') FROM unnest(ARRAY[${names_sql%,}]) AS name
     WHERE to_regclass(quote_ident(name)) IS NOT NULL") ||
    fail "cannot query $target (see psql's message above); nothing was loaded"
if [ -n "$existing" ] && [ "$replace" = false ]; then
    fail "$target already has tables $existing; drop them, choose another database, or pass --replace to drop and reload them in the same transaction"
fi

# The load script: psql runs it in DIR (so file names need no quoting) inside one transaction.
{
    printf 'SET client_min_messages = warning;\n'
    if [ "$replace" = true ]; then
        quoted=()
        for ((i = ${#all_table_names[@]} - 1; i >= 0; i--)); do
            quoted+=("\"${all_table_names[i]}\"")
        done
        printf 'DROP TABLE IF EXISTS %s;\n' "$(IFS=,; printf '%s' "${quoted[*]}" | sed 's/,/, /g')"
    fi
    cat "$work/tables.sql"
    for i in "${!table_names[@]}"; do
        name=${table_names[i]} file=${table_files[i]} rows=${table_rows[i]}
        columns=$(printf '"%s", ' ${table_columns[i]})
        columns=${columns%, }
        if [ "$archive_compression" != none ]; then
            source_clause="PROGRAM '$archive_decompress $file'"
        else
            source_clause="'$file'"
        fi
        if [ "$archive_format" = csv ]; then
            # FREEZE: the table was created in this transaction, so rows can be written frozen.
            printf '\\copy "%s" (%s) FROM %s WITH (FORMAT csv, HEADER true, FREEZE true)\n' \
                "$name" "$columns" "$source_clause"
            printf 'SELECT :ROW_COUNT AS loaded_rows, :ROW_COUNT = %s AS rows_match \\gset\n' "$rows"
            mismatch="holds' :loaded_rows 'rows but manifest.json lists $rows"
        else
            keys=$(printf "'%s', " ${table_columns[i]})
            keys="ARRAY[${keys%, }]"
            printf 'CREATE TEMP TABLE "staging" ("line" jsonb NOT NULL);\n'
            printf "\\\\copy \"staging\" (\"line\") FROM %s WITH (FORMAT csv, QUOTE E'\\\\x01', DELIMITER E'\\\\x02')\n" \
                "$source_clause"
            # Every line an object whose keys are exactly the columns, and as many as listed.
            printf 'SELECT count(*) AS loaded_rows, count(*) = %s AND count(*) FILTER (WHERE NOT (jsonb_typeof("line") = '"'object'"' AND "line" ?& %s AND "line" - %s = '"'{}'"'::jsonb)) = 0 AS rows_match FROM "staging" \\gset\n' \
                "$rows" "$keys" "$keys"
            mismatch="holds' :loaded_rows 'lines, manifest.json lists $rows, and each line must be an object whose keys are the columns"
        fi
        printf '\\if :rows_match\n'
        printf "SELECT format('%%-20s %%12s rows', '%s', to_char(:loaded_rows, 'FM999,999,999,990'));\n" "$name"
        printf '\\else\n'
        printf "\\\\warn '%s: %s %s'\n" "$program" "$file" "$mismatch"
        printf "DO \$\$ BEGIN RAISE EXCEPTION '%s: row count differs from manifest.json'; END \$\$;\n" \
            "$file"
        printf '\\endif\n'
        if [ "$archive_format" = ndjson ]; then
            printf 'INSERT INTO "%s" (%s)\n    SELECT r.* FROM "staging", jsonb_populate_record(NULL::"%s", "line") AS r;\n' \
                "$name" "$columns" "$name"
            printf 'DROP TABLE "staging";\n'
        fi
    done
    # Foreign keys and indexes after the data: one join per key instead of a check per row.
    cat "$work/constraints.sql"
    printf 'ANALYZE %s;\n' "$(printf '"%s", ' "${table_names[@]}" | sed 's/, $//')"
} >"$work/load.sql"

printf '%s: loading %s into %s\n' "$program" "$dir" "$target" >&2
start=$(now)
if ! (cd "$dir" && "${psql_base[@]}" -A -t --single-transaction -f "$work/load.sql"); then
    fail "loading $dir failed (see psql's message above); the transaction was rolled back and $target is unchanged"
fi
total=0
for rows in "${table_rows[@]}"; do total=$((total + rows)); done
printf '%s: loaded %s rows into %s tables in %s s, committed\n' \
    "$program" "$total" "${#table_names[@]}" "$(elapsed "$start")" >&2
