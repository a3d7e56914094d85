import Foundation
import Testing

@testable import DemoData

/// An archive generated in-process into a temporary directory, with its rows parsed.
final class GeneratedArchive {
    let directory: TemporaryDirectory
    let manifest: Manifest
    let parameters: GenerationParameters

    static let asOf = CivilDate(daysSinceEpoch: 20_634)  // 2026-06-30

    init(
        volume: Volume = .small, seed: UInt64 = 42, format: OutputFormat = .ndjson,
        compression: Compression = .gzip, scale: Int = 1, shard: Shard? = nil, threads: Int = 2,
        counts: CountOverrides = CountOverrides(), subset: TableSubset = .all
    ) throws {
        directory = try TemporaryDirectory()
        parameters = GenerationParameters(
            volume: volume, scale: scale, seed: seed, asOf: Self.asOf, format: format,
            compression: compression, shard: shard, counts: counts, subset: subset)
        manifest = try ArchiveGenerator(parameters: parameters, threads: threads)
            .writeArchive(to: directory.file("archive"), force: false)
    }

    var path: String { directory.file("archive") }

    func rows(_ table: Table) throws -> [[String: Any]] {
        try ArchiveReading.rows(path, manifest, table)
    }

    func content(_ table: Table) throws -> [UInt8] {
        try ArchiveReading.content(path, manifest, table)
    }

    func entry(_ table: Table) throws -> Manifest.TableEntry {
        try #require(manifest.tables.first { $0.name == table.name })
    }
}
