import Foundation
import Testing

/// `demodata stream TABLE` writes exactly the uncompressed table file of the archive generated
/// with the same options.
@Suite("Stream")
struct StreamTests {
    @Test(arguments: ["ndjson", "csv"])
    func streamEqualsArchiveTables(format: String) async throws {
        try await TestDirectory.with { temporary in
            let options = ["--volume", "medium", "--format", format, "--as-of", TestDates.asOf]
            let plain = temporary.url.appending(path: "plain")
            let gzipped = temporary.url.appending(path: "gzipped")
            try await CLI.generate(options + ["--compression", "none"], into: plain)
            try await CLI.generate(options, into: gzipped)

            for table in TestManifest.tableNames {
                let streamed = try await CLI.run(["stream", table] + options)
                #expect(streamed.status == 0, "stream \(table): \(streamed)")
                #expect(!streamed.standardOutput.isEmpty, "stream \(table) wrote nothing")

                let file = try Data(contentsOf: plain.appending(path: "\(table).\(format)"))
                #expect(streamed.standardOutput == file, "stream \(table) ≠ \(table).\(format)")

                let decompressed = try await TestProcess.run(
                    program: "gzip", ["-dc", "\(table).\(format).gz"], in: gzipped)
                #expect(decompressed.status == 0, "gzip -dc \(table): \(decompressed)")
                #expect(
                    streamed.standardOutput == decompressed.standardOutput,
                    "stream \(table) ≠ gzip -dc \(table).\(format).gz")
            }
        }
    }
}
