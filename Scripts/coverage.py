#!/usr/bin/env python3
"""Line coverage of the files under one source folder, from `swift test`'s llvm-cov JSON.

Usage: coverage.py CODECOV_JSON FOLDER MINIMUM_PERCENT
Prints each file's coverage and the total; exits 1 when the total is below the minimum.
"""
import json
import os
import sys


def main() -> int:
    path, folder, minimum = sys.argv[1], os.path.abspath(sys.argv[2]), float(sys.argv[3])
    with open(path) as handle:
        report = json.load(handle)
    covered = total = 0
    rows = []
    for data in report["data"]:
        for entry in data["files"]:
            name = entry["filename"]
            if not name.startswith(folder + os.sep):
                continue
            lines = entry["summary"]["lines"]
            covered += lines["covered"]
            total += lines["count"]
            rows.append((lines["percent"], os.path.relpath(name, folder), lines["count"]))
    if total == 0:
        print(f"coverage: no lines found under {folder}")
        return 1
    for percent, name, count in sorted(rows):
        if percent < 100:
            print(f"  {percent:6.2f}%  {name} ({count} lines)")
    percent = 100.0 * covered / total
    print(f"coverage: {percent:.2f}% of {total} lines in {os.path.relpath(folder)} "
          f"(minimum {minimum:.0f}%)")
    return 0 if percent >= minimum else 1


if __name__ == "__main__":
    sys.exit(main())
