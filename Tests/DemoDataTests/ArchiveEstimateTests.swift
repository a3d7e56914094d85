import Testing

@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

/// The estimates behind `--dry-run` and the free-space check: exact root rows, mean children,
/// bytes near a real archive's, and the shortfall against a file system.
@Suite struct ArchiveEstimateTests {
    @Test(arguments: OutputFormat.allCases, Compression.allCases)
    func estimatesAreNearARealArchive(format: OutputFormat, compression: Compression) throws {
        let archive = try GeneratedArchive(
            volume: .large, format: format, compression: compression)
        let estimate = ArchiveEstimate(parameters: archive.parameters)
        for (table, entry) in zip(estimate.tables, archive.manifest.tables) {
            #expect(table.table.name == entry.name)
            if [.customerAddresses, .invoiceLineItems].contains(table.table) {
                #expect(abs(Double(table.rows - entry.rows)) / Double(entry.rows) < 0.05)
            } else {
                #expect(table.rows == entry.rows)
            }
        }
        let bytes = archive.manifest.tables.reduce(UInt64(0)) { $0 + $1.bytes }
        let raw = archive.manifest.tables.reduce(UInt64(0)) { $0 + $1.uncompressedBytes }
        #expect(abs(Double(estimate.bytes) - Double(bytes)) / Double(bytes) < 0.1)
        #expect(abs(Double(estimate.uncompressedBytes) - Double(raw)) / Double(raw) < 0.1)
        #expect(estimate.rows == estimate.tables.reduce(0) { $0 + $1.rows })
        #expect(estimate.seconds(threads: 2, cores: 2) > 0)
        #expect(estimate.seconds(threads: 1, cores: 2) >= estimate.seconds(threads: 2, cores: 2))
    }

    @Test func theLargestRunDoesNotOverflowAndDoesNotFit() throws {
        let parameters = GenerationParameters(
            volume: .huge, scale: GenerationParameters.maximumScale,
            asOf: TestDates.asOfDate)
        let estimate = ArchiveEstimate(parameters: parameters)
        #expect(estimate.rows > 200_000_000_000)
        #expect(estimate.bytes > 10_000_000_000_000)
        let directory = try TestDirectory()
        let shortfall = try #require(estimate.shortfall(at: directory.file("a/b/archive")))
        #expect(shortfall.needed == estimate.bytes && shortfall.available < shortfall.needed)
        let small = ArchiveEstimate(
            parameters: GenerationParameters(volume: .small, asOf: TestDates.asOfDate))
        #expect(small.shortfall(at: directory.file("archive")) == nil)
    }

    @Test func aShardIsEstimatedForItsSlice() {
        var parameters = GenerationParameters(volume: .large, asOf: TestDates.asOfDate)
        let whole = ArchiveEstimate(parameters: parameters)
        parameters.shard = Shard(index: 1, count: 4)
        let shard = ArchiveEstimate(parameters: parameters)
        #expect(shard.tables[0].rows == 0 && shard.tables[2].rows == 250)
        #expect(shard.bytes < whole.bytes / 3)
    }

    /// The rows of a table with one row per root are what a run writes; a child table's
    /// varying rows per parent are estimated, and the exact count differs.
    @Test func onlyTablesWithOneRowPerRootHaveExactRowCounts() {
        let estimated = Table.allCases.filter { !ArchiveEstimate.rowsAreExact($0) }
        #expect(estimated == [.customerAddresses, .invoiceLineItems])
        let parameters = GenerationParameters(volume: .small, asOf: TestDates.asOfDate)
        let estimate = ArchiveEstimate(parameters: parameters)
        #expect(estimate.tables.first { $0.table == .inventory }?.rows == 100)
    }

    @Test func sizesAreWrittenInDecimalUnits() {
        #expect(ArchiveEstimate.sizeText(999) == "999 bytes")
        #expect(ArchiveEstimate.sizeText(1_500) == "1.5 kB")
        #expect(ArchiveEstimate.sizeText(39_700_000_000_000) == "39.7 TB")
    }
}
