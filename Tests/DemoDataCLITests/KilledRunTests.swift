import Foundation
import Testing

/// After `kill -9` the previous archive is intact; the stale temporary directory the killed
/// run left is cleaned by the next run to that path, and by `reset`.
@Suite("Killed run")
struct KilledRunTests {
    /// Generates a small archive at `temporary/archive`, then kills a huge `--force` run to the
    /// same path while it writes; returns the archive's snapshot from before and the name of
    /// the temporary directory left behind.
    private func killRunOverArchive(in temporary: TestDirectory) async throws
        -> (archive: URL, before: DirectorySnapshot, leftover: String)
    {
        let archive = temporary.url.appending(path: "archive")
        try await CLI.generate(["--volume", "small"], into: archive)
        let before = try DirectorySnapshot(of: archive)
        let (result, leftover) = try await BackgroundProcess.with(
            InterruptionTests.endless + ["--output", archive.path]
        ) { running in
            let leftover = try await running.waitForTemporary(of: archive)
            try await running.waitUntilWriting(archive)
            running.send(SIGKILL)
            return (try await running.result().0, leftover)
        }
        try #require(result.status == 128 + SIGKILL, "\(result)")
        // The killed run's lock file stays (unlocked); the next run takes it over.
        try #require(try temporary.contents() == [".archive.demodata-lock", leftover, "archive"])
        #expect(try DirectorySnapshot(of: archive) == before, "kill -9 damaged the archive")
        return (archive, before, leftover)
    }

    @Test func nextGenerateCleansTheStaleTemporaryDirectory() async throws {
        try await TestDirectory.with { temporary in
            let (archive, before, _) = try await killRunOverArchive(in: temporary)

            let result = try await CLI.run(
                [
                    "generate", "--volume", "medium", "--as-of", TestDates.asOf, "--output",
                    archive.path, "--force", "--quiet",
                ])
            #expect(result.status == 0, "\(result)")
            #expect(try temporary.contents() == ["archive"])
            #expect(try TestManifest(directory: archive).string("volume") == "medium")
            #expect(try DirectorySnapshot(of: archive) != before)
            let sums = try await TestProcess.run(
                program: "sha256sum", ["-c", "--strict", "SHA256SUMS"], in: archive)
            #expect(sums.status == 0, "sha256sum -c: \(sums) \(sums.outputText)")
        }
    }

    /// The next run of the previous archive's own parameters is an up-to-date no-op; it must
    /// still clean the stale temporary directory ("the next run cleans" it).
    @Test func upToDateRunAlsoCleansTheStaleTemporaryDirectory() async throws {
        try await TestDirectory.with { temporary in
            let (archive, before, _) = try await killRunOverArchive(in: temporary)

            let result = try await CLI.run(
                [
                    "generate", "--volume", "small", "--as-of", TestDates.asOf, "--output",
                    archive.path,
                ])
            #expect(result.status == 0, "\(result)")
            #expect(result.errorText.contains("already up to date"), "\(result)")
            #expect(try DirectorySnapshot(of: archive) == before)
            #expect(try temporary.contents() == ["archive"], "the stale directory is still there")
        }
    }

    @Test func resetRemovesTheStaleTemporaryDirectory() async throws {
        try await TestDirectory.with { temporary in
            _ = try await killRunOverArchive(in: temporary)
            try Data("keep\n".utf8).write(to: temporary.url.appending(path: "README.txt"))

            let result = try await CLI.run(["reset", "--output", temporary.url.path, "--yes"])
            #expect(result.status == 0, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            // The temporary directory, the archive and the killed run's lock file.
            #expect(result.errorText.contains("removed 3"), "\(result)")
            #expect(try temporary.contents() == ["README.txt"])
        }
    }
}
