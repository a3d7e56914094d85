# shellcheck shell=bash
# Makes, once, a minimal Debian 12 (bookworm) root file system with debootstrap
# (--variant=minbase, plus bash, python3 and sqlite3) from the package mirror apt uses, and
# keeps it under .build/ so that later calls return at once. Used by Scripts/release.sh (the
# container image's base) and the install tests (a machine with no Swift toolchain). Sourced;
# needs root, debootstrap and the mirror.

# The package mirror of this machine's apt sources for bookworm (DEBIAN_MIRROR overrides it).
debian_mirror() {
    if [ -n "${DEBIAN_MIRROR:-}" ]; then
        printf '%s\n' "$DEBIAN_MIRROR"
        return
    fi
    local mirror
    mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '/^URIs:/ { uri = $2 } /^Suites:/ && / bookworm( |$)/ && uri != "" { print uri; exit }')
    [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null)
    printf '%s\n' "${mirror:-http://deb.debian.org/debian}"
}

# Unmounts whatever is mounted below DIR (a debootstrap that failed may leave /proc mounted).
debian_rootfs_unmount() {
    local dir=$1 mount
    awk -v dir="$dir/" 'index($2, dir) == 1 { print $2 }' /proc/mounts | sort -r |
        while IFS= read -r mount; do umount -l "$mount" 2>/dev/null || true; done
}

# debian_rootfs DIR: makes DIR the root file system unless it is complete already (DIR/.complete);
# prints what it does on stderr; returns 1 with a message when it cannot.
debian_rootfs() {
    local dir=$1 mirror partial
    [ -f "$dir/.complete" ] && return 0
    command -v debootstrap >/dev/null 2>&1 || {
        echo "debootstrap is not installed; install it (apt-get install debootstrap)" >&2
        return 1
    }
    [ "$(id -u)" = 0 ] || { echo "debootstrap needs root" >&2; return 1; }
    mirror=$(debian_mirror)
    partial="$dir.partial"
    debian_rootfs_unmount "$partial"
    rm -rf --one-file-system "$partial"
    mkdir -p "$(dirname "$dir")"
    echo "debootstrap: a minimal Debian 12 from $mirror into $dir (once; about a minute)" >&2
    if ! debootstrap --variant=minbase --include=python3,sqlite3 bookworm "$partial" "$mirror" \
        >"$partial.log" 2>&1; then
        debian_rootfs_unmount "$partial"
        echo "debootstrap failed (last lines of $partial.log):" >&2
        tail -n 5 "$partial.log" >&2
        return 1
    fi
    debian_rootfs_unmount "$partial"
    # What apt downloaded is not needed again.
    rm -rf "$partial"/var/cache/apt/archives/*.deb
    touch "$partial/.complete"
    rm -rf --one-file-system "$dir"
    mv "$partial" "$dir"
    rm -f "$partial.log"
}
