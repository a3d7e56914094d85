import Foundation
import Testing

/// How verify prints what it found: the notes first, since they say how to read the findings,
/// and a finding about a whole file without a line number.
@Suite("Verify output")
struct VerifyOutputTests {
    @Test func notesComeFirstAndWholeFileFindingsHaveNoLineNumber() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.url.appending(path: "archive")
            try await CLI.generate(["--volume", "small", "--compression", "none"], into: archive)
            // One more character in the first customer's name: the file's size, its checksum
            // and the row all differ.
            let file = archive.appending(path: "customers.ndjson")
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data(text.replacing("\"name\":\"", with: "\"name\":\"X", maxReplacements: 1).utf8)
                .write(to: file)
            let result = try await CLI.run(["verify", archive.path])
            #expect(result.status == 1, "\(result)")
            let lines = result.errorLines
            #expect(
                lines.first?.hasPrefix("note: the business-rule checks below explain") == true,
                "\(result)")
            #expect(lines.contains { $0.hasPrefix("customers.ndjson: the file has ") }, "\(result)")
            #expect(!lines.contains { $0.contains(":0:") }, "\(result)")
        }
    }
}
