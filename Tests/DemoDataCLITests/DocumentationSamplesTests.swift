import Foundation
import Testing

/// Every sample output shown in README.md and docs/ is what the binary prints now:
/// `Scripts/samples.py --check` reruns each sample's commands in order and names any sample
/// whose output differs (durations and rates aside).
@Suite("Documentation samples")
struct DocumentationSamplesTests {
    private func samples(_ arguments: [String]) async throws -> TestProcess.Result {
        var variables = ProcessInfo.processInfo.environment
        variables["DEMODATA_BINARY"] = try TestPackage.builtBinary().path
        variables["SOURCE_DATE_EPOCH"] = nil
        return try await TestProcess.run(
            program: "python3", [TestPackage.script("samples.py").path] + arguments,
            environment: variables)
    }

    @Test("every sample in README.md and docs/ is what the commands print now")
    func samplesAreCurrent() async throws {
        let result = try await samples(["--check"])
        #expect(result.status == 0, "\(result)")
        #expect(result.outputText.hasPrefix("samples.py: all "), "\(result)")
        #expect(result.outputText.contains(" files are current"), "\(result)")
    }

    /// A page whose sample shows another output fails the check, which names the page and
    /// the sample and changes nothing; without `--check` the page is rewritten, and then
    /// passes.
    @Test("a stale sample is named by --check and rewritten without it")
    func staleSampleIsNamedAndRewritten() async throws {
        try await TestDirectory.with { directory in
            let page = """
                # A page

                <!-- sample: tiers -->
                ```console
                $ demodata stream customer_types --format csv --as-of \(TestDates.asOf) | cut -d, -f2
                name
                Bronze
                Silver
                Gold
                Diamond
                ```
                <!-- /sample -->

                """
            let readme = directory.url.appending(path: "README.md")
            try Data(page.utf8).write(to: readme)

            let check = try await samples(["--check", "--root", directory.path])
            #expect(check.status == 1, "\(check)")
            #expect(check.outputText.contains("stale sample 'tiers' in README.md"), "\(check)")
            #expect(check.outputText.contains("-Diamond"), "\(check)")
            #expect(check.outputText.contains("+Platinum"), "\(check)")
            #expect(try String(contentsOf: readme, encoding: .utf8) == page)

            let rewrite = try await samples(["--root", directory.path])
            #expect(rewrite.status == 0, "\(rewrite)")
            let rewritten = try String(contentsOf: readme, encoding: .utf8)
            #expect(rewritten == page.replacingOccurrences(of: "Diamond", with: "Platinum"))
            let again = try await samples(["--check", "--root", directory.path])
            #expect(again.status == 0, "\(again)")
        }
    }

    /// A sample whose command fails is an error naming the sample, not a new output.
    @Test("a sample whose command fails is refused")
    func failingCommandIsRefused() async throws {
        try await TestDirectory.with { directory in
            let page = """
                <!-- sample: missing -->
                ```console
                $ demodata info Output/none
                ```
                <!-- /sample -->

                """
            try Data(page.utf8).write(to: directory.url.appending(path: "README.md"))
            let result = try await samples(["--check", "--root", directory.path])
            #expect(result.status == 1, "\(result)")
            #expect(result.errorText.contains("sample 'missing'"), "\(result)")
            #expect(result.errorText.contains("failed (exit"), "\(result)")
        }
    }
}
