import Foundation
import Testing

/// `--compression zstd` writes `<table>.<format>.zst` files of standard zstd frames that the
/// `zstd` tool tests and decompresses to exactly what `stream` writes, and that verify accepts.
@Suite("Compression zstd")
struct ZstdCompressionTests {
    @Test(arguments: ["ndjson", "csv"])
    func zstdArchiveIsReadByTheZstdTool(format: String) async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "zstd")
            try await CLI.generate(
                ["--volume", "medium", "--format", format, "--compression", "zstd"], into: archive)
            let manifest = try TestManifest(directory: archive)
            #expect(manifest.string("compression") == "zstd")
            #expect(manifest.integer("level") == 3)
            for table in TestManifest.tableNames {
                let file = archive.appending(path: "\(table).\(format).zst")
                let tested = try await TestProcess.run(program: "zstd", ["-q", "-t", file.path])
                #expect(tested.status == 0, "zstd -t \(table): \(tested)")
                let content = try await TestProcess.run(
                    program: "zstd", ["-q", "-dc", file.path])
                let streamed = try await CLI.run(
                    [
                        "stream", table, "--volume", "medium", "--format", format, "--as-of",
                        TestDates.asOf,
                    ])
                #expect(content.standardOutput == streamed.standardOutput, "\(table)")
            }
            let verified = try await CLI.run(["verify", archive.path])
            #expect(verified.status == 0, "\(verified)")
        }
    }

    @Test func levelsAreCheckedPerCodec() async throws {
        try await TestDirectory.with { temporary in
            let out = temporary.url.appending(path: "out").path
            for (codec, level, range) in [("zstd", "20", "1 to 19"), ("gzip", "10", "1 to 9")] {
                let result = try await CLI.run(
                    ["generate", "--compression", codec, "--level", level, "--output", out])
                #expect(result.status == 64, "\(result)")
                #expect(result.errorText.contains("--level for \(codec)"), "\(result)")
                #expect(result.errorText.contains(range), "\(result)")
            }
            #expect(try temporary.contents() == [])
        }
    }
}
