import Foundation
import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// An archive generated in-process into a temporary directory, with its rows parsed.
final class GeneratedArchive {
    let directory: TestDirectory
    let manifest: Manifest
    let parameters: GenerationParameters

    init(
        volume: Volume = .small, seed: UInt64 = 42, format: OutputFormat = .ndjson,
        compression: Compression = .gzip, scale: Int = 1, shard: Shard? = nil, threads: Int = 2,
        counts: CountOverrides = CountOverrides(), subset: TableSubset = .all
    ) throws {
        directory = try TestDirectory()
        parameters = GenerationParameters(
            volume: volume, scale: scale, seed: seed, asOf: TestDates.asOfDate, format: format,
            compression: compression, shard: shard, counts: counts, subset: subset)
        manifest = try ArchiveGenerator(parameters: parameters, threads: threads)
            .writeArchive(to: directory.file("archive"), force: false)
    }

    var path: String { directory.file("archive") }

    /// The archive read back by the tests' reader.
    var reader: TestArchive {
        get throws { try TestArchive(path: path) }
    }

    /// The NDJSON rows of a table as `JSONSerialization` reads them.
    func rows(_ table: Table) throws -> [[String: Any]] {
        try reader.objects(table)
    }

    func content(_ table: Table) throws -> [UInt8] {
        try reader.content(table)
    }

    func entry(_ table: Table) throws -> Manifest.TableEntry {
        try #require(manifest.tables.first { $0.name == table.name })
    }
}
