import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// Archives made to hurt the program: lying counts, files that never end or block, paths that
/// point out of the archive. Each is refused or reported in bounded work, never a crash, a
/// hang or a write outside the target.
@Suite struct HostileArchiveTests {
    /// A manifest row count far beyond the file is reported, not iterated.
    @Test func aLyingRowCountIsReported() throws {
        let rows = 100_000_000_000
        let archive = try VerifyTampering()
        try archive.rewriteManifest { $0.tables[7].rows = rows }
        let report = try archive.verify(idsPerPass: 7)
        #expect(!report.passed)
        #expect(
            VerifierTests.has(
                report, file: archive.file(.invoiceLineItems), "the manifest says \(rows) rows"))
    }

    /// A count no archive of this program holds (more rows than the largest table at the
    /// largest scale, a negative count, a size past `Int64.max`) is refused as the manifest is
    /// decoded, so that no sum or product of such counts can overflow anywhere.
    @Test(arguments: [
        ("rows", "9223372036854775807"), ("rows", "-1"), ("rows", "4611686018427387904"),
        ("bytes", "18446744073709551615"), ("uncompressed_bytes", "9223372036854775808"),
        ("merged_shards", "-1"), ("merged_shards", "0"),
    ])
    func aCountNoArchiveHoldsIsRefusedWhenDecoded(key: String, value: String) throws {
        let archive = try GeneratedArchive()
        var manifest = archive.manifest
        manifest.mergedShards = 2
        let text = String(decoding: manifest.serialized(), as: UTF8.self)
        #expect(try ArchiveReader.decodeManifest(Array(text.utf8)) == manifest)
        let edited = text.replacing(
            try Regex("\"\(key)\": [0-9]+"), with: "\"\(key)\": \(value)", maxReplacements: 1)
        #expect(edited != text)
        let error = #expect(throws: DecodingError.self) {
            try ArchiveReader.decodeManifest(Array(edited.utf8))
        }
        #expect(error.map(VerificationRun.describe)?.contains(value) == true)

        // verify reports it as a manifest that is not valid, and reads no table.
        try Data(edited.utf8).write(to: URL(filePath: archive.path + "/manifest.json"))
        let report = try ArchiveVerifier(directory: archive.path).verify()
        #expect(VerifierTests.has(report, file: "manifest.json", "not a valid manifest"))
        #expect(report.tables.isEmpty)
    }

    /// A FIFO where the manifest or SHA256SUMS should be would block a reader forever.
    @Test(arguments: ["manifest.json", "SHA256SUMS"])
    func aFIFOIsRefusedWithoutWaiting(name: String) throws {
        let archive = try VerifyTampering()
        let path = archive.path + "/" + name
        try FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o644) == 0)
        let report = try archive.verify()
        #expect(VerifierTests.has(report, file: name, "not a regular file"))
        let refused = #expect(throws: ArchiveError.self) {
            try ArchiveGenerator(parameters: archive.archive.parameters, threads: 1)
                .writeArchive(to: archive.path, force: true)
        }
        #expect(refused?.description.contains("not a demodata archive") == true)
        #expect(FileSystem.kind(of: path) == .other)
    }

    /// SHA256SUMS linked to /dev/zero would be read until memory runs out.
    @Test func aLinkToAnEndlessFileIsRefused() throws {
        let archive = try VerifyTampering()
        let sums = archive.path + "/SHA256SUMS"
        try FileManager.default.removeItem(atPath: sums)
        try FileManager.default.createSymbolicLink(atPath: sums, withDestinationPath: "/dev/zero")
        let report = try archive.verify()
        #expect(VerifierTests.has(report, file: "SHA256SUMS", "symbolic link"))
        #expect(!report.passed)
    }

    /// A table file that is a link to a file elsewhere is not read.
    @Test func aLinkedTableFileIsRefused() throws {
        let archive = try VerifyTampering()
        let path = archive.filePath(.customers)
        let elsewhere = archive.archive.directory.file("elsewhere.gz")
        try FileManager.default.moveItem(atPath: path, toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: elsewhere)
        let report = try archive.verify()
        #expect(
            VerifierTests.has(report, file: archive.file(.customers), "not a regular file"))
    }

    /// A shard whose manifest names a file outside it is no archive of ours: merge refuses it
    /// and writes nothing anywhere.
    @Test func mergeNeverFollowsAPathOutOfTheShard() throws {
        let shards = try (0..<2).map {
            try VerifyTampering(volume: .small, shard: Shard(index: $0, count: 2))
        }
        let victim = shards[0].archive.directory.file("pw")
        try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: true)
        try shards[1].rewriteManifest { $0.tables[2].file = "../../pw/evil.gz" }
        let target = shards[0].archive.directory.file("merged")
        let error = #expect(throws: ArchiveError.self) {
            try ArchiveMerger(shardDirectories: shards.map(\.path)).merge(to: target, force: false)
        }
        #expect(error?.description.contains("not a demodata archive") == true)
        #expect(try FileSystem.contents(of: victim) == [])
        #expect(!FileSystem.exists(target))
    }

    /// Merge checks each shard's SHA256SUMS, not only its manifest.
    @Test func mergeChecksTheShardsSums() throws {
        let shards = try (0..<2).map {
            try VerifyTampering(volume: .small, shard: Shard(index: $0, count: 2))
        }
        let sums = shards[1].path + "/SHA256SUMS"
        var text = try FileSystem.read(sums)
        text[0] = text[0] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        try shards[1].overwrite("SHA256SUMS", with: text)
        let target = shards[0].archive.directory.file("merged")
        let error = #expect(throws: ArchiveError.self) {
            try ArchiveMerger(shardDirectories: shards.map(\.path)).merge(to: target, force: false)
        }
        #expect(error?.description.contains("SHA256SUMS") == true)
        #expect(!FileSystem.exists(target))
    }

    /// An archive of a data version this program does not make is checked by the rules, and
    /// the verification is incomplete, naming what would regenerate it.
    @Test func anotherDataVersionGetsTheRuleChecksAndIsIncomplete() throws {
        let archive = try VerifyTampering()
        try archive.rewriteManifest {
            $0.dataVersion = DemoDataVersion.data + 1
            $0.generator.version = "9.0.0"
        }
        let report = try archive.verify()
        #expect(report.findingCount == 0, "\(VerifierTests.listing(report))")
        #expect(!report.passed)
        #expect(!report.regenerated)
        #expect(
            report.incompleteReasons.contains {
                $0.contains("a release newer than this one regenerates")
            })
    }
}
