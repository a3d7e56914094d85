#!/usr/bin/env bash
# Benchmarks demodata against the compressor it is limited by.
#
# Builds the release binary, then for small, medium, large, huge and huge --scale 10 prints the
# median wall time of several runs (process start included), rows/s, uncompressed MB/s and peak
# RSS; then, on the same uncompressed bytes, the time `gzip -6` and `pigz -6` (all cores) take
# alone and demodata's time as a ratio of theirs; and the --compression none throughput.
# Then NDJSON with --compression zstd against gzip-6 and `zstd -3 -T0`; Parquet (zstd pages)
# against NDJSON + gzip-6 and against tpchgen-cli writing Parquet with ZSTD(1) pages at a
# scale factor of about as many rows (rows/s compared), with each one's peak RSS.
# Then the time and peak RSS of `demodata verify` (which regenerates every table) on huge and
# huge --scale 10, and how long a generation takes to stop after SIGINT while two other
# processes keep both cores busy.
#
# Usage: Scripts/bench.sh [RUNS] (default 5; huge --scale 10 uses max(3, RUNS / 2))
# Needs: /usr/bin/time, gzip, pigz, zstd (apt-get install pigz time zstd); tpchgen-cli for the
# Parquet comparison (python3 -m pip install tpchgen-cli; the row is skipped without it).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/demodata-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

for tool in /usr/bin/time gzip pigz zstd; do
    if ! command -v "$tool" >/dev/null; then
        echo "bench.sh: $tool is missing; install it (apt-get install pigz time zstd)" >&2
        exit 1
    fi
done

swift build -c release --product demodata >&2
bin=$PWD/.build/release/demodata
asof=2026-06-30

# median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# time_runs N COMMAND...: prints "median_seconds median_peak_kb"
time_runs() {
    local count=$1
    shift
    local times=() peaks=()
    for _ in $(seq "$count"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
            cat "$work/err" >&2
            exit 1
        }
        read -r seconds peak <"$work/time"
        times+=("$seconds")
        peaks+=("$peak")
    done
    echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${peaks[@]}" | median)"
}

echo "demodata benchmark: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "median of $runs runs (huge x10: $(( runs / 2 > 3 ? runs / 2 : 3 ))), release build, gzip level 6, as-of $asof"
echo
printf '%-12s %10s %12s %12s %10s %10s %10s %8s %8s %12s\n' \
    volume seconds rows/s "raw MB/s" "RSS MB" "gzip s" "pigz s" "÷gzip" "÷pigz" "none MB/s"

for spec in "small 1" "medium 1" "large 1" "huge 1" "huge 10"; do
    read -r volume scale <<<"$spec"
    count=$runs
    [ "$scale" = 1 ] || count=$(( runs / 2 > 3 ? runs / 2 : 3 ))
    args=(generate --volume "$volume" --scale "$scale" --as-of "$asof" --quiet --force)
    read -r seconds peak < <(time_runs "$count" "$bin" "${args[@]}" --output "$work/gz")
    read -r none_seconds _ < <(time_runs "$count" "$bin" "${args[@]}" --compression none --output "$work/none")
    rows=$(python3 -c 'import json,sys; print(sum(t["rows"] for t in json.load(open(sys.argv[1]))["tables"]))' "$work/gz/manifest.json")
    cat "$work"/none/*.ndjson >"$work/raw"
    raw_bytes=$(stat -c %s "$work/raw")
    read -r gzip_seconds _ < <(time_runs "$count" sh -c "gzip -6 -c '$work/raw'")
    read -r pigz_seconds _ < <(time_runs "$count" sh -c "pigz -6 -p $(nproc) -c '$work/raw'")
    rm -f "$work/raw"
    awk -v v="$volume x$scale" -v s="$seconds" -v r="$rows" -v b="$raw_bytes" -v p="$peak" \
        -v g="$gzip_seconds" -v z="$pigz_seconds" -v n="$none_seconds" 'BEGIN {
            # Times are to the hundredth: a run too short to time counts as 0.005 s.
            if (s <= 0) s = 0.005; if (g <= 0) g = 0.005; if (z <= 0) z = 0.005
            if (n <= 0) n = 0.005
            printf "%-12s %10.3f %12.0f %12.1f %10.1f %10.3f %10.3f %8.2f %8.2f %12.1f\n",
                v, s, r / s, b / s / 1e6, p / 1024, g, z, s / g, s / z, b / n / 1e6
        }'
done
echo
echo "÷gzip, ÷pigz: demodata's wall time (generation, compression, hashing, writing) divided by"
echo "the compressor's time for the same uncompressed bytes alone. none MB/s: uncompressed"
echo "throughput with --compression none."

echo
echo "zstd (NDJSON, level 3): demodata --compression zstd against gzip-6 in the same run, and"
echo "against \`zstd -3 -T0\` alone on the same uncompressed bytes"
printf '%-12s %10s %10s %8s %10s %10s %10s\n' volume "zstd s" "gzip s" "÷gzip" "zstd-T0 s" "÷zstd" "RSS MB"
for spec in "huge 1" "huge 10"; do
    read -r volume scale <<<"$spec"
    count=$runs
    [ "$scale" = 1 ] || count=$(( runs / 2 > 3 ? runs / 2 : 3 ))
    args=(generate --volume "$volume" --scale "$scale" --as-of "$asof" --quiet --force)
    read -r zstd_seconds zstd_peak < <(time_runs "$count" "$bin" "${args[@]}" --compression zstd --output "$work/zst")
    read -r gzip_seconds _ < <(time_runs "$count" "$bin" "${args[@]}" --output "$work/gz")
    "$bin" "${args[@]}" --compression none --output "$work/none"
    cat "$work"/none/*.ndjson >"$work/raw"
    read -r tool_seconds _ < <(time_runs "$count" sh -c "zstd -q -3 -T0 -c '$work/raw'")
    rm -f "$work/raw"
    awk -v v="$volume x$scale" -v z="$zstd_seconds" -v g="$gzip_seconds" -v t="$tool_seconds" \
        -v p="$zstd_peak" 'BEGIN {
            printf "%-12s %10.3f %10.3f %8.2f %10.3f %10.2f %10.1f\n", v, z, g, z / g, t, z / t, p / 1024
        }'
done
rm -rf "$work/zst" "$work/gz" "$work/none"

echo
echo "Parquet (zstd level 3 pages): demodata --format parquet against NDJSON + gzip-6 in the"
echo "same run, and against tpchgen-cli parquet --compression 'ZSTD(1)' at a scale factor of"
echo "about the same rows (÷tpch: demodata's rows/s over tpchgen-cli's; above 1 is faster)"
printf '%-12s %10s %12s %10s %8s %10s %10s %12s %8s %10s\n' volume "parquet s" rows/s "gzip s" "÷gzip" "RSS MB" "tpch s" "tpch rows/s" "÷tpch" "tpch RSS"
for spec in "huge 1 0.05" "huge 10 0.5"; do
    read -r volume scale factor <<<"$spec"
    count=$runs
    [ "$scale" = 1 ] || count=$(( runs / 2 > 3 ? runs / 2 : 3 ))
    args=(generate --volume "$volume" --scale "$scale" --as-of "$asof" --quiet --force)
    read -r parquet_seconds parquet_peak < <(time_runs "$count" "$bin" "${args[@]}" --format parquet --output "$work/pq")
    read -r gzip_seconds _ < <(time_runs "$count" "$bin" "${args[@]}" --output "$work/gz")
    rows=$(python3 -c 'import json,sys; print(sum(t["rows"] for t in json.load(open(sys.argv[1]))["tables"]))' "$work/pq/manifest.json")
    tpch_seconds=0 tpch_peak=0 tpch_rows=0
    if command -v tpchgen-cli >/dev/null; then
        read -r tpch_seconds tpch_peak < <(time_runs "$count" tpchgen-cli parquet --scale-factor "$factor" --compression 'ZSTD(1)' --output-dir "$work/tpch" --overwrite --quiet)
        tpch_rows=$(python3 -c 'import glob,sys,pyarrow.parquet as pq; print(sum(pq.read_metadata(f).num_rows for f in glob.glob(sys.argv[1] + "/*.parquet")))' "$work/tpch")
    fi
    awk -v v="$volume x$scale" -v s="$parquet_seconds" -v r="$rows" -v g="$gzip_seconds" \
        -v p="$parquet_peak" -v t="$tpch_seconds" -v tr="$tpch_rows" -v tp="$tpch_peak" 'BEGIN {
            tps = 0
            if (t > 0) tps = tr / t
            ratio = 0
            if (tps > 0) ratio = (r / s) / tps
            printf "%-12s %10.3f %12.0f %10.3f %8.2f %10.1f %10.3f %12.0f %8.2f %10.1f\n",
                v, s, r / s, g, s / g, p / 1024, t, tps, ratio, tp / 1024
        }'
done
rm -rf "$work/pq" "$work/gz" "$work/tpch"

echo
printf '%-12s %12s %10s\n' verify seconds "RSS MB"
for spec in "huge 1" "huge 10"; do
    read -r volume scale <<<"$spec"
    count=$runs
    [ "$scale" = 1 ] || count=$(( runs / 2 > 3 ? runs / 2 : 3 ))
    "$bin" generate --volume "$volume" --scale "$scale" --as-of "$asof" --quiet --force \
        --output "$work/verify"
    read -r seconds peak < <(time_runs "$count" "$bin" verify "$work/verify")
    awk -v v="$volume x$scale" -v s="$seconds" -v p="$peak" \
        'BEGIN { printf "%-12s %12.3f %10.1f\n", v, s, p / 1024 }'
done
rm -rf "$work/verify"

# Time from SIGINT to exit of a generation, with two busy loops competing for the cores.
stops=()
for _ in $(seq "$runs"); do
    load=()
    for _ in 1 2; do
        sh -c 'while :; do :; done' &
        load+=($!)
    done
    "$bin" generate --volume huge --scale 20 --as-of "$asof" --quiet --force \
        --output "$work/stop" 2>/dev/null &
    run=$!
    sleep 1.5
    start=$(date +%s%N)
    kill -INT "$run"
    wait "$run" || true
    stops+=("$(( ($(date +%s%N) - start) / 1000000 ))")
    kill "${load[@]}"
    wait "${load[@]}" 2>/dev/null || true
done
echo
echo "stop after SIGINT, both cores loaded: median $(printf '%s\n' "${stops[@]}" | median) ms" \
    "(runs: ${stops[*]} ms)"
