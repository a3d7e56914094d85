#!/usr/bin/env python3
"""Checks the Kubernetes example against what it relies on (PyYAML: Debian's python3-yaml).

No Kubernetes schema validator (kubeconform, kubectl with a cluster) is available from this
project's package registries, so this checks the fields the example depends on instead:

    python3 Scripts/check_kubernetes.py [REPOSITORY]

REPOSITORY (by default the one holding this script) supplies
Scripts/kubernetes/demodata-shards.yaml, Scripts/kubernetes/demodata-merge.yaml, Containerfile
and docs/sharding.md. What it checks:
  1. Both files are one batch/v1 Job each with a name, restartPolicy Never and one container.
  2. The shard Job is an Indexed Job: completionMode Indexed, completions = parallelism = the
     shard count that its command gives Scripts/shard-worker.sh, with no shard index argument
     and no JOB_COMPLETION_INDEX of its own, so the worker reads the index Kubernetes sets; the
     generate options pin --as-of and leave --output and --shard to the worker.
  3. The merge Job merges SHARED/shard-*-of-N for the same shared directory and shard count,
     then verifies the archive, and mounts the same PersistentVolumeClaim at the same path.
  4. Both use the image docs/sharding.md says to build and push (`build -t IMAGE -f Containerfile`,
     `push IMAGE`), and the Containerfile's last stage puts demodata on the PATH and Scripts/
     at /demodata/Scripts, where the shard Job runs the worker from.

Output: one `FAIL <file>: <message>` line per finding and exit status 1, or `OK: ...` and 0.
"""

import pathlib
import re
import sys

import yaml

WORKER = "/demodata/Scripts/shard-worker.sh"


class Checker:
    def __init__(self, root):
        self.root = root
        self.failures = []

    def fail(self, name, message):
        self.failures.append(f"FAIL {name}: {message}")

    def job(self, name):
        """The one Job in Scripts/kubernetes/NAME, or None after reporting why not."""
        path = self.root / "Scripts" / "kubernetes" / name
        try:
            documents = [d for d in yaml.safe_load_all(path.read_text()) if d is not None]
        except (OSError, yaml.YAMLError) as error:
            self.fail(name, f"cannot read it: {error}")
            return None
        if len(documents) != 1 or not isinstance(documents[0], dict):
            self.fail(name, f"holds {len(documents)} documents, not one Job")
            return None
        job = documents[0]
        if job.get("apiVersion") != "batch/v1" or job.get("kind") != "Job":
            self.fail(name, f"is {job.get('apiVersion')} {job.get('kind')}, not batch/v1 Job")
        if not isinstance(job.get("metadata", {}).get("name"), str):
            self.fail(name, "has no metadata.name")
        pod = self.get(job, ("spec", "template", "spec"), dict, name) or {}
        if pod.get("restartPolicy") != "Never":
            self.fail(name, f"restartPolicy is {pod.get('restartPolicy')!r}, not 'Never'")
        containers = pod.get("containers")
        if not isinstance(containers, list) or len(containers) != 1:
            self.fail(name, "must have exactly one container")
            return None
        return job

    def get(self, document, keys, kind, name):
        value = document
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
            self.fail(name, f"{'.'.join(keys)} is {value!r}, not a {kind.__name__}")
            return None
        return value

    def mount(self, job, name):
        """The (claim, mount path) of the container's volume, or None after reporting."""
        pod = job["spec"]["template"]["spec"]
        mounts = pod["containers"][0].get("volumeMounts") or []
        volumes = {v.get("name"): v for v in pod.get("volumes") or [] if isinstance(v, dict)}
        if len(mounts) != 1:
            self.fail(name, f"the container mounts {len(mounts)} volumes, not the shared one")
            return None
        volume = volumes.get(mounts[0].get("name"))
        claim = (volume or {}).get("persistentVolumeClaim", {}).get("claimName")
        if not claim:
            self.fail(name, f"volume {mounts[0].get('name')!r} is no PersistentVolumeClaim")
            return None
        return claim, mounts[0].get("mountPath")

    def image(self):
        """The image docs/sharding.md says to build from Containerfile and push."""
        readme = (self.root / "docs" / "sharding.md").read_text()
        built = re.findall(r"build -t (\S+) -f Containerfile", readme)
        pushed = re.findall(r"push (\S+)", readme)
        if not built or any(image not in pushed for image in built):
            self.fail(
                "docs/sharding.md", "has no `build -t IMAGE -f Containerfile` and `push IMAGE`")
            return None
        if len(set(built)) != 1:
            self.fail("docs/sharding.md", f"builds several images: {sorted(set(built))}")
        return built[0]

    def containerfile(self):
        """The last stage of Containerfile must hold demodata on the PATH and the scripts."""
        try:
            text = (self.root / "Containerfile").read_text()
        except OSError as error:
            self.fail("Containerfile", f"cannot read it: {error}")
            return
        lines = re.sub(r"\\\n", " ", text).splitlines()
        stages = [i for i, line in enumerate(lines) if line.upper().startswith("FROM ")]
        if len(stages) < 2:
            self.fail("Containerfile", "needs a build stage and a runtime stage")
            return
        last = [line.split() for line in lines[stages[-1]:] if line.upper().startswith("COPY ")]
        if not any(words[-1] == "/usr/local/bin/demodata" for words in last):
            self.fail("Containerfile", "its last stage copies no demodata to /usr/local/bin")
        if not any(words[-2:] == ["Scripts", "/demodata/Scripts"] for words in last):
            self.fail("Containerfile", "its last stage copies no Scripts to /demodata/Scripts")

    def run(self):
        shards_name, merge_name = "demodata-shards.yaml", "demodata-merge.yaml"
        shards, merge = self.job(shards_name), self.job(merge_name)
        image = self.image()
        self.containerfile()
        if shards is None or merge is None:
            return
        spec = shards["spec"]
        if spec.get("completionMode") != "Indexed":
            self.fail(shards_name, f"completionMode is {spec.get('completionMode')!r}, not Indexed")
        completions = self.get(shards, ("spec", "completions"), int, shards_name)
        parallelism = self.get(shards, ("spec", "parallelism"), int, shards_name)
        container = spec["template"]["spec"]["containers"][0]
        command = [str(word) for word in container.get("command") or []]
        if len(command) < 4 or command[0] != WORKER or command[3] != "--":
            self.fail(shards_name, f"command is {command}, not {WORKER} SHARED N -- OPTIONS")
            return
        shared, count, options = command[1], command[2], command[4:]
        if not count.isdigit() or completions != int(count) or parallelism != int(count):
            self.fail(
                shards_name,
                f"completions {completions}, parallelism {parallelism} and the worker's shard "
                f"count {count} must be equal")
        names = {e.get("name") for e in container.get("env") or [] if isinstance(e, dict)}
        if "JOB_COMPLETION_INDEX" in names:
            self.fail(shards_name, "sets JOB_COMPLETION_INDEX, which must come from Kubernetes")
        if not any(o.startswith("--as-of") for o in options):
            self.fail(shards_name, "the generate options do not pin --as-of")
        for option in options:
            if option.split("=")[0] in ("--output", "-o", "--shard"):
                self.fail(shards_name, f"passes {option}, which shard-worker.sh sets")

        shard_mount, merge_mount = self.mount(shards, shards_name), self.mount(merge, merge_name)
        if shard_mount and merge_mount and shard_mount != merge_mount:
            self.fail(
                merge_name,
                f"mounts claim {merge_mount[0]} at {merge_mount[1]}; the shards were written "
                f"to claim {shard_mount[0]} at {shard_mount[1]}")
        if shard_mount and not shared.startswith(str(shard_mount[1]).rstrip("/") + "/"):
            self.fail(shards_name, f"writes to {shared}, outside the shared volume")
        script = " ".join(str(w) for w in merge["spec"]["template"]["spec"]["containers"][0]
                          .get("command") or [])
        merged = re.search(r"demodata merge (?:--force )?(\S+) (\S+)", script)
        if not merged or merged.group(2) != f"{shared}/shard-*-of-{count}":
            self.fail(merge_name, f"does not merge {shared}/shard-*-of-{count}: {script!r}")
        elif f"demodata verify {merged.group(1)}" not in script:
            self.fail(merge_name, f"does not verify {merged.group(1)}")

        for name, job in ((shards_name, shards), (merge_name, merge)):
            used = job["spec"]["template"]["spec"]["containers"][0].get("image")
            if image and used != image:
                self.fail(name, f"runs image {used!r}; docs/sharding.md builds and pushes {image!r}")
        if not self.failures:
            print(f"OK: {shards_name} is an Indexed Job of {count} shards into {shared}, "
                  f"{merge_name} merges and verifies them, both from {image}")


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[1])
    checker = Checker(root)
    checker.run()
    for failure in checker.failures:
        print(failure)
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main())
