import Foundation
import Testing

/// A directory the user may not write to: one line naming the place and "permission denied",
/// exit 1, and the archive already there untouched.
///
/// Root bypasses permission bits, so as root the binary runs as `nobody` through `setpriv`;
/// as root without `setpriv` the suite is skipped.
@Suite(
    "Permission denied",
    .enabled(
        if: Unprivileged.isAvailable,
        "skipped: as root, this test needs setpriv to run demodata as nobody"))
struct PermissionDeniedTests {
    @Test func lockedDirectoryIsRefusedAndItsArchiveKept() async throws {
        try await TestDirectory.with { temporary in
            let locked = temporary.url.appending(path: "locked")
            let archive = locked.appending(path: "archive")
            try await CLI.generate(["--volume", "small", "--seed", "1"], into: archive)
            let before = try DirectorySnapshot(of: archive)
            // Traversable by everyone (so nobody reaches it), writable by no one.
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: temporary.url.path)
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o555], ofItemAtPath: locked.path)
            defer {
                try? FileManager.default.setAttributes(
                    [.posixPermissions: 0o755], ofItemAtPath: locked.path)
            }

            for (output, force) in [(archive, true), (locked.appending(path: "new"), false)] {
                let result = try await Unprivileged.run(
                    [
                        "generate", "--volume", "small", "--seed", "2", "--as-of", TestDates.asOf,
                        "--output", output.path,
                    ] + (force ? ["--force"] : []))
                #expect(result.status == 1, "\(output.lastPathComponent): \(result)")
                #expect(result.errorIsOneLine, "\(result)")
                #expect(result.errorText.contains("permission denied"), "\(result)")
                #expect(result.errorText.contains(locked.path), "\(result)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path) == ["archive"])
            #expect(try DirectorySnapshot(of: archive) == before)
        }
    }
}
