#!/usr/bin/env bash
# Loads a demodata CSV archive into MySQL 8 or MariaDB 10.11+, all or nothing.
#
#   Scripts/load-mysql.sh [--replace] DIR DATABASE
#
# The server and account come from the mysql client's usual option files (~/.my.cnf ...) and
# environment: MYSQL_UNIX_PORT, MYSQL_HOST, MYSQL_TCP_PORT and MYSQL_PWD, which, when set, win
# over the option files (Debian's /etc/mysql/my.cnf names a socket of its own). The archive is
# checked first like load-postgres.sh (manifest, CSV, not a shard, every file present and
# matching SHA256SUMS).
#
# The load goes into a fresh database of its own (demodata_load_<random>; the account needs
# CREATE and DROP there) with `demodata schema --dialect mysql` (every key and CHECK, foreign
# keys checked row by row), in strict SQL mode with the session in UTC. Each file is read with
# LOAD DATA LOCAL INFILE from a pipe out of gzip, and every value is converted explicitly:
# `true`/`false` to 1/0 (anything else is NULL, which NOT NULL rejects), an empty field of a
# nullable column to NULL, timestamps with STR_TO_DATE to DATETIME(6) in UTC; decimals go into
# DECIMAL(p,s) as they are. After each statement a warning, which MySQL gives instead of an
# error for many bad values, stops the load, and so does a row count that differs from the
# manifest. Only then does ONE RENAME TABLE move the new tables into DATABASE (created if
# missing), and with --replace the old tables out, atomically; the old tables are dropped
# after. A failed load drops the load database and leaves DATABASE as it was.
#
# A subset archive (generate --tables) loads its tables only, created with `demodata schema
# --tables`. DATABASE must not hold any of the eight tables yet; --replace swaps out those it
# has for the archive's. LOAD DATA LOCAL needs
# local_infile=ON on the server (MariaDB's default; on MySQL 8: SET GLOBAL local_infile = 1).
set -euo pipefail

program=$(basename "$0")
usage="usage: $program [--replace] DIR DATABASE   (server from ~/.my.cnf, MYSQL_HOST, MYSQL_TCP_PORT, MYSQL_UNIX_PORT, MYSQL_PWD)"
# shellcheck source=lib/load-common.sh
source "$(dirname "$0")/lib/load-common.sh"

parse_options "$@"
[ ${#operands[@]} -eq 2 ] ||
    usage_error "expected an archive directory and a database name, got ${#operands[@]} arguments"
dir=${operands[0]} database=${operands[1]}
[[ $database =~ ^[A-Za-z0-9_]{1,64}$ ]] ||
    usage_error "the database name must be 1 to 64 letters, digits and underscores: $database"

read_manifest "$dir" "csv"
client=mysql
command -v mysql >/dev/null 2>&1 || client=mariadb
require_commands "$client" ${archive_decompress%% *}
verify_checksums "$dir"
case $dir in /*) ;; *) dir=$PWD/$dir ;; esac

connection=()
[ -n "${MYSQL_UNIX_PORT:-}" ] && connection+=("--socket=$MYSQL_UNIX_PORT")
[ -n "${MYSQL_HOST:-}" ] && connection+=("--host=$MYSQL_HOST")
[ -n "${MYSQL_TCP_PORT:-}" ] && connection+=("--port=$MYSQL_TCP_PORT")
mysql_base=("$client" "${connection[@]}" --batch --skip-column-names --local-infile=1
    --default-character-set=utf8mb4)
target="database $database on ${MYSQL_HOST:-${MYSQL_UNIX_PORT:-the server of your option files}}"

names_sql=$(printf "'%s'," "${all_table_names[@]}")
existing=$("${mysql_base[@]}" -e \
    "SELECT COALESCE(GROUP_CONCAT(table_name ORDER BY table_name SEPARATOR ', '), '')
     FROM information_schema.tables WHERE table_schema = '$database'
     AND table_name IN (${names_sql%,})") ||
    fail "cannot query $target (see $client's message above); nothing was loaded"
if [ -n "$existing" ] && [ "$replace" = false ]; then
    fail "$target already has tables $existing; drop them, choose another database, or pass --replace to swap in the new tables in one RENAME TABLE"
fi

suffix=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
staging=demodata_load_$suffix old=demodata_old_$suffix
work=$(mktemp -d "${TMPDIR:-/tmp}/load-mysql.XXXXXX")
readers=()
cleanup() {
    local pid
    # SIGKILL: a reader still waits to open its pipe when the load stopped early, and a
    # caller may have blocked SIGTERM in the mask every child inherits.
    for pid in "${readers[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    "${mysql_base[@]}" -e "DROP DATABASE IF EXISTS \`$staging\`; DROP DATABASE IF EXISTS \`$old\`" \
        2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
demodata_schema mysql all >"$work/tables.sql"

# A statement's warnings and a file's row count go into a temporary table whose CHECKs fail
# the load; the mysql client stops at the first error.
# (@@warning_count must be read by a statement that uses no table, or it reads 0.)
check_warnings() {
    printf "SET @warnings = @@warning_count;\n"
    printf "INSERT INTO \`load_check\` VALUES ('%s', @warnings, 0, 0);\n" "$1"
}
{
    printf "SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';\n"
    printf "SET SESSION time_zone = '+00:00', foreign_key_checks = 1, unique_checks = 1;\n"
    printf 'CREATE DATABASE `%s` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;\n' "$staging"
    printf 'USE `%s`;\n' "$staging"
    printf 'CREATE TEMPORARY TABLE `load_check` (`step` VARCHAR(255), `warnings` BIGINT,\n'
    printf '    `loaded` BIGINT, `expected` BIGINT,\n'
    printf '    CONSTRAINT `a_warning_stops_the_load_see_above` CHECK (`warnings` = 0),\n'
    printf '    CONSTRAINT `row_count_of_the_file_differs_from_manifest` CHECK (`loaded` = `expected`));\n'
    # One statement per CREATE TABLE, each followed by its warnings check.
    awk -v check="$(check_warnings 'CREATE TABLE')" '/^--/ { next } { print } /;$/ { print check }' \
        "$work/tables.sql"
    for i in "${!table_names[@]}"; do
        name=${table_names[i]} file=${table_files[i]} rows=${table_rows[i]}
        variables=() assignments=()
        for column in ${table_columns[i]}; do
            variables+=("@\`$column\`")
            value="@\`$column\`"
            # An empty field of a nullable column is NULL before any conversion sees it.
            case " ${table_nullables[i]} " in *" $column "*) value="NULLIF($value, '')" ;; esac
            case " ${table_booleans[i]} " in
                *" $column "*) value="CASE $value WHEN 'true' THEN 1 WHEN 'false' THEN 0 END" ;;
            esac
            case " ${table_timestamps[i]} " in
                *" $column "*) value="STR_TO_DATE($value, '%Y-%m-%dT%H:%i:%s.%fZ')" ;;
            esac
            assignments+=("\`$column\` = $value")
        done
        if [ "$archive_compression" != none ]; then
            source_path=$work/$name.pipe
            mkfifo "$source_path"
        else
            source_path=$dir/$file
        fi
        source_path=${source_path//\\/\\\\}
        printf "LOAD DATA LOCAL INFILE '%s' INTO TABLE \`%s\` CHARACTER SET utf8mb4\n" \
            "${source_path//\'/\'\'}" "$name"
        printf "    FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY ''\n"
        printf "    LINES TERMINATED BY '\\\\n' IGNORE 1 LINES\n"
        printf '    (%s)\n    SET %s;\n' "$(IFS=,; printf '%s' "${variables[*]}")" \
            "$(printf '%s, ' "${assignments[@]}" | sed 's/, $//')"
        check_warnings "$file"
        printf "INSERT INTO \`load_check\` SELECT '%s', 0, count(*), %s FROM \`%s\`;\n" \
            "$file" "$rows" "$name"
        printf "SELECT CONCAT(RPAD('%s', 20, ' '), ' ', LPAD(FORMAT(count(*), 0, 'en_US'), 12, ' '), ' rows') FROM \`%s\`;\n" \
            "$name" "$name"
    done
} >"$work/load.sql"

# The swap: one RENAME TABLE moves the old tables out (with --replace) and the new ones in.
{
    printf 'CREATE DATABASE IF NOT EXISTS `%s`;\n' "$database"
    renames=()
    if [ -n "$existing" ]; then
        printf 'CREATE DATABASE `%s`;\n' "$old"
        for name in "${all_table_names[@]}"; do
            case ", $existing, " in
                *", $name, "*) renames+=("\`$database\`.\`$name\` TO \`$old\`.\`$name\`") ;;
            esac
        done
    fi
    for name in "${table_names[@]}"; do
        renames+=("\`$staging\`.\`$name\` TO \`$database\`.\`$name\`")
    done
    printf 'RENAME TABLE %s;\n' "$(printf '%s, ' "${renames[@]}" | sed 's/, $//')"
} >"$work/swap.sql"

printf '%s: loading %s into %s\n' "$program" "$dir" "$target" >&2
start=$(now)
if [ "$archive_compression" != none ]; then
    for i in "${!table_names[@]}"; do
        $archive_decompress "$dir/${table_files[i]}" >"$work/${table_names[i]}.pipe" 2>/dev/null &
        readers+=($!)
    done
fi
# --show-warnings prints each warning on standard output; they go to standard error.
if ! "${mysql_base[@]}" --show-warnings <"$work/load.sql" |
    awk '/^(Warning|Note|Error) \(Code [0-9]+\)/ { print > "/dev/stderr"; next } { print }'; then
    fail "loading $dir failed (see $client's message above); dropped the load database, $target is unchanged"
fi
if ! "${mysql_base[@]}" <"$work/swap.sql"; then
    fail "swapping the loaded tables into $target failed (see $client's message above); $target is unchanged"
fi
total=0
for rows in "${table_rows[@]}"; do total=$((total + rows)); done
printf '%s: loaded %s rows into %s tables in %s s, committed\n' \
    "$program" "$total" "${#table_names[@]}" "$(elapsed "$start")" >&2
