#!/usr/bin/env bash
# Installs demodata under PREFIX (default /usr/local): builds the release binary (swift build
# -c release, a no-op when it is up to date), copies it to PREFIX/bin/demodata and the loaders
# that `demodata load` runs to PREFIX/libexec/demodata, and installs the shell completions
# that swift-argument-parser generates from the command's own definition:
#   bash  PREFIX/share/bash-completion/completions/demodata
#   zsh   PREFIX/share/zsh/site-functions/_demodata
#   fish  PREFIX/share/fish/vendor_completions.d/demodata.fish
#
# Usage: Scripts/install.sh [PREFIX]
#   Scripts/install.sh                 # /usr/local (as root)
#   Scripts/install.sh "$HOME/.local"  # for one user; put ~/.local/bin on PATH
# DEMODATA_BINARY installs a binary built already instead of building one.
set -euo pipefail

program=$(basename "$0")
usage="usage: $program [PREFIX]"
if [ $# -gt 1 ] || [[ ${1:-} == -* ]]; then
    case ${1:-} in
    -h | --help)
        printf '%s\n' "$usage"
        exit 0
        ;;
    esac
    printf '%s: expected at most one PREFIX\n%s\n' "$program" "$usage" >&2
    exit 64
fi
prefix=${1:-/usr/local}
[ -n "$prefix" ] || {
    printf '%s: PREFIX must not be empty\n%s\n' "$program" "$usage" >&2
    exit 64
}
root=$(cd "$(dirname "$0")/.." && pwd)

if [ -n "${DEMODATA_BINARY:-}" ]; then
    binary=$DEMODATA_BINARY
else
    swift build --package-path "$root" -c release --product demodata >&2
    binary="$(swift build --package-path "$root" -c release --show-bin-path)/demodata"
fi
[ -x "$binary" ] || {
    printf '%s: %s is not an executable demodata binary\n' "$program" "$binary" >&2
    exit 1
}

# Completions first, into a scratch directory: a binary that cannot produce them is not
# installed at all.
work=$(mktemp -d "${TMPDIR:-/tmp}/demodata-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
for shell in bash zsh fish; do
    "$binary" --generate-completion-script "$shell" >"$work/$shell" ||
        { printf '%s: %s cannot generate the %s completion\n' "$program" "$binary" "$shell" >&2; exit 1; }
done

install -d "$prefix/bin" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d" \
    "$prefix/libexec/demodata/lib"
# The loaders beside the binary, where `demodata load` looks (as the release tarball has them).
for script in load-postgres.sh load-sqlite.sh load-duckdb.sh load-mysql.sh shard-worker.sh; do
    install -m 0755 "$root/Scripts/$script" "$prefix/libexec/demodata/$script"
done
install -m 0644 "$root/Scripts/lib/load-common.sh" "$root/Scripts/lib/demodata-binary.sh" \
    "$root/Scripts/lib/demodata_archive.py" "$prefix/libexec/demodata/lib/"
install -m 0755 "$binary" "$prefix/bin/demodata"
install -m 0644 "$work/bash" "$prefix/share/bash-completion/completions/demodata"
install -m 0644 "$work/zsh" "$prefix/share/zsh/site-functions/_demodata"
install -m 0644 "$work/fish" "$prefix/share/fish/vendor_completions.d/demodata.fish"
printf '%s: installed %s (%s), its loaders and its bash, zsh and fish completions under %s\n' \
    "$program" "$prefix/bin/demodata" "$("$prefix/bin/demodata" --version)" "$prefix" >&2
