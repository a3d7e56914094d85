import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// `demodata verify` end to end: the built binary on generated and broken archives.
@Suite struct VerifierCommandTests {
    /// The number of findings `demodata verify` prints in full.
    static let printedFindings = 100

    /// Runs the built `demodata` with `arguments`.
    static func demodata(_ arguments: [String]) async throws -> TestProcess.Result {
        try await TestProcess.run(TestPackage.builtBinary(), arguments)
    }

    @Test(arguments: OutputFormat.allCases)
    func freshArchivePasses(format: OutputFormat) async throws {
        let archive = try GeneratedArchive(format: format)
        let run = try await Self.demodata(["verify", archive.path])
        #expect(run.status == 0, "\(run.errorText)")
        #expect(run.standardOutput.isEmpty)
        #expect(run.errorLines.count == 1)
        #expect(
            run.errorText.contains(
                "verified \(archive.path): every byte equals its regeneration"))
        let json = try await Self.demodata(["verify", archive.path, "--json"])
        #expect(json.status == 0)
        let report = try #require(
            try JSONSerialization.jsonObject(with: json.standardOutput)
                as? [String: Any])
        #expect(report["passed"] as? Bool == true)
        #expect(report["regenerated"] as? Bool == true)
        #expect((report["tables"] as? [Any])?.count == 8)
        #expect((report["findings"] as? [Any])?.isEmpty == true)
    }

    @Test func tamperedArchiveFailsNamingTheFile() async throws {
        let archive = try VerifyTampering()
        try archive.set(.invoices, row: 2, "total", to: "1.00")
        let run = try await Self.demodata(["verify", archive.path])
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        // First a note on how the findings relate, then where the file differs from its
        // regeneration, then the rule it breaks.
        let lines = Array(run.errorLines)
        try #require(lines.count == 4, "\(run)")
        #expect(lines[0].hasPrefix("note: the business-rule checks below explain"))
        #expect(lines[1].hasPrefix("invoices.ndjson.gz:3: total: differs from the row regenerated"))
        #expect(!lines[1].hasSuffix("expected \""))
        #expect(lines[2].hasPrefix("invoices.ndjson.gz:3: total: 1.00 is not"))
        #expect(run.errorLines.last?.contains("FAILED: 2 findings;") == true)
        let json = try await Self.demodata(["verify", "--json", archive.path])
        #expect(json.status == 1)
        let report = try #require(
            try JSONSerialization.jsonObject(with: json.standardOutput)
                as? [String: Any])
        #expect(report["passed"] as? Bool == false)
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.first?["file"] as? String == "invoices.ndjson.gz")
        #expect(findings.first?["line"] as? Int == 3)
        #expect(findings.first?["column"] as? String == "total")
    }

    @Test func manyFindingsAreCapped() async throws {
        let archive = try VerifyTampering()
        try archive.editLines(.invoiceLineItems) { lines in
            for index in lines.indices {
                lines[index] = lines[index].replacing("\"quantity\":\"", with: "\"quantity\":\"0")
            }
        }
        let run = try await Self.demodata(["verify", archive.path])
        #expect(run.status == 1)
        // The note, the findings printed in full, "… and N more", the summary.
        #expect(run.errorLines.count == Self.printedFindings + 3)
        #expect(run.errorLines.first?.hasPrefix("note: ") == true)
        #expect(run.errorLines.dropLast().last?.hasPrefix("… and ") == true)
    }

    @Test func noArchiveIsOneLineAndExitOne() async throws {
        let directory = try TestDirectory()
        for path in [directory.file("missing"), directory.path] {
            let run = try await Self.demodata(["verify", path, "--json"])
            #expect(run.status == 1)
            #expect(run.standardOutput.isEmpty)
            #expect(run.errorLines.count == 1)
            #expect(run.errorText.contains(path))
        }
    }

    @Test func missingDirectoryArgumentIsBadUsage() async throws {
        let run = try await Self.demodata(["verify"])
        #expect(run.status == 64)
        #expect(run.standardOutput.isEmpty)
    }
}
