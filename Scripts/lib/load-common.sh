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
# with the tables the archive holds (all eight, or a subset with the parents of each), and
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
    listing=$(python3 - "$program" "$dir" "$formats" "$(demodata_command)" <<'PY'
import json, os, re, shlex, sys

program, directory, formats, demodata = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4]
identifier = re.compile(r"^[a-z_][a-z0-9_]*$")


def refuse(message):
    print(f"{program}: {message}", file=sys.stderr)
    sys.exit(1)


def refuse_duplicate_keys(pairs):
    # Readers disagree on which of two equal keys counts: a manifest with one is not ours.
    keys = set()
    for key, _ in pairs:
        if key in keys:
            raise ValueError(f"the key {key!r} appears twice in one object")
        keys.add(key)
    return dict(pairs)


try:
    with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as handle:
        manifest = json.load(handle, object_pairs_hook=refuse_duplicate_keys)
except (OSError, ValueError) as error:
    refuse(f"{directory}/manifest.json cannot be read as JSON ({error}); generate the archive again")
if not isinstance(manifest, dict) or not isinstance(manifest.get("tables"), list):
    refuse(f"{directory}/manifest.json is not a demodata manifest (no tables list)")

# The command that generates the same data in a format this loader reads, runnable as printed:
# its default output path (Output/<volume>[-x<scale>][-csv]) never holds the other format.
archive_format = manifest.get("format")
counts = manifest.get("counts") or {}
subset = manifest.get("table_subset")
regenerate = "{} generate --format {} --volume {}{}{}{} --seed {} --as-of {}".format(
    demodata, archive_format if archive_format in formats else formats[0],
    shlex.quote(str(manifest.get("volume"))),
    "" if manifest.get("scale") == 1 else " --scale {}".format(manifest.get("scale")),
    "".join(" --{} {}".format(key, counts[key]) for key in ("customers", "products", "invoices")
            if key in counts),
    " --tables " + shlex.quote(",".join(map(str, subset))) if isinstance(subset, list) else "",
    manifest.get("seed"), shlex.quote(str(manifest.get("as_of"))))
if archive_format not in formats:
    refuse(f"{directory} holds {str(archive_format).upper()} files and {program} reads "
           f"{' or '.join(f.upper() for f in formats)}; regenerate with --format {formats[0]}: "
           f"{regenerate}")
shard = manifest.get("shard")
if shard is not None:
    refuse(f"{directory} is shard {shard.get('index')} of {shard.get('count')}, not a whole "
           "archive; merge the shards first (demodata merge OUT SHARD_DIR...) and load OUT")
compression = manifest.get("compression")
if compression not in ("gzip", "zstd", "none"):
    refuse(f"{directory}/manifest.json names an unknown compression {compression!r}")
if not manifest["tables"]:
    refuse(f"{directory}/manifest.json lists no tables")

print(archive_format, compression)
for table in manifest["tables"]:
    name, file, rows = table.get("name"), table.get("file"), table.get("rows")
    columns = table.get("columns") or []
    # A Parquet file compresses its pages, not the file.
    suffix = "." + archive_format + (
        "" if archive_format == "parquet" else {"gzip": ".gz", "zstd": ".zst"}.get(compression, ""))
    if not isinstance(name, str) or not identifier.match(name) or file != name + suffix:
        refuse(f"{directory}/manifest.json has an unexpected table entry {name!r} / {file!r}")
    if not isinstance(rows, int) or rows < 0:
        refuse(f"{directory}/manifest.json gives no row count for {name}")
    if not columns or not all(identifier.match(str(c.get("name"))) for c in columns):
        refuse(f"{directory}/manifest.json gives no usable column list for {name}")
    if not os.path.isfile(os.path.join(directory, file)):
        # The damaged archive itself is replaced: it is demodata's (its manifest lists the file).
        refuse(f"{directory}/{file} is missing, so the archive is incomplete; generate it again: "
               f"{regenerate} --output {shlex.quote(directory)} --force")
    print("|".join([
        name, file, str(rows),
        " ".join(c["name"] for c in columns),
        " ".join(c["name"] for c in columns if c.get("type") == "boolean"),
        " ".join(c["name"] for c in columns if c.get("nullable")),
        " ".join(c["name"] for c in columns if c.get("type") == "timestamp"),
        " ".join(c["name"] for c in columns if c.get("type") == "decimal(12,2)"),
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

# absolute_database_file: makes db an absolute path, and fails unless its directory exists.
absolute_database_file() {
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
