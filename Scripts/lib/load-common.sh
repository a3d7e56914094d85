# Shared by the load-*.sh scripts (sourced, not run): messages, the manifest and
# checksum checks that run before anything touches a database, and the demodata binary.
# Expects `program` to hold the calling script's name.

# Prints "program: message" on stderr and exits 1.
fail() {
    printf '%s: %s\n' "$program" "$*" >&2
    exit 1
}

# Prints "program: message" and the usage line on stderr and exits 64 (bad usage).
usage_error() {
    printf '%s: %s\n%s\n' "$program" "$1" "$usage" >&2
    exit 64
}

# Checks that the commands a loader runs are installed.
require_commands() {
    local name
    for name in "$@"; do
        command -v "$name" >/dev/null 2>&1 || fail "$name is not installed; install it and retry"
    done
}

# read_manifest DIR FORMATS: checks DIR's manifest.json and fills the arrays
#   table_names table_files table_rows table_columns table_booleans table_nullables
#   table_timestamps table_money (the money columns, decimal(12,2))
# with the tables the archive holds (those its manifest lists, in its order: every table, or a
# subset with the parents of each; read with demodata_archive.py beside this file), and
# all_table_names with every table demodata makes (from `demodata schema`), which a loader
# refuses to find in the database without --replace and drops with it
# (columns, booleans, nullables and timestamps as space-separated column names), and the
# variables
# archive_format (csv or ndjson) and archive_compression. FORMATS lists the formats the
# loader reads ("csv ndjson" or "csv"). Refuses, with one line that says what to do, a missing
# directory or manifest, an archive of another format, a shard, and a table file that is not
# there.
read_manifest() {
    local dir=$1 formats=$2 listing name file rows columns booleans nullables timestamps
    [ -d "$dir" ] || fail "no such archive directory: $dir"
    require_commands python3
    [ -f "$dir/manifest.json" ] ||
        fail "$dir has no manifest.json, so it is not a complete archive (the manifest is written last); generate it again"
    listing=$(python3 - "$program" "$dir" "$formats" "$(demodata_command)" \
        "$(dirname "${BASH_SOURCE[0]}")" <<'PY'
import shlex, sys

program, directory, formats, demodata, library = sys.argv[1:6]
formats = formats.split()
# demodata_archive.py sits beside this file, in Scripts/lib or PREFIX/libexec/demodata/lib
# (which may not be writable: no __pycache__ is written there).
sys.dont_write_bytecode = True
sys.path.insert(0, library)
import demodata_archive


def refuse(message):
    print(f"{program}: {message}", file=sys.stderr)
    sys.exit(1)


try:
    archive = demodata_archive.Archive(directory)
except demodata_archive.ArchiveError as error:
    refuse(str(error))
manifest = archive.manifest

# The command that generates the same data in a format this loader reads, runnable as printed:
# its default output path (Output/<volume>[-x<scale>][-csv]) never holds the other format.
counts = manifest.get("counts") or {}
subset = manifest.get("table_subset")
regenerate = "{} generate --format {} --volume {}{}{}{} --seed {} --as-of {}".format(
    demodata, archive.format if archive.format in formats else formats[0],
    shlex.quote(str(manifest.get("volume"))),
    "" if manifest.get("scale") == 1 else " --scale {}".format(manifest.get("scale")),
    "".join(" --{} {}".format(key, counts[key]) for key in ("customers", "products", "invoices")
            if key in counts),
    " --tables " + shlex.quote(",".join(map(str, subset))) if isinstance(subset, list) else "",
    manifest.get("seed"), shlex.quote(str(manifest.get("as_of"))))
if archive.format not in formats:
    refuse(f"{directory} holds {archive.format.upper()} files and {program} reads "
           f"{' or '.join(f.upper() for f in formats)}; regenerate with --format {formats[0]}: "
           f"{regenerate}")
shard = archive.shard
if shard is not None:
    refuse(f"{directory} is shard {shard.get('index')} of {shard.get('count')}, not a whole "
           "archive; merge the shards first (demodata merge OUT SHARD_DIR...) and load OUT")

print(archive.format, archive.compression)
for table in archive.tables:
    if not archive.path(table).is_file():
        # The damaged archive itself is replaced: it is demodata's (its manifest lists the file).
        refuse(f"{directory}/{table.file} is missing, so the archive is incomplete; generate it "
               f"again: {regenerate} --output {shlex.quote(directory)} --force")
    columns = table.columns
    print("|".join([
        table.name, table.file, str(table.rows),
        " ".join(c.name for c in columns),
        " ".join(c.name for c in columns if c.type == "boolean"),
        " ".join(c.name for c in columns if c.nullable),
        " ".join(c.name for c in columns if c.type == "timestamp"),
        " ".join(c.name for c in columns if c.type == "decimal(12,2)"),
    ]))
PY
    ) || exit 1
    table_names=() table_files=() table_rows=() table_columns=() table_booleans=()
    table_nullables=() table_timestamps=() table_money=()
    {
        IFS=' ' read -r archive_format archive_compression
        case $archive_compression in
        gzip) archive_decompress="gzip -dc" ;;
        zstd) archive_decompress="zstd -q -dc" ;;
        *) archive_decompress="" ;;
        esac
        while IFS='|' read -r name file rows columns booleans nullables timestamps money; do
            table_names+=("$name")
            table_files+=("$file")
            table_rows+=("$rows")
            table_columns+=("$columns")
            table_booleans+=("$booleans")
            table_nullables+=("$nullables")
            table_timestamps+=("$timestamps")
            table_money+=("$money")
        done
    } <<<"$listing"
    all_table_names=()
    local binary
    binary=$(demodata_binary) || fail "no demodata binary (see the message above)"
    while IFS= read -r name; do
        all_table_names+=("$name")
    done < <("$binary" schema --dialect postgres --section tables |
        sed -n 's/^CREATE TABLE "\([a-z_]*\)" (.*$/\1/p')
    [ ${#all_table_names[@]} -gt 0 ] || fail "$binary schema printed no tables"
}

# verify_checksums DIR: checks every file against SHA256SUMS, so that a damaged or half-copied
# archive is refused before anything is loaded.
verify_checksums() {
    local dir=$1 output failed
    [ -f "$dir/SHA256SUMS" ] ||
        fail "$dir has no SHA256SUMS, so it is not a complete archive; generate it again"
    if command -v sha256sum >/dev/null 2>&1; then
        output=$(cd "$dir" && sha256sum -c SHA256SUMS 2>&1) && return 0
    elif command -v shasum >/dev/null 2>&1; then
        output=$(cd "$dir" && shasum -a 256 -c SHA256SUMS 2>&1) && return 0
    else
        printf '%s: warning: neither sha256sum nor shasum is installed; loading %s without checking SHA256SUMS\n' \
            "$program" "$dir" >&2
        return 0
    fi
    failed=$(printf '%s\n' "$output" | sed -n 's/: FAILED.*$//p' | paste -sd, -)
    case $failed in
        *,*) failed="$failed do not" ;;
        ?*) failed="$failed does not" ;;
        *) failed="its files do not" ;;
    esac
    fail "$dir is damaged: $failed match SHA256SUMS; generate the archive again (nothing was loaded)"
}

# parse_options ARGS...: handles --replace (sets replace=true) and --help (prints $usage), and
# leaves the other arguments in the array `operands`.
parse_options() {
    replace=false
    operands=()
    while [ $# -gt 0 ]; do
        case $1 in
            --replace) replace=true; shift ;;
            -h | --help) printf '%s\n' "$usage"; exit 0 ;;
            --) shift; operands+=("$@"); return ;;
            -*) usage_error "unknown option $1" ;;
            *) operands+=("$1"); shift ;;
        esac
    done
}

# file_loader_operands ARGS...: the options and operands of a loader into a database file:
# sets replace, dir (the archive) and db (the file).
file_loader_operands() {
    parse_options "$@"
    [ ${#operands[@]} -eq 2 ] ||
        usage_error "expected an archive directory and a database file, got ${#operands[@]} arguments"
    dir=${operands[0]} db=${operands[1]}
}

# absolute_database_file: makes db an absolute path (keeping the operand as given in
# db_given, for messages), and fails unless its directory exists.
absolute_database_file() {
    db_given=$db
    case $db in /*) ;; *) db=$PWD/$db ;; esac
    [ -d "$(dirname "$db")" ] || fail "the directory of $db does not exist"
}

# demodata_schema DIALECT SECTION: prints `demodata schema --dialect DIALECT --section SECTION`
# for the archive's tables (read_manifest's table_names), running the binary that
# demodata_binary finds.
# shellcheck source=demodata-binary.sh
source "$(dirname "${BASH_SOURCE[0]}")/demodata-binary.sh"

demodata_schema() {
    local binary
    binary=$(demodata_binary) || fail "no demodata binary (see the message above)"
    [ -x "$binary" ] || fail "demodata binary $binary is not an executable file"
    local tables
    tables=$(IFS=,; printf '%s' "${table_names[*]}")
    "$binary" schema --dialect "$1" --section "$2" --tables "$tables" ||
        fail "$binary schema --dialect $1 --section $2 --tables $tables failed"
}

# Seconds since the epoch with fractions, for timing the load.
now() {
    date +%s.%N
}

# elapsed START: seconds since START, to two decimals.
elapsed() {
    awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.2f", end - start }'
}
