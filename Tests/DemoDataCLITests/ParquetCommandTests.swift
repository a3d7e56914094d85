import Foundation
import Testing

/// `--format parquet` from the command line: a Parquet archive at its default path, with zstd
/// pages unless told otherwise, that verify and info read, that `stream` writes table by
/// table, whose shards merge into the whole archive's bytes, and whose tampered files verify
/// refuses.
@Suite("Format parquet")
struct ParquetCommandTests {
    @Test func generateVerifyInfoAndStream() async throws {
        try await TestDirectory.with { temporary in
            let made = try await CLI.run(
                [
                    "generate", "--volume", "medium", "--format", "parquet", "--as-of",
                    TestDates.asOf,
                ],
                in: temporary.url)
            #expect(made.status == 0, "\(made)")
            let archive = temporary.url.appending(path: "Output/medium-parquet")
            let manifest = try TestManifest(directory: archive)
            #expect(manifest.string("format") == "parquet")
            #expect(manifest.string("compression") == "zstd")
            #expect(manifest.integer("level") == 3)
            for table in TestManifest.tableNames {
                let file = archive.appending(path: "\(table).parquet")
                let bytes = try Data(contentsOf: file)
                #expect(
                    bytes.prefix(4) == Data("PAR1".utf8) && bytes.suffix(4) == Data("PAR1".utf8))
                let streamed = try await CLI.run(
                    [
                        "stream", table, "--volume", "medium", "--format", "parquet", "--as-of",
                        TestDates.asOf,
                    ])
                #expect(streamed.status == 0, "\(streamed)")
                #expect(streamed.standardOutput == bytes, "stream \(table) --format parquet")
            }
            let verified = try await CLI.run(["verify", archive.path])
            #expect(verified.status == 0, "\(verified)")
            let info = try await CLI.run(["info", archive.path])
            #expect(info.status == 0, "\(info)")
            #expect(info.outputText.contains("parquet zstd pages level 3"), "\(info)")
            #expect(info.outputText.contains("invoice totals:"), "\(info)")
        }
    }

    /// Another page codec is named in the default path, and gzip and uncompressed pages
    /// verify too.
    @Test(arguments: ["gzip", "none"])
    func otherPageCodecs(codec: String) async throws {
        try await TestDirectory.with { temporary in
            let made = try await CLI.run(
                [
                    "generate", "--volume", "small", "--format", "parquet", "--compression", codec,
                    "--as-of", TestDates.asOf, "--quiet",
                ], in: temporary.url)
            #expect(made.status == 0, "\(made)")
            let archive = temporary.url.appending(path: "Output/small-parquet-\(codec)")
            #expect(try TestManifest(directory: archive).string("compression") == codec)
            let verified = try await CLI.run(["verify", archive.path])
            #expect(verified.status == 0, "\(verified)")
        }
    }

    @Test func shardsMergeIntoTheWholeArchivesBytes() async throws {
        try await TestDirectory.with { temporary in
            let arguments = ["--volume", "large", "--format", "parquet"]
            let whole = temporary.url.appending(path: "whole")
            try await CLI.generate(arguments, into: whole)
            let merged = try await CLI.generateShardsAndMerge(
                arguments, count: 3, in: temporary.url)
            for table in TestManifest.tableNames {
                let file = "\(table).parquet"
                #expect(
                    try Data(contentsOf: merged.appending(path: file))
                        == Data(contentsOf: whole.appending(path: file)), "\(file)")
            }
            let verified = try await CLI.run(["verify", merged.path])
            #expect(verified.status == 0, "\(verified)")
            let shard = try await CLI.run(["verify", temporary.url.appending(path: "shard1").path])
            #expect(shard.status == 0, "\(shard)")
        }
    }

    /// One byte of a value changed in an uncompressed page: the checksums, the content digest
    /// and the regeneration all give it away, naming the row.
    @Test func aChangedValueIsCaught() async throws {
        try await TestDirectory.with { temporary in
            let archive = temporary.url.appending(path: "archive")
            try await CLI.generate(
                ["--volume", "small", "--format", "parquet", "--compression", "none"],
                into: archive)
            let first = try await CLI.run(
                ["stream", "customers", "--volume", "small", "--as-of", TestDates.asOf])
            let row = try #require(
                JSONSerialization.jsonObject(
                    with: first.standardOutput.split(separator: UInt8(ascii: "\n"))[0])
                    as? [String: Any])
            let email = try #require(row["email"] as? String)
            let file = archive.appending(path: "customers.parquet")
            var bytes = try Data(contentsOf: file)
            let place = try #require(bytes.range(of: Data(email.utf8)))
            bytes[place.lowerBound] ^= 0x01
            try bytes.write(to: file)
            let verified = try await CLI.run(["verify", archive.path])
            #expect(verified.status == 1, "\(verified)")
            for message in [
                "customers.parquet: the content's SHA-256 differs",
                "customers.parquet:1: email: differs from the row regenerated",
            ] {
                #expect(verified.errorText.contains(message), "\(verified)")
            }
        }
    }
}
