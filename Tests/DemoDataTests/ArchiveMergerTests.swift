import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

@Suite struct ArchiveMergerTests {
    private func shards(_ count: Int, format: OutputFormat = .ndjson, seed: UInt64 = 42)
        throws -> [GeneratedArchive]
    {
        try (0..<count).map {
            try GeneratedArchive(
                volume: .medium, seed: seed, format: format, shard: Shard(index: $0, count: count))
        }
    }

    @Test(arguments: OutputFormat.allCases)
    func mergedShardsHoldTheWholeArchivesContent(format: OutputFormat) throws {
        let whole = try GeneratedArchive(volume: .medium, format: format)
        let parts = try shards(3, format: format)
        let target = whole.directory.file("merged")
        let manifest = try ArchiveMerger(shardDirectories: parts.reversed().map(\.path))
            .merge(to: target, force: false)
        #expect(manifest.shard == nil)
        #expect(try ArchiveReader(target).manifest() == manifest)
        try ArchiveReader(target).checkFiles(manifest)
        for (merged, original) in zip(manifest.tables, whole.manifest.tables) {
            #expect(merged.contentSHA256 == original.contentSHA256)
            #expect(merged.rows == original.rows)
            #expect(merged.uncompressedBytes == original.uncompressedBytes)
        }
        let report = try ArchiveVerifier(directory: target).verify()
        #expect(report.passed)
    }

    @Test func uncompressedShardsMergeToo() throws {
        let parts = try (0..<2).map {
            try GeneratedArchive(compression: .none, shard: Shard(index: $0, count: 2))
        }
        let whole = try GeneratedArchive(compression: .none)
        let target = whole.directory.file("merged")
        let manifest = try ArchiveMerger(shardDirectories: parts.map(\.path)).merge(
            to: target, force: false)
        for table in Table.allCases {
            #expect(
                try FileSystem.read(target + "/" + whole.parameters.fileName(of: table))
                    == whole.content(table))
        }
        #expect(manifest.compression == .none)
    }

    @Test func refusesIncompleteDuplicatedForeignOrDamagedShards() throws {
        let parts = try shards(3)
        let other = try GeneratedArchive(volume: .medium, seed: 9, shard: Shard(index: 2, count: 3))
        let whole = try GeneratedArchive(volume: .medium)
        let target = whole.directory.file("merged")
        func failure(_ directories: [String]) -> String {
            do {
                try ArchiveMerger(shardDirectories: directories).merge(to: target, force: false)
                return "merged"
            } catch {
                return String(describing: error)
            }
        }
        #expect(failure(parts.prefix(2).map(\.path)).contains("missing shard(s) 2 of 3"))
        #expect(failure(parts.map(\.path) + [parts[0].path]).contains("given twice"))
        #expect(failure(parts.prefix(2).map(\.path) + [other.path]).contains("other parameters"))
        #expect(failure([whole.path]).contains("not a shard archive"))
        #expect(failure([]).contains("name every shard directory"))
        #expect(failure([whole.directory.file("nowhere")]).contains("nowhere"))

        let damaged = try parts[1].entry(.invoices)
        let path = parts[1].path + "/" + damaged.file
        var bytes = try FileSystem.read(path)
        bytes[bytes.count / 2] ^= 0x55
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(failure(parts.map(\.path)).contains(damaged.file))
        #expect(!FileSystem.exists(target))
        #expect(try whole.directory.contents() == ["archive"])
    }

    /// A shard file larger than its manifest entry says (here an uncompressed one grown to a
    /// sparse 256 MiB, which costs no disk) is refused before a byte of it is read or copied.
    @Test func aShardFileOfAnotherSizeIsRefusedBeforeItIsRead() throws {
        let parts = try (0..<2).map {
            try GeneratedArchive(compression: .none, shard: Shard(index: $0, count: 2))
        }
        let entry = try parts[1].entry(.customers)
        #expect(truncate(parts[1].path + "/" + entry.file, 256 << 20) == 0)
        let polls = PollCounter()
        let target = parts[0].directory.file("merged")
        let error = #expect(throws: ArchiveError.self) {
            try ArchiveMerger(shardDirectories: parts.map(\.path)).merge(
                to: target, force: false, shouldStop: { polls.count() })
        }
        #expect(error?.description.contains(entry.file) == true, "\(String(describing: error))")
        #expect(error?.description.contains("\(256 << 20) bytes") == true)
        // The tables before customers take a poll or two each; reading the file, a thousand.
        #expect(polls.value < 50, "merge read \(polls.value) pieces")
        #expect(!FileSystem.exists(target))
        #expect(try parts[0].directory.contents() == ["archive"])
    }

    /// A shard file that decompresses to more than its manifest's `uncompressed_bytes` (with
    /// its size and checksums resealed around it) is not decompressed past them.
    @Test func aShardFileIsNotDecompressedPastItsManifest() throws {
        let shards = try (0..<2).map {
            try VerifyTampering(volume: .small, shard: Shard(index: $0, count: 2))
        }
        let entry = try #require(shards[1].manifest.tables.first { $0.name == "customers" })
        let bomb = [UInt8](repeating: 0, count: 64 << 20)
        try shards[1].replaceStored(
            .customers, with: try VerifyTampering.gzip(bomb), content: bomb)
        try shards[1].rewriteManifest { $0.tables[2].uncompressedBytes = entry.uncompressedBytes }
        let target = shards[0].archive.directory.file("merged")
        let error = #expect(throws: ArchiveError.self) {
            try ArchiveMerger(shardDirectories: shards.map(\.path)).merge(to: target, force: false)
        }
        #expect(
            error?.description.contains(
                "decompresses to more than the manifest's uncompressed_bytes "
                    + "(\(entry.uncompressedBytes))") == true, "\(String(describing: error))")
        #expect(!FileSystem.exists(target))
    }

    /// The shard numbers come from the shards' manifests: one that is not K/N, or a count far
    /// beyond the shards given, is refused without anything made of the count.
    @Test func shardNumbersAreCheckedBeforeUse() throws {
        let shards = try (0..<2).map {
            try VerifyTampering(volume: .small, shard: Shard(index: $0, count: 2))
        }
        let target = shards[0].archive.directory.file("merged")
        func failure() -> String {
            do {
                try ArchiveMerger(shardDirectories: shards.map(\.path)).merge(
                    to: target, force: false)
                return "merged"
            } catch {
                return String(describing: error)
            }
        }
        for (index, shard) in shards.enumerated() {
            try shard.rewriteManifest { $0.shard = Manifest.ShardEntry(index: index, count: .max) }
        }
        #expect(failure().contains("missing shard(s) 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …"))
        try shards[1].rewriteManifest { $0.shard = Manifest.ShardEntry(index: 5, count: .max) }
        #expect(failure().contains("missing shard(s) 1, 2, 3"))
        for shard in shards {
            try shard.rewriteManifest { $0.shard = Manifest.ShardEntry(index: 3, count: 2) }
        }
        #expect(failure().contains("not K/N with 0 ≤ K < N"))
        #expect(!FileSystem.exists(target))
    }

    @Test func shardsSplitRootsEvenlyAndInOrder() throws {
        #expect(Shard(parsing: "1/4") == Shard(index: 1, count: 4))
        #expect(Shard(parsing: "4/4") == nil)
        #expect(Shard(parsing: "-1/4") == nil)
        #expect(Shard(parsing: "1/0") == nil)
        #expect(Shard(parsing: "1") == nil)
        #expect(Shard(parsing: "a/b") == nil)
        #expect(Shard(index: 2, count: 3)?.description == "2/3")
        let ranges = (0..<7).compactMap { Shard(index: $0, count: 7)?.roots(of: 100) }
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == 100)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(ranges.allSatisfy { (14...15).contains($0.count) })
        #expect(Shard(index: 3, count: 5)?.roots(of: 2).isEmpty == true)
    }
}
