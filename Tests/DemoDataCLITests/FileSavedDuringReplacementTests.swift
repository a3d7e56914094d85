import Foundation
import Testing

/// A file the user saves into the previous archive while `generate --force` builds its
/// replacement is noticed before the swap: the run refuses, and what it says is true — the
/// previous archive and the file are where they were, and nothing else is left behind.
@Suite("File saved during a replacement")
struct FileSavedDuringReplacementTests {
    @Test func theRunRefusesAndLeavesThePreviousArchiveWithTheFile() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            let before = try DirectorySnapshot(of: archive)
            let thesis = archive.appending(path: "thesis.txt")
            let text = Data("chapter one\n".utf8)

            let result = try await BackgroundProcess.with(
                [
                    "generate", "--volume", "huge", "--as-of", TestDates.asOf, "--threads", "2",
                    "--force", "--quiet", "--output", archive.path,
                ]
            ) { running in
                let saved = try await running.act(
                    when: { BackgroundProcess.isWriting(archive, pid: $0) }
                ) { _ in (try? text.write(to: thesis)) != nil }
                #expect(saved == true)
                return try await running.result().0
            }

            #expect(result.status == 1, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains("thesis.txt"), "\(result)")
            #expect(
                result.errorText.contains("the previous archive at \(archive.path) is untouched"),
                "\(result)")
            // What it said is true: the previous archive is there, with the user's file.
            #expect(try Data(contentsOf: thesis) == text)
            var after = try DirectorySnapshot(of: archive).files
            after["thesis.txt"] = nil
            #expect(after == before.files)
            #expect(try temporary.contents() == ["archive"])
        }
    }
}
