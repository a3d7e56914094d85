import Foundation
import Synchronization
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

@Suite struct ArchiveGeneratorTests {
    private func parameters(
        _ volume: Volume = .small, format: OutputFormat = .ndjson, seed: UInt64 = 42,
        compression: Compression = .gzip, shard: Shard? = nil
    ) -> GenerationParameters {
        GenerationParameters(
            volume: volume, seed: seed, asOf: TestDates.asOfDate, format: format,
            compression: compression, shard: shard)
    }

    private func files(_ directory: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for name in try FileSystem.contents(of: directory) {
            result[name] = try FileSystem.read(directory + "/" + name)
        }
        return result
    }

    @Test(arguments: OutputFormat.textFormats)
    func writesEveryTableTheManifestAndChecksums(format: OutputFormat) throws {
        let archive = try GeneratedArchive(format: format)
        let names = try FileSystem.contents(of: archive.path)
        let expected = Table.allCases.map { "\($0.name).\(format.rawValue).gz" }
        #expect(Set(names) == Set(expected + ["datapackage.json", "manifest.json", "SHA256SUMS"]))
        #expect(archive.manifest.tables.map(\.name) == Table.allCases.map(\.name))
        let manifestBytes = try FileSystem.read(archive.path + "/manifest.json")
        #expect(manifestBytes == archive.manifest.serialized())
        #expect(try TestArchive(path: archive.path).decodedManifest() == archive.manifest)
        let sums = String(
            decoding: try FileSystem.read(archive.path + "/SHA256SUMS"), as: UTF8.self)
        for entry in archive.manifest.tables {
            let bytes = try FileSystem.read(archive.path + "/" + entry.file)
            #expect(UInt64(bytes.count) == entry.bytes)
            #expect(SHA256Hasher.hex(bytes) == entry.sha256)
            let content = try TestDecompression.gunzip(bytes)
            #expect(UInt64(content.count) == entry.uncompressedBytes)
            #expect(SHA256Hasher.hex(content) == entry.contentSHA256)
            #expect(sums.contains(entry.sha256 + "  " + entry.file + "\n"))
            let lines = content.split(separator: UInt8(ascii: "\n")).count
            #expect(lines == entry.rows + (format == .csv ? 1 : 0))
            #expect(entry.columns.map(\.name) == Table(name: entry.name)?.columns.map(\.name))
        }
        let dataPackage = try FileSystem.read(archive.path + "/datapackage.json")
        #expect(dataPackage == DataPackage(manifest: archive.manifest).serialized())
        #expect(
            sums.hasSuffix(
                SHA256Hasher.hex(dataPackage) + "  datapackage.json\n"
                    + SHA256Hasher.hex(manifestBytes) + "  manifest.json\n"))
        #expect(sums.split(separator: "\n").count == Table.allCases.count + 2)
    }

    @Test func sameInputsGiveIdenticalBytesWhateverTheThreads() throws {
        let one = try GeneratedArchive(volume: .medium, threads: 1)
        let three = try GeneratedArchive(volume: .medium, threads: 3)
        #expect(try files(one.path) == files(three.path))
        let reseeded = try GeneratedArchive(volume: .medium, seed: 7)
        for table in Table.allCases where table != .customerTypes && table != .productCategories {
            #expect(try reseeded.entry(table).contentSHA256 != one.entry(table).contentSHA256)
        }
    }

    @Test(arguments: OutputFormat.textFormats)
    func shardsConcatenateToTheWholeTable(format: OutputFormat) throws {
        let whole = try GeneratedArchive(volume: .medium, format: format)
        let shards = try (0..<3).map {
            try GeneratedArchive(volume: .medium, format: format, shard: Shard(index: $0, count: 3))
        }
        for table in Table.allCases {
            let joined = try shards.flatMap { try $0.content(table) }
            #expect(joined == (try whole.content(table)), "\(table.name)")
            #expect(
                shards.reduce(0) { $0 + ((try? $1.entry(table).rows) ?? 0) }
                    == (try whole.entry(table).rows))
        }
        #expect(shards[1].manifest.shard == Manifest.ShardEntry(index: 1, count: 3))
        #expect(try shards[2].entry(.customerTypes).rows == 0)
    }

    @Test func uncompressedArchivesHoldThePlainText() throws {
        let plain = try GeneratedArchive(compression: .none)
        let gzip = try GeneratedArchive()
        for table in Table.allCases {
            let entry = try plain.entry(table)
            #expect(entry.file == table.name + ".ndjson")
            #expect(entry.bytes == entry.uncompressedBytes)
            #expect(entry.contentSHA256 == (try gzip.entry(table).contentSHA256))
        }
    }

    @Test func anExistingArchiveIsReplacedOnlyWithForce() throws {
        let archive = try GeneratedArchive()
        let before = try files(archive.path)
        let generator = ArchiveGenerator(parameters: parameters(seed: 9), threads: 2)
        #expect(throws: ArchiveError.self) {
            try generator.writeArchive(to: archive.path, force: false)
        }
        #expect(try files(archive.path) == before)
        let replaced = try generator.writeArchive(to: archive.path, force: true)
        #expect(replaced.seed == 9)
        #expect(try files(archive.path) != before)
        #expect(try archive.directory.contents() == ["archive"])
    }

    @Test func refusesPathsThatAreNotArchives() throws {
        let directory = try TestDirectory()
        let generator = ArchiveGenerator(parameters: parameters(), threads: 1)
        let file = directory.file("file")
        try Data("keep".utf8).write(to: URL(fileURLWithPath: file))
        let fileError = #expect(throws: ArchiveError.self) {
            try generator.writeArchive(to: file, force: true)
        }
        #expect(fileError?.description.contains("is a file") == true)
        let other = directory.file("other")
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: false)
        try Data("x".utf8).write(to: URL(fileURLWithPath: other + "/notes.txt"))
        #expect(throws: ArchiveError.self) { try generator.writeArchive(to: other, force: true) }
        #expect(try FileSystem.contents(of: other) == ["notes.txt"])
        #expect(try FileSystem.read(file) == Array("keep".utf8))
        let empty = directory.file("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        try generator.writeArchive(to: empty, force: false)
        #expect(FileSystem.exists(empty + "/manifest.json"))
        try generator.writeArchive(to: directory.file("a/b/c"), force: false)
        #expect(FileSystem.exists(directory.file("a/b/c/SHA256SUMS")))
        #expect(try directory.contents() == ["a", "empty", "file", "other"])
    }

    @Test func cancellingLeavesNothingBehind() throws {
        let directory = try TestDirectory()
        let generator = ArchiveGenerator(parameters: parameters(.large), threads: 2)
        let calls = Mutex(0)
        #expect(throws: CancellationError.self) {
            try generator.writeArchive(
                to: directory.file("x"), force: false,
                shouldStop: {
                    calls.withLock {
                        $0 += 1; return $0 > 5
                    }
                })
        }
        #expect(try directory.contents().isEmpty)
    }

    @Test func progressReportsEveryTableUpToItsTotal() throws {
        let directory = try TestDirectory()
        let seen = Mutex<[Table: (Int, Int)]>([:])
        try ArchiveGenerator(parameters: parameters(.large), threads: 2).writeArchive(
            to: directory.file("x"), force: false,
            progress: { progress in
                seen.withLock { values in
                    #expect(progress.rootsDone >= values[progress.table]?.0 ?? 0)
                    values[progress.table] = (progress.rootsDone, progress.rootsTotal)
                }
            })
        let final = seen.withLock { $0 }
        #expect(final.count == 8)
        #expect(final[.invoices]?.0 == 5000 && final[.invoices]?.1 == 5000)
        #expect(final[.customerAddresses]?.0 == 1000)
    }

    @Test(arguments: [Table.customers, .invoiceLineItems])
    func streamEqualsTheArchiveTable(table: Table) throws {
        let archive = try GeneratedArchive(format: .csv)
        let target = archive.directory.file("stream.csv")
        let rows = try ArchiveGenerator(parameters: archive.parameters, threads: 2)
            .stream(table, to: OutputFile(creating: target))
        #expect(rows == (try archive.entry(table).rows))
        #expect(try FileSystem.read(target) == archive.content(table))
    }

    @Test func writeFailuresNameTheFile() throws {
        let directory = try TestDirectory()
        let path = directory.file("taken")
        _ = try OutputFile(creating: path)
        let error = #expect(throws: ArchiveError.self) { try OutputFile(creating: path) }
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("file exists") == true)
        #expect(OutputFile.sizeText(12) == "12 bytes")
        #expect(OutputFile.sizeText(20 << 10) == "20 KB")
        #expect(OutputFile.sizeText(30 << 20) == "30 MB")
    }

    @Test func pathHelpersSplitPaths() {
        #expect(FileSystem.parentDirectory(of: "Output/large") == "Output")
        #expect(FileSystem.parentDirectory(of: "large") == ".")
        #expect(FileSystem.parentDirectory(of: "/large/") == "/")
        #expect(FileSystem.lastComponent(of: "Output/large/") == "large")
        #expect(FileSystem.lastComponent(of: "large") == "large")
    }
}
