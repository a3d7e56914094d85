#!/usr/bin/env python3
"""Line coverage of the files under some source folders, from `swift test`'s llvm-cov JSON.

Usage: coverage.py CODECOV_JSON FOLDERS MINIMUM_PERCENT
FOLDERS is a folder or a glob pattern of folders (`'Sources/DemoData*'`: every library target).
Prints each file's coverage and the total; exits 1 when the total is below the minimum.
"""
import glob
import json
import os
import sys


def main() -> int:
    path, pattern, minimum = sys.argv[1], sys.argv[2], float(sys.argv[3])
    folders = [os.path.abspath(f) for f in sorted(glob.glob(pattern)) if os.path.isdir(f)]
    if not folders:
        print(f"coverage: no folder matches {pattern}")
        return 1
    base = os.path.dirname(folders[0]) if len(folders) > 1 else folders[0]
    with open(path) as handle:
        report = json.load(handle)
    covered = total = 0
    rows = []
    for data in report["data"]:
        for entry in data["files"]:
            name = entry["filename"]
            if not any(name.startswith(folder + os.sep) for folder in folders):
                continue
            lines = entry["summary"]["lines"]
            covered += lines["covered"]
            total += lines["count"]
            rows.append((lines["percent"], os.path.relpath(name, base), lines["count"]))
    if total == 0:
        print(f"coverage: no lines found under {pattern}")
        return 1
    for percent, name, count in sorted(rows):
        if percent < 100:
            print(f"  {percent:6.2f}%  {name} ({count} lines)")
    percent = 100.0 * covered / total
    print(f"coverage: {percent:.2f}% of {total} lines in {pattern} "
          f"(minimum {minimum:.0f}%)")
    return 0 if percent >= minimum else 1


if __name__ == "__main__":
    sys.exit(main())
