#!/usr/bin/env bash
# The test command: builds, checks formatting, runs every test (unit, end-to-end against the
# release binary, PostgreSQL, SQLite, DuckDB and MariaDB integration) with coverage, and fails
# when the library targets' line coverage together is below 95%. Warnings are errors for this package's own targets
# through Package.swift (`treatAllWarnings`), not -Xswiftc, so the release build here is the one
# `swift run -c release demodata generate` made, and the dependencies are never rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the tests need from the system (zlib and zstd headers to build, python3 for the
# independent archive checker and the coverage report, PyYAML for the Kubernetes example's
# check, PostgreSQL 15, MariaDB, sqlite3, DuckDB, pandas, polars and frictionless for the
# integration tests, which start their own throwaway PostgreSQL and MariaDB servers, Slurm and
# MUNGE for the test that starts its own one-node Slurm cluster, headless Chromium for the
# report's browser test, gzip, zstd and sha256sum for end-to-end checks), installed with apt
# and pip when missing.
bash Scripts/setup.sh --tests

echo "== build (release; warnings are errors for this package's targets)"
swift build -c release --product demodata

echo "== swift format lint --strict"
swift format lint --strict --recursive Package.swift Sources Tests

echo "== independent archive checker: self-test"
python3 Scripts/check_archive.py --self-test

echo "== shared archive reader (Scripts/lib/demodata_archive.py): self-test"
python3 Scripts/lib/demodata_archive.py --self-test

echo "== tests with coverage"
export DEMODATA_BINARY="$PWD/.build/release/demodata"
set +e
swift test --disable-xctest --enable-code-coverage 2>&1 |
    tee .build/test-output.txt
status=${PIPESTATUS[0]}
set -e
# One plain summary line for whoever reads the end of the log.
# shellcheck source=lib/test-summary.sh
source Scripts/lib/test-summary.sh
summary=$(test_summary .build/test-output.txt)
echo "$summary"
[ "$status" = 0 ] || exit "$status"

echo "== coverage of the library targets (Sources/DemoData*)"
python3 Scripts/coverage.py "$(swift test --show-codecov-path)" 'Sources/DemoData*' 95
echo "$summary"
