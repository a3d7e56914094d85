#!/usr/bin/env bash
# Loads a demodata CSV or NDJSON archive into a SQLite database file, all or nothing.
#
#   Scripts/load-sqlite.sh [--replace] DIR DBFILE
#
# Checks the archive first like load-postgres.sh (manifest, CSV or NDJSON, not a shard, every
# file present and matching SHA256SUMS). Then one sqlite3 session with PRAGMA foreign_keys=ON runs ONE
# transaction: it creates the tables with `demodata schema --dialect sqlite`, and for each table
# in load order imports the file into a TEXT staging table (`.import '|gzip -dc FILE'`) and
# copies it over with INSERT … SELECT, which turns empty fields of nullable columns into real
# NULLs (sqlite3's CSV import reads every field as text) and true/false into 1/0, under every
# constraint. An NDJSON file is imported one line per row into a one-column staging table
# (ASCII mode, whose reader gives quotes no meaning), each line is checked to be an object with
# exactly the table's columns as keys, and json_extract gives the values: JSON strings as text
# (decimals then get the column's NUMERIC affinity, as from CSV), true/false as 1/0, null as
# NULL. Row counts are checked against the manifest. Any failure rolls back; a DBFILE that
# did not exist before is removed again.
#
# A subset archive (generate --tables) loads its tables only, created with `demodata schema
# --tables`. DBFILE must not hold any of the eight tables yet; --replace drops those it has
# first (and their views), inside the same transaction, so a failed reload keeps the old
# tables. Money (decimal(12,2)) is stored as INTEGER cents, so that sum() is exact, and the
# views <table>_decimal present it in units; other decimals are NUMERIC; dates and timestamps
# ISO 8601 TEXT (see `demodata schema --dialect sqlite`).
set -euo pipefail

program=$(basename "$0")
usage="usage: $program [--replace] DIR DBFILE"
# shellcheck source=lib/load-common.sh
source "$(dirname "$0")/lib/load-common.sh"

file_loader_operands "$@"

read_manifest "$dir" "csv ndjson"
require_commands sqlite3 ${archive_decompress%% *}
verify_checksums "$dir"
absolute_database_file

sqlite_base=(sqlite3 -batch -bail -init /dev/null)
created=false
if [ -e "$db" ]; then
    names_sql=$(printf "'%s'," "${all_table_names[@]}")
    existing=$("${sqlite_base[@]}" -readonly "$db" \
        "SELECT group_concat(name, ', ') FROM sqlite_schema
         WHERE type = 'table' AND name IN (${names_sql%,});") ||
        fail "cannot read $db as a SQLite database (see sqlite3's message above)"
    if [ -n "$existing" ] && [ "$replace" = false ]; then
        fail "$db already has tables $existing; choose a new file, or pass --replace to drop and reload them in the same transaction"
    fi
else
    created=true
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/load-sqlite.XXXXXX")
cleanup() {
    rm -rf "$work"
}
trap cleanup EXIT
demodata_schema sqlite tables >"$work/tables.sql"
demodata_schema sqlite constraints >"$work/constraints.sql"

# The load script: sqlite3 runs it in DIR, so file names need no quoting.
{
    printf '.mode list\n.headers off\n'
    # Only outside a transaction does this take effect.
    printf 'PRAGMA foreign_keys = ON;\n'
    printf 'BEGIN;\n'
    if [ "$replace" = true ]; then
        for name in "${all_table_names[@]}"; do
            printf 'DROP VIEW IF EXISTS "%s_decimal";\n' "$name"
        done
        for ((i = ${#all_table_names[@]} - 1; i >= 0; i--)); do
            printf 'DROP TABLE IF EXISTS "%s";\n' "${all_table_names[i]}"
        done
    fi
    cat "$work/tables.sql"
    # A failed row count check is a CHECK violation, which -bail turns into a rollback.
    printf 'CREATE TEMP TABLE "load_check" ("file" TEXT, "loaded" INTEGER, "expected" INTEGER,\n'
    printf '    CONSTRAINT "row count of the file differs from manifest.json" CHECK ("loaded" = "expected"));\n'
    for i in "${!table_names[@]}"; do
        name=${table_names[i]} file=${table_files[i]} rows=${table_rows[i]}
        staging_columns=() target_columns=() values=() keys_present=()
        for column in ${table_columns[i]}; do
            staging_columns+=("\"$column\" TEXT")
            target_columns+=("\"$column\"")
            if [ "$archive_format" = ndjson ]; then
                value="json_extract(\"line\", '\$.$column')"
                keys_present+=("json_type(\"line\", '\$.$column') IS NOT NULL")
            else
                value="\"$column\""
                case " ${table_nullables[i]} " in *" $column "*) value="NULLIF($value, '')" ;; esac
                case " ${table_booleans[i]} " in
                    *" $column "*) value="CASE $value WHEN 'true' THEN 1 WHEN 'false' THEN 0 ELSE $value END" ;;
                esac
            fi
            # Money is stored as whole cents (exact sums): the decimal times 100 is within a
            # millionth of a cent of a whole number for every value the schema allows; a value
            # that is not a plain decimal is kept as text, which the column's CHECK refuses.
            case " ${table_money[i]} " in
                *" $column "*) value="CASE WHEN $value GLOB '[0-9]*' AND $value NOT GLOB '*[^0-9.]*' AND $value NOT GLOB '*.*.*' THEN CAST(round($value * 100) AS INTEGER) ELSE $value END" ;;
            esac
            values+=("$value")
        done
        if [ "$archive_compression" != none ]; then
            source_file="|$archive_decompress $file"
        else
            source_file=$file
        fi
        if [ "$archive_format" = csv ]; then
            printf 'CREATE TEMP TABLE "staging" (%s);\n' "$(IFS=,; printf '%s' "${staging_columns[*]}")"
            printf ".import --csv --skip 1 '%s' \"staging\"\n" "$source_file"
        else
            # One field per line: ASCII mode splits fields on 0x1F, which JSON text never holds
            # raw, and reads quotes as plain characters.
            printf 'CREATE TEMP TABLE "staging" ("line" TEXT);\n'
            printf '.mode ascii\n.separator "\\037" "\\n"\n'
            printf ".import '%s' \"staging\"\n" "$source_file"
            printf '.mode list\n'
            # A line that is not an object with exactly the columns as keys is not counted, so
            # the count differs from the manifest's.
            valid="(SELECT count(*) FROM \"staging\" WHERE json_valid(\"line\") AND json_type(\"line\") = 'object' AND (SELECT count(*) FROM json_each(\"line\")) = ${#values[@]} AND $(printf '%s AND ' "${keys_present[@]}" | sed 's/ AND $//'))"
            printf 'INSERT INTO "load_check" VALUES (%s, %s, %s);\n' "'$file'" "$valid" "$rows"
        fi
        printf 'INSERT INTO "load_check" VALUES (%s, (SELECT count(*) FROM "staging"), %s);\n' \
            "'$file'" "$rows"
        printf 'INSERT INTO "%s" (%s)\n    SELECT %s FROM "staging";\n' "$name" \
            "$(IFS=,; printf '%s' "${target_columns[*]}")" "$(IFS=,; printf '%s' "${values[*]}")"
        printf "SELECT printf('%%-20s %%,12d rows', '%s', (SELECT count(*) FROM \"staging\"));\n" \
            "$name"
        printf 'DROP TABLE "staging";\n'
    done
    # SQLite checks foreign keys row by row (they are in the tables); indexes come after.
    cat "$work/constraints.sql"
    printf 'COMMIT;\n'
    printf 'ANALYZE;\n'
} >"$work/load.sql"

printf '%s: loading %s into %s\n' "$program" "$dir" "$db_given" >&2
start=$(now)
if ! (cd "$dir" && "${sqlite_base[@]}" "$db" <"$work/load.sql"); then
    if [ "$created" = true ]; then
        rm -f "$db" "$db-journal"
        fail "loading $dir failed (see sqlite3's message above); rolled back and removed the new $db"
    fi
    fail "loading $dir failed (see sqlite3's message above); rolled back, $db is unchanged"
fi
total=0
for rows in "${table_rows[@]}"; do total=$((total + rows)); done
printf '%s: loaded %s rows into %s tables in %s s, committed\n' \
    "$program" "$total" "${#table_names[@]}" "$(elapsed "$start")" >&2
