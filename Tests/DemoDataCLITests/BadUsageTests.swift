import Foundation
import Testing

/// Bad usage exits 64 with one line on stderr that says what is valid and points to the
/// subcommand's help, and writes nothing: no output and no temporary directory.
@Suite("Bad usage")
struct BadUsageTests {
    @Test(arguments: BadUsage.all)
    func badUsageIsRefused(_ usage: BadUsage) async throws {
        try await TemporaryDirectory.with { temporary in
            let result = try await CLI.run(
                usage.arguments, environment: usage.environment, in: temporary.url)
            #expect(result.status == 64, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            for word in usage.mentions + [usage.help] {
                #expect(result.errorText.contains(word), "no '\(word)' in \(result)")
            }
            #expect(result.standardOutput.isEmpty, "stdout: \(result.outputText)")
            #expect(try temporary.contents() == [])
        }
    }
}
