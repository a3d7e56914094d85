import Foundation
import Testing

/// The release artifacts of `Scripts/release.sh` work where no Swift toolchain is: the tarball
/// unpacked into a minimal Debian 12 (debootstrap, chroot), the wheel in a fresh virtual
/// environment, and the binary inside the container image.
@Suite("Release artifacts install and run", .serialized)
struct ReleaseInstallTests {
    private static let asOf = "2026-06-30"

    /// Runs the binary under test with `arguments`, requiring it to succeed.
    private func demodata(_ arguments: [String]) async throws -> TestProcess.Result {
        try await TestProcess.run(try TestPackage.builtBinary(), arguments).checked()
    }

    /// `demodata stream customers` of the small volume, from the binary under test.
    private func hostStream() async throws -> String {
        try await demodata(["stream", "customers", "--volume", "small", "--as-of", Self.asOf])
            .outputText
    }

    @Test(
        .enabled(
            if: ReleaseEnvironment.canDebootstrap,
            Comment(rawValue: ReleaseEnvironment.debootstrapMissing)))
    func tarballRunsInDebian12WithoutSwift() async throws {
        let artifacts = try await ReleaseArtifacts.built()
        let debian = try await ReleaseEnvironment.debianRoot()
        let bin = "/opt/\(artifacts.tarballDirectory)/bin"
        try await TestDirectory.with { directory in
            let script = """
                set -eu
                export PATH=\(bin):$PATH
                if command -v swift || [ -e /opt/swift ]; then echo "a Swift toolchain is here"; exit 3; fi
                echo "== version"; demodata --version
                echo "== generate"; demodata generate --volume small --as-of \(Self.asOf) --output /tmp/ndjson --quiet
                echo "== verify"; demodata verify /tmp/ndjson 2>&1
                echo "== info"; demodata info /tmp/ndjson 2>&1
                echo "== stream"; demodata stream customers --volume small --as-of \(Self.asOf) >/tmp/customers.ndjson
                demodata generate --volume small --format csv --as-of \(Self.asOf) --output /tmp/csv --quiet
                echo "== load"; demodata load sqlite /tmp/csv /tmp/demo.db 2>&1
                echo "== count"; sqlite3 /tmp/demo.db 'SELECT count(*) FROM invoice_line_items'
                echo "== man"; ls /opt/\(artifacts.tarballDirectory)/share/man/man1
                echo "== stream bytes"; cat /tmp/customers.ndjson
                """
            let result = try await ReleaseEnvironment.inChroot(
                copying: debian.path, into: directory,
                prepare: "tar -xzf '\(artifacts.tarball.path)' -C \"$ROOT/opt\"", script: script)
            #expect(result.status == 0, "\(result)\n\(result.outputText)")
            let sections = Self.sections(result.outputText)
            #expect(sections["version"]?.hasPrefix("demodata \(artifacts.version) ") == true)
            #expect(sections["verify"]?.hasPrefix("verified /tmp/ndjson: ") == true, "\(sections)")
            #expect(sections["info"]?.contains("invoice_line_items") == true, "\(sections)")
            #expect(sections["load"]?.contains("committed") == true, "\(sections)")
            #expect(sections["man"]?.contains("demodata.load.1") == true, "\(sections)")
            // The archive the chroot generated is the one the binary under test generates.
            let reference = directory.url.appending(path: "reference")
            _ = try await demodata([
                "generate", "--volume", "small", "--format", "csv", "--as-of", Self.asOf,
                "--output", reference.path, "--quiet",
            ])
            let rows = try #require(
                try TestManifest(directory: reference).rows(of: "invoice_line_items"))
            #expect(sections["count"] == "\(rows)", "\(sections)")
            let stream = try await hostStream().trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(sections["stream bytes"] == stream, "the chroot's stream differs")
        }
    }

    @Test func wheelInstallsDemodataOnThePathOfAFreshVirtualEnvironment() async throws {
        let artifacts = try await ReleaseArtifacts.built()
        try await TestDirectory.with { directory in
            let venv = directory.url.appending(path: "venv")
            _ = try await TestProcess.run(program: "python3", ["-m", "venv", venv.path]).checked()
            let pip = try await TestProcess.run(
                venv.appending(path: "bin/pip"),
                [
                    "install", "--no-index", "--disable-pip-version-check", "--quiet",
                    artifacts.wheel.path,
                ])
            #expect(pip.status == 0, "\(pip)")
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] =
                venv.appending(path: "bin").path + ":" + (environment["PATH"] ?? "")
            environment["DEMODATA_BINARY"] = nil
            let archive = directory.url.appending(path: "archive")
            let script = """
                set -eu
                [ "$(command -v demodata)" = "$1/bin/demodata" ] || { echo "not on PATH: $(command -v demodata)"; exit 3; }
                demodata generate --volume small --format csv --as-of \(Self.asOf) --output "$2" --quiet
                demodata verify "$2"
                demodata load sqlite "$2" "$2.db"
                """
            let result = try await TestProcess.run(
                URL(filePath: "/bin/bash"), ["-c", script, "venv-run", venv.path, archive.path],
                environment: environment)
            #expect(result.status == 0, "\(result)\n\(result.outputText)")
            #expect(result.errorText.contains("verified \(archive.path): "), "\(result)")
            #expect(result.errorText.contains("load-sqlite.sh: loaded 513 rows"), "\(result)")
            #expect(
                FileManager.default.fileExists(
                    atPath: venv.appending(path: "share/man/man1/demodata.1").path))
        }
    }

    @Test(
        .enabled(
            if: ReleaseEnvironment.executable("podman") != nil && ReleaseEnvironment.canDebootstrap,
            "skipped: needs podman and debootstrap (Scripts/setup.sh --tests) to build the image"))
    func imageRunsTheBinaryAndTheShardWorker() async throws {
        let artifacts = try await ReleaseArtifacts.built()
        let image = try #require(artifacts.image)
        try await TestDirectory.with { directory in
            // `podman run` is refused by this sandbox's limits: the image's files are mounted,
            // copied, and run with chroot.
            let copy = """
                podman=(podman --storage-driver vfs)
                mounted=$("${podman[@]}" image mount '\(image)')
                cp -a "$mounted/." "$ROOT/"
                "${podman[@]}" image unmount '\(image)' >/dev/null
                """
            let script = """
                set -eu
                [ "$(command -v demodata)" = /usr/local/bin/demodata ]
                cd /tmp
                for k in 0 1; do
                    /demodata/Scripts/shard-worker.sh /tmp/shared 2 $k -- --volume small --as-of \(Self.asOf) 2>&1
                done
                demodata merge --force /tmp/shared/archive /tmp/shared/shard-*-of-2 2>&1
                demodata verify /tmp/shared/archive 2>&1
                ls /usr/local/libexec/demodata
                """
            let result = try await ReleaseEnvironment.inChroot(
                copying: nil, into: directory, prepare: copy, script: script)
            #expect(result.status == 0, "\(result)\n\(result.outputText)")
            #expect(result.outputText.contains("verified /tmp/shared/archive: "), "\(result)")
            #expect(result.outputText.contains("load-sqlite.sh"), "\(result)")
        }
    }

    /// The output split at `== name` lines: name → the text up to the next one, trimmed.
    private static func sections(_ text: String) -> [String: String] {
        var sections: [String: String] = [:]
        var name: String?
        var lines: [Substring] = []
        func close() {
            if let name {
                sections[name] = lines.joined(separator: "\n").trimmingCharacters(
                    in: .whitespacesAndNewlines)
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("== ") {
                close()
                name = String(line.dropFirst(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        close()
        return sections
    }
}
