#!/usr/bin/env bash
# Builds the release artifacts into dist/, for people without a Swift toolchain:
#   dist/demodata-VERSION-linux-x86_64.tar.gz   the release binary (the Swift runtime, zlib,
#       zstd and libcrypto linked in: it needs glibc and nothing else that a Linux system
#       lacks), the loaders, bash/zsh/fish completions, man pages, LICENSE, NOTICE, README.md;
#       laid out as PREFIX/bin, PREFIX/libexec/demodata, PREFIX/share
#   dist/demodata-VERSION-py3-none-manylinux_2_NN_x86_64.whl   the same tree for pip
#       (`pip install dist/demodata-*.whl` puts demodata on the PATH)
#   where podman is installed, the container image localhost/demodata:VERSION (Containerfile:
#       the tarball over a minimal Debian 12 that debootstrap makes, cached under .build/),
#       also saved as dist/demodata-VERSION-image.oci.tar (`podman load -i` reads it)
# VERSION is DemoDataVersion.generator. The script installs nothing: it fails with one line
# naming what is missing. A second run reuses the builds and the root file system.
#
# Usage: Scripts/release.sh
set -euo pipefail

program=release.sh
fail() {
    printf '%s: %s\n' "$program" "$*" >&2
    exit 1
}
if [ $# -gt 0 ]; then
    printf '%s: takes no arguments\nusage: Scripts/release.sh\n' "$program" >&2
    exit 64
fi
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

[ "$(uname -s)/$(uname -m)" = Linux/x86_64 ] ||
    fail "builds the linux-x86_64 release only, and this is $(uname -s)/$(uname -m)"
multiarch=/usr/lib/x86_64-linux-gnu
missing=()
command -v swift >/dev/null 2>&1 || missing+=("swift (a Swift 6 toolchain)")
for tool in python3 objdump strip tar gzip; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
# The static libraries the binary links instead of the shared ones.
[ -f "$multiarch/libz.a" ] || missing+=("zlib1g-dev ($multiarch/libz.a)")
[ -f "$multiarch/libzstd.a" ] || missing+=("libzstd-dev ($multiarch/libzstd.a)")
[ -f "$multiarch/libcrypto.a" ] || missing+=("libssl-dev ($multiarch/libcrypto.a)")
podman=false
if command -v podman >/dev/null 2>&1; then
    podman=true
    command -v debootstrap >/dev/null 2>&1 || missing+=("debootstrap (for the image's root file system)")
    [ "$(id -u)" = 0 ] || missing+=("root (debootstrap and podman's chroot isolation)")
fi
[ ${#missing[@]} -eq 0 ] ||
    fail "missing ${missing[*]}; install them (Scripts/setup.sh --tests installs them on Debian) and run it again"

version=$(sed -n 's/.*static let generator = "\([^"]*\)".*/\1/p' Sources/DemoDataCore/DemoDataVersion.swift)
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] ||
    fail "cannot read the version from Sources/DemoDataCore/DemoDataVersion.swift (DemoDataVersion.generator)"
name=demodata-$version-linux-x86_64
# Reproducible dates: the last commit's, else a fixed one.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1767225600)}

mkdir -p .build dist
exec 9>.build/release.lock
flock 9 || fail "cannot lock .build/release.lock"
start=$SECONDS

# The binary: its own scratch path (the flags differ from the test build's, and the test
# command may hold .build's lock), linked against the static zlib, zstd and libcrypto, which a
# directory holding only their .a files puts ahead of the shared ones.
scratch=.build/release-static
mkdir -p "$scratch/static-libs"
for library in z zstd crypto; do
    ln -sf "$multiarch/lib$library.a" "$scratch/static-libs/lib$library.a"
done
echo "$program: building demodata $version (release, Swift runtime and C libraries linked in)" >&2
# Both products with the same flags, so that neither build undoes the other's.
flags=(-c release --static-swift-stdlib --scratch-path "$scratch"
    -Xlinker -L -Xlinker "$root/$scratch/static-libs")
swift build "${flags[@]}" --product demodata >&2 || fail "swift build failed (see above)"
swift build "${flags[@]}" --product generate-manual >&2 ||
    fail "building swift-argument-parser's generate-manual failed (see above)"
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)
binary=$bin/demodata

# Only libraries every glibc system has may stay shared.
needed=$(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }')
for library in $needed; do
    case $library in
    libc.so.6 | libm.so.6 | libstdc++.so.6 | libgcc_s.so.1 | ld-linux-x86-64.so.2 | libpthread.so.0 | libdl.so.2 | librt.so.1) ;;
    *) fail "$binary needs the shared library $library, which should have been linked in" ;;
    esac
done
glibc=$(objdump -T "$binary" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)
[[ $glibc =~ ^2\.[0-9]+$ ]] || fail "cannot read the glibc versions $binary needs (objdump -T)"

# The tree: PREFIX/bin, PREFIX/libexec/demodata (loaders, as git keeps its helpers), PREFIX/share.
stage=.build/release-stage
tree=$stage/$name
rm -rf "$stage"
mkdir -p "$tree/bin" "$tree/libexec/demodata/lib" "$tree/share/man/man1" \
    "$tree/share/bash-completion/completions" "$tree/share/zsh/site-functions" \
    "$tree/share/fish/vendor_completions.d"
strip -o "$tree/bin/demodata" "$binary"
chmod 0755 "$tree/bin/demodata"
for script in load-postgres.sh load-sqlite.sh load-duckdb.sh load-mysql.sh shard-worker.sh; do
    install -m 0755 "Scripts/$script" "$tree/libexec/demodata/$script"
done
for script in load-common.sh demodata-binary.sh demodata_archive.py; do
    install -m 0644 "Scripts/lib/$script" "$tree/libexec/demodata/lib/$script"
done
"$tree/bin/demodata" --generate-completion-script bash >"$tree/share/bash-completion/completions/demodata"
"$tree/bin/demodata" --generate-completion-script zsh >"$tree/share/zsh/site-functions/_demodata"
"$tree/bin/demodata" --generate-completion-script fish >"$tree/share/fish/vendor_completions.d/demodata.fish"
"$bin/generate-manual" "$tree/bin/demodata" --multi-page \
    --date "$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)" \
    --output-directory "$tree/share/man/man1" >&2 ||
    fail "generate-manual could not write the man pages"
ls "$tree/share/man/man1/demodata.1" >/dev/null 2>&1 || fail "generate-manual wrote no demodata.1"
install -m 0644 LICENSE NOTICE "$tree/"
cat >"$tree/README.md" <<README
# demodata $version for Linux x86_64

demodata generates a realistic, relationally consistent business dataset (customers,
products, inventory, invoices and their lines) as archives that regenerate byte for byte and
that \`demodata verify\` checks.

- \`bin/demodata\`: the program. The Swift runtime, zlib, zstd and OpenSSL's libcrypto are
  linked in; it needs **glibc $glibc or later** (Debian 12, Ubuntu 22.04, Fedora 36 and
  later) and libstdc++ and libgcc, which every such system has. Nothing else to install.
- \`libexec/demodata/\`: the loaders \`demodata load postgres|sqlite|duckdb|mysql\` runs
  (bash scripts; they need python3 and the database's client: psql, sqlite3, Python's duckdb
  or mariadb) and \`shard-worker.sh\` for sharded runs.
- \`share/man/man1/\`: man pages; \`share/bash-completion\`, \`share/zsh\`, \`share/fish\`:
  shell completions.

Run it where it is, or copy the three directories into a prefix:

    ./bin/demodata generate --volume small
    sudo cp -r bin libexec share /usr/local/     # then: demodata --help, man demodata

Keep \`bin/\` and \`libexec/\` side by side: \`demodata load\` finds its loaders in
\`../libexec/demodata/\` from the binary. Licence: MIT (LICENSE); third-party notices in NOTICE.
README

# The tarball: sorted, owned by root, dated SOURCE_DATE_EPOCH, gzip without a timestamp.
tarball=dist/$name.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$stage" -cf - "$name" | gzip -n -9 >"$tarball.partial"
mv "$tarball.partial" "$tarball"

# The wheel, from the same tree.
rm -f dist/demodata-"$version"-*.whl
wheel=$(python3 Scripts/lib/make_wheel.py "$tree" "$version" "$glibc" dist) ||
    fail "could not write the wheel (see above)"

artifacts=("$tarball" "$wheel")
if [ "$podman" = true ]; then
    # shellcheck source=lib/debian-rootfs.sh
    source Scripts/lib/debian-rootfs.sh
    rootfs=.build/debian-12-rootfs
    debian_rootfs "$rootfs" || fail "cannot make the image's root file system (see above)"
    context=.build/release-image
    rm -rf "$context"
    mkdir -p "$context"
    cp "$tarball" "$context/"
    cp -r Scripts "$context/Scripts"
    # Without apt's lists, documentation, man pages and translations: not needed to run.
    tar --sort=name --numeric-owner -C "$rootfs" \
        --exclude=./.complete --exclude='./var/lib/apt/lists/*' --exclude='./var/cache/apt/*' \
        --exclude='./usr/share/doc/*' --exclude='./usr/share/man/*' \
        --exclude='./usr/share/locale/*' --exclude='./usr/share/info/*' \
        --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' \
        -cf "$context/rootfs.tar" .
    image=localhost/demodata:$version
    echo "$program: building the image $image (podman, vfs storage, chroot isolation)" >&2
    # vfs keeps a whole copy of the file system per layer: keep no intermediate images, and
    # remove the image this one replaces, so that repeated runs take no more room.
    previous=$(podman --storage-driver vfs image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
    podman --storage-driver vfs build --isolation chroot --layers=false \
        --build-arg "VERSION=$version" -t "$image" -f Containerfile "$context" >&2 ||
        fail "podman build failed (see above)"
    current=$(podman --storage-driver vfs image inspect --format '{{.Id}}' "$image")
    if [ -n "$previous" ] && [ "$previous" != "$current" ]; then
        podman --storage-driver vfs image rm "$previous" >/dev/null 2>&1 || true
    fi
    rm -f "dist/demodata-$version-image.oci.tar"
    podman --storage-driver vfs save --format oci-archive -o "dist/demodata-$version-image.oci.tar" \
        "$image" >&2 || fail "podman save failed (see above)"
    rm -f "$context/rootfs.tar"
    artifacts+=("dist/demodata-$version-image.oci.tar (image $image)")
else
    echo "$program: podman is not installed, so no container image was built" >&2
fi
printf '%s: glibc %s or later; built in %d s:\n' "$program" "$glibc" "$((SECONDS - start))" >&2
for artifact in "${artifacts[@]}"; do
    printf '  %s  %s\n' "$(du -h "${artifact%% *}" | cut -f1)" "$artifact" >&2
done
