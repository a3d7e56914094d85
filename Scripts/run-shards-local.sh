#!/usr/bin/env bash
# Runs a sharded generation on this machine, N shards as separate processes, then merges them.
# It is the local form of the Kubernetes and Slurm examples beside it: the same worker script,
# the same shared directory layout, the same merge.
#
# Usage: Scripts/run-shards-local.sh SHARD_COUNT OUT [GENERATE_OPTIONS...]
#   Scripts/run-shards-local.sh 4 Output/huge-x10 --volume huge --scale 10 --as-of 2026-06-30
# Uses GNU parallel when installed, else xargs -P; JOBS sets how many run at once (default:
# the number of cores). Shards go to OUT.shards/ and are removed after a successful merge.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 SHARD_COUNT OUT [GENERATE_OPTIONS...]" >&2
    exit 64
fi
count=$1
out=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
jobs=${JOBS:-$(nproc)}
shared="$out.shards"

# shellcheck source=lib/demodata-binary.sh
source "$(dirname "$0")/lib/demodata-binary.sh"
demodata=$(demodata_binary)
export DEMODATA_BINARY=$demodata

if command -v parallel >/dev/null && parallel --version 2>/dev/null | grep -q GNU; then
    seq 0 $((count - 1)) | parallel --halt now,fail=1 -j "$jobs" \
        "$here/shard-worker.sh" "$shared" "$count" {} -- "$@"
else
    seq 0 $((count - 1)) | xargs -P "$jobs" -I{} \
        "$here/shard-worker.sh" "$shared" "$count" {} -- "$@"
fi

shards=()
for index in $(seq 0 $((count - 1))); do
    shards+=("$shared/shard-$index-of-$count")
done
"$demodata" merge --force "$out" "${shards[@]}"
rm -rf "$shared"
