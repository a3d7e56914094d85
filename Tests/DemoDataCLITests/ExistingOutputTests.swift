import Foundation
import Testing

/// What `generate` does when something is already at the output path: it replaces an archive
/// only with `--force`, refuses anything else untouched, and never leaves a temporary behind.
@Suite("Existing output")
struct ExistingOutputTests {
    @Test func existingArchiveIsReplacedOnlyWithForce() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small", "--seed", "1"], into: archive)
            let before = try DirectorySnapshot(of: archive)

            let refused = try await CLI.run(
                [
                    "generate", "--volume", "small", "--seed", "2", "--as-of", TestDates.asOf,
                    "--output", archive.path, "--quiet",
                ])
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.errorIsOneLine, "\(refused)")
            #expect(refused.errorText.contains("--force"), "\(refused)")
            #expect(refused.errorText.contains("other parameters (seed 1 → 2)"), "\(refused)")
            #expect(try DirectorySnapshot(of: archive) == before)
            #expect(try temporary.leftovers() == [])

            let forced = try await CLI.run(
                [
                    "generate", "--volume", "small", "--seed", "2", "--as-of", TestDates.asOf,
                    "--output", archive.path, "--quiet", "--force",
                ])
            #expect(forced.status == 0, "\(forced)")
            let manifest = try TestManifest(directory: archive)
            #expect(manifest.integer("seed") == 2)
            let after = try DirectorySnapshot(of: archive)
            #expect(after.names == before.names)
            #expect(after.differences(from: before).contains("customers.ndjson.gz"))
            #expect(try temporary.contents() == ["archive"])

            let sums = try await TestProcess.run(
                program: "sha256sum", ["-c", "--strict", "SHA256SUMS"], in: archive)
            #expect(sums.status == 0, "sha256sum -c: \(sums) \(sums.outputText)")
        }
    }

    @Test func theRefusalNamesEveryDifferingParameter() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            let before = try DirectorySnapshot(of: archive)
            let refused = try await CLI.run(
                [
                    "generate", "-v", "small", "-s", "7", "-f", "csv", "--customers", "30",
                    "--as-of", TestDates.asOf, "-o", archive.path,
                ])
            #expect(refused.status == 1 && refused.errorIsOneLine, "\(refused)")
            #expect(
                refused.errorText.contains(
                    "\(archive.path) already holds an archive with other parameters (seed 42 → 7, "
                        + "customers the volume's → 30, format ndjson → csv); pass --force"),
                "\(refused)")
            #expect(try DirectorySnapshot(of: archive) == before)
        }
    }

    @Test func aDamagedArchiveWithTheSameParametersIsCalledDamaged() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            let file = archive.appending(path: "customers.ndjson.gz")
            var bytes = try Data(contentsOf: file)
            bytes[bytes.count / 2] ^= 0xFF
            try bytes.write(to: file)
            let refused = try await CLI.run(
                [
                    "generate", "--volume", "small", "--as-of", TestDates.asOf, "--output",
                    archive.path,
                ])
            #expect(refused.status == 1 && refused.errorIsOneLine, "\(refused)")
            #expect(refused.errorText.contains("with these parameters whose files do not match"))
            #expect(refused.errorText.contains("(damaged); pass --force to regenerate it"))
            #expect(try Data(contentsOf: file) == bytes)
        }
    }

    @Test func regularFileIsRefusedUntouched() async throws {
        try await TestDirectory.with { temporary in
            let file = temporary.url.appending(path: "notes.txt")
            let text = Data("not an archive\n".utf8)
            try text.write(to: file)

            let result = try await CLI.run(
                ["generate", "--volume", "small", "--as-of", TestDates.asOf, "--output", file.path])
            #expect(result.status == 1, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains(file.path), "\(result)")
            #expect(try Data(contentsOf: file) == text)
            #expect(try temporary.contents() == ["notes.txt"])
        }
    }

    @Test func directoryWithoutManifestIsRefusedUntouched() async throws {
        try await TestDirectory.with { temporary in
            let directory = temporary.url.appending(path: "photos")
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
            try Data("holiday\n".utf8).write(to: directory.appending(path: "beach.txt"))
            let before = try DirectorySnapshot(of: directory)

            for force in [false, true] {
                let result = try await CLI.run(
                    [
                        "generate", "--volume", "small", "--as-of", TestDates.asOf,
                        "--output", directory.path,
                    ] + (force ? ["--force"] : []))
                #expect(result.status == 1, "force \(force): \(result)")
                #expect(result.errorIsOneLine, "force \(force): \(result)")
                #expect(result.errorText.contains(directory.path), "force \(force): \(result)")
                #expect(try DirectorySnapshot(of: directory) == before)
                #expect(try temporary.contents() == ["photos"])
            }
        }
    }
}
