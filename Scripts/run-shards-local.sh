#!/usr/bin/env bash
# Runs a sharded generation on this machine, N shards as separate processes, then merges them.
# It is the local form of the Kubernetes and Slurm examples beside it: the same worker script,
# the same shared directory layout, the same merge.
#
# Usage: Scripts/run-shards-local.sh [--force] SHARD_COUNT OUT [GENERATE_OPTIONS...]
#   Scripts/run-shards-local.sh 4 Output/huge-x10 --volume huge --scale 10 --as-of 2026-06-30
#
# OUT must not exist yet (or be an empty directory); --force replaces an archive of demodata's
# at OUT, and only once the merged one is complete (`demodata merge --force`). JOBS sets how
# many shards run at once (default: the number of cores). Shards go to OUT.shards/, which must
# not exist; it is removed when the run ends, whether it succeeded or not. When a shard fails,
# the others are stopped and the script names the shard and the last line of its error.
set -euo pipefail

program=$(basename "$0")
usage="usage: $program [--force] SHARD_COUNT OUT [GENERATE_OPTIONS...]"

usage_error() {
    printf '%s: %s\n%s\n' "$program" "$1" "$usage" >&2
    exit 64
}

fail() {
    printf '%s: %s\n' "$program" "$1" >&2
    exit 1
}

force=false
operands=()
options=()
while [ $# -gt 0 ]; do
    case $1 in
    --force) force=true ;;
    -h | --help)
        printf '%s\n' "$usage"
        exit 0
        ;;
    --output | --output=* | -o | --shard | --shard=*)
        usage_error "$1 is set by the script for each shard; give OUT instead"
        ;;
    *)
        if [ ${#operands[@]} -lt 2 ]; then
            operands+=("$1")
        else
            options+=("$1")
        fi
        ;;
    esac
    shift
done
[ ${#operands[@]} -eq 2 ] || usage_error "expected SHARD_COUNT and OUT"
count=${operands[0]}
out=${operands[1]}
[[ $count =~ ^[1-9][0-9]{0,5}$ ]] ||
    usage_error "SHARD_COUNT must be a whole number from 1 to 999999; got '$count'"
[ -n "$out" ] || usage_error "OUT must not be empty"
jobs=${JOBS:-$(nproc)}
[[ $jobs =~ ^[1-9][0-9]{0,3}$ ]] || usage_error "JOBS must be a whole number from 1 to 9999; got '$jobs'"
out=${out%/}
shared="$out.shards"

# Refuse before any work: an existing OUT is replaced only with --force (and then only when it
# is an archive of demodata's, which merge checks), and the shard directory is ours alone.
if [ -e "$out" ] || [ -L "$out" ]; then
    if [ -d "$out" ] && [ ! -L "$out" ] && [ -z "$(ls -A "$out")" ]; then
        :
    elif [ "$force" = false ]; then
        fail "$out already exists; pass --force to replace it (only an archive of demodata's is replaced, once the new one is complete), or choose another OUT"
    fi
fi
if [ -e "$shared" ] || [ -L "$shared" ]; then
    fail "$shared already exists (left by an earlier run?); remove it or choose another OUT"
fi

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/demodata-binary.sh
source "$here/lib/demodata-binary.sh"
demodata=$(demodata_binary)
export DEMODATA_BINARY=$demodata

mkdir -p "$shared"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$shared"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# Runs shard $1 in the background, its stderr kept beside the shards for the failure message.
start_shard() {
    "$here/shard-worker.sh" "$shared" "$count" "$1" -- "${options[@]}" \
        2>"$shared/shard-$1.log" &
    pids+=($!)
    indices[$!]=$1
}

declare -A indices=()
next=0
running=0
while [ "$next" -lt "$count" ] || [ "$running" -gt 0 ]; do
    while [ "$next" -lt "$count" ] && [ "$running" -lt "$jobs" ]; do
        start_shard "$next"
        next=$((next + 1))
        running=$((running + 1))
    done
    finished=""
    status=0
    wait -n -p finished "${pids[@]}" || status=$?
    running=$((running - 1))
    remaining=()
    for pid in "${pids[@]}"; do
        [ "$pid" = "$finished" ] || remaining+=("$pid")
    done
    pids=("${remaining[@]}")
    if [ "$status" != 0 ]; then
        index=${indices[$finished]}
        reason=$(grep -v '^$' "$shared/shard-$index.log" | tail -n 1 || true)
        fail "shard $index of $count failed (exit $status): ${reason:-no message}; stopped the other shards and removed $shared; $out was not changed"
    fi
done

shards=()
for index in $(seq 0 $((count - 1))); do
    shards+=("$shared/shard-$index-of-$count")
done
merge=("$demodata" merge "$out" "${shards[@]}")
if [ "$force" = true ]; then
    merge+=(--force)
fi
"${merge[@]}" || fail "merging the shards into $out failed (see above); removed $shared"
