import Foundation
import Testing

/// Bad usage exits 64 with one line on stderr that says what is valid and points to the
/// subcommand's help, and writes nothing: no output and no temporary directory.
@Suite("Bad usage")
struct BadUsageTests {
    @Test(arguments: BadUsage.all)
    func badUsageIsRefused(_ usage: BadUsage) async throws {
        try await TestDirectory.with { temporary in
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

    @Test(arguments: [
        ("genrate", "unknown command 'genrate'; did you mean 'generate'?"),
        ("verfiy", "unknown command 'verfiy'; did you mean 'verify'?"),
        ("gen", "unknown command 'gen'; did you mean 'generate'?"),
        ("frobnicate", "unknown command 'frobnicate'; the commands are generate, stream"),
    ])
    func aMisspelledCommandGetsASuggestion(word: String, message: String) async throws {
        try await TestDirectory.with { temporary in
            let result = try await CLI.run([word, "--volume", "small"], in: temporary.url)
            #expect(result.status == 64, "\(result)")
            #expect(result.errorIsOneLine, "\(result)")
            #expect(result.errorText.contains(message), "\(result)")
            #expect(result.errorText.contains("(see 'demodata --help')"), "\(result)")
            #expect(try temporary.contents() == [])
        }
    }

    @Test func shortOptionsMeanTheirLongForms() async throws {
        try await TestDirectory.with { temporary in
            let short = try await CLI.run(
                [
                    "generate", "-v", "small", "-s", "7", "-f", "csv", "-j", "1", "-o", "short",
                    "-q", "--as-of", TestDates.asOf,
                ], in: temporary.url)
            let long = try await CLI.run(
                [
                    "generate", "--volume", "small", "--seed", "7", "--format", "csv",
                    "--threads", "1", "--output", "long", "--quiet", "--as-of", TestDates.asOf,
                ], in: temporary.url)
            #expect(short.status == 0 && short.errorText.isEmpty, "\(short)")
            #expect(long.status == 0 && long.errorText.isEmpty, "\(long)")
            #expect(
                try Data(contentsOf: temporary.url.appending(path: "short/manifest.json"))
                    == Data(contentsOf: temporary.url.appending(path: "long/manifest.json")))
            let manifest = try TestManifest(directory: temporary.url.appending(path: "short"))
            #expect(manifest.integer("seed") == 7 && manifest.string("format") == "csv")
        }
    }
}
