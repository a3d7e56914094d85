import Foundation
import Testing

/// A disk that fills up mid-run, for real: a 2 MB tmpfs that a huge archive (about 40 MB)
/// cannot fit in. The run fails with one line naming the place and the cause, leaves no
/// partial archive and no temporary directory, and the archive already there stays intact.
///
/// Mounting needs root with CAP_SYS_ADMIN; elsewhere the suite is skipped (Swift Testing
/// reports it as skipped with the comment below).
@Suite(
    "Disk full",
    .enabled(
        if: TmpfsMount.isAvailable,
        "skipped: mounting the small tmpfs that fills up needs root with CAP_SYS_ADMIN"))
struct DiskFullTests {
    /// Past the free-space check, which would otherwise refuse to start: the run must meet
    /// the full disk for real.
    static let huge = [
        "generate", "--volume", "huge", "--as-of", TestDates.asOf, "--threads", "2",
        "--ignore-free-space",
    ]

    /// Without the override, the same run does not start: one line gives both sizes, and
    /// nothing is written.
    @Test func theFreeSpaceCheckRefusesFirst() async throws {
        try await TmpfsMount.with(size: "2m") { disk in
            let archive = disk.url.appending(path: "archive")
            let result = try await CLI.run(
                Array(Self.huge.dropLast()) + ["--output", archive.path])
            #expect(result.status == 1, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains("--ignore-free-space"), "\(result)")
            #expect(try disk.contents() == [])
        }
    }

    @Test func fullDiskFailsCleanlyAndKeepsThePreviousArchive() async throws {
        try await TmpfsMount.with(size: "2m") { disk in
            let archive = disk.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            let before = try DirectorySnapshot(of: archive)

            let result = try await CLI.run(Self.huge + ["--output", archive.path, "--force"])
            expectDiskFull(result, on: disk)
            #expect(try disk.contents() == ["archive"])
            #expect(try DirectorySnapshot(of: archive) == before)
            let sums = try await TestProcess.run(
                program: "sha256sum", ["-c", "--strict", "SHA256SUMS"], in: archive)
            #expect(sums.status == 0, "sha256sum -c: \(sums) \(sums.outputText)")
        }
    }

    @Test func fullDiskLeavesNoPartialArchive() async throws {
        try await TmpfsMount.with(size: "2m") { disk in
            let result = try await CLI.run(Self.huge + ["--output", disk.path + "/fresh"])
            expectDiskFull(result, on: disk)
            #expect(try disk.contents() == [])

            // All the space came back: a small archive fits afterwards.
            let small = try await CLI.run(
                [
                    "generate", "--volume", "small", "--as-of", TestDates.asOf, "--output",
                    disk.path + "/fresh", "--quiet",
                ])
            #expect(small.status == 0, "\(small)")
        }
    }

    private func expectDiskFull(_ result: TestProcess.Result, on disk: TmpfsMount) {
        #expect(result.status == 1, "\(result)")
        #expect(result.errorIsOneLine, "\(result)")
        #expect(result.errorText.contains("no space left on device"), "\(result)")
        #expect(result.errorText.contains(disk.path), "\(result)")
        #expect(result.standardOutput.isEmpty, "stdout: \(result.outputText)")
    }
}
