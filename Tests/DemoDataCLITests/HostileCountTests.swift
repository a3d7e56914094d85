import Foundation
import Testing

/// Manifests whose counts no archive of demodata holds, with `SHA256SUMS` resealed so that only
/// the count is wrong: every command that reads them fails with one line and a non-zero exit,
/// never a trap, and leaves no temporary directory or lock behind.
@Suite struct HostileCountTests {
    private static let huge = "9223372036854775807"

    /// Sets the first `"key": N` of the manifest in `archive` that comes after `table`'s name
    /// (or anywhere, without a table) to `value`, and reseals `SHA256SUMS`.
    static func setManifest(
        _ archive: URL, table: String? = nil, _ key: String, to value: String
    ) async throws {
        let url = archive.appending(path: "manifest.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        var start = text.startIndex
        if let table {
            let name = try #require(text.range(of: "\"name\": \"\(table)\""))
            start = name.upperBound
        }
        let pattern = try Regex("\"\(key)\": -?[0-9]+")
        let found = try #require(text[start...].firstMatch(of: pattern))
        let edited = text.replacingCharacters(in: found.range, with: "\"\(key)\": \(value)")
        try Data(edited.utf8).write(to: url)
        try await reseal(archive)
    }

    /// Rewrites the manifest's line of `SHA256SUMS` with the manifest's digest now.
    static func reseal(_ archive: URL) async throws {
        let digest = try await TestProcess.run(
            program: "sha256sum", ["manifest.json"], in: archive)
        #expect(digest.status == 0)
        let sums = archive.appending(path: "SHA256SUMS")
        let lines = try String(contentsOf: sums, encoding: .utf8).split(separator: "\n")
            .map { $0.hasSuffix("  manifest.json") ? digest.trimmedOutput : String($0) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: sums)
    }

    /// `info` adds up every table's rows and bytes: a row count of 2^63 − 1 is refused.
    @Test func infoRefusesARowCountNoArchiveHolds() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.appending("archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            try await Self.setManifest(archive, table: "customers", "rows", to: Self.huge)
            let info = try await CLI.run(["info", archive.path])
            #expect(info.status == 1, "\(info)")
            #expect(info.errorIsOneLine, "\(info)")
            #expect(info.errorText.contains("manifest.json"), "\(info)")
        }
    }

    /// `generate` without `--force` reads an existing archive's manifest to report it up to
    /// date: such a manifest is not taken for one of ours, and nothing is changed.
    @Test func generateLeavesAnArchiveWithSuchACountAsItIs() async throws {
        try await TestDirectory.with { directory in
            let archive = directory.appending("archive")
            try await CLI.generate(["--volume", "small"], into: archive)
            try await Self.setManifest(archive, table: "customers", "rows", to: Self.huge)
            let before = try DirectorySnapshot(of: archive)
            let generate = try await CLI.run(
                [
                    "generate", "--volume", "small", "--as-of", TestDates.asOf, "--output",
                    archive.path, "--quiet",
                ])
            #expect(generate.status == 1, "\(generate)")
            #expect(generate.errorIsOneLine, "\(generate)")
            #expect(try DirectorySnapshot(of: archive) == before)
            #expect(try directory.leftovers().isEmpty)
        }
    }

    /// `merge` adds up the shards' rows: two shards of 2^62 customers each would overflow.
    @Test func mergeRefusesShardsWithSuchCountsAndLeavesNothing() async throws {
        try await TestDirectory.with { directory in
            var shards: [String] = []
            for index in 0..<2 {
                let shard = directory.appending("shard\(index)")
                try await CLI.generate(["--volume", "small", "--shard", "\(index)/2"], into: shard)
                try await Self.setManifest(
                    shard, table: "customers", "rows", to: "4611686018427387904")
                shards.append(shard.path)
            }
            let merge = try await CLI.run(
                ["merge", directory.appending("merged").path] + shards)
            #expect(merge.status == 1, "\(merge)")
            #expect(merge.errorIsOneLine, "\(merge)")
            #expect(try directory.contents() == ["shard0", "shard1"])
        }
    }

    /// `verify` of a zstd archive counts the frames of each shard merged: a negative or huge
    /// `merged_shards` is reported, not iterated or trapped on.
    @Test(arguments: ["-1", "4611686018427387904", "1000000"])
    func verifyReportsAMergedShardCountNoArchiveHas(count: String) async throws {
        try await TestDirectory.with { directory in
            let archive = directory.appending("archive")
            try await CLI.generate(["--volume", "small", "--compression", "zstd"], into: archive)
            let url = archive.appending(path: "manifest.json")
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(
                text.replacing("\"shard\": null", with: "\"shard\": null,\n  \"merged_shards\": 1")
                    .utf8
            ).write(to: url)
            try await Self.setManifest(archive, "merged_shards", to: count)
            let verify = try await CLI.run(["verify", archive.path])
            #expect(verify.status == 1, "\(verify)")
            #expect(verify.errorText.contains("merged_shards"), "\(verify)")
        }
    }
}
