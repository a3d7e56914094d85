import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the release tests need from the machine, and the chroot they run the artifacts in.
enum ReleaseEnvironment {
    /// The program's path in the usual directories, or nil.
    static func executable(_ name: String) -> String? {
        ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]
            .map { $0 + "/" + name }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether debootstrap can run here at all: installed, and run as root (it unpacks
    /// packages as root and chroots into them).
    static var canDebootstrap: Bool {
        executable("debootstrap") != nil && geteuid() == 0
    }

    /// Why the chroot tests are skipped when they are.
    static let debootstrapMissing =
        "skipped: needs debootstrap (apt-get install debootstrap; Scripts/setup.sh --tests) and "
        + "root, to make a Debian 12 root file system without Swift"

    /// The cached Debian 12 root file system (minbase with python3 and sqlite3) that
    /// `Scripts/lib/debian-rootfs.sh` makes once under `.build/`.
    static func debianRoot() async throws -> URL {
        let root = TestPackage.root.appending(path: ".build/debian-12-rootfs")
        let make = try await TestProcess.run(
            URL(filePath: "/bin/bash"),
            [
                "-c", "source \"$1\" && debian_rootfs \"$2\"", "debian-rootfs",
                TestPackage.script("lib/debian-rootfs.sh").path, root.path,
            ])
        guard make.status == 0 else { throw TestFailure("cannot make the Debian root: \(make)") }
        return root
    }

    /// Runs `script` with bash inside a copy of the directory `source` (its contents copied
    /// to `directory/root`, then `prepare` run on the host with `$ROOT` set to the copy), with
    /// /proc mounted and a minimal environment; the copy is removed afterwards.
    static func inChroot(
        copying source: String?, into directory: TestDirectory, prepare: String = "",
        script: String
    ) async throws -> TestProcess.Result {
        let root = directory.url.appending(path: "root").path
        let host = """
            set -eu
            ROOT=$1
            mkdir -p "$ROOT"
            [ -z "$2" ] || cp -a "$2/." "$ROOT/"
            \(prepare)
            mount -t proc proc "$ROOT/proc"
            trap 'umount -l "$ROOT/proc"; rm -rf --one-file-system "$ROOT"' EXIT
            status=0
            chroot "$ROOT" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root \
                LANG=C.UTF-8 /bin/bash -c "$3" || status=$?
            exit $status
            """
        return try await TestProcess.run(
            URL(filePath: "/bin/bash"), ["-c", host, "chroot-run", root, source ?? "", script])
    }
}
