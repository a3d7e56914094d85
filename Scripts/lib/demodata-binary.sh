# shellcheck shell=bash
# Finds the demodata binary for the scripts: $DEMODATA_BINARY, else this repository's release
# build, else, for scripts installed in PREFIX/libexec/demodata by the release tarball or the
# wheel, PREFIX/bin/demodata, else `demodata` on the PATH, else it builds the release binary
# with swift build (build log on stderr). Prints the path; returns 1 with a message on stderr
# when there is none.
demodata_binary() {
    local root here
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    root=$(cd "$here/../.." && pwd)
    if [ -n "${DEMODATA_BINARY:-}" ]; then
        printf '%s\n' "$DEMODATA_BINARY"
    elif [[ $here == */libexec/demodata/lib ]] && [ -x "${here%/libexec/demodata/lib}/bin/demodata" ]; then
        printf '%s\n' "${here%/libexec/demodata/lib}/bin/demodata"
    elif [ -x "$root/.build/release/demodata" ]; then
        printf '%s\n' "$root/.build/release/demodata"
    elif command -v demodata >/dev/null 2>&1; then
        command -v demodata
    elif command -v swift >/dev/null 2>&1; then
        echo "building demodata (swift build -c release)" >&2
        swift build --package-path "$root" -c release --product demodata >&2 || {
            echo "swift build failed; set DEMODATA_BINARY to a built demodata instead" >&2
            return 1
        }
        printf '%s\n' "$(swift build --package-path "$root" -c release --show-bin-path)/demodata"
    else
        echo "no demodata binary: set DEMODATA_BINARY or build one (swift build -c release)" >&2
        return 1
    fi
}

# How a user runs demodata from their shell, for commands that scripts suggest: `demodata`
# when it is on the PATH and is the binary demodata_binary would pick (or nothing else is
# there), else the path of the binary the scripts use, shell-quoted. Never builds anything.
demodata_command() {
    local root binary=""
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    if [ -n "${DEMODATA_BINARY:-}" ]; then
        binary=$DEMODATA_BINARY
    elif [ -x "$root/.build/release/demodata" ]; then
        binary=$root/.build/release/demodata
    fi
    if [ -z "$binary" ] || [ "$(command -v demodata 2>/dev/null)" = "$binary" ]; then
        printf 'demodata\n'
    else
        printf '%q\n' "$binary"
    fi
}
