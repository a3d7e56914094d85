#!/usr/bin/env python3
"""Regenerates, or checks, every sample output shown in README.md and docs/*.md.

A sample is a fenced block between two markers:

    <!-- sample: NAME -->
    ```console
    $ demodata generate --volume small --as-of 2026-06-30
    wrote Output/small: ...
    ```
    <!-- /sample -->

Lines that start with "$ " are commands; the lines after a command, up to the next command,
are what it prints (stdout and stderr together). The commands are the source: this script
runs them and writes what they print now in place of the old output. Every file's samples
run in the order written, in one fresh scratch directory of their own (so each file's
examples must make what they use, in that order), with `demodata` on the PATH being the
release binary ($DEMODATA_BINARY, else .build/release/demodata), SOURCE_DATE_EPOCH unset and
TZ=UTC. Commands should pin --as-of, so that the output does not depend on the day.

A line `<!-- sample-setup: COMMAND -->` runs COMMAND there, unseen, in the same directory
(for a page whose samples need an archive that the page does not show being made).

Parts that differ from run to run (durations, rates, peak memory) are compared normalised:
a sample whose output differs from the fresh one only there is left as it is.

Usage: Scripts/samples.py [--check] [--root DIR]
  --check     change nothing; exit 1 naming every stale sample (with a diff)
  --root DIR  the tree whose README.md and docs/*.md to read (default: this checkout)
Exit status: 0 all samples current (or rewritten), 1 a stale sample (--check) or a command
that failed, 64 bad usage.
"""

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OPEN = re.compile(r"^<!-- sample: ([a-z0-9][a-z0-9-]*) -->$")
CLOSE = "<!-- /sample -->"
SETUP = re.compile(r"^<!-- sample-setup: (.+) -->$")
FENCE = re.compile(r"^```[a-z]*$")

# What changes from run to run: each match is replaced by its placeholder before comparing.
VARIABLE = [
    (re.compile(r"\b\d+(?:\.\d+)? s\b"), "<seconds> s"),
    (re.compile(r"\b[\d,]+ rows/s\b"), "<rate> rows/s"),
    (re.compile(r"\b\d+(?:\.\d+)? MB peak memory\b"), "<memory> MB peak memory"),
    (re.compile(r"\bwith \d+ threads? on \d+ cores?\b"), "with <threads> on <cores>"),
]

COMMAND_TIMEOUT = 120


class SampleError(Exception):
    """A sample that cannot be run or a file whose markers do not pair."""


def normalised(text):
    for pattern, placeholder in VARIABLE:
        text = pattern.sub(placeholder, text)
    return text


def binary():
    path = os.environ.get("DEMODATA_BINARY") or str(
        Path(__file__).resolve().parent.parent / ".build/release/demodata")
    if not os.access(path, os.X_OK):
        raise SampleError(
            f"no demodata binary at {path}; build it (swift build -c release --product "
            "demodata) or set DEMODATA_BINARY")
    return os.path.realpath(path)


class Runner:
    """Runs one file's commands in a scratch directory with demodata on the PATH."""

    def __init__(self, demodata):
        self.scratch = Path(tempfile.mkdtemp(prefix="demodata-samples-"))
        bin_dir = self.scratch / ".bin"
        bin_dir.mkdir()
        (bin_dir / "demodata").symlink_to(demodata)
        self.work = self.scratch / "work"
        self.work.mkdir()
        self.environment = dict(os.environ)
        self.environment.pop("SOURCE_DATE_EPOCH", None)
        self.environment.update(
            PATH=f"{bin_dir}:{os.environ.get('PATH', '/usr/bin:/bin')}", TZ="UTC",
            LC_ALL="C.UTF-8", DEMODATA_BINARY=demodata)
        self.environment.pop("COLUMNS", None)

    def run(self, command, where):
        try:
            result = subprocess.run(
                ["bash", "-c", command], cwd=self.work,
                env=self.environment, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, timeout=COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise SampleError(f"{where}: `{command}` ran longer than {COMMAND_TIMEOUT} s")
        output = result.stdout.decode("utf-8", errors="replace")
        # The scratch directory's path never appears in a sample.
        output = output.replace(str(self.work) + "/", "").replace(str(self.work), ".")
        if result.returncode != 0:
            raise SampleError(
                f"{where}: `{command}` failed (exit {result.returncode}): "
                f"{output.strip()[-400:]}")
        return output

    def remove(self):
        shutil.rmtree(self.scratch, ignore_errors=True)


def refresh(path, name, lines, runner):
    """Fresh contents for the lines of a sample's fenced block (fences excluded)."""
    fresh = []
    commands = [line for line in lines if line.startswith("$ ")]
    if not commands:
        raise SampleError(f"{path}: sample '{name}' has no command (a line starting '$ ')")
    if not lines[0].startswith("$ "):
        raise SampleError(f"{path}: sample '{name}' must start with a command")
    for command in commands:
        fresh.append(command)
        output = runner.run(command[2:], f"{path}: sample '{name}'")
        fresh.extend(output.rstrip("\n").split("\n") if output.strip() else [])
    return fresh


def process(path, relative, demodata):
    """Runs the samples of one file; returns (new text, names of stale samples)."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    out, stale, names = [], [], set()
    runner = None
    index = 0
    try:
        while index < len(lines):
            line = lines[index]
            setup, opening = SETUP.match(line), OPEN.match(line)
            if setup:
                runner = runner or Runner(demodata)
                runner.run(setup.group(1), f"{relative}: sample-setup")
            if not opening:
                out.append(line)
                index += 1
                continue
            name = opening.group(1)
            if name in names:
                raise SampleError(f"{relative}: two samples are named '{name}'")
            names.add(name)
            try:
                close = lines.index(CLOSE, index + 1)
            except ValueError:
                raise SampleError(f"{relative}: sample '{name}' has no {CLOSE}")
            body = lines[index + 1:close]
            if (len(body) < 2 or not FENCE.match(body[0]) or body[-1] != "```"
                    or any(FENCE.match(b) for b in body[1:-1])):
                raise SampleError(
                    f"{relative}: sample '{name}' must hold exactly one fenced block")
            runner = runner or Runner(demodata)
            old = body[1:-1]
            fresh = refresh(relative, name, old, runner)
            if normalised("\n".join(old)) != normalised("\n".join(fresh)):
                stale.append((name, old, fresh))
                body = [body[0]] + fresh + ["```"]
            out.append(line)
            out.extend(body)
            out.append(CLOSE)
            index = close + 1
    finally:
        if runner:
            runner.remove()
    return "\n".join(out), stale, len(names)


def main(arguments):
    check = False
    root = Path(__file__).resolve().parent.parent
    rest = list(arguments)
    while rest:
        argument = rest.pop(0)
        if argument == "--check":
            check = True
        elif argument == "--root" and rest:
            root = Path(rest.pop(0))
        elif argument in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        else:
            print(f"samples.py: unknown argument {argument!r}; usage: Scripts/samples.py "
                  "[--check] [--root DIR]", file=sys.stderr)
            return 64
    files = [root / "README.md"] + sorted((root / "docs").glob("*.md"))
    files = [path for path in files if path.is_file()]
    if not files:
        print(f"samples.py: no README.md or docs/*.md under {root}; pass the checkout with "
              "--root", file=sys.stderr)
        return 64
    try:
        demodata = binary()
        stale_count, sample_count = 0, 0
        for path in files:
            relative = path.relative_to(root).as_posix()
            text, stale, count = process(path, relative, demodata)
            sample_count += count
            for name, old, fresh in stale:
                stale_count += 1
                if check:
                    print(f"stale sample '{name}' in {relative}:")
                    sys.stdout.writelines(
                        line + "\n" for line in difflib.unified_diff(
                            old, fresh, "shown", "fresh", lineterm="", n=1))
                else:
                    print(f"updated sample '{name}' in {relative}")
            if stale and not check:
                path.write_text(text, encoding="utf-8")
    except SampleError as error:
        print(f"samples.py: {error}", file=sys.stderr)
        return 1
    if check and stale_count:
        print(f"samples.py: {stale_count} stale sample(s); run Scripts/samples.py to "
              "rewrite them", file=sys.stderr)
        return 1
    if check:
        print(f"samples.py: all {sample_count} samples in {len(files)} files are current")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
