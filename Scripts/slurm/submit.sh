#!/usr/bin/env bash
# Submits the shard array and the merge, which starts only after every array task succeeded.
#
# Usage: SHARED=DIR Scripts/slurm/submit.sh [SHARD_COUNT [GENERATE_OPTIONS...]]
#   SHARED=/cluster/scratch/demodata DEMODATA_REPO=$PWD Scripts/slurm/submit.sh
#   SHARED=/cluster/scratch/demodata Scripts/slurm/submit.sh 4 --volume large --as-of 2026-06-30
# Without arguments: 8 shards of --volume huge --scale 100 --as-of 2026-06-30. The archive is
# SHARED/archive; each job writes slurm-JOB_TASK.out in the directory sbatch runs from. Prints
# the array's job id and the merge's job id, one a line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${SHARED:?set SHARED to a directory every node can write}"
export SHARED DEMODATA_REPO=${DEMODATA_REPO:-$(cd "$here/../.." && pwd)}
count=${1:-8}
[ $# -gt 0 ] && shift
case $count in
    '' | *[!0-9]* | 0*)
        echo "usage: SHARED=DIR $0 [SHARD_COUNT [GENERATE_OPTIONS...]]" \
            "(SHARD_COUNT a whole number from 1; got '$count')" >&2
        exit 64
        ;;
esac
# The array's size on the command line overrides the #SBATCH --array line of the script.
array=$(sbatch --parsable --export=ALL --array="0-$((count - 1))" \
    "$here/demodata-shards.sbatch" "$count" "$@")
array=${array%%;*}
merge=$(sbatch --parsable --export=ALL --dependency="afterok:$array" \
    "$here/demodata-merge.sbatch" "$count")
printf '%s\n' "$array" "${merge%%;*}"
