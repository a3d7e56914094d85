#!/usr/bin/env python3
"""Writes demodata's platform wheel from the release tree, with the standard library only.

    python3 Scripts/lib/make_wheel.py TREE VERSION GLIBC OUTDIR

TREE is the unpacked release (bin/demodata, libexec/demodata/, share/, LICENSE, NOTICE,
README.md). The wheel carries the binary as a script (NAME.data/scripts/demodata, which pip
installs into the environment's bin/, on PATH, as ruff, uv and tpchgen-cli are shipped) and
the rest of the tree as data (NAME.data/data/..., installed under the environment's prefix), so
that PREFIX/libexec/demodata/ sits beside PREFIX/bin/demodata where `demodata load` looks. The
tag is manylinux_<GLIBC>_x86_64: GLIBC is the newest glibc symbol version the binary needs
(2.35 for glibc 2.35), and the rest it needs is allowed by the manylinux policy. Entries are
sorted and dated SOURCE_DATE_EPOCH (else 1980-01-01), so the same tree gives the same bytes.
Prints the wheel's path.
"""

import base64
import hashlib
import os
import sys
import time
import zipfile

NAME = "demodata"


def record_hash(data):
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def main(argv):
    if len(argv) != 5:
        print("usage: make_wheel.py TREE VERSION GLIBC OUTDIR", file=sys.stderr)
        return 64
    tree, version, glibc, outdir = argv[1:]
    major, _, minor = glibc.partition(".")
    if not (major.isdigit() and minor.isdigit()):
        print(f"make_wheel.py: GLIBC must be like 2.35; got {glibc!r}", file=sys.stderr)
        return 64
    tag = f"py3-none-manylinux_{major}_{minor}_x86_64"
    data = f"{NAME}-{version}.data"
    info = f"{NAME}-{version}.dist-info"
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))
    stamp = time.gmtime(max(epoch, 315532800))[:6]

    entries = []  # (name in the wheel, bytes, executable)

    def add_file(path, name):
        with open(path, "rb") as handle:
            entries.append((name, handle.read(), os.access(path, os.X_OK)))

    add_file(os.path.join(tree, "bin", NAME), f"{data}/scripts/{NAME}")
    for top in ("libexec", "share"):
        for directory, _, files in os.walk(os.path.join(tree, top)):
            for file in files:
                path = os.path.join(directory, file)
                add_file(path, f"{data}/data/" + os.path.relpath(path, tree))
    for file in ("LICENSE", "NOTICE"):
        add_file(os.path.join(tree, file), f"{info}/{file}")
    with open(os.path.join(tree, "README.md"), encoding="utf-8") as handle:
        readme = handle.read()
    metadata = (
        "Metadata-Version: 2.1\n"
        f"Name: {NAME}\n"
        f"Version: {version}\n"
        "Summary: Generate realistic, relationally consistent business data as verifiable "
        "archives\n"
        "License: MIT\n"
        "Classifier: Operating System :: POSIX :: Linux\n"
        "Classifier: Programming Language :: Swift\n"
        "Description-Content-Type: text/markdown\n"
        "\n" + readme
    )
    entries.append((f"{info}/METADATA", metadata.encode("utf-8"), False))
    wheel = (
        "Wheel-Version: 1.0\n"
        "Generator: demodata Scripts/lib/make_wheel.py\n"
        "Root-Is-Purelib: false\n"
        f"Tag: {tag}\n"
    )
    entries.append((f"{info}/WHEEL", wheel.encode("utf-8"), False))
    entries.sort(key=lambda entry: entry[0])
    record = "".join(f"{name},{record_hash(content)},{len(content)}\n"
                     for name, content, _ in entries)
    record += f"{info}/RECORD,,\n"
    entries.append((f"{info}/RECORD", record.encode("utf-8"), False))

    os.makedirs(outdir, exist_ok=True)
    path = os.path.join(outdir, f"{NAME}-{version}-{tag}.whl")
    partial = path + ".partial"
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content, executable in entries:
            item = zipfile.ZipInfo(name, date_time=stamp)
            item.compress_type = zipfile.ZIP_DEFLATED
            item.external_attr = (0o100755 if executable else 0o100644) << 16
            archive.writestr(item, content)
    os.replace(partial, path)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
