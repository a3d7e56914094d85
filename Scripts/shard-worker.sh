#!/usr/bin/env bash
# Generates one shard of a distributed run into a shared directory.
#
# Usage: Scripts/shard-worker.sh SHARED_DIR SHARD_COUNT [SHARD_INDEX] [-- GENERATE_OPTIONS...]
#
# The shard index is the third argument, or else comes from the batch system running the
# worker: JOB_COMPLETION_INDEX (Kubernetes Indexed Job), SLURM_ARRAY_TASK_ID (Slurm job
# array) or PARALLEL_SEQ (GNU parallel, which counts from 1). The shard is written to
# SHARED_DIR/shard-K-of-N; once every shard exists, `demodata merge` joins them:
#   demodata merge OUT SHARED_DIR/shard-*-of-N
# Pass the same GENERATE_OPTIONS (volume, scale, seed, as-of, format, ...) to every worker:
# pin --as-of, or workers that start on different days would produce different data.
# The demodata binary is $DEMODATA_BINARY, else this checkout's release build, else
# `demodata` on PATH (see lib/demodata-binary.sh).
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 SHARED_DIR SHARD_COUNT [SHARD_INDEX] [-- GENERATE_OPTIONS...]" >&2
    exit 64
fi
shared=$1
count=$2
shift 2
index=""
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
    index=$1
    shift
fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
if [ -z "$index" ]; then
    if [ -n "${JOB_COMPLETION_INDEX:-}" ]; then
        index=$JOB_COMPLETION_INDEX
    elif [ -n "${SLURM_ARRAY_TASK_ID:-}" ]; then
        index=$SLURM_ARRAY_TASK_ID
    elif [ -n "${PARALLEL_SEQ:-}" ]; then
        index=$((PARALLEL_SEQ - 1))
    else
        echo "$0: no shard index: pass it, or run under a Kubernetes Indexed Job" \
            "(JOB_COMPLETION_INDEX), a Slurm array (SLURM_ARRAY_TASK_ID) or GNU parallel" >&2
        exit 64
    fi
fi

# shellcheck source=lib/demodata-binary.sh
source "$(dirname "$0")/lib/demodata-binary.sh"
demodata=$(demodata_binary)

mkdir -p "$shared"
exec "$demodata" generate --shard "$index/$count" --output "$shared/shard-$index-of-$count" \
    --force --quiet "$@"
