#!/usr/bin/env bash
# Submits the shard array and the merge, which starts only after every array task succeeded.
#   SHARED=/cluster/scratch/demodata DEMODATA_REPO=$PWD Scripts/slurm/submit.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${SHARED:?set SHARED to a directory every node can write}"
export SHARED DEMODATA_REPO=${DEMODATA_REPO:-$(cd "$here/../.." && pwd)}
array=$(sbatch --parsable --export=ALL "$here/demodata-shards.sbatch")
sbatch --parsable --export=ALL --dependency="afterok:${array%%;*}" "$here/demodata-merge.sbatch"
