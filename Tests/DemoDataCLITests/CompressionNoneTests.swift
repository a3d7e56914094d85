import Foundation
import Testing

/// `--compression none` writes plain `<table>.<format>` files and says so in the manifest.
@Suite("Compression none")
struct CompressionNoneTests {
    @Test(arguments: ["ndjson", "csv"])
    func uncompressedArchiveHasPlainFiles(format: String) async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "plain")
            try await CLI.generate(
                ["--volume", "small", "--format", format, "--compression", "none"], into: archive)

            let tableFiles = TestManifest.tableNames.map { "\($0).\(format)" }
            let names = try FileManager.default.contentsOfDirectory(atPath: archive.path).sorted()
            #expect(
                names
                    == (tableFiles + ["datapackage.json", "manifest.json", "SHA256SUMS"]).sorted())

            let manifest = try TestManifest(directory: archive)
            #expect(manifest.string("compression") == "none")
            for table in TestManifest.tableNames {
                let entry = try #require(manifest.table(table), "no manifest entry for \(table)")
                #expect(entry["file"] as? String == "\(table).\(format)")
                // Nothing is compressed, so the file is its own uncompressed content.
                #expect(entry["bytes"] as? Int == entry["uncompressed_bytes"] as? Int)
                #expect(entry["sha256"] as? String == entry["content_sha256"] as? String)
            }

            let sums = try await TestProcess.run(
                program: "sha256sum", ["-c", "--strict", "SHA256SUMS"], in: archive)
            #expect(sums.status == 0, "sha256sum -c: \(sums) \(sums.outputText)")

            let checker = try await CLI.checkArchive(archive)
            #expect(checker.status == 0, "check_archive.py: \(checker) \(checker.outputText)")
        }
    }
}
