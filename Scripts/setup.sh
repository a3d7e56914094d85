#!/usr/bin/env bash
# Installs what building demodata needs from the system and the machine lacks: the zlib and
# zstd headers and OpenSSL's libcrypto (Debian's zlib1g-dev, libzstd-dev
# and libssl-dev). With --tests, also what the test suite
# needs: python3 with PyYAML, PostgreSQL 15, MariaDB, sqlite3, gzip, GNU time, the zstd tool, and Slurm
# and MUNGE (slurm-wlm, munge) for the test that runs a one-node Slurm cluster, debootstrap
# and podman for the release tests (Scripts/release.sh's artifacts in a Debian 12 chroot and
# the image), and chromium for the report's browser test, from apt; and
# DuckDB, pandas, polars and frictionless from PyPI. Run as root it installs them; otherwise it
# names them and fails. Nothing is done when all are there.
#
# Usage: Scripts/setup.sh [--tests]
set -euo pipefail

need_apt=()
[ -f /usr/include/zlib.h ] || need_apt+=(zlib1g-dev)
[ -f /usr/include/zstd.h ] || need_apt+=(libzstd-dev)
[ -f /usr/include/openssl/sha.h ] || need_apt+=(libssl-dev)
if [ "${1:-}" = --tests ]; then
    command -v zstd >/dev/null || need_apt+=(zstd)
    command -v python3 >/dev/null || need_apt+=(python3)
    [ -x "${POSTGRES_BIN_DIR:-/usr/lib/postgresql/15/bin}/initdb" ] || need_apt+=(postgresql-15)
    command -v psql >/dev/null || need_apt+=(postgresql-client-15)
    command -v mariadb-install-db >/dev/null || need_apt+=(mariadb-server)
    command -v mariadb >/dev/null || need_apt+=(mariadb-client)
    command -v sqlite3 >/dev/null || need_apt+=(sqlite3)
    command -v gzip >/dev/null || need_apt+=(gzip)
    # GNU time measures the peak memory of the hostile-file tests' children.
    [ -x /usr/bin/time ] || need_apt+=(time)
    python3 -m pip --version >/dev/null 2>&1 || need_apt+=(python3-pip)
    [ -x /usr/sbin/slurmctld ] && [ -x /usr/sbin/slurmd ] && command -v sbatch >/dev/null ||
        need_apt+=(slurm-wlm)
    [ -x /usr/sbin/munged ] || need_apt+=(munge)
    # The release tests: a Debian 12 root file system without Swift, and the image.
    command -v debootstrap >/dev/null || need_apt+=(debootstrap)
    command -v podman >/dev/null || need_apt+=(podman)
    # Headless Chromium renders `demodata report`'s page in the report's browser test.
    command -v chromium >/dev/null || need_apt+=(chromium)
elif [ $# -gt 0 ]; then
    echo "usage: Scripts/setup.sh [--tests]" >&2
    exit 64
fi
if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "setup.sh: installing ${need_apt[*]}" >&2
        apt-get update -qq >&2 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >&2
    else
        echo "setup.sh: missing ${need_apt[*]}; install them (apt-get install ${need_apt[*]})" >&2
        exit 1
    fi
fi
[ "${1:-}" = --tests ] || exit 0
# DuckDB (Debian has no package), the pandas and polars lines of docs/loading.md, frictionless (with its
# json extra, for NDJSON archives) and PyYAML (for the Kubernetes example's check) come from
# PyPI, into the python3 the tests run.
need_pip=()
for module in duckdb pandas polars pyarrow; do
    python3 -c "import $module" 2>/dev/null || need_pip+=("$module")
done
python3 -c 'import frictionless, ijson, jsonlines' 2>/dev/null || need_pip+=('frictionless[json]')
python3 -c 'import yaml' 2>/dev/null || need_pip+=(pyyaml)
if [ ${#need_pip[@]} -gt 0 ]; then
    echo "setup.sh: installing ${need_pip[*]} from PyPI" >&2
    python3 -m pip install -q "${need_pip[@]}" >&2 ||
        python3 -m pip install -q --break-system-packages "${need_pip[@]}" >&2
fi
