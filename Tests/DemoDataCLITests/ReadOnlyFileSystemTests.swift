import Foundation
import Testing

/// Writing to a read-only file system fails with one line naming the place and the cause, and
/// changes nothing; an archive that is already up to date is still recognized there.
///
/// Root bypasses permission bits, so a read-only mount is the way to refuse root a write;
/// mounting needs root with CAP_SYS_ADMIN, and elsewhere the suite is skipped.
@Suite(
    "Read-only file system",
    .enabled(
        if: TmpfsMount.isAvailable,
        "skipped: mounting a read-only tmpfs needs root with CAP_SYS_ADMIN"))
struct ReadOnlyFileSystemTests {
    @Test func newArchiveOnAReadOnlyFileSystemIsRefused() async throws {
        try await TmpfsMount.with(size: "1m", options: ["ro"]) { disk in
            let result = try await CLI.run(
                [
                    "generate", "--volume", "small", "--as-of", TestDates.asOf, "--output",
                    disk.path + "/archive",
                ])
            expectReadOnly(result, on: disk)
            #expect(try disk.contents() == [])
        }
    }

    @Test func archiveOnAReadOnlyFileSystemIsKept() async throws {
        try await TmpfsMount.with(size: "1m") { disk in
            let archive = disk.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small", "--seed", "1"], into: archive)
            let before = try DirectorySnapshot(of: archive)
            try await disk.remount(readOnly: true)

            let replaced = try await CLI.run(
                [
                    "generate", "--volume", "small", "--seed", "2", "--as-of", TestDates.asOf,
                    "--output", archive.path, "--force",
                ])
            expectReadOnly(replaced, on: disk)
            #expect(try disk.contents() == ["archive"])
            #expect(try DirectorySnapshot(of: archive) == before)

            // Recognizing an up-to-date archive only reads it.
            let same = try await CLI.run(
                [
                    "generate", "--volume", "small", "--seed", "1", "--as-of", TestDates.asOf,
                    "--output", archive.path,
                ])
            #expect(same.status == 0, "\(same)")
            #expect(same.errorText.contains("already up to date"), "\(same)")
        }
    }

    private func expectReadOnly(_ result: TestProcess.Result, on disk: TmpfsMount) {
        #expect(result.status == 1, "\(result)")
        #expect(result.errorIsOneLine, "\(result)")
        #expect(result.errorText.contains("read-only file system"), "\(result)")
        #expect(result.errorText.contains(disk.path), "\(result)")
        #expect(result.standardOutput.isEmpty, "stdout: \(result.outputText)")
    }
}
