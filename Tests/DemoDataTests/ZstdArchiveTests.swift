import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// zstd archives: standard zstd frames (one per chunk) holding exactly the content of the
/// gzip archive with the same parameters, whatever the thread count; verified, merged and
/// caught when changed like every other archive.
@Suite struct ZstdArchiveTests {
    /// The zstd the file checksums below were made with (Debian 12's).
    static let pinnedZstd = "1.5.4"

    @Test(arguments: [OutputFormat.ndjson, .csv])
    func contentEqualsTheGzipArchivesAndVerifies(format: OutputFormat) throws {
        let zstd = try GeneratedArchive(
            volume: .medium, format: format, compression: .zstd, threads: 1)
        let gzip = try GeneratedArchive(volume: .medium, format: format)
        for (z, g) in zip(zstd.manifest.tables, gzip.manifest.tables) {
            #expect(z.contentSHA256 == g.contentSHA256, "\(z.name)")
            #expect(z.file == g.name + "." + format.rawValue + ".zst")
            #expect(
                try zstd.content(Table(name: z.name) ?? .customers).count == z.uncompressedBytes)
        }
        #expect(zstd.manifest.generator.zstd == ZstdVersion.text)
        #expect(zstd.manifest.generator.zlib == nil)
        let report = try ArchiveVerifier(directory: zstd.path).verify()
        #expect(report.passed && report.regenerated, "\(VerifierTests.listing(report))")
        let threaded = try GeneratedArchive(
            volume: .medium, format: format, compression: .zstd, threads: 3)
        #expect(threaded.manifest == zstd.manifest)
    }

    /// The zstd file bytes are pinned too, for this libzstd.
    @Test func smallNDJSONFileBytesAreUnchanged() throws {
        let archive = try GeneratedArchive(compression: .zstd)
        for (name, (content, _)) in GoldenChecksumTests.smallNDJSON {
            let entry = try #require(archive.manifest.tables.first { $0.name == name })
            #expect(entry.contentSHA256 == content, "content of \(name) changed")
        }
        guard ZstdVersion.text == Self.pinnedZstd else { return }
        let invoices = try #require(archive.manifest.tables.first { $0.name == "invoices" })
        #expect(
            invoices.sha256 == "315282d4dafa2ba5ced61d75b0efbe746e3411b3f6cac5d42140f006fb63f1ec",
            "zstd bytes of invoices changed")
    }

    @Test func recompressedOrChangedFilesAreCaught() throws {
        let archive = try VerifyTampering(compression: .zstd)
        let content = try archive.content(.customers)
        // Another level, every checksum recomputed: the first frame gives it away.
        let other = try VerifyTampering.zstd(blocks: archive.chunks(.customers, content), level: 1)
        try archive.replaceStored(.customers, with: other, content: content)
        let releveled = try archive.verify()
        #expect(
            VerifierTests.has(releveled, file: archive.file(.customers), "compressed bytes differ"),
            "\(VerifierTests.listing(releveled))")
        // One frame for a file of several chunks (a large archive's: a zstd chunk holds
        // eight text chunks): the frame count gives it away.
        let large = try VerifyTampering(volume: .large, compression: .zstd)
        let lines = try large.content(.invoiceLineItems)
        #expect(large.chunks(.invoiceLineItems, lines).count > 1)
        let single = try VerifyTampering.zstd(blocks: [lines], level: 6)
        try large.replaceStored(.invoiceLineItems, with: single, content: lines)
        let reframed = try large.verify()
        #expect(
            VerifierTests.has(reframed, file: large.file(.invoiceLineItems), "zstd frames"),
            "\(VerifierTests.listing(reframed))")
        // A broken frame.
        var broken = try FileSystem.read(archive.filePath(.invoices))
        broken[broken.count / 2] ^= 0x10
        try archive.overwrite(archive.file(.invoices), with: broken)
        let flipped = try archive.verify()
        #expect(!flipped.passed)
    }

    @Test func shardsMergeIntoTheWholeArchivesContent() throws {
        let whole = try GeneratedArchive(volume: .medium, compression: .zstd)
        let parts = try (0..<3).map {
            try GeneratedArchive(
                volume: .medium, compression: .zstd, shard: Shard(index: $0, count: 3))
        }
        let target = whole.directory.file("merged")
        let manifest = try ArchiveMerger(shardDirectories: parts.map(\.path)).merge(
            to: target, force: false)
        for (merged, original) in zip(manifest.tables, whole.manifest.tables) {
            #expect(merged.contentSHA256 == original.contentSHA256)
        }
        let report = try ArchiveVerifier(directory: target).verify()
        #expect(report.passed, "\(VerifierTests.listing(report))")
    }
}
