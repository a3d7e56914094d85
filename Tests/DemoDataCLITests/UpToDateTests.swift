import Foundation
import Testing

/// Generating the same parameters into an intact archive is a no-op that says so; a damaged
/// archive is not up to date: it is refused without `--force` and repaired with it.
@Suite("Up to date")
struct UpToDateTests {
    static let options = [
        "generate", "--volume", "small", "--seed", "3", "--as-of", TestDates.asOf,
    ]

    /// Every file's inode and modification time (to the nanosecond, as `stat` reports it), and
    /// the directory's own: a rewrite or a replacement changes them.
    private func identities(_ directory: URL) throws -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) + ["."] {
            var info = stat()
            let path = directory.appending(path: name).path
            try #require(stat(path, &info) == 0, "cannot stat \(path)")
            result[name] = [
                Int(info.st_ino), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec),
            ]
        }
        return result
    }

    @Test func sameParametersAgainWriteNothing() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let first = try await CLI.run(Self.options + ["--output", archive.path])
            try #require(first.status == 0, "\(first)")
            #expect(first.errorText.hasPrefix("wrote "), "\(first)")
            let bytes = try DirectorySnapshot(of: archive)
            let stamps = try identities(archive)

            let second = try await CLI.run(Self.options + ["--output", archive.path])
            #expect(second.status == 0, "\(second)")
            #expect(second.errorIsOneLine, "\(second)")
            #expect(second.errorText.contains("already up to date"), "\(second)")
            #expect(second.errorText.contains(archive.path), "\(second)")
            #expect(try DirectorySnapshot(of: archive) == bytes)
            #expect(try identities(archive) == stamps, "the archive was rewritten")
            #expect(try temporary.contents() == ["archive"])

            let quiet = try await CLI.run(Self.options + ["--output", archive.path, "--quiet"])
            #expect(quiet.status == 0, "\(quiet)")
            #expect(quiet.standardError.isEmpty, "\(quiet)")
            #expect(try identities(archive) == stamps, "the archive was rewritten")

            // --force regenerates: new files with the same bytes.
            let forced = try await CLI.run(Self.options + ["--output", archive.path, "--force"])
            #expect(forced.status == 0, "\(forced)")
            #expect(forced.errorText.hasPrefix("wrote "), "\(forced)")
            #expect(try identities(archive) != stamps, "--force did not regenerate")
            #expect(try DirectorySnapshot(of: archive) == bytes)
            #expect(try temporary.contents() == ["archive"])
        }
    }

    @Test func damagedArchiveIsRefusedThenRepairedWithForce() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let first = try await CLI.run(Self.options + ["--output", archive.path, "--quiet"])
            try #require(first.status == 0, "\(first)")
            let original = try DirectorySnapshot(of: archive)

            let file = archive.appending(path: "invoices.ndjson.gz")
            var bytes = try Data(contentsOf: file)
            bytes[bytes.count / 2] ^= 0x01
            try bytes.write(to: file)
            let damaged = try DirectorySnapshot(of: archive)

            let refused = try await CLI.run(Self.options + ["--output", archive.path])
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.errorIsOneLine, "\(refused)")
            #expect(refused.errorText.contains("--force"), "\(refused)")
            #expect(refused.errorText.contains(archive.path), "\(refused)")
            #expect(try DirectorySnapshot(of: archive) == damaged)

            let repaired = try await CLI.run(
                Self.options + ["--output", archive.path, "--force"])
            #expect(repaired.status == 0, "\(repaired)")
            #expect(repaired.errorText.hasPrefix("wrote "), "\(repaired)")
            #expect(try DirectorySnapshot(of: archive) == original)
            #expect(try temporary.contents() == ["archive"])
            let sums = try await TestProcess.run(
                program: "sha256sum", ["-c", "--strict", "SHA256SUMS"], in: archive)
            #expect(sums.status == 0, "sha256sum -c: \(sums) \(sums.outputText)")
        }
    }
}
