#!/usr/bin/env bash
# The test command: builds with warnings as errors, checks formatting, runs every test (unit,
# end-to-end against the release binary, PostgreSQL, SQLite, DuckDB and MariaDB integration)
# with coverage, and fails when the DemoData library's line coverage is below 95%.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the tests need from the system: zlib headers to build, python3 for the independent
# archive checker and the coverage report, PostgreSQL 15, MariaDB, sqlite3, DuckDB, pandas,
# polars and frictionless for the integration tests (the tests start their own throwaway PostgreSQL and MariaDB
# servers), gzip and sha256sum for end-to-end checks.
need_apt=()
[ -f /usr/include/zlib.h ] || need_apt+=(zlib1g-dev)
command -v python3 >/dev/null || need_apt+=(python3)
[ -x "${POSTGRES_BIN_DIR:-/usr/lib/postgresql/15/bin}/initdb" ] || need_apt+=(postgresql-15)
command -v psql >/dev/null || need_apt+=(postgresql-client-15)
command -v mariadb-install-db >/dev/null || need_apt+=(mariadb-server)
command -v mariadb >/dev/null || need_apt+=(mariadb-client)
command -v sqlite3 >/dev/null || need_apt+=(sqlite3)
command -v gzip >/dev/null || need_apt+=(gzip)
python3 -m pip --version >/dev/null 2>&1 || need_apt+=(python3-pip)
if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
    else
        echo "test.sh: missing ${need_apt[*]}; install them (apt-get install ${need_apt[*]})" >&2
        exit 1
    fi
fi
# DuckDB (Debian has no package), the README's pandas and polars lines and frictionless (with
# its json extra, for NDJSON archives) come from PyPI.
need_pip=()
for module in duckdb pandas polars; do
    python3 -c "import $module" 2>/dev/null || need_pip+=("$module")
done
python3 -c 'import frictionless, ijson, jsonlines' 2>/dev/null || need_pip+=('frictionless[json]')
if [ ${#need_pip[@]} -gt 0 ]; then
    python3 -m pip install -q "${need_pip[@]}" ||
        python3 -m pip install -q --break-system-packages "${need_pip[@]}"
fi

echo "== build (release, warnings as errors)"
swift build -c release -Xswiftc -warnings-as-errors --product demodata

echo "== swift format lint --strict"
swift format lint --strict --recursive Package.swift Sources Tests

echo "== tests with coverage"
export DEMODATA_BINARY="$PWD/.build/release/demodata"
set +e
swift test --disable-xctest --enable-code-coverage -Xswiftc -warnings-as-errors 2>&1 |
    tee .build/test-output.txt
status=${PIPESTATUS[0]}
set -e
# One plain summary line for whoever reads the end of the log.
# shellcheck source=lib/test-summary.sh
source Scripts/lib/test-summary.sh
summary=$(test_summary .build/test-output.txt)
echo "$summary"
[ "$status" = 0 ] || exit "$status"

echo "== coverage of Sources/DemoData"
python3 Scripts/coverage.py "$(swift test --show-codecov-path)" Sources/DemoData 95
echo "$summary"
