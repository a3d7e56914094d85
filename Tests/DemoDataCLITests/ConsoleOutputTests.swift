import Foundation
import Testing

/// `generate` writes nothing to stdout; its one summary line goes to stderr, and `--quiet`
/// silences it.
@Suite("Console output")
struct ConsoleOutputTests {
    @Test func quietGenerateWritesNothing() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let result = try await CLI.run(
                [
                    "generate", "--volume", "small", "--as-of", TestDates.asOf, "--output",
                    archive.path,
                    "--quiet",
                ])
            #expect(result.status == 0, "\(result)")
            #expect(result.standardOutput.isEmpty, "stdout: \(result.outputText)")
            #expect(result.standardError.isEmpty, "\(result)")
            #expect(
                FileManager.default.fileExists(
                    atPath: archive.appending(path: "manifest.json").path))
        }
    }

    @Test func generateSummarizesOnOneStderrLine() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            let result = try await CLI.run(
                [
                    "generate", "--volume", "small", "--as-of", TestDates.asOf, "--output",
                    archive.path,
                ])
            #expect(result.status == 0, "\(result)")
            #expect(result.standardOutput.isEmpty, "stdout: \(result.outputText)")
            #expect(result.errorIsOneLine, "\(result)")
            let line = try #require(result.errorLines.first)
            #expect(line.hasPrefix("wrote "), "\(result)")
            #expect(line.contains(archive.path), "\(result)")
        }
    }
}
