import Foundation
import Testing

/// A file of the user's at an archive's lock file name (`.<name>.demodata-lock`), or a hard
/// link to one, is never truncated, written or removed: `generate` and `reset` refuse in one
/// line naming it.
@Suite("Foreign lock file")
struct ForeignLockFileTests {
    @Test(arguments: [false, true])
    func aUsersFileAtTheLockPathIsRefusedUntouched(hardLink: Bool) async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            let lock = temporary.path(".archive.demodata-lock")
            let text = Data("my notes, not a lock\n".utf8)
            if hardLink {
                try text.write(to: temporary.appending("notes.txt"))
                try FileManager.default.linkItem(atPath: temporary.path("notes.txt"), toPath: lock)
            } else {
                try text.write(to: URL(filePath: lock))
            }
            let names = try temporary.contents()
            let before = try DirectorySnapshot(of: archive)

            for arguments in [
                [
                    "generate", "--volume", "small", "--seed", "9", "--as-of", TestDates.asOf,
                    "--force", "--output", archive.path,
                ],
                ["reset", "--output", temporary.path, "--yes"],
            ] {
                let result = try await CLI.run(arguments)
                #expect(result.status == 1, "\(result)")
                #expect(result.errorIsOneLine, "\(result)")
                #expect(result.errorText.contains(lock), "\(result)")
                #expect(result.errorText.contains("move it away"), "\(result)")
                #expect(try Data(contentsOf: URL(filePath: lock)) == text)
                #expect(try temporary.contents() == names)
                #expect(try DirectorySnapshot(of: archive) == before)
            }
        }
    }
}
